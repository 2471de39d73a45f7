import { satang } from "../../../../src/core/money";
import { lineAmountMismatch } from "../../../../src/core/validation/rules/amounts";
import { B, line, plan, run } from "../helpers";

describe("line-amount-mismatch", () => {
  it("reports a stated amount that differs from unit × quantity × times, in Thai and English", () => {
    const p = plan({
      budgetLines: [
        line({ id: "L4", item: "ค่าสำเนา", unitCost: B(80), quantity: 200, quantityUnit: "ชุด", statedAmount: B(13000), cells: { statedAmount: { sheet: "งบประมาณ", cell: "H9" } } }),
      ],
    });
    const f = run(lineAmountMismatch, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: "line-amount-mismatch",
      severity: "error",
      activityId: "1",
      activityName: "กิจกรรม 1",
      lineId: "L4",
      item: "ค่าสำเนา",
      expected: B(16000),
      actual: B(13000),
      valueKind: "money",
      sheet: "งบประมาณ",
      cell: "H9",
    });
    expect(f[0].message.th).toBe("จำนวนเงินไม่ตรงกับการคำนวณ: 80 บาท × 200 ชุด = 16,000 บาท แต่ระบุ 13,000 บาท");
    expect(f[0].message.en).toBe("Amount does not match the calculation: 80 baht × 200 sets = 16,000 baht, but 13,000 baht is stated");
  });

  it("shows all three factors with their units", () => {
    const p = plan({
      budgetLines: [line({ unitCost: B(100), quantity: 100, quantityUnit: "คน", times: 1, timesUnit: "มื้อ", statedAmount: B(100000) })],
    });
    const [f] = run(lineAmountMismatch, p);
    expect(f.message.th).toBe("จำนวนเงินไม่ตรงกับการคำนวณ: 100 บาท × 100 คน × 1 มื้อ = 10,000 บาท แต่ระบุ 100,000 บาท");
    expect(f.message.en).toContain("100 baht × 100 people × 1 meal = 10,000 baht");
  });

  it("never shows a calculation without factors: a unit price with no count is said to lack its count", () => {
    const p = plan({ budgetLines: [line({ unitCost: B(60), quantity: null, times: null, statedAmount: B(9600) })] });
    const [f] = run(lineAmountMismatch, p);
    expect(f.severity).toBe("error");
    expect(f.message.th).not.toMatch(/60 บาท = 60 บาท/);
    expect(f.message.th).toBe("จำนวนเงินไม่ตรงกับราคาต่อหน่วย: ราคาต่อหน่วย 60 บาท ไม่ได้ระบุจำนวน แต่ระบุจำนวนเงิน 9,600 บาท — ใส่จำนวน (และจำนวนครั้ง) ของรายการนี้");
    expect(f.message.en).toContain("a unit price of 60 baht with no count, but 9,600 baht is stated");
  });

  it("accepts correct lines, lump sums, lines without a stated amount and satang rounding", () => {
    const p = plan({
      budgetLines: [
        line({ unitCost: B(35), quantity: 20, times: 4, statedAmount: B(2800) }),
        line({ item: "ค่าวัสดุ", statedAmount: B(1000) }),
        line({ unitCost: B(200), quantity: 45, times: 4 }),
        line({ unitCost: B(33.33), quantity: 3, statedAmount: B(99.99) }),
        line({ unitCost: B(12.345), quantity: 1, statedAmount: satang(1235) }),
      ],
    });
    expect(run(lineAmountMismatch, p)).toEqual([]);
  });

  it("skips lines whose factors are not numbers (bad-number reports those)", () => {
    const p = plan({
      budgetLines: [line({ unitCost: B(35), quantity: null, invalid: { quantity: "ยี่สิบ" }, times: 2, statedAmount: B(1400) })],
    });
    expect(run(lineAmountMismatch, p)).toEqual([]);
  });

  it("reports a one-satang difference", () => {
    const p = plan({ budgetLines: [line({ unitCost: B(10), quantity: 3, statedAmount: satang(2999) })] });
    const f = run(lineAmountMismatch, p);
    expect(f).toHaveLength(1);
    expect(f[0].message.th).toContain("29.99 บาท");
  });
});
