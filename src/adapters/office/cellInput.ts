/**
 * Small helpers for writing cells and formats through Office.js, shared by the template writer (template.ts,
 * fetched when a template is first inserted), the edits (cells.ts) and the marks (marks.ts).
 */
import type { CellScalar } from "../../workbook/types";
import { renameSheetRefs } from "../../workbook/formulaText";

export type CellInput = string | number | boolean;

/**
 * A value as written through `Range.values`/`formulas`: null → "" (empty); text that Excel would turn into a
 * number, date, boolean or formula gets the text prefix "'" so it stays exactly as the layout wrote it.
 */
export function toCellInput(v: CellScalar | undefined): CellInput {
  if (v === null || v === undefined) return "";
  if (typeof v !== "string") return v;
  if (
    /^[=+@'-]/.test(v) ||
    /^\s*[-+]?(\d[\d,]*)?\.?\d+(e[-+]?\d+)?\s*%?\s*$/i.test(v) ||
    /^\s*\d{1,4}\s*[/-]\s*\d{1,2}(\s*[/-]\s*\d{1,4})?\s*$/.test(v) ||
    /^\s*\d{1,2}:\d{2}/.test(v) ||
    /^(true|false)$/i.test(v.trim())
  ) {
    return "'" + v;
  }
  return v;
}

/**
 * The `list.source` of a data validation: a range formula (sheet names renamed), or literal items joined with
 * commas. Excel rejects a literal list over 255 characters, which would fail the whole template batch, so
 * such a list (or one with no usable item) is left out; items containing a comma cannot be expressed and are dropped.
 */
export function listSource(source: string | string[], renames: ReadonlyMap<string, string> = new Map()): string | undefined {
  if (!Array.isArray(source)) return renameSheetRefs(source, renames);
  const joined = source.filter((s) => s.trim() !== "" && !s.includes(",")).join(",");
  return joined.length === 0 || joined.length > 255 ? undefined : joined;
}

export function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Split area addresses into comma-joined lists of at most `max` characters (one RangeAreas each). */
export function chunkAddresses(addresses: string[], max = 2000): string[] {
  const out: string[] = [];
  let cur = "";
  for (const a of addresses) {
    if (cur && cur.length + 1 + a.length > max) {
      out.push(cur);
      cur = a;
    } else cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}
