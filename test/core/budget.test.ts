import { satang } from "../../src/core/money";
import type { Satang } from "../../src/core/model";
import { bahtToSatang } from "../../src/core/money";
import { activityTotals, classTotals, isLumpSum, lineAmount, lineMonth, planTotal, quarterTotals } from "../../src/core/budget";
import { seedPlan } from "../../src/core/examples/seed2560";
import type { BudgetLine } from "../../src/core/model";
import { mulMoney } from "../../src/core/money";
import fc from "fast-check";
import { activity, line, plan } from "./validation/helpers";

const B = (n: number): Satang => bahtToSatang(n);

describe("lineAmount", () => {
  it("multiplies unit cost × quantity × times", () => {
    expect(lineAmount(line({ unitCost: B(35), quantity: 20, times: 4, statedAmount: B(1) }))).toBe(B(2800));
    expect(lineAmount(line({ unitCost: B(200), quantity: 45, times: 4 }))).toBe(B(36000));
  });
  it("counts a missing quantity or times as 1 when the unit cost is present", () => {
    expect(lineAmount(line({ unitCost: B(80), quantity: 200 }))).toBe(B(16000));
    expect(lineAmount(line({ unitCost: B(80), times: 3 }))).toBe(B(240));
    expect(lineAmount(line({ unitCost: B(80) }))).toBe(B(80));
  });
  it("rounds half away from zero to whole satang", () => {
    expect(lineAmount(line({ unitCost: satang(1), quantity: 0.5 }))).toBe(1);
    expect(lineAmount(line({ unitCost: satang(333), quantity: 1.5 }))).toBe(500); // 499.5 → 500
  });
  it("takes a lump sum's stated amount", () => {
    const l = line({ item: "ค่าวัสดุ", statedAmount: B(1000) });
    expect(isLumpSum(l)).toBe(true);
    expect(lineAmount(l)).toBe(B(1000));
  });
  it("falls back to the stated amount when the unit cost is missing or a factor is not a number", () => {
    expect(lineAmount(line({ quantity: 20, times: 2, statedAmount: B(500) }))).toBe(B(500));
    expect(lineAmount(line({ unitCost: B(35), quantity: null, invalid: { quantity: "ยี่สิบ" }, statedAmount: B(700) }))).toBe(B(700));
    expect(lineAmount(line({ quantity: 20 }))).toBeNull();
  });
});

describe("totals over the seed plan", () => {
  const p = seedPlan();

  it("plan total is the sum of computed amounts, 121,000", () => {
    expect(planTotal(p)).toBe(B(121000));
  });

  it("activity totals follow the activity table, with stated subtotals", () => {
    expect(activityTotals(p).map((t) => [t.activityId, t.computed, t.stated, t.lineCount])).toEqual([
      ["1", B(23800), B(23800), 4],
      ["2", B(19000), B(19000), 3],
      ["3", B(19000), B(19000), 3],
      ["4", 0, undefined, 0],
      ["5", B(36000), undefined, 1],
      ["6", B(23200), B(22200), 4],
      ["7", 0, undefined, 0],
    ]);
  });

  it("quarter totals use each activity's month (Q1 Nov, Q2 Jan+Feb, Q3 Jun, Q4 Jul)", () => {
    expect(quarterTotals(p)).toEqual({ 1: B(23800), 2: B(38000), 3: B(36000), 4: B(23200), unscheduled: 0, outsideYear: 0 });
  });

  it("class totals put ค่าวัสดุ under materials and the rest under services", () => {
    const c = classTotals(p);
    expect(c.materials).toBe(B(1000 + 2000 + 2000 + 1200));
    expect(c.services).toBe(B(121000 - 6200));
    expect(c.compensation + c.utilities + c.other).toBe(0);
  });
});

describe("activityTotals edge cases", () => {
  it("appends ids used only by lines or subtotals, named by the subtotal title", () => {
    const p = plan({
      activities: [activity({ id: "1" })],
      budgetLines: [line({ activityId: "9", unitCost: B(10), quantity: 2 })],
      subtotals: [{ activityId: "9", title: "กิจกรรมที่หายไป", statedAmount: B(20) }],
    });
    expect(activityTotals(p)).toEqual([
      { activityId: "1", name: "กิจกรรม 1", known: true, computed: 0, lineCount: 0 },
      { activityId: "9", name: "กิจกรรมที่หายไป", known: false, computed: B(20), stated: B(20), lineCount: 1 },
    ]);
  });
});

describe("class and quarter edge cases", () => {
  it("prefers the line's expense class, then the user's rate category", () => {
    const lines: BudgetLine[] = [
      line({ item: "ค่าอาหารกลางวัน", expenseClass: "other", unitCost: B(100), quantity: 1 }),
      line({ item: "อะไรก็ได้", rateCategory: "snack", unitCost: B(35), quantity: 1 }),
    ];
    const c = classTotals(plan({ budgetLines: lines }));
    expect(c.other).toBe(B(100));
    expect(c.services).toBe(B(35));
  });

  it("uses a line's own month, and counts lines with no month at all as unscheduled", () => {
    const p = plan({
      project: { periodStart: undefined },
      activities: [activity({ id: "1", start: undefined, end: undefined }), activity({ id: "2", start: { year: 2560, month: 4 } })],
      budgetLines: [
        line({ activityId: "1", unitCost: B(1), quantity: 1 }),
        line({ activityId: "1", unitCost: B(2), quantity: 1, month: { year: 2559, month: 12 } }),
        line({ activityId: "2", unitCost: B(4), quantity: 1 }),
      ],
    });
    expect(quarterTotals(p)).toEqual({ 1: B(2), 2: 0, 3: B(4), 4: 0, unscheduled: B(1), outsideYear: 0 });
    expect(lineMonth(p, p.budgetLines[2])).toEqual({ year: 2560, month: 4 });
    expect(lineMonth(p, p.budgetLines[0])).toBeUndefined();
  });
});

describe("quarterTotals: money with no month and money outside the fiscal year", () => {
  const lines = [
    line({ activityId: "1", unitCost: B(100), quantity: 1 }),
    line({ activityId: "2", unitCost: B(200), quantity: 1 }),
    line({ activityId: "3", unitCost: B(400), quantity: 1 }),
  ];
  const acts = [
    activity({ id: "1", start: { year: 2568, month: 11 }, end: { year: 2568, month: 11 } }),
    activity({ id: "2", start: undefined, end: undefined }),
    activity({ id: "3", start: { year: 2569, month: 10 }, end: { year: 2569, month: 10 } }),
  ];

  it("an activity without months is 'no month' even when the project has a period; a month after the year is outside it", () => {
    const p = plan({ project: { fiscalYear: 2569, periodStart: { year: 2568, month: 10 }, periodEnd: { year: 2569, month: 9 } }, activities: acts, budgetLines: lines });
    expect(quarterTotals(p)).toEqual({ 1: B(100), 2: 0, 3: 0, 4: 0, unscheduled: B(200), outsideYear: B(400) });
    // never lost: the buckets add up to the plan's total
    const q = quarterTotals(p);
    expect(q[1] + q[2] + q[3] + q[4] + q.unscheduled + q.outsideYear).toBe(planTotal(p));
  });

  it("a one-month project period dates the activities without months; a month before the year is outside it too", () => {
    const p = plan({
      project: { fiscalYear: 2568, periodStart: { year: 2568, month: 8 }, periodEnd: { year: 2568, month: 8 } },
      activities: [acts[1], activity({ id: "1", start: { year: 2567, month: 9 }, end: { year: 2567, month: 9 } })],
      budgetLines: lines.slice(0, 2),
    });
    expect(quarterTotals(p)).toEqual({ 1: 0, 2: 0, 3: 0, 4: B(200), unscheduled: 0, outsideYear: B(100) });
  });
});

describe("lineAmount agrees with mulMoney", () => {
  it("for integral and fractional factors (property)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1000, noNaN: true })),
        fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 50 }), fc.double({ min: 0, max: 50, noNaN: true })),
        (unitCost, quantity, times) => {
          expect(lineAmount(line({ unitCost: satang(unitCost), quantity, times }))).toBe(mulMoney(satang(unitCost), quantity, times ?? 1));
        },
      ),
    );
  });
});
