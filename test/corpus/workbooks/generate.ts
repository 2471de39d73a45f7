/**
 * Generates the hand-made workbook corpus (test/corpus/workbooks/*.xlsx + *.key.json) with ExcelJS:
 * budget tables in the layouts Thai schools and offices use (แบบเสนอโครงการ, ประมาณการค่าใช้จ่าย,
 * รายละเอียดการใช้งบประมาณ, แผนการใช้จ่ายเงิน), one sheet or several, blocks per activity with subtotal
 * rows, units in headers, two-row headers, merged titles, typed amounts and formulas; some files are
 * re-saved by LibreOffice so that they carry cached values as Excel saves them, the others have none.
 *
 * Layout, wording, column order, units and digits are drawn independently of the planted mistakes (two
 * random streams), so the reader is measured on the classes, not on one arrangement. The key of each
 * file is made while building it: a planted entry where a written figure is wrong by construction, a
 * correct entry for every figure written right.
 *
 *   npx tsx test/corpus/workbooks/generate.ts          (writes the files; LibreOffice for the cached ones)
 */
import { satang } from "../../../src/core/money";
import ExcelJS from "exceljs";
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { bahtText } from "../../../src/core/bahtText";
import { toThaiDigits } from "../../../src/core/thaiDigits";
import { rng } from "../../../bench/rng";
import { classWorkbooks } from "./classes";
import { moreClassWorkbooks } from "./classes2";
import { blindThreeClassWorkbooks } from "./classes3";

const OUT = __dirname; // the committed corpus

// ---------------------------------------------------------------------------------------------
// random streams

// the benchmarks' mulberry32: the same seed gives the same corpus
const prng = rng;
type Rng = () => number;
const pick = <T>(r: Rng, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)];
const chance = (r: Rng, p: number) => r() < p;
function shuffle<T>(r: Rng, xs: T[]): T[] {
  const a = [...xs];
  for (let i = a.length - 1; i > 0; i--) {
    const j = Math.floor(r() * (i + 1));
    [a[i], a[j]] = [a[j], a[i]];
  }
  return a;
}

// ---------------------------------------------------------------------------------------------
// vocabulary

const PROJECTS = [
  "พัฒนาคุณภาพการจัดการเรียนรู้",
  "ส่งเสริมนิสัยรักการอ่าน",
  "โรงเรียนปลอดขยะ (Zero Waste School)",
  "เศรษฐกิจพอเพียงในสถานศึกษา",
  "ยกระดับผลสัมฤทธิ์ทางการเรียน",
  "ส่งเสริมสุขภาพอนามัยนักเรียน",
  "พัฒนาบุคลากรสู่มืออาชีพ",
  "นิเทศภายในโรงเรียน",
];
const ACTIVITIES = [
  "ประชุมชี้แจงวางแผนการดำเนินงาน",
  "อบรมเชิงปฏิบัติการพัฒนาครู",
  "นิเทศติดตามการจัดการเรียนรู้",
  "ศึกษาดูงานโรงเรียนต้นแบบ",
  "จัดกิจกรรมสัปดาห์วิทยาศาสตร์",
  "แข่งขันทักษะทางวิชาการ",
  "ค่ายภาษาอังกฤษ",
  "เลี้ยงไก่ไข่ตามแนวเศรษฐกิจพอเพียง",
  "ปรับปรุงห้องสมุดมีชีวิต",
  "สรุปและรายงานผลการดำเนินงาน",
];
const OWNERS = ["นางสาวพรพิมล ใจดี", "นายสมชาย รักเรียน", "นางวิไล ศรีสุข", "นายธนากร มั่นคง"];

interface ItemDef {
  item: string[];
  unit: number[];
  qty: [number, number];
  qtyUnit: string;
  times?: [number, number];
  timesUnit?: string;
  lump?: number[];
}
const ITEMS: ItemDef[] = [
  { item: ["ค่าอาหารว่างและเครื่องดื่ม", "ค่าอาหารว่าง", "ค่าเครื่องดื่มและอาหารว่าง"], unit: [25, 30, 35], qty: [15, 80], qtyUnit: "คน", times: [2, 4], timesUnit: "มื้อ" },
  { item: ["ค่าอาหารกลางวัน", "ค่าอาหารกลางวันผู้เข้าร่วม"], unit: [60, 80, 100], qty: [15, 80], qtyUnit: "คน", times: [1, 2], timesUnit: "มื้อ" },
  { item: ["ค่าตอบแทนวิทยากร", "ค่าตอบแทนวิทยากรภายนอก"], unit: [600], qty: [1, 2], qtyUnit: "คน", times: [3, 6], timesUnit: "ชั่วโมง" },
  { item: ["ค่าถ่ายเอกสารประกอบการอบรม", "ค่าจัดทำเอกสาร", "ค่าสำเนาเอกสาร"], unit: [20, 50, 80], qty: [30, 200], qtyUnit: "ชุด" },
  { item: ["ค่าเกียรติบัตร", "ค่าพิมพ์เกียรติบัตร"], unit: [10, 15], qty: [50, 200], qtyUnit: "แผ่น" },
  { item: ["ค่าป้ายไวนิล", "ค่าจัดทำป้ายโครงการ"], unit: [450, 500, 800], qty: [1, 3], qtyUnit: "ป้าย" },
  { item: ["ค่าเช่ารถโดยสาร", "ค่าจ้างเหมารถ"], unit: [2500, 3000, 4500], qty: [1, 3], qtyUnit: "คัน", times: [1, 2], timesUnit: "วัน" },
  { item: ["ค่าเบี้ยเลี้ยง"], unit: [120], qty: [3, 10], qtyUnit: "คน", times: [1, 3], timesUnit: "วัน" },
  { item: ["ค่าอาหารไก่", "ค่าอาหารไก่ไข่"], unit: [420, 450], qty: [6, 20], qtyUnit: "กระสอบ" },
  { item: ["ค่าหนังสือเข้าห้องสมุด", "ค่าจัดซื้อหนังสือ"], unit: [150, 250], qty: [20, 60], qtyUnit: "เล่ม" },
  { item: ["ค่าของรางวัล", "ค่ารางวัลการแข่งขัน"], unit: [300, 500], qty: [3, 9], qtyUnit: "รางวัล" },
  { item: ["ค่าวัสดุอุปกรณ์", "ค่าวัสดุสำนักงาน", "ค่าวัสดุฝึก"], unit: [], qty: [1, 1], qtyUnit: "", lump: [1500, 2500, 3800, 5000] },
  { item: ["ค่าน้ำมันเชื้อเพลิง"], unit: [], qty: [1, 1], qtyUnit: "", lump: [1000, 2000] },
];

// ---------------------------------------------------------------------------------------------
// the plan a file holds

interface Line {
  item: string;
  unit: number | null;
  qty: number | null;
  qtyUnit: string;
  times: number | null;
  timesUnit: string;
  correct: number;
  stated: number;
  /** Planted: the stated amount is wrong / a formula refers to the row above / #REF! / text number / over a ceiling. */
  plant?: "amount" | "otherRow" | "ref" | "textNumber" | "ceiling" | "missingFactor";
}
interface Act {
  no: number;
  name: string;
  month: string;
  owner: string;
  lines: Line[];
  /** Planted: the heading names an activity missing from the activity table. */
  orphan?: boolean;
  /** Planted: the month is outside the project period. */
  lateMonth?: boolean;
}

const FY_MONTHS = ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."];
const LONG_MONTHS = ["ตุลาคม", "พฤศจิกายน", "ธันวาคม", "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน"];

function monthText(r: Rng, fy: number, idx: number): string {
  const y = idx < 3 ? fy - 1 : fy;
  return chance(r, 0.5) ? `${FY_MONTHS[idx]} ${y}` : chance(r, 0.5) ? `${LONG_MONTHS[idx]} ${y}` : `${FY_MONTHS[idx]} ${String(y).slice(2)}`;
}

function makeLine(r: Rng): Line {
  const d = pick(r, ITEMS);
  const item = pick(r, d.item);
  if (d.lump) {
    const a = pick(r, d.lump);
    return { item, unit: null, qty: null, qtyUnit: "", times: null, timesUnit: "", correct: a, stated: a };
  }
  const unit = pick(r, d.unit);
  const qty = d.qty[0] + Math.floor(r() * (d.qty[1] - d.qty[0] + 1));
  const times = d.times ? d.times[0] + Math.floor(r() * (d.times[1] - d.times[0] + 1)) : null;
  const correct = unit * qty * (times ?? 1);
  return { item, unit, qty, qtyUnit: d.qtyUnit, times, timesUnit: d.timesUnit ?? "", correct, stated: correct };
}

// ---------------------------------------------------------------------------------------------
// layout options (drawn from the layout stream only)

interface Layout {
  form: "proposal" | "estimate" | "detail" | "spending";
  sheets: "one" | "two";
  structure: "blocks" | "activityColumn" | "flat";
  headingStyle: "กิจกรรมที่" | "thaiNumber" | "paren" | "merged";
  subtotalLabel: string;
  totalLabel: string;
  twoRowHeader: boolean;
  classColumns: boolean;
  amounts: "typed" | "formula" | "product";
  totals: "typed" | "formula";
  order: string[];
  headers: Record<string, string>;
  startCol: number;
  activityTable: boolean;
  activityBudgetCol: boolean;
  yearClue: "field" | "title" | "period";
  allocationStyle: "sameCell" | "nextCell" | "thaiDigits";
  words: boolean;
  note: boolean;
  cached: boolean;
  oldCopy: boolean;
  thaiDigitIds: boolean;
  /** Heading rows carry the block's total in the amount column. */
  headingAmount: boolean;
}

function drawLayout(r: Rng, i: number): Layout {
  const structure = (["blocks", "activityColumn", "blocks", "flat"] as const)[i % 4];
  const twoRowHeader = i % 5 === 2 || i % 7 === 3;
  const classColumns = twoRowHeader && i % 2 === 0;
  const headers: Record<string, string> = {
    seq: pick(r, ["ที่", "ลำดับ", "ลำดับที่"]),
    item: pick(r, ["รายการ", "รายการค่าใช้จ่าย", "รายละเอียด", "รายละเอียดค่าใช้จ่าย", "รายการ/รายละเอียด", "รายการใช้จ่าย", "รายการงบประมาณ"]),
    unit: pick(r, ["ราคาต่อหน่วย", "ราคาต่อหน่วย (บาท)", "อัตรา", "อัตรา (บาท)", "ราคา/หน่วย", "หน่วยละ (บาท)", "ราคา\nต่อหน่วย", "ราคาหน่วยละ", "ราคา (บาท)"]),
    qty: pick(r, ["จำนวน", "จำนวน (คน)", "จำนวนคน", "จำนวน (หน่วย)", "จำนวน\n(คน)", "จำนวนหน่วย"]),
    qtyUnit: pick(r, ["หน่วย", "หน่วยนับ"]),
    times: pick(r, ["ครั้ง/มื้อ/วัน", "จำนวนวัน/คืน", "จำนวนครั้ง", "มื้อ/วัน", "จำนวน (วัน)", "จำนวนมื้อ", "วัน/ครั้ง"]),
    amount: pick(r, ["จำนวนเงิน", "จำนวนเงิน (บาท)", "รวมเงิน", "งบประมาณ", "เป็นเงิน", "รวมเป็นเงิน (บาท)", "งบประมาณ (บาท)", "รวม (บาท)", "จำนวนเงิน\n(บาท)", "ค่าใช้จ่าย (บาท)"]),
    month: pick(r, ["เดือนที่ใช้จ่าย", "ช่วงเวลา", "เดือน", "ระยะเวลา"]),
    activityId: pick(r, ["กิจกรรมที่", "กิจกรรม"]),
    note: "หมายเหตุ",
  };
  const factors = shuffle(r, ["unit", "qty", "times"]);
  const withUnitCol = chance(r, 0.4);
  if (withUnitCol) factors.splice(factors.indexOf("qty") + 1, 0, "qtyUnit");
  const order = [
    ...(structure === "activityColumn" ? ["activityId"] : []),
    ...(chance(r, 0.6) ? ["seq"] : []),
    "item",
    ...factors,
    ...(classColumns ? ["cls:ค่าตอบแทน", "cls:ค่าใช้สอย", "cls:ค่าวัสดุ"] : []),
    ...(classColumns && chance(r, 0.5) ? [] : ["amount"]),
    ...(i % 4 === 3 || chance(r, 0.15) ? ["month"] : []),
    ...(chance(r, 0.3) ? ["note"] : []),
  ];
  if (structure === "activityColumn" && chance(r, 0.4)) {
    // the activity column after the item
    order.splice(order.indexOf("activityId"), 1);
    order.splice(order.indexOf("item") + 1, 0, "activityId");
  }
  const amounts = (["typed", "formula", "product"] as const)[Math.floor(i / 2) % 3];
  return {
    form: (["proposal", "estimate", "detail", "spending"] as const)[i % 4 === 3 ? Math.floor(i / 4) % 4 : i % 3],
    sheets: i % 3 === 1 ? "two" : "one",
    structure,
    headingStyle: (["กิจกรรมที่", "thaiNumber", "paren", "merged"] as const)[Math.floor(i / 4) % 4],
    subtotalLabel: pick(r, ["รวม", "รวมเป็นเงิน", "รวมเงิน", "รวมกิจกรรมที่ {n}"]),
    totalLabel: pick(r, ["รวมทั้งสิ้น", "รวมเป็นเงินทั้งสิ้น", "รวมงบประมาณทั้งสิ้น", "รวมทั้งหมด"]),
    twoRowHeader,
    classColumns,
    amounts,
    totals: amounts === "typed" ? "typed" : chance(r, 0.5) ? "formula" : "typed",
    order,
    headers,
    startCol: chance(r, 0.25) ? 2 : 1,
    activityTable: i % 3 !== 0,
    activityBudgetCol: chance(r, 0.4),
    yearClue: (["field", "title", "period"] as const)[i % 3],
    allocationStyle: (["sameCell", "nextCell", "thaiDigits"] as const)[Math.floor(i / 3) % 3],
    words: chance(r, 0.6),
    note: chance(r, 0.4),
    cached: amounts !== "typed" && i % 2 === 1,
    oldCopy: i % 9 === 4,
    thaiDigitIds: chance(r, 0.3),
    headingAmount: chance(r, 0.3),
  };
}

// ---------------------------------------------------------------------------------------------
// building one workbook

interface Key {
  description: string;
  planted: { rule: string; at: string; note: string }[];
  correct: { at: string; note: string }[];
  unusable: boolean;
}

const colL = (c: number) => {
  let s = "";
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};
const A = (r: number, c: number) => `${colL(c)}${r}`;

function build(i: number): { wb: ExcelJS.Workbook; key: Key; name: string; cached: boolean } {
  const lr = prng(1000 + i); // layout stream
  const mr = prng(5000 + i * 7); // mistakes stream
  const L = drawLayout(lr, i);
  const fy = 2566 + (i % 3);
  const projectName = pick(lr, PROJECTS);
  // activities and lines
  const nActs = L.structure === "flat" ? 1 : 2 + Math.floor(lr() * 3);
  const names = shuffle(lr, ACTIVITIES).slice(0, nActs);
  const acts: Act[] = names.map((name, k) => ({
    no: k + 1,
    name,
    month: monthText(lr, fy, Math.min(11, 1 + k * 3 + Math.floor(lr() * 2))),
    owner: pick(lr, OWNERS),
    lines: Array.from({ length: 2 + Math.floor(lr() * 3) }, () => makeLine(lr)),
  }));
  // planted mistakes (own stream): 2–4 per file
  const allLines = acts.flatMap((a) => a.lines);
  const factorLines = allLines.filter((l) => l.unit !== null);
  const kinds = shuffle(mr, ["amount", "amount", "subtotal", "total", "allocation", "ceiling", "textNumber", "otherRow", "ref", "sumRange", "missingFactor", "orphan", "late", "lateLine"]);
  const want = 2 + Math.floor(mr() * 3);
  const chosen = new Set<string>();
  for (const k of kinds) {
    if (chosen.size >= want) break;
    if ((k === "orphan" || k === "late") && !(L.activityTable && L.structure === "blocks" && acts.length > 1)) continue;
    if (k === "lateLine" && !L.order.includes("month")) continue;
    if ((k === "otherRow" || k === "missingFactor") && L.amounts === "typed") continue;
    if (k === "sumRange" && L.totals !== "formula") continue;
    if ((k === "subtotal" || k === "total") && L.totals !== "typed") continue;
    if (k === "subtotal" && L.structure === "flat") continue;
    chosen.add(k);
  }
  const free = () => factorLines.filter((l) => !l.plant);
  for (const k of ["amount", "textNumber", "ref"]) if (chosen.has(k) && !free().length) chosen.delete(k);
  if (chosen.has("amount")) {
    const l = pick(mr, free());
    l.plant = "amount";
    l.stated = l.correct + pick(mr, [1000, -1000, 500, 10 * l.correct - l.correct]);
    if (l.stated <= 0) l.stated = l.correct + 700;
  }
  if (chosen.has("missingFactor")) {
    const c = free().filter((l) => l.times !== null && l.times > 1);
    if (c.length) {
      const l = pick(mr, c);
      l.plant = "missingFactor";
      l.stated = l.unit! * l.qty!;
    } else chosen.delete("missingFactor");
  }
  if (chosen.has("ceiling")) {
    const l = free().find((x) => /อาหารว่าง|เครื่องดื่ม|เบี้ยเลี้ยง/.test(x.item));
    if (l) {
      l.plant = "ceiling";
      l.unit = /เบี้ยเลี้ยง/.test(l.item) ? 400 : 80;
      l.correct = l.unit * l.qty! * (l.times ?? 1);
      l.stated = l.correct;
    } else chosen.delete("ceiling");
  }
  if (chosen.has("textNumber") && L.amounts !== "typed") chosen.delete("textNumber");
  if (chosen.has("textNumber") && free().length) {
    const l = pick(mr, free());
    l.plant = "textNumber";
  }
  if (chosen.has("textNumber") && !factorLines.some((l) => l.plant === "textNumber")) chosen.delete("textNumber");
  if (chosen.has("ref") && !free().length) chosen.delete("ref");
  if (chosen.has("ref")) {
    const l = pick(mr, free());
    l.plant = "ref";
  }
  if (chosen.has("otherRow")) {
    // a formula that refers to the row above: planted where that row has the same figures
    const a = pick(mr, acts);
    const l = a.lines.find((x) => !x.plant && x.unit !== null);
    if (l) {
      const twin: Line = { ...l, item: `${l.item} (ครั้งที่ 2)`, plant: "otherRow" };
      a.lines.splice(a.lines.indexOf(l) + 1, 0, twin);
    } else chosen.delete("otherRow");
  }
  if (!chosen.size) chosen.add("allocation"); // every file plants at least one mistake
  if (chosen.has("orphan")) acts[acts.length - 1].orphan = true;
  if (chosen.has("late")) acts[0].lateMonth = true;

  const key: Key = { description: "", planted: [], correct: [], unusable: false };
  const wb = new ExcelJS.Workbook();
  const FORMS = {
    proposal: `แบบเสนอโครงการ`,
    estimate: `ประมาณการค่าใช้จ่าย`,
    detail: `รายละเอียดการใช้งบประมาณ`,
    spending: `แผนการใช้จ่ายเงิน`,
  };
  const title = L.yearClue === "title" ? `${FORMS[L.form]} ประจำปีงบประมาณ ${chance(lr, 0.5) ? toThaiDigits(String(fy)) : fy}` : `${FORMS[L.form]} โครงการ${projectName}`;
  const sheetName = pick(lr, ["Sheet1", "งบประมาณ", "รายละเอียดงบ", "แผนงบ", `โครงการ${fy}`]);
  const fieldSheet = wb.addWorksheet(L.sheets === "two" ? pick(lr, ["โครงการ", "ข้อมูลโครงการ", "Sheet1"]) : sheetName);
  const budgetSheet = L.sheets === "two" ? wb.addWorksheet(pick(lr, ["งบประมาณ", "ประมาณการ", "Budget"])) : fieldSheet;
  const correctTotal = acts.flatMap((a) => a.lines).reduce((s, l) => s + l.correct, 0);
  const allocation = chosen.has("allocation") ? Math.floor((correctTotal * 0.9) / 1000) * 1000 : Math.ceil(correctTotal / 5000) * 5000 + (chance(lr, 0.5) ? 5000 : 0);

  // --- project fields block
  let row = 1;
  const fs = fieldSheet;
  const sc = L.startCol;
  fs.getCell(row, sc).value = title;
  fs.mergeCells(row, sc, row, sc + 6);
  row++;
  if (L.yearClue !== "title" && chance(lr, 0.5)) {
    fs.getCell(row, sc).value = `โรงเรียนบ้านหนองบัว สำนักงานเขตพื้นที่การศึกษาประถมศึกษา`;
    row++;
  }
  const nameInOne = chance(lr, 0.5);
  if (nameInOne) fs.getCell(row, sc).value = `ชื่อโครงการ ${projectName}`;
  else {
    fs.getCell(row, sc).value = pick(lr, ["ชื่อโครงการ", "โครงการ", "ชื่อโครงการ :"]);
    fs.getCell(row, sc + 1).value = projectName;
  }
  row++;
  if (L.yearClue === "field") {
    fs.getCell(row, sc).value = pick(lr, ["ปีงบประมาณ", "ปีงบประมาณ พ.ศ."]);
    fs.getCell(row, sc + 1).value = chance(lr, 0.5) ? fy : toThaiDigits(String(fy));
    row++;
  }
  const periodText = `${pick(lr, ["1 ตุลาคม", "1 ต.ค."])} ${fy - 1} – ${pick(lr, ["30 กันยายน", "30 ก.ย."])} ${fy}`;
  if (L.yearClue === "period" || chance(lr, 0.5) || chosen.has("late") || chosen.has("lateLine")) {
    fs.getCell(row, sc).value = pick(lr, ["ระยะเวลาดำเนินการ", "ระยะเวลา", "ระยะเวลาดำเนินงาน"]);
    fs.getCell(row, sc + 1).value = chance(lr, 0.3) ? toThaiDigits(periodText) : periodText;
    row++;
  }
  fs.getCell(row, sc).value = pick(lr, ["ผู้รับผิดชอบโครงการ", "ผู้รับผิดชอบ"]);
  fs.getCell(row, sc + 1).value = acts[0].owner;
  row++;
  let allocCell: string;
  const allocText = allocation.toLocaleString("en-US");
  if (L.allocationStyle === "sameCell") {
    fs.getCell(row, sc).value = `${pick(lr, ["งบประมาณที่ได้รับจัดสรร", "งบประมาณ", "วงเงินงบประมาณ"])} ${pick(lr, ["", "จำนวน "])}${allocText} บาท`;
    allocCell = A(row, sc);
  } else if (L.allocationStyle === "nextCell") {
    fs.getCell(row, sc).value = pick(lr, ["งบประมาณที่ได้รับจัดสรร", "งบประมาณที่ได้รับจัดสรร (บาท)", "งบประมาณ"]);
    fs.getCell(row, sc + 2).value = allocation;
    fs.getCell(row, sc + 2).numFmt = "#,##0";
    fs.getCell(row, sc + 3).value = "บาท";
    allocCell = A(row, sc + 2);
  } else {
    fs.getCell(row, sc).value = "งบประมาณที่ได้รับจัดสรร";
    fs.getCell(row, sc + 1).value = `${toThaiDigits(allocText)}.- บาท`;
    allocCell = A(row, sc + 1);
  }
  if (chosen.has("allocation")) key.planted.push({ rule: "over-allocation", at: `${fs.name}!${allocCell}`, note: "the lines add up to more than the allocation" });
  row += 2;

  // --- activity table
  const actRows = new Map<number, number>();
  if (L.activityTable) {
    const hdr = ["ที่", pick(lr, ["กิจกรรม", "กิจกรรม/ขั้นตอนการดำเนินงาน", "ชื่อกิจกรรม"]), pick(lr, ["ระยะเวลา", "ระยะเวลาดำเนินการ", "ระยะเวลาดำเนินงาน"]), "ผู้รับผิดชอบ"];
    if (L.activityBudgetCol) hdr.push(pick(lr, ["งบประมาณ", "งบประมาณ (บาท)"]));
    hdr.forEach((h, k) => (fs.getCell(row, sc + k).value = h));
    row++;
    for (const a of acts) {
      if (a.orphan) continue;
      fs.getCell(row, sc).value = L.thaiDigitIds ? toThaiDigits(`${a.no}.`) : a.no;
      fs.getCell(row, sc + 1).value = a.name;
      const m = a.lateMonth ? `${pick(lr, ["ตุลาคม", "ต.ค."])} ${fy}` : a.month;
      fs.getCell(row, sc + 2).value = m;
      fs.getCell(row, sc + 3).value = a.owner;
      if (a.lateMonth) key.planted.push({ rule: "schedule-outside-period", at: `${fs.name}!${A(row, sc + 2)}`, note: `month ${m} is after the project period` });
      if (L.activityBudgetCol) {
        const s = a.lines.reduce((x, l) => x + l.correct, 0);
        fs.getCell(row, sc + 4).value = s;
        key.correct.push({ at: `${fs.name}!${A(row, sc + 4)}`, note: "activity budget equal to its lines" });
      }
      actRows.set(a.no, row);
      row++;
    }
    row++;
  }

  // --- the budget table
  const bsh = budgetSheet;
  if (L.sheets === "two") row = 1 + (chance(lr, 0.5) ? 0 : 2);
  if (L.sheets === "two" && row > 1) {
    bsh.getCell(1, sc).value = `รายละเอียดงบประมาณ โครงการ${projectName}`;
    bsh.mergeCells(1, sc, 1, sc + 5);
  }
  const col: Record<string, number> = {};
  L.order.forEach((k, j) => (col[k] = sc + j));
  if (L.twoRowHeader) {
    // top row: parents merged over their details
    for (const k of L.order) {
      const c = col[k];
      if (k === "qty" || k === "times" || k === "qtyUnit") continue;
      if (k.startsWith("cls:")) continue;
      bsh.getCell(row, c).value = L.headers[k] ?? k;
      bsh.mergeCells(row, c, row + 1, c);
    }
    const fcols = ["qty", "qtyUnit", "times"].filter((k) => col[k] !== undefined).map((k) => col[k]).sort((a, b) => a - b);
    // factor details under one "จำนวน" parent when they are side by side
    const contiguous = fcols.every((c, j) => j === 0 || c === fcols[j - 1] + 1);
    if (contiguous && fcols.length >= 2) {
      bsh.getCell(row, fcols[0]).value = "จำนวน";
      bsh.mergeCells(row, fcols[0], row, fcols[fcols.length - 1]);
      for (const k of ["qty", "qtyUnit", "times"]) if (col[k] !== undefined) bsh.getCell(row + 1, col[k]).value = k === "qty" ? pick(lr, ["คน", "หน่วย"]) : k === "qtyUnit" ? "หน่วยนับ" : pick(lr, ["วัน", "ครั้ง", "มื้อ"]);
    } else {
      for (const k of ["qty", "qtyUnit", "times"]) {
        if (col[k] === undefined) continue;
        bsh.getCell(row, col[k]).value = L.headers[k];
        bsh.mergeCells(row, col[k], row + 1, col[k]);
      }
    }
    const cls = L.order.filter((k) => k.startsWith("cls:")).map((k) => col[k]);
    if (cls.length) {
      bsh.getCell(row, cls[0]).value = pick(lr, ["งบประมาณ", "ประเภทรายจ่าย", "จำแนกตามหมวด"]);
      bsh.mergeCells(row, cls[0], row, cls[cls.length - 1]);
      for (const k of L.order.filter((x) => x.startsWith("cls:"))) bsh.getCell(row + 1, col[k]).value = k.slice(4);
    }
    row += 2;
  } else {
    for (const k of L.order) bsh.getCell(row, col[k]).value = L.headers[k] ?? k.replace(/^cls:/, "");
    row++;
  }
  const amountCol = col.amount;
  const clsFor = (l: Line) => (/ตอบแทน/.test(l.item) ? "cls:ค่าตอบแทน" : /วัสดุ|หนังสือ|อาหารไก่|น้ำมัน|เกียรติบัตร|ป้าย/.test(l.item) ? "cls:ค่าวัสดุ" : "cls:ค่าใช้สอย");
  const lineAmountCol = (l: Line) => amountCol ?? col[clsFor(l)];
  const subtotalCells: { cell: string; row: number }[] = [];
  const lineRowsAll: number[] = [];
  let seq = 0;
  for (const a of acts) {
    const blockRows: number[] = [];
    if (L.structure === "blocks") {
      const n = L.thaiDigitIds ? toThaiDigits(String(a.no)) : String(a.no);
      const nm = a.orphan ? pick(lr, ["ทัศนศึกษานอกสถานที่", "จัดนิทรรศการผลงานนักเรียน"]) : a.name;
      const text =
        L.headingStyle === "กิจกรรมที่" ? `กิจกรรมที่ ${n} ${nm}` : L.headingStyle === "thaiNumber" ? `${toThaiDigits(String(a.no))}. ${nm}` : L.headingStyle === "paren" ? `${n}) ${nm}` : `กิจกรรม${nm}`;
      const hc = col.seq !== undefined && L.headingStyle !== "merged" ? col.seq : col.item;
      bsh.getCell(row, hc).value = text;
      if (L.headingStyle === "merged") bsh.mergeCells(row, col.item, row, col.item + 2);
      if (L.headingAmount && L.headingStyle === "กิจกรรมที่" && amountCol !== undefined && !a.orphan) {
        const sum = a.lines.reduce((x, l) => x + l.correct, 0);
        bsh.getCell(row, amountCol).value = sum;
        key.correct.push({ at: `${bsh.name}!${A(row, amountCol)}`, note: "block total on the heading row" });
      }
      if (a.orphan) key.planted.push({ rule: "budget-without-activity", at: `${bsh.name}!${A(row, hc)}`, note: `block "${nm}" is not in the activity table` });
      row++;
    }
    for (const l of a.lines) {
      seq++;
      if (col.seq !== undefined) bsh.getCell(row, col.seq).value = L.structure === "blocks" ? `${a.no}.${a.lines.indexOf(l) + 1}` : seq;
      if (col.activityId !== undefined) bsh.getCell(row, col.activityId).value = L.thaiDigitIds ? toThaiDigits(String(a.no)) : a.no;
      if (col.month !== undefined) {
        const late = chosen.has("lateLine") && l === acts[acts.length - 1].lines[0];
        const m = late ? `${pick(lr, ["พฤศจิกายน", "พ.ย."])} ${fy}` : a.month;
        bsh.getCell(row, col.month).value = m;
        if (late) key.planted.push({ rule: "schedule-outside-period", at: `${bsh.name}!${A(row, col.month)}`, note: `spending month ${m} is after the project period` });
      }
      bsh.getCell(row, col.item).value = chance(lr, 0.3) && L.structure === "blocks" ? `- ${l.item}` : l.item;
      const ac = lineAmountCol(l);
      const cell = `${bsh.name}!${A(row, ac)}`;
      if (l.unit !== null) {
        if (l.plant === "textNumber") {
          bsh.getCell(row, col.unit).value = `${l.unit.toLocaleString("en-US")} บาท`;
          key.planted.push({ rule: "bad-number", at: `${bsh.name}!${A(row, col.unit)}`, note: "unit cost typed as text" });
        } else bsh.getCell(row, col.unit).value = l.unit;
        bsh.getCell(row, col.qty).value = l.qty;
        if (col.qtyUnit !== undefined) bsh.getCell(row, col.qtyUnit).value = l.qtyUnit;
        if (l.times !== null) bsh.getCell(row, col.times).value = l.times;
      }
      const f = [col.unit, col.qty, col.times].map((c) => A(row, c));
      if (l.plant === "ref") {
        bsh.getCell(row, ac).value = { formula: `#REF!*${f[1]}` } as ExcelJS.CellFormulaValue;
        key.planted.push({ rule: "formula-error", at: cell, note: "amount formula refers to a deleted cell" });
      } else if (L.amounts === "typed" || l.unit === null || l.plant === "textNumber" || l.plant === "amount") {
        bsh.getCell(row, ac).value = l.stated;
      } else if (l.plant === "otherRow") {
        const prev = (l.times === null ? [col.unit, col.qty] : [col.unit, col.qty, col.times]).map((c) => A(row - 1, c));
        bsh.getCell(row, ac).value = { formula: L.amounts === "product" ? `PRODUCT(${prev.join(",")})` : prev.join("*") } as ExcelJS.CellFormulaValue;
        key.planted.push({ rule: "formula-inconsistent", at: cell, note: "amount formula refers to the row above" });
      } else {
        const used = l.plant === "missingFactor" ? f.slice(0, 2) : l.times === null ? f.slice(0, 2) : f;
        bsh.getCell(row, ac).value = { formula: L.amounts === "product" ? `PRODUCT(${used.join(",")})` : used.join("*") } as ExcelJS.CellFormulaValue;
      }
      if (l.plant === "amount" || l.plant === "missingFactor") key.planted.push({ rule: "line-amount-mismatch", at: cell, note: `stated ${l.stated}, should be ${l.correct}` });
      const withUnit = acts.flatMap((x) => x.lines).filter((x) => x.unit !== null);
      const formulaLines = withUnit.filter((x) => x.plant !== "amount" && x.plant !== "textNumber").length;
      if (l.plant === "amount" && L.amounts !== "typed" && formulaLines * 2 > withUnit.length)
        key.planted.push({ rule: "line-amount-hardcoded", at: cell, note: "a number typed where the column's other amounts are formulas" });
      if (l.plant === "ceiling") key.planted.push({ rule: "rate-over-ceiling", at: `${bsh.name}!${A(row, col.unit)}`, note: `unit cost ${l.unit} is above the ceiling` });
      if (!l.plant || l.plant === "ceiling") key.correct.push({ at: cell, note: `${l.item} = ${l.correct}` });
      blockRows.push(row);
      lineRowsAll.push(row);
      row++;
    }
    if (L.structure === "blocks" || (L.structure === "activityColumn" && chance(lr, 0.5) && acts.length > 1 && L.totals === "typed")) {
      const label = L.subtotalLabel.replace("{n}", L.thaiDigitIds ? toThaiDigits(String(a.no)) : String(a.no));
      bsh.getCell(row, col.item).value = label;
      const sc2 = amountCol ?? col["cls:ค่าใช้สอย"];
      const correct = a.lines.reduce((s, l) => s + l.correct, 0);
      if (L.totals === "typed") {
        const stated = chosen.has("subtotal") && a === acts[0] ? correct + 1000 : a.lines.reduce((s, l) => s + (l.plant === "ref" ? l.correct : l.correct), 0);
        bsh.getCell(row, sc2).value = stated;
        if (stated !== correct) key.planted.push({ rule: "subtotal-mismatch", at: `${bsh.name}!${A(row, sc2)}`, note: `stated ${stated}, lines add up to ${correct}` });
        else key.correct.push({ at: `${bsh.name}!${A(row, sc2)}`, note: "subtotal right" });
      } else if (amountCol !== undefined) {
        bsh.getCell(row, sc2).value = { formula: `SUM(${A(blockRows[0], sc2)}:${A(blockRows[blockRows.length - 1], sc2)})` } as ExcelJS.CellFormulaValue;
      }
      subtotalCells.push({ cell: A(row, sc2), row });
      row++;
    }
    if (L.structure === "blocks" && chance(lr, 0.3)) row++; // a blank separator
  }
  // grand total
  const tc = amountCol ?? col["cls:ค่าใช้สอย"];
  bsh.getCell(row, col.item).value = L.structure === "flat" && chance(lr, 0.5) ? "รวม" : L.totalLabel;
  const grandRow = row;
  if (L.totals === "typed" || amountCol === undefined) {
    const stated = chosen.has("total") ? correctTotal - 2000 : correctTotal;
    bsh.getCell(row, tc).value = stated;
    if (stated !== correctTotal) key.planted.push({ rule: "total-mismatch", at: `${bsh.name}!${A(row, tc)}`, note: `stated ${stated}, lines add up to ${correctTotal}` });
    else key.correct.push({ at: `${bsh.name}!${A(row, tc)}`, note: "grand total right" });
  } else {
    let formula: string;
    if (subtotalCells.length && chance(lr, 0.6)) formula = subtotalCells.map((x) => x.cell).join("+");
    else {
      const last = chosen.has("sumRange") ? lineRowsAll[lineRowsAll.length - 1] - 1 : row - 1;
      formula = `SUM(${A(lineRowsAll[0], tc)}:${A(last, tc)})`;
      if (subtotalCells.length && !chosen.has("sumRange")) formula = `SUM(${subtotalCells.map((x) => x.cell).join(",")})`;
    }
    if (chosen.has("sumRange")) {
      formula = `SUM(${A(lineRowsAll[0], tc)}:${A(lineRowsAll[lineRowsAll.length - 1] - 1, tc)})`;
      if (subtotalCells.length) formula = `SUM(${subtotalCells.slice(0, -1).map((x) => x.cell).join(",")})`;
      key.planted.push({ rule: "sum-range-incomplete", at: `${bsh.name}!${A(row, tc)}`, note: "the total leaves out the last lines" });
    }
    bsh.getCell(row, tc).value = { formula } as ExcelJS.CellFormulaValue;
  }
  row++;
  if (L.words) {
    const words = `(${bahtText(satang(correctTotal * 100))})`;
    if (L.totals === "formula" && chance(lr, 0.5)) bsh.getCell(row, col.item).value = { formula: `"("&BAHTTEXT(${A(grandRow, tc)})&")"` } as ExcelJS.CellFormulaValue;
    else bsh.getCell(row, col.item).value = chance(lr, 0.5) ? words : `ตัวอักษร ${words}`;
    row++;
  }
  if (L.note) {
    bsh.getCell(row + 1, sc).value = pick(lr, ["หมายเหตุ ขอถัวจ่ายทุกรายการ", "* ขอถัวเฉลี่ยจ่ายทุกรายการ", "หมายเหตุ: ราคาอาจเปลี่ยนแปลงตามความเหมาะสม"]);
    row += 2;
  }
  bsh.getCell(row + 2, sc + 1).value = "ลงชื่อ ............................................ ผู้เสนอโครงการ";
  bsh.getCell(row + 3, sc + 1).value = `(${acts[0].owner})`;

  if (L.oldCopy) {
    // the add-in keeps a user's old sheet as a copy: its figures (wrong ones too) are never read
    const old = wb.addWorksheet(`${bsh.name} (เดิม)`);
    old.getCell(1, 1).value = "รายการ";
    old.getCell(1, 2).value = "ราคาต่อหน่วย";
    old.getCell(1, 3).value = "จำนวน";
    old.getCell(1, 4).value = "จำนวนเงิน";
    old.getCell(2, 1).value = "ค่าอาหารว่าง";
    old.getCell(2, 2).value = 35;
    old.getCell(2, 3).value = 20;
    old.getCell(2, 4).value = 9999;
    old.getCell(3, 1).value = "รวมทั้งสิ้น";
    old.getCell(3, 4).value = 1;
  }
  const parts = [
    `${FORMS[L.form]}`,
    L.sheets === "two" ? "project fields and budget on two sheets" : "one sheet",
    L.structure === "blocks" ? `blocks per activity (headings "${L.headingStyle}", subtotal "${L.subtotalLabel}")` : L.structure === "activityColumn" ? "an activity-number column" : "one activity, no headings",
    L.twoRowHeader ? "two-row header with merged parents" : "one-row header",
    L.classColumns ? "amounts split by expense class" : "",
    `amounts ${L.amounts}, totals ${L.totals}`,
    L.activityTable ? "activity table above the budget" : "no activity table",
    `fiscal year from the ${L.yearClue}`,
    L.cached ? "cached values (LibreOffice re-save)" : "no cached values",
    L.oldCopy ? "an old copy sheet (เดิม) with wrong figures that must not be read" : "",
  ].filter(Boolean);
  key.description = `Hand-made ${parts.join("; ")}. Layout of the forms described in shared/domain/plan-form.md.`;
  return { wb, key, name: `wb${String(i + 1).padStart(2, "0")}-${L.form}`, cached: L.cached };
}

/** Workbooks that are not plans: the CLI must refuse them (exit 2). */
function unusable(): { wb: ExcelJS.Workbook; key: Key; name: string }[] {
  const a = new ExcelJS.Workbook();
  const s = a.addWorksheet("รายชื่อนักเรียน");
  s.addRow(["เลขที่", "ชื่อ - สกุล", "ชั้น", "เลขประจำตัว"]);
  for (let k = 1; k <= 20; k++) s.addRow([k, `เด็กชายตัวอย่าง ที่${k}`, "ป.4/1", 10000 + k]);
  const b = new ExcelJS.Workbook();
  const t = b.addWorksheet("ตารางสอน");
  t.addRow(["วัน/เวลา", "08.30-09.30", "09.30-10.30", "10.30-11.30"]);
  for (const d of ["จันทร์", "อังคาร", "พุธ", "พฤหัสบดี", "ศุกร์"]) t.addRow([d, "คณิตศาสตร์", "ภาษาไทย", "วิทยาศาสตร์"]);
  const key = (d: string): Key => ({ description: d, planted: [], correct: [], unusable: true });
  return [
    { wb: a, key: key("A class list (no plan): the CLI must say no plan was found and exit 2"), name: "wbx1-class-list" },
    { wb: b, key: key("A timetable (no plan): the CLI must say no plan was found and exit 2"), name: "wbx2-timetable" },
  ];
}

/**
 * Writes `count` workbooks (seeds from `offset`) and the two that are not plans into `out`. Other offsets
 * and folders give fresh workbooks of the same classes (a held-out check: `--offset 100 --out /tmp/x`,
 * then `npm run accuracy -- --dir /tmp/x`).
 */
export async function generate(count = 26, offset = 0, out = __dirname, only?: string): Promise<string[]> {
  const OUT = out;
  mkdirSync(OUT, { recursive: true });
  // --only <prefix>: (re)write only the files whose name starts with it, the others stay as they are
  for (const f of readdirSync(OUT)) if (/\.(xlsx|key\.json)$/.test(f) && (!only || f.startsWith(only))) rmSync(join(OUT, f));
  const toCache: string[] = [];
  const tmp = mkdtempSync(join(tmpdir(), "wbcorpus-"));
  const written: string[] = [];
  const all = [
    ...Array.from({ length: count }, (_, i) => build(i + offset)),
    ...classWorkbooks(offset),
    ...moreClassWorkbooks(offset),
    ...blindThreeClassWorkbooks(offset),
    ...unusable().map((x) => ({ ...x, cached: false })),
  ].filter((x) => !only || x.name.startsWith(only));
  for (const { wb, key, name, cached } of all) {
    wb.creator = "corpus generator";
    wb.created = new Date(Date.UTC(2024, 0, 1));
    wb.modified = wb.created;
    const path = cached ? join(tmp, `${name}.xlsx`) : join(OUT, `${name}.xlsx`);
    await wb.xlsx.writeFile(path);
    if (cached) toCache.push(path);
    writeFileSync(join(OUT, `${name}.key.json`), JSON.stringify(key, null, 2) + "\n");
    written.push(name);
  }
  if (toCache.length) {
    // LibreOffice re-save: formulas get cached values, as Excel saves them
    const { loRecalc } = await import("../../helpers/lo");
    const outDir = join(tmp, "out");
    mkdirSync(outDir);
    const outs = await loRecalc(toCache, outDir);
    for (const o of outs) renameSync(o, join(OUT, o.split("/").pop()!));
  }
  rmSync(tmp, { recursive: true, force: true });
  return written;
}

if (require.main === module) {
  const arg = (name: string) => {
    const i = process.argv.indexOf(`--${name}`);
    return i > 0 ? process.argv[i + 1] : undefined;
  };
  const out = arg("out") ?? OUT;
  generate(Number(arg("count") ?? 26), Number(arg("offset") ?? 0), out, arg("only")).then((w) => console.log(`wrote ${w.length} workbooks and keys to ${out}`));
}
