/**
 * How formula values are obtained (shared by the lean reader and the ExcelJS one):
 * - "auto" (default): when no formula carries a cached result (files from ExcelJS, our own writer and
 *   `fix`), the workbook is evaluated with HyperFormula. When the file was saved by a calculating
 *   application (Excel, LibreOffice), its cached results are used as they are; a formula without one
 *   then reads "" (what such applications store for an empty text result).
 * - "missing": evaluate with HyperFormula every formula without a cached result.
 * - "all": evaluate every formula with HyperFormula, ignoring cached results.
 * - "never": cached results only (null where there is none).
 * - "checks" (validation, `fix`): as "auto", except that a workbook without cached results whose formulas
 *   are all the template's own gets their values from the plan model (../../workbook/templateValues: the
 *   amounts, totals and sums the checks read; what is only shown stays empty) — no HyperFormula.
 * HyperFormula is loaded only when a workbook needs it.
 */
import type { WorkbookSnapshot } from "../../workbook/types";
import { templateFormulaValues } from "../../workbook/templateValues";

export type EvaluateMode = "auto" | "missing" | "all" | "never" | "checks";

/**
 * "checks" on a snapshot without cached results: the template's values from the model, when that is exact.
 * `inPlace`: written into the snapshot's value rows (a reader's fresh snapshot), not into copies.
 */
export function fromModel(snapshot: WorkbookSnapshot, counts: { cached: number; missing: number }, mode: EvaluateMode, inPlace = false): WorkbookSnapshot | undefined {
  if (mode !== "checks" || counts.cached > 0 || counts.missing === 0) return undefined;
  return templateFormulaValues(snapshot, { inPlace });
}

function evaluate(snapshot: WorkbookSnapshot, onlyMissing: boolean): WorkbookSnapshot {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { evaluateSnapshot } = require("./evaluate") as typeof import("./evaluate");
  return evaluateSnapshot(snapshot, { onlyMissing });
}

/** Apply the mode to a snapshot whose formulas had `cached` results and `missing` ones without. */
export function applyEvaluation(snapshot: WorkbookSnapshot, counts: { cached: number; missing: number }, mode: EvaluateMode = "auto"): WorkbookSnapshot {
  if (mode === "all") return evaluate(snapshot, false);
  const model = fromModel(snapshot, counts, mode);
  if (model) return model;
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
