/**
 * Settings shared by every HyperFormula instance of the add-in. A module of its own that loads no HyperFormula
 * (types only), so code that only needs the settings does not pay for it (the CLI loads HyperFormula only when a
 * workbook needs evaluating: see ../xlsx/evaluate).
 */
import type { ConfigParams } from "hyperformula";

export const EXCEL_COMPATIBLE_CONFIG: Partial<ConfigParams> = {
  licenseKey: "gpl-v3",
  leapYear1900: true,
  // with leapYear1900, serials equal Excel's (1 = 1900-01-01, 61 = 1900-03-01, 42675 = 2016-11-01)
  nullDate: { year: 1899, month: 12, day: 31 },
  precisionRounding: 10,
  useColumnIndex: false,
  maxRows: 1048576,
  maxColumns: 16384,
  // Excel evaluates the arguments of SUMPRODUCT as arrays (also a MAX nested in it) without Ctrl+Shift+Enter;
  // the template's rate ceiling relies on that (Excel 2016 has no MINIFS).
  useArrayArithmetic: true,
};

/** Evaluating a file's (or a test's) snapshot: off, so that A8="" is true for an empty cell, as in Excel. */
export const FILE_CONFIG: Partial<ConfigParams> = { ...EXCEL_COMPATIBLE_CONFIG, evaluateNullToZero: false };

/** The preview workbook. */
export const PREVIEW_CONFIG: Partial<ConfigParams> = {
  ...EXCEL_COMPATIBLE_CONFIG,
  // Excel shows a formula that refers to an empty cell as 0.
  evaluateNullToZero: true,
  // The hosts keep their own undo (inverse CellEdits); HyperFormula's undo stack only slows bulk writes down.
  undoLimit: 0,
};
