/**
 * Months written as they are shown: "มี.ค. 2560" (the label the month drop-down offers), "มี.ค.2560",
 * "Mar 2017". The sheet turns such a text into the month's first day with one formula (monthValueFormula),
 * so its quarter, status, month-grid and summary formulas read a month typed as text as the pane does;
 * sheetMonthOfText is the same rule in TypeScript (the pane uses it to know which texts the sheet reads).
 *
 * The rule: the last four characters are the year (Buddhist era above 2400, else Christian era), the rest,
 * trimmed, is a Thai or English month abbreviation (any case). Anything else is not read by the sheet
 * (the pane then reports it, with a one-click fix that writes the date).
 *
 * Pure: no exceljs, no Office.
 */
import type { MonthRef } from "../core/model";

export const THAI_MONTH_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."];
export const ENGLISH_MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const NAMES = [...THAI_MONTH_ABBR, ...ENGLISH_MONTH_ABBR];

/** An inline array of the month abbreviations (Excel 2016, LibreOffice and HyperFormula read it). */
const LIST = `{${NAMES.map((n) => `"${n}"`).join(",")}}`;

/**
 * A formula expression: the month in `ref` as a date serial (its first day), whether `ref` holds a date or
 * a month written as shown; "" when it holds neither.
 */
export function monthValueExpr(ref: string): string {
  const t = `TRIM(${ref})`;
  const y = `VALUE(RIGHT(${t},4))`;
  const m = `MOD(MATCH(TRIM(LEFT(${t},LEN(${t})-4)),${LIST},0)-1,12)+1`;
  // a year under 1900 is an error, not DATE's "years 0–1899 count from 1900"
  return `IF(ISNUMBER(${ref}),${ref},IFERROR(DATE(IF(${y}<1900,NA(),${y}-IF(${y}>2400,543,0)),${m},1),""))`;
}

/** The month the sheet's formula reads from a text, or undefined when it reads none (see the file comment). */
export function sheetMonthOfText(text: string): MonthRef | undefined {
  // TRIM in a spreadsheet removes leading/trailing spaces and collapses inner runs to one
  const t = text.replace(/ +/g, " ").replace(/^ | $/g, "");
  if (t.length < 5) return undefined;
  const yearText = t.slice(-4);
  if (!/^\d{4}$/.test(yearText)) return undefined;
  const name = t.slice(0, -4).replace(/^ +| +$/g, "").toLowerCase();
  const i = NAMES.findIndex((n) => n.toLowerCase() === name);
  if (i < 0) return undefined;
  const y = Number(yearText);
  const ce = y > 2400 ? y - 543 : y;
  // DATE(year) in a spreadsheet: 1900–9999 only
  if (ce < 1900) return undefined;
  return { year: ce + 543, month: (i % 12) + 1 };
}

/** The drop-down labels of a fiscal year's months, October to September: "ต.ค. 2559" … "ก.ย. 2560" (or "Oct 2016" …). */
export function fiscalMonthLabels(fiscalYear: number, lang: "th" | "en"): string[] {
  return Array.from({ length: 12 }, (_, i) => {
    const month = ((9 + i) % 12) + 1;
    const yearBE = month >= 10 ? fiscalYear - 1 : fiscalYear;
    return lang === "th" ? `${THAI_MONTH_ABBR[month - 1]} ${yearBE}` : `${ENGLISH_MONTH_ABBR[month - 1]} ${yearBE - 543}`;
  });
}
