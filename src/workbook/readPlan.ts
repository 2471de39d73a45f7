/**
 * WorkbookSnapshot → Plan, using the ONE layout (layout.ts). Robust to what users do to sheets:
 * - tables are found by their header row (header texts in Thai or English, any column order), not
 *   by fixed rows, so inserted/deleted rows, added columns and sorted tables still read;
 * - sheets are identified by name (either language) or, when renamed, by their content;
 * - a table ends at its total row or the first fully blank row; rows whose inputs are all empty
 *   (the template's spare rows) are skipped;
 * - every value carries its cell address (`cells`) for findings and fixes.
 * Never throws: a workbook that is not a plan gives isPlan=false and problems in Thai and English.
 */
import type { Finding } from "../core/findings";
import type { Activity, BudgetLine, CellRef, Indicator, LineField, MonthRef, Plan, Project, Results, Subtotal, Target } from "../core/model";
import { emptyPlan } from "../core/model";
import { fiscalYearOf, monthOfDate, parseMonth, parseMonthRange } from "../core/calendar";
import { parseMoney, parseNumber, bahtToSatang } from "../core/money";
import { toArabicDigits } from "../core/thaiDigits";
import type { RateBook } from "../core/rates/rateBook";
import { rateBookFromRules } from "../core/rates/rateBook";
import type { RateConditions, RateRule } from "../core/rates/schema";
import { addr, findRefs, isErrorValue, serialToDate } from "./a1";
import type { Positions, TablePos } from "./ctx";
import {
  CHOICES,
  OTHER_CONDITION_CHOICES,
  SHEET_KEYS,
  SHEET_NAMES,
  both,
  normalizeLabel,
  parseChoice,
  type Lang,
  type SheetKey,
  type Text,
} from "./i18n";
import {
  ACTIVITIES_TABLE,
  BUDGET_TABLE,
  INDICATORS_TABLE,
  PROJECT_FIELDS,
  RATES_TABLE,
  RESULTS_FIELDS,
  TARGETS_TABLE,
  type FieldDef,
  type TableDef,
} from "./layout";
import { parseCategory } from "./rateLabels";
import type { CellScalar, SheetSnapshot, WorkbookSnapshot } from "./types";
import { formulaChecks } from "./sheetRules";

// ---------------------------------------------------------------------------------------------
// Located places (shared with sheetRules.ts and fixes.ts)

export interface FormPos {
  sheet: string;
  rows: Record<string, number>;
  valueCol: number;
  labelCol: number;
}

export interface FoundTable extends TablePos {
  /** Data rows actually read (not the skipped empty rows), in sheet order. */
  rows: number[];
  /** "รวม" rows between blocks of lines (hand-made budget sheets), read as stated subtotals. */
  subtotalRows: number[];
}

export interface Located {
  lang: Lang;
  sheets: Partial<Record<SheetKey, SheetSnapshot>>;
  project?: FormPos;
  results?: FormPos;
  targets?: FoundTable;
  activities?: FoundTable;
  budget?: FoundTable;
  indicators?: FoundTable;
  rates?: FoundTable;
  ratesCondRow?: number;
  /** Budget line id → row; activity id → row. */
  lineRows: Map<string, number>;
  activityRows: Map<string, number>;
}

export interface ReadResult {
  plan: Plan;
  /** Findings that need the sheet (bad-number for text numbers, formula-error, line-amount-hardcoded, formula-inconsistent, sum-range-incomplete). */
  sheetFindings: Finding[];
  /** Reading problems, each "Thai / English". */
  problems: string[];
  /** The same problems as { th, en }. */
  issues: Text[];
  isPlan: boolean;
  /** The rate rules as written in the workbook's rates sheet (undefined when there is none or it is empty). */
  rateBookFromSheet?: RateBook;
  located: Located;
}

/** Positions (for formula contexts) from what was located. */
export function positionsOf(loc: Located): Positions {
  return {
    lang: loc.lang,
    project: loc.project ? { sheet: loc.project.sheet, rows: loc.project.rows, valueCol: loc.project.valueCol } : undefined,
    activities: loc.activities,
    budget: loc.budget,
    rates: loc.rates,
    ratesCondRow: loc.ratesCondRow,
  };
}

// ---------------------------------------------------------------------------------------------
// Cell access

export function cellValue(s: SheetSnapshot, row: number, col: number): CellScalar {
  const r = s.values[row - 1];
  if (!r) return null;
  const v = r[col - 1];
  return v === undefined ? null : v;
}

export function cellFormula(s: SheetSnapshot, row: number, col: number): string | null {
  const r = s.formulas?.[row - 1];
  if (!r) return null;
  const f = r[col - 1];
  return typeof f === "string" && f.startsWith("=") ? f : null;
}

function isEmpty(v: CellScalar): boolean {
  return v === null || (typeof v === "string" && v.trim() === "");
}

function rowCount(s: SheetSnapshot): number {
  return Math.max(s.values.length, s.formulas?.length ?? 0);
}

const TOTAL_WORDS = ["รวม", "รวมทั้งสิ้น", "รวมทั้งหมด", "ยอดรวม", "รวมเงิน", "total", "grandtotal", "sum"].map(normalizeLabel);

// ---------------------------------------------------------------------------------------------
// Header matching

function headerKeys(table: TableDef): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of table.columns) {
    if (c.unmatched) continue;
    for (const h of [c.header.th, c.header.en, ...(c.aliases ?? [])]) {
      const n = normalizeLabel(h);
      if (n && !m.has(n)) m.set(n, c.key);
    }
  }
  return m;
}

interface HeaderHit {
  row: number;
  cols: Record<string, number>;
  score: number;
  thai: number;
  english: number;
}

type RowTexts = { c: number; n: string; raw: string }[][];

/** Short texts of each row, normalised once per sheet (headers and labels are short; long texts are skipped). */
const textCache = new WeakMap<SheetSnapshot, RowTexts>();
function rowTexts(s: SheetSnapshot, maxRows = 400): RowTexts {
  const hit = textCache.get(s);
  if (hit) return hit;
  const out: RowTexts = [];
  const n = Math.min(rowCount(s), maxRows);
  for (let r = 1; r <= n; r++) {
    const row: { c: number; n: string; raw: string }[] = [];
    const vals = s.values[r - 1] ?? [];
    for (let c = 1; c <= vals.length; c++) {
      const v = vals[c - 1];
      if (typeof v !== "string" || v.length > 60 || !v.trim()) continue;
      row.push({ c, n: normalizeLabel(v), raw: v });
    }
    out.push(row);
  }
  textCache.set(s, out);
  return out;
}

/** The header row of a table in a sheet (best match), or null. */
export function findHeader(s: SheetSnapshot, table: TableDef, maxRows = 300): HeaderHit | null {
  const keys = headerKeys(table);
  // exact header texts first (th/en), aliases second: a column matched by its own header wins
  const exact = new Map<string, string>();
  for (const c of table.columns) {
    if (c.unmatched) continue;
    exact.set(normalizeLabel(c.header.th), c.key);
    exact.set(normalizeLabel(c.header.en), c.key);
  }
  const required = table.columns.filter((c) => c.required).map((c) => c.key);
  const minScore = table.key === "targets" ? 2 : 3;
  let best: HeaderHit | null = null;
  const all = rowTexts(s);
  const n = Math.min(all.length, maxRows);
  for (let r = 1; r <= n; r++) {
    const cols: Record<string, number> = {};
    let thai = 0;
    let english = 0;
    const texts = all[r - 1];
    if (texts.length < minScore) continue;
    for (const pass of [exact, keys]) {
      for (const t of texts) {
        const key = pass.get(t.n);
        if (!key || cols[key] !== undefined || Object.values(cols).includes(t.c)) continue;
        cols[key] = t.c;
        if (/[\u0E00-\u0E7F]/.test(t.raw)) thai++;
        else english++;
      }
    }
    if (!required.every((k) => cols[k] !== undefined)) continue;
    const score = Object.keys(cols).length;
    if (score < minScore) continue;
    if (!best || score > best.score) best = { row: r, cols, score, thai, english };
  }
  return best;
}

interface FormHit {
  rows: Record<string, number>;
  labelCol: number;
  score: number;
  thai: number;
  english: number;
}

/** Label/value form (project, results): labels matched in any column, value in the next column. */
function findForm(s: SheetSnapshot, fields: FieldDef[], maxRows = 400): FormHit | null {
  const labels = new Map<string, string>();
  for (const f of fields) {
    for (const l of [f.label.th, f.label.en]) labels.set(normalizeLabel(l), f.key);
  }
  const aliases = new Map<string, string>();
  for (const f of fields) for (const a of f.aliases ?? []) if (!labels.has(normalizeLabel(a))) aliases.set(normalizeLabel(a), f.key);
  const rows: Record<string, number> = {};
  const colVotes = new Map<number, number>();
  let thai = 0;
  let english = 0;
  const all = rowTexts(s);
  const n = Math.min(all.length, maxRows);
  const usedRows = new Set<number>();
  for (const pass of [labels, aliases]) {
    for (let r = 1; r <= n; r++) {
      if (usedRows.has(r) || all[r - 1].length >= 4) continue; // table header rows are not form labels
      for (const t of all[r - 1]) {
        if (t.c > 4) break;
        const key = pass.get(t.n);
        if (!key || rows[key] !== undefined) continue;
        rows[key] = r;
        usedRows.add(r);
        colVotes.set(t.c, (colVotes.get(t.c) ?? 0) + 1);
        if (/[\u0E00-\u0E7F]/.test(t.raw)) thai++;
        else english++;
        break;
      }
    }
  }
  const score = Object.keys(rows).length;
  if (!score) return null;
  const labelCol = [...colVotes.entries()].sort((a, b) => b[1] - a[1])[0][0];
  return { rows, labelCol, score, thai, english };
}

// ---------------------------------------------------------------------------------------------
// Sheet identification

function nameKey(name: string): SheetKey | undefined {
  const n = normalizeLabel(name);
  for (const k of SHEET_KEYS) if (normalizeLabel(SHEET_NAMES.th[k]) === n || normalizeLabel(SHEET_NAMES.en[k]) === n) return k;
  return undefined;
}

interface SheetScan {
  sheet: SheetSnapshot;
  byName?: SheetKey;
  tables: Partial<Record<string, HeaderHit>>;
  project?: FormHit;
  results?: FormHit;
}

const TABLE_FOR_SHEET: Partial<Record<SheetKey, TableDef>> = {
  activities: ACTIVITIES_TABLE,
  budget: BUDGET_TABLE,
  indicators: INDICATORS_TABLE,
  rates: RATES_TABLE,
};

function scanSheet(sheet: SheetSnapshot): SheetScan {
  const scan: SheetScan = { sheet, byName: nameKey(sheet.name), tables: {} };
  for (const t of [ACTIVITIES_TABLE, BUDGET_TABLE, INDICATORS_TABLE, RATES_TABLE, TARGETS_TABLE]) {
    const h = findHeader(sheet, t);
    if (h) scan.tables[t.key] = h;
  }
  const p = findForm(sheet, PROJECT_FIELDS);
  if (p && p.score >= 3) scan.project = p;
  const r = findForm(sheet, RESULTS_FIELDS);
  if (r && r.rows.received !== undefined && r.rows.spent !== undefined) scan.results = r;
  return scan;
}

function contentScore(scan: SheetScan, key: SheetKey): number {
  if (key === "project") return scan.project ? scan.project.score : 0;
  if (key === "results") return scan.results ? scan.results.score : 0;
  const t = TABLE_FOR_SHEET[key];
  return t ? (scan.tables[t.key]?.score ?? 0) : 0;
}

function assignSheets(scans: SheetScan[]): Partial<Record<SheetKey, SheetScan>> {
  const out: Partial<Record<SheetKey, SheetScan>> = {};
  const used = new Set<SheetScan>();
  // 1. by name, when the content agrees (or the sheet is one that is not read)
  for (const key of SHEET_KEYS) {
    const s = scans.find((x) => x.byName === key && !used.has(x) && (key === "summary" || contentScore(x, key) > 0));
    if (s) {
      out[key] = s;
      used.add(s);
    }
  }
  // 2. by content, best score first
  for (const key of ["budget", "activities", "rates", "indicators", "project", "results"] as SheetKey[]) {
    if (out[key]) continue;
    let best: SheetScan | undefined;
    let bestScore = 0;
    for (const s of scans) {
      if (used.has(s)) continue;
      const sc = contentScore(s, key);
      if (sc > bestScore) {
        best = s;
        bestScore = sc;
      }
    }
    if (best) {
      out[key] = best;
      used.add(best);
    }
  }
  // 3. hand-made workbooks often hold everything on one sheet: a sheet found by its content may also
  //    give the tables still missing (each table has its own header row)
  for (const key of ["activities", "budget", "indicators", "project"] as SheetKey[]) {
    if (out[key]) continue;
    const s = scans.find((x) => !x.byName && used.has(x) && contentScore(x, key) > 0);
    if (s) out[key] = s;
  }
  return out;
}

/** Header rows of every table found on a sheet (a table stops at another table's header). */
function headerRowsOf(scan: SheetScan): Set<number> {
  return new Set(Object.values(scan.tables).map((h) => h!.row));
}

// ---------------------------------------------------------------------------------------------
// Value parsing with findings

interface Ctx {
  /** Sheets by lower-cased name (to look at the cells a formula refers to). */
  sheets: Map<string, SheetSnapshot>;
  findings: Finding[];
  issues: Text[];
  /** Cells already reported (rule|sheet|cell) to avoid duplicates. */
  seen: Set<string>;
}

function report(ctx: Ctx, f: Finding): void {
  const k = `${f.rule}|${f.sheet}|${f.cell}`;
  if (ctx.seen.has(k)) return;
  ctx.seen.add(k);
  ctx.findings.push(f);
}

function ref(s: SheetSnapshot, row: number, col: number): CellRef {
  return { sheet: s.name, cell: addr(row, col) };
}

/** Reports a spreadsheet error value in a cell the plan uses; true when the cell holds an error. */
function checkError(ctx: Ctx, s: SheetSnapshot, row: number, col: number, what: Text): boolean {
  const v = cellValue(s, row, col);
  if (!isErrorValue(v)) return false;
  const formula = cellFormula(s, row, col);
  // report the cause, not its echoes: a formula whose own inputs already show an error is skipped
  if (formula && refersToError(ctx, s, formula)) return true;
  report(ctx, {
    rule: "formula-error",
    severity: "error",
    message: {
      th: `${what.th}: ช่อง ${s.name}!${addr(row, col)} แสดงข้อผิดพลาด ${v}${formula ? ` (สูตร ${formula})` : ""}`,
      en: `${what.en}: cell ${s.name}!${addr(row, col)} shows the error ${v}${formula ? ` (formula ${formula})` : ""}`,
    },
    actual: v,
    valueKind: "text",
    sheet: s.name,
    cell: addr(row, col),
  });
  return true;
}

function refersToError(ctx: Ctx, s: SheetSnapshot, formula: string): boolean {
  for (const r of findRefs(formula)) {
    const target = r.sheet !== undefined ? ctx.sheets.get(r.sheet.toLowerCase()) : s;
    if (!target) continue;
    const r1 = Math.min(r.r1, r.r2);
    const r2 = Math.min(Math.max(r.r1, r.r2), rowCount(target));
    const c1 = Math.min(r.c1, r.c2);
    const c2 = Math.max(r.c1, r.c2);
    if ((r2 - r1 + 1) * (c2 - c1 + 1) > 20000) continue;
    for (let rr = r1; rr <= r2; rr++) for (let cc = c1; cc <= c2; cc++) if (isErrorValue(cellValue(target, rr, cc))) return true;
  }
  return false;
}

type NumRead = { value: number | null; invalid?: string };

/**
 * A number cell: numbers as they are; text that holds a number (Thai digits, commas, "35 บาท") is
 * read, with a warning because formulas ignore text; other text is invalid.
 */
function readNum(ctx: Ctx, s: SheetSnapshot, row: number, col: number | undefined, kind: "money" | "number", what: Text): NumRead {
  if (col === undefined) return { value: null };
  const v = cellValue(s, row, col);
  if (isEmpty(v)) return { value: null };
  if (checkError(ctx, s, row, col, what)) return { value: null };
  if (typeof v === "number") return { value: kind === "money" ? bahtToSatang(v) : v };
  if (typeof v === "boolean") return { value: null, invalid: String(v) };
  const text = String(v).trim();
  if (text === "-" || text === "–") return { value: null };
  const strict = /^[\s(]*-?[0-9๐-๙][0-9๐-๙,]*(\.[0-9๐-๙]+)?[\s)]*(บาท|baht|\.-)?\s*$/i.test(text);
  const parsed = kind === "money" ? parseMoney(text) : parseNumber(text);
  if (parsed === null || !strict) return { value: null, invalid: text };
  report(ctx, {
    rule: "bad-number",
    severity: "warning",
    message: {
      th: `${what.th}: ช่อง ${s.name}!${addr(row, col)} เป็นข้อความ "${text}" ไม่ใช่ตัวเลข สูตรจะไม่นำไปคำนวณ — พิมพ์เป็นตัวเลข`,
      en: `${what.en}: cell ${s.name}!${addr(row, col)} holds the text "${text}", not a number; formulas ignore it — type it as a number`,
    },
    actual: text,
    valueKind: "text",
    sheet: s.name,
    cell: addr(row, col),
  });
  return { value: parsed };
}

function readText(ctx: Ctx, s: SheetSnapshot, row: number, col: number | undefined, what: Text): string | undefined {
  if (col === undefined) return undefined;
  const v = cellValue(s, row, col);
  if (isEmpty(v)) return undefined;
  if (checkError(ctx, s, row, col, what)) return undefined;
  return String(v).trim();
}

function readId(ctx: Ctx, s: SheetSnapshot, row: number, col: number | undefined, what: Text): string | undefined {
  const t = readText(ctx, s, row, col, what);
  if (t === undefined) return undefined;
  return toArabicDigits(t).replace(/[.)]+$/, "").trim() || undefined;
}

/** A month: a date serial (Excel date) or Thai/English month text. */
function readMonth(ctx: Ctx, s: SheetSnapshot, row: number, col: number | undefined, what: Text): { value?: MonthRef; range?: { start: MonthRef; end: MonthRef }; bad?: string } {
  if (col === undefined) return {};
  const v = cellValue(s, row, col);
  if (isEmpty(v)) return {};
  if (checkError(ctx, s, row, col, what)) return {};
  if (typeof v === "number") {
    if (v === 0) return {};
    const d = serialToDate(v);
    return d && v > 366 ? { value: { year: d.year, month: d.month } } : { bad: String(v) };
  }
  const text = String(v).trim();
  const range = parseMonthRange(text);
  if (range) return { value: range.start, range };
  const m = parseMonth(text);
  return m ? { value: m } : { bad: text };
}

function readList(s: SheetSnapshot, row: number, col: number | undefined): string[] {
  if (col === undefined) return [];
  const v = cellValue(s, row, col);
  if (isEmpty(v) || isErrorValue(v)) return [];
  return String(v)
    .split(/\r?\n|;|,(?!\d)/)
    .map((x) => x.trim())
    .filter(Boolean);
}

function isoOfSerialOrText(v: CellScalar): string | undefined {
  if (typeof v === "number") {
    const d = serialToDate(v);
    if (!d) return undefined;
    return `${String(d.year - 543).padStart(4, "0")}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
  }
  if (typeof v === "string" && v.trim()) {
    const t = toArabicDigits(v.trim());
    if (/^\d{4}-\d{2}-\d{2}$/.test(t)) {
      const y = Number(t.slice(0, 4));
      return y > 2400 ? `${y - 543}${t.slice(4)}` : t;
    }
    const m = parseMonth(t);
    if (m) return `${m.year - 543}-${String(m.month).padStart(2, "0")}-01`;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Tables

/** Data rows of a table below its header, up to the total row or the first fully blank row. */
function tableRows(s: SheetSnapshot, table: TableDef, hit: HeaderHit, stopRows: Set<number> = new Set()): FoundTable {
  const colNums = Object.values(hit.cols);
  const minC = Math.min(...colNums);
  const maxC = Math.max(...colNums);
  const inputKeys = table.columns.filter((c) => c.kind !== "formula" && hit.cols[c.key] !== undefined).map((c) => c.key);
  const labelCol = table.totalLabelColumn ? hit.cols[table.totalLabelColumn] : undefined;
  const totalCols = table.columns.filter((c) => c.total && hit.cols[c.key] !== undefined).map((c) => hit.cols[c.key]);
  const rows: number[] = [];
  const n = rowCount(s);
  let lastRow = hit.row;
  const isBlank = (r: number) => {
    for (let c = minC; c <= maxC; c++) if (!isEmpty(cellValue(s, r, c)) || cellFormula(s, r, c)) return false;
    return true;
  };
  const isTotal = (r: number) => {
    // a "รวม"/"Total" label with no id, or a SUM over the column above
    const label = labelCol !== undefined ? cellValue(s, r, labelCol) : null;
    const idCol = hit.cols.id ?? hit.cols.activityId;
    const idEmpty = idCol === undefined || isEmpty(cellValue(s, r, idCol));
    const labelIsTotal = typeof label === "string" && TOTAL_WORDS.some((w) => normalizeLabel(label) === w || normalizeLabel(label).startsWith("รวมทั้งสิ้น"));
    const sumBelow = totalCols.some((c) => {
      const f = cellFormula(s, r, c);
      return !!f && /^=\s*SUM\(/i.test(f) && idEmpty;
    });
    return (labelIsTotal && idEmpty) || sumBelow;
  };
  // the total row, if any, before a run of 3 blank rows: blank rows above it belong to the table.
  // In a budget table, "รวม" rows followed by more lines are block subtotals (hand-made sheets).
  const subtotalRows: number[] = [];
  let totalRow: number | undefined;
  let blanks = 0;
  const totals: number[] = [];
  let lastData = 0;
  const stop = [...stopRows].filter((r) => r > hit.row).sort((a, b) => a - b)[0] ?? n + 1;
  for (let r = hit.row + 1; r < stop && blanks < 3; r++) {
    if (isBlank(r)) {
      blanks++;
      continue;
    }
    blanks = 0;
    if (isTotal(r)) {
      totals.push(r);
      if (table.key !== "budget") break;
    } else lastData = r;
  }
  // the last "รวม" row after the last line is the grand total; the others are block subtotals
  const lastTotal = totals.length ? totals[totals.length - 1] : undefined;
  if (lastTotal !== undefined && lastTotal > lastData) totalRow = lastTotal;
  for (const r of totals) if (r !== totalRow) subtotalRows.push(r);
  const end = totalRow !== undefined ? totalRow - 1 : Math.min(n, stop - 1);
  for (let r = hit.row + 1; r <= end; r++) {
    if (isBlank(r)) {
      if (totalRow === undefined && !subtotalRows.length) break;
      continue;
    }
    if (subtotalRows.includes(r)) continue;
    lastRow = r;
    const hasInput = inputKeys.some((k) => {
      const c = hit.cols[k];
      const col = table.columns.find((x) => x.key === k)!;
      if (col.kind === "inputOrFormula" && cellFormula(s, r, c)) return false;
      return !isEmpty(cellValue(s, r, c));
    });
    if (hasInput) rows.push(r);
  }
  return { sheet: s.name, headerRow: hit.row, firstRow: hit.row + 1, lastRow: Math.max(lastRow, hit.row + 1), totalRow, subtotalRows, cols: hit.cols, rows };
}

// ---------------------------------------------------------------------------------------------

const W = {
  project: { th: "โครงการ", en: "Project" },
  activity: { th: "กิจกรรม", en: "Activity" },
  line: { th: "รายการงบประมาณ", en: "Budget line" },
  indicator: { th: "ตัวชี้วัด", en: "Indicator" },
  target: { th: "เป้าหมาย", en: "Target" },
  rate: { th: "อัตรา", en: "Rate rule" },
  results: { th: "ผลการดำเนินงาน", en: "Results" },
};

function readProject(ctx: Ctx, s: SheetSnapshot, form: FormHit, plan: Plan): FormPos {
  const valueCol = form.labelCol + 1;
  const p: Project = plan.project;
  const cells: Partial<Record<string, CellRef>> = {};
  const rows = form.rows;
  const lastRow = rowCount(s);
  const labelRows = new Set(Object.values(rows));
  for (const f of PROJECT_FIELDS) {
    const r = rows[f.key];
    if (r === undefined || f.kind === "formula") continue;
    const at = ref(s, r, valueCol);
    const what = { th: `${W.project.th}: ${f.label.th}`, en: `${W.project.en}: ${f.label.en}` };
    const rec = p as unknown as Record<string, unknown>;
    switch (f.type) {
      case "text":
      case "list": {
        const parts: string[] = [];
        const first = readText(ctx, s, r, valueCol, what);
        if (first !== undefined) parts.push(first);
        // continuation rows: label empty, value present
        for (let rr = r + 1; rr <= lastRow && !labelRows.has(rr); rr++) {
          if (!isEmpty(cellValue(s, rr, form.labelCol))) break;
          const more = readText(ctx, s, rr, valueCol, what);
          if (more === undefined) break;
          parts.push(more);
        }
        if (!parts.length) break;
        if (f.type === "list") rec[f.key] = parts.flatMap((x) => x.split(/\r?\n/)).map((x) => x.trim()).filter(Boolean);
        else rec[f.key] = f.key === "rationale" ? parts.join("\n") : parts.join(" ");
        cells[f.key] = at;
        break;
      }
      case "number": {
        const n = readNum(ctx, s, r, valueCol, "number", what);
        if (n.value !== null) {
          let y = Math.round(n.value);
          if (y >= 1900 && y < 2400) y += 543;
          p.fiscalYear = y;
          cells[f.key] = at;
        } else if (n.invalid) ctx.issues.push({ th: `ปีงบประมาณ "${n.invalid}" ไม่ใช่ตัวเลข (${s.name}!${at.cell})`, en: `Fiscal year "${n.invalid}" is not a number (${s.name}!${at.cell})` });
        break;
      }
      case "money": {
        const n = readNum(ctx, s, r, valueCol, "money", what);
        if (n.value !== null) {
          rec[f.key] = n.value;
          cells[f.key] = at;
        } else if (n.invalid) {
          report(ctx, {
            rule: "bad-number",
            severity: "error",
            message: { th: `${what.th} "${n.invalid}" ไม่ใช่ตัวเลข`, en: `${what.en} "${n.invalid}" is not a number` },
            actual: n.invalid,
            valueKind: "text",
            sheet: s.name,
            cell: at.cell,
          });
        }
        break;
      }
      case "month": {
        const m = readMonth(ctx, s, r, valueCol, what);
        if (m.value) {
          rec[f.key] = m.value;
          cells[f.key] = at;
          if (f.key === "periodStart" && m.range && !p.periodEnd) p.periodEnd = m.range.end;
        } else if (m.bad) ctx.issues.push({ th: `${what.th}: อ่านเดือนจาก "${m.bad}" ไม่ได้ (${s.name}!${at.cell})`, en: `${what.en}: cannot read a month from "${m.bad}" (${s.name}!${at.cell})` });
        break;
      }
      case "enum": {
        const t = readText(ctx, s, r, valueCol, what);
        if (t === undefined) break;
        const list = CHOICES[f.choices!];
        const id = parseChoice(list as readonly { id: string; th: string; en: string }[], t);
        if (id === undefined) {
          ctx.issues.push({ th: `${what.th}: ไม่รู้จัก "${t}" (${s.name}!${at.cell})`, en: `${what.en}: unknown value "${t}" (${s.name}!${at.cell})` });
          break;
        }
        rec[f.key] = id;
        cells[f.key] = at;
        break;
      }
    }
  }
  p.cells = cells as Project["cells"];
  return { sheet: s.name, rows, valueCol, labelCol: form.labelCol };
}

function readTargets(ctx: Ctx, s: SheetSnapshot, t: FoundTable): Target[] {
  const out: Target[] = [];
  for (const r of t.rows) {
    const text = readText(ctx, s, r, t.cols.text, W.target);
    if (!text) continue;
    const kindText = readText(ctx, s, r, t.cols.kind, W.target);
    const kind = (kindText && parseChoice(CHOICES.targetKind, kindText)) || "quantitative";
    const v = readNum(ctx, s, r, t.cols.value, "number", W.target);
    const unit = readText(ctx, s, r, t.cols.unit, W.target);
    out.push({ kind, text, ...(v.value !== null ? { value: v.value } : {}), ...(unit ? { unit } : {}), cell: ref(s, r, t.cols.text) });
  }
  return out;
}

function readActivities(ctx: Ctx, s: SheetSnapshot, t: FoundTable, plan: Plan, loc: Located): void {
  let n = 0;
  for (const r of t.rows) {
    const name = readText(ctx, s, r, t.cols.name, W.activity) ?? "";
    let id = readId(ctx, s, r, t.cols.id, W.activity);
    if (!name && !id) continue;
    n++;
    if (!id) {
      id = String(n);
      ctx.issues.push({
        th: `กิจกรรมแถว ${r} ไม่มีเลขที่ ใช้ ${id} (${s.name}!${addr(r, t.cols.id ?? 1)})`,
        en: `Activity in row ${r} has no number; using ${id} (${s.name}!${addr(r, t.cols.id ?? 1)})`,
      });
    }
    const what = { th: `${W.activity.th} ${id}`, en: `${W.activity.en} ${id}` };
    const a: Activity = { id, name, owners: readList(s, r, t.cols.owners) };
    const cells: NonNullable<Activity["cells"]> = { id: ref(s, r, t.cols.id ?? t.cols.name), name: ref(s, r, t.cols.name) };
    if (t.cols.owners !== undefined) cells.owners = ref(s, r, t.cols.owners);
    const st = readMonth(ctx, s, r, t.cols.start, what);
    if (st.value) {
      a.start = st.value;
      if (st.range) a.end = st.range.end;
      cells.start = ref(s, r, t.cols.start);
    } else if (st.bad) ctx.issues.push({ th: `${what.th}: อ่านเดือนเริ่มจาก "${st.bad}" ไม่ได้`, en: `${what.en}: cannot read the start month from "${st.bad}"` });
    const en = readMonth(ctx, s, r, t.cols.end, what);
    if (en.value) {
      a.end = en.range ? en.range.end : en.value;
      cells.end = ref(s, r, t.cols.end);
    } else if (en.bad) ctx.issues.push({ th: `${what.th}: อ่านเดือนสิ้นสุดจาก "${en.bad}" ไม่ได้`, en: `${what.en}: cannot read the end month from "${en.bad}"` });
    if (a.start && !a.end && t.cols.end === undefined) a.end = a.start;
    // the status the user sets (the cell is given even when empty, so the task pane can set it)
    if (t.cols.statusInput !== undefined) cells.status = ref(s, r, t.cols.statusInput);
    const statusText = readText(ctx, s, r, t.cols.statusInput, what);
    if (statusText) {
      const stt = parseChoice(CHOICES.status, statusText);
      if (stt) a.status = stt;
      else ctx.issues.push({ th: `${what.th}: ไม่รู้จักสถานะ "${statusText}"`, en: `${what.en}: unknown status "${statusText}"` });
    }
    const note = readText(ctx, s, r, t.cols.note, what);
    if (note) a.note = note;
    if (t.cols.budget !== undefined) {
      cells.budget = ref(s, r, t.cols.budget);
      checkError(ctx, s, r, t.cols.budget, { th: `${what.th}: งบประมาณ`, en: `${what.en}: budget` });
    }
    a.cells = cells;
    plan.activities.push(a);
    loc.activityRows.set(id, r);
    const stated = readNum(ctx, s, r, t.cols.stated, "money", { th: `${what.th}: งบตามเอกสาร`, en: `${what.en}: stated budget` });
    if (stated.value !== null) {
      const sub: Subtotal = { activityId: id, statedAmount: stated.value, cell: ref(s, r, t.cols.stated) };
      plan.subtotals.push(sub);
    }
  }
}

function readLines(ctx: Ctx, s: SheetSnapshot, t: FoundTable, plan: Plan, loc: Located): void {
  let n = 0;
  for (const r of t.rows) {
    const item = readText(ctx, s, r, t.cols.item, W.line) ?? "";
    const activityId = readId(ctx, s, r, t.cols.activityId, W.line) ?? "";
    n++;
    const id = `L${n}`;
    const what = { th: `${W.line.th} "${item || `แถว ${r}`}"`, en: `${W.line.en} "${item || `row ${r}`}"` };
    const line: BudgetLine = { id, activityId, item, unitCost: null, quantity: null, times: null, statedAmount: null };
    const cells: NonNullable<BudgetLine["cells"]> = { item: ref(s, r, t.cols.item) };
    if (t.cols.activityId !== undefined) cells.activityId = ref(s, r, t.cols.activityId);
    const invalid: Partial<Record<LineField, string>> = {};
    const num = (field: LineField, key: string, kind: "money" | "number") => {
      const c = t.cols[key];
      if (c === undefined) return null;
      cells[field] = ref(s, r, c);
      const v = readNum(ctx, s, r, c, kind, what);
      if (v.invalid !== undefined) invalid[field] = v.invalid;
      return v.value;
    };
    line.unitCost = num("unitCost", "unitCost", "money");
    line.quantity = num("quantity", "quantity", "number");
    line.times = num("times", "times", "number");
    line.statedAmount = num("statedAmount", "amount", "money");
    if (Object.keys(invalid).length) line.invalid = invalid;
    const cls = readText(ctx, s, r, t.cols.expenseClass, what);
    if (cls) {
      const c = parseChoice(CHOICES.expenseClass, cls);
      if (c) line.expenseClass = c;
      else ctx.issues.push({ th: `${what.th}: ไม่รู้จักหมวดรายจ่าย "${cls}"`, en: `${what.en}: unknown expense class "${cls}"` });
      cells.expenseClass = ref(s, r, t.cols.expenseClass);
    }
    const cat = readText(ctx, s, r, t.cols.rateCategory, what);
    if (cat) {
      line.rateCategory = parseCategory(cat);
      cells.rateCategory = ref(s, r, t.cols.rateCategory);
    }
    const qu = readText(ctx, s, r, t.cols.quantityUnit, what);
    if (qu) line.quantityUnit = qu;
    const tu = readText(ctx, s, r, t.cols.timesUnit, what);
    if (tu) line.timesUnit = tu;
    if (t.cols.month !== undefined && !cellFormula(s, r, t.cols.month)) {
      const m = readMonth(ctx, s, r, t.cols.month, what);
      if (m.value) line.month = m.value;
    } else if (t.cols.month !== undefined) checkError(ctx, s, r, t.cols.month, what);
    for (const k of ["ceiling", "status"]) if (t.cols[k] !== undefined) checkError(ctx, s, r, t.cols[k], what);
    const note = readText(ctx, s, r, t.cols.note, what);
    if (note) line.note = note;
    line.cells = cells;
    plan.budgetLines.push(line);
    loc.lineRows.set(id, r);
  }
  // block subtotal rows: the stated subtotal of the activity of the lines just above
  const amountCol = t.cols.amount;
  if (amountCol === undefined) return;
  for (const sr of t.subtotalRows) {
    const above = plan.budgetLines.filter((l) => (loc.lineRows.get(l.id) ?? 0) < sr).pop();
    if (!above || !above.activityId || plan.subtotals.some((x) => x.activityId === above.activityId)) continue;
    const v = readNum(ctx, s, sr, amountCol, "money", { th: "ยอดรวมย่อย", en: "Subtotal" });
    if (v.value !== null) plan.subtotals.push({ activityId: above.activityId, statedAmount: v.value, cell: ref(s, sr, amountCol) });
  }
  // a typed grand total stands for the stated total when the project sheet gives none
  if (t.totalRow !== undefined && plan.project.statedTotal === undefined && !cellFormula(s, t.totalRow, amountCol)) {
    const v = readNum(ctx, s, t.totalRow, amountCol, "money", { th: "ยอดรวมงบประมาณ", en: "Budget total" });
    if (v.value !== null) {
      plan.project.statedTotal = v.value;
      plan.project.cells = { ...(plan.project.cells ?? {}), statedTotal: ref(s, t.totalRow, amountCol) };
    }
  }
}

function readIndicators(ctx: Ctx, s: SheetSnapshot, t: FoundTable): Indicator[] {
  const out: Indicator[] = [];
  for (const r of t.rows) {
    const text = readText(ctx, s, r, t.cols.text, W.indicator);
    if (!text) continue;
    const kindText = readText(ctx, s, r, t.cols.kind, W.indicator);
    const ind: Indicator = { kind: (kindText && parseChoice(CHOICES.indicatorKind, kindText)) || "output", text, cells: { text: ref(s, r, t.cols.text) } };
    const what = { th: `${W.indicator.th} "${text.slice(0, 30)}"`, en: `${W.indicator.en} "${text.slice(0, 30)}"` };
    const tv = readNum(ctx, s, r, t.cols.targetValue, "number", what);
    if (tv.value !== null) ind.targetValue = tv.value;
    if (t.cols.targetValue !== undefined) ind.cells!.targetValue = ref(s, r, t.cols.targetValue);
    const unit = readText(ctx, s, r, t.cols.targetUnit, what);
    if (unit) ind.targetUnit = unit;
    const tt = readText(ctx, s, r, t.cols.targetText, what);
    if (tt) ind.targetText = tt;
    if (tv.invalid && !ind.targetText) ind.targetText = tv.invalid;
    const method = readText(ctx, s, r, t.cols.method, what);
    if (method) ind.method = method;
    const tool = readText(ctx, s, r, t.cols.tool, what);
    if (tool) ind.tool = tool;
    const av = readNum(ctx, s, r, t.cols.achievedValue, "number", what);
    if (av.value !== null) ind.achievedValue = av.value;
    if (t.cols.achievedValue !== undefined) ind.cells!.achievedValue = ref(s, r, t.cols.achievedValue);
    if (t.cols.percent !== undefined) checkError(ctx, s, r, t.cols.percent, what);
    out.push(ind);
  }
  return out;
}

function readRates(ctx: Ctx, s: SheetSnapshot, t: FoundTable): RateRule[] {
  const out: RateRule[] = [];
  const ids = new Set<string>();
  for (const r of t.rows) {
    const catText = readText(ctx, s, r, t.cols.category, W.rate);
    const ceiling = readNum(ctx, s, r, t.cols.ceiling, "money", W.rate);
    if (!catText && ceiling.value === null) continue;
    const where = `${s.name}!${addr(r, t.cols.category)}`;
    if (!catText || ceiling.value === null) {
      ctx.issues.push({
        th: `แถวอัตรา ${r} ไม่ครบ (ต้องมีหมวดอัตราและเพดาน) จึงไม่ใช้ (${where})`,
        en: `Rate row ${r} is incomplete (needs a category and a ceiling); not used (${where})`,
      });
      continue;
    }
    let id = readText(ctx, s, r, t.cols.id, W.rate) ?? `sheet-row-${r}`;
    if (ids.has(id)) id = `${id}-row-${r}`;
    ids.add(id);
    const label = readText(ctx, s, r, t.cols.label, W.rate) ?? catText;
    const unit = readText(ctx, s, r, t.cols.unit, W.rate) ?? "-";
    const conditions: RateConditions = {};
    const venue = parseChoice(CHOICES.venue, readText(ctx, s, r, t.cols.venue, W.rate));
    if (venue && venue !== "unknown") conditions.venue = venue;
    const tt = parseChoice(CHOICES.trainingType, readText(ctx, s, r, t.cols.trainingType, W.rate));
    if (tt && tt !== "unknown") conditions.trainingType = tt;
    const sl = parseChoice(CHOICES.staffLevel, readText(ctx, s, r, t.cols.staffLevel, W.rate));
    if (sl && sl !== "unknown") conditions.staffLevel = sl;
    for (const token of readList(s, r, t.cols.otherConditions)) {
      const c = parseChoice(OTHER_CONDITION_CHOICES, token);
      if (c === "allMeals") conditions.allMeals = true;
      else if (c === "notAllMeals") conditions.allMeals = false;
      else if (c === "single" || c === "shared") conditions.room = c;
      else if (c === "car" || c === "motorcycle") conditions.vehicle = c;
      else if (c === "halfDay") conditions.halfDay = true;
      else if (c === "fullDay") conditions.halfDay = false;
      else ctx.issues.push({ th: `แถวอัตรา ${r}: ไม่รู้จักเงื่อนไข "${token}"`, en: `Rate row ${r}: unknown condition "${token}"` });
    }
    const rule: RateRule = {
      id,
      category: parseCategory(catText) ?? catText,
      label: { th: label, en: label },
      unit: { th: unit, en: unit },
      ceiling: ceiling.value,
      conditions,
      source: readText(ctx, s, r, t.cols.source, W.rate) ?? "แผ่นงานอัตรา / rates sheet",
      confidence: parseChoice(CHOICES.confidence, readText(ctx, s, r, t.cols.confidence, W.rate)) ?? "high",
    };
    const from = t.cols.effectiveFrom !== undefined ? isoOfSerialOrText(cellValue(s, r, t.cols.effectiveFrom)) : undefined;
    const to = t.cols.effectiveTo !== undefined ? isoOfSerialOrText(cellValue(s, r, t.cols.effectiveTo)) : undefined;
    if (from) rule.effectiveFrom = from;
    if (to) rule.effectiveTo = to;
    const note = readText(ctx, s, r, t.cols.note, W.rate);
    if (note) rule.note = note;
    out.push(rule);
  }
  return out;
}

function readResults(ctx: Ctx, s: SheetSnapshot, form: FormHit): { results?: Results; pos: FormPos } {
  const valueCol = form.labelCol + 1;
  const res: Results = {};
  const cells: NonNullable<Results["cells"]> = {};
  for (const key of ["received", "spent", "remaining"] as const) {
    const r = form.rows[key];
    if (r === undefined) continue;
    const f = RESULTS_FIELDS.find((x) => x.key === key)!;
    const v = readNum(ctx, s, r, valueCol, "money", { th: `${W.results.th}: ${f.label.th}`, en: `${W.results.en}: ${f.label.en}` });
    cells[key] = ref(s, r, valueCol);
    if (v.value !== null) res[key] = v.value;
  }
  const pos: FormPos = { sheet: s.name, rows: form.rows, valueCol, labelCol: form.labelCol };
  if (res.received === undefined && res.spent === undefined) return { pos };
  // remaining computed from two blanks/zeros is not a stated value
  res.cells = cells;
  return { results: res, pos };
}

// ---------------------------------------------------------------------------------------------

const NOT_A_PLAN: Text = {
  th: "ไม่พบแผ่นงานของแผนโครงการ (โครงการ กิจกรรม งบประมาณ) — สร้างแม่แบบใหม่ หรือตรวจว่าหัวตารางยังอยู่",
  en: "No plan sheets found (project, activities, budget); insert the template, or check that the table headers are still there",
};

/** Reads a plan back from a workbook snapshot. Never throws. */
export function readPlan(snapshot: WorkbookSnapshot): ReadResult {
  try {
    return readPlanUnsafe(snapshot);
  } catch (e) {
    const msg: Text = {
      th: `อ่านสมุดงานไม่สำเร็จ: ${(e as Error).message}`,
      en: `Could not read the workbook: ${(e as Error).message}`,
    };
    return {
      plan: emptyPlan(currentFiscalYear()),
      sheetFindings: [],
      problems: [both(msg)],
      issues: [msg],
      isPlan: false,
      located: { lang: "th", sheets: {}, lineRows: new Map(), activityRows: new Map() },
    };
  }
}

function currentFiscalYear(): number {
  return fiscalYearOf(monthOfDate(new Date()));
}

function readPlanUnsafe(snapshot: WorkbookSnapshot): ReadResult {
  const sheets = (snapshot?.sheets ?? []).filter((s) => s && Array.isArray(s.values));
  const ctx: Ctx = { sheets: new Map(sheets.map((s) => [String(s.name).toLowerCase(), s])), findings: [], issues: [], seen: new Set() };
  const scans = sheets.map(scanSheet);
  const assigned = assignSheets(scans);
  const plan = emptyPlan(0);
  const loc: Located = { lang: "th", sheets: {}, lineRows: new Map(), activityRows: new Map() };
  let thai = 0;
  let english = 0;
  for (const k of SHEET_KEYS) if (assigned[k]) loc.sheets[k] = assigned[k]!.sheet;

  const isPlan = !!(assigned.project || assigned.activities || assigned.budget);
  if (!isPlan) {
    const names = sheets.map((s) => s.name).join(", ") || "—";
    const msg: Text = sheets.length
      ? { th: `${NOT_A_PLAN.th} (แผ่นงานที่มี: ${names})`, en: `${NOT_A_PLAN.en} (sheets: ${names})` }
      : { th: "สมุดงานว่าง ไม่มีแผ่นงาน", en: "The workbook is empty: it has no sheets" };
    plan.project.fiscalYear = currentFiscalYear();
    return { plan, sheetFindings: [], problems: [both(msg)], issues: [msg], isPlan: false, located: loc };
  }

  // project form + targets
  const ps = assigned.project;
  if (ps) {
    loc.project = readProject(ctx, ps.sheet, ps.project!, plan);
    thai += ps.project!.thai;
    english += ps.project!.english;
  } else ctx.issues.push({ th: "ไม่พบแผ่นงานโครงการ (ชื่อโครงการ ปีงบประมาณ งบจัดสรร)", en: "No project sheet found (project name, fiscal year, allocation)" });
  const targetScan = ps && ps.tables.targets ? ps : scans.find((x) => x.tables.targets);
  if (targetScan) {
    loc.targets = tableRows(targetScan.sheet, TARGETS_TABLE, targetScan.tables.targets!, headerRowsOf(targetScan));
    plan.targets = readTargets(ctx, targetScan.sheet, loc.targets);
  }

  // activities
  const as = assigned.activities;
  if (as) {
    const hit = as.tables.activities!;
    thai += hit.thai;
    english += hit.english;
    loc.activities = tableRows(as.sheet, ACTIVITIES_TABLE, hit, headerRowsOf(as));
    readActivities(ctx, as.sheet, loc.activities, plan, loc);
  } else ctx.issues.push({ th: "ไม่พบตารางกิจกรรม (หัวตาราง ที่ / กิจกรรม)", en: "No activities table found (headers No. / Activity)" });

  // budget
  const bs = assigned.budget;
  if (bs) {
    const hit = bs.tables.budget!;
    thai += hit.thai;
    english += hit.english;
    loc.budget = tableRows(bs.sheet, BUDGET_TABLE, hit, headerRowsOf(bs));
    readLines(ctx, bs.sheet, loc.budget, plan, loc);
    if (loc.budget.totalRow !== undefined && loc.budget.cols.amount !== undefined)
      checkError(ctx, bs.sheet, loc.budget.totalRow, loc.budget.cols.amount, { th: "ยอดรวมงบประมาณ", en: "Budget total" });
  } else ctx.issues.push({ th: "ไม่พบตารางงบประมาณ (หัวตาราง รายการ / จำนวนเงิน)", en: "No budget table found (headers Item / Amount)" });

  // indicators
  const is = assigned.indicators;
  if (is) {
    loc.indicators = tableRows(is.sheet, INDICATORS_TABLE, is.tables.indicators!, headerRowsOf(is));
    plan.indicators = readIndicators(ctx, is.sheet, loc.indicators);
  }

  // rates
  let rateBookFromSheet: RateBook | undefined;
  const rs = assigned.rates;
  if (rs) {
    loc.rates = tableRows(rs.sheet, RATES_TABLE, rs.tables.rates!, headerRowsOf(rs));
    loc.ratesCondRow = findCondRow(rs.sheet, loc.rates);
    const rules = readRates(ctx, rs.sheet, loc.rates);
    if (rules.length) rateBookFromSheet = rateBookFromRules(rules);
  }

  // results
  const rsl = assigned.results;
  if (rsl) {
    const r = readResults(ctx, rsl.sheet, rsl.results!);
    loc.results = r.pos;
    if (r.results) plan.results = r.results;
  }

  // project computed cells that the plan uses
  if (loc.project && ps) {
    const cr = loc.project.rows.computedTotal;
    if (cr !== undefined) checkError(ctx, ps.sheet, cr, loc.project.valueCol, { th: "รวมงบประมาณตามรายการ", en: "Budget total from lines" });
  }

  // fiscal year fallback
  if (!plan.project.fiscalYear) {
    const m = plan.project.periodStart ?? plan.activities.find((a) => a.start)?.start;
    plan.project.fiscalYear = m ? fiscalYearOf(m) : currentFiscalYear();
    ctx.issues.push({
      th: `ไม่พบปีงบประมาณในแผ่นงานโครงการ ใช้ ${plan.project.fiscalYear}`,
      en: `No fiscal year in the project sheet; using ${plan.project.fiscalYear}`,
    });
  }
  loc.lang = english > thai ? "en" : "th";
  for (const f of formulaChecks(snapshot, plan, loc)) report(ctx, f);

  return {
    plan,
    sheetFindings: ctx.findings,
    problems: ctx.issues.map(both),
    issues: ctx.issues,
    isPlan: true,
    rateBookFromSheet,
    located: loc,
  };
}

/** The rates sheet's condition row (venue/training/staff in force): the row above the header holding formulas in those columns. */
function findCondRow(s: SheetSnapshot, t: FoundTable): number | undefined {
  const c = t.cols.venue;
  if (c === undefined) return undefined;
  for (let r = t.headerRow - 1; r >= 1; r--) if (cellFormula(s, r, c)) return r;
  return undefined;
}

