/**
 * Results (ผลการดำเนินงาน): money received, spent and remaining.
 */
import { at } from "../../findings";
import type { Rule } from "../context";
import { formatBaht, subMoney } from "../../money";

/** spent-over-received (error): more was spent than received. */
export const spentOverReceived: Rule = {
  id: "spent-over-received",
  severity: "error",
  title: { th: "ใช้จ่ายเกินกว่างบประมาณที่ได้รับ", en: "Spent more than received" },
  run(ctx) {
    const r = ctx.plan.results;
    if (!r || r.received === undefined || r.spent === undefined || !Number.isFinite(r.received + r.spent) || r.spent <= r.received) return [];
    return [
      {
        rule: "spent-over-received",
        severity: "error",
        message: {
          th: `ใช้จ่ายเกินงบประมาณที่ได้รับ: ได้รับ ${formatBaht(r.received, "th")} ใช้จ่าย ${formatBaht(r.spent, "th")} (เกิน ${formatBaht(subMoney(r.spent, r.received), "th")})`,
          en: `Spent more than received: received ${formatBaht(r.received, "en")}, spent ${formatBaht(r.spent, "en")} (over by ${formatBaht(subMoney(r.spent, r.received), "en")})`,
        },
        expected: r.received,
        actual: r.spent,
        valueKind: "money",
        ...at(r.cells?.spent),
      },
    ];
  },
};

/** remaining-mismatch (error): the stated remaining amount is not received − spent. */
export const remainingMismatch: Rule = {
  id: "remaining-mismatch",
  severity: "error",
  title: { th: "ยอดคงเหลือไม่เท่ากับได้รับลบใช้จ่าย", en: "Remaining is not received − spent" },
  run(ctx) {
    const r = ctx.plan.results;
    if (!r || r.received === undefined || r.spent === undefined || r.remaining === undefined) return [];
    const expected = subMoney(r.received, r.spent);
    if (expected === r.remaining || !Number.isFinite(expected + r.remaining)) return [];
    return [
      {
        rule: "remaining-mismatch",
        severity: "error",
        message: {
          th: `ยอดคงเหลือไม่ถูกต้อง: ได้รับ ${formatBaht(r.received, "th")} − ใช้จ่าย ${formatBaht(r.spent, "th")} = ${formatBaht(expected, "th")} แต่ระบุคงเหลือ ${formatBaht(r.remaining, "th")}`,
          en: `Remaining is wrong: received ${formatBaht(r.received, "en")} − spent ${formatBaht(r.spent, "en")} = ${formatBaht(expected, "en")}, but ${formatBaht(r.remaining, "en")} is stated`,
        },
        expected,
        actual: r.remaining,
        valueKind: "money",
        ...at(r.cells?.remaining),
      },
    ];
  },
};
