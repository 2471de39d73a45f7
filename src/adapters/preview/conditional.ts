/**
 * The template's conditional formats as the preview grid shows them (Excel draws them from the rules the
 * template writes into the .xlsx; the preview keeps the same rules per sheet, PreviewWorkbook.layoutOf):
 * a rule's formula is written for the top-left cell of its range and moves with the cell, relative
 * references shifted and absolute ones kept, as in Excel; the cell takes the fill and font colour of the
 * first rule that is true (TRUE, or a number other than 0). No DOM here.
 */
import type { ConditionalFormatSpec } from "../../workbook/types";
import { colLetter, parseRange as parseRange1, zeroBasedRange } from "../../workbook/a1";
import { findRefs } from "../../workbook/formulaText";
import type { PreviewWorkbook } from "./PreviewWorkbook";

export interface ConditionalLook {
  fill?: string;
  fontColor?: string;
}

function ref(row: number, col: number, absR: boolean, absC: boolean): string {
  return `${absC ? "$" : ""}${colLetter(col)}${absR ? "$" : ""}${row}`;
}

/**
 * The formula as seen from a cell `dr` rows and `dc` columns from the range's top-left cell (1-based refs):
 * "=$J5>0" moved 2 rows down is "=$J7>0". Undefined when a reference would leave the sheet.
 */
export function shiftFormula(formula: string, dr: number, dc: number): string | undefined {
  let out = "";
  let pos = 0;
  for (const r of findRefs(formula)) {
    const r1 = r.absR1 ? r.r1 : r.r1 + dr;
    const c1 = r.absC1 ? r.c1 : r.c1 + dc;
    const r2 = r.absR2 ? r.r2 : r.r2 + dr;
    const c2 = r.absC2 ? r.c2 : r.c2 + dc;
    if (Math.min(r1, c1, r2, c2) < 1) return undefined;
    const text = formula.slice(r.index, r.index + r.length);
    const bang = text.lastIndexOf("!");
    const sheet = bang >= 0 ? text.slice(0, bang + 1) : "";
    const one = r.r1 === r.r2 && r.c1 === r.c2 && !text.slice(bang + 1).includes(":");
    out += formula.slice(pos, r.index) + sheet + ref(r1, c1, r.absR1, r.absC1) + (one ? "" : `:${ref(r2, c2, r.absR2, r.absC2)}`);
    pos = r.index + r.length;
  }
  return out + formula.slice(pos);
}

interface Cache {
  version: number;
  looks: Map<string, ConditionalLook | null>;
  ranges: Map<string, ReturnType<typeof zeroBasedRange> | null>;
}
const caches = new WeakMap<PreviewWorkbook, Cache>();

function rangeOf(cache: Cache, cf: ConditionalFormatSpec) {
  let r = cache.ranges.get(cf.range);
  if (r === undefined) {
    try {
      r = zeroBasedRange(parseRange1(cf.range));
    } catch {
      r = null;
    }
    cache.ranges.set(cf.range, r);
  }
  return r;
}

/** The conditional look of a cell (0-based row and column), or undefined when no rule applies. Cached per workbook version. */
export function conditionalLook(wb: PreviewWorkbook, sheet: string, row: number, col: number): ConditionalLook | undefined {
  let cache = caches.get(wb);
  if (!cache || cache.version !== wb.version) {
    cache = { version: wb.version, looks: new Map(), ranges: new Map() };
    caches.set(wb, cache);
  }
  const k = `${sheet}\u0000${row},${col}`;
  const known = cache.looks.get(k);
  if (known !== undefined) return known ?? undefined;
  let look: ConditionalLook | null = null;
  for (const cf of wb.layoutOf(sheet).conditionalFormats) {
    const r = rangeOf(cache, cf);
    if (!r || row < r.top || row > r.bottom || col < r.left || col > r.right) continue;
    const f = shiftFormula(cf.formula, row - r.top, col - r.left);
    if (!f) continue;
    let v: unknown;
    try {
      v = wb.hf.calculateFormula(f, wb.sheetId(sheet));
    } catch {
      continue;
    }
    if (v === true || (typeof v === "number" && v !== 0)) {
      look = { ...(cf.fill ? { fill: cf.fill } : {}), ...(cf.fontColor ? { fontColor: cf.fontColor } : {}) };
      break;
    }
  }
  cache.looks.set(k, look);
  return look ?? undefined;
}
