/**
 * The one typed bridge between the workbook layer and HyperFormula, used by the .xlsx reader (formulas
 * without cached values), the preview workbook and the tests' spreadsheet: engines built with the
 * Excel-compatible settings (./config) and functions (./excelFunctions), our cell contents turned into
 * HyperFormula's input and its values back into ours.
 */
import { DetailedCellError, HyperFormula, type CellValue, type ConfigParams, type RawCellContent, type Sheets } from "hyperformula";
import type { CellScalar } from "../../workbook/types";
import { mapCode, quoteSheetRefs } from "../../workbook/formulaText";
import { ensureExcelFunctions } from "./excelFunctions";

export { HyperFormula, type RawCellContent, type Sheets };

/** A cell as the workbook layer has it: a formula ("=…"), or a value. */
export interface CellContent {
  value?: CellScalar;
  formula?: string | null;
}

const ERROR_LITERAL = /^#(REF!|VALUE!|DIV\/0!|NAME\?|N\/A|NUM!|NULL!)$/;

/**
 * Excel formula → HyperFormula formula: unquoted Thai (non-ASCII) sheet names quoted, and the bare logical
 * constants TRUE/FALSE (HyperFormula knows only the functions TRUE()/FALSE()) turned into calls.
 */
export function toHfFormula(formula: string, sheetNames: readonly string[]): string {
  return mapCode(quoteSheetRefs(formula, sheetNames), (code, prevChar) =>
    code.replace(/[A-Za-z_][A-Za-z0-9_.]*/g, (word: string, at: number) => {
      const prev = at > 0 ? code[at - 1] : prevChar;
      if (/[A-Za-z0-9_.$!:]/.test(prev) || !/^(TRUE|FALSE)$/i.test(word)) return word;
      const next = code.slice(at + word.length).trimStart()[0];
      return next === "(" || next === "!" ? word : word + "()";
    }),
  );
}

/**
 * A cell's content as HyperFormula's input. Text stays text (an apostrophe in front: HyperFormula would
 * otherwise parse "1,060", dates or "=…"), error values become errors, empty is null.
 */
export function toHfInput(cell: CellContent, sheetNames: readonly string[]): RawCellContent {
  if (cell.formula) return toHfFormula(cell.formula, sheetNames);
  const v = cell.value;
  if (v === null || v === undefined || v === "") return null;
  if (typeof v === "string") return ERROR_LITERAL.test(v) ? "=" + v : "'" + v;
  return v;
}

/** HyperFormula's value → ours: errors as their text ("#REF!"); an array result (Excel 365 spills) as older Excel shows it. */
export function fromHfValue(v: CellValue | undefined): CellScalar {
  if (v instanceof DetailedCellError) return v.value;
  if (v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  return "#VALUE!";
}

/** An engine over the given sheets (name → rows of inputs). */
export function buildEngine(sheets: Sheets, config: Partial<ConfigParams>): HyperFormula {
  ensureExcelFunctions();
  return HyperFormula.buildFromSheets(sheets, config);
}

/** An engine with no sheets. */
export function emptyEngine(config: Partial<ConfigParams>): HyperFormula {
  ensureExcelFunctions();
  return HyperFormula.buildEmpty(config);
}
