/**
 * HyperFormula plugins for the functions the plan layout uses that HyperFormula 3.x lacks.
 * Checked against the layout's formulas: SUM, SUMIF(S), MINIFS, IF/IFERROR/AND/OR/NOT, ISNUMBER, ISFORMULA,
 * N, INDEX/MATCH, DATE/EOMONTH/MONTH/TODAY, INT/MOD/LOG10/PRODUCT are built in; BAHTTEXT is not.
 */
import { FunctionArgumentType, FunctionPlugin, HyperFormula } from "hyperformula";
import { bahtText } from "../../core/bahtText";

/** Baht → satang, rounded half away from zero at two decimals (as Excel's BAHTTEXT does). */
export function bahtToSatangForText(baht: number): number {
  const scaled = Number((Math.abs(baht) * 100).toFixed(6));
  return Math.sign(baht) * Math.round(scaled);
}

class PreviewBahtTextPlugin extends FunctionPlugin {
  static override implementedFunctions = {
    BAHTTEXT: { method: "bahttext", parameters: [{ argumentType: FunctionArgumentType.NUMBER }] },
  };

  bahttext(ast: unknown, state: unknown): unknown {
    // runFunction coerces the argument to a number and propagates errors, like the built-in functions.
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const self = this as any;
    return self.runFunction((ast as { args: unknown }).args, state, self.metadata("BAHTTEXT"), (n: number) => bahtText(bahtToSatangForText(n)));
  }
}

/** Register the plugins once (skipped when another module, e.g. the xlsx adapter, already registered BAHTTEXT). */
export function ensurePreviewFunctions(): void {
  if (HyperFormula.getRegisteredFunctionNames("enGB").includes("BAHTTEXT")) return;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  HyperFormula.registerFunctionPlugin(PreviewBahtTextPlugin as any, { enGB: { BAHTTEXT: "BAHTTEXT" }, enUS: { BAHTTEXT: "BAHTTEXT" } } as any);
}

export const PREVIEW_HF_CONFIG = {
  licenseKey: "gpl-v3",
  // Excel semantics: an empty cell is 0 in arithmetic, serial dates from 1899-12-30 with the 1900 leap-year bug.
  evaluateNullToZero: true,
  leapYear1900: true,
  nullDate: { year: 1899, month: 12, day: 30 },
  precisionRounding: 10,
  useColumnIndex: false,
  maxRows: 1048576,
  maxColumns: 16384,
  // The hosts keep their own undo (inverse CellEdits); HyperFormula's undo stack only slows bulk writes down.
  undoLimit: 0,
};
