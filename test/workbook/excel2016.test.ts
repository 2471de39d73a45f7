/**
 * The workbook is promised to work in Excel 2016 and later, also where the add-in cannot run: every function
 * the template's formulas, conditional formats and list sources use must exist in Excel 2016. Functions that
 * arrived later (MINIFS, MAXIFS, IFS, SWITCH, TEXTJOIN, CONCAT: Excel 2019; XLOOKUP, FILTER, LET …: Microsoft 365)
 * are refused. Lists from Microsoft's "Excel functions (by category)" pages, where each newer function says
 * which version brought it.
 */
import { seedPlan } from "../../src/core/examples/seed2560";
import { emptyPlan } from "../../src/core/model";
import { buildWorkbookSpec } from "../../src/workbook";

/** Functions of Excel 2016 (the categories a budget template can need). */
const EXCEL_2016 = new Set(
  `ABS AND AVERAGE AVERAGEIF AVERAGEIFS BAHTTEXT CEILING CHAR CHOOSE CLEAN CODE COLUMN COLUMNS CONCATENATE COUNT COUNTA
  COUNTBLANK COUNTIF COUNTIFS DATE DATEDIF DATEVALUE DAY DAYS EDATE EOMONTH EXACT FALSE FIND FIXED FLOOR HLOOKUP HOUR
  IF IFERROR IFNA INDEX INDIRECT INT ISBLANK ISERR ISERROR ISFORMULA ISLOGICAL ISNA ISNONTEXT ISNUMBER ISTEXT LARGE
  LEFT LEN LOG LOG10 LOOKUP LOWER MATCH MAX MAXA MEDIAN MID MIN MINA MINUTE MOD MONTH N NA NETWORKDAYS NOT NOW OFFSET OR
  PRODUCT PROPER REPLACE REPT RIGHT ROUND ROUNDDOWN ROUNDUP ROW ROWS SEARCH SECOND SIGN SMALL SUBSTITUTE SUBTOTAL SUM
  SUMIF SUMIFS SUMPRODUCT T TEXT TIME TODAY TRIM TRUE TRUNC TYPE UPPER VALUE VLOOKUP WEEKDAY WORKDAY XOR YEAR AGGREGATE`.split(/\s+/),
);

/** Newer than Excel 2016. */
const NEWER = ["MINIFS", "MAXIFS", "IFS", "SWITCH", "TEXTJOIN", "CONCAT", "XLOOKUP", "XMATCH", "FILTER", "UNIQUE", "SORT", "SORTBY", "SEQUENCE", "LET", "LAMBDA", "RANDARRAY", "TEXTSPLIT", "VSTACK", "HSTACK"];

/** Function names called in a formula (text inside string literals and sheet names ignored). */
export function functionsIn(formula: string): string[] {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""').replace(/'(?:[^']|'')*'!/g, "S!");
  return [...code.matchAll(/([A-Z][A-Z0-9.]*)\(/g)].map((m) => m[1]);
}

describe("the template's formulas compute in Excel 2016", () => {
  const specs = (["th", "en"] as const).flatMap((lang) => [buildWorkbookSpec(seedPlan(), { lang }), buildWorkbookSpec(emptyPlan(2569), { lang })]);
  const used = new Set<string>();
  for (const spec of specs) {
    for (const sheet of spec.sheets) {
      for (const c of sheet.cells) if (c.formula) functionsIn(c.formula).forEach((f) => used.add(f));
      for (const cf of sheet.conditionalFormats ?? []) functionsIn(cf.formula).forEach((f) => used.add(f));
      for (const v of sheet.validations ?? []) if (typeof v.source === "string") functionsIn(v.source).forEach((f) => used.add(f));
    }
  }

  it("finds the functions (the list is not empty and includes the rate ceiling's SUMPRODUCT)", () => {
    expect(used.size).toBeGreaterThan(10);
    expect(used.has("SUMPRODUCT")).toBe(true);
    expect(functionsIn(`=IF(A1="MINIFS(",SUM('MAX(x'!A1:A2),0)`)).toEqual(["IF", "SUM"]);
  });

  it("every function is in Excel 2016, none is newer", () => {
    const missing = [...used].filter((f) => !EXCEL_2016.has(f)).sort();
    expect(missing).toEqual([]);
    expect([...used].filter((f) => NEWER.includes(f))).toEqual([]);
  });
});
