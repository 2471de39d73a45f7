/**
 * Hard limits of the .xlsx reader (documented in docs/security.md). A plan workbook is far below all
 * of them (a few thousand cells, sheet parts of a few hundred KB; a 50,000-line plan about 800,000 cells
 * and 60 MB of sheet XML); they exist so that a hostile or
 * broken file is refused with a clear message instead of exhausting memory.
 */
export const LIMITS = {
  /** Size of the .xlsx file itself. */
  fileBytes: 64 * 1024 * 1024,
  /** Unpacked size of one part that is read (a sheet, the shared strings, the workbook part). */
  entryBytes: 96 * 1024 * 1024,
  /** Unpacked size of all the parts read together. */
  totalBytes: 192 * 1024 * 1024,
  /** Unpacked size of the whole package when `fix` hands it to ExcelJS (which unpacks every part). */
  packageBytes: 128 * 1024 * 1024,
  /** Filled cells (a value or a formula) in one sheet that is not one of the plan's (such a sheet is left out). */
  cellsPerSheet: 200_000,
  /**
   * Filled cells in one of the plan's sheets (counted as present in the file, not by the sheet's stated
   * dimension): a 50,000-line budget sheet holds about 700,000 (14 columns); over this the file is refused.
   */
  cellsPerPlanSheet: 1_000_000,
  /** Filled cells in all sheets read. */
  cellsTotal: 1_500_000,
  /** Filled cells `fix` hands to ExcelJS (which keeps an object per cell). */
  cellsForEdit: 150_000,
  /** Formulas computed with HyperFormula when a file carries no results (the plan's sheets first). */
  formulasToCompute: 20_000,
  /** Rows × columns of the area of a sheet that is read (from A1); cells beyond it are reported, not read. */
  areaPerSheet: 2_000_000,
  /** Rows × columns of the areas of all sheets together (the plan's sheets first). */
  areaTotal: 4_000_000,
  /** Widest area read, in columns (Excel 2003 had 256). */
  columns: 1024,
  /** Sheets read. */
  sheets: 250,
  /** Characters kept of one cell's text (Excel's own limit is 32,767). */
  textChars: 32_767,
} as const;

export type Limits = { -readonly [K in keyof typeof LIMITS]: number };
