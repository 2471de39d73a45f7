/**
 * Reading values out of cells, with the findings and problems that reading gives: numbers (text that
 * holds a number is read with a bad-number warning), texts, ids, months, lists; spreadsheet errors in
 * cells the plan uses (formula-error, reported once, at the cause).
 */
import type { Finding } from "../../core/findings";
import type { Activity, CellRef, MonthRef, Satang } from "../../core/model";
import { compareMonths, formatMonth, parseMonth } from "../../core/calendar";
import { monthsOf } from "../../import/months";
import { parseMoney, parseNumber, bahtToSatang } from "../../core/money";
import { toArabicDigits } from "../../core/thaiDigits";
import { serialToDate } from "../../core/dateSerial";
import { addr, isErrorValue } from "../a1";
import { findRefs } from "../formulaText";
import { cellFormula, cellValue, isEmpty, rowCount } from "../cells";
import type { Issue } from "../located";
import type { Text } from "../i18n";
import type { CellScalar, SheetSnapshot } from "../types";
import { cellRef } from "../../core/cellRef";

export interface Ctx {
  /** Sheets by lower-cased name (to look at the cells a formula refers to). */
  sheets: Map<string, SheetSnapshot>;
  findings: Finding[];
  issues: Issue[];
  /** Cells already reported (rule|sheet|cell) to avoid duplicates. */
  seen: Set<string>;
  /** A table whose figures are all typed as text (pasted from Word): numbers in text are read without a bad-number each. */
  quietText?: boolean;
  /** Activity budgets written as formulas in a hand-made activity table, with the figure they show (readPlan compares them). */
  formulaBudgets?: { activityId: string; cell: CellRef; formula: string; value: Satang }[];
  /** Months read from a semester ("ภาคเรียนที่ 2/2568"): said, and fitted to the fiscal year, once the plan's year is known. */
  semesters?: SemesterCell[];
  /** Activities whose time is the whole fiscal year ("ตลอดปีงบประมาณ"): given their months once the year is known (readPlan). */
  wholeYear?: { activity: Activity; cell: CellRef; text: string; year?: number }[];
  /** Cells of the current table read as a figure with its unit word ("30 คน"): said once per table. */
  unitCells?: { count: number; example: string };
  /** Columns of the current table whose figures are all typed as text: read, said once (unitCells), not per cell. */
  quietCols?: Set<number>;
}

/** A cell whose months were taken from a semester; `activity` when they are an activity's time. */
export interface SemesterCell {
  cell: CellRef;
  text: string;
  what: Text;
  start: MonthRef;
  end: MonthRef;
  activity?: Activity;
}

export function newCtx(sheets: SheetSnapshot[]): Ctx {
  return { sheets: new Map(sheets.map((s) => [String(s.name).toLowerCase(), s])), findings: [], issues: [], seen: new Set() };
}

export function report(ctx: Ctx, f: Finding): void {
  const k = `${f.rule}|${f.sheet}|${f.cell}`;
  if (ctx.seen.has(k)) return;
  ctx.seen.add(k);
  ctx.findings.push(f);
}

/** A reading problem (becomes a read-problem finding), at a cell when one is given. */
export function problem(ctx: Ctx, text: Text, at?: { sheet: string; cell: string }, severity: Issue["severity"] = "warning"): void {
  ctx.issues.push({ ...text, severity, ...(at ? { sheet: at.sheet, cell: at.cell } : {}) });
}

/** Reports a spreadsheet error value in a cell the plan uses; true when the cell holds an error. */
export function checkError(ctx: Ctx, s: SheetSnapshot, row: number, col: number, what: Text): boolean {
  const v = cellValue(s, row, col);
  if (!isErrorValue(v)) return false;
  const formula = cellFormula(s, row, col);
  // report the cause, not its echoes: a formula whose own inputs already show an error is skipped
  if (formula && refersToError(ctx, s, formula)) return true;
  // "+" or "*" over a figure typed as text gives #VALUE! (SUM and PRODUCT skip text): name the text cell, the cause
  const texts = formula && String(v) === "#VALUE!" ? textInputs(ctx, s, formula) : [];
  const cause = texts.length
    ? {
        th: ` เพราะสูตรนำช่อง ${texts.map((t) => `${t.cell} ซึ่งเป็นข้อความ "${t.text}"`).join(", ")} มาบวกหรือคูณ — แก้ช่องนั้นเป็นตัวเลข`,
        en: ` because the formula adds or multiplies ${texts.map((t) => `${t.cell}, which holds the text "${t.text}"`).join(", ")} — type it as a number`,
      }
    : { th: "", en: "" };
  report(ctx, {
    rule: "formula-error",
    severity: "error",
    message: {
      th: `${what.th}: ช่อง ${cellRef(s.name, addr(row, col))} แสดงข้อผิดพลาด ${v}${cause.th}`,
      en: `${what.en}: cell ${cellRef(s.name, addr(row, col))} shows the error ${v}${cause.en}`,
    },
    ...(formula ? { detail: { th: `สูตร ${formula}`, en: `Formula ${formula}` } } : {}),
    actual: v,
    valueKind: "text",
    sheet: s.name,
    cell: addr(row, col),
  });
  return true;
}

/** Visits the cells a formula refers to (ranges up to 20,000 cells) until `visit` says stop. */
function someRefCell(ctx: Ctx, s: SheetSnapshot, formula: string, visit: (v: CellScalar, target: SheetSnapshot, r: number, c: number) => boolean): boolean {
  for (const r of findRefs(formula)) {
    const target = r.sheet !== undefined ? ctx.sheets.get(r.sheet.toLowerCase()) : s;
    if (!target) continue;
    const r1 = Math.min(r.r1, r.r2);
    const r2 = Math.min(Math.max(r.r1, r.r2), rowCount(target));
    const c1 = Math.min(r.c1, r.c2);
    const c2 = Math.max(r.c1, r.c2);
    if ((r2 - r1 + 1) * (c2 - c1 + 1) > 20000) continue;
    for (let rr = r1; rr <= r2; rr++) for (let cc = c1; cc <= c2; cc++) if (visit(cellValue(target, rr, cc), target, rr, cc)) return true;
  }
  return false;
}

/** Cells a formula refers to that hold a figure typed as text (at most 3). */
function textInputs(ctx: Ctx, s: SheetSnapshot, formula: string): { cell: string; text: string }[] {
  const out: { cell: string; text: string }[] = [];
  someRefCell(ctx, s, formula, (x, target, r, c) => {
    if (typeof x === "string" && /[0-9๐-๙]/.test(x) && !isErrorValue(x)) out.push({ cell: target === s ? addr(r, c) : cellRef(target.name, addr(r, c)), text: String(x).trim() });
    return out.length >= 3;
  });
  return out;
}

function refersToError(ctx: Ctx, s: SheetSnapshot, formula: string): boolean {
  return someRefCell(ctx, s, formula, (x) => isErrorValue(x));
}

/**
 * A number read from a cell (Satang for money), or the text that is not one. `text`: the figure was read from
 * text the sheet's formulas skip ("2,500 บาท", "๓๐"; only asked for by budget lines, `asText`), not reported here:
 * the plan check says what the sheet counts instead (core bad-number).
 */
export type NumRead<T extends number = number> = { value: T | null; invalid?: string; text?: string };

/** One figure followed by its unit word: "30 คน", "2 มื้อ", "๕ วัน", "50 บาท", "600.- บาท", "12 บาท/คน". */
const WITH_UNIT = /^[\s(]*(-?[0-9๐-๙][0-9๐-๙,]*(?:\.[0-9๐-๙]+)?)\s*(?:\.-)?\s*[\u0E01-\u0E4Ea-zA-Z][\u0E01-\u0E4Ea-zA-Z./ ]{0,15}[\s)]*$/;

/** A cell holding one figure with its unit word ("30 คน", "๒ มื้อ"): a figure, not a unit column's word. */
export function isFigureWithUnit(v: string): boolean {
  return WITH_UNIT.test(v);
}

/**
 * A number cell: numbers as they are; text that holds a number (Thai digits, commas, "35 บาท") is
 * read, with a warning because formulas ignore text; other text is invalid.
 */
export function readNum(ctx: Ctx, s: SheetSnapshot, row: number, col: number | undefined, kind: "money", what: Text, asText?: boolean): NumRead<Satang>;
export function readNum(ctx: Ctx, s: SheetSnapshot, row: number, col: number | undefined, kind: "number", what: Text, asText?: boolean): NumRead;
export function readNum(ctx: Ctx, s: SheetSnapshot, row: number, col: number | undefined, kind: "money" | "number", what: Text, asText = false): NumRead {
  if (col === undefined) return { value: null };
  const v = cellValue(s, row, col);
  if (isEmpty(v)) return { value: null };
  if (checkError(ctx, s, row, col, what)) return { value: null };
  if (typeof v === "number") return { value: kind === "money" ? bahtToSatang(v) : v };
  if (typeof v === "boolean") return { value: null, invalid: String(v) };
  const text = String(v).trim();
  if (text === "-" || text === "–") return { value: null };
  const strict = /^[\s(]*-?[0-9๐-๙][0-9๐-๙,]*(\.[0-9๐-๙]+)?[\s)]*(บาท|baht|\.-)?\s*$/i.test(text);
  const unit = strict || !ctx.quietCols?.has(col) ? null : WITH_UNIT.exec(text);
  if (unit) {
    // a column of figures written with their unit word ("30 คน"): the writer's style, read as the numbers
    // (one note per table); a single such cell among numbers stays a bad-number (formulas skip it)
    const n = kind === "money" ? parseMoney(unit[1]) : parseNumber(unit[1]);
    if (n !== null) {
      ctx.unitCells = { count: (ctx.unitCells?.count ?? 0) + 1, example: ctx.unitCells?.example ?? text };
      return { value: n };
    }
  }
  const parsed = kind === "money" ? parseMoney(text) : parseNumber(text);
  if (parsed === null || !strict) return { value: null, invalid: text };
  if (ctx.quietText) return { value: parsed };
  if (ctx.quietCols?.has(col)) {
    ctx.unitCells = { count: (ctx.unitCells?.count ?? 0) + 1, example: ctx.unitCells?.example ?? text };
    return { value: parsed };
  }
  if (asText) return { value: parsed, text };
  report(ctx, {
    rule: "bad-number",
    severity: "warning",
    message: {
      th: `${what.th}: ช่อง ${cellRef(s.name, addr(row, col))} เป็นข้อความ "${text}" ไม่ใช่ตัวเลข สูตรจะไม่นำไปคำนวณ — พิมพ์เป็นตัวเลข`,
      en: `${what.en}: cell ${cellRef(s.name, addr(row, col))} holds the text "${text}", not a number; formulas ignore it — type it as a number`,
    },
    actual: text,
    valueKind: "text",
    sheet: s.name,
    cell: addr(row, col),
  });
  return { value: parsed };
}

export function readText(ctx: Ctx, s: SheetSnapshot, row: number, col: number | undefined, what: Text): string | undefined {
  if (col === undefined) return undefined;
  const v = cellValue(s, row, col);
  if (isEmpty(v)) return undefined;
  if (checkError(ctx, s, row, col, what)) return undefined;
  return String(v).trim();
}

export function readId(ctx: Ctx, s: SheetSnapshot, row: number, col: number | undefined, what: Text): string | undefined {
  const t = readText(ctx, s, row, col, what);
  if (t === undefined) return undefined;
  return toArabicDigits(t).replace(/[.)]+$/, "").trim() || undefined;
}

/**
 * A month: a date serial (Excel date) or Thai/English month text, read by the one month reader of the
 * text import (src/import/months.ts): a range ("พ.ย. 2568 – ม.ค. 2569"), a semester ("ภาคเรียนที่ 2/2568"
 * is about พ.ย. 2568 – มี.ค. 2569, never February; said in an info note), or the whole fiscal year
 * ("ตลอดปีงบประมาณ", "ตลอดปี": `wholeYear`, its months set once the plan's year is known).
 */
export function readMonth(
  ctx: Ctx,
  s: SheetSnapshot,
  row: number,
  col: number | undefined,
  what: Text,
): { value?: MonthRef; range?: { start: MonthRef; end: MonthRef }; bad?: string; wholeYear?: { text: string; year?: number }; semester?: SemesterCell } {
  if (col === undefined) return {};
  const v = cellValue(s, row, col);
  if (isEmpty(v)) return {};
  if (checkError(ctx, s, row, col, what)) return {};
  if (typeof v === "number") {
    if (v === 0) return {};
    const d = serialToDate(v);
    // a date typed with its Buddhist-era year into a Gregorian date cell (2568-01-15 is the year 3111 BE)
    const year = d && d.year > 2900 && d.year - 543 > 2400 ? d.year - 543 : d?.year;
    return d && year && v > 366 ? { value: { year, month: d.month } } : { bad: String(v) };
  }
  const text = String(v).trim();
  const r = monthsOf(text);
  if (r) {
    if (r.fromSemester) {
      const semester: SemesterCell = { cell: { sheet: s.name, cell: addr(row, col) }, text, what, start: r.start, end: r.end };
      (ctx.semesters ??= []).push(semester);
      return { value: r.start, range: { start: r.start, end: r.end }, semester };
    }
    return compareMonths(r.start, r.end) === 0 ? { value: r.start } : { value: r.start, range: { start: r.start, end: r.end } };
  }
  if (/ตลอดปี(?!การศึกษา)/.test(text)) {
    const y = /(\d{4})/.exec(toArabicDigits(text));
    const year = y && Number(y[1]) > 2400 && Number(y[1]) < 2700 ? Number(y[1]) : undefined;
    return { wholeYear: { text, ...(year ? { year } : {}) } };
  }
  return { bad: text };
}

/**
 * Months that need the plan's fiscal year, once it is known: the activities whose time is the whole
 * fiscal year ("ตลอดปีงบประมาณ": ต.ค. of the year before to ก.ย. of the plan's year, or of the year the
 * text names), and the semesters read (said in an info note; semester 1 runs about May to early October:
 * an activity's semester 1 that starts in the year ends with the year, in ก.ย., not a month outside it).
 */
export function applyFiscalYearMonths(ctx: Ctx, fiscalYear: number): void {
  for (const w of ctx.wholeYear ?? []) {
    const fy = w.year ?? fiscalYear;
    const start = { year: fy - 1, month: 10 };
    const end = { year: fy, month: 9 };
    if (!w.activity.start) {
      w.activity.start = start;
      w.activity.end = end;
      w.activity.cells = { ...(w.activity.cells ?? { name: w.cell }), start: w.cell, end: w.cell };
    }
    problem(
      ctx,
      {
        th: `"${w.text}" คือตลอดปีงบประมาณ ${fy}: ${formatMonth(start, "th")} – ${formatMonth(end, "th")}`,
        en: `"${w.text}" is the whole fiscal year ${fy}: ${formatMonth(start, "en")} – ${formatMonth(end, "en")}`,
      },
      w.cell,
      "info",
    );
  }
  ctx.wholeYear = [];
  const yearEnd = { year: fiscalYear, month: 9 };
  for (const m of ctx.semesters ?? []) {
    let end = m.end;
    const a = m.activity;
    if (a && compareMonths(end, { year: fiscalYear, month: 10 }) === 0 && compareMonths(m.start, { year: fiscalYear - 1, month: 10 }) >= 0) {
      end = yearEnd;
      if (a.end && compareMonths(a.end, m.end) === 0) a.end = end;
    }
    const cut = end !== m.end;
    problem(
      ctx,
      {
        th: `${m.what.th}: "${m.text}" ระบุเป็นภาคเรียน ไม่ได้ระบุเดือน จึงถือเดือนตามภาคเรียน ${formatMonth(m.start, "th")} – ${formatMonth(end, "th")}${cut ? ` (ถึงสิ้นปีงบประมาณ ${fiscalYear})` : ""} (ภาคเรียนที่ 1 ≈ พ.ค.–ต.ค., ภาคเรียนที่ 2 ≈ พ.ย.–มี.ค. ของปีถัดไป)`,
        en: `${m.what.en}: "${m.text}" is a semester without months; its months were assumed, ${formatMonth(m.start, "en")} – ${formatMonth(end, "en")}${cut ? ` (to the end of fiscal year ${fiscalYear})` : ""} (semester 1 ≈ May–Oct, semester 2 ≈ Nov–Mar of the next year)`,
      },
      m.cell,
      "info",
    );
  }
  ctx.semesters = [];
}

export function readList(s: SheetSnapshot, row: number, col: number | undefined): string[] {
  if (col === undefined) return [];
  const v = cellValue(s, row, col);
  if (isEmpty(v) || isErrorValue(v)) return [];
  return String(v)
    .split(/\r?\n|;|,(?!\d)/)
    .map((x) => x.trim())
    .filter(Boolean);
}

export function isoOfSerialOrText(v: CellScalar): string | undefined {
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

export const W = {
  project: { th: "โครงการ", en: "Project" },
  activity: { th: "กิจกรรม", en: "Activity" },
  line: { th: "รายการงบประมาณ", en: "Budget line" },
  indicator: { th: "ตัวชี้วัด", en: "Indicator" },
  target: { th: "เป้าหมาย", en: "Target" },
  rate: { th: "อัตรา", en: "Rate rule" },
  results: { th: "ผลการดำเนินงาน", en: "Results" },
};

const NUMERIC_TEXT = /^[\s(]*-?[0-9๐-๙][0-9๐-๙,]*(\.[0-9๐-๙]+)?[\s)]*(บาท|baht|\.-|-)?\s*$/i;

/** A figure typed as text ("1,200", "(๓๕๐)", "500 บาท", "200.-"), not a lone dash. */
export function isNumericText(v: string): boolean {
  return NUMERIC_TEXT.test(v) && v.trim() !== "-";
}
