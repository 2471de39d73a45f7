/**
 * "@" marks the unit price, with or without บาท after it: "44 คน @ 20 = 880" is 44 × 20 baht, never 44 × 20 times
 * with a unit cost derived from the amount.
 */
import { bahtToSatang } from "../../src/core/money";
import { parseBudgetLine } from "../../src/import/budgetLine";
import { normaliseLine } from "../../src/import/lines";
import { checkProjectText } from "../../src/import/check";

const parse = (s: string) => parseBudgetLine(normaliseLine(s));

describe("@ is the unit price", () => {
  test.each([
    ["ค่าเข้าชมอุทยาน 44 คน @ 20 = 880 บาท", 20, 44, 880],
    ["ค่าเข้าชม 44 คน @20 เป็นเงิน 880 บาท", 20, 44, 880],
    ["ค่าเข้าชมพิพิธภัณฑ์ ๓๐ คน @ ๕๐ = ๑,๕๐๐ บาท", 50, 30, 1500],
    ["ค่าเสื้อ 30 ตัว @ 150 บาท 4,500 บาท", 150, 30, 4500],
  ])("%s", (line, unitCost, quantity, amount) => {
    expect(parse(line)).toMatchObject({ unitCost: bahtToSatang(unitCost), quantity, times: null, statedAmount: bahtToSatang(amount), unused: [] });
  });

  test("after a multiplication it is still the price: 40 คน x 2 วัน @ 70 = 5,600", () => {
    expect(parse("ค่าอาหารกลางวัน 40 คน x 2 วัน @ 70 = 5,600 บาท")).toMatchObject({ unitCost: bahtToSatang(70), quantity: 40, times: 2 });
  });

  test("a checked text: no unit cost derived from the amount, a wrong amount is found", () => {
    const text = ["โครงการทัศนศึกษา", "ระยะเวลาดำเนินการ กุมภาพันธ์ 2569", "งบประมาณ 5,000 บาท", "รายละเอียดงบประมาณ", "- ค่าเข้าชมอุทยาน 44 คน @ 20 = 980 บาท"].join("\n");
    const { findings } = checkProjectText(text);
    expect(findings.filter((f) => /÷/.test(f.message.th))).toEqual([]);
    const mismatch = findings.filter((f) => f.rule === "line-amount-mismatch");
    expect(mismatch).toHaveLength(1);
    expect(mismatch[0].line).toBe(5);
    expect(mismatch[0].message.th).toContain("880");
  });
});
