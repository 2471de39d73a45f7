import { subtotalMismatch } from "../../../../src/core/validation/rules/amounts";
import { validatePlan } from "../../../../src/core/validation/engine";
import { B, activity, line, plan, run } from "../helpers";

describe("subtotal-mismatch", () => {
  const lines = () => [
    line({ activityId: "6", unitCost: B(35), quantity: 100, times: 2, statedAmount: B(7000) }),
    line({ activityId: "6", unitCost: B(100), quantity: 100, times: 1, statedAmount: B(100000) }),
    line({ activityId: "6", item: "ค่าวัสดุ", statedAmount: B(1200) }),
    line({ activityId: "6", unitCost: B(1000), quantity: 5, statedAmount: B(5000) }),
  ];

  it("compares the stated subtotal with the sum of COMPUTED line amounts", () => {
    const p = plan({
      activities: [activity({ id: "6", name: "สรุปผล" })],
      budgetLines: lines(),
      subtotals: [{ activityId: "6", title: "สรุปผลการดำเนินการ", statedAmount: B(22200), cell: { sheet: "งบ", cell: "H30" } }],
    });
    const f = run(subtotalMismatch, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: "subtotal-mismatch",
      severity: "error",
      activityId: "6",
      activityName: "สรุปผล",
      expected: B(23200),
      actual: B(22200),
      valueKind: "money",
      sheet: "งบ",
      cell: "H30",
    });
    expect(f[0].message.th).toBe(
      "ยอดรวมกิจกรรมที่ 6 ไม่ตรงกับผลรวมของรายการ: 4 รายการรวมได้ 23,200 บาท ตามการคำนวณ แต่ระบุ 22,200 บาท (ต่างกัน 1,000 บาท)" +
        " — จำนวนเงินตามที่เขียนในรายการรวมได้ 113,200 บาท เพราะบางรายการเขียนจำนวนเงินไม่ตรงกับการคำนวณ",
    );
  });

  it("is silent when the subtotal matches the computed sum even if a line's stated amount is wrong", () => {
    // activity 1 of the seed: 2,800 + 4,000 + 1,000 + 16,000 (stated 13,000) = 23,800
    const p = plan({
      budgetLines: [
        line({ unitCost: B(35), quantity: 20, times: 4, statedAmount: B(2800) }),
        line({ unitCost: B(100), quantity: 20, times: 2, statedAmount: B(4000) }),
        line({ item: "ค่าวัสดุ", statedAmount: B(1000) }),
        line({ unitCost: B(80), quantity: 200, statedAmount: B(13000) }),
      ],
      subtotals: [{ activityId: "1", statedAmount: B(23800) }],
    });
    expect(run(subtotalMismatch, p)).toEqual([]);
  });

  it("one typo, one finding: a subtotal equal to the lines AS WRITTEN is consistent; only the wrong line is reported", () => {
    // 35 × 100 × 2 typed as 2,300 (it is 7,000); the block's total is the sheet's own sum of what is written
    const typo = line({ activityId: "2", unitCost: B(35), quantity: 100, times: 2, statedAmount: B(2300) });
    const p = plan({
      activities: [activity({ id: "2" })],
      budgetLines: [typo, line({ activityId: "2", unitCost: B(100), quantity: 100, times: 1, statedAmount: B(10000) })],
      subtotals: [{ activityId: "2", statedAmount: B(12300) }],
    });
    expect(run(subtotalMismatch, p)).toEqual([]);
    const all = validatePlan(p, { rateBook: null, only: ["line-amount-mismatch", "subtotal-mismatch", "total-mismatch"] });
    expect(all.map((f) => [f.rule, f.lineId])).toEqual([["line-amount-mismatch", typo.id]]);
  });

  it("a subtotal that matches neither sum is wrong itself: reported with both sums named", () => {
    const p = plan({
      activities: [activity({ id: "2" })],
      budgetLines: [
        line({ activityId: "2", unitCost: B(35), quantity: 100, times: 2, statedAmount: B(2300) }),
        line({ activityId: "2", unitCost: B(100), quantity: 100, times: 1, statedAmount: B(10000) }),
      ],
      subtotals: [{ activityId: "2", statedAmount: B(12000) }],
    });
    const f = run(subtotalMismatch, p);
    expect(f.map((x) => [x.expected, x.actual])).toEqual([[B(17000), B(12000)]]);
    expect(f[0].message.th).toContain("จำนวนเงินตามที่เขียนในรายการรวมได้ 12,300 บาท");
  });

  it("reports a subtotal for an activity with no lines (computed 0)", () => {
    const p = plan({ subtotals: [{ activityId: "1", statedAmount: B(500) }] });
    const f = run(subtotalMismatch, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ expected: 0, actual: B(500) });
    expect(f[0].message.en).toContain("but 500 baht is stated (a difference of 500 baht)");
  });
});
