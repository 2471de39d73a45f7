/**
 * Whole-workbook evaluation with HyperFormula, for snapshots whose formula cells carry no cached value
 * (files written by ExcelJS or other tools that do not calculate). Engines, settings and value conversion come
 * from the HyperFormula bridge (../hyperformula/bridge), shared with the preview workbook and the tests.
 */
import type { CellScalar, WorkbookSnapshot } from "../../workbook/types";
import type { RawCellContent } from "hyperformula";
import { FILE_CONFIG } from "../hyperformula/config";

type Bridge = typeof import("../hyperformula/bridge");

/**
 * The bridge (and so HyperFormula), loaded on first use: a command that reads workbooks with cached values
 * (saved by Excel or LibreOffice) never pays for loading it.
 */
function loadBridge(): Bridge {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require("../hyperformula/bridge") as Bridge;
}

/**
 * Evaluate every formula of the snapshot. Returns a new snapshot whose formula cells hold HyperFormula's
 * results where `onlyMissing` says so (default: only cells whose value is null).
 */
export function evaluateSnapshot(snapshot: WorkbookSnapshot, opts: { onlyMissing?: boolean } = {}): WorkbookSnapshot {
  const { buildEngine, fromHfValue, toHfInput } = loadBridge();
  const onlyMissing = opts.onlyMissing ?? true;
  const names = snapshot.sheets.map((s) => s.name);
  const sheets: Record<string, RawCellContent[][]> = {};
  for (const s of snapshot.sheets) {
    const rows = Math.max(s.values.length, s.formulas.length);
    const data: RawCellContent[][] = [];
    for (let r = 0; r < rows; r++) {
      const vr = s.values[r] ?? [];
      const fr = s.formulas[r] ?? [];
      const width = Math.max(vr.length, fr.length);
      const row: RawCellContent[] = [];
      for (let c = 0; c < width; c++) row.push(toHfInput({ value: vr[c] ?? null, formula: fr[c] ?? null }, names));
      data.push(row);
    }
    sheets[s.name] = data;
  }
  const hf = buildEngine(sheets, FILE_CONFIG);
  try {
    const result: WorkbookSnapshot = { sheets: [] };
    for (const s of snapshot.sheets) {
      const sheetId = hf.getSheetId(s.name);
      const values: CellScalar[][] = s.values.map((row) => row.slice());
      s.formulas.forEach((frow, r) => {
        frow.forEach((f, c) => {
          if (!f) return;
          while (values.length <= r) values.push([]);
          const current = values[r][c] ?? null;
          if (onlyMissing && current !== null && current !== undefined) return;
          const v = sheetId === undefined ? "#REF!" : fromHfValue(hf.getCellValue({ sheet: sheetId, row: r, col: c }));
          while (values[r].length <= c) values[r].push(null);
          values[r][c] = v;
        });
      });
      result.sheets.push({ name: s.name, values, formulas: s.formulas.map((row) => row.slice()), ...(s.hidden ? { hidden: s.hidden } : {}) });
    }
    return result;
  } finally {
    hf.destroy();
  }
}
