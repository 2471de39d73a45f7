/**
 * HyperFormula plugins for the functions the plan layout uses that HyperFormula 3.x lacks.
 * Checked against the layout's formulas: SUM, SUMIF(S), MINIFS, IF/IFERROR/AND/OR/NOT, ISNUMBER, ISFORMULA,
 * N, INDEX/MATCH, DATE/EOMONTH/MONTH/TODAY, INT/MOD/LOG10/PRODUCT are built in; BAHTTEXT is not.
 */
import { EXCEL_COMPATIBLE_CONFIG, ensureExcelFunctions } from "../hyperformula/excelFunctions";

export { bahtToSatangForText } from "../hyperformula/excelFunctions";

/** Register the Excel-compatible functions (BAHTTEXT, PRODUCT) once. */
export function ensurePreviewFunctions(): void {
  ensureExcelFunctions();
}

export const PREVIEW_HF_CONFIG = {
  ...EXCEL_COMPATIBLE_CONFIG,
  // Excel shows a formula that refers to an empty cell as 0.
  evaluateNullToZero: true,
  // The hosts keep their own undo (inverse CellEdits); HyperFormula's undo stack only slows bulk writes down.
  undoLimit: 0,
};
