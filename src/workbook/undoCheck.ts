import type { CellEdit } from "./host";
import type { CellScalar, WorkbookSnapshot } from "./types";
import { normalizeFormula } from "./formulaText";
import { parseCell } from "./a1";
import { cellRef } from "../core/cellRef";

/**
 * Does a cell still hold what the add-in wrote there? The pane's undo asks before it writes anything back:
 * a cell the user typed into since (or that shows other content after rows were inserted) is never overwritten.
 * Pure: the Office adapter, the preview and the pane (against each check's snapshot) share it.
 */

export function fromCellValue(v: unknown): CellScalar {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/** "General" for a cell without a number format of its own (Excel reports it so; the preview leaves it unset). */
function formatOf(f: unknown): string {
  return typeof f === "string" && f !== "" ? f : "General";
}

/**
 * Does a cell (value, formula text or null, number format when known) hold `expected`? The number format is only
 * compared when both are known.
 */
export function cellHolds(value: unknown, formula: unknown, expected: NonNullable<CellEdit["expect"]>, numberFormat?: unknown): boolean {
  if (expected.numberFormat !== undefined && numberFormat !== undefined && formatOf(numberFormat) !== formatOf(expected.numberFormat)) return false;
  const isFormula = typeof formula === "string" && formula.startsWith("=");
  if (expected.formula !== undefined) return isFormula && normalizeFormula(formula as string) === normalizeFormula(expected.formula);
  if (isFormula) return false;
  // an empty string written is an empty cell read back
  const want = fromCellValue(expected.value ?? null);
  const have = fromCellValue(value);
  if (typeof want === "number" && typeof have === "number") return Math.abs(want - have) <= 1e-9 * Math.max(1, Math.abs(want));
  return have === want;
}

/** "Sheet!A1" of an edit, as users read it (cellRef: quoted when the sheet name needs it). */
export function editPlace(e: Pick<CellEdit, "sheet" | "cell">): string {
  return cellRef(e.sheet, e.cell);
}

/**
 * The cells of an undo step (inverse edits with `expect`) that a check's snapshot shows changed since the add-in
 * wrote them ("Sheet!A1", in the step's order). Cells of sheets the snapshot does not hold are not judged here
 * (the host judges them when the undo is asked for).
 */
export function changedSince(inverse: readonly CellEdit[], snapshot: WorkbookSnapshot): string[] {
  const bySheet = new Map(snapshot.sheets.map((s) => [s.name.toLowerCase(), s]));
  const out: string[] = [];
  for (const e of inverse) {
    if (!e.expect) continue;
    const sheet = bySheet.get(e.sheet.toLowerCase());
    if (!sheet) continue;
    let at: { row: number; col: number };
    try {
      at = parseCell(e.cell);
    } catch {
      continue;
    }
    const r = at.row - 1;
    const c = at.col - 1;
    const value = sheet.values[r]?.[c] ?? null;
    const formula = sheet.formulas[r]?.[c] ?? null;
    if (!cellHolds(value, formula, e.expect)) out.push(editPlace(e));
  }
  return out;
}
