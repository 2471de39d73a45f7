/* global Excel */
import type { CellEdit, UndoOutcome } from "../../workbook/host";
import { toCellInput } from "./cellInput";
import { cellHolds, fromCellValue } from "../../workbook/undoCheck";

/**
 * Cell edits (fixes, generated rows, status cells) and their undo.
 *
 * applyEdits reads the cells first (sync 1) and keeps their contents as the inverse edits; then writes, and in
 * the same request reads back each cell's number format after the write (sync 2), so each inverse edit carries
 * what the edit left in the cell (`expect`: the value or formula written, the number format). An undo reads the
 * cells once (sync 1) and writes back (sync 2) only when every cell still holds `expect`: the user may have typed
 * there since, or inserted rows so that the address now shows something else; then nothing is written (one sync)
 * and those cells are named.
 */

/** The edits that applied, their inverse (most recent first), and the ones left alone. */
export async function editCells(
  context: Excel.RequestContext,
  edits: CellEdit[],
  opts: { copyFormats?: boolean; allOrNothing?: boolean } = {},
): Promise<UndoOutcome & { inverse: CellEdit[] }> {
  const ranges = edits.map((e) => {
    const r = context.workbook.worksheets.getItem(e.sheet).getRange(e.cell);
    r.load("values,formulas,numberFormat");
    return r;
  });
  await context.sync();
  const holds = edits.map((e, i) => !e.expect || cellHolds(ranges[i].values[0][0], ranges[i].formulas[0][0], e.expect, ranges[i].numberFormat[0][0]));
  const leftAlone = edits.filter((_, i) => !holds[i]);
  if (opts.allOrNothing && leftAlone.length > 0) return { undone: [], leftAlone, inverse: [] };
  const applied: CellEdit[] = [];
  const inverse: CellEdit[] = [];
  const after: Excel.Range[] = [];
  edits.forEach((e, i) => {
    if (!holds[i]) return;
    const value = ranges[i].values[0][0];
    const formula = ranges[i].formulas[0][0];
    applied.push(e);
    inverse.push(
      typeof formula === "string" && formula.startsWith("=")
        ? { sheet: e.sheet, cell: e.cell, formula }
        : { sheet: e.sheet, cell: e.cell, value: fromCellValue(value) },
    );
    // a row added to a table takes the format of the table's row (Range.copyFrom: ExcelApi 1.9)
    if (e.formatLike && opts.copyFormats) {
      ranges[i].copyFrom(context.workbook.worksheets.getItem(e.sheet).getRange(e.formatLike), "Formats" as Excel.RangeCopyType);
    }
    if (e.formula !== undefined) ranges[i].formulas = [[e.formula]];
    else ranges[i].values = [[toCellInput(e.value)]];
    // read in the same request, after the write: the number format the cell is left with
    after.push(context.workbook.worksheets.getItem(e.sheet).getRange(e.cell).load("numberFormat"));
  });
  if (applied.length > 0) {
    await context.sync();
  }
  applied.forEach((e, k) => {
    const wrote: NonNullable<CellEdit["expect"]> = e.formula !== undefined ? { formula: e.formula } : { value: e.value ?? null };
    const nf = after[k].numberFormat?.[0]?.[0];
    if (typeof nf === "string") wrote.numberFormat = nf;
    inverse[k] = { ...inverse[k], expect: wrote };
  });
  return { undone: applied, leftAlone, inverse: inverse.reverse() };
}

export async function selectCell(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}
