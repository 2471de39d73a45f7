/**
 * The places a reading found (tables, forms, rows of lines and activities) and the result of a reading:
 * shared by the reader, the sheet checks, the fixes and the validation.
 */
import type { CellRef, Plan, Satang } from "../core/model";
import type { Finding, Severity } from "../core/findings";
import type { RateBook } from "../core/rates/rateBook";
import type { Positions, TablePos } from "./ctx";
import type { Lang, SheetKey, Text } from "./i18n";
import type { SheetSnapshot } from "./types";


export interface FormPos {
  sheet: string;
  rows: Record<string, number>;
  valueCol: number;
  labelCol: number;
}

/** How a row of a hand-made budget table was read. */
export type RowKind = "line" | "heading" | "classHead" | "subtotal" | "total" | "amountInWords" | "note" | "blank" | "hidden";

export interface FoundTable extends TablePos {
  /** Data rows actually read (not the skipped empty rows), in sheet order. */
  rows: number[];
  /** "รวม" rows between blocks of lines (hand-made budget sheets), read as stated subtotals. */
  subtotalRows: number[];
  /** Hand-made tables: the header row(s) and what each row below was read as. */
  handMade?: {
    headerRows: number[];
    /** Header text per column key, as written. */
    headers: Record<string, string>;
    rowKinds: { row: number; kind: RowKind; activityId?: string; text?: string }[];
    /** Extra factor columns multiplied into "times" (e.g. people × meals × days). */
    extraFactors: number[];
    /** Amount split by expense class (ค่าตอบแทน / ค่าใช้สอย / ค่าวัสดุ …): column per class. */
    classCols?: Record<string, number>;
    /** The mapping came from a stored correction (the hidden mapping sheet). */
    corrected?: boolean;
    /** Separate satang columns: money column → its satang column (บาท | สต.). */
    satang?: Record<number, number>;
    /** Month-grid amount columns (แผนการใช้จ่ายเงิน): column and fiscal month index (0 = October). */
    monthCols?: { col: number; index: number; year?: number }[];
    /** Where this table's activity came from when the table has no headings (a title above it, its sheet's name). */
    activityFrom?: { row?: number; text: string };
  };
}

export interface Located {
  lang: Lang;
  sheets: Partial<Record<SheetKey, SheetSnapshot>>;
  project?: FormPos;
  results?: FormPos;
  targets?: FoundTable;
  activities?: FoundTable;
  budget?: FoundTable;
  indicators?: FoundTable;
  rates?: FoundTable;
  ratesCondRow?: number;
  /** Budget line id → row; activity id → row. */
  lineRows: Map<string, number>;
  activityRows: Map<string, number>;
  /** The plan sheets are the project's own template (its budget table has the template's headers). */
  template?: boolean;
  /** Budget line id → its month cell (hand-made tables with a month column). */
  lineMonthCells?: Map<string, CellRef>;
  /** Every hand-made budget table when the workbook has more than one (one sheet per activity, tables one below another); `budget` is the first. */
  budgetTables?: FoundTable[];
  /** An allocation is stated but no budget line could be read (said as a warning at the allocation cell). */
  budgetUnread?: boolean;
  /** Month-grid lines: line id → fiscal month index (0 = October) of its first month with an amount and that cell, and every month's amount; the months are set once the fiscal year is known. */
  monthGridLines?: Map<string, { index: number; year?: number; cell: CellRef; amounts: { index: number; year?: number; amount: Satang }[] }>;
  /** The month columns of a hand-made activity table whose marks (✓, ▓▓, any text) gave activities their months. */
  activityGridCols?: { col: number; index: number; year?: number }[];
  /** Activities made from heading rows of a budget table (no activity table gave them). */
  activitiesFromHeadings?: Set<string>;
  /** Where each project field was found on a hand-made sheet (label cell and value cell). */
  looseFields?: Record<string, { label: CellRef; value: CellRef; text: string }>;
  /** How the fiscal year was found. */
  fiscalYearSource?: { how: "field" | "title" | "period" | "months" | "current"; cell?: CellRef; text?: string };
}

/** A reading problem: a message with its severity and, when known, its cell. */
export interface Issue extends Text {
  severity?: Severity;
  sheet?: string;
  cell?: string;
}

export interface ReadResult {
  plan: Plan;
  /** Findings made while reading (bad-number for text numbers, formula-error). */
  sheetFindings: Finding[];
  /** Reading problems, each "Thai / English". */
  problems: string[];
  /** The same problems as { th, en } with severity and cell. */
  issues: Issue[];
  isPlan: boolean;
  /** The rate rules as written in the workbook's rates sheet (undefined when there is none or it is empty). */
  rateBookFromSheet?: RateBook;
  located: Located;
}

/** Positions (for formula contexts) from what was located. */
export function positionsOf(loc: Located): Positions {
  return {
    lang: loc.lang,
    project: loc.project ? { sheet: loc.project.sheet, rows: loc.project.rows, valueCol: loc.project.valueCol } : undefined,
    activities: loc.activities,
    budget: loc.budget,
    rates: loc.rates,
    ratesCondRow: loc.ratesCondRow,
  };
}
