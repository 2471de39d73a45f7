/**
 * Food in a training, judged as the ว 5 ceilings are written: per person per day, all meals together
 * (type ข at a government venue: 600 with all meals, 400 with not all), not meal by meal.
 *
 * Per activity, over its meal lines (snacks keep their own per-meal ceiling):
 * - days: a count in days (ครั้ง/มื้อ/วัน unit "วัน", "2 วัน" in the text), else the number of
 *   lunches, else of other named meals, else of unnamed meals, else 1;
 * - each line's price per person per day: a per-day price as it is; a meal price × its meals ÷ days; a line
 *   whose only count is more meals a day than a person has ("80 มื้อ (2 วัน)") counts everyone's meals: a
 *   person's come from the text ("วันละ 2 มื้อ"), the meal named (lunch → 1) or the activity's people;
 * - per kind of meal (breakfast, lunch, dinner, unnamed, per day) the largest line counts (two lunch
 *   lines for participants and for staff are one lunch a person), and the kinds add up;
 * - all meals: said in the text ("ครบทุกมื้อ", "3 มื้อ"), or breakfast, lunch and dinner all named;
 *   only some named and no unnamed meal → not all meals; otherwise the higher (all meals) ceiling.
 * It also gives the meals a day the training provides, which lower a per diem (2/3, 1/3).
 */
import type { Finding } from "../../findings";
import { at } from "../../findings";
import type { BudgetLine } from "../../model";
import { isDayUnit, isMealUnit, isPeopleUnit, namedMeals, saysAllMeals, saysDays, saysMealsADay, saysPerDay, saysPrivateVenue } from "../../rates/features";
import type { NormText } from "../../rates/features";
import type { RateBook } from "../../rates/rateBook";
import { severityForConfidence } from "../../rates/rateBook";
import type { RuleContext } from "../context";
import { activityFields } from "../context";
import { activityLabel, citation, month, short } from "../messages";
import { formatBaht, roundSatang, subMoney } from "../../money";
import type { LineInfo } from "./rateShared";
import { DERIVED_NOTE, assumptionNotes, baseConditions, ceilingUnknownFinding, uncertainOf } from "./rateShared";

export interface FoodResult {
  over: Finding[];
  ceilingUnknown: Finding[];
  /** Main meals a day each training activity provides (activity id → count, only when > 0). */
  mealsPerDay: Map<string, number>;
}

function positive(n: number | null): number | undefined {
  return n !== null && Number.isFinite(n) && n > 0 ? n : undefined;
}

/** Days a line counts, when one of its factors is counted in days. */
function dayCount(line: BudgetLine): number | undefined {
  if (isDayUnit(line.timesUnit)) return positive(line.times);
  if (isDayUnit(line.quantityUnit)) return positive(line.quantity);
  return undefined;
}

/** Meals a line counts (the times column unless the quantity is the one counted in meals). */
function mealCount(line: BudgetLine): number | undefined {
  if (isMealUnit(line.timesUnit)) return positive(line.times);
  if (isMealUnit(line.quantityUnit)) return positive(line.quantity);
  if (isDayUnit(line.timesUnit) || isDayUnit(line.quantityUnit)) return undefined;
  return positive(line.times);
}

/** More meals a day than one person has (breakfast, lunch, dinner and two snacks): the count is everyone's. */
const MAX_MEALS_A_DAY = 5;

/** The line's only count is its meals ("80 มื้อ", no people written beside them). */
function onlyMeals(line: BudgetLine): boolean {
  const other = isMealUnit(line.quantityUnit) ? line.times : isMealUnit(line.timesUnit) ? line.quantity : undefined;
  return other === null || (other !== undefined && other <= 1);
}

/** The most people a line of the activity counts ("40 คน"), if any. */
function peopleOf(ctx: RuleContext, activityId: string): number | undefined {
  let people: number | undefined;
  for (const i of ctx.lineIndexesByActivity.get(activityId) ?? []) {
    const l = ctx.plan.budgetLines[i];
    if (isPeopleUnit(l.quantityUnit)) people = max(people, positive(l.quantity));
    if (isPeopleUnit(l.timesUnit)) people = max(people, positive(l.times));
  }
  return people;
}

/**
 * Meals a person has a day when a line counts everyone's meals ("ค่าอาหารกลางวัน (2 วัน) 80 มื้อ"): as the
 * text says ("วันละ 2 มื้อ"), else the main meals it names (lunch → 1), else from the activity's people
 * (meals ÷ days ÷ people), else 1.
 */
function mealsOfOne(f: FoodFacts, text: NormText, meals: number, days: number, people: number | undefined): number {
  const said = saysMealsADay(text);
  if (said !== undefined) return said;
  if (f.kinds.length > 0) return f.kinds.length;
  if (people !== undefined) {
    const n = meals / days / people;
    if (n > 0 && n <= MAX_MEALS_A_DAY) return n;
  }
  return 1;
}

interface Part {
  info: LineInfo;
  kind: string;
  /** Meals of this line a day (1 for a per-day price). */
  perDay: number;
  /** Satang per person per day. */
  value: number;
  dayPrice: boolean;
}

const num2 = (n: number) => String(Math.round(n * 100) / 100);

/** What a food text says, read once per distinct text (texts are shared objects within a run). */
interface FoodFacts {
  kinds: ReturnType<typeof namedMeals>;
  /** The kinds joined ("lunch+dinner"), "meal" when none is named. */
  kindKey: string;
  perDay: boolean;
  days?: number;
  allMeals?: boolean;
}
const factsCache = new WeakMap<NormText, FoodFacts>();
function foodFacts(t: NormText): FoodFacts {
  let f = factsCache.get(t);
  if (!f) {
    const kinds = namedMeals(t);
    f = { kinds, kindKey: kinds.length ? kinds.join("+") : "meal", perDay: saysPerDay(t), days: saysDays(t), allMeals: saysAllMeals(t) };
    factsCache.set(t, f);
  }
  return f;
}

/**
 * A named meal is priced per meal, whatever category the sheet gives it; an unnamed one per day when it
 * says so (วันละ) or its category is training food and it is not counted in meals.
 */
function isDayPrice(g: LineInfo, f: FoodFacts): boolean {
  return f.kinds.length === 0 && (f.perDay || (g.category === "training-meals" && !isMealUnit(g.line.timesUnit) && !isMealUnit(g.line.quantityUnit)));
}

function max(m: number | undefined, x: number | undefined): number | undefined {
  return x !== undefined && (m === undefined || x > m) ? x : m;
}

export function judgeTrainingFood(ctx: RuleContext, book: RateBook, food: LineInfo[]): FoodResult {
  const res: FoodResult = { over: [], ceilingUnknown: [], mealsPerDay: new Map() };
  const byActivity = new Map<string, LineInfo[]>();
  for (const f of food) {
    const g = byActivity.get(f.line.activityId);
    if (g) g.push(f);
    else byActivity.set(f.line.activityId, [f]);
  }
  const found = new Map<string, ReturnType<RateBook["find"]> | null>();
  for (const [activityId, group] of byActivity) {
    // days: counted in days, said in the text, else lunches, else other named meals, else any meals
    let inDays: number | undefined, said: number | undefined, lunches: number | undefined, named: number | undefined, any: number | undefined;
    for (const g of group) {
      const f = foodFacts(g.text);
      inDays = max(inDays, dayCount(g.line));
      said = max(said, f.days);
      if (isDayPrice(g, f)) continue;
      const n = mealCount(g.line);
      if (f.kinds.includes("lunch")) lunches = max(lunches, n);
      if (f.kinds.length > 0) named = max(named, n);
      any = max(any, n);
    }
    const days = inDays ?? said ?? lunches ?? named ?? any ?? 1;
    // per kind of meal, the largest price a day
    const best = new Map<string, Part>();
    for (const g of group) {
      const f = foodFacts(g.text);
      const unitCost = g.line.unitCost!;
      let part: Part;
      if (isDayPrice(g, f)) part = { info: g, kind: "day", perDay: 1, value: unitCost, dayPrice: true };
      else {
        const n = dayCount(g.line) !== undefined ? days : mealCount(g.line);
        let perDay = n === undefined ? 1 : n / days;
        // "80 มื้อ (2 วัน)": everyone's meals, not 40 meals a person a day
        if (n !== undefined && perDay > MAX_MEALS_A_DAY && onlyMeals(g.line)) perDay = mealsOfOne(f, g.text, n, days, peopleOf(ctx, activityId));
        part = { info: g, kind: f.kindKey, perDay, value: unitCost * perDay, dayPrice: false };
      }
      const b = best.get(part.kind);
      if (!b || part.value > b.value) best.set(part.kind, part);
    }
    const counted = [...best.values()];
    let sum = 0;
    let mealsSum = 0;
    for (const x of counted) {
      sum += x.value;
      if (!x.dayPrice) mealsSum += x.perDay * (x.kind === "meal" ? 1 : x.kind.split("+").length);
    }
    const total = roundSatang(sum);
    const mealsADay = Math.floor(mealsSum + 1e-9);
    if (mealsADay > 0) res.mealsPerDay.set(activityId, mealsADay);
    // all meals or not
    let allMeals: boolean | undefined;
    for (const g of group) allMeals ??= foodFacts(g.text).allMeals;
    if (allMeals === undefined) {
      const namedKinds = new Set(group.flatMap((g) => foodFacts(g.text).kinds));
      if (namedKinds.size === 3) allMeals = true;
      else if (namedKinds.size > 0 && counted.every((x) => x.kind !== "meal" && x.kind !== "day")) allMeals = false;
    }
    const first = group[0];
    const cond = { ...baseConditions(ctx, first.scope), ...(allMeals !== undefined ? { allMeals } : {}) };
    // a food line held at a hotel or resort ("ค่าอาหารกลางวัน (โรงแรม)", a note column saying โรงแรม): the
    // training's meals are at a private venue, whatever the project's place says (the higher ceiling)
    const atHotel = group.find((g) => saysPrivateVenue(g.text));
    if (atHotel) cond.venue = "private";
    const key = `${first.month.year * 12 + first.month.month}|${cond.venue}|${cond.trainingType}|${cond.staffLevel}|${allMeals}`;
    let match = found.get(key);
    if (match === undefined) found.set(key, (match = book.find("training-meals", first.month, cond) ?? null));
    if (!match || !(match.ceiling > 0)) {
      const what = { th: `ค่าอาหารการฝึกอบรมของ${activityLabel(activityId, "th")}`, en: `the training food of ${activityLabel(activityId, "en")}` };
      const f = ceilingUnknownFinding(ctx, book, "training-meals", first, what);
      if (f) res.ceilingUnknown.push(f);
      continue;
    }
    if (total <= match.ceiling) continue;
    const rule = match.rule;
    const combined = group.some((g) => g.combined);
    const derived = counted.some((x) => x.info.line.unitCostDerived);
    const sure = severityForConfidence(rule.confidence) === "error" && uncertainOf(match).length === 0 && !combined && !derived;
    const top = counted.reduce((a, b) => (b.value > a.value ? b : a));
    const partText = (lang: "th" | "en") =>
      counted
        .map((x) => {
          const per = x.dayPrice ? (lang === "th" ? "/วัน" : "/day") : x.perDay === 1 ? "" : lang === "th" ? ` × ${num2(x.perDay)} มื้อ/วัน` : ` × ${num2(x.perDay)} meals/day`;
          return `"${short(x.info.line.item, 40)}" ${formatBaht(x.info.line.unitCost!, lang)}${per}`;
        })
        .join(" + ");
    const notes = assumptionNotes(match, first.scope);
    if (combined) {
      notes.th += " (บางรายการรวมอาหารว่างไว้ด้วย จึงเป็นคำเตือน)";
      notes.en += " (some lines include snacks in the price, so this is a warning)";
    }
    if (atHotel && ctx.plan.project.venue !== "private") {
      notes.th += ` (สถานที่เอกชนตามที่ระบุใน "${short(atHotel.line.item, 40)}")`;
      notes.en += ` (a private venue, as "${short(atHotel.line.item, 40)}" says)`;
    }
    if (derived) {
      notes.th += DERIVED_NOTE.th;
      notes.en += DERIVED_NOTE.en;
    }
    const over = subMoney(total, match.ceiling);
    res.over.push({
      rule: "rate-over-ceiling",
      severity: sure ? "error" : "warning",
      message: {
        th: `ค่าอาหารการฝึกอบรม ${activityLabel(activityId, "th")} รวม ${formatBaht(total, "th")}/คน/วัน เกินเพดาน ${formatBaht(match.ceiling, "th")}/${rule.unit.th} (เกิน ${formatBaht(over, "th")}) — ${partText("th")}; ${days} วัน; ${rule.label.th} ณ ${month(first.month, "th")} ${citation(rule, "th")} (การฝึกอบรมคิดค่าอาหารต่อคนต่อวันรวมทุกมื้อ)${notes.th}`,
        en: `Training food of ${activityLabel(activityId, "en")} comes to ${formatBaht(total, "en")}/person/day, above the ceiling of ${formatBaht(match.ceiling, "en")}/${rule.unit.en} (by ${formatBaht(over, "en")}) — ${partText("en")}; ${days} days; ${rule.label.en} in ${month(first.month, "en")} ${citation(rule, "en")} (a training's food is judged per person per day, all meals together).${notes.en}`,
      },
      ...activityFields(ctx, activityId),
      rateRule: rule.id,
      lineId: top.info.line.id,
      item: top.info.line.item,
      expected: match.ceiling,
      actual: total,
      valueKind: "money",
      ...at(top.info.line.cells?.unitCost ?? (top.info.line.unitCostDerived ? top.info.line.cells?.statedAmount : undefined)),
    });
  }
  return res;
}
