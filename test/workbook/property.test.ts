/**
 * Property: any plan the template can hold reads back as written (random activities, lines with
 * right and wrong amounts, lump sums, stated subtotals), through HyperFormula.
 */
import fc from "fast-check";
import type { Activity, BudgetLine, Plan } from "../../src/core/model";
import { emptyPlan } from "../../src/core/model";
import { mulMoney, satang } from "../../src/core/money";
import { buildIndicators, buildWorkbookSpec, readPlan } from "../../src/workbook";
import { specSnapshot } from "../helpers/hfSnapshot";
import { comparable } from "./compare";

const ITEMS = ["ค่าอาหารกลางวัน", "ค่าเครื่องดื่มและอาหารว่าง", "ค่าวัสดุ", "ค่าถ่ายเอกสาร", "ค่าพาหนะ", "ค่าตอบแทนวิทยากร", "ค่าเช่าที่พัก", "Printing"];
const OWNERS = ["นางสาวพรพิมล ชนะศรี", "นายวิฑูรย์ ชั่งโต", "นางอารี แก้วสถิตวงศ์", "Ms. Jane Doe"];

const activityArb = (i: number): fc.Arbitrary<Activity> =>
  fc.record({ s: fc.integer({ min: 0, max: 11 }), len: fc.integer({ min: 0, max: 3 }), name: fc.constantFrom("ประชุมปฏิบัติการ", "นิเทศ ติดตาม", "สรุปผล", "Workshop"), owners: fc.subarray(OWNERS) }).map(
    ({ s, len, name, owners }) => {
      const start = s < 3 ? { year: 2568, month: 10 + s } : { year: 2569, month: s - 2 };
      const e = Math.min(s + len, 11);
      const end = e < 3 ? { year: 2568, month: 10 + e } : { year: 2569, month: e - 2 };
      return { id: String(i + 1), name: `${name} ${i + 1}`, start, end, owners };
    },
  );

const lineArb = (ids: string[]): fc.Arbitrary<Omit<BudgetLine, "id">> =>
  fc.oneof(
    fc
      .record({
        activityId: fc.constantFrom(...ids),
        item: fc.constantFrom(...ITEMS),
        unitCost: fc.integer({ min: 1, max: 500000 }).map(satang),
        quantity: fc.option(fc.integer({ min: 1, max: 300 }), { nil: null }),
        times: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
        wrong: fc.option(fc.integer({ min: 1, max: 10000000 }).map(satang), { nil: null }),
      })
      .map(({ wrong, ...l }) => ({ ...l, statedAmount: wrong ?? mulMoney(l.unitCost, l.quantity ?? 1, l.times ?? 1) })),
    fc.record({
      activityId: fc.constantFrom(...ids),
      item: fc.constantFrom("ค่าวัสดุ", "ค่าใช้จ่ายอื่น ๆ"),
      unitCost: fc.constant(null),
      quantity: fc.constant(null),
      times: fc.constant(null),
      statedAmount: fc.integer({ min: 0, max: 5000000 }).map(satang),
    }),
  );

const planArb: fc.Arbitrary<Plan> = fc
  .integer({ min: 1, max: 6 })
  .chain((n) => fc.tuple(fc.tuple(...Array.from({ length: n }, (_, i) => activityArb(i))), fc.constant(n)))
  .chain(([acts]) => {
    const ids = acts.map((a) => a.id);
    return fc.record({
      acts: fc.constant(acts),
      lines: fc.array(lineArb(ids), { maxLength: 25 }),
      subs: fc.array(fc.record({ activityId: fc.constantFrom(...ids), statedAmount: fc.integer({ min: 0, max: 9999999 }).map(satang) }), { maxLength: 3 }),
      allocation: fc.option(fc.integer({ min: 0, max: 50000000 }), { nil: undefined }),
    });
  })
  .map(({ acts, lines, subs, allocation }) => {
    const p = emptyPlan(2569);
    p.project.name = "โครงการทดสอบ";
    if (allocation !== undefined) p.project.allocation = satang(allocation);
    p.activities = acts;
    p.budgetLines = lines.map((l, i) => ({ ...l, id: `L${i + 1}` }));
    const seen = new Set<string>();
    p.subtotals = subs.filter((s) => !seen.has(s.activityId) && seen.add(s.activityId));
    return p;
  });

test("random plans round-trip through the template", () => {
  fc.assert(
    fc.property(planArb, fc.constantFrom("th" as const, "en" as const), (plan, lang) => {
      const read = readPlan(specSnapshot(buildWorkbookSpec(plan, { lang })));
      expect(read.problems).toEqual([]);
      // a plan without indicators gets the generated ones
      expect(comparable(read.plan)).toEqual(comparable({ ...plan, indicators: buildIndicators(plan, lang) }));
    }),
    { numRuns: 15, seed: 2560 },
  );
});
