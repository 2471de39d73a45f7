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

/**
 * (4) formula totals that count wrong: blocks per activity with =SUM subtotals and formula lines, a grand
 * total that adds the subtotals and one line again (=F12+F17+F16, the line already in F17), or a SUM
 * plus its last line (=SUM(F6:F9)+F9) on a one-block sheet; cached values (LibreOffice re-save). A right
 * grand total of the subtotals in the other variant's file must stay quiet.
 */
function totalFormulaCountsTwice(v: number, oneBlock: boolean): Built {
  const r = rng(13400 + v + (oneBlock ? 3 : 0));
  const key = newKey(
    oneBlock
      ? "One budget table of formula lines whose grand total is =SUM(range)+its last line again (the line counted twice), cached values (LibreOffice re-save) (third blind tester, probe p2)."
      : "Blocks per activity with =SUM subtotals, formula lines, and a grand total that adds the subtotals and one line again (already in its block's subtotal), cached values (LibreOffice re-save) (third blind tester, f01).",
  );
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("รายละเอียดงบประมาณ");
  const blocks = oneBlock ? [[0, 1, 2, 3].map(() => pick(r, ITEMS)(r))] : [0, 1].map(() => [pick(r, ITEMS)(r), pick(r, ITEMS)(r), pick(r, ITEMS)(r)]);
  const total = blocks.flat().reduce((t, i) => t + amount(i), 0);
  ws.getCell("A1").value = "โครงการพัฒนาอาคารสถานที่และสภาพแวดล้อม ปีงบประมาณ 2569";
  ws.getCell("A2").value = "งบประมาณที่ได้รับจัดสรร";
  ws.getCell("C2").value = total;
  ws.getCell("D2").value = "บาท";
  ["ที่", "รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "จำนวนเงิน"].forEach((h, k) => (ws.getCell(4, 1 + k).value = h));
  let row = 5;
  const subs: number[] = [];
  const lastLines: number[] = [];
  blocks.forEach((b, k) => {
    if (!oneBlock) ws.getCell(row++, 2).value = `กิจกรรมที่ ${k + 1} ${["ปรับปรุงห้องเรียน", "ปรับภูมิทัศน์"][k]}`;
    const first = row;
    b.forEach((i, n) => {
      ws.getCell(row, 1).value = n + 1;
      ws.getCell(row, 2).value = i.item;
      ws.getCell(row, 3).value = i.qty;
      ws.getCell(row, 4).value = i.unit;
      ws.getCell(row, 5).value = i.price;
      ws.getCell(row, 6).value = { formula: `C${row}*E${row}` };
      key.correct.push({ at: `รายละเอียดงบประมาณ!F${row}`, note: `${i.item} = ${amount(i)}` });
      row++;
    });
    lastLines.push(row - 1);
    if (!oneBlock) {
      ws.getCell(row, 2).value = `รวมกิจกรรมที่ ${k + 1}`;
      ws.getCell(row, 6).value = { formula: `SUM(F${first}:F${row - 1})` };
      key.correct.push({ at: `รายละเอียดงบประมาณ!F${row}`, note: "a block SUM over all its lines" });
      subs.push(row++);
    }
  });
  ws.getCell(row, 2).value = "รวมทั้งสิ้น";
  const again = lastLines[lastLines.length - 1];
  ws.getCell(row, 6).value = { formula: oneBlock ? `SUM(F5:F${again})+F${again}` : `${subs.map((x) => `F${x}`).join("+")}+F${again}` };
  key.planted.push({ rule: "sum-range-incomplete", at: `รายละเอียดงบประมาณ!F${row}`, note: `the grand total counts row ${again} twice` });
  key.correct.push({ at: "รายละเอียดงบประมาณ!C2", note: "the lines (each once) are exactly the allocation" });
  return { wb, key, name: `${nameOf(v, oneBlock ? 7 : 6)}-total-formula-counts-twice${oneBlock ? "-sum-plus-line" : ""}`, cached: true };
}

/**
 * (5) a summary sheet whose activity budgets are formulas into the activity sheets (='กิจกรรม1'!F9): one
 * points at the activity's first line instead of its total; the others at their totals (right). Cached
 * values (LibreOffice re-save).
 */
function summaryCrossSheetBudgets(v: number): Built {
  const r = rng(13500 + v);
  const key = newKey(
    "A summary sheet (สรุปงบประมาณ) with the activity table, whose budget column refers to each activity sheet's total; one refers to the first line instead; activity sheets with formula lines and a SUM total; cached values (LibreOffice re-save) (third blind tester, f04).",
  );
  const wb = new ExcelJS.Workbook();
  const sum = wb.addWorksheet("สรุปงบประมาณ");
  const names = ["ประชุมชี้แจงคณะทำงาน", "จัดทำสื่อการเรียนรู้", "เผยแพร่ผลงาน"];
  const blocks = names.map(() => [pick(r, ITEMS)(r), pick(r, ITEMS)(r)]);
  const total = blocks.flat().reduce((t, i) => t + amount(i), 0);
  const wrong = int(r, 0, 2);
  sum.getCell("A1").value = "โครงการพัฒนาสื่อการเรียนรู้ ปีงบประมาณ 2569";
  sum.getCell("A2").value = "งบประมาณที่ได้รับจัดสรร";
  sum.getCell("B2").value = total;
  sum.getCell("C2").value = "บาท";
  ["ที่", "กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ", "งบประมาณ"].forEach((h, k) => (sum.getCell(4, 1 + k).value = h));
  names.forEach((n, k) => {
    const ws = wb.addWorksheet(`กิจกรรม${k + 1}`);
    ws.getCell("A1").value = `กิจกรรมที่ ${k + 1} ${n}`;
    ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"].forEach((h, c) => (ws.getCell(3, 1 + c).value = h));
    blocks[k].forEach((i, m) => {
      ws.getCell(4 + m, 1).value = m + 1;
      ws.getCell(4 + m, 2).value = i.item;
      ws.getCell(4 + m, 3).value = i.qty;
      ws.getCell(4 + m, 4).value = i.price;
      ws.getCell(4 + m, 5).value = { formula: `C${4 + m}*D${4 + m}` };
    });
    const tr = 4 + blocks[k].length;
    ws.getCell(tr, 2).value = "รวม";
    ws.getCell(tr, 5).value = { formula: `SUM(E4:E${tr - 1})` };
    sum.getCell(5 + k, 1).value = k + 1;
    sum.getCell(5 + k, 2).value = n;
    sum.getCell(5 + k, 3).value = ["ต.ค. 2568", "ม.ค. 2569", "มิ.ย. 2569"][k];
    sum.getCell(5 + k, 4).value = OWNERS[k];
    sum.getCell(5 + k, 5).value = { formula: `'กิจกรรม${k + 1}'!E${k === wrong ? 4 : tr}` };
    if (k === wrong) key.planted.push({ rule: "subtotal-mismatch", at: `สรุปงบประมาณ!E${5 + k}`, note: `refers to the first line of activity ${k + 1} instead of its total` });
    else key.correct.push({ at: `สรุปงบประมาณ!E${5 + k}`, note: `refers to activity ${k + 1}'s total` });
  });
  sum.getCell(8, 2).value = "รวม";
  sum.getCell(8, 5).value = { formula: "SUM(E5:E7)" };
  return { wb, key, name: `${nameOf(v, 8)}-summary-cross-sheet-budgets`, cached: true };
}

/**
 * (6) the item column headed "รายการ" with a qualifier ("รายการวัสดุ", "รายการจัดซื้อ", "รายละเอียดรายการ",
 * "ชื่อรายการ", "รายการครุภัณฑ์"), unit costs with satang, and under the total a balance row ("คงเหลือ" as
 * =allocation−total, "ยอดคงเหลือ" typed, "งบประมาณคงเหลือ") that is no budget line; one line's digits
 * swapped. `k` picks the header word and the balance row's form.
 */
function itemHeaderAndBalance(v: number, k: number): Built {
  const r = rng(13600 + v + k * 11);
  const header = ["รายการวัสดุ", "รายการจัดซื้อ", "รายละเอียดรายการ", "ชื่อรายการ", "รายการครุภัณฑ์"][(v + k) % 5];
  const balance = [
    { label: "คงเหลือ", formula: true },
    { label: "ยอดคงเหลือ", formula: false },
    { label: "งบประมาณคงเหลือ", formula: true },
  ][k % 3];
  const key = newKey(
    `A materials list headed '${header}' (รายการ with a qualifier), unit costs with satang, a total '${k % 2 ? "รวมทั้งสิ้น" : "รวมเป็นเงิน"}' and a balance row '${balance.label}' (${balance.formula ? "a formula allocation − total" : "typed"}) under it that is no budget line; one amount's digits swapped (third blind tester, f07, probes p1, p10, p12).`,
  );
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("รายละเอียดงบ");
  const items = [
    { item: "กระดาษถ่ายเอกสาร A4", qty: int(r, 10, 40), unit: "รีม", price: pick(r, [118.5, 121.75]) },
    { item: "สมุดปกอ่อน", qty: int(r, 20, 60), unit: "เล่ม", price: pick(r, [189.5, 23.25]) },
    { item: "ปากกาเคมี", qty: int(r, 10, 30), unit: "ด้าม", price: pick(r, [18.5, 22]) },
    { item: "กาวลาเท็กซ์", qty: int(r, 5, 12), unit: "ขวด", price: pick(r, [45.25, 59]) },
  ];
  const amt = (i: (typeof items)[number]) => Math.round(i.qty * i.price * 100) / 100;
  const total = Math.round(items.reduce((t, i) => t + amt(i), 0) * 100) / 100;
  const allocation = Math.ceil(total / 100) * 100 + 100;
  ws.getCell("A1").value = "โครงการจัดหาวัสดุการเรียนการสอน ปีงบประมาณ 2569";
  ws.getCell("A3").value = "งบประมาณที่ได้รับจัดสรร";
  ws.getCell("B3").value = allocation;
  ws.getCell("C3").value = "บาท";
  ["ที่", header, "จำนวน", "หน่วย", "ราคาต่อหน่วย (บาท)", "จำนวนเงิน (บาท)"].forEach((h, c) => (ws.getCell(6, 1 + c).value = h));
  const wrong = int(r, 0, items.length - 1);
  let row = 7;
  items.forEach((i, n) => {
    ws.getCell(row, 1).value = n + 1;
    ws.getCell(row, 2).value = i.item;
    ws.getCell(row, 3).value = i.qty;
    ws.getCell(row, 4).value = i.unit;
    ws.getCell(row, 5).value = i.price;
    const shown = n === wrong ? amt(i) + 45 : amt(i);
    ws.getCell(row, 6).value = shown;
    if (n === wrong) key.planted.push({ rule: "line-amount-mismatch", at: `รายละเอียดงบ!F${row}`, note: `${i.qty} × ${i.price} written ${shown}` });
    else key.correct.push({ at: `รายละเอียดงบ!F${row}`, note: `${i.item} = ${amt(i)}` });
    row++;
  });
  const tr = row;
  ws.getCell(tr, 2).value = k % 2 ? "รวมทั้งสิ้น" : "รวมเป็นเงิน";
  ws.getCell(tr, 6).value = { formula: `SUM(F7:F${tr - 1})` };
  ws.getCell(tr + 1, 2).value = balance.label;
  ws.getCell(tr + 1, 6).value = balance.formula ? { formula: `B3-F${tr}` } : Math.round((allocation - total - 45) * 100) / 100;
  key.correct.push({ at: `รายละเอียดงบ!F${tr + 1}`, note: "the balance row: no budget line, no formula mistake" });
  key.correct.push({ at: "รายละเอียดงบ!B3", note: "the lines stay within the allocation (the balance is not spent)" });
  return { wb, key, name: `${nameOf(v, 9 + k)}-item-header-qualified-balance-row`, cached: true };
}

/**
 * (7) amounts split by expense class under a two-row header (งบประมาณ (บาท) over ค่าตอบแทน | ค่าใช้สอย |
 * ค่าวัสดุ) and a typed total row with a figure per class; one class's total is wrong: the finding must
 * name that class cell, never a grand sum shown nowhere. `k` picks the wrong class.
 */
function classTotalWrong(v: number, k: number): Built {
  const r = rng(13700 + v + k * 5);
  const classes = ["ค่าตอบแทน", "ค่าใช้สอย", "ค่าวัสดุ"];
  const rows = [
    { item: "ค่าตอบแทนวิทยากร", qty: int(r, 3, 6), unit: "ชั่วโมง", price: 600, cls: 0 },
    { item: "ค่าอาหารว่างและเครื่องดื่ม", qty: int(r, 40, 100), unit: "คน", price: 35, cls: 1 },
    { item: "ค่าถ่ายเอกสาร", qty: int(r, 20, 60), unit: "ชุด", price: 40, cls: 1 },
    { item: "ค่ากระดาษ A4", qty: int(r, 5, 15), unit: "รีม", price: 120, cls: 2 },
    { item: "ค่าแฟ้มเอกสาร", qty: int(r, 20, 50), unit: "แฟ้ม", price: 25, cls: 2 },
  ];
  const wrongCls = k % 3;
  const key = newKey(
    `Amounts split by expense class under a two-row header, a typed total row with a figure per class; the ${classes[wrongCls]} total is typed wrong (third blind tester, f05, probe p8).`,
  );
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("ประมาณการ");
  const sums = [0, 1, 2].map((c) => rows.filter((x) => x.cls === c).reduce((t, x) => t + x.qty * x.price, 0));
  ws.getCell("A1").value = "โครงการอบรมเชิงปฏิบัติการพัฒนาการวัดผล ปีงบประมาณ 2569";
  ws.getCell("A3").value = "งบประมาณที่ได้รับจัดสรร";
  ws.getCell("C3").value = sums.reduce((a, b) => a + b, 0);
  ["ที่", "รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย"].forEach((h, c) => {
    ws.getCell(5, 1 + c).value = h;
    ws.getCell(6, 1 + c).value = h;
  });
  classes.forEach((c, i) => {
    ws.getCell(5, 6 + i).value = "งบประมาณ (บาท)";
    ws.getCell(6, 6 + i).value = c;
  });
  let row = 7;
  rows.forEach((x, n) => {
    ws.getCell(row, 1).value = n + 1;
    ws.getCell(row, 2).value = x.item;
    ws.getCell(row, 3).value = x.qty;
    ws.getCell(row, 4).value = x.unit;
    ws.getCell(row, 5).value = x.price;
    ws.getCell(row, 6 + x.cls).value = x.qty * x.price;
    key.correct.push({ at: `ประมาณการ!${"FGH"[x.cls]}${row}`, note: `${x.item} = ${x.qty * x.price}` });
    row++;
  });
  ws.getCell(row, 2).value = "รวม";
  sums.forEach((t, c) => {
    ws.getCell(row, 6 + c).value = c === wrongCls ? t - 500 : t;
    if (c === wrongCls) key.planted.push({ rule: "total-mismatch", at: `ประมาณการ!${"FGH"[c]}${row}`, note: `the ${classes[c]} total typed ${t - 500}; its lines add up to ${t}` });
    else key.correct.push({ at: `ประมาณการ!${"FGH"[c]}${row}`, note: `the ${classes[c]} total is right` });
  });
  return { wb, key, name: `${nameOf(v, 12 + k)}-class-total-wrong`, cached: k === 1 };
}

/** Every class of this file, one variant (0: the committed corpus). */
export function blindThreeClassWorkbooks(variant = 0): Built[] {
  return [
    sheetPerProject(variant),
    sameItemsTwoProjects(variant),
    sheetPerProject(variant, true),
    semestersAndWholeYear(variant, false),
    semestersAndWholeYear(variant, true),
    totalFormulaCountsTwice(variant, false),
    totalFormulaCountsTwice(variant, true),
    summaryCrossSheetBudgets(variant),
    itemHeaderAndBalance(variant, 0),
    itemHeaderAndBalance(variant, 1),
    itemHeaderAndBalance(variant, 2),
    classTotalWrong(variant, 0),
    classTotalWrong(variant, 1),
  ];
}
