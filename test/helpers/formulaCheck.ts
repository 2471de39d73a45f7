/**
 * Whether a written formula is well formed: every reference has its column and its row (no 'กิจกรรม'!$$5, no
 * $F$ without a row), no #REF!, and HyperFormula parses it. Used over every formula a writer produces.
 */
import { emptyEngine, type HyperFormula } from "../../src/adapters/hyperformula/bridge";
import { FILE_CONFIG } from "../../src/adapters/hyperformula/config";
import { tokenize } from "../../src/workbook/formulaText";
import type { WorkbookSpec } from "../../src/workbook/types";

/** After a sheet's "!": a cell, a range of cells, whole columns or whole rows. */
const AFTER_SHEET = /^!(\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?|\$?[A-Za-z]{1,3}:\$?[A-Za-z]{1,3}|\$?\d+:\$?\d+)(?![A-Za-z0-9_$])/;

let engine: HyperFormula | undefined;

/** What is wrong with a formula's text, or undefined when nothing is. */
export function formulaProblem(formula: string): string | undefined {
  const parts = tokenize(formula);
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p.kind !== "code") continue;
    if (/\$\$/.test(p.text)) return "a reference without a column or row ($$)";
    if (/\$(?![A-Za-z0-9])/.test(p.text)) return "a $ that marks nothing";
    if (/#REF!/i.test(p.text)) return "#REF!";
    if (parts[i - 1]?.kind === "quoted" && p.text.startsWith("!") && !AFTER_SHEET.test(p.text)) return `a sheet reference without a cell: ${p.text.slice(0, 12)}`;
  }
  engine ??= emptyEngine(FILE_CONFIG);
  if (!engine.validateFormula(formula.startsWith("=") ? formula : `=${formula}`)) return "HyperFormula cannot parse it";
  return undefined;
}

/** "sheet!cell: problem — formula" for every ill-formed formula of a spec (empty when all are well formed). */
export function formulaProblems(spec: WorkbookSpec): string[] {
  const out: string[] = [];
  for (const s of spec.sheets)
    for (const c of s.cells) {
      if (!c.formula) continue;
      const why = formulaProblem(c.formula);
      if (why) out.push(`${s.name}!${c.address}: ${why} — ${c.formula.slice(0, 120)}`);
    }
  return out;
}
