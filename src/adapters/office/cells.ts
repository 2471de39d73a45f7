/* global Excel */
import type { CellEdit, UndoOutcome } from "../../workbook/host";
import type { CellScalar } from "../../workbook/types";
import { toCellInput } from "./cellInput";
import { normalizeFormula } from "../../workbook/formulaText";

/**
 * Cell edits (fixes, generated rows, status cells) and their undo.
 *
 * applyEdits reads the cells first (sync 1) and keeps their contents as the inverse edits, each carrying what
 * the edit wrote (`expect`); then writes (sync 2). An inverse edit is only applied while its cell still holds
 * `expect`: the user may have typed there since, or inserted rows so that the address now shows something
 * else; those cells are left alone and reported.
 */

export function fromCellValue(v: unknown): CellScalar {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}


/** Does a cell (as loaded) hold what an edit wrote? */
export function cellHolds(value: unknown, formula: unknown, expected: NonNullable<CellEdit["expect"]>): boolean {
  const isFormula = typeof formula === "string" && formula.startsWith("=");
  if (expected.formula !== undefined) return isFormula && normalizeFormula(formula as string) === normalizeFormula(expected.formula);
  if (isFormula) return false;
  // an empty string written is an empty cell read back
  const want = fromCellValue(expected.value ?? null);
  const have = fromCellValue(value);
  if (typeof want === "number" && typeof have === "number") return Math.abs(want - have) <= 1e-9 * Math.max(1, Math.abs(want));
  return have === want;
}

/** The edits that applied, their inverse (most recent first), and the ones left alone. */
export async function editCells(
  context: Excel.RequestContext,
  edits: CellEdit[],
  opts: { copyFormats?: boolean } = {},
): Promise<UndoOutcome & { inverse: CellEdit[] }> {
  const ranges = edits.map((e) => {
    const r = context.workbook.worksheets.getItem(e.sheet).getRange(e.cell);
    r.load("values,formulas");
    return r;
  });
  await context.sync();
  const applied: CellEdit[] = [];
  const leftAlone: CellEdit[] = [];
  const inverse: CellEdit[] = [];
  edits.forEach((e, i) => {
    const value = ranges[i].values[0][0];
    const formula = ranges[i].formulas[0][0];
    if (e.expect && !cellHolds(value, formula, e.expect)) {
      leftAlone.push(e);
      return;
    }
    applied.push(e);
    const wrote: CellEdit["expect"] = e.formula !== undefined ? { formula: e.formula } : { value: e.value ?? null };
    const before: CellEdit =
      typeof formula === "string" && formula.startsWith("=")
        ? { sheet: e.sheet, cell: e.cell, formula }
        : { sheet: e.sheet, cell: e.cell, value: fromCellValue(value) };
    inverse.push({ ...before, expect: wrote });
    // a row added to a table takes the format of the table's row (Range.copyFrom: ExcelApi 1.9)
    if (e.formatLike && opts.copyFormats) {
      ranges[i].copyFrom(context.workbook.worksheets.getItem(e.sheet).getRange(e.formatLike), "Formats" as Excel.RangeCopyType);
    }
    if (e.formula !== undefined) ranges[i].formulas = [[e.formula]];
    else ranges[i].values = [[toCellInput(e.value)]];
  });
  if (applied.length > 0) {
    await context.sync();
  }
  return { undone: applied, leftAlone, inverse: inverse.reverse() };
}

export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}
