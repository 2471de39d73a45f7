/**
 * The shapes of THE layout (layout.ts): value types, cell kinds, column, table and field definitions, and what
 * a per-row formula knows about positions. Types only, so the layout's parts (layout.ts, layoutRates.ts) and
 * its users import them from below without a cycle.
 */
import type { ChoiceListName, Lang, SheetKey, Text } from "./i18n";

export type ValueType = "text" | "id" | "money" | "number" | "month" | "enum" | "percent" | "list" | "date";
/** input: the user types it; formula: the template computes it; inputOrFormula: a formula the user may override by typing. */
export type CellKind = "input" | "formula" | "inputOrFormula";

/** What a per-row formula needs to know about where things are (template positions when writing, found positions when reading). */
export interface FormulaCtx {
  lang: Lang;
  /** The row the formula is written in. */
  row: number;
  /** The table's header row. */
  headerRow: number;
  /** First and last data rows of this table (for total rows). */
  firstRow: number;
  lastRow: number;
  /** Column letter of a column of this table. */
  c(key: string): string;
  /** True when this table has the column (a workbook made by an older template may not). */
  has(key: string): boolean;
  /** Absolute reference to a project-sheet field cell, e.g. 'โครงการ'!$B$7. */
  project(field: string): string;
  /** Absolute range of a budget-lines column, e.g. 'งบประมาณ'!$J$5:$J$24. */
  budget(col: string): string;
  /** Absolute reference to the budget total cell of a column (default: the amount column). */
  budgetTotal(col?: string): string;
  /** True when the budget table has this column (a workbook made by an older template may not). */
  budgetHas(col: string): boolean;
  /** Absolute range of an activities column. */
  activities(col: string): string;
  /** True when the activities table has this column. */
  activitiesHas(col: string): boolean;
  /** Absolute range of a rates column. */
  rates(col: string): string;
  /** Absolute reference to a rates-sheet condition cell (venue/trainingType/staffLevel in force for this plan). */
  ratesCond(which: "venue" | "trainingType" | "staffLevel"): string;
}

export interface ColumnDef {
  key: string;
  header: Text;
  /** Other header texts accepted when reading (normalised comparison). */
  aliases?: string[];
  width: number;
  kind: CellKind;
  type: ValueType;
  choices?: ChoiceListName;
  /** Per-row formula (formula and inputOrFormula columns). */
  formula?: (x: FormulaCtx) => string;
  /** The total row sums this column. */
  total?: boolean;
  /** Needed to recognise the table by its header row. */
  required?: boolean;
  /** Not matched by header text when reading (e.g. the month grid with date headers). */
  unmatched?: boolean;
  /** Read from workbooks of older template versions; no longer written. */
  legacy?: boolean;
}

export interface TableDef {
  key: string;
  sheet: SheetKey;
  title: Text;
  columns: ColumnDef[];
  /** A total row follows the data rows; its label goes into this column. */
  totalLabelColumn?: string;
  totalLabel?: Text;
  /** Empty rows (with their formulas) written after the data, so users can add lines in place. */
  minRows: number;
  spareRows: number;
}

export interface FieldDef {
  key: string;
  label: Text;
  aliases?: string[];
  kind: CellKind;
  type: ValueType;
  choices?: ChoiceListName;
  formula?: (x: FormulaCtx & { field(key: string): string }) => string;
}
