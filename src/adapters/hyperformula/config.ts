/**
 * Settings shared by every HyperFormula instance of the add-in. A module of its own without HyperFormula
 * itself, so code that only needs the settings does not load HyperFormula (the CLI loads it only when a
 * workbook needs evaluating: see ../xlsx/evaluate).
 */
export const EXCEL_COMPATIBLE_CONFIG = {
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
