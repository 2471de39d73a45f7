/**
 * Apply cell edits (fixes) to a loaded ExcelJS workbook, keeping the user's formatting. All cached
 * formula results are dropped afterwards and the workbook is marked for a full recalculation on open,
 * so no stale value survives (our reader then evaluates with HyperFormula; Excel recalculates).
 */
import ExcelJS from "exceljs";
import type { CellEdit } from "../../workbook/host";
import type { CellScalar } from "../../workbook/types";
import { toFileFormula, fromFileFormula } from "./formula";

/** Returns the previous content of each edited cell ("Sheet!A1" → formula with "=" or value). */
export function applyEdits(wb: ExcelJS.Workbook, edits: CellEdit[]): Map<string, CellScalar> {
  const before = new Map<string, CellScalar>();
  for (const e of edits) {
    const ws = wb.getWorksheet(e.sheet);
    if (!ws) throw new Error(`No sheet named ${e.sheet}`);
    const cell = ws.getCell(e.cell);
    const cur = cell.value as unknown;
    let prev: CellScalar = null;
    if (cur && typeof cur === "object" && "formula" in (cur as object)) prev = fromFileFormula(String((cur as { formula: string }).formula));
    else if (cur && typeof cur === "object" && "sharedFormula" in (cur as object)) prev = cell.formula ? fromFileFormula(cell.formula) : null;
    else if (cur === null || cur === undefined || typeof cur === "string" || typeof cur === "number" || typeof cur === "boolean") prev = (cur ?? null) as CellScalar;
    else prev = cell.text;
    before.set(`${e.sheet}!${e.cell}`, prev);
    if (e.formula !== undefined && e.formula !== "") cell.value = { formula: toFileFormula(e.formula) } as ExcelJS.CellFormulaValue;
    else cell.value = (e.value ?? null) as ExcelJS.CellValue;
  }
  dropCachedResults(wb);
  return before;
}

/** Remove every formula's cached result and ask for a full recalculation on open. */
export function dropCachedResults(wb: ExcelJS.Workbook): void {
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as unknown;
        if (v && typeof v === "object" && ("formula" in (v as object) || "sharedFormula" in (v as object))) {
          const f = cell.formula;
          if (f) cell.value = { formula: f } as ExcelJS.CellFormulaValue;
        }
      });
    });
  }
  wb.calcProperties = { ...(wb.calcProperties ?? {}), fullCalcOnLoad: true };
}
