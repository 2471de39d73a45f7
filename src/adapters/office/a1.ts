/**
 * A1-address helpers shared by the Office.js adapter and the preview workbook. Pure: no Office, no DOM.
 */

export interface CellPos {
  /** 0-based row. */
  row: number;
  /** 0-based column. */
  col: number;
}

export interface RangePos {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "A" → 0, "Z" → 25, "AA" → 26. */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) {
    const code = ch.charCodeAt(0);
    if (code < 65 || code > 90) throw new Error(`Bad column letters: ${letters}`);
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

/** 0 → "A", 26 → "AA". */
export function columnLetters(index: number): string {
  let n = index + 1;
  let s = "";
  while (n > 0) {
    const rem = (n - 1) % 26;
    s = String.fromCharCode(65 + rem) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
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
  let s = address.slice(0, bang);
  if (s.startsWith("'") && s.endsWith("'")) s = s.slice(1, -1).replace(/''/g, "'");
  return s;
}

/** "B3" / "$B$3" → { row: 2, col: 1 }. */
export function parseCell(address: string): CellPos {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(stripSheet(address).trim());
  if (!m) throw new Error(`Bad cell address: ${address}`);
  return { row: Number(m[2]) - 1, col: columnIndex(m[1]) };
}

/** "B3:D9", "B3" (single cell), "Sheet1!B3:D9" → 0-based inclusive rectangle. */
export function parseRange(address: string): RangePos {
  const a = stripSheet(address).trim();
  const [p, q] = a.split(":");
  const s = parseCell(p);
  const e = q ? parseCell(q) : s;
  return {
    top: Math.min(s.row, e.row),
    left: Math.min(s.col, e.col),
    bottom: Math.max(s.row, e.row),
    right: Math.max(s.col, e.col),
  };
}

export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

export function rangeAddress(r: RangePos): string {
  const a = cellAddress(r.top, r.left);
  const b = cellAddress(r.bottom, r.right);
  return a === b ? a : `${a}:${b}`;
}

/** Quote a sheet name for a formula or an address when needed (non-ASCII names are always quoted: safe everywhere). */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}\d+$/.test(name) && !/^[RrCc]\d*$/.test(name)
    ? name
    : `'${name.replace(/'/g, "''")}'`;
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

/**
 * Rewrite sheet references in a formula (`Old!A1`, `'Old name'!A1`) according to `renames`, leaving
 * string literals alone. Used when a template is inserted with suffixed sheet names.
 */
export function renameSheetRefs(formula: string, renames: ReadonlyMap<string, string>): string {
  if (renames.size === 0) return formula;
  let out = "";
  let i = 0;
  const n = formula.length;
  const isNameChar = (ch: string) => !/[\s,()+\-*/^&=<>:;{}!"'%]/.test(ch);
  while (i < n) {
    const ch = formula[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < n) {
        if (formula[j] === '"') {
          if (formula[j + 1] === '"') j += 2;
          else break;
        } else j++;
      }
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (ch === "'") {
      let j = i + 1;
      let name = "";
      while (j < n) {
        if (formula[j] === "'") {
          if (formula[j + 1] === "'") {
            name += "'";
            j += 2;
          } else break;
        } else name += formula[j++];
      }
      if (formula[j + 1] === "!" && renames.has(name)) {
        out += quoteSheet(renames.get(name)!) + "!";
        i = j + 2;
      } else {
        out += formula.slice(i, j + 1);
        i = j + 1;
      }
      continue;
    }
    if (isNameChar(ch) && (i === 0 || !isNameChar(formula[i - 1]))) {
      let j = i;
      while (j < n && isNameChar(formula[j])) j++;
      const name = formula.slice(i, j);
      if (formula[j] === "!" && renames.has(name)) {
        out += quoteSheet(renames.get(name)!) + "!";
        i = j + 1;
      } else {
        out += name;
        i = j;
      }
      continue;
    }
    out += ch;
    i++;
  }
  return out;
}

/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;

/** "งบประมาณ" → "งบประมาณ (2)", "(3)", … — the first name not in `taken` (case-insensitive, as Excel compares). */
export function suffixedName(base: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}
