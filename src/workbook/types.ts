/**
 * The narrow workbook interface that every adapter speaks (Office.js, .xlsx files via ExcelJS, the
 * in-browser preview workbook). The core never sees Excel: it reads a snapshot and produces write specs.
 *
 * Reading: an adapter loads, in one go, the used range of the plan sheets (values and formulas, as 2-D
 * arrays anchored at A1) → `WorkbookSnapshot`. In Office.js that is one `context.sync()`.
 * Writing: the layout produces `SheetSpec`s (pure data); an adapter applies them in one batch.
 */

export type CellScalar = string | number | boolean | null;

export interface SheetSnapshot {
  name: string;
  /** values[r][c] for row r+1, column c+1 (A1-anchored). Errors come as strings like "#REF!". */
  values: CellScalar[][];
  /** formulas[r][c]: the formula text starting with "=" or null for a constant/empty cell. */
  formulas: (string | null)[][];
  /** Rows and columns (1-based) the user hid, when the host says: hand-made tables skip them (said in "what was read"). */
  hidden?: { rows: number[]; cols: number[] };
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  /** The sheet the user is on, when the host knows it (the pane checks the plan set it belongs to). */
  activeSheet?: string;
}

/** Named cell styles the layout uses; each adapter maps them to its own formatting. */
export type StyleName =
  | "title"
  | "header"
  | "label"
  | "input"
  | "inputMoney"
  | "inputNumber"
  | "formula"
  | "formulaMoney"
  | "formulaNumber"
  | "total"
  | "totalMoney"
  | "note"
  | "status"
  // the printable proposal (แบบเสนอโครงการ): 16 pt, no input colours
  | "pTitle"
  | "pText"
  | "pBold"
  | "pTh"
  | "pThSmall"
  | "pTd"
  | "pTdBold"
  | "pTdCenter"
  | "pMark"
  | "pMoney"
  | "pTotal"
  | "pTotalMoney"
  | "pSign";

export interface CellSpec {
  /** A1 address. */
  address: string;
  value?: CellScalar;
  /** Formula text starting with "=" (English function names, comma separators, as in Office.js `formulas`). */
  formula?: string;
  style?: StyleName;
  /** Number format override (e.g. "#,##0.00"). */
  numberFormat?: string;
}

export interface ListValidationSpec {
  /** A1 range, e.g. "D5:D500". */
  range: string;
  /** Formula source for the list, e.g. "=อัตรา!$A$5:$A$60", or a literal list. */
  source: string | string[];
  /** Other values may be entered too, without a warning (month cells: a date typed in any form). */
  allowOther?: boolean;
}

export interface ConditionalFormatSpec {
  range: string;
  /** Formula relative to the range's top-left cell, e.g. "=AND(H5>=1,H5<=3)". */
  formula: string;
  fill?: string;
  fontColor?: string;
}

export interface SheetSpec {
  /** Layout key of the sheet ("project", "activities", "budget", "summary", "indicators", "rates", "results"). */
  key: string;
  name: string;
  cells: CellSpec[];
  columnWidths?: Record<string, number>;
  merges?: string[];
  validations?: ListValidationSpec[];
  conditionalFormats?: ConditionalFormatSpec[];
  /** Freeze panes below this many rows. */
  freezeRows?: number;
  landscape?: boolean;
  /** Rows repeated at the top of each printed page, e.g. "4:4". */
  printTitleRows?: string;
  /** What prints: the range (instruction lines and checker columns left out), e.g. "A4:T24". */
  printArea?: string;
  /** Page margins in inches (default: 0.5 left/right, 0.6 top/bottom). */
  margins?: { left: number; right: number; top: number; bottom: number };
  /** Manual page breaks: the rows after which a new printed page starts. */
  rowBreaks?: number[];
  /** Row heights in points (rows not listed keep the default). */
  rowHeights?: Record<number, number>;
  tabColor?: string;
  /** A hidden sheet (the add-in's own mapping sheet, a kept layout), not shown as a tab. */
  hidden?: boolean;
}

export interface WorkbookSpec {
  sheets: SheetSpec[];
  /** Workbook-scoped defined names that refer to ranges (the template version stamp, ./templateVersion.ts). */
  names?: { name: string; refersTo: string }[];
  /** Chart of the budget by activity on the summary sheet (adapters that can draw charts do). */
  charts?: { sheet: string; title: string; categoriesRange: string; valuesRange: string; anchor: string }[];
}
