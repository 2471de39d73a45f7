/**
 * The template's per-row formulas of a table column, as the checks compare them with what a sheet holds:
 * written once with a marker row and compared part by part with the row number, without a string per
 * row (a 50,000-line plan has a quarter of a million of them, hundreds of characters each). Used by the
 * template-values pass (templateValues.ts) and the formula checks (sheetRules.ts).
 */
import { MissingPlace, makeCtx } from "./ctx";
import { positionsOf, type FoundTable, type Located } from "./located";
import type { TableDef } from "./layout";

/** The template's formula at one place: its text, and a test of a formula read against it. */
export interface Expected {
  text(): string;
  is(formula: string): boolean;
}

/** A formula given as its text. */
export function fixedFormula(text: string): Expected {
  return { text: () => text, is: (f) => f === text };
}

/** A formula written as `parts` joined by the row number: compared part by part. */
class RowFormula implements Expected {
  constructor(
    private readonly parts: string[],
    private readonly row: number,
  ) {}
  text(): string {
    return this.parts.join(String(this.row));
  }
  is(f: string): boolean {
    const parts = this.parts;
    const rowText = String(this.row);
    let at = 0;
    for (let k = 0; k < parts.length; k++) {
      if (k > 0) {
        if (!f.startsWith(rowText, at)) return false;
        at += rowText.length;
      }
      if (!f.startsWith(parts[k], at)) return false;
      at += parts[k].length;
    }
    return at === f.length;
  }
}

/** A row number no table reaches: where it appears in a formula written for it, the formula's row goes. */
const ROW_MARK = 987_654_321;
const rowFormulas = new WeakMap<Located, WeakMap<FoundTable, Map<string, (row: number) => Expected | null>>>();

/**
 * The template's formula of a table column, as a function of the row (null: the layout has none there).
 * Written once with a marker row and the row put in by text, after checking on the table's first and last
 * rows that this gives what the layout writes (else the layout writes each row).
 */
export function tableFormula(loc: Located, t: FoundTable, def: TableDef, key: string): (row: number) => Expected | null {
  // made on first use (as the rows ask for it): a table without rows writes nothing
  let gen: ((row: number) => Expected | null) | undefined;
  return (row) => (gen ??= tableFormulaOf(loc, t, def, key))(row);
}

function tableFormulaOf(loc: Located, t: FoundTable, def: TableDef, key: string): (row: number) => Expected | null {
  let byTable = rowFormulas.get(loc);
  if (!byTable) rowFormulas.set(loc, (byTable = new WeakMap()));
  let byKey = byTable.get(t);
  if (!byKey) byTable.set(t, (byKey = new Map()));
  let gen = byKey.get(key);
  if (!gen) {
    const col = def.columns.find((c) => c.key === key);
    const pos = positionsOf(loc);
    const write = (r: number): string | null => {
      if (!col?.formula) return null;
      try {
        return col.formula(makeCtx(pos, t, r));
      } catch (e) {
        if (e instanceof MissingPlace) return null;
        throw e;
      }
    };
    const parts = write(ROW_MARK)?.split(String(ROW_MARK));
    const byText = (r: number) => (parts ? parts.join(String(r)) : null);
    if (parts && [t.firstRow, t.lastRow].every((r) => byText(r) === write(r))) gen = (r) => new RowFormula(parts, r);
    else
      gen = (r) => {
        const text = write(r);
        return text === null ? null : fixedFormula(text);
      };
    byKey.set(key, gen);
  }
  return gen;
}
