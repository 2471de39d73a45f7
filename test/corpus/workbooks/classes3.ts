/**
 * Workbook classes from the third blind tester's report (a สพม. plan officer's files): a workbook holding
 * several projects, a sheet each with its own name, allocation and budget table (typed totals, the same
 * items in two projects, label/value fields or one shared cell, Thai digits, SUM totals re-saved by
 * LibreOffice). Figures are drawn from a seed (`variant`); the key is made while building.
 */
import ExcelJS from "exceljs";
import { toThaiDigits } from "../../../src/core/thaiDigits";
import { rng } from "../../../bench/rng";
import type { Built, Key } from "./classes";

type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const int = (r: Rng, a: number, b: number) => a + Math.floor(r() * (b - a + 1));
const newKey = (description: string): Key => ({ description, planted: [], correct: [], unusable: false });
const nameOf = (v: number, n: number) => `wbe${v ? `${v}-` : ""}${n}`;

interface Item {
  item: string;
  qty: number;
  unit: string;
  price: number;
}
const ITEMS: ((r: Rng) => Item)[] = [
  (r) => ({ item: "ค่าวัสดุซ่อมแซมประตูหน้าต่าง", qty: 1, unit: "ชุด", price: pick(r, [3500, 4500]) }),
  (r) => ({ item: "ค่าสีทาอาคาร", qty: int(r, 4, 8), unit: "ถัง", price: pick(r, [1250, 1400]) }),
  (r) => ({ item: "ค่าป้ายไวนิลประชาสัมพันธ์", qty: int(r, 2, 6), unit: "ป้าย", price: pick(r, [450, 600]) }),
  (r) => ({ item: "ค่าถังดับเพลิงพร้อมติดตั้ง", qty: int(r, 2, 5), unit: "ถัง", price: 1500 }),
  (r) => ({ item: "ค่าวัสดุปฐมพยาบาล", qty: 1, unit: "ชุด", price: pick(r, [1200, 1800]) }),
  (r) => ({ item: "ค่ากระดาษ A4", qty: int(r, 10, 30), unit: "รีม", price: pick(r, [120, 135]) }),
  (r) => ({ item: "ค่าหมึกพิมพ์", qty: int(r, 2, 6), unit: "กล่อง", price: pick(r, [650, 890]) }),
  (r) => ({ item: "ค่าจ้างเหมาทำวีดิทัศน์แนะนำโรงเรียน", qty: 1, unit: "งาน", price: pick(r, [3000, 5000]) }),
];
const amount = (i: Item) => i.qty * i.price;
const NAMES = ["ซ่อมบำรุงอาคารสถานที่", "โรงเรียนปลอดภัย", "ประชาสัมพันธ์โรงเรียน", "พัฒนาระบบสารสนเทศ", "ส่งเสริมสุขภาพนักเรียน"];
const OWNERS = ["นายสมศักดิ์ ช่างดี", "นางสาวรัตนา แสงทอง", "นางกาญจนา ใจงาม", "นายประเสริฐ ทองคำ"];
const MONTHS = ["ธ.ค. 2568", "ก.พ. 2569", "พ.ค. 2569", "ก.ค. 2569"];

/**
 * (1) a sheet per project: title "โครงการ…" merged over the table, owner, period and allocation in one
 * cell, a typed table and a typed total; project 1 exactly on its allocation, one line written wrong in
 * project 2, project 3 over its own allocation. Read as one plan, the lines of all three would be set
 * against project 1's allocation.
 */
function sheetPerProject(v: number, thai = false): Built {
  const r = rng(13100 + v + (thai ? 50 : 0));
  const d = (n: number) => (thai ? toThaiDigits(n.toLocaleString("en-US")) : n.toLocaleString("en-US"));
  const key = newKey(
    "A group's file of projects, one sheet per project (โครงการ1, โครงการ2, …), each with its own name, owner/period/allocation in one cell and a typed budget table with a typed total; each must be checked on its own (third blind tester, f03).",
  );
  const wb = new ExcelJS.Workbook();
  const n = 3;
  for (let p = 0; p < n; p++) {
    const sheet = `โครงการ${p + 1}`;
    const ws = wb.addWorksheet(sheet);
    const items = [pick(r, ITEMS)(r), pick(r, ITEMS)(r), ...(p === 1 ? [pick(r, ITEMS)(r)] : [])];
    const wrong = p === 1 ? 0 : -1;
    const total = items.reduce((s, i, k) => s + (k === wrong ? amount(i) + 200 : amount(i)), 0);
    const right = items.reduce((s, i) => s + amount(i), 0);
    const allocation = p === 2 ? right - 500 : p === 0 ? right : right + 1000;
    ws.getCell("A1").value = `โครงการ${NAMES[(p + v) % NAMES.length]}`;
    ws.mergeCells("A1:E1");
    ws.getCell("A2").value = `ผู้รับผิดชอบ ${OWNERS[p]}   ระยะเวลา ${MONTHS[p]}   งบประมาณ ${d(allocation)} บาท`;
    ws.getCell("A3").value = "กลุ่มบริหารงานทั่วไป  แผนปฏิบัติการประจำปีงบประมาณ 2569";
    ["รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "จำนวนเงิน"].forEach((h, k) => (ws.getCell(5, 1 + k).value = h));
    let row = 6;
    items.forEach((i, k) => {
      ws.getCell(row, 1).value = i.item;
      ws.getCell(row, 2).value = i.qty;
      ws.getCell(row, 3).value = i.unit;
      ws.getCell(row, 4).value = i.price;
      ws.getCell(row, 5).value = k === wrong ? amount(i) + 200 : amount(i);
      if (k === wrong) key.planted.push({ rule: "line-amount-mismatch", at: `${sheet}!E${row}`, note: `${i.qty} × ${i.price} written ${amount(i) + 200}` });
      else key.correct.push({ at: `${sheet}!E${row}`, note: `${i.item} = ${amount(i)}` });
      row++;
    });
    ws.getCell(row, 1).value = "รวมทั้งสิ้น";
    ws.getCell(row, 5).value = total;
    key.correct.push({ at: `${sheet}!E${row}`, note: "a typed total in an all-typed table: the normal style, no warning" });
    if (p === 2) key.planted.push({ rule: "over-allocation", at: `${sheet}!A2`, note: `project ${p + 1}'s lines ${right} over its own allocation ${allocation}` });
    else key.correct.push({ at: `${sheet}!A2`, note: `project ${p + 1} within its own allocation (never set against another project's lines)` });
  }
  return { wb, key, name: thai ? `${nameOf(v, 3)}-sheet-per-project-thai-digits` : `${nameOf(v, 1)}-sheet-per-project`, cached: false };
}

/**
 * (2) two projects with the same items (a repeat of last year's repair plan for two buildings): label and
 * value in their own cells ("ชื่อโครงการ" | name, "งบประมาณที่ได้รับจัดสรร" | figure), SUM totals with
 * cached values (LibreOffice re-save). The second project is not a repeat of the first: its wrong line
 * must be found.
 */
function sameItemsTwoProjects(v: number): Built {
  const r = rng(13200 + v);
  const key = newKey(
    "Two projects on two sheets with the same items and figures (the second one building's copy of the first), fields as label and value cells, SUM totals with cached values (LibreOffice re-save); the second project is not a repeat to drop (third blind tester, p9b).",
  );
  const wb = new ExcelJS.Workbook();
  const items = [pick(r, ITEMS)(r), pick(r, ITEMS)(r), pick(r, ITEMS)(r)];
  const right = items.reduce((s, i) => s + amount(i), 0);
  for (let p = 0; p < 2; p++) {
    const sheet = p === 0 ? "อาคาร 1" : "อาคาร 2";
    const ws = wb.addWorksheet(sheet);
    ws.getCell("A1").value = "ชื่อโครงการ";
    ws.getCell("B1").value = `ปรับปรุงอาคารเรียน ${p + 1}`;
    ws.getCell("A2").value = "ปีงบประมาณ";
    ws.getCell("B2").value = 2569;
    ws.getCell("A3").value = "งบประมาณที่ได้รับจัดสรร";
    ws.getCell("B3").value = right;
    ws.getCell("C3").value = "บาท";
    ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน (บาท)"].forEach((h, k) => (ws.getCell(5, 1 + k).value = h));
    let row = 6;
    items.forEach((i, k) => {
      const wrong = p === 1 && k === 1;
      ws.getCell(row, 1).value = k + 1;
      ws.getCell(row, 2).value = i.item;
      ws.getCell(row, 3).value = i.qty;
      ws.getCell(row, 4).value = i.price;
      ws.getCell(row, 5).value = wrong ? amount(i) - 100 : { formula: `C${row}*D${row}` };
      if (wrong) key.planted.push({ rule: "line-amount-mismatch", at: `${sheet}!E${row}`, note: `${i.qty} × ${i.price} typed ${amount(i) - 100} over the formula column` });
      else key.correct.push({ at: `${sheet}!E${row}`, note: `${i.item} = ${amount(i)}` });
      row++;
    });
    ws.getCell(row, 2).value = "รวม";
    ws.getCell(row, 5).value = { formula: `SUM(E6:E${row - 1})` };
    key.correct.push({ at: `${sheet}!B3`, note: "each building's allocation covers its own lines" });
  }
  return { wb, key, name: `${nameOf(v, 2)}-same-items-two-projects`, cached: true };
}

/**
 * (3) activity times written as the school writes them: a semester ("ภาคเรียนที่ 2/2568", "ภาคเรียนที่ ๑/๒๕๖๙"
 * in Thai digits, "ภาคเรียนที่ 1 ปีการศึกษา 2569"), the whole year ("ตลอดปีงบประมาณ", "ตลอดปี",
 * "ตลอดปีงบประมาณ 2569") beside ordinary months; in an activity table (`headings` false) or on the
 * budget table's heading rows (`headings` true). One activity is planted outside the fiscal year
 * (a semester of the next year, or ต.ค. of the next year).
 */
function semestersAndWholeYear(v: number, headings: boolean): Built {
  const r = rng(13300 + v + (headings ? 7 : 0));
  const fy = 2569;
  const times = [
    pick(r, ["ตลอดปีงบประมาณ", "ตลอดปี", `ตลอดปีงบประมาณ ${fy}`]),
    pick(r, [`ภาคเรียนที่ 2/${fy - 1}`, `ภาคเรียนที่ ๒/${toThaiDigits(String(fy - 1))}`]),
    pick(r, [`ภาคเรียนที่ 1/${fy}`, `ภาคเรียนที่ ๑/${toThaiDigits(String(fy))}`, `ภาคเรียนที่ 1 ปีการศึกษา ${fy}`]),
    pick(r, ["ธ.ค. 2568", "มกราคม 2569 – กุมภาพันธ์ 2569"]),
  ];
  const outside = pick(r, [`ภาคเรียนที่ 1/${fy + 1}`, "ต.ค. 69"]);
  const acts = ["กิจกรรมรักการอ่าน", "สอนซ่อมเสริม", "คัดกรองนักเรียน", "ประชุมผู้ปกครอง", "ทัศนศึกษาแหล่งเรียนรู้"];
  const key = newKey(
    `Activity times as schools write them: semesters ('ภาคเรียนที่ 2/2568', Thai digits, 'ภาคเรียนที่ 1 ปีการศึกษา 2569'), the whole year ('ตลอดปีงบประมาณ', 'ตลอดปี') beside months, ${headings ? "on the budget table's activity heading rows" : "in an activity table"}; one activity really outside the fiscal year (third blind tester, f08/f09).`,
  );
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("แผนงาน");
  ws.getCell("A1").value = `โครงการยกระดับผลสัมฤทธิ์ทางการเรียน ปีงบประมาณ ${fy}`;
  ws.getCell("A2").value = "งบประมาณที่ได้รับจัดสรร";
  const blocks = acts.map(() => [pick(r, ITEMS)(r)]);
  const total = blocks.flat().reduce((t, i) => t + amount(i), 0);
  ws.getCell("C2").value = total;
  ws.getCell("D2").value = "บาท";
  let row = 4;
  const allTimes = [...times, outside];
  if (!headings) {
    ["ที่", "กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ"].forEach((h, k) => (ws.getCell(row, 1 + k).value = h));
    row++;
    acts.forEach((a, k) => {
      ws.getCell(row, 1).value = k + 1;
      ws.getCell(row, 2).value = a;
      ws.getCell(row, 3).value = allTimes[k];
      ws.getCell(row, 4).value = OWNERS[k % OWNERS.length];
      if (k === acts.length - 1) key.planted.push({ rule: "schedule-outside-period", at: `แผนงาน!C${row}`, note: `"${allTimes[k]}" is outside fiscal year ${fy}` });
      else key.correct.push({ at: `แผนงาน!C${row}`, note: `"${allTimes[k]}" is inside fiscal year ${fy} (a semester or the whole year, never a month number)` });
      row++;
    });
    row++;
    ["กิจกรรมที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"].forEach((h, k) => (ws.getCell(row, 1 + k).value = h));
    row++;
    blocks.forEach((b, k) =>
      b.forEach((i) => {
        ws.getCell(row, 1).value = k + 1;
        ws.getCell(row, 2).value = i.item;
        ws.getCell(row, 3).value = i.qty;
        ws.getCell(row, 4).value = i.price;
        ws.getCell(row, 5).value = amount(i);
        key.correct.push({ at: `แผนงาน!E${row}`, note: `${i.item} = ${amount(i)}` });
        row++;
      }),
    );
  } else {
    ["ที่", "รายการ", "ระยะเวลา", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"].forEach((h, k) => (ws.getCell(row, 1 + k).value = h));
    row++;
    blocks.forEach((b, k) => {
      ws.getCell(row, 1).value = `กิจกรรมที่ ${k + 1} ${acts[k]}`;
      ws.getCell(row, 3).value = allTimes[k];
      if (k === acts.length - 1) key.planted.push({ rule: "schedule-outside-period", at: `แผนงาน!C${row}`, note: `"${allTimes[k]}" is outside fiscal year ${fy}` });
      else key.correct.push({ at: `แผนงาน!C${row}`, note: `"${allTimes[k]}" is inside fiscal year ${fy}` });
      row++;
      b.forEach((i, n) => {
        ws.getCell(row, 1).value = n + 1;
        ws.getCell(row, 2).value = i.item;
        ws.getCell(row, 4).value = i.qty;
        ws.getCell(row, 5).value = i.price;
        ws.getCell(row, 6).value = amount(i);
        key.correct.push({ at: `แผนงาน!F${row}`, note: `${i.item} = ${amount(i)}` });
        row++;
      });
    });
  }
  ws.getCell(row, 2).value = "รวมทั้งสิ้น";
  ws.getCell(row, headings ? 6 : 5).value = total;
  return { wb, key, name: `${nameOf(v, headings ? 5 : 4)}-semesters-whole-year${headings ? "-headings" : ""}`, cached: false };
}

/** Every class of this file, one variant (0: the committed corpus). */
export function blindThreeClassWorkbooks(variant = 0): Built[] {
  return [sheetPerProject(variant), sameItemsTwoProjects(variant), sheetPerProject(variant, true), semestersAndWholeYear(variant, false), semestersAndWholeYear(variant, true)];
}
