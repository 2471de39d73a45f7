/**
 * In-memory workbook snapshots for the reader's tests: a sheet from rows of values (no formulas), a workbook
 * from sheets, and the error and warning findings of a check as "rule@Sheet!A1" (sorted), which the hand-made
 * shape tests compare.
 */
import { validateWorkbook } from "../../src/workbook";
import type { CellScalar, SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/types";

export type Row = CellScalar[];

export const sheet = (name: string, rows: Row[]): SheetSnapshot => ({ name, values: rows, formulas: rows.map((r) => r.map(() => null)) });

export const book = (...sheets: SheetSnapshot[]): WorkbookSnapshot => ({ sheets });

/** Errors and warnings as "rule@Sheet!A1", sorted; `readProblems: false` leaves reading problems out. */
export function flaggedFindings(snap: WorkbookSnapshot, today: { year: number; month: number }, options: { readProblems?: boolean } = {}): string[] {
  return validateWorkbook(snap, { today })
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .filter((f) => options.readProblems !== false || f.rule !== "read-problem")
    .map((f) => `${f.rule}@${f.sheet}!${f.cell}`)
    .sort();
}
