/**
 * A1 addresses — the one module for them. Convention: rows and columns are numbered as Excel shows them,
 * from 1 (A1 is row 1, column 1; "AA" is column 27). Code that indexes 0-based arrays or HyperFormula
 * subtracts 1 at that boundary. Functions that return null on bad input are named parse…OrNull/parseAddr;
 * parseCell and parseRange throw. Pure string work: no Office, no DOM. References inside formula text
 * (finding, shifting, renaming sheets) live in ./formulaText.
 */

export interface CellPos {
  /** 1-based row. */
  row: number;
  /** 1-based column. */
  col: number;
}

/** An inclusive rectangle, 1-based. */
export interface RangePos {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's last row and column. */
export const MAX_ROW = 1_048_576;
export const MAX_COL = 16_384;

/** 1 → "A", 27 → "AA". */
export function colLetter(col: number): string {
  let s = "";
  let n = col;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** "A" → 1, "aa" → 27. Throws on anything but letters A–Z. */
export function colIndex(letters: string): number {
  if (!/^[A-Za-z]+$/.test(letters)) throw new Error(`Bad column letters: ${letters}`);
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Row and column (1-based) → "B7". */
export function addr(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

/** Strip a leading "Sheet!" or "'My Sheet'!" part. */
export function stripSheet(address: string): string {
  const bang = address.lastIndexOf("!");
  return bang >= 0 ? address.slice(bang + 1) : address;
}

/** The sheet part of "Sheet!A1" or "'My Sheet'!A1" (unquoted), or undefined. */
export function sheetOf(address: string): string | undefined {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return undefined;
  const s = address.slice(0, bang);
  return s.startsWith("'") && s.endsWith("'") && s.length >= 2 ? s.slice(1, -1).replace(/''/g, "'") : s;
}

/** "B7", "$B$7" → { row: 7, col: 2 }; null when not a cell address (a sheet part is not accepted). */
export function parseAddr(a: string): CellPos | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: colIndex(m[1]) };
}

/** Like parseAddr, but a sheet part is ignored ("Sheet1!B3") and a bad address throws. */
export function parseCell(address: string): CellPos {
  const p = parseAddr(stripSheet(address));
  if (!p) throw new Error(`Bad cell address: ${address}`);
  return p;
}

/** "B3:D9", "B3" (one cell), "Sheet1!B3:D9", "D9:B3" → the rectangle, corners ordered. Throws on a bad address. */
export function parseRange(address: string): RangePos {
  const [p, q] = stripSheet(address).trim().split(":");
  const s = parseCell(p);
  const e = q ? parseCell(q) : s;
  return {
    top: Math.min(s.row, e.row),
    left: Math.min(s.col, e.col),
    bottom: Math.max(s.row, e.row),
    right: Math.max(s.col, e.col),
  };
}

/** A position shifted to count from 0, for code that indexes arrays (grids, HyperFormula). */
export function zeroBased(p: CellPos): CellPos {
  return { row: p.row - 1, col: p.col - 1 };
}

/** A rectangle shifted to count from 0 (see zeroBased). */
export function zeroBasedRange(r: RangePos): RangePos {
  return { top: r.top - 1, left: r.left - 1, bottom: r.bottom - 1, right: r.right - 1 };
}

/** The rectangle's address: "B3:D9", or "B3" for one cell. */
export function rangeAddress(r: RangePos): string {
  const a = addr(r.top, r.left);
  const b = addr(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/**
 * A sheet name as a formula or an address needs it: quoted unless it is a plain ASCII name that cannot be read
 * as a cell (A1, XFD9) or an R1C1 part (R, C12). Non-ASCII names (Thai) are always quoted: safe everywhere.
 */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]\d*$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
}

/** The sheet prefix of a reference, always quoted: 'โครงการ'! */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/** Absolute reference to one cell of a sheet: 'โครงการ'!$B$7. */
export function absCell(sheet: string, row: number, col: number): string {
  return `${sheetPrefix(sheet)}$${colLetter(col)}$${row}`;
}

/** Absolute range of one column between two rows: 'งบประมาณ'!$J$5:$J$24 (no sheet part when sheet is null). */
export function absColRange(sheet: string | null, col: number, fromRow: number, toRow: number): string {
  const c = colLetter(col);
  return `${sheet ? sheetPrefix(sheet) : ""}$${c}$${fromRow}:$${c}$${toRow}`;
}

/** "B6:B12" or "สรุป!b6:b12" on `sheet` → "'สรุป'!$B$6:$B$12" (a sheet in the range wins; throws on a bad range). */
export function absRangeRef(sheet: string, range: string): string {
  const r = range.trim().replace(/^=/, "");
  const target = sheetOf(r) ?? sheet;
  const abs = stripSheet(r)
    .split(":")
    .map((part) => {
      const p = parseAddr(part);
      if (!p) throw new Error(`Not a range: ${range}`);
      return `$${colLetter(p.col)}$${p.row}`;
    })
    .join(":");
  return `${sheetPrefix(target)}${abs}`;
}

/**
 * Group cells (by a key such as a style name) into few rectangles: horizontal runs per row, then runs with
 * the same columns in consecutive rows are merged. Keeps the number of Office.js range calls small.
 */
export function groupRectangles(cells: Iterable<CellPos>): RangePos[] {
  const byRow = new Map<number, number[]>();
  for (const c of cells) {
    let cols = byRow.get(c.row);
    if (!cols) byRow.set(c.row, (cols = []));
    cols.push(c.col);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const open = new Map<string, RangePos>();
  const done: RangePos[] = [];
  for (const row of rows) {
    const cols = [...new Set(byRow.get(row)!)].sort((a, b) => a - b);
    const runs: [number, number][] = [];
    for (const c of cols) {
      const last = runs[runs.length - 1];
      if (last && last[1] === c - 1) last[1] = c;
      else runs.push([c, c]);
    }
    const seen = new Set<string>();
    for (const [l, r] of runs) {
      const key = `${l}:${r}`;
      seen.add(key);
      const rect = open.get(key);
      if (rect && rect.bottom === row - 1) rect.bottom = row;
      else {
        if (rect) done.push(rect);
        open.set(key, { top: row, left: l, bottom: row, right: r });
      }
    }
    for (const [key, rect] of open) {
      if (!seen.has(key) && rect.bottom < row) {
        done.push(rect);
        open.delete(key);
      }
    }
  }
  done.push(...open.values());
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/** Spreadsheet error values as they appear in snapshots. */
export const ERROR_VALUES = ["#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#N/A", "#NUM!", "#NULL!", "#ERROR!", "#CYCLE!", "#SPILL!", "#CALC!"];

export function isErrorValue(v: unknown): v is string {
  return typeof v === "string" && ERROR_VALUES.includes(v.trim().toUpperCase());
}
