/**
 * THE layout of the plan workbook: which sheets, which header blocks, which table columns (key,
 * Thai/English header, width, input or formula, value type, per-row formula, style). The writer
 * (writeTemplate.ts) builds the template from it, the reader (readPlan.ts) finds tables by these
 * headers and reads values back, the sheet checks and fixes (sheetRules.ts, fixes.ts) compare
 * formulas with these per-row formulas. Nothing else knows where a value lives.
 *
 * Pure data and string functions: no exceljs, no Office, no fs.
 */
import type { Lang, Text } from "./i18n";
import { STATUS_CHOICES } from "./i18n";
import { RATES_TABLE } from "./layoutRates";

export { RATES_TABLE, RATES_COND_ROW } from "./layoutRates";
export { FONT, FONT_FALLBACK, STYLES, type StyleDef } from "./layoutStyles";
import { monthValueExpr } from "./monthText";

export type { CellKind, ColumnDef, FieldDef, FormulaCtx, TableDef, ValueType } from "./layoutTypes";
import type { ColumnDef, FieldDef, FormulaCtx, TableDef } from "./layoutTypes";

// ---------------------------------------------------------------------------------------------
// Texts used inside formulas

export const FORMULA_TEXT = {
  overCeiling: { th: "เกินเพดาน", en: "over ceiling" },
  ok: { th: "ผ่าน", en: "ok" },
  typedAmount: { th: "พิมพ์ตัวเลขแทนสูตร", en: "number typed over formula" },
  met: { th: "บรรลุ", en: "met" },
  notMet: { th: "ไม่บรรลุ", en: "not met" },
  gridMark: "●",
  periodMark: "■",
} as const;

const L = (x: FormulaCtx, t: Text) => t[x.lang];
/** The budget column totals are taken from: the computed amount, or the amount in a workbook made before it existed. */
const computedOrAmount = (x: FormulaCtx): string => (x.budgetHas("computed") ? "computed" : "amount");
/**
 * Where a row's month is read from: the "as date" column next to a month typed by the user (it reads a date
 * or a month written as shown, "มี.ค. 2560"), or the typed cell itself in a workbook made before it existed.
 */
const monthRef = (x: FormulaCtx, input: string, asDate: string): string => `$${x.c(x.has(asDate) ? asDate : input)}${x.row}`;
const asDateColumn = (key: string, input: string, header: Text, aliases: string[]): ColumnDef => ({
  key,
  header,
  aliases,
  width: 11,
  kind: "formula",
  type: "month",
  formula: (x) => `=${monthValueExpr(`$${x.c(input)}${x.row}`)}`,
});
const Q = (s: string) => `"${s.replace(/"/g, '""')}"`;
const status = (id: string, lang: Lang) => STATUS_CHOICES.find((s) => s.id === id)![lang];

// ---------------------------------------------------------------------------------------------
// Header rows: every table's header is in row 4 of its sheet (rows 1–3: title, context, notes),
// except the targets table on the project sheet, which follows the project fields.

export const TABLE_HEADER_ROW = 4;

// ---------------------------------------------------------------------------------------------
// Project sheet (โครงการ): label in column A, value in column B; the targets table below.

export const PROJECT_FIELDS: FieldDef[] = [
  { key: "name", label: { th: "ชื่อโครงการ", en: "Project name" }, aliases: ["โครงการ", "project"], kind: "input", type: "text" },
  { key: "owner", label: { th: "ผู้รับผิดชอบโครงการ", en: "Project owner" }, aliases: ["ผู้รับผิดชอบ", "owner"], kind: "input", type: "text" },
  { key: "department", label: { th: "กลุ่ม/หน่วยงาน", en: "Department" }, aliases: ["กลุ่มงาน", "หน่วยงาน", "กลุ่ม"], kind: "input", type: "text" },
  { key: "fiscalYear", label: { th: "ปีงบประมาณ (พ.ศ.)", en: "Fiscal year (BE)" }, aliases: ["ปีงบประมาณ", "fiscal year"], kind: "input", type: "number" },
  { key: "periodStart", label: { th: "เริ่มโครงการ", en: "Project start" }, aliases: ["เริ่ม", "วันเริ่มโครงการ"], kind: "input", type: "month" },
  { key: "periodEnd", label: { th: "สิ้นสุดโครงการ", en: "Project end" }, aliases: ["สิ้นสุด", "วันสิ้นสุดโครงการ"], kind: "input", type: "month" },
  { key: "character", label: { th: "ลักษณะโครงการ", en: "Project type" }, aliases: ["ลักษณะ"], kind: "input", type: "text" },
  { key: "budgetSource", label: { th: "แหล่งงบประมาณ", en: "Budget source" }, kind: "input", type: "text" },
  { key: "allocation", label: { th: "งบประมาณที่ได้รับจัดสรร (บาท)", en: "Allocation (baht)" }, aliases: ["งบประมาณที่ได้รับจัดสรร", "งบประมาณที่ได้รับ", "allocation"], kind: "input", type: "money" },
  { key: "fundsAvailableFrom", label: { th: "เดือนที่เงินงบประมาณเข้า", en: "Funds available from" }, aliases: ["เงินงบประมาณเข้า", "funds from"], kind: "input", type: "month" },
  { key: "venue", label: { th: "สถานที่จัดกิจกรรม", en: "Venue" }, aliases: ["สถานที่"], kind: "input", type: "enum", choices: "venue" },
  { key: "trainingType", label: { th: "ประเภทการฝึกอบรม", en: "Training type" }, aliases: ["ประเภทการอบรม"], kind: "input", type: "enum", choices: "trainingType" },
  { key: "staffLevel", label: { th: "ระดับตำแหน่ง (ค่าเดินทาง)", en: "Staff level (travel)" }, aliases: ["ระดับตำแหน่ง", "staff level"], kind: "input", type: "enum", choices: "staffLevel" },
  { key: "statedTotal", label: { th: "รวมทั้งสิ้นตามเอกสาร (บาท)", en: "Stated grand total (baht)" }, aliases: ["รวมทั้งสิ้นตามเอกสาร", "stated total"], kind: "input", type: "money" },
  {
    key: "computedTotal",
    label: { th: "รวมงบประมาณตามการคำนวณ (บาท)", en: "Budget total, computed (baht)" },
    aliases: ["รวมงบประมาณตามรายการ (บาท)", "รวมงบประมาณตามรายการ", "Budget total from lines (baht)", "รวมงบประมาณตามการคำนวณ"],
    kind: "formula",
    type: "money",
    formula: (x) => `=${x.budgetTotal(computedOrAmount(x))}`,
  },
  {
    key: "balance",
    label: { th: "งบจัดสรร − งบตามรายการ (บาท)", en: "Allocation − budget (baht)" },
    kind: "formula",
    type: "money",
    formula: (x) => `=N(${x.field("allocation")})-N(${x.field("computedTotal")})`,
  },
  {
    key: "totalText",
    label: { th: "จำนวนเงิน (ตัวอักษร)", en: "Total in words (Thai)" },
    kind: "formula",
    type: "text",
    // Microsoft lists BAHTTEXT for desktop Excel, not for Excel on the web: there the words give way to the
    // amount in figures instead of #NAME?.
    formula: (x) => `=IFERROR(BAHTTEXT(${x.field("computedTotal")}),TEXT(${x.field("computedTotal")},"#,##0.00")&" บาท")`,
  },
  {
    key: "rateDate",
    label: { th: "วันที่ใช้เลือกอัตรา", en: "Date for rate rules" },
    kind: "formula",
    type: "date",
    formula: (x) => `=IF(ISNUMBER(${x.field("periodStart")}),${x.field("periodStart")},DATE(N(${x.field("fiscalYear")})-544,10,1))`,
  },
  { key: "alignment", label: { th: "สนองยุทธศาสตร์/กลยุทธ์/จุดเน้น", en: "Alignment with strategies" }, aliases: ["สนองยุทธศาสตร์", "alignment"], kind: "input", type: "list" },
  { key: "rationale", label: { th: "หลักการและเหตุผล", en: "Rationale" }, kind: "input", type: "text" },
  { key: "objectives", label: { th: "วัตถุประสงค์", en: "Objectives" }, kind: "input", type: "list" },
  { key: "expectedResults", label: { th: "ผลที่คาดว่าจะได้รับ", en: "Expected results" }, kind: "input", type: "list" },
  // template version 3: the parts of the printed form (แบบเสนอโครงการ); after the fields above so their rows stay
  { key: "workPlan", label: { th: "แผนงาน", en: "Work plan" }, aliases: ["แผนงาน/งาน", "งาน"], kind: "input", type: "text" },
  { key: "strategyObec", label: { th: "สนองกลยุทธ์ สพฐ.", en: "OBEC strategy" }, aliases: ["กลยุทธ์ สพฐ.", "สนองยุทธศาสตร์ สพฐ."], kind: "input", type: "text" },
  { key: "strategyArea", label: { th: "สนองกลยุทธ์ สพท.", en: "Service area strategy" }, aliases: ["กลยุทธ์ สพท.", "สนองกลยุทธ์ สพป.", "สนองกลยุทธ์ สพม."], kind: "input", type: "text" },
  { key: "strategySchool", label: { th: "สนองกลยุทธ์สถานศึกษา", en: "School strategy" }, aliases: ["กลยุทธ์สถานศึกษา", "สนองกลยุทธ์ สถานศึกษา"], kind: "input", type: "text" },
  { key: "standards", label: { th: "สนองมาตรฐานการศึกษา/ตัวบ่งชี้", en: "Education standards / indicators" }, aliases: ["มาตรฐานการศึกษา", "สนองมาตรฐานการศึกษา"], kind: "input", type: "list" },
  { key: "place", label: { th: "สถานที่ดำเนินการ", en: "Place" }, aliases: ["สถานที่ดำเนินงาน"], kind: "input", type: "text" },
  { key: "risks", label: { th: "ปัจจัยความเสี่ยง", en: "Risk factors" }, aliases: ["ความเสี่ยง"], kind: "input", type: "list" },
  { key: "riskResponses", label: { th: "แนวทางการบริหารความเสี่ยง", en: "Risk responses" }, aliases: ["การบริหารความเสี่ยง"], kind: "input", type: "list" },
  { key: "proposerName", label: { th: "ผู้เสนอโครงการ (ชื่อ)", en: "Proposed by (name)" }, kind: "input", type: "text" },
  { key: "proposerPosition", label: { th: "ผู้เสนอโครงการ (ตำแหน่ง)", en: "Proposed by (position)" }, kind: "input", type: "text" },
  { key: "endorserName", label: { th: "ผู้เห็นชอบโครงการ (ชื่อ)", en: "Endorsed by (name)" }, kind: "input", type: "text" },
  { key: "endorserPosition", label: { th: "ผู้เห็นชอบโครงการ (ตำแหน่ง)", en: "Endorsed by (position)" }, kind: "input", type: "text" },
  { key: "approverName", label: { th: "ผู้อนุมัติโครงการ (ชื่อ)", en: "Approved by (name)" }, kind: "input", type: "text" },
  { key: "approverPosition", label: { th: "ผู้อนุมัติโครงการ (ตำแหน่ง)", en: "Approved by (position)" }, kind: "input", type: "text" },
];

/** Project fields the signature block reads: role → name and position field keys. */
export const SIGNER_FIELDS = {
  proposer: { name: "proposerName", position: "proposerPosition" },
  endorser: { name: "endorserName", position: "endorserPosition" },
  approver: { name: "approverName", position: "approverPosition" },
} as const;

/** First row of the project fields (row 1: title, row 2: legend). */
export const PROJECT_FIRST_FIELD_ROW = 3;
export const projectFieldRow = (key: string): number => PROJECT_FIRST_FIELD_ROW + PROJECT_FIELDS.findIndex((f) => f.key === key);
/** The targets block: a section title two rows below the last field, then the header row. */
export const TARGETS_HEADER_ROW = PROJECT_FIRST_FIELD_ROW + PROJECT_FIELDS.length + 2;

export const TARGETS_TABLE: TableDef = {
  key: "targets",
  sheet: "project",
  title: { th: "เป้าหมาย", en: "Targets" },
  minRows: 4,
  spareRows: 0,
  columns: [
    { key: "kind", header: { th: "ประเภทเป้าหมาย", en: "Target type" }, width: 36, kind: "input", type: "enum", choices: "targetKind", required: true },
    { key: "text", header: { th: "เป้าหมาย", en: "Target" }, width: 70, kind: "input", type: "text", required: true },
    { key: "value", header: { th: "ค่าเป้าหมาย", en: "Value" }, width: 14, kind: "input", type: "number" },
    { key: "unit", header: { th: "หน่วย", en: "Unit" }, width: 14, kind: "input", type: "text" },
  ],
};

// ---------------------------------------------------------------------------------------------
// Activities sheet (กิจกรรม)

export const GRID_KEYS = Array.from({ length: 12 }, (_, i) => `m${i + 1}`);

function gridColumn(i: number): ColumnDef {
  return {
    key: GRID_KEYS[i],
    header: { th: "", en: "" },
    // the header shows the month as a date ("ต.ค. 59", bold): Excel shows "####" for a date wider than its column
    width: 8.5,
    kind: "formula",
    type: "text",
    unmatched: true,
    formula: (x) => {
      const m = `${x.c(GRID_KEYS[i])}$${x.headerRow}`;
      const s = monthRef(x, "start", "startDate");
      const e = monthRef(x, "end", "endDate");
      // nested IF, not AND(ISNUMBER(…),…): AND evaluates every argument and EOMONTH of a blank cell is #NUM!
      return `=IF(ISNUMBER(${s}),IF(AND(${m}>=EOMONTH(${s},-1)+1,${m}<=IF(ISNUMBER(${e}),${e},${s})),${Q(FORMULA_TEXT.gridMark)},""),"")`;
    },
  };
}

export const ACTIVITIES_TABLE: TableDef = {
  key: "activities",
  sheet: "activities",
  title: { th: "กิจกรรมและระยะเวลาดำเนินงาน", en: "Activities and schedule" },
  minRows: 10,
  spareRows: 3,
  totalLabelColumn: "name",
  totalLabel: { th: "รวม", en: "Total" },
  columns: [
    { key: "id", header: { th: "ที่", en: "No." }, aliases: ["ลำดับ", "ลำดับที่", "กิจกรรมที่", "#", "no", "number"], width: 6, kind: "input", type: "id", required: true },
    { key: "name", header: { th: "กิจกรรม", en: "Activity" }, aliases: ["ชื่อกิจกรรม", "กิจกรรม/ขั้นตอนการดำเนินงาน", "activity name"], width: 34, kind: "input", type: "text", required: true },
    { key: "owners", header: { th: "ผู้รับผิดชอบ", en: "Responsible" }, aliases: ["owners", "owner", "responsible persons"], width: 22, kind: "input", type: "list" },
    { key: "start", header: { th: "เริ่ม", en: "Start" }, aliases: ["เดือนเริ่ม", "start month", "ระยะเวลาดำเนินงาน", "ระยะเวลา"], width: 13, kind: "input", type: "month" },
    // 16: room for the "ระยะเวลาโครงการ" note above it (the month cells beside it hold formulas, so it cannot run on)
    { key: "end", header: { th: "สิ้นสุด", en: "End" }, aliases: ["เดือนสิ้นสุด", "end month"], width: 16, kind: "input", type: "month" },
    ...GRID_KEYS.map((_, i) => gridColumn(i)),
    {
      key: "budget",
      header: { th: "งบประมาณ (บาท)", en: "Budget (baht)" },
      aliases: ["งบประมาณ", "budget"],
      width: 16,
      kind: "formula",
      type: "money",
      total: true,
      // the one model: activity budgets add up the COMPUTED amounts (older templates: the amount column)
      formula: (x) => `=IF($${x.c("id")}${x.row}="","",SUMIF(${x.budget("activityId")},$${x.c("id")}${x.row},${x.budget(computedOrAmount(x))}))`,
    },
    {
      key: "stated",
      header: { th: "งบตามเอกสาร (บาท)", en: "Stated budget (baht)" },
      aliases: ["งบตามเอกสาร", "stated budget", "stated subtotal"],
      width: 14,
      kind: "input",
      type: "money",
      total: true,
    },
    {
      key: "quarter",
      header: { th: "ไตรมาสที่ใช้จ่าย", en: "Spending quarter" },
      aliases: ["ไตรมาส", "quarter"],
      width: 10,
      kind: "formula",
      type: "text",
      // every fiscal quarter the months touch: "3" for มิ.ย., "3–4" for มิ.ย.–ส.ค. (nested IF: MONTH of an empty end is an error)
      formula: (x) => {
        const s = monthRef(x, "start", "startDate");
        const e = monthRef(x, "end", "endDate");
        const quarterOf = (d: string) => `(INT(MOD(MONTH(${d})+2,12)/3)+1)`;
        const first = quarterOf(s);
        const last = quarterOf(e);
        return `=IF(ISNUMBER(${s}),${first}&IF(ISNUMBER(${e}),IF(${last}<>${first},"–"&${last},""),""),"")`;
      },
    },
    { key: "statusInput", header: { th: "สถานะ (กำหนดเอง)", en: "Status (set)" }, aliases: ["สถานะที่กำหนด"], width: 14, kind: "input", type: "enum", choices: "status" },
    {
      key: "status",
      header: { th: "สถานะ", en: "Status" },
      width: 15,
      kind: "formula",
      type: "text",
      formula: (x) => {
        const s = monthRef(x, "start", "startDate");
        const e = monthRef(x, "end", "endDate");
        const set = `$${x.c("statusInput")}${x.row}`;
        return (
          `=IF(${set}<>"",${set},IF(NOT(ISNUMBER(${s})),"",IF(TODAY()<EOMONTH(${s},-1)+1,${Q(status("planned", x.lang))},` +
          `IF(TODAY()<=EOMONTH(IF(ISNUMBER(${e}),${e},${s}),0),${Q(status("in-progress", x.lang))},${Q(status("late", x.lang))}))))`
        );
      },
    },
    { key: "note", header: { th: "หมายเหตุ", en: "Note" }, aliases: ["remarks"], width: 20, kind: "input", type: "text" },
    // template version 3 (last, so the columns before it keep their letters)
    { key: "pdca", header: { th: "ขั้นตอน PDCA", en: "PDCA step" }, aliases: ["pdca", "ขั้นตอน", "วงจร pdca"], width: 13, kind: "input", type: "enum", choices: "pdca" },
    // template version 3: the months as dates, whether typed as dates or as shown ("มี.ค. 2560")
    asDateColumn("startDate", "start", { th: "เริ่ม (เป็นวันที่)", en: "Start (as date)" }, ["start as date"]),
    asDateColumn("endDate", "end", { th: "สิ้นสุด (เป็นวันที่)", en: "End (as date)" }, ["end as date"]),
  ],
};

// ---------------------------------------------------------------------------------------------
// Budget sheet (งบประมาณ)

export const BUDGET_TABLE: TableDef = {
  key: "budget",
  sheet: "budget",
  title: { th: "รายละเอียดการใช้งบประมาณ", en: "Budget detail" },
  minRows: 15,
  spareRows: 5,
  totalLabelColumn: "item",
  totalLabel: { th: "รวมทั้งสิ้น", en: "Grand total" },
  columns: [
    { key: "activityId", header: { th: "กิจกรรมที่", en: "Activity no." }, aliases: ["กิจกรรม", "activity", "activity id"], width: 11, kind: "input", type: "id" },
    { key: "item", header: { th: "รายการ", en: "Item" }, aliases: ["รายการค่าใช้จ่าย", "items"], width: 36, kind: "input", type: "text", required: true },
    { key: "expenseClass", header: { th: "หมวดรายจ่าย", en: "Expense class" }, aliases: ["หมวด"], width: 17, kind: "input", type: "enum", choices: "expenseClass" },
    { key: "rateCategory", header: { th: "หมวดอัตรา", en: "Rate category" }, aliases: ["ประเภทอัตรา"], width: 20, kind: "input", type: "text" },
    { key: "unitCost", header: { th: "อัตรา (บาท)", en: "Unit cost (baht)" }, aliases: ["อัตรา", "ราคาต่อหน่วย", "ราคา/หน่วย", "unit cost"], width: 12, kind: "input", type: "money" },
    { key: "quantity", header: { th: "จำนวน", en: "Quantity" }, aliases: ["qty"], width: 9, kind: "input", type: "number" },
    { key: "quantityUnit", header: { th: "หน่วยนับ", en: "Unit" }, aliases: ["หน่วย", "หน่วย(จำนวน)", "quantity unit"], width: 9, kind: "input", type: "text" },
    { key: "times", header: { th: "ครั้ง/มื้อ/วัน", en: "Times" }, aliases: ["จำนวนครั้ง", "ครั้ง", "มื้อ"], width: 9, kind: "input", type: "number" },
    { key: "timesUnit", header: { th: "หน่วยครั้ง", en: "Times unit" }, aliases: ["หน่วย(ครั้ง)"], width: 9, kind: "input", type: "text" },
    {
      key: "amount",
      header: { th: "จำนวนเงิน (บาท)", en: "Amount (baht)" },
      aliases: ["จำนวนเงิน", "เป็นเงิน", "amount"],
      width: 14,
      kind: "inputOrFormula",
      type: "money",
      total: true,
      required: true,
      formula: (x) => `=PRODUCT(${x.c("unitCost")}${x.row},${x.c("quantity")}${x.row},${x.c("times")}${x.row})`,
    },
    {
      key: "month",
      header: { th: "เดือนที่ใช้จ่าย", en: "Month" },
      aliases: ["เดือน", "spending month"],
      width: 13,
      kind: "inputOrFormula",
      type: "month",
      formula: (x) =>
        `=IFERROR(INDEX(${x.activities(x.activitiesHas("startDate") ? "startDate" : "start")},MATCH($${x.c("activityId")}${x.row},${x.activities("id")},0)),"")`,
    },
    {
      key: "ceiling",
      header: { th: "เพดานอัตรา (บาท)", en: "Rate ceiling (baht)" },
      aliases: ["เพดานอัตรา", "ceiling"],
      width: 12,
      kind: "formula",
      type: "money",
      formula: (x) => {
        const r = x.row;
        const cat = `$${x.c("rateCategory")}${r}`;
        const mon = monthRef(x, "month", "monthDate");
        const d = `IF(N(${mon})>0,${mon},${x.project("rateDate")})`;
        // The lowest ceiling among the rules in force for the category on that date (0 when none), with what
        // Excel 2016 has (MINIFS needs Excel 2019): SUMPRODUCT evaluates MAX over the rows without Ctrl+Shift+Enter;
        // MAX picks the largest BIG − ceiling among matching rows, so BIG − that is the smallest ceiling.
        const ceil = x.rates("ceiling");
        const match =
          `(${x.rates("category")}=${cat})*(${x.rates("applies")}=1)*(${x.rates("fromCalc")}<=${d})*(${x.rates("toCalc")}>=${d})` +
          `*ISNUMBER(${ceil})*(${BIG}-${ceil})`;
        return `=IF(${cat}="","",IFERROR(ROUND(MOD(${BIG}-SUMPRODUCT(MAX(${match})),${BIG}),2),""))`;
      },
    },
    {
      key: "status",
      header: { th: "ผลตรวจ", en: "Check" },
      aliases: ["สถานะ", "status"],
      width: 14,
      kind: "formula",
      type: "text",
      formula: (x) => {
        const r = x.row;
        const u = `$${x.c("unitCost")}${r}`;
        const a = `$${x.c("amount")}${r}`;
        const c = `$${x.c("ceiling")}${r}`;
        // (short: written on every line row)
        return (
          `=IF(ISFORMULA(${a}),IF(N(${u})*N(${c})=0,"",IF(${u}>${c},${Q(L(x, FORMULA_TEXT.overCeiling))},${Q(L(x, FORMULA_TEXT.ok))})),` +
          `IF(N(${u})>0,${Q(L(x, FORMULA_TEXT.typedAmount))},""))`
        );
      },
    },
    {
      // the one model's amount: unit cost × quantity × times (blank factors count as 1), or the amount as
      // written when there is no unit cost (a lump sum) or a factor is not a number — as src/core/budget.ts
      key: "computed",
      header: { th: "จำนวนเงินตามการคำนวณ (บาท)", en: "Computed amount (baht)" },
      aliases: ["ตามการคำนวณ", "computed amount", "computed"],
      width: 14,
      kind: "formula",
      type: "money",
      total: true,
      // (short: it is written on every line row, and a 5,000-line plan must still go to Excel in few requests)
      // A factor typed as text is not a number for PRODUCT: the reader reports it (bad-number) so it gets retyped.
      formula: (x) => {
        const r = x.row;
        const u = `${x.c("unitCost")}${r}`;
        return `=IF(ISNUMBER(${u}),ROUND(PRODUCT(${u},${x.c("quantity")}${r},${x.c("times")}${r}),2),N(${x.c("amount")}${r}))`;
      },
    },
    { key: "note", header: { th: "หมายเหตุ", en: "Note" }, width: 18, kind: "input", type: "text" },
  ],
};

// ---------------------------------------------------------------------------------------------
// Indicators sheet (ตัวชี้วัด)

export const INDICATORS_TABLE: TableDef = {
  key: "indicators",
  sheet: "indicators",
  title: { th: "การประเมินผล: ตัวชี้วัดความสำเร็จและค่าเป้าหมาย", en: "Evaluation: indicators and targets" },
  minRows: 6,
  spareRows: 2,
  // the order of the printed form: ตัวชี้วัดความสำเร็จ | ค่าเป้าหมาย | วิธีการวัดและประเมินผล | เครื่องมือที่ใช้;
  // what was achieved is typed on the results sheet (RESULT_INDICATORS_TABLE); workbooks of template versions
  // 1–2 have achievedValue/percent here and still read
  columns: [
    { key: "kind", header: { th: "ประเภท", en: "Type" }, aliases: ["ประเภทตัวชี้วัด"], width: 11, kind: "input", type: "enum", choices: "indicatorKind" },
    { key: "text", header: { th: "ตัวชี้วัดความสำเร็จ", en: "Indicator" }, aliases: ["ตัวชี้วัด"], width: 46, kind: "input", type: "text", required: true },
    { key: "targetValue", header: { th: "ค่าเป้าหมาย", en: "Target" }, aliases: ["target value"], width: 11, kind: "input", type: "number", required: true },
    { key: "targetUnit", header: { th: "หน่วย", en: "Unit" }, width: 10, kind: "input", type: "text" },
    { key: "targetText", header: { th: "ค่าเป้าหมาย (ข้อความ)", en: "Target as written" }, aliases: ["เป้าหมาย (ข้อความ)", "เป้าหมาย"], width: 30, kind: "input", type: "text" },
    { key: "method", header: { th: "วิธีการวัดและประเมินผล", en: "How measured" }, aliases: ["วิธีวัด", "วิธีการวัด"], width: 24, kind: "input", type: "text" },
    { key: "tool", header: { th: "เครื่องมือที่ใช้", en: "Tool" }, aliases: ["เครื่องมือ", "เครื่องมือวัด", "เครื่องมือที่ใช้วัด"], width: 22, kind: "input", type: "text" },
    { key: "achievedValue", header: { th: "ผลที่ได้", en: "Achieved" }, aliases: ["ผลการดำเนินงาน", "achieved value"], width: 11, kind: "input", type: "number", legacy: true },
    {
      key: "percent",
      header: { th: "ร้อยละที่บรรลุ", en: "% achieved" },
      width: 11,
      kind: "formula",
      type: "percent",
      legacy: true,
      formula: (x) => achievedPercent(x),
    },
  ],
};

function achievedPercent(x: FormulaCtx): string {
  const t = `$${x.c("targetValue")}${x.row}`;
  const a = `$${x.c("achievedValue")}${x.row}`;
  return `=IF(AND(N(${t})>0,ISNUMBER(${a})),${a}/${t},"")`;
}

// ---------------------------------------------------------------------------------------------
// Results sheet (ผลการดำเนินงาน): label in A, value in B; then per-indicator results (formulas).

export const RESULTS_FIELDS: FieldDef[] = [
  { key: "received", label: { th: "งบประมาณที่ได้รับ (บาท)", en: "Budget received (baht)" }, aliases: ["ได้รับ", "งบประมาณที่ได้รับ", "received"], kind: "input", type: "money" },
  { key: "spent", label: { th: "ใช้จ่ายจริง (บาท)", en: "Spent (baht)" }, aliases: ["ใช้จ่าย", "spent"], kind: "input", type: "money" },
  {
    key: "remaining",
    label: { th: "คงเหลือ (บาท)", en: "Remaining (baht)" },
    aliases: ["คงเหลือ", "remaining"],
    kind: "inputOrFormula",
    type: "money",
    formula: (x) => `=N(${x.field("received")})-N(${x.field("spent")})`,
  },
  {
    key: "spentPercent",
    label: { th: "ร้อยละการใช้จ่าย", en: "Share spent" },
    kind: "formula",
    type: "percent",
    formula: (x) => `=IF(N(${x.field("received")})=0,"",N(${x.field("spent")})/${x.field("received")})`,
  },
  { key: "problems", label: { th: "ปัญหา/อุปสรรค", en: "Problems" }, aliases: ["ปัญหา", "อุปสรรค", "ปัญหาและอุปสรรค"], kind: "input", type: "list" },
  { key: "suggestions", label: { th: "ข้อเสนอแนะ", en: "Suggestions" }, aliases: ["แนวทางแก้ไข/ข้อเสนอแนะ", "แนวทางแก้ไข"], kind: "input", type: "list" },
];
export const RESULTS_FIRST_FIELD_ROW = 3;

/**
 * The results sheet's per-indicator table (template version 3): the indicator and its target drawn from
 * the indicators sheet by formulas, what was achieved typed here, the share and whether it was met.
 */
export const RESULT_INDICATORS_TABLE: TableDef = {
  key: "resultIndicators",
  sheet: "results",
  title: { th: "ผลการดำเนินงานตามตัวชี้วัด", en: "Achievement by indicator" },
  minRows: 6,
  spareRows: 0,
  columns: [
    { key: "text", header: { th: "ตัวชี้วัดความสำเร็จ", en: "Indicator" }, aliases: ["ตัวชี้วัด"], width: 46, kind: "formula", type: "text", required: true },
    { key: "targetValue", header: { th: "ค่าเป้าหมาย", en: "Target" }, width: 12, kind: "formula", type: "number" },
    { key: "targetUnit", header: { th: "หน่วย", en: "Unit" }, width: 10, kind: "formula", type: "text" },
    { key: "achievedValue", header: { th: "ผลที่ได้", en: "Achieved" }, aliases: ["ผลการดำเนินงาน", "achieved value"], width: 12, kind: "input", type: "number", required: true },
    { key: "percent", header: { th: "ร้อยละที่บรรลุ", en: "% achieved" }, width: 12, kind: "formula", type: "percent", formula: (x) => achievedPercent(x) },
    {
      key: "met",
      header: { th: "บรรลุ/ไม่บรรลุ", en: "Met" },
      width: 12,
      kind: "formula",
      type: "text",
      formula: (x) => {
        const p = `$${x.c("percent")}${x.row}`;
        return `=IF(${p}="","",IF(${p}>=1,${Q(L(x, FORMULA_TEXT.met))},${Q(L(x, FORMULA_TEXT.notMet))}))`;
      },
    },
  ],
};
export const resultsFieldRow = (key: string): number => RESULTS_FIRST_FIELD_ROW + RESULTS_FIELDS.findIndex((f) => f.key === key);

export const TABLES: Record<string, TableDef> = {
  targets: TARGETS_TABLE,
  activities: ACTIVITIES_TABLE,
  budget: BUDGET_TABLE,
  indicators: INDICATORS_TABLE,
  rates: RATES_TABLE,
  resultIndicators: RESULT_INDICATORS_TABLE,
};

/** Column number (1-based) of a column in the template. */
export function templateCol(table: TableDef, key: string): number {
  const i = table.columns.findIndex((c) => c.key === key);
  if (i < 0) throw new Error(`No column ${key} in table ${table.key}`);
  return i + 1;
}

/** Larger than any ceiling (baht); written out in full, as HyperFormula reads no exponent literals. */
const BIG = "10000000000";

// ---------------------------------------------------------------------------------------------
// The import notes: what `import` could not read or was unsure of in a project text, kept in the workbook it
// writes (a hidden sheet the add-in owns, never read as a plan) so every later check shows them again.
// Row 1 is this header, then one row per note. Workbooks without the sheet (older templates, plans made in
// Excel) simply have no notes.

export const IMPORT_NOTES = {
  sheet: "_budgetplan_import",
  header: ["line", "severity", "code", "th", "en", "text"] as const,
};
