/**
 * Formula contexts: where the layout's per-row formulas find their cells. The writer builds one from
 * template positions, the reader/fixer from the positions it found in a user's workbook.
 */
import { absCell, absColRange, colLetter } from "./a1";
import type { Lang } from "./i18n";
import type { FormulaCtx } from "./layout";

/** Where a table is: its sheet, header row, data rows and column numbers by key. */
export interface TablePos {
  sheet: string;
  headerRow: number;
  firstRow: number;
  lastRow: number;
  /** Row of the total row, when there is one. */
  totalRow?: number;
  cols: Record<string, number>;
}

export interface Positions {
  lang: Lang;
  project?: { sheet: string; rows: Record<string, number>; valueCol: number };
  activities?: TablePos;
  budget?: TablePos;
  rates?: TablePos;
  /** Row of the rates sheet's condition cells (venue, training type, staff level), in the rates table's columns. */
  ratesCondRow?: number;
}

export class MissingPlace extends Error {}

function tableRange(t: TablePos | undefined, col: string, what: string): string {
  if (!t || t.cols[col] === undefined) throw new MissingPlace(`${what}.${col}`);
  return absColRange(t.sheet, t.cols[col], t.firstRow, Math.max(t.lastRow, t.firstRow));
}

/** A formula context for one row of one table (or of a form sheet when `table` is undefined). */
export function makeCtx(pos: Positions, table: TablePos | undefined, row: number): FormulaCtx & { field(key: string): string } {
  return {
    lang: pos.lang,
    row,
    headerRow: table?.headerRow ?? 0,
    firstRow: table?.firstRow ?? 0,
    lastRow: table?.lastRow ?? 0,
    c(key: string): string {
      const n = table?.cols[key];
      if (n === undefined) throw new MissingPlace(`column ${key}`);
      return colLetter(n);
    },
    has: (key) => table?.cols[key] !== undefined,
    project(field: string): string {
      const p = pos.project;
      if (!p || p.rows[field] === undefined) throw new MissingPlace(`project.${field}`);
      return absCell(p.sheet, p.rows[field], p.valueCol);
    },
    field(key: string): string {
      // a field of the same form sheet: relative-free absolute reference without sheet prefix
      const p = pos.project;
      if (!p || p.rows[key] === undefined) throw new MissingPlace(`field ${key}`);
      return `$${colLetter(p.valueCol)}$${p.rows[key]}`;
    },
    budget: (col) => tableRange(pos.budget, col, "budget"),
    budgetTotal(col = "amount"): string {
      const b = pos.budget;
      if (!b || b.totalRow === undefined || b.cols[col] === undefined) throw new MissingPlace(`budget.total.${col}`);
      return absCell(b.sheet, b.totalRow, b.cols[col]);
    },
    budgetHas: (col) => pos.budget?.cols[col] !== undefined,
    activities: (col) => tableRange(pos.activities, col, "activities"),
    activitiesHas: (col) => pos.activities?.cols[col] !== undefined,
    rates: (col) => tableRange(pos.rates, col, "rates"),
    ratesCond(which): string {
      const r = pos.rates;
      if (!r || pos.ratesCondRow === undefined || r.cols[which] === undefined) throw new MissingPlace(`rates.cond.${which}`);
      return absCell(r.sheet, pos.ratesCondRow, r.cols[which]);
    },
  };
}

/** Same as makeCtx, but `field()` resolves in another form (the results sheet). */
export function makeFormCtx(
  pos: Positions,
  form: { sheet: string; rows: Record<string, number>; valueCol: number },
  row: number,
): FormulaCtx & { field(key: string): string } {
  const base = makeCtx(pos, undefined, row);
  return {
    ...base,
    field(key: string): string {
      if (form.rows[key] === undefined) throw new MissingPlace(`field ${key}`);
      return `$${colLetter(form.valueCol)}$${form.rows[key]}`;
    },
  };
}
