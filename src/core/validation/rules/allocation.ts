/**
 * The plan's computed total against the money allocated (งบประมาณที่ได้รับจัดสรร).
 */
import { at } from "../../findings";
import type { Rule } from "../context";
import { AS_COMPUTED, baht } from "../messages";

/** over-allocation: the lines add up to more than the allocation. */
export const overAllocation: Rule = {
  id: "over-allocation",
  severity: "error",
  title: { th: "ใช้งบประมาณเกินกว่าที่ได้รับจัดสรร", en: "Budget lines exceed the allocation" },
  run(ctx) {
    const allocation = ctx.plan.project.allocation;
    if (allocation === undefined || !Number.isFinite(allocation) || ctx.computedTotal <= allocation) return [];
    const over = ctx.computedTotal - allocation;
    return [
      {
        rule: "over-allocation",
        severity: "error",
        message: {
          th: `งบประมาณเกินวงเงินที่ได้รับจัดสรร: รายการรวม ${baht(ctx.computedTotal, "th")} ${AS_COMPUTED.th} แต่ได้รับจัดสรร ${baht(allocation, "th")} (เกิน ${baht(over, "th")})`,
          en: `Budget exceeds the allocation: the lines add up to ${baht(ctx.computedTotal, "en")} ${AS_COMPUTED.en} against an allocation of ${baht(allocation, "en")} (over by ${baht(over, "en")})`,
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
    const left = allocation - ctx.computedTotal;
    return [
      {
        rule: "under-allocation",
        severity: "info",
        message: {
          th: `ยังมีงบประมาณที่ไม่ได้วางแผนใช้ ${baht(left, "th")}: รายการรวม ${baht(ctx.computedTotal, "th")} ${AS_COMPUTED.th} จากที่ได้รับจัดสรร ${baht(allocation, "th")}`,
          en: `${baht(left, "en")} of the allocation is not planned: the lines add up to ${baht(ctx.computedTotal, "en")} ${AS_COMPUTED.en} of ${baht(allocation, "en")}`,
        },
        expected: allocation,
        actual: ctx.computedTotal,
        valueKind: "money",
        ...at(ctx.plan.project.cells?.allocation),
      },
    ];
  },
};
