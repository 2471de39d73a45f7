/**
 * Satang written as words: "1,234 บาท 50 สตางค์", an amount only in words ("…บาทห้าสิบสตางค์"). The amount
 * keeps its satang and "50 สตางค์" never becomes a quantity (issue 9, classes 1e/2a of the fourth blind test).
 */
import { bahtToSatang } from "../../src/core/money";
import { parseBudgetLine } from "../../src/import/budgetLine";
import { checkProjectText } from "../../src/import/check";
import { joinMoneyWords } from "../../src/import/moneyWords";
import { normaliseLine } from "../../src/import/lines";

const parse = (s: string) => parseBudgetLine(normaliseLine(s));

describe("baht and satang written apart are one figure", () => {
  test.each([
    ["1,234 บาท 50 สตางค์", "1,234.50 บาท"],
    ["เป็นเงิน 12บาท 5 สตางค์", "เป็นเงิน 12.05 บาท"],
    ["ราคา 7 บ. 25 สตางค์", "ราคา 7.25 บาท"],
  ])("%s", (written, read) => expect(joinMoneyWords(written)).toBe(read));

  test("a figure that already has satang is not changed", () => {
    expect(joinMoneyWords("1,234.00 บาท 50 สตางค์")).toBe("1,234.00 บาท 50 สตางค์");
  });

  test("the line keeps its quantity and its amount in satang, Thai digits too", () => {
    expect(parse("4. ค่าสายแลน จำนวน 1 ม้วน เป็นเงิน 1,234 บาท 50 สตางค์")).toMatchObject({
      quantity: 1,
      quantityUnit: "ม้วน",
      statedAmount: bahtToSatang(1234.5),
    });
    expect(parse("ค่าสมุด ๑๐ เล่ม เล่มละ ๑๒ บาท ๕๐ สตางค์ เป็นเงิน ๑๒๕ บาท")).toMatchObject({
      unitCost: bahtToSatang(12.5),
      quantity: 10,
      statedAmount: bahtToSatang(125),
    });
  });
});

describe("an amount written only in words", () => {
  test("becomes its figure when no figure is beside it", () => {
    expect(joinMoneyWords("เป็นเงิน หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์")).toBe("เป็นเงิน 1,234.50 บาท");
    expect(joinMoneyWords("งบประมาณ สองหมื่นบาทถ้วน")).toBe("งบประมาณ 20,000 บาท");
    expect(parse("ค่าซองเอกสาร 1 ห่อ เป็นเงิน หนึ่งร้อยสี่สิบเก้าบาทห้าสิบสตางค์")).toMatchObject({ statedAmount: bahtToSatang(149.5) });
  });

  test("words in brackets beside a figure are left as its statement in words", () => {
    const line = "รวมเป็นเงิน 8,255.50 บาท (แปดพันสองร้อยห้าสิบห้าบาทห้าสิบสตางค์)";
    expect(joinMoneyWords(line)).toBe(line);
  });
});

test("a one-line document with satang in words has no total error and plans every satang", () => {
  const doc = [
    "โครงการ ทดสอบ",
    "ระยะเวลาดำเนินการ พฤศจิกายน 2568",
    "งบประมาณ 1,234.50 บาท",
    "",
    "วิธีดำเนินการ",
    "กิจกรรมที่ 1 จัดซื้อ พฤศจิกายน 2568",
    "",
    "งบประมาณ",
    "กิจกรรมที่ 1 จัดซื้อ",
    "1. ค่าสายแลน จำนวน 1 ม้วน เป็นเงิน 1,234 บาท 50 สตางค์",
    "รวมเป็นเงิน 1,234.50 บาท",
  ].join("\n");
  const r = checkProjectText(doc);
  expect(r.plan.budgetLines.map((l) => l.statedAmount)).toEqual([bahtToSatang(1234.5)]);
  expect(r.findings.filter((f) => ["subtotal-mismatch", "total-mismatch", "under-allocation"].includes(f.rule))).toEqual([]);
});
