/**
 * Month cells (project period, funds available from, activity start/end, a budget line's month) that
 * the sheet's formulas cannot use: the month grid and the rate-ceiling lookup compare dates, so text
 * in such a cell is silently ignored by them even when the plan reader understands it.
 * - `month-unreadable` (error): an impossible date ("2560-02-30", "31/04/2560"), text that is not a
 *   month at all, or a number that is not a date.
 * - `month-as-text` (warning): a month or date typed as text ("15/11/2559", "พ.ย. 2559") that the sheet's
 *   formulas do not read (template version 3 reads "มี.ค. 2560" in activity and budget months: no finding;
 *   the project's funds month is read by no formula, so "ม.ค. 2570" is no finding there either).
 * Pure: reads the snapshot through the plan reader's located tables.
 */
import type { Finding } from "../core/findings";
import { parseMonth, parseMonthRange, parseMonthName } from "../core/calendar";
import { toArabicDigits } from "../core/thaiDigits";
import { serialToDate } from "../core/dateSerial";
import { addr, isErrorValue } from "./a1";
import { readPlan, type Located } from "./readPlan";
import { sheetMonthOfText } from "./monthText";
import type { CellScalar, SheetSnapshot, WorkbookSnapshot } from "./types";
import { clip } from "../core/clip";
import { cellRef } from "../core/cellRef";

// Month cells of a plan hold dates between 1950 and 2200 (serials); a number outside is a typed year,
// an amount or a slip (2559 would read as 31 Dec 1906).
const FIRST_PLAUSIBLE = 18264; // 1 Jan 1950
const LAST_PLAUSIBLE = 109574; // 31 Dec 2199

function daysIn(yearBE: number, month: number): number {
  const g = yearBE > 2400 ? yearBE - 543 : yearBE;
  return new Date(Date.UTC(g, month, 0)).getUTCDate();
}

/** A day that does not exist in a date written as text; undefined when the text holds no full date or a real one. */
export function impossibleDate(text: string): string | undefined {
  const t = toArabicDigits(text);
  let m = /(?:^|\D)(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(t);
  if (m) return check(Number(m[1]), Number(m[2]), Number(m[3]), m[0].replace(/^\D/, ""));
  m = /(?:^|\D)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?!\d)/.exec(t);
  if (m) return check(Number(m[3]), Number(m[2]), Number(m[1]), m[0].replace(/^\D/, ""));
  // "31 เม.ย. 2560", "30 February 2017"
  m = /(?:^|\D)(\d{1,2})\s*([^\d\s][^\d]*?)\s*(\d{4})(?!\d)/.exec(t);
  if (m) {
    const month = parseMonthName(m[2]);
    if (month) return check(Number(m[3]), month, Number(m[1]), m[0].replace(/^\D/, ""));
  }
  return undefined;
}

function check(year: number, month: number, day: number, written: string): string | undefined {
  if (month < 1 || month > 12) return written;
  if (day < 1 || day > daysIn(year, month)) return written;
  return undefined;
}

function value(s: SheetSnapshot, row: number, col: number): CellScalar {
  return s.values[row - 1]?.[col - 1] ?? null;
}

function formulaAt(s: SheetSnapshot, row: number, col: number): boolean {
  const f = s.formulas?.[row - 1]?.[col - 1];
  return typeof f === "string" && f.startsWith("=");
}

/**
 * The finding for one month cell, if any. `readsText`: the sheet's formulas read a month written as shown
 * ("มี.ค. 2560", template version 3's "as date" columns), so such a text is no problem there.
 */
export function monthCellFinding(s: SheetSnapshot, row: number, col: number, what: { th: string; en: string }, readsText = false): Finding | undefined {
  if (formulaAt(s, row, col)) return undefined;
  const v = value(s, row, col);
  const cell = addr(row, col);
  const at = { sheet: s.name, cell };
  const where = cellRef(s.name, cell);
  if (v === null || v === "" || typeof v === "boolean" || isErrorValue(v)) return undefined;
  if (typeof v === "number") {
    if (v === 0) return undefined;
    if (v >= FIRST_PLAUSIBLE && v <= LAST_PLAUSIBLE && serialToDate(v)) return undefined;
    return {
      rule: "month-unreadable",
      severity: "error",
      message: {
        th: `${what.th}: ช่อง ${where} มีตัวเลข ${v} ซึ่งไม่ใช่วันที่ — ใส่วันที่ของเดือน เช่น 1/11/2559`,
        en: `${what.en}: cell ${where} holds the number ${v}, which is not a date; enter a date in the month, e.g. 1/11/2016`,
      },
      actual: String(v),
      valueKind: "text",
      ...at,
    };
  }
  const text = String(v).trim();
  if (!text || text === "-") return undefined;
  if (readsText && sheetMonthOfText(String(v))) return undefined;
  const bad = impossibleDate(text);
  if (bad) {
    return {
      rule: "month-unreadable",
      severity: "error",
      message: {
        th: `${what.th}: ช่อง ${where} มีวันที่ที่ไม่มีอยู่จริง "${bad}" — แก้เป็นวันที่ที่ถูกต้อง (พิมพ์เป็นวันที่ ไม่ใช่ข้อความ)`,
        en: `${what.en}: cell ${where} holds "${bad}", a date that does not exist; enter a real date (as a date, not text)`,
      },
      actual: text,
      valueKind: "text",
      ...at,
    };
  }
  if (!parseMonthRange(text) && !parseMonth(text)) {
    return {
      rule: "month-unreadable",
      severity: "error",
      message: {
        th: `${what.th}: อ่านเดือนจากช่อง ${where} ("${clip(text, 60)}") ไม่ได้ — ใส่วันที่ของเดือน เช่น 1/11/2559`,
        en: `${what.en}: cell ${where} ("${clip(text, 60)}") cannot be read as a month; enter a date in the month, e.g. 1/11/2016`,
      },
      actual: text,
      valueKind: "text",
      ...at,
    };
  }
  return {
    rule: "month-as-text",
    severity: "warning",
    message: {
      th: `${what.th}: ช่อง ${where} พิมพ์เดือนเป็นข้อความ "${clip(text, 60)}" สูตรในแผ่นงาน (ตารางเดือน เพดานอัตรา) จะไม่นำไปใช้ — พิมพ์เป็นวันที่`,
      en: `${what.en}: cell ${where} holds the month as text ("${clip(text, 60)}"); the sheet's formulas (month grid, rate ceilings) ignore it; enter it as a date`,
    },
    actual: text,
    valueKind: "text",
    ...at,
  };
}

const WHAT = {
  periodStart: { th: "เริ่มโครงการ", en: "Project start" },
  periodEnd: { th: "สิ้นสุดโครงการ", en: "Project end" },
  fundsAvailableFrom: { th: "เดือนที่เงินงบประมาณเข้า", en: "Funds available from" },
  start: { th: "เดือนเริ่มกิจกรรม", en: "Activity start" },
  end: { th: "เดือนสิ้นสุดกิจกรรม", en: "Activity end" },
  month: { th: "เดือนที่ใช้จ่าย", en: "Spending month" },
};

/** Findings for every month cell of the plan that the sheet's formulas cannot use. */
export function monthCellFindings(snapshot: WorkbookSnapshot, located?: Located): Finding[] {
  const loc = located ?? readPlan(snapshot).located;
  const byName = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const out: Finding[] = [];
  const add = (f: Finding | undefined) => f && out.push(f);
  const p = loc.project;
  const ps = p && byName.get(p.sheet);
  if (p && ps) {
    for (const key of ["periodStart", "periodEnd", "fundsAvailableFrom"] as const) {
      const row = p.rows[key];
      // no formula of the sheet reads the funds month (only the pane does): a month written as shown, as the
      // activities and budget sheets take it ("ม.ค. 2570", one rule: sheetMonthOfText), is no problem there
      if (row !== undefined) add(monthCellFinding(ps, row, p.valueCol, WHAT[key], key === "fundsAvailableFrom"));
    }
  }
  const a = loc.activities;
  const as = a && byName.get(a.sheet);
  if (a && as) {
    for (const row of a.rows) {
      for (const key of ["start", "end"] as const) {
        if (a.cols[key] !== undefined) add(monthCellFinding(as, row, a.cols[key], WHAT[key], a.cols[`${key}Date`] !== undefined));
      }
    }
  }
  const b = loc.budget;
  const bs = b && byName.get(b.sheet);
  if (b && bs && b.cols.month !== undefined) {
    for (const row of b.rows) add(monthCellFinding(bs, row, b.cols.month, WHAT.month, b.cols.monthDate !== undefined));
  }
  // a hand-made sheet has no month grid or ceiling lookup: a month written as text is how it is written
  return loc.template ? out : out.filter((f) => f.rule !== "month-as-text");
}
