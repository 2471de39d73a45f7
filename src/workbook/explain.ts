/**
 * "What was read": from a reading (readPlan), which sheet and rows form each table, which column was
 * taken for each plan column (unit cost, quantity, times, amount, activity, month …), which rows were
 * headings, subtotals and totals, which cells were ignored and why, where the project fields and the
 * fiscal year came from. The CLI prints it (`budget-plan inspect`); the pane can show it. Pure.
 */
import { satangToBaht } from "../core/money";
import { colLetter } from "./a1";
import { cellValue, rowWidth } from "./cells";
import type { FoundTable, Located, ReadResult, RowKind } from "./located";
import type { Text } from "./i18n";
import { MAPPING_SHEET, isAddinSheet } from "./mapping";
import { isKeptOldSheet } from "./read/sheets";
import type { WorkbookSnapshot } from "./types";
import { ACTIVITIES_TABLE, BUDGET_TABLE, GRID_KEYS, INDICATORS_TABLE, PROJECT_FIELDS, RATES_TABLE, RESULTS_FIELDS, TARGETS_TABLE } from "./layout";
import type { TableDef } from "./layoutTypes";
import { cellRef } from "../core/cellRef";

export interface ColumnReading {
  role: string;
  column: string;
  header: string;
}

export interface TableReading {
  table: "budget" | "activities" | "indicators" | "targets" | "rates";
  sheet: string;
  headerRows: number[];
  handMade: boolean;
  /** The column mapping came from the user's stored correction. */
  corrected: boolean;
  columns: ColumnReading[];
  /** Columns inside the table that no plan column took (with their header). */
  /** Columns with a header that were not read: matching no plan column, or hidden by the user (`hidden`). */
  ignoredColumns: { column: string; header: string; hidden?: boolean }[];
  rows: { row: number; kind: RowKind; activityId?: string; text?: string }[];
}

export interface Explanation {
  isPlan: boolean;
  template: boolean;
  fiscalYear: { year: number; how: string; cell?: string; text?: string };
  fields: { field: string; cell: string; value: string }[];
  tables: TableReading[];
  sheets: { name: string; use: string }[];
  problems: Text[];
}

export const ROLE_LABEL: Record<string, Text> = {
  item: { th: "รายการ", en: "item" },
  unitCost: { th: "ราคาต่อหน่วย", en: "unit cost" },
  quantity: { th: "จำนวน", en: "quantity" },
  times: { th: "ครั้ง/มื้อ/วัน", en: "times" },
  days: { th: "ตัวคูณเพิ่ม (วัน/คืน/รุ่น)", en: "further factor (days, nights)" },
  amount: { th: "จำนวนเงิน", en: "amount" },
  activityId: { th: "กิจกรรมที่", en: "activity" },
  month: { th: "เดือน", en: "month" },
  quantityUnit: { th: "หน่วยนับ", en: "unit" },
  note: { th: "หมายเหตุ", en: "note" },
  expenseClass: { th: "หมวดรายจ่าย", en: "expense class" },
  calcText: { th: "รายละเอียดการคำนวณ (ราคา × จำนวน × ครั้ง เป็นข้อความ)", en: "calculation text (the factors written out)" },
  id: { th: "ที่", en: "no." },
  name: { th: "กิจกรรม", en: "activity" },
  start: { th: "เริ่ม", en: "start" },
  end: { th: "สิ้นสุด", en: "end" },
  owners: { th: "ผู้รับผิดชอบ", en: "responsible" },
  budget: { th: "งบประมาณ", en: "budget" },
  timesUnit: { th: "หน่วยของครั้ง/มื้อ/วัน", en: "unit of the times" },
  seq: { th: "ลำดับที่", en: "no." },
  classAmount: { th: "จำนวนเงินตามหมวดรายจ่าย", en: "amount by expense class" },
};

/** The template's tables, by the name a reading gives them: their column headers name the template's columns. */
export const LAYOUT_TABLES: Record<TableReading["table"], TableDef> = {
  budget: BUDGET_TABLE,
  activities: ACTIVITIES_TABLE,
  indicators: INDICATORS_TABLE,
  targets: TARGETS_TABLE,
  rates: RATES_TABLE,
};

/** The names of the tables, as the pane's "What was read" names them. */
export const TABLE_LABEL: Record<TableReading["table"], Text> = {
  budget: { th: "ตารางงบประมาณ", en: "Budget table" },
  activities: { th: "ตารางกิจกรรม", en: "Activities table" },
  indicators: { th: "ตารางตัวชี้วัด", en: "Indicators table" },
  targets: { th: "ตารางเป้าหมาย", en: "Targets table" },
  rates: { th: "ตารางอัตรา", en: "Rates table" },
};

/** A template column's header as a label: its unit in brackets and line breaks dropped ("จำนวนเงิน (บาท)" → "จำนวนเงิน"). */
function headerLabel(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\s*\((บาท|baht)\)\s*$/i, "").trim();
}

/** A project or results field ("name", "fiscalYear", "allocation" …) as the sheet labels it. */
export function fieldLabel(field: string, lang: "th" | "en"): string {
  const def = [...PROJECT_FIELDS, ...RESULTS_FIELDS].find((f) => f.key === field);
  return def ? headerLabel(def.label[lang]).replace(/[:：]\s*$/, "") : field;
}

const MONTH_SHORT = {
  th: ["ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย."],
  en: ["Oct", "Nov", "Dec", "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep"],
};
const CLASS_LABEL: Record<string, Text> = {
  compensation: { th: "ค่าตอบแทน", en: "compensation" },
  services: { th: "ค่าใช้สอย", en: "services" },
  materials: { th: "ค่าวัสดุ", en: "materials" },
  utilities: { th: "ค่าสาธารณูปโภค", en: "utilities" },
};

/**
 * A column role as the user reads it ("satang:G" → "สตางค์ของ G", "monthAmount:1" → "จำนวนเงินเดือน ต.ค."):
 * a hand-made table's roles by ROLE_LABEL, a template column by its header in the template (`table` tells
 * which of the template's tables; without it the first that has the column). Never the internal id.
 */
export function roleLabel(role: string, lang: "th" | "en", table?: TableReading["table"]): string {
  const [base, arg] = role.split(":");
  const grid = GRID_KEYS.indexOf(role);
  if (grid >= 0) return roleLabel(`scheduleMonth:${grid + 1}`, lang);
  if (base === "times" && arg === "extra") return lang === "th" ? "ตัวคูณเพิ่ม (ครั้ง/มื้อ/วัน)" : "further factor (times)";
  if (base === "satang") return lang === "th" ? `สตางค์ของคอลัมน์ ${arg}` : `satang of column ${arg}`;
  if (base === "monthAmount") return lang === "th" ? `จำนวนเงินเดือน ${MONTH_SHORT.th[Number(arg) - 1] ?? arg}` : `amount in ${MONTH_SHORT.en[Number(arg) - 1] ?? arg}`;
  if (base === "scheduleMonth")
    return lang === "th"
      ? `ตารางเวลา เดือน ${MONTH_SHORT.th[Number(arg) - 1] ?? arg} (ช่องที่ทำเครื่องหมาย = เดือนที่ทำกิจกรรม)`
      : `schedule, ${MONTH_SHORT.en[Number(arg) - 1] ?? arg} (a marked cell = the activity runs that month)`;
  if (base === "amount" && arg) return lang === "th" ? `จำนวนเงิน (${CLASS_LABEL[arg]?.th ?? arg})` : `amount (${CLASS_LABEL[arg]?.en ?? arg})`;
  if (ROLE_LABEL[role]) return ROLE_LABEL[role][lang];
  const tables = table ? [LAYOUT_TABLES[table]] : Object.values(LAYOUT_TABLES);
  for (const t of [...tables, ...Object.values(LAYOUT_TABLES)]) {
    const c = t.columns.find((x) => x.key === role);
    if (c && c.header[lang].trim()) return headerLabel(c.header[lang]);
  }
  return role;
}

function tableReading(snapshot: WorkbookSnapshot, key: TableReading["table"], t: FoundTable, loc: Located): TableReading {
  const s = snapshot.sheets.find((x) => x.name === t.sheet);
  const headerRows = t.handMade?.headerRows ?? [t.headerRow];
  const headerText = (c: number) =>
    headerRows
      .map((r) => (s ? cellValue(s, r, c) : null))
      .filter((v) => typeof v === "string" && v.trim())
      .join(" ")
      .trim();
  const columns: ColumnReading[] = Object.entries(t.cols)
    .sort((a, b) => a[1] - b[1])
    .map(([role, c]) => ({ role, column: colLetter(c), header: t.handMade?.headers[role] ?? headerText(c) }));
  for (const c of t.handMade?.extraFactors ?? []) columns.push({ role: "times:extra", column: colLetter(c), header: headerText(c) });
  for (const [cls, c] of Object.entries(t.handMade?.classCols ?? {})) if (!columns.some((x) => x.column === colLetter(c))) columns.push({ role: `amount:${cls}`, column: colLetter(c), header: headerText(c) });
  for (const [money, c] of Object.entries(t.handMade?.satang ?? {})) columns.push({ role: `satang:${colLetter(Number(money))}`, column: colLetter(c), header: headerText(c) });
  for (const m of t.handMade?.monthCols ?? []) columns.push({ role: `monthAmount:${m.index + 1}`, column: colLetter(m.col), header: headerText(m.col) });
  // an activity table's grid of month marks, when it gave the activities their months (read/activityGrid.ts)
  if (key === "activities") for (const m of loc.activityGridCols ?? []) columns.push({ role: `scheduleMonth:${m.index + 1}`, column: colLetter(m.col), header: headerText(m.col) });
  const used = new Set(columns.map((c) => c.column));
  const ignoredColumns: TableReading["ignoredColumns"] = [];
  if (s) {
    const width = Math.max(...headerRows.map((r) => rowWidth(s, r)));
    for (let c = 1; c <= width; c++) {
      const h = headerText(c);
      if (h && !used.has(colLetter(c))) ignoredColumns.push({ column: colLetter(c), header: h, ...(s.hidden?.cols.includes(c) ? { hidden: true } : {}) });
    }
  }
  const rows = t.handMade ? t.handMade.rowKinds : t.rows.map((row) => ({ row, kind: "line" as RowKind }));
  if (!t.handMade && t.totalRow !== undefined) rows.push({ row: t.totalRow, kind: "total" });
  return { table: key, sheet: t.sheet, headerRows, handMade: !!t.handMade, corrected: !!t.handMade?.corrected, columns, ignoredColumns, rows };
}

/** What a reading took from the workbook, and what it left out. */
export function explainReading(snapshot: WorkbookSnapshot, read: ReadResult): Explanation {
  const loc: Located = read.located;
  const tables: TableReading[] = [];
  for (const key of ["activities", "budget", "indicators", "targets", "rates"] as const) {
    // several budget tables (one sheet per activity, tables one below another): each one
    const all = key === "budget" && loc.budgetTables ? loc.budgetTables : [loc[key]];
    for (const t of all) if (t) tables.push(tableReading(snapshot, key, t, loc));
  }
  const fields: Explanation["fields"] = [];
  const fieldSheets: string[] = [];
  const p = read.plan.project;
  const cells = p.cells ?? {};
  const show: [string, unknown][] = [
    ["name", p.name],
    ["fiscalYear", p.fiscalYear],
    ["allocation", p.allocation !== undefined ? satangToBaht(p.allocation) : undefined],
    ["periodStart", p.periodStart ? `${p.periodStart.month}/${p.periodStart.year}` : undefined],
    ["periodEnd", p.periodEnd ? `${p.periodEnd.month}/${p.periodEnd.year}` : undefined],
    ["owner", p.owner],
    ["statedTotal", p.statedTotal !== undefined ? satangToBaht(p.statedTotal) : undefined],
  ];
  for (const [field, value] of show) {
    const c = (cells as Record<string, { sheet: string; cell: string } | undefined>)[field];
    if (value === undefined || value === "" || !c) continue;
    fields.push({ field, cell: cellRef(c.sheet, c.cell), value: String(value) });
    fieldSheets.push(c.sheet);
  }
  const usedSheets = new Set([...tables.map((t) => t.sheet), ...(loc.project ? [loc.project.sheet] : []), ...fieldSheets]);
  const sheets = (snapshot.sheets ?? []).map((s) => ({
    name: s.name,
    use: isKeptOldSheet(s.name)
      ? "old-copy"
      : isAddinSheet(s.name)
        ? "mapping"
        : usedSheets.has(s.name)
          ? "read"
          : "not-read",
  }));
  const fy = loc.fiscalYearSource;
  return {
    isPlan: read.isPlan,
    template: !!loc.template,
    fiscalYear: { year: p.fiscalYear, how: fy?.how ?? "field", ...(fy?.cell ? { cell: cellRef(fy.cell.sheet, fy.cell.cell) } : {}), ...(fy?.text ? { text: fy.text } : {}) },
    fields,
    tables,
    sheets,
    problems: read.issues,
  };
}

export { MAPPING_SHEET };
