/**
 * The rate judgement of a plan, computed once per validation run and shared by the rate rules
 * (rate-over-ceiling, rate-ceiling-unknown, rate-unknown-category).
 *
 * For each line with a unit cost: its category (user-set, else the classifier), its scope (meeting or
 * training, see rates/scope.ts), the conditions the line's words state (shared room, price per room,
 * holiday, Bangkok, hours, a hotel or resort), then the rule in force in the line's month.
 * - Meals in a training are not judged one by one: the meals of an activity are added up per person
 *   per day (per kind of meal the largest line; a per-day price counts as it is) and compared with the
 *   training food rule (all meals / not all meals), see trainingFood.ts.
 * - A room price ("ห้องพักคู่ ห้องละ 1,800") is compared per person.
 * - A rule with an approval margin (travel lodging +25%) gives a warning up to the margin.
 * - No rule in force in the month for a category that has rules in other months: the ceiling is
 *   not known (rate-ceiling-unknown, info), never guessed.
 */
import type { MonthRef, Satang } from "../../model";
import type { Finding } from "../../findings";
import { at } from "../../findings";
import { categoryInContext, classifyItem, rateCategory, saysOfficialTravel } from "../../rates/classifier";
import { hits, normText, saysBangkok, saysHoliday, saysHourly, saysPerRoom, saysPrivateVenue, saysRoom } from "../../rates/features";
import type { RateBook, RateCondInput, RateMatch } from "../../rates/rateBook";
import { severityForConfidence } from "../../rates/rateBook";
import type { RateRule } from "../../rates/schema";
import type { ContextScope, Scope } from "../../rates/scope";
import { contextScope, itemSaysTraining, lineScope } from "../../rates/scope";
import type { NormText } from "../../rates/features";
import type { RuleContext } from "../context";
import { activityFields } from "../context";
import type { Bilingual } from "../messages";
import { citation, month, short } from "../messages";
import { formatBaht, roundSatang, subMoney } from "../../money";
import type { LineInfo } from "./rateShared";
import { DERIVED_NOTE, FOOD_CATEGORIES, assumptionNotes, baseConditions, ceilingUnknownFinding, uncertainOf } from "./rateShared";
import { judgeTrainingFood } from "./trainingFood";
import { staffLevelIn } from "../../rates/staffLevel";
import { hourlyPrice } from "../../rates/perHour";

export interface RateAnalysis {
  over: Finding[];
  ceilingUnknown: Finding[];
  /** Lines whose category is known but cannot be judged (meal and snacks priced together outside a training). */
  unsure: { info: LineInfo; reason: Bilingual }[];
}

const memo = new WeakMap<RuleContext, RateAnalysis>();

interface Reading {
  /** The value compared with the ceiling (per person for a room price). */
  value: Satang;
  room?: "single" | "shared";
  explain?: Bilingual;
}

/** How lines with the same words, units, activity and month are judged: worked out once, applied per line. */
interface Judgement {
  category: string;
  /** The ways to read the price (a room price: per room or halved) and the rule for each; empty: no rule in force. */
  candidates: { half: boolean; room?: "single" | "shared"; match: RateMatch; highest?: number; category: string }[];
  /** The line's words allow two categories (travel or training lodging): both were judged. */
  readings?: string[];
}

/** What an assumed condition is about, for "whatever the staff level". */
const ASSUMPTION_KEY: Record<string, { th: string; en: string }> = {
  venue: { th: "สถานที่จัด", en: "venue" },
  trainingType: { th: "ประเภทการฝึกอบรม", en: "training type" },
  staffLevel: { th: "ระดับตำแหน่งผู้เดินทาง", en: "staff level" },
};

/** The other values an assumed condition could have (the rate book's conditions the plan may not state). */
const ALTERNATIVES: Record<string, Partial<RateCondInput>[]> = {
  venue: [{ venue: "gov" }, { venue: "private" }],
  trainingType: [{ trainingType: "a" }, { trainingType: "b" }],
  staffLevel: [{ staffLevel: "standard" }, { staffLevel: "senior" }],
};

/**
 * The highest ceiling over every value of the conditions a match assumed (a per diem of ชำนาญการพิเศษ
 * ลงมา 240 or เชี่ยวชาญ 270): a price above it is over whatever the plan meant, so no assumption can
 * matter. Infinity when some assumption has no known alternatives or some alternative has no rule.
 */
function highestCeiling(book: RateBook, category: string, info: LineInfo, cond: RateCondInput, match: RateMatch, caches: Caches): number {
  const keys = uncertainOf(match).map((a) => a.split("=")[0]);
  if (!keys.length) return match.ceiling;
  if (keys.some((k) => !ALTERNATIVES[k])) return Infinity;
  let combos: Partial<RateCondInput>[] = [{}];
  for (const k of keys) combos = combos.flatMap((c) => ALTERNATIVES[k].map((a) => ({ ...c, ...a })));
  let max = match.ceiling as number;
  for (const c of combos) {
    const m = findCached(book, category, info, { ...cond, ...c }, caches);
    if (!m) return Infinity;
    max = Math.max(max, m.ceiling);
  }
  return max;
}

/** Ways to read a lodging price: as written, or per room (shared → half a room a person). */
function lodgingCandidates(info: LineInfo): { half: boolean; room?: "single" | "shared" }[] {
  const room = saysRoom(info.text);
  const perRoom = saysPerRoom(info.text, [info.line.quantityUnit, info.line.timesUnit]);
  if (perRoom && room === "shared") return [{ half: true, room: "shared" }];
  if (perRoom && room === undefined) return [{ half: false, room: "single" }, { half: true, room: "shared" }];
  return [{ half: false, room }];
}

function reading(info: LineInfo, half: boolean, room: "single" | "shared" | undefined): Reading {
  const unitCost = info.line.unitCost!;
  if (!half) return { value: unitCost, room };
  const value = roundSatang(unitCost / 2);
  return {
    value,
    room,
    explain: {
      th: ` (ห้องพักคู่ ราคาห้องละ ${formatBaht(unitCost, "th")} = คนละ ${formatBaht(value, "th")})`,
      en: ` (a shared room at ${formatBaht(unitCost, "en")} a room = ${formatBaht(value, "en")} a person)`,
    },
  };
}

function refineCategory(category: string, info: LineInfo): string {
  // lodging and per diem follow a training only when words say so (a training type set on the project
  // makes its wordless activities trainings for food, the lenient reading, not for travel costs)
  if (category === "lodging" && info.scope.kind === "training" && info.scope.from !== "trainingType" && !saysOfficialTravel(info.text)) return "training-lodging";
  if (category === "overtime" && saysHourly(info.text, [info.line.quantityUnit, info.line.timesUnit])) return "overtime-hourly";
  return category;
}

/** A value in nested maps keyed by each of `keys` in turn, made by `make` the first time. */
function cached<T>(root: Map<unknown, unknown>, keys: unknown[], make: () => T): T {
  let m = root;
  for (let i = 0; i < keys.length - 1; i++) {
    let next = m.get(keys[i]) as Map<unknown, unknown> | undefined;
    if (!next) m.set(keys[i], (next = new Map()));
    m = next;
  }
  const last = keys[keys.length - 1];
  let v = m.get(last) as T | undefined;
  if (v === undefined) m.set(last, (v = make()));
  return v;
}

/** Per-run caches: the conditions a text states, book.find results, judgements. */
interface Caches {
  stated: Map<string, Partial<RateCondInput>>;
  found: Map<string, RateMatch | null>;
  judged: Map<unknown, unknown>;
}

function statedConditions(text: NormText, caches: Caches): Partial<RateCondInput> {
  let c = caches.stated.get(text.spaced);
  if (c) return c;
  c = {};
  const holiday = saysHoliday(text);
  if (holiday !== undefined) c.holiday = holiday;
  const bkk = saysBangkok(text);
  if (bkk !== undefined) c.bangkok = bkk;
  if (hits(/ครึ่งวัน|half\s*day/, text)) c.halfDay = true;
  // a line held at a hotel or resort ("โรงแรม" in its item or note) is judged at a private venue
  if (saysPrivateVenue(text)) c.venue = "private";
  if (hits(/จักรยานยนต์|มอเตอร์ไซค์|motorcycle|motorbike/, text)) c.vehicle = "motorcycle";
  // the travellers' level in the line or its note ("ข้าราชการระดับชำนาญการพิเศษ", "ซี 8", "ครูเชี่ยวชาญ")
  const level = staffLevelIn(text.spaced);
  if (level) c.staffLevel = level;
  caches.stated.set(text.spaced, c);
  return c;
}

function findCached(book: RateBook, category: string, info: LineInfo, cond: RateCondInput, caches: Caches): RateMatch | undefined {
  const key =
    category + "|" + (info.month.year * 12 + info.month.month) + "|" + cond.venue + cond.trainingType + cond.staffLevel + cond.room + cond.holiday + cond.bangkok + cond.halfDay + cond.vehicle + cond.mealsProvided;
  let m = caches.found.get(key);
  if (m === undefined) {
    m = book.find(category, info.month, cond) ?? null;
    caches.found.set(key, m);
  }
  return m ?? undefined;
}

function judge(ctx: RuleContext, book: RateBook, info: LineInfo, mealsPerDay: Map<string, number>, caches: Caches): Judgement {
  const category = refineCategory(info.category, info);
  const cond: RateCondInput = { ...baseConditions(ctx, info.scope), ...statedConditions(info.text, caches) };
  if (category === "per-diem" && info.scope.kind === "training" && info.scope.from !== "trainingType") {
    const meals = mealsPerDay.get(info.line.activityId);
    if (meals) cond.mealsProvided = Math.min(2, meals) as 1 | 2;
  }
  const lodging = category === "lodging" || category === "training-lodging";
  const ways = lodging ? lodgingCandidates(info) : [{ half: false }];
  // a lodging line that may be travel or training (its words allow both): both readings are judged, and the
  // most lenient candidate in force decides (see judgeLine)
  const readings = info.alternative && info.alternative !== category ? [category, info.alternative] : [category];
  const candidates: Judgement["candidates"] = [];
  for (const cat of readings) {
    for (const w of ways) {
      const c = w.room ? { ...cond, room: w.room } : cond;
      const match = findCached(book, cat, info, c, caches);
      if (match && match.ceiling > 0) candidates.push({ ...w, match, highest: highestCeiling(book, cat, info, c, match, caches), category: cat });
    }
  }
  return { category, candidates, ...(readings.length > 1 ? { readings } : {}) };
}

/**
 * The note on a finding judged under one of two readings (travel or training lodging): which reading was
 * used and why (the other has no ceiling in force in the month, or a lower one), so it is only a warning.
 */
function readingsNote(j: Judgement, used: string, m: MonthRef): Bilingual {
  const name = (id: string) => rateCategory(id) ?? { th: id, en: id };
  const other = j.readings!.find((c) => c !== used)!;
  const otherInForce = j.candidates.some((c) => c.category === other);
  const u = name(used);
  const o = name(other);
  return otherInForce
    ? {
        th: ` (รายการนี้อ่านได้ทั้ง ${u.th} และ ${o.th} จึงเทียบกับอัตราที่สูงกว่า คือ ${u.th} และเป็นคำเตือน — ระบุในรายการว่า "เดินทางไปราชการ" หรือ "ฝึกอบรม" เพื่อให้ตรวจตามอัตรานั้น)`,
        en: ` (This line reads as either ${u.en} or ${o.en}, so it is judged against the higher rate, ${u.en}, as a warning — write "เดินทางไปราชการ" or "ฝึกอบรม" in the item to have it judged by that rate.)`,
      }
    : {
        th: ` (รายการนี้อ่านได้ทั้ง ${u.th} และ ${o.th} แต่ ${o.th} ไม่มีเพดานที่ใช้บังคับใน ${month(m, "th")} จึงสมมติว่าเป็น ${u.th} และเป็นคำเตือน — ถ้าไม่ใช่ โปรดระบุในรายการ)`,
        en: ` (This line reads as either ${u.en} or ${o.en}; ${o.en} has no ceiling in force in ${month(m, "en")}, so ${u.en} is assumed, as a warning — say which in the item if that is not so.)`,
      };
}

function judgeLine(ctx: RuleContext, book: RateBook, info: LineInfo, out: RateAnalysis, mealsPerDay: Map<string, number>, caches: Caches): void {
  // lines with the same scope, words, category, month, units (and, for a per diem, meals provided) are
  // judged the same way; scopes are interned, so the nested maps are keyed on shared values
  const meals = info.category === "per-diem" ? mealsPerDay.get(info.line.activityId) : undefined;
  const m = info.month.year * 12 + info.month.month;
  const j = cached(caches.judged, [info.scope, info.text, info.category, m, info.line.quantityUnit, info.line.timesUnit, meals], () => judge(ctx, book, info, mealsPerDay, caches));
  if (j.candidates.length === 0) {
    const f = ceilingUnknownFinding(ctx, book, j.category, info);
    if (f) out.ceilingUnknown.push(f);
    return;
  }
  const unitCost = info.line.unitCost!;
  let best: Judgement["candidates"][number] | undefined;
  let bestRatio = Infinity;
  for (const c of j.candidates) {
    const ratio = (c.half ? Math.round(unitCost / 2) : unitCost) / c.match.ceiling;
    if (ratio < bestRatio) {
      bestRatio = ratio;
      best = c;
    }
  }
  if (!best || bestRatio <= 1) return;
  const readings = j.readings ? readingsNote(j, best.category, info.month) : undefined;
  out.over.push(overFinding(ctx, info, best.match, reading(info, best.half, best.room), best.highest, readings));
}

/** `readings`: the line was judged under one of two readings (see readingsNote): a warning at most, saying so. */
function overFinding(ctx: RuleContext, info: LineInfo, match: RateMatch, reading: Reading, highest = Infinity, readings?: Bilingual): Finding {
  const { line, scope } = info;
  const rule: RateRule = match.rule;
  const ceiling = match.ceiling;
  const margin = rule.approvalMarginPercent ?? 0;
  const withMargin = roundSatang((ceiling * (100 + margin)) / 100);
  const withinMargin = margin > 0 && reading.value <= withMargin;
  // over the highest ceiling any assumed condition could give: the assumption cannot matter
  const overAll = uncertainOf(match).length > 0 && reading.value > highest && (margin === 0 || reading.value > roundSatang((highest * (100 + margin)) / 100));
  const sure = severityForConfidence(rule.confidence) === "error" && (uncertainOf(match).length === 0 || overAll) && !withinMargin && !line.unitCostDerived && !readings;
  const notes = overAll ? assumptionNotes({ ...match, assumed: match.assumed.filter((a) => !uncertainOf(match).includes(a)) }, scope) : assumptionNotes(match, scope);
  if (overAll) {
    notes.th += ` (เกินอัตราสูงสุดทุกกรณี ${formatBaht(highest as Satang, "th")} จึงไม่ขึ้นกับ${uncertainOf(match).map((a) => ASSUMPTION_KEY[a.split("=")[0]]?.th ?? a).join(" ")})`;
    notes.en += ` (above the highest ceiling in any case, ${formatBaht(highest as Satang, "en")}, whatever the ${uncertainOf(match).map((a) => ASSUMPTION_KEY[a.split("=")[0]]?.en ?? a).join(", ")})`;
  }
  if (readings) {
    notes.th += readings.th;
    notes.en += readings.en;
  }
  if (line.unitCostDerived) {
    notes.th += DERIVED_NOTE.th;
    notes.en += DERIVED_NOTE.en;
  }
  if (margin > 0) {
    notes.th += withinMargin
      ? ` ไม่เกิน ${margin}% ของอัตรา ซึ่งเบิกได้ในพื้นที่ค่าครองชีพสูงเมื่อได้รับอนุมัติ จึงเป็นคำเตือน`
      : ` เกินกว่าที่เบิกเพิ่มได้ ${margin}% เมื่อได้รับอนุมัติ (${formatBaht(withMargin, "th")})`;
    notes.en += withinMargin
      ? ` It is within the ${margin}% that may be approved in high-cost areas, so this is a warning.`
      : ` It is beyond the ${margin}% that may be approved (${formatBaht(withMargin, "en")}).`;
  }
  if (info.category === "meal" && scope.kind === "unknown") {
    notes.th += " (ถ้าเป็นการฝึกอบรม ให้ระบุในชื่อกิจกรรม เช่น อบรม/ประชุมปฏิบัติการ หรือระบุประเภทการฝึกอบรม แล้วจะตรวจค่าอาหารรวมต่อคนต่อวันแทน)";
    notes.en += " (If this is a training, say so in the activity name, e.g. อบรม/ประชุมปฏิบัติการ, or set the training type: food is then judged per person per day.)";
  }
  if (!line.rateCategory && line.categoryCell) {
    // the category was inferred from the item's name; the sheet's ceiling and check columns show nothing until
    // it is chosen in the หมวดอัตรา cell (the fix writes it there)
    // the judged rule's category, as the fix writes it
    const cat = rateCategory(rule.category) ?? { th: rule.category, en: rule.category };
    const at = line.categoryCell.cell;
    notes.th += ` (หมวดอัตรา "${cat.th}" อนุมานจากชื่อรายการ — เลือกในช่อง ${at} แล้วแผ่นงานจะแสดงเพดาน)`;
    notes.en += ` (Category "${cat.en}" inferred from the item: choose it in ${at} and the sheet shows the ceiling.)`;
  }
  const over = subMoney(reading.value, ceiling);
  const explain = reading.explain ?? { th: "", en: "" };
  return {
    rule: "rate-over-ceiling",
    severity: sure ? "error" : "warning",
    message: {
      th: `ราคาต่อหน่วยเกินอัตรา: "${short(line.item, 50)}" ${formatBaht(reading.value, "th")}/${rule.unit.th}${explain.th} เกินเพดาน ${formatBaht(ceiling, "th")}/${rule.unit.th} (เกิน ${formatBaht(over, "th")}) — ${rule.label.th} ณ ${month(info.month, "th")} ${citation(rule, "th")}${notes.th}`,
      en: `Unit cost above the ceiling: "${short(line.item, 50)}" ${formatBaht(reading.value, "en")}/${rule.unit.en}${explain.en} exceeds the ceiling of ${formatBaht(ceiling, "en")}/${rule.unit.en} (by ${formatBaht(over, "en")}) — ${rule.label.en} in ${month(info.month, "en")} ${citation(rule, "en")}.${notes.en}`,
    },
    rateRule: rule.id,
    ...activityFields(ctx, line.activityId),
    lineId: line.id,
    item: line.item,
    expected: ceiling,
    actual: reading.value,
    valueKind: "money",
    // a derived unit cost may have no cell of its own (no unit-cost column): the amount it came from
    ...at(line.cells?.unitCost ?? (line.unitCostDerived ? line.cells?.statedAmount : undefined)),
  };
}

/** The rate judgement of the whole plan (memoised per context). */
export function analyseRates(ctx: RuleContext): RateAnalysis {
  const hit = memo.get(ctx);
  if (hit) return hit;
  const out: RateAnalysis = { over: [], ceilingUnknown: [], unsure: [] };
  memo.set(ctx, out);
  const book = ctx.rateBook;
  if (!book) return out;
  const p = ctx.plan.project;
  const classCache = new Map<string, ReturnType<typeof classifyItem> | null>();
  const scopes = new Map<string, { ctx: ContextScope; items: Map<string, Scope> }>();
  const itemTraining = new Map<string, boolean>();
  const interned = new Map<string, Scope>();
  const texts = new Map<string, NormText>();
  const caches: Caches = { stated: new Map(), found: new Map(), judged: new Map() };
  const ceilingCats = new Map<string, boolean>();
  const lines = ctx.plan.budgetLines;
  const infos: LineInfo[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.unitCost === null || !(line.unitCost > 0) || !Number.isFinite(line.unitCost)) continue;
    let cls = classCache.get(line.item);
    if (cls === undefined) {
      cls = classifyItem(line.item) ?? null;
      classCache.set(line.item, cls);
    }
    const activityName = ctx.activityById.get(line.activityId)?.name;
    const category = line.rateCategory ?? (cls ? categoryInContext(cls.category, line.item, activityName, p.name) : undefined);
    if (!category) continue;
    let checked = ceilingCats.get(category);
    if (checked === undefined) {
      checked = !!rateCategory(category)?.hasCeiling || book.rules.some((r) => r.category === category);
      ceilingCats.set(category, checked);
    }
    if (!checked) continue;
    let byItem = scopes.get(line.activityId);
    if (!byItem) {
      const cs = contextScope({ activityName, projectName: p.name, trainingType: p.trainingType });
      scopes.set(line.activityId, (byItem = { ctx: cs, items: new Map() }));
    }
    let scope = byItem.items.get(line.item);
    if (!scope) {
      let it = itemTraining.get(line.item);
      if (it === undefined) {
        it = itemSaysTraining(line.item);
        itemTraining.set(line.item, it);
      }
      const sc = lineScope(it, byItem.ctx);
      const sk = `${sc.kind}|${sc.from}|${sc.outsidePeople}`;
      scope = interned.get(sk);
      if (!scope) interned.set(sk, (scope = sc));
      byItem.items.set(line.item, scope);
    }
    const raw = line.note ? `${line.item} ${line.note}` : line.item;
    let text = texts.get(raw);
    if (!text) {
      text = normText(raw);
      texts.set(raw, text);
    }
    // a price per day or session ("วันละ 3 ชม. ชม.ละ 1,200") against a ceiling per hour: judged per hour when the
    // text gives the conversion, not judged at all when it says another unit without one (perHour.ts)
    let judged = line;
    if (/ชั่วโมง/.test(rateCategory(category)?.unit?.th ?? "")) {
      const h = hourlyPrice(raw, line.unitCost);
      if (h.kind === "other-unit") continue;
      if (h.kind === "converted") judged = { ...line, unitCost: h.hourly };
    }
    const combined = !!cls?.combined && (category === "meal" || category === "snack");
    // the classifier's second reading (travel or training lodging) when the user did not set the category
    const alternative = !line.rateCategory && cls?.alternative ? cls.alternative : undefined;
    infos.push({ index: i, line: judged, category, ...(alternative ? { alternative } : {}), combined, scope, text, month: ctx.lineMonth(i) ?? ctx.periodStart });
  }
  // meals in trainings: per activity, per person per day
  const food = infos.filter((x) => x.scope.kind === "training" && FOOD_CATEGORIES.has(x.category));
  const foodResult = judgeTrainingFood(ctx, book, food);
  out.over.push(...foodResult.over);
  out.ceilingUnknown.push(...foodResult.ceilingUnknown);
  for (const info of infos) {
    if (info.scope.kind === "training" && FOOD_CATEGORIES.has(info.category)) continue;
    if (info.combined) {
      out.unsure.push({
        info,
        reason: {
          th: "รวมค่าอาหารและอาหารว่างไว้ในราคาเดียว จึงเทียบกับอัตราต่อมื้อไม่ได้ (แยกเป็นสองรายการเพื่อให้ตรวจได้)",
          en: "prices a meal and snacks together, so it cannot be compared with a per-meal rate (split it into two lines to have it checked)",
        },
      });
      continue;
    }
    judgeLine(ctx, book, info, out, foodResult.mealsPerDay, caches);
  }
  return out;
}
