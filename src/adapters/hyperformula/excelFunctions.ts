/**
 * HyperFormula made to compute as Excel does, for the two adapters that use it (the .xlsx reader for files
 * without cached values, and the in-browser preview workbook): one place for the date system and for the
 * functions the plan layout needs that HyperFormula lacks or computes differently.
 *
 * - BAHTTEXT: not in HyperFormula; backed by the domain core's bahtText.
 * - PRODUCT: HyperFormula returns 1 when no number is found; Excel returns 0 (an empty budget row would
 *   otherwise count as 1 baht).
 * - ISFORMULA: HyperFormula's own does not make its cell depend on the cell it looks at, so the answer stays
 *   as first computed when a number is typed over a formula or a formula is put back (the budget sheet's
 *   check column, ผลตรวจ, went stale in the preview). Excel recalculates it; this one does too.
 * - TEXT: HyperFormula's does not group thousands ("#,##0.00" gave "121000,##0.00", so the printable
 *   proposal in the preview read "35,##0 บาท"); grouped number formats are formatted here, every other format
 *   is left to HyperFormula's own TEXT.
 * - Dates: serial numbers equal Excel's (1 = 1900-01-01, with the fictitious 1900-02-29).
 */
import { CellError, ErrorType, FunctionArgumentType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import { bahtText } from "../../core/bahtText";
import type { Satang } from "../../core/model";
import { satang } from "../../core/money";

/** Baht (a number) → satang, rounded half away from zero at two decimals as Excel's BAHTTEXT does. */
export function bahtToSatangForText(baht: number): Satang {
  const scaled = Number((Math.abs(baht) * 100).toFixed(6));
  return satang(Math.sign(baht) * Math.round(scaled));
}

/** What HyperFormula passes to a function's method (its own types are not exported). */
type RunFunction = ExcelPlugin["runFunction"];
type CallAst = { args: Parameters<RunFunction>[0] };
type State = Parameters<RunFunction>[1];

abstract class ExcelPlugin extends FunctionPlugin {}

class BahtTextPlugin extends ExcelPlugin {
  static override implementedFunctions = {
    BAHTTEXT: { method: "bahttext", parameters: [{ argumentType: FunctionArgumentType.NUMBER }] },
  };

  bahttext(ast: CallAst, state: State): ReturnType<RunFunction> {
    // runFunction coerces the argument to a number and propagates errors, like the built-in functions.
    return this.runFunction(ast.args, state, this.metadata("BAHTTEXT"), (n: number) => bahtText(bahtToSatangForText(n)));
  }
}

/** A HyperFormula number (plain, or a date/currency/percent "rich" number) as a JS number. */
function rawNumber(x: unknown): number | undefined {
  if (typeof x === "number") return x;
  if (x && typeof x === "object" && typeof (x as { val?: unknown }).val === "number") return (x as { val: number }).val;
  return undefined;
}

/**
 * PRODUCT as Excel computes it: numbers in references are multiplied; empty cells, text and logicals in
 * references are skipped; literal arguments are coerced; no number at all gives 0.
 */
class ExcelProductPlugin extends ExcelPlugin {
  static override implementedFunctions = {
    PRODUCT: { method: "excelProduct", parameters: [{ argumentType: FunctionArgumentType.ANY }], repeatLastArgs: 1 },
  };

  excelProduct(ast: CallAst, state: State): number | CellError {
    let acc = 1;
    let count = 0;
    for (const arg of ast.args) {
      const v = this.evaluateAst(arg, state);
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

/**
 * ISFORMULA(ref) with the reference as a dependency: HyperFormula's built-in is flagged as not needing its
 * argument computed, and such arguments are left out of the dependency graph, so nothing recalculates it.
 */
class DependentIsFormulaPlugin extends ExcelPlugin {
  static override implementedFunctions = {
    ISFORMULA: { method: "isformula", parameters: [{ argumentType: FunctionArgumentType.NOERROR }], vectorizationForbidden: true },
  };

  isformula(ast: CallAst, state: State): ReturnType<ExcelPlugin["runFunctionWithReferenceArgument"]> {
    return this.runFunctionWithReferenceArgument(
      ast.args,
      state,
      this.metadata("ISFORMULA"),
      () => new CellError(ErrorType.NA),
      (ref) => this.serialization.getCellFormula(ref) !== undefined,
    );
  }
}

/** "#,##0" / "#,##0.00" (any number of decimals): the number with thousands separators, as Excel shows it. */
export function groupedNumberText(n: number, format: string): string | undefined {
  const m = /^#,##0(?:\.(0+))?$/.exec(format.trim());
  if (!m) return undefined;
  const decimals = m[1]?.length ?? 0;
  // half away from zero at the shown decimals (toFixed on the magnitude, nudged past binary representation)
  const fixed = (Math.abs(n) + Math.abs(n) * Number.EPSILON).toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  const sign = n < 0 && Number(fixed) !== 0 ? "-" : "";
  return sign + grouped + (frac !== undefined ? `.${frac}` : "");
}

/** The built-in plugin that owns TEXT (DateTimePlugin), read before ours replaces it. */
let builtInText: ((this: unknown, ast: CallAst, state: State) => ReturnType<RunFunction>) | undefined;

class ExcelTextPlugin extends ExcelPlugin {
  static override implementedFunctions = {
    TEXT: { method: "excelText", parameters: [{ argumentType: FunctionArgumentType.NUMBER }, { argumentType: FunctionArgumentType.STRING }] },
  };

  excelText(ast: CallAst, state: State): ReturnType<RunFunction> {
    const format = ast.args[1] ? this.evaluateAst(ast.args[1], state) : undefined;
    if (typeof format === "string" && groupedNumberText(0, format) !== undefined) {
      return this.runFunction(ast.args, state, this.metadata("TEXT"), (n: number, f: string) => groupedNumberText(n, f) ?? "");
    }
    return builtInText!.call(this, ast, state);
  }
}

/** Register the plugins once per process (HyperFormula's registry is global). */
export function ensureExcelFunctions(): void {
  const names = HyperFormula.getRegisteredFunctionNames("enGB");
  if (!names.includes("BAHTTEXT")) {
    HyperFormula.registerFunctionPlugin(BahtTextPlugin, { enGB: { BAHTTEXT: "BAHTTEXT" }, enUS: { BAHTTEXT: "BAHTTEXT" } });
  }
  if (!(HyperFormula.getFunctionPlugin("PRODUCT") === ExcelProductPlugin)) {
    HyperFormula.registerFunctionPlugin(ExcelProductPlugin, { enGB: { PRODUCT: "PRODUCT" }, enUS: { PRODUCT: "PRODUCT" } });
  }
  if (!(HyperFormula.getFunctionPlugin("TEXT") === ExcelTextPlugin)) {
    const owner = HyperFormula.getFunctionPlugin("TEXT") as unknown as { prototype: { text?: typeof builtInText } } | undefined;
    builtInText = builtInText ?? owner?.prototype.text;
    if (builtInText) HyperFormula.registerFunction("TEXT", ExcelTextPlugin, { enGB: { TEXT: "TEXT" }, enUS: { TEXT: "TEXT" } });
  }
  if (!(HyperFormula.getFunctionPlugin("ISFORMULA") === DependentIsFormulaPlugin)) {
    HyperFormula.registerFunctionPlugin(DependentIsFormulaPlugin, { enGB: { ISFORMULA: "ISFORMULA" }, enUS: { ISFORMULA: "ISFORMULA" } });
  }
}

/** Settings shared by every HyperFormula instance of the add-in (in ./config, which loads no HyperFormula). */
export { EXCEL_COMPATIBLE_CONFIG } from "./config";
