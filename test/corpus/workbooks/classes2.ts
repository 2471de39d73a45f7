/**
 * Workbook classes added after the first corpus (generate.ts writes them with the others): quantities
 * and prices typed with their units in one cell ("30 คน", "50 บาท", "๕ วัน"); an activity column merged
 * down its lines instead of heading rows; an Excel table (ListObject) with a totals row; English headers
 * (English-programme schools); a หมายเหตุ column holding numbers that are not factors; SUM subtotals,
 * one of which leaves out a line; rows and a column the user hid; an activity table and the budget side
 * by side on one sheet; amounts rounded to whole baht or to 10 baht where unit costs carry satang; a
 * print copy of the budget on a second sheet. Figures are drawn from a seed (`variant`), so other
 * variants give fresh files of the same classes; the key is made while building.
 */
import ExcelJS from "exceljs";
import { toThaiDigits } from "../../../src/core/thaiDigits";
import { rng } from "../../../bench/rng";
import type { Built, Key } from "./classes";

type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rng, a: number, b: number) => a + Math.floor(r() * (b - a + 1));
const F = (formula: string, result?: number) => ({ formula, ...(result !== undefined ? { result } : {}) }) as ExcelJS.CellFormulaValue;

const ACTS = ["ประชุมชี้แจงวางแผนการดำเนินงาน", "อบรมเชิงปฏิบัติการพัฒนาครู", "ค่ายวิชาการ", "ศึกษาดูงานโรงเรียนต้นแบบ", "สรุปและรายงานผลการดำเนินงาน"];
interface L {
  item: string;
  en: string;
  unit: number;
  qty: number;
  qtyUnit: string;
  times: number | null;
  timesUnit: string;
}
const LINES: ((r: Rng) => L)[] = [
  (r) => ({ item: "ค่าอาหารว่างและเครื่องดื่ม", en: "Snacks and drinks", unit: pick(r, [25, 30, 35]), qty: int(r, 20, 60), qtyUnit: "คน", times: 2, timesUnit: "มื้อ" }),
  (r) => ({ item: "ค่าอาหารกลางวัน", en: "Lunch", unit: pick(r, [60, 70, 80]), qty: int(r, 20, 60), qtyUnit: "คน", times: pick(r, [1, 2]), timesUnit: "มื้อ" }),
  (r) => ({ item: "ค่าตอบแทนวิทยากร", en: "Guest speaker fee", unit: 600, qty: int(r, 3, 6), qtyUnit: "ชั่วโมง", times: null, timesUnit: "" }),
  (r) => ({ item: "ค่าถ่ายเอกสาร", en: "Photocopies", unit: pick(r, [20, 50]), qty: int(r, 30, 120), qtyUnit: "ชุด", times: null, timesUnit: "" }),
  (r) => ({ item: "ค่าเกียรติบัตร", en: "Certificates", unit: pick(r, [10, 15]), qty: int(r, 40, 150), qtyUnit: "แผ่น", times: null, timesUnit: "" }),
  (r) => ({ item: "ค่าวัสดุฝึกปฏิบัติ", en: "Workshop materials", unit: pick(r, [150, 250]), qty: int(r, 5, 20), qtyUnit: "ชุด", times: null, timesUnit: "" }),
];
const amountOf = (l: L) => l.unit * l.qty * (l.times ?? 1);
const lines = (r: Rng, n: number) => Array.from({ length: n }, () => pick(r, LINES)(r));
const sum = (ls: L[]) => ls.reduce((s, l) => s + amountOf(l), 0);
const newKey = (description: string): Key => ({ description, planted: [], correct: [], unusable: false });
const nameOf = (v: number, n: number) => `wbd${v ? `${v}-` : ""}${n}`;

/** Project fields, label in A and value in B; returns the next free row. */
function fields(ws: ExcelJS.Worksheet, title: string, name: string, fy: number, allocation: number, en = false): number {
  ws.getCell(1, 1).value = title;
  ws.getCell(2, 1).value = en ? "Project" : "ชื่อโครงการ";
  ws.getCell(2, 2).value = name;
  ws.getCell(3, 1).value = en ? "Fiscal year" : "ปีงบประมาณ";
  ws.getCell(3, 2).value = fy;
  ws.getCell(4, 1).value = en ? "Budget allocated (baht)" : "งบประมาณที่ได้รับจัดสรร";
  ws.getCell(4, 2).value = allocation;
  if (!en) ws.getCell(4, 3).value = "บาท";
  return 6;
}

function activitySheet(wb: ExcelJS.Workbook, names: string[], fy: number, months: string[]): ExcelJS.Worksheet {
  const ws = wb.addWorksheet("กิจกรรม");
  ["ที่", "กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ"].forEach((h, k) => (ws.getCell(1, 1 + k).value = h));
  names.forEach((n, k) => {
    ws.getCell(2 + k, 1).value = k + 1;
    ws.getCell(2 + k, 2).value = n;
    ws.getCell(2 + k, 3).value = months[k] ?? `มกราคม ${fy}`;
    ws.getCell(2 + k, 4).value = "นางสาวกานดา มีสุข";
  });
  return ws;
}

/** (1) quantity, unit cost and times typed with their unit words in one cell: "30 คน", "50 บาท", "๒ มื้อ", "600.-". */
function unitsInCells(v: number): Built {
  const r = rng(9600 + v);
  const fy = 2568;
  const ls = lines(r, 5);
  const wrong = 2;
  const total = sum(ls);
  const key = newKey("Hand-made ประมาณการค่าใช้จ่าย whose quantity, unit-cost and times cells hold the unit word with the figure ('30 คน', '50 บาท', '600.-', '๒ มื้อ', Thai digits in some), amounts typed as numbers; one activity. shared/domain/plan-form.md.");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("ประมาณการ");
  let row = fields(ws, `ประมาณการค่าใช้จ่าย ปีงบประมาณ ${fy}`, "พัฒนาการเรียนรู้ภาษาไทย", fy, Math.ceil(total / 1000) * 1000 + 2000);
  ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "ครั้ง/มื้อ/วัน", "จำนวนเงิน (บาท)"].forEach((h, k) => (ws.getCell(row, 1 + k).value = h));
  row++;
  const first = row;
  ls.forEach((l, k) => {
    const thai = k % 2 === 1;
    const d = (n: number) => (thai ? toThaiDigits(String(n)) : String(n));
    ws.getCell(row, 1).value = k + 1;
    ws.getCell(row, 2).value = l.item;
    ws.getCell(row, 3).value = `${d(l.qty)} ${l.qtyUnit}`;
    ws.getCell(row, 4).value = pick(r, [`${d(l.unit)} บาท`, `${d(l.unit)}.-`, `${d(l.unit)}.- บาท`]);
    if (l.times !== null) ws.getCell(row, 5).value = `${d(l.times)} ${l.timesUnit}`;
    const stated = k === wrong ? amountOf(l) + 500 : amountOf(l);
    ws.getCell(row, 6).value = stated;
    if (k === wrong) key.planted.push({ rule: "line-amount-mismatch", at: `ประมาณการ!F${row}`, note: `stated ${stated}, should be ${amountOf(l)}` });
    else key.correct.push({ at: `ประมาณการ!F${row}`, note: `${l.item} = ${amountOf(l)}` });
    row++;
  });
  ws.getCell(row, 2).value = "รวมทั้งสิ้น";
  ws.getCell(row, 6).value = total;
  key.correct.push({ at: `ประมาณการ!F${row}`, note: `grand total of the right amounts (rows ${first}–${row - 1})` });
  return { wb, key, name: `${nameOf(v, 1)}-units-in-cells`, cached: false };
}

/** (2) an activity column merged down its lines (no heading rows); the activity table on its own sheet. */
function mergedActivityColumn(v: number): Built {
  const r = rng(9700 + v);
  const fy = 2567;
  const names = ACTS.slice(v % 2, (v % 2) + 3);
  const blocks = names.map(() => lines(r, int(r, 2, 3)));
  const total = blocks.reduce((s, b) => s + sum(b), 0);
  const key = newKey("Hand-made รายละเอียดการใช้งบประมาณ whose first column 'กิจกรรม' is merged down each activity's lines (the name only in the first cell of the merge), no heading or subtotal rows, a typed grand total; the activity table on its own sheet; the lines add up to more than the allocation. shared/domain/plan-form.md.");
  const wb = new ExcelJS.Workbook();
  const ps = wb.addWorksheet("โครงการ");
  fields(ps, "แบบเสนอโครงการ", "ยกระดับผลสัมฤทธิ์ทางการเรียน", fy, Math.floor((total * 0.9) / 1000) * 1000);
  key.planted.push({ rule: "over-allocation", at: "โครงการ!B4", note: "the lines add up to more than the allocation" });
  activitySheet(wb, names, fy, [`พฤศจิกายน ${fy - 1}`, `มกราคม ${fy}`, `มิถุนายน ${fy}`]);
  const ws = wb.addWorksheet("งบประมาณ");
  ["กิจกรรม", "รายการ", "จำนวน", "ราคาต่อหน่วย", "ครั้ง", "จำนวนเงิน"].forEach((h, k) => (ws.getCell(1, 1 + k).value = h));
  let row = 2;
  blocks.forEach((ls, b) => {
    const top = row;
    ws.getCell(row, 1).value = `${b + 1}. ${names[b]}`;
    ls.forEach((l, k) => {
      ws.getCell(row, 2).value = l.item;
      ws.getCell(row, 3).value = l.qty;
      ws.getCell(row, 4).value = l.unit;
      if (l.times !== null) ws.getCell(row, 5).value = l.times;
      const wrong = b === 1 && k === 0;
      ws.getCell(row, 6).value = wrong ? amountOf(l) * 2 : amountOf(l);
      if (wrong) key.planted.push({ rule: "line-amount-mismatch", at: `งบประมาณ!F${row}`, note: `stated ${amountOf(l) * 2}, should be ${amountOf(l)}` });
      else key.correct.push({ at: `งบประมาณ!F${row}`, note: `${l.item} = ${amountOf(l)} (activity ${b + 1})` });
      row++;
    });
    if (row - 1 > top) ws.mergeCells(top, 1, row - 1, 1);
  });
  ws.getCell(row, 2).value = "รวมทั้งสิ้น";
  ws.getCell(row, 6).value = total;
  key.correct.push({ at: `งบประมาณ!F${row}`, note: "grand total of the right amounts" });
  return { wb, key, name: `${nameOf(v, 2)}-merged-activity-column`, cached: false };
}

/** (3) an Excel table (ListObject) with a totals row; the amounts as formulas, cached values present. */
function listObject(v: number): Built {
  const r = rng(9800 + v);
  const fy = 2568;
  const ls = lines(r, 5);
  const total = sum(ls);
  const key = newKey("Hand-made budget typed into an Excel table (Insert ▸ Table, a ListObject with a header row, banded rows and a totals row 'Total/รวม' computed by SUBTOTAL(109,…)); project fields above it; amounts as formulas with cached values (as Excel saves them); a typed unit cost over the snack ceiling. shared/domain/plan-form.md.");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Sheet1");
  const top = fields(ws, `โครงการ ประจำปีงบประมาณ ${fy}`, "ส่งเสริมสุขภาพนักเรียน", fy, Math.ceil(total / 1000) * 1000 + 3000);
  const snack = ls.findIndex((l) => l.item.startsWith("ค่าอาหารว่าง"));
  const over = snack >= 0 ? snack : 0;
  if (snack < 0) ls[0] = { ...LINES[0](r) };
  ls[over].unit = 50; // over the ceiling (35 at a government venue, the school)
  const rows = ls.map((l, k) => {
    const rr = top + 1 + k;
    const amount = amountOf(l);
    return [k + 1, l.item, l.qty, l.unit, l.times ?? 1, F(`C${rr}*D${rr}*E${rr}`, amount)];
  });
  const newTotal = sum(ls);
  ws.addTable({
    name: "งบประมาณ",
    ref: `A${top}`,
    headerRow: true,
    totalsRow: true,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: [
      { name: "ที่", totalsRowLabel: "รวม" },
      { name: "รายการ" },
      { name: "จำนวน" },
      { name: "ราคาต่อหน่วย" },
      { name: "ครั้ง" },
      { name: "จำนวนเงิน", totalsRowFunction: "sum", totalsRowResult: newTotal } as ExcelJS.TableColumnProperties,
    ],
    rows,
  });
  ls.forEach((l, k) => {
    const at = `Sheet1!F${top + 1 + k}`;
    if (k === over) key.planted.push({ rule: "rate-over-ceiling", at: `Sheet1!D${top + 1 + k}`, note: `snack at ${l.unit} baht at the school (ceiling 35)` });
    else key.correct.push({ at, note: `${l.item} = ${amountOf(l)}` });
  });
  key.correct.push({ at: `Sheet1!F${top + 1 + ls.length}`, note: "the table's totals row" });
  return { wb, key, name: `${nameOf(v, 3)}-list-object`, cached: false };
}

/** (4) English headers and headings (an English-programme school). */
function englishHeaders(v: number): Built {
  const r = rng(9900 + v);
  const fy = 2568;
  const names = ["English Camp", "Speech Contest"];
  const blocks = names.map(() => lines(r, 3));
  const total = blocks.reduce((s, b) => s + sum(b), 0);
  const key = newKey("An English-programme school's budget sheet in English: headers No. | Item | Qty | Unit | Unit price (THB) | Times | Amount (THB), headings 'Activity 1: …', 'Subtotal' and 'Grand total' rows, project fields in English; items in English. shared/domain/plan-form.md.");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Budget");
  let row = fields(ws, `Project Budget, Fiscal Year ${fy}`, "English Skills Development", fy, Math.ceil(total / 1000) * 1000 + 1000, true);
  ["No.", "Item", "Qty", "Unit", "Unit price (THB)", "Times", "Amount (THB)"].forEach((h, k) => (ws.getCell(row, 1 + k).value = h));
  row++;
  let grand = 0;
  blocks.forEach((ls, b) => {
    ws.getCell(row, 1).value = `Activity ${b + 1}: ${names[b]}`;
    row++;
    ls.forEach((l, k) => {
      ws.getCell(row, 1).value = k + 1;
      ws.getCell(row, 2).value = l.en;
      ws.getCell(row, 3).value = l.qty;
      ws.getCell(row, 4).value = l.qtyUnit === "คน" ? "persons" : l.qtyUnit === "ชั่วโมง" ? "hours" : "sets";
      ws.getCell(row, 5).value = l.unit;
      if (l.times !== null) ws.getCell(row, 6).value = l.times;
      const wrong = b === 0 && k === 1;
      ws.getCell(row, 7).value = wrong ? amountOf(l) + 300 : amountOf(l);
      if (wrong) key.planted.push({ rule: "line-amount-mismatch", at: `Budget!G${row}`, note: `stated ${amountOf(l) + 300}, should be ${amountOf(l)}` });
      else key.correct.push({ at: `Budget!G${row}`, note: `${l.en} = ${amountOf(l)}` });
      row++;
    });
    ws.getCell(row, 2).value = "Subtotal";
    if (b === 1) {
      ws.getCell(row, 7).value = sum(ls) + 1000;
      key.planted.push({ rule: "subtotal-mismatch", at: `Budget!G${row}`, note: `stated ${sum(ls) + 1000}, the lines add up to ${sum(ls)}` });
    } else {
      ws.getCell(row, 7).value = sum(ls);
      key.correct.push({ at: `Budget!G${row}`, note: "subtotal of the right amounts" });
    }
    grand += sum(ls);
    row++;
  });
  ws.getCell(row, 2).value = "Grand total";
  ws.getCell(row, 7).value = grand;
  key.correct.push({ at: `Budget!G${row}`, note: "grand total of the right amounts" });
  return { wb, key, name: `${nameOf(v, 4)}-english-headers`, cached: false };
}

/** (5) a หมายเหตุ column holding numbers ("ใช้ 3 วัน", "2 รุ่น", "ครู 45 คน นักเรียน 15 คน") that are not factors. */
function remarksWithNumbers(v: number): Built {
  const r = rng(10000 + v);
  const fy = 2567;
  const ls = lines(r, 5);
  const total = sum(ls);
  const remarks = ["ใช้ 3 วัน", "อบรม 2 รุ่น รุ่นละ 1 วัน", "ครู 45 คน นักเรียน 15 คน", "ตามระเบียบฯ พ.ศ. 2549", "ถัวจ่ายทุกรายการ", "ราคาปี 2566"];
  const key = newKey("Hand-made ประมาณการค่าใช้จ่าย with a หมายเหตุ column whose remarks hold numbers ('ใช้ 3 วัน', 'อบรม 2 รุ่น รุ่นละ 1 วัน', 'ครู 45 คน นักเรียน 15 คน', 'พ.ศ. 2549'): they are not factors; a unit column; typed amounts. shared/domain/plan-form.md.");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("งบประมาณ");
  let row = fields(ws, `ประมาณการค่าใช้จ่าย ประจำปีงบประมาณ ${fy}`, "พัฒนาครูด้านการวัดผล", fy, Math.ceil(total / 1000) * 1000 + 1000);
  ["ที่", "รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "จำนวนเงิน", "หมายเหตุ"].forEach((h, k) => (ws.getCell(row, 1 + k).value = h));
  row++;
  ls.forEach((l, k) => {
    const factor = l.qty * (l.times ?? 1);
    ws.getCell(row, 1).value = k + 1;
    ws.getCell(row, 2).value = l.times !== null ? `${l.item} (${l.times} ${l.timesUnit})` : l.item;
    ws.getCell(row, 3).value = factor;
    ws.getCell(row, 4).value = l.times !== null ? `${l.timesUnit}` : l.qtyUnit;
    ws.getCell(row, 5).value = l.unit;
    const wrong = k === 3;
    ws.getCell(row, 6).value = wrong ? amountOf(l) - 200 : amountOf(l);
    ws.getCell(row, 7).value = remarks[k % remarks.length];
    if (wrong) key.planted.push({ rule: "line-amount-mismatch", at: `งบประมาณ!F${row}`, note: `stated ${amountOf(l) - 200}, should be ${amountOf(l)}` });
    else key.correct.push({ at: `งบประมาณ!F${row}`, note: `${l.item} = ${amountOf(l)}; the remark '${remarks[k % remarks.length]}' is not a factor` });
    row++;
  });
  ws.getCell(row, 2).value = "รวมเป็นเงินทั้งสิ้น";
  ws.getCell(row, 6).value = total;
  key.correct.push({ at: `งบประมาณ!F${row}`, note: "grand total of the right amounts" });
  return { wb, key, name: `${nameOf(v, 5)}-remarks-with-numbers`, cached: false };
}

/** (6) formulas everywhere; one block's SUM leaves out its last line, the other's is right; cached values. */
function sumRangeMiss(v: number): Built {
  const r = rng(10100 + v);
  const fy = 2568;
  const names = ACTS.slice(1, 3);
  const blocks = names.map(() => lines(r, 3));
  const total = blocks.reduce((s, b) => s + sum(b), 0);
  const key = newKey("Hand-made รายละเอียดการใช้งบประมาณ with every figure a formula (=C*D*E, =SUM(…) per activity, a grand total adding the subtotals), saved with cached values (LibreOffice re-save): one activity's SUM leaves out its last line, next to a right one. shared/domain/plan-form.md.");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("แผนงบ");
  let row = fields(ws, `รายละเอียดการใช้งบประมาณ ปีงบประมาณ ${fy}`, "พัฒนาหลักสูตรสถานศึกษา", fy, Math.ceil(total / 1000) * 1000 + 2000);
  ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "ครั้ง", "จำนวนเงิน"].forEach((h, k) => (ws.getCell(row, 1 + k).value = h));
  row++;
  const subs: string[] = [];
  blocks.forEach((ls, b) => {
    ws.getCell(row, 1).value = `กิจกรรมที่ ${b + 1} ${names[b]}`;
    row++;
    const first = row;
    ls.forEach((l, k) => {
      ws.getCell(row, 1).value = k + 1;
      ws.getCell(row, 2).value = l.item;
      ws.getCell(row, 3).value = l.qty;
      ws.getCell(row, 4).value = l.unit;
      ws.getCell(row, 5).value = l.times ?? 1;
      ws.getCell(row, 6).value = F(`C${row}*D${row}*E${row}`);
      key.correct.push({ at: `แผนงบ!F${row}`, note: `${l.item} = ${amountOf(l)}` });
      row++;
    });
    ws.getCell(row, 2).value = `รวมกิจกรรมที่ ${b + 1}`;
    const last = b === 1 ? row - 2 : row - 1;
    ws.getCell(row, 6).value = F(`SUM(F${first}:F${last})`);
    if (b === 1) key.planted.push({ rule: "sum-range-incomplete", at: `แผนงบ!F${row}`, note: `SUM(F${first}:F${last}) leaves out row ${row - 1}` });
    else key.correct.push({ at: `แผนงบ!F${row}`, note: "SUM over all the block's lines" });
    subs.push(`F${row}`);
    row++;
  });
  ws.getCell(row, 2).value = "รวมทั้งสิ้น";
  ws.getCell(row, 6).value = F(subs.join("+"));
  return { wb, key, name: `${nameOf(v, 6)}-sum-range-miss`, cached: true };
}

/** (7) rows the user hid (a cancelled line, not counted) and a hidden working column. */
function hiddenRows(v: number): Built {
  const r = rng(10200 + v);
  const fy = 2567;
  const ls = lines(r, 5);
  const cancelled = pick(r, LINES)(r);
  const total = sum(ls);
  const key = newKey("Hand-made ประมาณการค่าใช้จ่าย where the user hid a row holding a cancelled line (not in the typed total) and a column of last year's prices (ราคาปีก่อน); typed amounts; hidden rows and columns are not read as the plan (said as a note). shared/domain/plan-form.md.");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("ประมาณการ");
  let row = fields(ws, `ประมาณการค่าใช้จ่าย ปีงบประมาณ ${fy}`, "ส่งเสริมคุณธรรมจริยธรรม", fy, Math.ceil(total / 1000) * 1000 + 1000);
  ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "ราคาปีก่อน", "ครั้ง", "จำนวนเงิน"].forEach((h, k) => (ws.getCell(row, 1 + k).value = h));
  ws.getColumn(5).hidden = true;
  row++;
  ls.forEach((l, k) => {
    if (k === 2) {
      // the cancelled line, hidden: its amount is wrong for its factors and it is not in the total
      ws.getCell(row, 1).value = "-";
      ws.getCell(row, 2).value = `${cancelled.item} (ยกเลิก)`;
      ws.getCell(row, 3).value = cancelled.qty;
      ws.getCell(row, 4).value = cancelled.unit;
      ws.getCell(row, 7).value = amountOf(cancelled) + 700;
      ws.getRow(row).hidden = true;
      key.correct.push({ at: `ประมาณการ!G${row}`, note: "a hidden (cancelled) line: not read, no finding" });
      row++;
    }
    ws.getCell(row, 1).value = k + 1;
    ws.getCell(row, 2).value = l.item;
    ws.getCell(row, 3).value = l.qty;
    ws.getCell(row, 4).value = l.unit;
    ws.getCell(row, 5).value = l.unit - 5; // last year's price, in the hidden column
    if (l.times !== null) ws.getCell(row, 6).value = l.times;
    const wrong = k === 4;
    ws.getCell(row, 7).value = wrong ? amountOf(l) + 1000 : amountOf(l);
    if (wrong) key.planted.push({ rule: "line-amount-mismatch", at: `ประมาณการ!G${row}`, note: `stated ${amountOf(l) + 1000}, should be ${amountOf(l)}` });
    else key.correct.push({ at: `ประมาณการ!G${row}`, note: `${l.item} = ${amountOf(l)}` });
    row++;
  });
  ws.getCell(row, 2).value = "รวม";
  ws.getCell(row, 7).value = total;
  key.correct.push({ at: `ประมาณการ!G${row}`, note: "total of the visible lines' right amounts" });
  return { wb, key, name: `${nameOf(v, 7)}-hidden-rows`, cached: false };
}

/** (8) the activity table (left) and the budget (right) side by side on one sheet, on the same rows. */
function sideBySide(v: number): Built {
  const r = rng(10300 + v);
  const fy = 2568;
  const names = ACTS.slice(0, 3);
  const blocks = names.map(() => lines(r, 2));
  const total = blocks.reduce((s, b) => s + sum(b), 0);
  const key = newKey("Hand-made แบบเสนอโครงการ with two tables side by side on one sheet: activities (ที่ | กิจกรรม | ระยะเวลา | ผู้รับผิดชอบ) in A–D and the budget (รายการ | จำนวน | ราคาต่อหน่วย | ครั้ง | จำนวนเงิน) in F–J on the same rows, activity headings inside the budget; an activity dated after the fiscal year. shared/domain/plan-form.md.");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("โครงการ");
  let row = fields(ws, `แบบเสนอโครงการ ปีงบประมาณ ${fy}`, "พัฒนาแหล่งเรียนรู้ในโรงเรียน", fy, Math.ceil(total / 1000) * 1000 + 1000);
  const head = row;
  ["ที่", "กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ"].forEach((h, k) => (ws.getCell(head, 1 + k).value = h));
  ["รายการ", "จำนวน", "ราคาต่อหน่วย", "ครั้ง", "จำนวนเงิน"].forEach((h, k) => (ws.getCell(head, 6 + k).value = h));
  const months = [`ธันวาคม ${fy - 1}`, `มีนาคม ${fy}`, `ตุลาคม ${fy}`];
  names.forEach((n, k) => {
    ws.getCell(head + 1 + k, 1).value = k + 1;
    ws.getCell(head + 1 + k, 2).value = n;
    ws.getCell(head + 1 + k, 3).value = months[k];
    ws.getCell(head + 1 + k, 4).value = "นายวิทยา ใจดี";
  });
  key.planted.push({ rule: "schedule-outside-period", at: `โครงการ!C${head + 3}`, note: `October ${fy} is after fiscal year ${fy}` });
  key.correct.push({ at: `โครงการ!C${head + 1}`, note: "December, inside the fiscal year" });
  row = head + 1;
  blocks.forEach((ls, b) => {
    ws.getCell(row, 6).value = `กิจกรรมที่ ${b + 1} ${names[b]}`;
    row++;
    ls.forEach((l, k) => {
      ws.getCell(row, 6).value = l.item;
      ws.getCell(row, 7).value = l.qty;
      ws.getCell(row, 8).value = l.unit;
      if (l.times !== null) ws.getCell(row, 9).value = l.times;
      const wrong = b === 2 && k === 1;
      ws.getCell(row, 10).value = wrong ? amountOf(l) + 100 : amountOf(l);
      if (wrong) key.planted.push({ rule: "line-amount-mismatch", at: `โครงการ!J${row}`, note: `stated ${amountOf(l) + 100}, should be ${amountOf(l)}` });
      else key.correct.push({ at: `โครงการ!J${row}`, note: `${l.item} = ${amountOf(l)}` });
      row++;
    });
  });
  ws.getCell(row, 6).value = "รวมทั้งสิ้น";
  ws.getCell(row, 10).value = total;
  key.correct.push({ at: `โครงการ!J${row}`, note: "grand total of the right amounts" });
  return { wb, key, name: `${nameOf(v, 8)}-side-by-side`, cached: false };
}

/** (9) unit costs with satang; amounts rounded to whole baht or to 10 baht; one real mistake. */
function rounded(v: number): Built {
  const r = rng(10400 + v);
  const fy = 2568;
  const key = newKey("Hand-made ประมาณการค่าใช้จ่าย whose unit costs carry satang (12.50, 33.33, 8.75) and whose amounts are rounded as offices do: to whole baht, or to 10 baht; the rounding is not a mistake (a note at most); one amount is really wrong. shared/domain/plan-form.md.");
  const items: { item: string; qty: number; unit: number; times: number | null; stated: number; wrong?: boolean }[] = [];
  const q1 = int(r, 31, 45) | 1; // odd: × 12.50 leaves 50 satang
  items.push({ item: "ค่าถ่ายเอกสารใบงาน", qty: q1, unit: 12.5, times: null, stated: Math.round(q1 * 12.5 + 0.001) });
  const q2 = int(r, 20, 40);
  const exact2 = Math.round(q2 * 33.33 * 100) / 100;
  items.push({ item: "ค่าวัสดุสิ้นเปลือง (ราคาเฉลี่ย)", qty: q2, unit: 33.33, times: null, stated: Math.round(exact2) });
  const q3 = int(r, 41, 79) | 1;
  const exact3 = q3 * 8.75;
  items.push({ item: "ค่าซองเอกสาร", qty: q3, unit: 8.75, times: null, stated: Math.round(exact3 / 10) * 10 });
  const q4 = int(r, 30, 50);
  items.push({ item: "ค่าอาหารว่างและเครื่องดื่ม", qty: q4, unit: 30, times: 2, stated: q4 * 30 * 2 });
  const q5 = int(r, 11, 25) | 1;
  items.push({ item: "ค่าแฟ้มเอกสาร", qty: q5, unit: 12.5, times: null, stated: Math.round(q5 * 12.5) + 100, wrong: true });
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("ประมาณการ");
  const total = items.reduce((s, x) => s + (x.wrong ? x.stated - 100 : x.stated), 0);
  let row = fields(ws, `ประมาณการค่าใช้จ่าย ปีงบประมาณ ${fy}`, "พัฒนาระบบงานสารบรรณ", fy, Math.ceil(total / 1000) * 1000 + 1000);
  ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "ครั้ง", "จำนวนเงิน (บาท)"].forEach((h, k) => (ws.getCell(row, 1 + k).value = h));
  row++;
  items.forEach((x, k) => {
    ws.getCell(row, 1).value = k + 1;
    ws.getCell(row, 2).value = x.item;
    ws.getCell(row, 3).value = x.qty;
    ws.getCell(row, 4).value = x.unit;
    ws.getCell(row, 4).numFmt = "#,##0.00";
    if (x.times !== null) ws.getCell(row, 5).value = x.times;
    ws.getCell(row, 6).value = x.stated;
    const exact = x.qty * x.unit * (x.times ?? 1);
    if (x.wrong) key.planted.push({ rule: "line-amount-mismatch", at: `ประมาณการ!F${row}`, note: `stated ${x.stated}, ${x.qty} × ${x.unit} = ${exact.toFixed(2)}` });
    else key.correct.push({ at: `ประมาณการ!F${row}`, note: `${x.qty} × ${x.unit} = ${exact.toFixed(2)}, written ${x.stated} (rounded)` });
    row++;
  });
  ws.getCell(row, 2).value = "รวมทั้งสิ้น";
  ws.getCell(row, 6).value = total;
  key.correct.push({ at: `ประมาณการ!F${row}`, note: "total of the rounded amounts (the wrong line at its right amount)" });
  return { wb, key, name: `${nameOf(v, 9)}-rounded`, cached: false };
}

/** (10) the budget, and a second sheet that repeats it for printing (values copied, a title, a signature block). */
function printCopy(v: number): Built {
  const r = rng(10500 + v);
  const fy = 2567;
  const names = ACTS.slice(2, 4);
  const blocks = names.map(() => lines(r, 3));
  const total = blocks.reduce((s, b) => s + sum(b), 0);
  const key = newKey("Hand-made budget sheet with activity blocks and a second sheet 'ฉบับพิมพ์' that repeats the same lines for printing (values pasted, a title and a signature block): the copy is not more budget and its lines are not reported twice. shared/domain/plan-form.md.");
  const wb = new ExcelJS.Workbook();
  const write = (ws: ExcelJS.Worksheet, start: number, plant: boolean): number => {
    let row = start;
    ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "ครั้ง", "จำนวนเงิน"].forEach((h, k) => (ws.getCell(row, 1 + k).value = h));
    row++;
    blocks.forEach((ls, b) => {
      ws.getCell(row, 1).value = `${b + 1}. ${names[b]}`;
      row++;
      ls.forEach((l, k) => {
        ws.getCell(row, 1).value = k + 1;
        ws.getCell(row, 2).value = l.item;
        ws.getCell(row, 3).value = l.qty;
        ws.getCell(row, 4).value = l.unit;
        if (l.times !== null) ws.getCell(row, 5).value = l.times;
        const wrong = b === 0 && k === 2;
        ws.getCell(row, 6).value = wrong ? amountOf(l) + 400 : amountOf(l);
        if (plant) {
          if (wrong) key.planted.push({ rule: "line-amount-mismatch", at: `${ws.name}!F${row}`, note: `stated ${amountOf(l) + 400}, should be ${amountOf(l)}` });
          else key.correct.push({ at: `${ws.name}!F${row}`, note: `${l.item} = ${amountOf(l)}` });
        } else key.correct.push({ at: `${ws.name}!F${row}`, note: "the print copy: not read again" });
        row++;
      });
      ws.getCell(row, 2).value = "รวม";
      ws.getCell(row, 6).value = sum(ls);
      row++;
    });
    ws.getCell(row, 2).value = "รวมทั้งสิ้น";
    ws.getCell(row, 6).value = total;
    return row + 1;
  };
  const ws = wb.addWorksheet("งบประมาณ");
  fields(ws, `รายละเอียดงบประมาณ ปีงบประมาณ ${fy}`, "ส่งเสริมการเรียนรู้นอกห้องเรียน", fy, Math.ceil(total / 1000) * 1000 + 1000);
  write(ws, 6, true);
  const pr = wb.addWorksheet("ฉบับพิมพ์");
  pr.getCell(1, 1).value = "รายละเอียดการใช้งบประมาณ";
  pr.getCell(2, 1).value = "โครงการส่งเสริมการเรียนรู้นอกห้องเรียน";
  const end = write(pr, 4, false);
  pr.getCell(end + 2, 4).value = "ลงชื่อ.................................ผู้เสนอโครงการ";
  pr.getCell(end + 3, 4).value = "(นางสาวกานดา มีสุข)";
  return { wb, key, name: `${nameOf(v, 10)}-print-copy`, cached: false };
}

/** (11) items over sub-items numbered under them (1 over 1.1, 1.2): the item's amount is their sum. */
function subItems(v: number): Built {
  const r = rng(10600 + v);
  const fy = 2568;
  const key = newKey("Hand-made ประมาณการค่าใช้จ่าย whose items carry sub-items numbered under them in the ที่ column (1 ค่าอาหาร over 1.1 อาหารกลางวัน, 1.2 อาหารว่าง; numbers typed as 1.1 become numbers in Excel): the item's typed amount is the sum of its sub-items, not one more line; one item's amount is not its sub-items' sum. shared/domain/plan-form.md.");
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("ประมาณการ");
  const groups = [
    { item: "ค่าอาหาร", kids: [LINES[1](r), LINES[0](r)], wrong: false },
    { item: "ค่าวัสดุ", kids: [LINES[3](r), LINES[5](r)], wrong: true },
  ];
  const speaker = LINES[2](r);
  const total = groups.reduce((t, g) => t + sum(g.kids), 0) + amountOf(speaker);
  let row = fields(ws, `ประมาณการค่าใช้จ่าย ปีงบประมาณ ${fy}`, "อบรมครูด้านสื่อการสอน", fy, Math.ceil(total / 1000) * 1000 + 1000);
  ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "ครั้ง", "จำนวนเงิน"].forEach((h, k) => (ws.getCell(row, 1 + k).value = h));
  row++;
  groups.forEach((g, gi) => {
    ws.getCell(row, 1).value = gi + 1;
    ws.getCell(row, 2).value = g.item;
    ws.getCell(row, 6).value = g.wrong ? sum(g.kids) + 500 : sum(g.kids);
    if (g.wrong) key.planted.push({ rule: "subtotal-mismatch", at: `ประมาณการ!F${row}`, note: `stated ${sum(g.kids) + 500}, its sub-items add up to ${sum(g.kids)}` });
    else key.correct.push({ at: `ประมาณการ!F${row}`, note: "the item's amount: the sum of its sub-items" });
    row++;
    g.kids.forEach((l, k) => {
      ws.getCell(row, 1).value = Number(`${gi + 1}.${k + 1}`);
      ws.getCell(row, 2).value = l.item;
      ws.getCell(row, 3).value = l.qty;
      ws.getCell(row, 4).value = l.unit;
      if (l.times !== null) ws.getCell(row, 5).value = l.times;
      ws.getCell(row, 6).value = amountOf(l);
      key.correct.push({ at: `ประมาณการ!F${row}`, note: `${l.item} = ${amountOf(l)} (a sub-item)` });
      row++;
    });
  });
  ws.getCell(row, 1).value = 3;
  ws.getCell(row, 2).value = speaker.item;
  ws.getCell(row, 3).value = speaker.qty;
  ws.getCell(row, 4).value = speaker.unit;
  ws.getCell(row, 6).value = amountOf(speaker);
  key.correct.push({ at: `ประมาณการ!F${row}`, note: `${speaker.item} = ${amountOf(speaker)}` });
  row++;
  ws.getCell(row, 2).value = "รวมทั้งสิ้น";
  ws.getCell(row, 6).value = total;
  key.correct.push({ at: `ประมาณการ!F${row}`, note: "grand total: the sub-items and the speaker (items not counted twice)" });
  key.correct.push({ at: "ประมาณการ!B4", note: "the allocation covers the budget (items not counted twice)" });
  return { wb, key, name: `${nameOf(v, 11)}-sub-items`, cached: false };
}

/** Every class of this file, one variant (0: the committed corpus). */
export function moreClassWorkbooks(variant = 0): Built[] {
  return [unitsInCells, mergedActivityColumn, listObject, englishHeaders, remarksWithNumbers, sumRangeMiss, hiddenRows, sideBySide, rounded, printCopy, subItems].map((f) => f(variant));
}
