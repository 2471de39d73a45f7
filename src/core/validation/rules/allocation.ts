/**
 * The plan's computed total against the money allocated (งบประมาณที่ได้รับจัดสรร).
 */
import { at } from "../../findings";
import type { Rule } from "../context";
import { AS_COMPUTED } from "../messages";
import { formatBaht, subMoney } from "../../money";

/** over-allocation: the lines add up to more than the allocation. */
export const overAllocation: Rule = {
  id: "over-allocation",
  severity: "error",
  title: { th: "ใช้งบประมาณเกินกว่าที่ได้รับจัดสรร", en: "Budget lines exceed the allocation" },
  run(ctx) {
    const allocation = ctx.plan.project.allocation;
    if (allocation === undefined || !Number.isFinite(allocation) || ctx.computedTotal <= allocation) return [];
    const over = subMoney(ctx.computedTotal, allocation);
    return [
      {
        rule: "over-allocation",
        severity: "error",
        message: {
          th: `งบประมาณเกินวงเงินที่ได้รับจัดสรร: รายการรวม ${formatBaht(ctx.computedTotal, "th")} ${AS_COMPUTED.th} แต่ได้รับจัดสรร ${formatBaht(allocation, "th")} (เกิน ${formatBaht(over, "th")})`,
          en: `Budget exceeds the allocation: the lines add up to ${formatBaht(ctx.computedTotal, "en")} ${AS_COMPUTED.en} against an allocation of ${formatBaht(allocation, "en")} (over by ${formatBaht(over, "en")})`,
        },
        expected: allocation,
        actual: ctx.computedTotal,
        valueKind: "money",
        ...at(ctx.plan.project.cells?.allocation),
      },
    ];
  },
};

/** under-allocation: part of the allocation is not planned (info). */
export const underAllocation: Rule = {
  id: "under-allocation",
  severity: "info",
  title: { th: "ยังมีงบประมาณที่ไม่ได้วางแผนใช้", en: "Part of the allocation is not planned" },
  run(ctx) {
    const allocation = ctx.plan.project.allocation;
    if (allocation === undefined || !Number.isFinite(allocation) || ctx.computedTotal >= allocation) return [];
    // no budget line at all (none written, or none could be read): nothing was planned to compare
    if (ctx.plan.budgetLines.length === 0) return [];
    const left = subMoney(allocation, ctx.computedTotal);
    return [
      {
        rule: "under-allocation",
        severity: "info",
        message: {
          th: `ยังมีงบประมาณที่ไม่ได้วางแผนใช้ ${formatBaht(left, "th")}: รายการรวม ${formatBaht(ctx.computedTotal, "th")} ${AS_COMPUTED.th} จากที่ได้รับจัดสรร ${formatBaht(allocation, "th")}`,
          en: `${formatBaht(left, "en")} of the allocation is not planned: the lines add up to ${formatBaht(ctx.computedTotal, "en")} ${AS_COMPUTED.en}, out of an allocation of ${formatBaht(allocation, "en")}`,
        },
        expected: allocation,
        actual: ctx.computedTotal,
        valueKind: "money",
        ...at(ctx.plan.project.cells?.allocation),
      },
    ];
  },
};
