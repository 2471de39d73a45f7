/**
 * Formula text conversions between the workbook layer (Office.js style: "=SUM(A1:A3)", English names,
 * no prefixes) and the stored OOXML form ("SUM(A1:A3)"; functions newer than Excel 2007 and a few
 * "macro call" functions such as BAHTTEXT carry the `_xlfn.` prefix in files — Excel writes
 * `_xlfn.BAHTTEXT`, and LibreOffice only understands BAHTTEXT with the prefix).
 */

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

/**
 * Walk a formula, calling `onName` for each function name (an identifier directly followed by "(")
 * outside string literals and quoted sheet names. Returns the rebuilt text.
 */
function mapFunctionNames(formula: string, onName: (name: string) => string): string {
  let out = "";
  let i = 0;
  const n = formula.length;
  while (i < n) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // string literal or quoted sheet name; doubled quote escapes
      let j = i + 1;
      while (j < n) {
        if (formula[j] === ch) {
          if (formula[j + 1] === ch) {
            j += 2;
            continue;
          }
          break;
        }
        j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (/[A-Za-z_]/.test(ch)) {
      let j = i;
      while (j < n && /[A-Za-z0-9_.]/.test(formula[j])) j++;
      const word = formula.slice(i, j);
      const prev = i > 0 ? formula[i - 1] : "";
      if (formula[j] === "(" && !/[A-Za-z0-9_.!$\u0E00-\u0E7F]/.test(prev)) {
        out += onName(word);
      } else {
        out += word;
      }
      i = j;
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

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

/** Whether a sheet name must be quoted in a reference ('My sheet'!A1). Non-ASCII names are always quoted. */
export function quoteSheetName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/**
 * Quote every reference to one of `sheetNames` that is written unquoted (ชีต!A1 → 'ชีต'!A1), outside
 * string literals. Files from Excel and LibreOffice leave Thai sheet names unquoted; HyperFormula
 * parses only quoted non-ASCII sheet names.
 */
const refPatterns = new Map<string, RegExp>();

function escapeRegExp(t: string): string {
  return t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export function quoteSheetRefs(formula: string, sheetNames: readonly string[]): string {
  if (!formula.includes("!")) return formula;
  const key = sheetNames.join("\u0000");
  let re = refPatterns.get(key);
  if (!re) {
    const names = [...sheetNames].sort((a, b) => b.length - a.length).map(escapeRegExp);
    // 1: a string literal or quoted sheet name (kept as is); 2: the character before (not part of a longer name;
    // no lookbehind, which EdgeHTML 18 and Safari 13 cannot parse); 3: an unquoted known sheet name before "!"
    re = new RegExp(`("(?:[^"]|"")*"|'(?:[^']|'')*')|(^|[^A-Za-z0-9_.\u0E00-\u0E7F])(${names.join("|") || "(?!)"})!`, "g");
    refPatterns.set(key, re);
  }
  return formula.replace(re, (_whole: string, quoted: string | undefined, before: string | undefined, name: string | undefined) =>
    quoted ? quoted : `${before ?? ""}${quoteSheetName(name!)}!`,
  );
}
