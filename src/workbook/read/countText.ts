/**
 * A count cell of a hand-made budget table that holds several factors as they are written by hand:
 * "30 คน x 2 วัน", "30 คน × 2 มื้อ × 2 วัน", "๓๐ คน ๒ วัน", "1 คน x 6 ชม. x 2 วัน". People and things multiply
 * the quantity, meals, days, hours … the times (the count-cell reader of the text import). Taken only when
 * the cell is nothing but figures with their unit words and multiplication signs: no money ("50 บาท"),
 * no percentage, no other words.
 */
import type { BudgetLine } from "../../core/model";
import { toArabicDigits } from "../../core/thaiDigits";
import { scanNumbers } from "../../import/tokens";

/** The factors of a count cell (src/import/countCell.ts reads a text's count column the same way; not imported: the pane loads this module). */
export interface CountCell {
  quantity: number | null;
  quantityUnit?: string;
  times: number | null;
  timesUnit?: string;
}

export function combinedCounts(v: unknown, single = false): CountCell | null {
  if (typeof v !== "string") return null;
  const t = toArabicDigits(v).trim();
  if (!t || t.length > 80) return null;
  const toks = scanNumbers(t);
  if (toks.length < (single ? 1 : 2) || toks.some((k) => k.ignore || k.huge || k.unit?.role === "money")) return null;
  // what is left once the figures and their units are taken out: multiplication signs and spaces only
  let rest = "";
  let at = 0;
  for (const k of toks) {
    rest += t.slice(at, k.start);
    at = Math.max(k.end, k.unitEnd);
  }
  rest += t.slice(at);
  if (!/^[\s×xX*✕,.]*$/.test(rest)) return null;
  // bare figures ("30 x 2") need the sign between them
  if (toks.some((k) => !k.unit) && !/[×xX*✕]/.test(rest)) return null;
  if (toks.length === 1 && !toks[0].unit) return null;
  // people and things multiply the quantity, meals, days, nights, hours … the times
  const c: CountCell = { quantity: null, times: null };
  const qUnits: string[] = [];
  const tUnits: string[] = [];
  for (const k of toks) {
    const v = Math.abs(k.value);
    if (k.unit?.role === "times") {
      c.times = (c.times ?? 1) * v;
      if (!tUnits.includes(k.unit.canonical)) tUnits.push(k.unit.canonical);
    } else {
      c.quantity = (c.quantity ?? 1) * v;
      if (k.unit && !qUnits.includes(k.unit.canonical)) qUnits.push(k.unit.canonical);
    }
  }
  if (qUnits.length) c.quantityUnit = qUnits.join("×");
  if (tUnits.length) c.timesUnit = tUnits.join("×");
  return c;
}

/** The factor columns of a table that hold several factors in one cell on some line ("30 คน x 2 วัน"). */
export function countColumns(cells: (c: number) => unknown[], cols: readonly (number | undefined)[]): Set<number> {
  const out = new Set<number>();
  for (const c of cols) if (c !== undefined && cells(c).some((v) => combinedCounts(v) !== null)) out.add(c);
  return out;
}

/** The columns of `cols` whose cell on row `r` holds factors as text (read by addCounts, not as numbers). */
export function textCountsAt(value: (c: number) => unknown, countCols: Set<number>): Set<number | undefined> {
  return new Set([...countCols].filter((c) => combinedCounts(value(c), true) !== null));
}

/** Multiplies the factors told by the count cells (`values`) into the line's quantity and times. */
export function addCounts(line: Pick<BudgetLine, "quantity" | "times" | "quantityUnit" | "timesUnit">, values: unknown[], onRead?: () => void): void {
  for (const v of values) {
    const c = combinedCounts(v, true);
    if (!c) continue;
    onRead?.();
    if (c.quantity !== null) line.quantity = (line.quantity ?? 1) * c.quantity;
    if (c.times !== null) line.times = (line.times ?? 1) * c.times;
    if (c.quantityUnit) line.quantityUnit ??= c.quantityUnit;
    if (c.timesUnit) line.timesUnit ??= c.timesUnit;
  }
}
