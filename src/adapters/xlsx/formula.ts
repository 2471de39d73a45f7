/**
 * Formula text conversions between the workbook layer (Office.js style: "=SUM(A1:A3)", English names,
 * no prefixes) and the stored OOXML form ("SUM(A1:A3)"; functions newer than Excel 2007 and a few
 * "macro call" functions such as BAHTTEXT carry the `_xlfn.` prefix in files — Excel writes
 * `_xlfn.BAHTTEXT`, and LibreOffice only understands BAHTTEXT with the prefix).
 */
import { literalEnd, mapFunctionNames } from "../../workbook/formulaText";

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
  return "=" + stripPrefixes(body);
}

/** A character that may not stand before a function name (mapFunctionNames in ../../workbook/formulaText). */
const NOT_BEFORE_NAME = /[A-Za-z0-9_.!$\u0E00-\u0E7F]/;
const NAME_CHAR = /[A-Za-z0-9_.]/;

/**
 * The prefixes `_xlfn.` and `_xlws.` taken off function names, outside string literals and quoted names:
 * what mapFunctionNames with that renaming gives (a test holds the two equal), in one pass over the text,
 * without splitting it (the worksheet reader calls this for every formula of a 50,000-line plan).
 */
function stripPrefixes(body: string): string {
  let out = "";
  let from = 0;
  let i = 0;
  while (i < body.length) {
    const ch = body.charCodeAt(i);
    if (ch === 0x22 || ch === 0x27) {
      i = literalEnd(body, i);
      continue;
    }
    // a name starting "_xl" (any case), not inside a longer name or reference, directly followed by "("
    if (ch === 0x5f && (body.charCodeAt(i + 1) | 0x20) === 0x78 && (body.charCodeAt(i + 2) | 0x20) === 0x6c && (i === 0 || !NOT_BEFORE_NAME.test(body[i - 1]))) {
      let j = i + 1;
      while (j < body.length && NAME_CHAR.test(body[j])) j++;
      if (body[j] === "(") {
        const word = body.slice(i, j);
        const name = word.replace(/^_xl(fn|ws)\./i, "").replace(/^_xlfn\./i, "");
        if (name !== word) {
          out += body.slice(from, i) + name;
          from = j;
        }
      }
      i = j;
      continue;
    }
    i++;
  }
  return from === 0 ? body : out + body.slice(from);
}
