import { overAllocation } from "../../../../src/core/validation/rules/allocation";
import { B, line, plan, run } from "../helpers";

describe("over-allocation", () => {
  it("reports lines that add up to more than the allocation", () => {
    const p = plan({ project: { allocation: B(1000) }, budgetLines: [line({ unitCost: B(600), quantity: 2, statedAmount: B(1000) })] });
    const f = run(overAllocation, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "over-allocation", severity: "error", expected: B(1000), actual: B(1200), valueKind: "money" });
    expect(f[0].message.th).toBe("งบประมาณเกินวงเงินที่ได้รับจัดสรร: รายการรวม 1,200 บาท ตามการคำนวณ แต่ได้รับจัดสรร 1,000 บาท (เกิน 200 บาท)");
  });

  it("is silent at or under the allocation and without one", () => {
    const lines = [line({ unitCost: B(500), quantity: 2 })];
    expect(run(overAllocation, plan({ project: { allocation: B(1000) }, budgetLines: lines }))).toEqual([]);
    expect(run(overAllocation, plan({ project: { allocation: B(2000) }, budgetLines: lines }))).toEqual([]);
    expect(run(overAllocation, plan({ budgetLines: lines }))).toEqual([]);
  });
});
