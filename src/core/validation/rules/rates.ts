/**
 * Unit costs against the rate book (อัตราค่าใช้จ่าย): rate-over-ceiling and rate-unknown-category.
 *
 * The category of a line is the one the user set (rateCategory), else the classifier's guess from the
 * item text. The ceiling is the rule in force in the line's month (line month, else activity start,
 * else project period start) for the project's venue, training type and staff level.
 * rate-over-ceiling is an error only when the rule's confidence is high and no condition that could
 * lower the ceiling had to be assumed (an unknown venue, training type, staff level or speaker type);
 * otherwise it is a warning (this folds in "rate-unconfirmed").
 */
import type { Finding } from "../../findings";
import { at } from "../../findings";
import type { MonthRef } from "../../model";
import { monthKey } from "../../calendar";
import { RATE_CATEGORIES, classifyItem } from "../../rates/classifier";
import type { RateMatch } from "../../rates/rateBook";
import { severityForConfidence } from "../../rates/rateBook";
import type { Rule } from "../context";
import { activityFields } from "../context";
import { baht, inForce, month, short } from "../messages";

/** Conditions whose default is the higher ceiling (see RateBook.find): assuming them cannot cause a false error. */
const HIGHER_CEILING_DEFAULTS = new Set(["allMeals", "room", "vehicle", "halfDay"]);

/** Readable names of the assumptions RateBook.find records. */
const ASSUMPTION: Record<string, { th: string; en: string }> = {
  "venue=gov": { th: "จัดในสถานที่ราชการ", en: "government venue" },
  "venue=private": { th: "จัดในสถานที่เอกชน", en: "private venue" },
  "trainingType=a": { th: "ฝึกอบรมประเภท ก", en: "training type A" },
  "trainingType=b": { th: "ฝึกอบรมประเภท ข", en: "training type B" },
  "staffLevel=standard": { th: "ระดับชำนาญการพิเศษลงมา", en: "staff up to senior professional level" },
  "staffLevel=senior": { th: "ระดับเชี่ยวชาญขึ้นไป", en: "expert level and above" },
  "speaker=gov": { th: "วิทยากรเป็นบุคลากรภาครัฐ", en: "speaker is government staff" },
};

const CONFIDENCE: Record<string, { th: string; en: string }> = {
  high: { th: "สูง", en: "high" },
  medium: { th: "ปานกลาง", en: "medium" },
  low: { th: "ต่ำ", en: "low" },
  unconfirmed: { th: "ยังไม่ยืนยัน", en: "unconfirmed" },
};

/** Category of a line: user-set first, then the classifier; cached by item text within a run. */
function categoryOf(rateCategory: string | undefined, item: string, cache: Map<string, string | null>): string | null {
  if (rateCategory) return rateCategory;
  let c = cache.get(item);
  if (c === undefined) {
    c = classifyItem(item)?.category ?? null;
    cache.set(item, c);
  }
  return c;
}

export const rateOverCeiling: Rule = {
  id: "rate-over-ceiling",
  severity: "error",
  title: { th: "ราคาต่อหน่วยเกินอัตราที่กำหนด", en: "Unit cost above the rate ceiling" },
  run(ctx) {
    const book = ctx.rateBook;
    if (!book) return [];
    const p = ctx.plan.project;
    const cond = { venue: p.venue, trainingType: p.trainingType, staffLevel: p.staffLevel };
    const classCache = new Map<string, string | null>();
    const matchCache = new Map<string, Map<number, RateMatch | null>>();
    const fallbackMonth: MonthRef = ctx.periodStart;
    const out: Finding[] = [];
    const lines = ctx.plan.budgetLines;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.unitCost === null || !(line.unitCost > 0) || !Number.isFinite(line.unitCost)) continue;
      const category = categoryOf(line.rateCategory, line.item, classCache);
      if (!category) continue;
      const m = ctx.lineMonth(i) ?? fallbackMonth;
      let byMonth = matchCache.get(category);
      if (!byMonth) {
        byMonth = new Map();
        matchCache.set(category, byMonth);
      }
      const mk = monthKey(m);
      let match = byMonth.get(mk);
      if (match === undefined) {
        match = book.find(category, m, cond) ?? null;
        byMonth.set(mk, match);
      }
      if (!match || !(match.ceiling > 0) || line.unitCost <= match.ceiling) continue;
      const rule = match.rule;
      // Assumed venue, training type, staff level or speaker type may pick a lower ceiling than the
      // real one, so the finding is only a warning; the other defaults pick the higher ceiling.
      const uncertain = match.assumed.filter((a) => !HIGHER_CEILING_DEFAULTS.has(a.split("=")[0]));
      const sure = severityForConfidence(rule.confidence) === "error" && uncertain.length === 0;
      const conf = CONFIDENCE[rule.confidence] ?? { th: rule.confidence, en: rule.confidence };
      const over = line.unitCost - match.ceiling;
      const notes = { th: "", en: "" };
      if (rule.confidence !== "high") {
        notes.th += ` อัตรานี้มีความเชื่อมั่น${conf.th} โปรดตรวจสอบกับระเบียบ`;
        notes.en += ` This rate's confidence is ${conf.en}; check it against the regulation.`;
      }
      if (uncertain.length > 0) {
        notes.th += ` (ใช้เงื่อนไขที่สมมติ: ${uncertain.map((a) => ASSUMPTION[a]?.th ?? a).join(", ")} ถ้าไม่ใช่ โปรดระบุให้ชัดเจน)`;
        notes.en += ` (assumed: ${uncertain.map((a) => ASSUMPTION[a]?.en ?? a).join(", ")}; state it if that is not so)`;
      }
      out.push({
        rule: "rate-over-ceiling",
        severity: sure ? "error" : "warning",
        message: {
          th: `ราคาต่อหน่วยเกินอัตรา: "${short(line.item, 50)}" ${baht(line.unitCost, "th")}/${rule.unit.th} เกินอัตรา ${rule.label.th} ${baht(match.ceiling, "th")}/${rule.unit.th} (เกิน ${baht(over, "th")}) ณ ${month(m, "th")} ตาม ${rule.source} ${inForce(rule.effectiveFrom, rule.effectiveTo, "th")}${notes.th}`,
          en: `Unit cost above the ceiling: "${short(line.item, 50)}" ${baht(line.unitCost, "en")}/${rule.unit.en} exceeds ${rule.label.en} ${baht(match.ceiling, "en")}/${rule.unit.en} (by ${baht(over, "en")}) in ${month(m, "en")} under ${rule.source}, ${inForce(rule.effectiveFrom, rule.effectiveTo, "en")}.${notes.en}`,
        },
        ...activityFields(ctx, line.activityId),
        lineId: line.id,
        item: line.item,
        expected: match.ceiling,
        actual: line.unitCost,
        valueKind: "money",
        ...at(line.cells?.unitCost),
      });
    }
    return out;
  },
};

export const rateUnknownCategory: Rule = {
  id: "rate-unknown-category",
  severity: "info",
  title: { th: "ไม่ทราบหมวดอัตราของรายการ", en: "Line matches no rate category" },
  run(ctx) {
    const known = new Set(RATE_CATEGORIES.map((c) => c.id));
    const classCache = new Map<string, string | null>();
    const out: Finding[] = [];
    for (const line of ctx.plan.budgetLines) {
      if (line.rateCategory) {
        if (known.has(line.rateCategory)) continue;
        out.push({
          rule: "rate-unknown-category",
          severity: "info",
          message: {
            th: `รายการ "${short(line.item, 50)}" ระบุหมวดอัตรา "${line.rateCategory}" ซึ่งไม่มีในตารางอัตรา จึงตรวจเพดานราคาไม่ได้`,
            en: `Line "${short(line.item, 50)}" has rate category "${line.rateCategory}", which is not in the rate table, so its ceiling cannot be checked`,
          },
          ...activityFields(ctx, line.activityId),
          lineId: line.id,
          item: line.item,
          actual: line.rateCategory,
          valueKind: "text",
          ...at(line.cells?.rateCategory),
        });
        continue;
      }
      if (!line.item.trim()) continue;
      if (categoryOf(undefined, line.item, classCache)) continue;
      out.push({
        rule: "rate-unknown-category",
        severity: "info",
        message: {
          th: `ไม่ทราบหมวดอัตราของรายการ "${short(line.item, 50)}" จึงตรวจเพดานราคาไม่ได้ (เลือกหมวดอัตราเองได้)`,
          en: `Line "${short(line.item, 50)}" matches no rate category, so its ceiling cannot be checked (you can pick a category)`,
        },
        ...activityFields(ctx, line.activityId),
        lineId: line.id,
        item: line.item,
        ...at(line.cells?.rateCategory ?? line.cells?.item),
      });
    }
    return out;
  },
};
