import { totalMismatch } from "../../../../src/core/validation/rules/amounts";
import { B, line, plan, run } from "../helpers";

describe("total-mismatch", () => {
  it("reports a stated total that differs from the computed total", () => {
    const p = plan({
      project: { statedTotal: B(120000), cells: { statedTotal: { sheet: "โครงการ", cell: "C12" } } },
      budgetLines: [line({ unitCost: B(100), quantity: 100, times: 1, statedAmount: B(100000) }), line({ item: "ค่าวัสดุ", statedAmount: B(111000) })],
    });
    const f = run(totalMismatch, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "total-mismatch", severity: "error", expected: B(121000), actual: B(120000), valueKind: "money", sheet: "โครงการ", cell: "C12" });
    expect(f[0].activityId).toBeUndefined();
    expect(f[0].message.th).toContain("รายการทั้งหมดรวมได้ 121,000 บาท ตามการคำนวณ แต่ระบุ 120,000 บาท");
    // the message names both sums: the lines' amounts as written add up to something else here
    expect(f[0].message.th).toContain("จำนวนเงินตามที่เขียนในรายการรวมได้ 211,000 บาท");
    expect(f[0].message.en).toContain("121,000 baht as computed");
  });

  it("one typo, one finding: a total equal to the lines as written is consistent (the line is the error)", () => {
    const typo = line({ unitCost: B(35), quantity: 100, times: 2, statedAmount: B(2300) });
    const p = plan({ project: { statedTotal: B(3300) }, budgetLines: [typo, line({ item: "ค่าวัสดุ", statedAmount: B(1000) })] });
    expect(run(totalMismatch, p)).toEqual([]);
    // the computed total (8,000) is still the one every other figure uses
    expect(run(totalMismatch, plan({ project: { statedTotal: B(8000) }, budgetLines: p.budgetLines }))).toEqual([]);
    // wrong by both sums: reported
    expect(run(totalMismatch, plan({ project: { statedTotal: B(5000) }, budgetLines: p.budgetLines })).map((f) => f.expected)).toEqual([B(8000)]);
  });

  it("is silent without a stated total, or when it matches", () => {
    const lines = [line({ unitCost: B(35), quantity: 10, statedAmount: B(350) })];
    expect(run(totalMismatch, plan({ budgetLines: lines }))).toEqual([]);
    expect(run(totalMismatch, plan({ budgetLines: lines, project: { statedTotal: B(350) } }))).toEqual([]);
  });
});

describe("total-mismatch after a wrong activity subtotal", () => {
  const lines = [
    line({ id: "1", activityId: "1", item: "ค่ารางวัล", statedAmount: B(2000) }),
    line({ id: "2", activityId: "2", item: "ค่าอาหาร", statedAmount: B(8000) }),
    line({ id: "3", activityId: "2", item: "ค่าวัสดุ", statedAmount: B(3500) }),
  ];
  const subtotals = [
    { activityId: "1", statedAmount: B(2000) },
    { activityId: "2", statedAmount: B(12500) }, // lines make 11,500
  ];

  it("a total that adds the stated subtotals names the wrong subtotal it follows (one typo, the total says why)", () => {
    const f = run(totalMismatch, plan({ project: { statedTotal: B(14500) }, budgetLines: lines, subtotals }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ expected: B(13500), actual: B(14500) });
    expect(f[0].message.th).toContain("จึงผิดตามยอดรวมกิจกรรมที่ 2 ที่ผิด");
    expect(f[0].message.en).toContain("follows the wrong subtotal of activity 2");
  });

  it("a total wrong on its own (not the sum of the stated subtotals) says nothing of the subtotals", () => {
    const f = run(totalMismatch, plan({ project: { statedTotal: B(15000) }, budgetLines: lines, subtotals }));
    expect(f).toHaveLength(1);
    expect(f[0].message.th).not.toContain("ผิดตามยอดรวม");
  });
});
