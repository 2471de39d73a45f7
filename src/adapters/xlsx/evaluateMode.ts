/**
 * How formula values are obtained (shared by the lean reader and the ExcelJS one):
 * - "auto" (default): when no formula carries a cached result (files from ExcelJS, our own writer and
 *   `fix`), the workbook is evaluated with HyperFormula. When the file was saved by a calculating
 *   application (Excel, LibreOffice), its cached results are used as they are; a formula without one
 *   then reads "" (what such applications store for an empty text result).
 * - "missing": evaluate with HyperFormula every formula without a cached result.
 * - "all": evaluate every formula with HyperFormula, ignoring cached results.
 * - "never": cached results only (null where there is none).
 * HyperFormula is loaded only when a workbook needs it.
 */
import type { WorkbookSnapshot } from "../../workbook/types";

export type EvaluateMode = "auto" | "missing" | "all" | "never";

function evaluate(snapshot: WorkbookSnapshot, onlyMissing: boolean): WorkbookSnapshot {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { evaluateSnapshot } = require("./evaluate") as typeof import("./evaluate");
  return evaluateSnapshot(snapshot, { onlyMissing });
}

/** Apply the mode to a snapshot whose formulas had `cached` results and `missing` ones without. */
export function applyEvaluation(snapshot: WorkbookSnapshot, counts: { cached: number; missing: number }, mode: EvaluateMode = "auto"): WorkbookSnapshot {
  if (mode === "all") return evaluate(snapshot, false);
  if (counts.missing === 0 || mode === "never") return snapshot;
  if (mode === "missing" || counts.cached === 0) return evaluate(snapshot, true);
  for (const s of snapshot.sheets) {
    s.formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f && s.values[r][c] === null) s.values[r][c] = "";
      }),
    );
  }
  return snapshot;
}
