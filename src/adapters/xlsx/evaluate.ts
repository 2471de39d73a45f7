/**
 * Whole-workbook evaluation with HyperFormula, for snapshots whose formula cells carry no cached value
 * (files written by ExcelJS or other tools that do not calculate). The Excel-compatible functions and
 * date system come from ../hyperformula/excelFunctions (shared with the preview workbook).
 */
import type { CellScalar, WorkbookSnapshot } from "../../workbook/types";
import { EXCEL_COMPATIBLE_CONFIG } from "../hyperformula/config";
import { quoteSheetRefs } from "./formula";

type HyperFormulaModule = typeof import("hyperformula");

/**
 * HyperFormula and the Excel-compatible functions, loaded on first use: a command that reads workbooks with
 * cached values (saved by Excel or LibreOffice) never pays for loading them.
 */
function loadHyperFormula(): HyperFormulaModule {
  /* eslint-disable @typescript-eslint/no-require-imports */
  const hfModule = require("hyperformula") as HyperFormulaModule;
  (require("../hyperformula/excelFunctions") as typeof import("../hyperformula/excelFunctions")).ensureExcelFunctions();
  /* eslint-enable @typescript-eslint/no-require-imports */
  return hfModule;
}

export const HF_CONFIG = {
  ...EXCEL_COMPATIBLE_CONFIG,
  // off, so that A8="" is true for an empty cell, as in Excel
  evaluateNullToZero: false,
};

function hfInput(value: CellScalar, formula: string | null, sheetNames: string[]): unknown {
  if (formula) return quoteSheetRefs(formula, sheetNames);
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "string") {
    if (/^#(REF!|VALUE!|DIV\/0!|NAME\?|N\/A|NUM!|NULL!)$/.test(value)) return "=" + value;
    // Apostrophe: keep text as text (HyperFormula would otherwise parse "1,060" or dates).
    return "'" + value;
  }
  return value;
}

function fromHf(v: unknown, DetailedCellError: HyperFormulaModule["DetailedCellError"]): CellScalar {
  if (v instanceof DetailedCellError) return v.value;
  if (v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  // Array results spill in Excel 365; older Excel shows the first value.
  return "#VALUE!";
}

/**
 * Evaluate every formula of the snapshot. Returns a new snapshot whose formula cells hold HyperFormula's
 * results where `onlyMissing` says so (default: only cells whose value is null).
 */
export function evaluateSnapshot(snapshot: WorkbookSnapshot, opts: { onlyMissing?: boolean } = {}): WorkbookSnapshot {
  const { HyperFormula, DetailedCellError } = loadHyperFormula();
  const onlyMissing = opts.onlyMissing ?? true;
  const names = snapshot.sheets.map((s) => s.name);
  const sheets: Record<string, unknown[][]> = {};
  for (const s of snapshot.sheets) {
    const rows = Math.max(s.values.length, s.formulas.length);
    const data: unknown[][] = [];
    for (let r = 0; r < rows; r++) {
      const vr = s.values[r] ?? [];
      const fr = s.formulas[r] ?? [];
      const width = Math.max(vr.length, fr.length);
      const row: unknown[] = [];
      for (let c = 0; c < width; c++) row.push(hfInput(vr[c] ?? null, fr[c] ?? null, names));
      data.push(row);
    }
    sheets[s.name] = data;
  }
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const hf = HyperFormula.buildFromSheets(sheets as any, HF_CONFIG as any);
  try {
    const result: WorkbookSnapshot = { sheets: [] };
    for (const s of snapshot.sheets) {
      const sheetId = hf.getSheetId(s.name);
      const values = s.values.map((row) => row.slice());
      s.formulas.forEach((frow, r) => {
        frow.forEach((f, c) => {
          if (!f) return;
          while (values.length <= r) values.push([]);
          const current = values[r][c] ?? null;
          if (onlyMissing && current !== null && current !== undefined) return;
          const v = sheetId === undefined ? "#REF!" : fromHf(hf.getCellValue({ sheet: sheetId, row: r, col: c }), DetailedCellError);
          while (values[r].length <= c) values[r].push(null);
          values[r][c] = v;
        });
      });
      result.sheets.push({ name: s.name, values, formulas: s.formulas.map((row) => row.slice()) });
    }
    return result;
  } finally {
    hf.destroy();
  }
}
