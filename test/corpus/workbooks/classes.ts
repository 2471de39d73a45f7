/**
 * Workbooks of the shapes beyond one budget table per file (generate.ts calls these): several tables
 * (one sheet per activity; tables one below another), month-grid spending plans (แผนการใช้จ่ายเงิน by
 * month and by quarter), baht and satang in separate columns, headers over three rows with amounts by
 * expense class, a whole table typed as text with Thai digits and ".-", a หมายเหตุ column of conditions,
 * and a summary sheet that refers to the budget by formulas with no cached values. The figures are drawn
 * from a seed (`variant`), so other variants give fresh files of the same classes; the key is made while
 * building: a planted entry where a figure is wrong by construction, a correct entry for each right one.
 */
import ExcelJS from "exceljs";
import { toThaiDigits } from "../../../src/core/thaiDigits";
import { rng } from "../../../bench/rng";

export interface Key {
  description: string;
  planted: { rule: string; at: string; note: string }[];
  correct: { at: string; note: string }[];
  unusable: boolean;
}
export interface Built {
  wb: ExcelJS.Workbook;
  key: Key;
  name: string;
  cached: boolean;
}

type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rng, a: number, b: number) => a + Math.floor(r() * (b - a + 1));
const colL = (c: number) => {
  let s = "";
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const A = (r: number, c: number) => `${colL(c)}${r}`;
const money = (n: number) => n.toLocaleString("en-US");

const ACTS = ["ประชุมชี้แจงวางแผนการดำเนินงาน", "อบรมเชิงปฏิบัติการพัฒนาครู", "ศึกษาดูงานโรงเรียนต้นแบบ", "จัดกิจกรรมสัปดาห์วิทยาศาสตร์", "ค่ายภาษาอังกฤษ", "สรุปและรายงานผลการดำเนินงาน"];
interface L {
  item: string;
  unit: number;
  qty: number;
  times: number | null;
}
const LINES: ((r: Rng) => L)[] = [
  (r) => ({ item: "ค่าอาหารว่างและเครื่องดื่ม", unit: pick(r, [25, 30, 35]), qty: int(r, 20, 60), times: 2 }),
  (r) => ({ item: "ค่าอาหารกลางวัน", unit: pick(r, [60, 80]), qty: int(r, 20, 60), times: 1 }),
  (r) => ({ item: "ค่าตอบแทนวิทยากร", unit: 600, qty: 1, times: int(r, 3, 6) }),
  (r) => ({ item: "ค่าถ่ายเอกสาร", unit: pick(r, [20, 50]), qty: int(r, 30, 120), times: null }),
  (r) => ({ item: "ค่าเกียรติบัตร", unit: pick(r, [10, 15]), qty: int(r, 40, 150), times: null }),
  (r) => ({ item: "ค่าวัสดุฝึก", unit: pick(r, [150, 250]), qty: int(r, 5, 20), times: null }),
];
const amountOf = (l: L) => l.unit * l.qty * (l.times ?? 1);

function newKey(description: string): Key {
  return { description, planted: [], correct: [], unusable: false };
}

/** Project fields at the top of a sheet: name, fiscal year, allocation (label in A, value in B). */
function fields(ws: ExcelJS.Worksheet, title: string, name: string, fy: number, allocation: number, thai = false): number {
  ws.getCell(1, 1).value = title;
  ws.mergeCells(1, 1, 1, 6);
  ws.getCell(2, 1).value = "ชื่อโครงการ";
  ws.getCell(2, 2).value = name;
  ws.getCell(3, 1).value = "ปีงบประมาณ";
  ws.getCell(3, 2).value = thai ? toThaiDigits(String(fy)) : fy;
  ws.getCell(4, 1).value = "งบประมาณที่ได้รับจัดสรร";
  ws.getCell(4, 2).value = thai ? `${toThaiDigits(money(allocation))}.- บาท` : allocation;
  if (!thai) ws.getCell(4, 3).value = "บาท";
  return 6;
}

function activityTable(ws: ExcelJS.Worksheet, row: number, names: string[], fy: number): number {
  ["ที่", "กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ"].forEach((h, k) => (ws.getCell(row, 1 + k).value = h));
  names.forEach((n, k) => {
    ws.getCell(row + 1 + k, 1).value = k + 1;
    ws.getCell(row + 1 + k, 2).value = n;
    ws.getCell(row + 1 + k, 3).value = `${["พ.ย.", "ม.ค.", "มี.ค.", "มิ.ย."][k % 4]} ${k === 0 ? fy - 1 : fy}`;
    ws.getCell(row + 1 + k, 4).value = "นางวิไล ศรีสุข";
  });
  return row + names.length + 2;
}

/** (a) one sheet per activity: a title "กิจกรรมที่ n …" above each table, its own total row. */
function perActivitySheets(v: number): Built {
  const r = rng(9100 + v);
  const fy = 2567;
  const names = ACTS.slice(v % 3, (v % 3) + 3);
  const tables = names.map(() => Array.from({ length: int(r, 2, 4) }, () => pick(r, LINES)(r)));
  const total = tables.flat().reduce((s, l) => s + amountOf(l), 0);
  const allocation = Math.floor((total * 0.9) / 1000) * 1000; // planted: over the allocation
  const wb = new ExcelJS.Workbook();
  const key = newKey("Hand-made ประมาณการค่าใช้จ่าย with one budget sheet per activity (a title 'กิจกรรมที่ n …' above each table, its own 'รวม' row), project fields and activity table on a first sheet; typed amounts. shared/domain/plan-form.md.");
  const ps = wb.addWorksheet("โครงการ");
  activityTable(ps, fields(ps, "แบบเสนอโครงการ", "พัฒนาคุณภาพการจัดการเรียนรู้", fy, allocation), names, fy);
  key.planted.push({ rule: "over-allocation", at: "โครงการ!B4", note: "the lines add up to more than the allocation" });
  const wrongLine = { t: 1, l: 0 };
  const wrongTotal = 2;
  tables.forEach((lines, t) => {
    const ws = wb.addWorksheet(pick(r, [`กิจกรรมที่ ${t + 1}`, `กิจกรรม${t + 1}`, `act${t + 1}`]));
    ws.getCell(1, 1).value = `กิจกรรมที่ ${t + 1} ${names[t]}`;
    ["ที่", "รายการ", "จำนวน (คน)", "ราคาต่อหน่วย (บาท)", "ครั้ง/มื้อ", "จำนวนเงิน (บาท)"].forEach((h, k) => (ws.getCell(3, 1 + k).value = h));
    let row = 4;
    lines.forEach((l, k) => {
      ws.getCell(row, 1).value = k + 1;
      ws.getCell(row, 2).value = l.item;
      ws.getCell(row, 3).value = l.qty;
      ws.getCell(row, 4).value = l.unit;
      if (l.times !== null) ws.getCell(row, 5).value = l.times;
      const wrong = t === wrongLine.t && k === wrongLine.l;
      ws.getCell(row, 6).value = wrong ? amountOf(l) + 1000 : amountOf(l);
      if (wrong) key.planted.push({ rule: "line-amount-mismatch", at: `${ws.name}!F${row}`, note: `stated ${amountOf(l) + 1000}, should be ${amountOf(l)}` });
      else key.correct.push({ at: `${ws.name}!F${row}`, note: `${l.item} = ${amountOf(l)}` });
      row++;
    });
    const sum = lines.reduce((s, l) => s + amountOf(l), 0);
    ws.getCell(row, 2).value = pick(r, ["รวม", "รวมเป็นเงิน"]);
    if (t === wrongTotal) {
      ws.getCell(row, 6).value = sum + 500;
      key.planted.push({ rule: "subtotal-mismatch", at: `${ws.name}!F${row}`, note: `the sheet's total is ${sum + 500}, its lines add up to ${sum}` });
    } else {
      ws.getCell(row, 6).value = sum;
      // the lines' right amounts add up to it (the wrong line is its own finding)
      key.correct.push({ at: `${ws.name}!F${row}`, note: "the sheet's total" });
    }
  });
  return { wb, key, name: `wbc${v ? `${v}-` : ""}1-per-activity-sheets`, cached: false };
}

/** (a) tables one below another on one sheet, each under its activity's title, then a grand total. */
function stackedTables(v: number): Built {
  const r = rng(9200 + v);
  const fy = 2568;
  const names = ACTS.slice(1 + (v % 2), 3 + (v % 2));
  const tables = names.map(() => Array.from({ length: int(r, 2, 4) }, () => pick(r, LINES)(r)));
  const total = tables.flat().reduce((s, l) => s + amountOf(l), 0);
  const allocation = Math.ceil(total / 5000) * 5000 + 5000;
  const wb = new ExcelJS.Workbook();
  const key = newKey("Hand-made รายละเอียดการใช้งบประมาณ: one sheet, a budget table per activity one below another (title 'n. …' above each header, a 'รวม' row each), a grand total after the last; line amounts as formulas, LibreOffice re-save (cached values); no activity table. shared/domain/plan-form.md.");
  const ws = wb.addWorksheet("งบประมาณ");
  let row = fields(ws, `รายละเอียดการใช้งบประมาณ ประจำปีงบประมาณ ${fy}`, "ส่งเสริมนิสัยรักการอ่าน", fy, allocation);
  key.correct.push({ at: "งบประมาณ!B4", note: "allocation covers the budget" });
  const subCells: string[] = [];
  tables.forEach((lines, t) => {
    ws.getCell(row, 1).value = pick(r, [`${t + 1}. ${names[t]}`, `กิจกรรมที่ ${toThaiDigits(String(t + 1))} ${names[t]}`]);
    row++;
    ["ลำดับ", "รายการ", "ราคา/หน่วย", "จำนวน", "มื้อ/วัน", "รวมเงิน"].forEach((h, k) => (ws.getCell(row, 1 + k).value = h));
    row++;
    const first = row;
    lines.forEach((l, k) => {
      ws.getCell(row, 1).value = k + 1;
      ws.getCell(row, 2).value = l.item;
      ws.getCell(row, 3).value = l.unit;
      ws.getCell(row, 4).value = l.qty;
      if (l.times !== null) ws.getCell(row, 5).value = l.times;
      ws.getCell(row, 6).value = { formula: l.times !== null ? `C${row}*D${row}*E${row}` : `C${row}*D${row}` } as ExcelJS.CellFormulaValue;
      key.correct.push({ at: `งบประมาณ!F${row}`, note: `${l.item} = ${amountOf(l)}` });
      row++;
    });
    ws.getCell(row, 2).value = "รวม";
    ws.getCell(row, 6).value = { formula: `SUM(F${first}:F${row - 1})` } as ExcelJS.CellFormulaValue;
    subCells.push(`F${row}`);
    row += 2;
  });
  ws.getCell(row, 2).value = "รวมทั้งสิ้น";
  ws.getCell(row, 6).value = total - 1000;
  key.planted.push({ rule: "total-mismatch", at: `งบประมาณ!F${row}`, note: `typed ${total - 1000}, the tables add up to ${total}` });
  return { wb, key, name: `wbc${v ? `${v}-` : ""}2-stacked-tables`, cached: true };
}

const MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."];

/** (b) a month grid: items, a total column, ต.ค. … ก.ย. under a merged parent; the row total vs its months. */
function monthGrid(v: number, quarters: boolean): Built {
  const r = rng((quarters ? 9400 : 9300) + v);
  const fy = 2567;
  const names = ACTS.slice(0, 2);
  const items = ["ค่าอาหารว่างและเครื่องดื่ม", "ค่าวัสดุสำนักงาน", "ค่าถ่ายเอกสาร", "ค่าตอบแทนวิทยากร", "ค่าจ้างเหมารถ"];
  const periods = quarters ? ["ไตรมาสที่ 1\n(ต.ค.-ธ.ค.)", "ไตรมาสที่ 2\n(ม.ค.-มี.ค.)", "ไตรมาสที่ 3\n(เม.ย.-มิ.ย.)", "ไตรมาสที่ 4\n(ก.ค.-ก.ย.)"] : MONTHS.map((m, k) => `${m} ${String(k < 3 ? fy - 1 : fy).slice(2)}`);
  const wb = new ExcelJS.Workbook();
  const key = newKey(
    `Hand-made แผนการใช้จ่ายเงิน by ${quarters ? "quarter" : "month"}: ที่ | รายการ | งบประมาณ | a merged 'แผนการใช้จ่ายเงิน' over ${quarters ? "four quarters" : "ต.ค. … ก.ย."}; activity headings, lines with amounts in some ${quarters ? "quarters" : "months"}, the row's total typed. shared/domain/plan-form.md.`,
  );
  const ws = wb.addWorksheet(quarters ? "แผนการใช้จ่าย" : "Sheet1");
  let row = fields(ws, `แผนการใช้จ่ายเงิน ปีงบประมาณ ${fy}`, "ยกระดับผลสัมฤทธิ์ทางการเรียน", fy, 0);
  const hr = row;
  ws.getCell(hr, 1).value = "ที่";
  ws.mergeCells(hr, 1, hr + 1, 1);
  ws.getCell(hr, 2).value = "รายการ";
  ws.mergeCells(hr, 2, hr + 1, 2);
  ws.getCell(hr, 3).value = pick(r, ["งบประมาณ (บาท)", "จำนวนเงิน", "รวม (บาท)"]);
  ws.mergeCells(hr, 3, hr + 1, 3);
  ws.getCell(hr, 4).value = pick(r, ["แผนการใช้จ่ายเงิน", "ระยะเวลาการใช้จ่ายเงิน (บาท)"]);
  ws.mergeCells(hr, 4, hr, 3 + periods.length);
  periods.forEach((p, k) => (ws.getCell(hr + 1, 4 + k).value = p));
  row = hr + 2;
  let total = 0;
  const wrongRow = { a: 1, l: 0 };
  names.forEach((n, a) => {
    ws.getCell(row, 1).value = `กิจกรรมที่ ${a + 1} ${n}`;
    row++;
    const count = int(r, 2, 3);
    for (let k = 0; k < count; k++) {
      ws.getCell(row, 1).value = `${a + 1}.${k + 1}`;
      ws.getCell(row, 2).value = pick(r, items);
      const spread: number[] = new Array(periods.length).fill(0);
      const used = int(r, 1, 3);
      for (let u = 0; u < used; u++) spread[int(r, 0, periods.length - 1)] += pick(r, [1200, 2500, 3000, 4800]);
      spread.forEach((x, m) => {
        if (x) ws.getCell(row, 4 + m).value = x;
      });
      const sum = spread.reduce((s, x) => s + x, 0);
      const wrong = a === wrongRow.a && k === wrongRow.l;
      ws.getCell(row, 3).value = wrong ? sum + 1000 : sum;
      total += wrong ? sum + 1000 : sum;
      if (wrong) key.planted.push({ rule: "line-amount-mismatch", at: `${ws.name}!C${row}`, note: `the row's total is ${sum + 1000}, its ${quarters ? "quarters" : "months"} add up to ${sum}` });
      else key.correct.push({ at: `${ws.name}!C${row}`, note: `the row's total equals its ${quarters ? "quarters" : "months"}` });
      row++;
    }
  });
  ws.getCell(row, 2).value = "รวมทั้งสิ้น";
  ws.getCell(row, 3).value = total;
  key.correct.push({ at: `${ws.name}!C${row}`, note: "grand total right" });
  // the allocation, under the total of the lines as written
  const allocation = Math.floor((total * 0.9) / 1000) * 1000;
  ws.getCell(4, 2).value = allocation;
  key.planted.push({ rule: "over-allocation", at: `${ws.name}!B4`, note: "the lines add up to more than the allocation" });
  return { wb, key, name: `wbc${v ? `${v}-` : ""}${quarters ? "4-quarter-grid" : "3-month-grid"}`, cached: false };
}

/** (c) baht and satang in separate columns, for the unit cost and the amount (a two-row header). */
function bahtSatang(v: number): Built {
  const r = rng(9500 + v);
  const fy = 2566;
  const wb = new ExcelJS.Workbook();
  const key = newKey("Hand-made ประมาณการค่าใช้จ่าย with separate baht and satang columns (ราคาต่อหน่วย: บาท | สต., จำนวนเงิน: บาท | สต.) under merged parents; unit costs with satang (12.50); typed amounts. shared/domain/plan-form.md.");
  const ws = wb.addWorksheet("ประมาณการ");
  let row = fields(ws, "ประมาณการค่าใช้จ่าย", "ส่งเสริมสุขภาพอนามัยนักเรียน", fy, 0);
  const hr = row;
  const top = ["ที่", "รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", null, "จำนวนเงิน", null, "หมายเหตุ"];
  top.forEach((h, k) => h && (ws.getCell(hr, 1 + k).value = h));
  for (const c of [1, 2, 3, 4, 9]) ws.mergeCells(hr, c, hr + 1, c);
  ws.mergeCells(hr, 5, hr, 6);
  ws.mergeCells(hr, 7, hr, 8);
  ws.getCell(hr + 1, 5).value = "บาท";
  ws.getCell(hr + 1, 6).value = "สต.";
  ws.getCell(hr + 1, 7).value = "บาท";
  ws.getCell(hr + 1, 8).value = pick(r, ["สต.", "สตางค์"]);
  row = hr + 2;
  const items: [string, number, string, string][] = [
    ["ค่าน้ำดื่ม", pick(r, [7.5, 12.5]), "ขวด", "ราคารวมภาษีมูลค่าเพิ่ม"],
    ["ค่าผ้าเช็ดหน้า", pick(r, [18.25, 22.75]), "ผืน", ""],
    ["ค่าสบู่", pick(r, [14.5, 16.25]), "ก้อน", "ถัวจ่ายทุกรายการ"],
    ["ค่ายาสีฟัน", pick(r, [35.5, 42.25]), "หลอด", ""],
    ["ค่าแปรงสีฟัน", pick(r, [19.75, 24.5]), "ด้าม", "จัดซื้อในราคาท้องถิ่น"],
  ];
  let total = 0;
  const wrong = 2;
  items.forEach(([item, unit, u, note], k) => {
    const qty = int(r, 20, 90);
    const amt = Math.round(unit * qty * 100); // satang
    const stated = k === wrong ? amt + 10000 : amt;
    ws.getCell(row, 1).value = k + 1;
    ws.getCell(row, 2).value = item;
    ws.getCell(row, 3).value = qty;
    ws.getCell(row, 4).value = u;
    ws.getCell(row, 5).value = Math.floor(unit);
    ws.getCell(row, 6).value = Math.round((unit % 1) * 100) || "-";
    ws.getCell(row, 7).value = Math.floor(stated / 100);
    ws.getCell(row, 8).value = stated % 100 === 0 ? "-" : stated % 100;
    if (note) ws.getCell(row, 9).value = note;
    if (k === wrong) key.planted.push({ rule: "line-amount-mismatch", at: `${ws.name}!G${row}`, note: `stated ${stated / 100}, should be ${amt / 100}` });
    else key.correct.push({ at: `${ws.name}!G${row}`, note: `${item} = ${amt / 100} (satang in H)` });
    total += amt;
    row++;
  });
  ws.getCell(row, 2).value = "รวมเป็นเงินทั้งสิ้น";
  ws.getCell(row, 7).value = Math.floor(total / 100);
  ws.getCell(row, 8).value = total % 100 || "-";
  key.correct.push({ at: `${ws.name}!G${row}`, note: "grand total with its satang" });
  ws.getCell(4, 2).value = Math.ceil(total / 100 / 1000) * 1000;
  key.correct.push({ at: `${ws.name}!B4`, note: "allocation covers the budget" });
  return { wb, key, name: `wbc${v ? `${v}-` : ""}5-baht-satang`, cached: false };
}

/** (d) a header over three rows (งบประมาณ › ค่าตอบแทน/ค่าใช้สอย/ค่าวัสดุ › บาท | สต.) and a หมายเหตุ column of conditions. */
function threeRowClasses(v: number): Built {
  const r = rng(9600 + v);
  const fy = 2567;
  const wb = new ExcelJS.Workbook();
  const key = newKey("Hand-made รายละเอียดการใช้งบประมาณ with a header over three rows: 'งบประมาณ' over ค่าตอบแทน / ค่าใช้สอย / ค่าวัสดุ, each over บาท | สต.; a หมายเหตุ column holding conditions; activity headings and 'รวม' rows. shared/domain/plan-form.md.");
  const ws = wb.addWorksheet("รายละเอียดงบ");
  let row = fields(ws, `รายละเอียดการใช้งบประมาณ ปีงบประมาณ ${fy}`, "นิเทศภายในโรงเรียน", fy, 0);
  const hr = row;
  ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย"].forEach((h, k) => {
    ws.getCell(hr, 1 + k).value = h;
    ws.mergeCells(hr, 1 + k, hr + 2, 1 + k);
  });
  ws.getCell(hr, 5).value = "งบประมาณ";
  ws.mergeCells(hr, 5, hr, 10);
  ["ค่าตอบแทน", "ค่าใช้สอย", "ค่าวัสดุ"].forEach((c, k) => {
    ws.getCell(hr + 1, 5 + 2 * k).value = c;
    ws.mergeCells(hr + 1, 5 + 2 * k, hr + 1, 6 + 2 * k);
    ws.getCell(hr + 2, 5 + 2 * k).value = "บาท";
    ws.getCell(hr + 2, 6 + 2 * k).value = "สต.";
  });
  ws.getCell(hr, 11).value = "หมายเหตุ";
  ws.mergeCells(hr, 11, hr + 2, 11);
  row = hr + 3;
  const acts: { name: string; lines: [string, number, number, number, string][] }[] = [
    { name: ACTS[0], lines: [["ค่าอาหารว่างและเครื่องดื่ม", int(r, 20, 40) * 2, 30, 7, "จัดในสถานที่ราชการ"], ["ค่าถ่ายเอกสาร", int(r, 30, 80), 20, 7, ""]] },
    { name: ACTS[1], lines: [["ค่าตอบแทนวิทยากร", int(r, 3, 6), 600, 5, "วิทยากรภายนอก ชั่วโมงละ 600 บาท"], ["ค่าอาหารกลางวัน", int(r, 20, 40), 80, 7, "ถัวจ่ายทุกรายการ"], ["ค่าวัสดุฝึก", int(r, 5, 15), 150, 9, ""]] },
  ];
  let total = 0;
  acts.forEach((a, i) => {
    ws.getCell(row, 1).value = `กิจกรรมที่ ${i + 1} ${a.name}`;
    row++;
    let sub = 0;
    a.lines.forEach(([item, qty, unit, col, note], k) => {
      const amt = qty * unit;
      const wrong = i === 1 && k === 1;
      const stated = wrong ? amt - 400 : amt;
      ws.getCell(row, 1).value = `${i + 1}.${k + 1}`;
      ws.getCell(row, 2).value = item;
      ws.getCell(row, 3).value = qty;
      ws.getCell(row, 4).value = unit;
      ws.getCell(row, col).value = stated;
      ws.getCell(row, col + 1).value = "-";
      if (note) ws.getCell(row, 11).value = note;
      if (wrong) key.planted.push({ rule: "line-amount-mismatch", at: `${ws.name}!${A(row, col)}`, note: `stated ${stated}, should be ${amt}` });
      else key.correct.push({ at: `${ws.name}!${A(row, col)}`, note: `${item} = ${amt}` });
      sub += amt;
      row++;
    });
    ws.getCell(row, 2).value = "รวม";
    ws.getCell(row, 7).value = sub;
    key.correct.push({ at: `${ws.name}!G${row}`, note: "block subtotal" });
    total += sub;
    row++;
  });
  ws.getCell(row, 2).value = "รวมทั้งสิ้น";
  ws.getCell(row, 7).value = total;
  key.correct.push({ at: `${ws.name}!G${row}`, note: "grand total" });
  ws.getCell(4, 2).value = Math.ceil(total / 1000) * 1000;
  return { wb, key, name: `wbc${v ? `${v}-` : ""}6-three-row-classes`, cached: false };
}

/** (d) a table typed as text, as pasted from a Word document: Thai digits, commas and ".-" in every figure. */
function textFigures(v: number): Built {
  const r = rng(9700 + v);
  const fy = 2567;
  const wb = new ExcelJS.Workbook();
  const key = newKey("Hand-made แบบเสนอโครงการ pasted from Word: every figure typed as text with Thai digits, commas and '.-' (๑,๒๐๐.-); one table, typed total. The figures are read (one note that they are text), not each flagged. shared/domain/plan-form.md.");
  const ws = wb.addWorksheet("แบบเสนอโครงการ");
  const lines = Array.from({ length: 5 }, () => pick(r, LINES)(r));
  const total = lines.reduce((s, l) => s + amountOf(l), 0);
  let row = fields(ws, "แบบเสนอโครงการ", "ส่งเสริมนิสัยรักการอ่าน", fy, 0, true);
  ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "ครั้ง", "จำนวนเงิน"].forEach((h, k) => (ws.getCell(row, 1 + k).value = h));
  row++;
  const th = (n: number) => `${toThaiDigits(money(n))}${pick(r, [".-", "", " บาท"])}`;
  const wrong = 3;
  lines.forEach((l, k) => {
    ws.getCell(row, 1).value = toThaiDigits(String(k + 1));
    ws.getCell(row, 2).value = l.item;
    ws.getCell(row, 3).value = toThaiDigits(String(l.qty));
    ws.getCell(row, 4).value = th(l.unit);
    if (l.times !== null) ws.getCell(row, 5).value = toThaiDigits(String(l.times));
    const stated = k === wrong ? amountOf(l) * 10 : amountOf(l);
    ws.getCell(row, 6).value = th(stated);
    if (k === wrong) key.planted.push({ rule: "line-amount-mismatch", at: `${ws.name}!F${row}`, note: `stated ${stated}, should be ${amountOf(l)}` });
    else key.correct.push({ at: `${ws.name}!F${row}`, note: `${l.item} = ${amountOf(l)}` });
    row++;
  });
  ws.getCell(row, 2).value = "รวมเป็นเงินทั้งสิ้น";
  ws.getCell(row, 6).value = `${toThaiDigits(money(total - 1000))}.-`;
  key.planted.push({ rule: "total-mismatch", at: `${ws.name}!F${row}`, note: `stated ${total - 1000}, the lines add up to ${total}` });
  ws.getCell(4, 2).value = `${toThaiDigits(money(Math.ceil((total + amountOf(lines[wrong]) * 9) / 1000) * 1000 + 1000))}.- บาท`;
  key.correct.push({ at: `${ws.name}!B4`, note: "allocation covers the lines as written" });
  return { wb, key, name: `wbc${v ? `${v}-` : ""}7-text-figures`, cached: false };
}

/** (d) a summary sheet that refers to the budget sheet's subtotals by formulas, saved with no cached values. */
function summaryFormulas(v: number): Built {
  const r = rng(9800 + v);
  const fy = 2568;
  const wb = new ExcelJS.Workbook();
  const key = newKey("Hand-made budget sheet with activity blocks and typed figures, plus a summary sheet (สรุปงบประมาณ) whose figures are formulas referring to the budget sheet, saved with no cached values; the summary is not read as more budget. shared/domain/plan-form.md.");
  const ps = wb.addWorksheet("สรุปงบประมาณ");
  const ws = wb.addWorksheet("งบประมาณ");
  const names = ACTS.slice(2, 5);
  let row = fields(ws, `ประมาณการค่าใช้จ่าย ปีงบประมาณ ${fy}`, "เศรษฐกิจพอเพียงในสถานศึกษา", fy, 0);
  ["ที่", "รายการ", "ราคาต่อหน่วย", "จำนวน", "จำนวนครั้ง", "จำนวนเงิน"].forEach((h, k) => (ws.getCell(row, 1 + k).value = h));
  row++;
  const subs: { name: string; cell: string }[] = [];
  let total = 0;
  names.forEach((n, a) => {
    ws.getCell(row, 1).value = `${a + 1}. ${n}`;
    row++;
    const lines = Array.from({ length: int(r, 2, 3) }, () => pick(r, LINES)(r));
    let sub = 0;
    lines.forEach((l, k) => {
      const wrong = a === 0 && k === 0;
      ws.getCell(row, 2).value = l.item;
      ws.getCell(row, 3).value = l.unit;
      ws.getCell(row, 4).value = l.qty;
      if (l.times !== null) ws.getCell(row, 5).value = l.times;
      const stated = wrong ? amountOf(l) + 2000 : amountOf(l);
      ws.getCell(row, 6).value = stated;
      if (wrong) key.planted.push({ rule: "line-amount-mismatch", at: `งบประมาณ!F${row}`, note: `stated ${stated}, should be ${amountOf(l)}` });
      else key.correct.push({ at: `งบประมาณ!F${row}`, note: `${l.item} = ${amountOf(l)}` });
      sub += amountOf(l);
      row++;
    });
    ws.getCell(row, 2).value = `รวมกิจกรรมที่ ${a + 1}`;
    ws.getCell(row, 6).value = sub;
    key.correct.push({ at: `งบประมาณ!F${row}`, note: "block subtotal (of the lines' right amounts)" });
    subs.push({ name: n, cell: `F${row}` });
    total += sub;
    row++;
  });
  ws.getCell(row, 2).value = "รวมทั้งสิ้น";
  ws.getCell(row, 6).value = total;
  key.correct.push({ at: `งบประมาณ!F${row}`, note: "grand total" });
  ws.getCell(4, 2).value = Math.ceil(total / 1000) * 1000 + 1000;
  ps.getCell(1, 1).value = "สรุปงบประมาณตามกิจกรรม";
  ps.getCell(3, 1).value = "ที่";
  ps.getCell(3, 2).value = "รายการ";
  ps.getCell(3, 3).value = "งบประมาณ (บาท)";
  subs.forEach((x, k) => {
    ps.getCell(4 + k, 1).value = k + 1;
    ps.getCell(4 + k, 2).value = x.name;
    ps.getCell(4 + k, 3).value = { formula: `'งบประมาณ'!${x.cell}` } as ExcelJS.CellFormulaValue;
  });
  ps.getCell(4 + subs.length, 2).value = "รวม";
  ps.getCell(4 + subs.length, 3).value = { formula: `SUM(C4:C${3 + subs.length})` } as ExcelJS.CellFormulaValue;
  return { wb, key, name: `wbc${v ? `${v}-` : ""}8-summary-formulas`, cached: false };
}

/** Every class file of one variant (0: the committed corpus; others: held-out files of the same classes). */
export function classWorkbooks(variant = 0): Built[] {
  return [perActivitySheets(variant), stackedTables(variant), monthGrid(variant, false), monthGrid(variant, true), bahtSatang(variant), threeRowClasses(variant), textFigures(variant), summaryFormulas(variant)];
}
