/**
 * Cell access on a snapshot (1-based rows and columns), shared by the reader, the sheet checks and the
 * fixes (so that none of them imports another).
 */
import type { CellRef } from "../core/model";
import { addr } from "./a1";
import type { CellScalar, SheetSnapshot } from "./types";

export function cellValue(s: SheetSnapshot, row: number, col: number): CellScalar {
  const r = s.values[row - 1];
  if (!r) return null;
  const v = r[col - 1];
  return v === undefined ? null : v;
}

export function cellFormula(s: SheetSnapshot, row: number, col: number): string | null {
  const r = s.formulas?.[row - 1];
  if (!r) return null;
  const f = r[col - 1];
  return typeof f === "string" && f.startsWith("=") ? f : null;
}

export function isEmpty(v: CellScalar): boolean {
  return v === null || v === undefined || (typeof v === "string" && v.trim() === "");
}

export function rowCount(s: SheetSnapshot): number {
  return Math.max(s.values.length, s.formulas?.length ?? 0);
}

/** Number of columns of a row (values or formulas). */
export function rowWidth(s: SheetSnapshot, row: number): number {
  return Math.max(s.values[row - 1]?.length ?? 0, s.formulas?.[row - 1]?.length ?? 0);
}

export function ref(s: SheetSnapshot, row: number, col: number): CellRef {
  return { sheet: s.name, cell: addr(row, col) };
}
