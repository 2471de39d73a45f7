/**
 * Formula text conversions between the workbook layer (Office.js style: "=SUM(A1:A3)", English names,
 * no prefixes) and the stored OOXML form ("SUM(A1:A3)"; functions newer than Excel 2007 and a few
 * "macro call" functions such as BAHTTEXT carry the `_xlfn.` prefix in files — Excel writes
 * `_xlfn.BAHTTEXT`, and LibreOffice only understands BAHTTEXT with the prefix).
 */
import { mapFunctionNames } from "../../workbook/formulaText";

/** Functions stored with the `_xlfn.` prefix in .xlsx files (the ones our layouts may use, and more). */
export const XLFN_FUNCTIONS: ReadonlySet<string> = new Set([
  "BAHTTEXT",
  "MINIFS",
  "MAXIFS",
  "IFS",
  "SWITCH",
  "CONCAT",
  "TEXTJOIN",
  "IFNA",
  "XLOOKUP",
  "XMATCH",
  "FILTER",
  "SORT",
  "UNIQUE",
  "SEQUENCE",
  "DAYS",
  "ISOWEEKNUM",
  "CEILING.MATH",
  "FLOOR.MATH",
  "AGGREGATE",
  "FORMULATEXT",
  "SHEET",
  "SHEETS",
  "NUMBERVALUE",
  "LET",
  "ISFORMULA",
]);

/** "=BAHTTEXT(A1)" → "_xlfn.BAHTTEXT(A1)" (the text ExcelJS stores, without "="). */
const XLFN_TEST = new RegExp(`(${[...XLFN_FUNCTIONS].map((f) => f.replace(".", "\\.")).join("|")})\\s*\\(`, "i");

export function toFileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  if (!XLFN_TEST.test(body)) return body;
  return mapFunctionNames(body, (name) => {
    const upper = name.toUpperCase();
    return XLFN_FUNCTIONS.has(upper) ? `_xlfn.${upper}` : name;
  });
}

/** "_xlfn.BAHTTEXT(A1)" → "=BAHTTEXT(A1)" (the text Office.js shows). */
export function fromFileFormula(formula: string): string {
  const body = formula.startsWith("=") ? formula.slice(1) : formula;
  if (!/_xl/i.test(body)) return "=" + body;
  const cleaned = mapFunctionNames(body, (name) => name.replace(/^_xl(fn|ws)\./i, "").replace(/^_xlfn\./i, ""));
  return "=" + cleaned;
}
