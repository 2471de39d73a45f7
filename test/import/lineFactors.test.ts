/**
 * Every count attached to a unit word is a factor wherever it stands: after a price with its unit
 * ("450 บาท/วัน x 2 วัน"), after the price without a sign ("… จำนวน 2 มื้อ"), in a table's count cell
 * ("88 คน x 3 มื้อ"). Issue 9, class 1b of the fourth blind test.
 */
import { bahtToSatang } from "../../src/core/money";
import { toThaiDigits } from "../../src/core/thaiDigits";
import { parseBudgetLine } from "../../src/import/budgetLine";
import { readCountCell } from "../../src/import/countCell";
import { checkProjectText } from "../../src/import/check";
import { normaliseLine } from "../../src/import/lines";

const parse = (s: string) => parseBudgetLine(normaliseLine(s));
const baht = bahtToSatang;

describe("a price's own unit after a slash does not end the multiplication", () => {
  test.each([
    ["ค่าอาหาร 30 คน x 450 บาท/วัน x 2 วัน = 27,000 บาท", 450, 30, 2, 27000],
    ["ค่าอาหารว่าง 30 คน x 25 บาท/คน/มื้อ x 2 มื้อ x 2 วัน = 3,000 บาท", 25, 30, 4, 3000],
    ["ค่าที่พัก 10 ห้อง x 800 บาท/ห้อง/คืน x 2 คืน = 16,000 บาท", 800, 10, 2, 16000],
    ["ค่าเช่ารถ 2 คัน x 3,500 บาท / คัน / วัน x 2 วัน = 14,000 บาท", 3500, 2, 2, 14000],
    ["ค่าปุ๋ย 12 กระสอบ x 450 บาท/กระสอบ x 2 ครั้ง = 10,800 บาท", 450, 12, 2, 10800],
  ])("%s", (line, unit, qty, times, amount) => {
    expect(parse(line)).toMatchObject({ unitCost: baht(unit), quantity: qty, times, statedAmount: baht(amount) });
    expect(parse(toThaiDigits(line))).toMatchObject({ unitCost: baht(unit), quantity: qty, times, statedAmount: baht(amount) });
  });

  test("a count written after the price without a sign is a factor", () => {
    expect(parse("ค่าอาหาร 20 คน x 50 บาท จำนวน 2 มื้อ = 2,000 บาท")).toMatchObject({ unitCost: baht(50), quantity: 20, times: 2 });
    expect(parse("ค่าอาหาร 20 คน x 180 บาท/คน/วัน 2 วัน เป็นเงิน 7,200 บาท")).toMatchObject({ unitCost: baht(180), quantity: 20, times: 2 });
    // still a factor when the amount is wrong: the mistake is reported against the full product
    expect(parse("ค่าอาหาร 20 คน x 50 บาท จำนวน 2 มื้อ = 2,500 บาท")).toMatchObject({ unitCost: baht(50), quantity: 20, times: 2 });
  });

  test("a count before the multiplication that the amount leaves out describes the item", () => {
    const p = parse("ค่าอาหารกลางวัน 2 วัน 30 คน x 100 บาท = 3,000 บาท")!;
    expect(p).toMatchObject({ unitCost: baht(100), quantity: 30, times: null });
    expect(p.note).toContain("2 วัน");
  });
});

describe("the count cell of a budget table", () => {
  test("people x meals, groups x days, Thai digits", () => {
    expect(readCountCell("88 คน x 3 มื้อ")).toEqual({ quantity: 88, quantityUnit: "คน", times: 3, timesUnit: "มื้อ" });
    expect(readCountCell(normaliseLine("๑๒ กลุ่ม × ๒ วัน"))).toMatchObject({ quantity: 12, times: 2 });
    expect(readCountCell("30 คน 2 วัน 2 มื้อ")).toMatchObject({ quantity: 30, times: 4 });
    expect(readCountCell("20 หลัง")).toEqual({ quantity: 20, quantityUnit: "หลัง", times: null });
    expect(readCountCell("50 บาท")).toBeNull();
    expect(readCountCell("")).toBeNull();
  });

  test("a table row whose count cell has two factors is checked with both", () => {
    const doc = [
      "โครงการ ทดสอบ",
      "ระยะเวลาดำเนินการ มกราคม 2569",
      "งบประมาณ 13,200 บาท",
      "",
      "วิธีดำเนินการ",
      "กิจกรรมที่ 1 เข้าค่าย มกราคม 2569",
      "",
      "งบประมาณ",
      "กิจกรรมที่ 1 เข้าค่าย",
      "ที่\tรายการ\tจำนวน\tอัตรา\tจำนวนเงิน",
      "1\tค่าอาหาร\t88 คน x 3 มื้อ\t50\t13,200",
      "\tรวมทั้งสิ้น\t\t\t13,200",
    ].join("\n");
    const r = checkProjectText(doc);
    expect(r.plan.budgetLines).toHaveLength(1);
    expect(r.plan.budgetLines[0]).toMatchObject({ unitCost: baht(50), quantity: 88, times: 3, statedAmount: baht(13200) });
    expect(r.findings.filter((f) => f.severity !== "info").map((f) => f.rule)).toEqual([]);
    // the same table with a wrong amount is still an error, computed with both factors
    const wrong = checkProjectText(doc.replace("50\t13,200", "50\t13,800"));
    const m = wrong.findings.find((f) => f.rule === "line-amount-mismatch");
    expect(m?.line).toBe(11);
  });
});
