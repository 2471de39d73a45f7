/**
 * Several projects written one after another on ONE sheet: a block of project fields (the name, the owner,
 * the allocation, the fiscal year, …) then its budget table, then the next project's block of fields and its
 * table. A block of at least two project-field rows, one of them the name or the allocation, that comes after
 * a table (a row with a figure that is no field) starts a new project. Each project is the rows from its
 * block to the row before the next project's block (the first one from the sheet's top).
 *
 * Pure: works on one sheet snapshot.
 */
import { cellValue, isEmpty, rowCount, rowWidth } from "../cells";
import type { SheetSnapshot } from "../types";
import { fieldOfRow, type FieldKey } from "./looseFields";

export interface RowRange {
  from: number;
  to: number;
}

interface FieldBlock {
  first: number;
  last: number;
  keys: Set<FieldKey>;
}

const HEAD_KEYS: ReadonlySet<FieldKey> = new Set(["name", "allocation", "owner", "fiscalYear", "period", "department", "budgetSource", "place"]);
const cache = new WeakMap<SheetSnapshot, { fields: Map<number, FieldKey>; starts: number[] }>();

function blank(s: SheetSnapshot, r: number): boolean {
  const w = rowWidth(s, r);
  for (let c = 1; c <= w; c++) if (!isEmpty(cellValue(s, r, c))) return false;
  return true;
}

function hasFigure(s: SheetSnapshot, r: number): boolean {
  const w = rowWidth(s, r);
  for (let c = 1; c <= w; c++) {
    const v = cellValue(s, r, c);
    if (typeof v === "number" || (typeof v === "string" && /^[\s(]*[0-9๐-๙][0-9๐-๙,]*(\.[0-9๐-๙]+)?[\s)]*(บาท)?\s*$/.test(v))) return true;
  }
  return false;
}

function read(s: SheetSnapshot): { fields: Map<number, FieldKey>; starts: number[] } {
  const hit = cache.get(s);
  if (hit) return hit;
  const fields = new Map<number, FieldKey>();
  const n = rowCount(s);
  for (let r = 1; r <= n; r++) {
    const k = fieldOfRow(s, r);
    if (k) fields.set(r, k);
  }
  // blocks of field rows, one blank row allowed between two of them
  const blocks: FieldBlock[] = [];
  let cur: FieldBlock | undefined;
  for (let r = 1; r <= n; r++) {
    const k = fields.get(r);
    if (k) {
      if (cur && r - cur.last <= 2) {
        cur.last = r;
        cur.keys.add(k);
      } else blocks.push((cur = { first: r, last: r, keys: new Set([k]) }));
    } else if (cur && !blank(s, r)) cur = undefined;
  }
  const heads = blocks.filter((b) => [...b.keys].filter((k) => HEAD_KEYS.has(k)).length >= 2 && (b.keys.has("name") || b.keys.has("allocation")));
  const starts: number[] = [];
  let prevEnd = 0;
  for (const b of heads) {
    let table = false;
    for (let r = prevEnd + 1; r < b.first && !table; r++) if (!fields.has(r) && hasFigure(s, r)) table = true;
    if (prevEnd > 0 && table) starts.push(b.first);
    prevEnd = b.last;
  }
  const out = { fields, starts };
  cache.set(s, out);
  return out;
}

/**
 * The row ranges of the projects stacked on a sheet, in sheet order, when it holds two or more; [] for a
 * sheet of one project.
 */
export function stackedProjects(s: SheetSnapshot): RowRange[] {
  const { starts } = read(s);
  if (!starts.length) return [];
  const n = rowCount(s);
  const bounds = [1, ...starts, n + 1];
  const out: RowRange[] = [];
  for (let i = 0; i + 1 < bounds.length; i++) out.push({ from: bounds[i], to: bounds[i + 1] - 1 });
  return out;
}

/** The rows where a later project's block of fields starts: a budget table above ends there. */
export function projectStartRows(s: SheetSnapshot): Set<number> {
  return new Set(read(s).starts);
}

/** The project field a row states (a field row is never a budget line), if any. */
export function fieldRow(s: SheetSnapshot, r: number): FieldKey | undefined {
  return read(s).fields.get(r);
}

/** The sheet with only the given rows kept (every other row empty): one project of a sheet holding several. */
export function sheetRows(s: SheetSnapshot, range: RowRange): SheetSnapshot {
  const keep = <T>(rows: T[][]): T[][] => rows.map((row, i) => (i + 1 >= range.from && i + 1 <= range.to ? row : []));
  return {
    ...s,
    values: keep(s.values),
    formulas: keep(s.formulas ?? []),
    ...(s.hidden ? { hidden: { rows: s.hidden.rows.filter((r) => r >= range.from && r <= range.to), cols: s.hidden.cols } } : {}),
  };
}
