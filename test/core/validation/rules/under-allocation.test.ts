import { underAllocation } from "../../../../src/core/validation/rules/allocation";
import { B, line, plan, run } from "../helpers";

describe("under-allocation", () => {
  it("notes allocation left unplanned, at info level", () => {
    const p = plan({ project: { allocation: B(5000) }, budgetLines: [line({ unitCost: B(1000), quantity: 3 })] });
    const f = run(underAllocation, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "under-allocation", severity: "info", expected: B(5000), actual: B(3000) });
    expect(f[0].message.th).toContain("ยังมีงบประมาณที่ไม่ได้วางแผนใช้ 2,000 บาท");
  });

  it("is silent when fully planned, over, or without an allocation", () => {
    const lines = [line({ unitCost: B(1000), quantity: 3 })];
    expect(run(underAllocation, plan({ project: { allocation: B(3000) }, budgetLines: lines }))).toEqual([]);
    expect(run(underAllocation, plan({ project: { allocation: B(2000) }, budgetLines: lines }))).toEqual([]);
    expect(run(underAllocation, plan({ budgetLines: lines }))).toEqual([]);
  });

  it("is silent when the plan has no budget line at all (none written or none could be read)", () => {
    expect(run(underAllocation, plan({ project: { allocation: B(20000) }, budgetLines: [] }))).toEqual([]);
  });
});
