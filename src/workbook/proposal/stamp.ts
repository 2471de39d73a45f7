/**
 * The layout stamp of the printable proposal: one cell (R1, outside the print area) saying who laid the sheet
 * out — the template when it was inserted ("t"), or a new layout the user asked for ("r") — and a fingerprint
 * of every formula and text written. A sheet whose contents still give that fingerprint holds nothing the user
 * typed or changed: laying it out again loses nothing (no copy is shown), and a template's layout never laid
 * out by the user is not "stale" (only a layout the user asked for, and may have printed, is).
 * Formulas are compared without spaces, quotes and `$` and in capitals, as hosts write them back differently.
 */
import { addr } from "../a1";
import type { CellScalar, SheetSnapshot, SheetSpec } from "../types";

export const STAMP_ROW = 1;
export const STAMP_COL = 18;
const STAMP_ADDR = addr(STAMP_ROW, STAMP_COL);
const PREFIX = "budget-plan layout ";

export type LayoutOrigin = "t" | "r";

const norm = (s: string) => s.replace(/[\s'$]/g, "").toUpperCase();
const piece = (address: string, formula: string | null | undefined, value: CellScalar | undefined): string | undefined => {
  if (formula) return `${address}=${norm(formula)}`;
  if (value === null || value === undefined) return undefined;
  const v = String(value).replace(/'/g, "").trim();
  return v ? `${address}:${v}` : undefined;
};

/** FNV-1a (32 bits) of the sorted pieces, in hex. */
function fingerprint(pieces: string[]): string {
  let h = 0x811c9dc5;
  for (const p of pieces.sort()) {
    for (let i = 0; i < p.length; i++) {
      h ^= p.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    h ^= 10;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** The stamp written into a proposal sheet being made (its last cell). */
export function stampSpec(spec: SheetSpec, origin: LayoutOrigin): void {
  const pieces = spec.cells.filter((c) => c.address !== STAMP_ADDR).map((c) => piece(c.address, c.formula, c.value));
  spec.cells.push({ address: STAMP_ADDR, value: `${PREFIX}${origin}:${fingerprint(pieces.filter((p): p is string => !!p))}`, style: "note" });
}

/**
 * Who laid the sheet out and whether it still holds only what was written; undefined without a stamp (a sheet
 * made by an older version, or whose stamp was removed: it may hold anything the user typed).
 */
export function readStamp(s: SheetSnapshot): { origin: LayoutOrigin; untouched: boolean } | undefined {
  const m = /^budget-plan layout ([tr]):([0-9a-f]{8})$/.exec(String(s.values[STAMP_ROW - 1]?.[STAMP_COL - 1] ?? "").trim());
  if (!m) return undefined;
  const pieces: string[] = [];
  const rows = Math.max(s.values.length, s.formulas.length);
  for (let r = 0; r < rows; r++) {
    const vs = s.values[r] ?? [];
    const fs = s.formulas[r] ?? [];
    for (let c = 0; c < Math.max(vs.length, fs.length); c++) {
      if (r === STAMP_ROW - 1 && c === STAMP_COL - 1) continue;
      const p = piece(addr(r + 1, c + 1), fs[c], vs[c]);
      if (p) pieces.push(p);
    }
  }
  return { origin: m[1] as LayoutOrigin, untouched: fingerprint(pieces) === m[2] };
}
