/**
 * Hand-made sheet classes of the second corpus round (issue 9): figures typed with their unit in one
 * cell, an activity column merged down its lines, English subtotal rows, an Excel table's totals row
 * (a structured reference), and rows and columns the user hid — written as real .xlsx files by ExcelJS
 * and read back by the project's reader where the file matters.
 */
import ExcelJS from "exceljs";
import { readPlan, validateWorkbook } from "../../src/workbook";
import { explainReading } from "../../src/workbook/explain";
import { readXlsx } from "../../src/adapters/xlsx/read";
import { hasStructuredRef } from "../../src/workbook/sheetRules";
import type { WorkbookSnapshot } from "../../src/workbook/types";
import { sheet, flaggedFindings, type Row } from "../helpers/snapshots";

const TODAY = { year: 2567, month: 1 };
const flagged = (snap: WorkbookSnapshot) => flaggedFindings(snap, TODAY, { readProblems: false });
const fields: Row[] = [["ชื่อโครงการ", "ทดสอบ"], ["ปีงบประมาณ", 2567], ["งบประมาณที่ได้รับจัดสรร", 20000, "บาท"], []];

test("figures written with their unit ('30 คน', '50 บาท', '๒ มื้อ', '600.-') are read as figures, said once", () => {
  const s = sheet("งบ", [
    ...fields,
    ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "ครั้ง/มื้อ", "จำนวนเงิน"],
    [1, "ค่าอาหารว่าง", "30 คน", "25 บาท", "๒ มื้อ", 1500],
    [2, "ค่าวิทยากร", "๖ ชั่วโมง", "600.-", null, 3600],
    [3, "ค่าเอกสาร", "40 ชุด", "20.- บาท", null, 900],
    [null, "รวมทั้งสิ้น", null, null, null, 6000],
  ]);
  const snap = { sheets: [s] };
  const read = readPlan(snap);
  expect(read.plan.budgetLines.map((l) => [l.quantity, l.unitCost, l.times])).toEqual([
    [30, 2500, 2],
    [6, 60000, null],
    [40, 2000, null],
  ]);
  // the one wrong amount (40 × 20 = 800); the total is that of the amounts as written (consistent)
  expect(flagged(snap)).toEqual(["line-amount-mismatch@งบ!F8"]);
  const notes = validateWorkbook(snap, { today: TODAY }).findings.filter((f) => f.rule === "read-problem" && /unit/.test(f.message.en));
  expect(notes).toHaveLength(1);
  expect(notes[0].severity).toBe("info");
});

test("an activity column merged down its lines ('1. name' in its first cell) gives every line its activity", () => {
  const acts = sheet("กิจกรรม", [["ที่", "กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ"], [1, "ประชุมชี้แจง", "พ.ย. 2566", "ก"], [2, "อบรมครู", "ม.ค. 2567", "ข"]]);
  const b = sheet("งบ", [
    ...fields,
    ["กิจกรรม", "รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"],
    ["1. ประชุมชี้แจง", "ค่าอาหารว่าง", 20, 30, 600],
    [null, "ค่าเอกสาร", 20, 10, 200],
    ["2. อบรมครู", "ค่าวิทยากร", 3, 600, 1800],
    [null, "ค่าอาหารกลางวัน", 20, 80, 1600],
    [null, "รวมทั้งสิ้น", null, null, 4200],
  ]);
  const snap = { sheets: [acts, b] };
  expect(readPlan(snap).plan.budgetLines.map((l) => l.activityId)).toEqual(["1", "1", "2", "2"]);
  expect(flagged(snap)).toEqual([]);
});

test("English headers with Subtotal and Grand total rows", () => {
  const s = sheet("Budget", [
    ["Project", "English Camp"],
    ["Fiscal year", 2567],
    ["Budget allocated (baht)", 10000],
    [],
    ["No.", "Item", "Qty", "Unit price (THB)", "Times", "Amount (THB)"],
    ["Activity 1: Camp"],
    [1, "Lunch", 20, 60, 1, 1200],
    [2, "Certificates", 20, 10, null, 200],
    [null, "Subtotal", null, null, null, 1400],
    ["Activity 2: Contest"],
    [1, "Prizes", 3, 500, null, 1500],
    [null, "Sub-total", null, null, null, 1600],
    [null, "Grand total", null, null, null, 2900],
  ]);
  const snap = { sheets: [s] };
  const read = readPlan(snap);
  expect(read.plan.budgetLines).toHaveLength(3);
  expect(read.plan.subtotals.map((x) => [x.activityId, x.statedAmount])).toEqual([
    ["1", 140000],
    ["2", 160000],
  ]);
  expect(flagged(snap)).toEqual(["subtotal-mismatch@Budget!F12"]);
});

test("items over sub-items numbered under them (1 over 1.1, 1.2): the item states their sum, it is not one more line", () => {
  const s = sheet("งบ", [
    ...fields,
    ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "ครั้ง", "จำนวนเงิน"],
    [1, "ค่าอาหาร", null, null, null, 7800],
    [1.1, "ค่าอาหารกลางวัน", 30, 80, 2, 4800],
    ["1.2", "ค่าอาหารว่าง", 30, 25, 4, 3000],
    [2, "ค่าวัสดุ", null, null, null, 2500],
    [2.1, "กระดาษ", 10, 120, null, 1200],
    [2.2, "หมึก", 2, 450, null, 900],
    [3, "ค่าวิทยากร", 6, 600, null, 3600],
    [null, "รวมทั้งสิ้น", null, null, null, 13500],
  ]);
  const snap = { sheets: [s] };
  const read = readPlan(snap);
  expect(read.plan.budgetLines.map((l) => l.item)).toEqual(["ค่าอาหารกลางวัน", "ค่าอาหารว่าง", "กระดาษ", "หมึก", "ค่าวิทยากร"]);
  expect(read.plan.subtotals.map((x) => [x.title, x.statedAmount, x.lineIds?.length])).toEqual([
    ["ค่าอาหาร", 780000, 2],
    ["ค่าวัสดุ", 250000, 2],
  ]);
  expect(flagged(snap)).toEqual(["subtotal-mismatch@งบ!F9"]);
  expect(explainReading(snap, read).tables.find((x) => x.table === "budget")!.rows.find((r) => r.row === 6)?.kind).toBe("subtotal");
});

test("a totals row naming an Excel table's column is not taken for a SUM that leaves lines out", () => {
  expect(hasStructuredRef("=SUBTOTAL(109,งบประมาณ[จำนวนเงิน])")).toBe(true);
  expect(hasStructuredRef("=[@จำนวน]*[@ราคา]")).toBe(true);
  expect(hasStructuredRef("=SUM(F7:F11)")).toBe(false);
  expect(hasStructuredRef('=IF(A1="x[1]",1,0)')).toBe(false);
});

describe("rows and columns the user hid (a real .xlsx)", () => {
  async function file(): Promise<WorkbookSnapshot> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("งบ");
    const rows: Row[] = [
      ...fields,
      ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "ราคาปีก่อน", "จำนวนเงิน"],
      [1, "ค่าอาหารว่าง", 20, 30, 25, 600],
      ["-", "ค่ารถ (ยกเลิก)", 1, 3000, 2800, 5000],
      [2, "ค่าเอกสาร", 20, 10, 8, 200],
      [null, "รวม", null, null, null, 800],
    ];
    rows.forEach((r) => ws.addRow(r));
    ws.getRow(7).hidden = true;
    ws.getColumn(5).hidden = true;
    return readXlsx(Buffer.from(await wb.xlsx.writeBuffer()));
  }

  test("the reader knows which rows and columns are hidden", async () => {
    const snap = await file();
    expect(snap.sheets[0].hidden).toEqual({ rows: [7], cols: [5] });
  });

  test("a hidden row is not read as a line and raises nothing; 'what was read' lists it and the hidden column", async () => {
    const snap = await file();
    const read = readPlan(snap);
    expect(read.plan.budgetLines.map((l) => l.item)).toEqual(["ค่าอาหารว่าง", "ค่าเอกสาร"]);
    expect(flagged(snap)).toEqual([]);
    const t = explainReading(snap, read).tables.find((x) => x.table === "budget")!;
    expect(t.rows.find((r) => r.row === 7)?.kind).toBe("hidden");
    expect(t.ignoredColumns).toContainEqual({ column: "E", header: "ราคาปีก่อน", hidden: true });
  });
});
