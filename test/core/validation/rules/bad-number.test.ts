import { satang } from "../../../../src/core/money";
import { badNumber } from "../../../../src/core/validation/rules/numbers";
import { B, line, plan, run } from "../helpers";

describe("bad-number", () => {
  it("reports values that are present but not numbers, with the cell", () => {
    const p = plan({
      budgetLines: [
        line({
          id: "L1",
          item: "ค่าอาหารกลางวัน",
          unitCost: B(100),
          quantity: null,
          invalid: { quantity: "ยี่สิบ" },
          cells: { quantity: { sheet: "งบประมาณ", cell: "E7" } },
        }),
      ],
    });
    const f = run(badNumber, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "bad-number", severity: "error", lineId: "L1", activityId: "1", actual: "ยี่สิบ", valueKind: "text", sheet: "งบประมาณ", cell: "E7" });
    expect(f[0].message.th).toBe('รายการ "ค่าอาหารกลางวัน": จำนวน "ยี่สิบ" ไม่ใช่ตัวเลข');
  });

  it("reports negative line values, subtotals, allocation and results", () => {
    const p = plan({
      project: { allocation: B(-5) },
      budgetLines: [line({ unitCost: B(-35), quantity: -2, times: 1, statedAmount: B(70) })],
      subtotals: [{ activityId: "1", statedAmount: B(-1) }],
      results: { received: B(100), spent: B(-3) },
    });
    const f = run(badNumber, p);
    expect(f.map((x) => [x.valueKind, x.actual])).toEqual([
      ["money", B(-35)],
      ["number", -2],
      ["money", B(-5)],
      ["money", B(-1)],
      ["money", B(-3)],
    ]);
    expect(f[0].message.th).toBe('รายการ "ค่าเครื่องดื่มและอาหารว่าง": ราคาต่อหน่วย -35 บาท ติดลบ');
    expect(f[1].message.en).toBe('Line "ค่าเครื่องดื่มและอาหารว่าง": quantity -2 is negative');
  });

  it("reports NaN as not a number", () => {
    const p = plan({ budgetLines: [line({ unitCost: B(10), quantity: Number.NaN })] });
    const f = run(badNumber, p);
    expect(f).toHaveLength(1);
    expect(f[0].message.en).toContain("is not a number");
  });

  it("accepts zero and positive values and a negative remaining amount (other rules cover it)", () => {
    const p = plan({
      project: { allocation: satang(0) },
      budgetLines: [line({ unitCost: satang(0), quantity: 0, times: 0, statedAmount: satang(0) }), line({ unitCost: B(35), quantity: 2.5, statedAmount: B(87.5) })],
      results: { received: B(100), spent: B(150), remaining: B(-50) },
    });
    expect(run(badNumber, p)).toEqual([]);
  });
});
