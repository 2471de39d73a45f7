// Properties of the arithmetic rules over random plans: a consistent plan raises no arithmetic
// finding; changing one stated amount raises exactly one line-amount-mismatch for that line.
import { satang } from "../../../src/core/money";
import fc from "fast-check";
import type { BudgetLine, Plan } from "../../../src/core/model";
import { validatePlan } from "../../../src/core/validation/engine";
import { lineAmount } from "../../../src/core/budget";
import { roundedFrom } from "../../../src/core/validation/context";
import { activity, plan } from "./helpers";

const ARITHMETIC = ["line-amount-mismatch", "subtotal-mismatch", "total-mismatch", "over-allocation", "under-allocation", "bad-number"] as const;

const lineArb = fc.record({
  activity: fc.integer({ min: 1, max: 4 }),
  lump: fc.boolean(),
  unitCost: fc.integer({ min: 0, max: 500_000 }),
  quantity: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 300 }), fc.double({ min: 0, max: 300, noNaN: true })),
  times: fc.oneof(fc.constant(null), fc.integer({ min: 0, max: 10 })),
});

type LineSpec = { activity: number; lump: boolean; unitCost: number; quantity: number | null; times: number | null };

function consistentPlan(specs: LineSpec[]): Plan {
  const budgetLines: BudgetLine[] = specs.map((s, i) => {
    const base = { id: `P${i}`, activityId: String(s.activity), item: "ค่าวัสดุ" };
    if (s.lump) return { ...base, unitCost: null, quantity: null, times: null, statedAmount: satang(s.unitCost) };
    const l: BudgetLine = { ...base, unitCost: satang(s.unitCost), quantity: s.quantity, times: s.times, statedAmount: null };
    l.statedAmount = lineAmount(l);
    return l;
  });
  const sums = new Map<string, number>();
  for (const l of budgetLines) sums.set(l.activityId, (sums.get(l.activityId) ?? 0) + (lineAmount(l) ?? 0));
  const total = [...sums.values()].reduce((a, b) => a + b, 0);
  return plan({
    project: { allocation: satang(total), statedTotal: satang(total) },
    activities: [1, 2, 3, 4].map((n) => activity({ id: String(n) })),
    budgetLines,
    subtotals: [...sums].map(([activityId, statedAmount]) => ({ activityId, statedAmount: satang(statedAmount) })),
  });
}

describe("arithmetic properties", () => {
  it("a consistent plan raises no arithmetic finding", () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 30 }), (specs) => {
        const f = validatePlan(consistentPlan(specs), { rateBook: null, only: [...ARITHMETIC] });
        expect(f).toEqual([]);
      }),
    );
  });

  it("one changed stated amount raises exactly one line-amount-mismatch, on that line (a note when it is the amount rounded)", () => {
    fc.assert(
      fc.property(fc.array(lineArb, { minLength: 1, maxLength: 30 }), fc.nat(), fc.integer({ min: 1, max: 1_000_000 }), (specs, pick, delta) => {
        const p = consistentPlan(specs.map((s) => ({ ...s, lump: false })));
        const target = p.budgetLines[pick % p.budgetLines.length];
        target.statedAmount = satang((target.statedAmount ?? 0) + delta);
        const f = validatePlan(p, { rateBook: null, only: ["line-amount-mismatch", "subtotal-mismatch"] });
        // an amount with satang written to whole baht or to 10 baht is a rounding (a note), any other change an error
        const severity = roundedFrom(lineAmount(target), target.statedAmount) ? "info" : "error";
        expect(f.map((x) => [x.rule, x.lineId, x.actual, x.severity])).toEqual([["line-amount-mismatch", target.id, target.statedAmount, severity]]);
      }),
    );
  });
});
