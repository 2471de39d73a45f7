/**
 * Unit costs against the rate book (อัตราค่าใช้จ่าย): rate-over-ceiling, rate-ceiling-unknown and
 * rate-unknown-category. The judgement itself is in rateCheck.ts (computed once per run).
 *
 * rate-over-ceiling is an error only when the rule's confidence is high, no condition that could
 * lower the ceiling had to be assumed (venue, training type, staff level) and the value is beyond any
 * approval margin; otherwise it is a warning (this folds in "rate-unconfirmed"). Every message cites
 * the rule's source, dates in force and confidence.
 */
import type { Finding } from "../../findings";
import { at } from "../../findings";
import { RATE_CATEGORIES, classifyItem } from "../../rates/classifier";
import type { Rule } from "../context";
import { activityFields } from "../context";
import { short } from "../messages";
import { analyseRates } from "./rateCheck";

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
    return analyseRates(ctx).over;
  },
};

export const rateCeilingUnknown: Rule = {
  id: "rate-ceiling-unknown",
  severity: "info",
  title: { th: "ยังไม่ทราบเพดานอัตราของเดือนนั้น", en: "No ceiling known for that month" },
  run(ctx) {
    return analyseRates(ctx).ceilingUnknown;
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
      // a lump sum has no unit cost to compare with any ceiling: its category does not matter here
      if (line.unitCost === null || !(line.unitCost > 0)) continue;
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
    if (ctx.rateBook) {
      for (const { info, reason } of analyseRates(ctx).unsure) {
        const line = info.line;
        out.push({
          rule: "rate-unknown-category",
          severity: "info",
          message: {
            th: `รายการ "${short(line.item, 50)}" ${reason.th}`,
            en: `Line "${short(line.item, 50)}" ${reason.en}`,
          },
          ...activityFields(ctx, line.activityId),
          lineId: line.id,
          item: line.item,
          ...at(line.cells?.unitCost ?? line.cells?.item),
        });
      }
    }
    return out;
  },
};
