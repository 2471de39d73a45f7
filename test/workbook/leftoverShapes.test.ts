/**
 * Misreadings of hand-made workbooks left over from the blind tests, each as a class of layouts:
 * the calculation written as text in the only description column ("รายละเอียด", "รายละเอียดการใช้จ่าย",
 * "คำอธิบาย"), beside the amount, with no price or count columns.
 */
import { readPlan, validateWorkbook } from "../../src/workbook";
import type { WorkbookSnapshot } from "../../src/workbook/types";
import { sheet, book, type Row } from "../helpers/snapshots";

const TODAY = { year: 2568, month: 1 };
const check = (snap: WorkbookSnapshot) => validateWorkbook(snap, { today: TODAY }).findings;
const top: Row[] = [["โครงการส่งเสริมนิสัยรักการอ่าน ปีงบประมาณ 2568"], ["ระยะเวลา", "ธันวาคม 2567"], ["งบประมาณที่ได้รับ", 7200], []];

describe("the calculation written in a description column", () => {
  test.each(["รายละเอียด", "รายละเอียดการใช้จ่าย", "คำอธิบาย", "คำอธิบายรายการ"])("รายการ | %s | จำนวนเงิน: the factors are read and the amount checked", (head) => {
    const snap = book(
      sheet("แผน", [
        ...top,
        ["ที่", "รายการ", head, "จำนวนเงิน"],
        [1, "ค่าอาหารว่างและเครื่องดื่ม", "30 คน x 35 บาท x 2 มื้อ", 2400],
        [2, "ค่ากระดาษ A4", "10 รีม x 120 บาท", 1200],
        [3, "ค่าหนังสือนิทาน", "20 เล่ม × 150 บาท", 3000],
        [4, "ค่าวัสดุ", "เหมาจ่าย", 600],
        ["", "รวมทั้งสิ้น", "", 7200],
      ]),
    );
    const lines = readPlan(snap).plan.budgetLines;
    expect(lines.map((l) => [l.item, l.unitCost, l.quantity, l.times])).toEqual([
      ["ค่าอาหารว่างและเครื่องดื่ม", 3500, 30, 2],
      ["ค่ากระดาษ A4", 12000, 10, null],
      ["ค่าหนังสือนิทาน", 15000, 20, null],
      ["ค่าวัสดุ", null, null, null],
    ]);
    const wrong = check(snap).filter((f) => f.severity !== "info");
    expect(wrong.map((f) => [f.rule, f.cell])).toEqual([["line-amount-mismatch", "D6"]]);
  });

  test("one description column holding the item and its calculation (Thai digits, ×): the item is the words before it", () => {
    const snap = book(
      sheet("Sheet1", [
        ...top,
        ["ที่", "รายละเอียด", "จำนวนเงิน (บาท)"],
        ["๑", "ค่าอาหารว่าง ๓๐ คน × ๓๕ บาท × ๒ มื้อ", "๒,๔๐๐"],
        ["๒", "ค่าป้ายไวนิล 2 ป้าย x 500 บาท", 1000],
        ["", "รวม", 3400],
      ]),
    );
    const lines = readPlan(snap).plan.budgetLines;
    expect(lines.map((l) => [l.item, l.unitCost, l.quantity, l.times])).toEqual([
      ["ค่าอาหารว่าง", 3500, 30, 2],
      ["ค่าป้ายไวนิล", 50000, 2, null],
    ]);
    expect(check(snap).filter((f) => f.rule === "line-amount-mismatch").map((f) => f.cell)).toEqual(["C6"]);
  });

  test("a description column of words (not calculations) stays a description: no factor read, no finding", () => {
    const snap = book(
      sheet("แผน", [
        ...top,
        ["ที่", "รายการ", "รายละเอียด", "จำนวนเงิน"],
        [1, "ค่าอาหารว่าง", "สำหรับนักเรียน 30 คน", 2400],
        [2, "ค่าวัสดุ", "กระดาษ ปากกา", 4800],
        ["", "รวมทั้งสิ้น", "", 7200],
      ]),
    );
    expect(readPlan(snap).plan.budgetLines.every((l) => l.unitCost === null)).toBe(true);
    expect(check(snap).filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("a table with price and count columns keeps them; a detail column beside them is not read as the calculation", () => {
    const snap = book(
      sheet("แผน", [
        ...top,
        ["ที่", "รายการ", "รายละเอียด", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"],
        [1, "ค่าอาหารว่าง", "30 คน x 40 บาท x 2 มื้อ", 60, 35, 2100],
        [2, "ค่าวัสดุ", "", 1, 5100, 5100],
        ["", "รวมทั้งสิ้น", "", "", "", 7200],
      ]),
    );
    const l = readPlan(snap).plan.budgetLines[0];
    expect([l.unitCost, l.quantity]).toEqual([3500, 60]);
  });
});
