/**
 * Whole-workbook evaluation with HyperFormula, for snapshots whose formula cells carry no cached value
 * (files written by ExcelJS or other tools that do not calculate). BAHTTEXT is added as a custom
 * function backed by the domain core's bahtText, so it agrees with Excel.
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, DetailedCellError, SimpleRangeValue } from "hyperformula";
import type { CellScalar, WorkbookSnapshot } from "../../workbook/types";
import { bahtText } from "../../core/bahtText";
import { quoteSheetRefs } from "./formula";

/** Baht (a number) → satang, rounded half away from zero at two decimals as Excel does. */
function toSatang(baht: number): number {
  const scaled = Number((Math.abs(baht) * 100).toFixed(6));
  return Math.sign(baht) * Math.round(scaled);
}

class BahtTextPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    BAHTTEXT: {
      method: "bahttext",
      parameters: [{ argumentType: FunctionArgumentType.NUMBER }],
    },
  };

  bahttext(ast: unknown, state: unknown): unknown {
    // runFunction type-checks and coerces the argument, and propagates errors.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const self = this as any;
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    return self.runFunction((ast as any).args, state, self.metadata("BAHTTEXT"), (n: number) => bahtText(toSatang(n)));
  }
}

/** A HyperFormula number (plain, or a date/currency/percent "rich" number) as a JS number. */
function rawNumber(x: unknown): number | undefined {
  if (typeof x === "number") return x;
  if (x && typeof x === "object" && typeof (x as { val?: unknown }).val === "number") return (x as { val: number }).val;
  return undefined;
}

/**
 * PRODUCT as Excel computes it: numbers in references are multiplied, empty cells, text and logicals
 * in references are skipped, and when no number at all is found the result is 0 (HyperFormula's
 * built-in returns 1, which would make every empty budget row of the template count as 1 baht).
 */
class ExcelProductPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    PRODUCT: {
      method: "excelProduct",
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      repeatLastArgs: 1,
    },
  };

  excelProduct(ast: { args: { type: string; value?: unknown }[] }, state: unknown): unknown {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const self = this as any;
    let acc = 1;
    let count = 0;
    for (const arg of ast.args) {
      const v = self.evaluateAst(arg, state);
      if (v instanceof CellError) return v;
      const isRef = v instanceof SimpleRangeValue || arg.type === "CELL_REFERENCE";
      const values: unknown[] = v instanceof SimpleRangeValue ? v.valuesFromTopLeftCorner() : [v];
      for (const x of values) {
        if (x instanceof CellError) return x;
        const n = rawNumber(x);
        if (n !== undefined) {
          acc *= n;
          count++;
        } else if (!isRef) {
          if (typeof x === "boolean") {
            acc *= x ? 1 : 0;
            count++;
          } else if (typeof x === "string") {
            const parsed = Number(x.trim());
            if (x.trim() === "" || !Number.isFinite(parsed)) return new CellError(ErrorType.VALUE);
            acc *= parsed;
            count++;
          }
        }
      }
    }
    return count ? acc : 0;
  }
}

let registered = false;
function ensurePlugins(): void {
  if (registered) return;
  registered = true;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  HyperFormula.registerFunctionPlugin(BahtTextPlugin as any, { enGB: { BAHTTEXT: "BAHTTEXT" }, enUS: { BAHTTEXT: "BAHTTEXT" } } as any);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  HyperFormula.registerFunctionPlugin(ExcelProductPlugin as any, { enGB: { PRODUCT: "PRODUCT" }, enUS: { PRODUCT: "PRODUCT" } } as any);
}

export const HF_CONFIG = {
  licenseKey: "gpl-v3",
  evaluateNullToZero: false,
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 31 }, // with leapYear1900: serials equal Excel's (1 = 1900-01-01, 61 = 1900-03-01)
  precisionRounding: 10,
  useColumnIndex: false,
  maxRows: 1048576,
  maxColumns: 16384,
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

function fromHf(v: unknown): CellScalar {
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
  ensurePlugins();
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
          const v = sheetId === undefined ? "#REF!" : fromHf(hf.getCellValue({ sheet: sheetId, row: r, col: c }));
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
