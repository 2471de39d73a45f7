/**
 * HyperFormula settings of the preview workbook: the Excel-compatible base (date serials, BAHTTEXT, PRODUCT;
 * see ../hyperformula/excelFunctions) plus what only the preview wants.
 */
import { EXCEL_COMPATIBLE_CONFIG } from "../hyperformula/excelFunctions";

export const PREVIEW_HF_CONFIG = {
  ...EXCEL_COMPATIBLE_CONFIG,
  // Excel shows a formula that refers to an empty cell as 0.
  evaluateNullToZero: true,
  // The hosts keep their own undo (inverse CellEdits); HyperFormula's undo stack only slows bulk writes down.
  undoLimit: 0,
};
