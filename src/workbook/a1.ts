/**
 * A1 addresses, sheet-qualified references and R1C1-relative forms of formulas. Pure string work;
 * used by the layout (writing formulas), the reader (locating cells) and the sheet checks (comparing
 * formulas with their column's pattern).
 */

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

/** "A" → 1, "AA" → 27. */
export function colIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Row and column (1-based) → "B7". */
export function addr(row: number, col: number): string {
  return `${colLetter(col)}${row}`;
}

/** "B7" → { row: 7, col: 2 } (dollar signs ignored); null when not an address. */
export function parseAddr(a: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a.trim());
  if (!m) return null;
  return { row: Number(m[2]), col: colIndex(m[1]) };
}

/** The sheet prefix of a reference: 'โครงการ'! (always quoted, so Thai names and spaces are safe). */
export function sheetPrefix(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'!`;
}

/** Absolute reference to one cell of a sheet: 'โครงการ'!$B$7. */
export function absCell(sheet: string, row: number, col: number): string {
  return `${sheetPrefix(sheet)}$${colLetter(col)}$${row}`;
}

/** Absolute range of one column between two rows: 'งบประมาณ'!$J$5:$J$24. */
export function absColRange(sheet: string | null, col: number, fromRow: number, toRow: number): string {
  const c = colLetter(col);
  return `${sheet ? sheetPrefix(sheet) : ""}$${c}$${fromRow}:$${c}$${toRow}`;
}

/** One A1 reference found in a formula. */
export interface FormulaRef {
  /** Sheet name when qualified (unquoted), else undefined. */
  sheet?: string;
  /** Start and end (same for a single cell). */
  r1: number;
  c1: number;
  r2: number;
  c2: number;
  absR1: boolean;
  absC1: boolean;
  absR2: boolean;
  absC2: boolean;
  /** Position and length in the formula text. */
  index: number;
  length: number;
}

const SHEET_PART = "(?:'((?:[^']|'')+)'|([A-Za-z0-9_.\\u0E00-\\u0E7F]+))!";
const CELL_PART = "(\\$?)([A-Za-z]{1,3})(\\$?)(\\d+)";
const REF_RE = new RegExp(`(?:${SHEET_PART})?${CELL_PART}(?::${CELL_PART})?`, "y");

/**
 * All cell and range references in a formula (string literals skipped; function names such as
 * LOG10( are not references).
 */
export function findRefs(formula: string): FormulaRef[] {
  const out: FormulaRef[] = [];
  let i = 0;
  const f = formula;
  while (i < f.length) {
    const ch = f[i];
    if (ch === '"') {
      // skip a string literal ("" is an escaped quote)
      i++;
      while (i < f.length) {
        if (f[i] === '"') {
          if (f[i + 1] === '"') {
            i += 2;
            continue;
          }
          break;
        }
        i++;
      }
      i++;
      continue;
    }
    const prev = i > 0 ? f[i - 1] : "";
    if (prev && /[A-Za-z0-9_.\u0E00-\u0E7F$]/.test(prev)) {
      i++;
      continue;
    }
    REF_RE.lastIndex = i;
    const m = REF_RE.exec(f);
    if (m) {
      const end = i + m[0].length;
      const next = f[end] ?? "";
      if (!/[A-Za-z0-9_(\u0E00-\u0E7F]/.test(next)) {
        const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2];
        const c1 = colIndex(m[4]);
        const r1 = Number(m[6]);
        const hasEnd = m[8] !== undefined;
        out.push({
          sheet,
          r1,
          c1,
          r2: hasEnd ? Number(m[10]) : r1,
          c2: hasEnd ? colIndex(m[8]) : c1,
          absC1: m[3] === "$",
          absR1: m[5] === "$",
          absC2: hasEnd ? m[7] === "$" : m[3] === "$",
          absR2: hasEnd ? m[9] === "$" : m[5] === "$",
          index: i,
          length: m[0].length,
        });
        i = end;
        continue;
      }
    }
    i++;
  }
  return out;
}

function rc(row: number, col: number, absR: boolean, absC: boolean, baseRow: number, baseCol: number): string {
  const r = absR ? `R${row}` : row === baseRow ? "R" : `R[${row - baseRow}]`;
  const c = absC ? `C${col}` : col === baseCol ? "C" : `C[${col - baseCol}]`;
  return r + c;
}

/**
 * The formula in R1C1-relative form as seen from the cell at (row, col): "=F6*G6*I6" in J6 becomes
 * "=RC[-4]*RC[-3]*RC[-1]". Sheet names are kept (lower-cased), spaces outside strings removed, so two
 * formulas that do the same thing from their own rows compare equal.
 */
export function toR1C1(formula: string, row: number, col: number): string {
  const refs = findRefs(formula);
  let out = "";
  let pos = 0;
  for (const r of refs) {
    out += formula.slice(pos, r.index);
    const sheet = r.sheet !== undefined ? `'${r.sheet.toLowerCase()}'!` : "";
    const a = rc(r.r1, r.c1, r.absR1, r.absC1, row, col);
    const b = r.r1 !== r.r2 || r.c1 !== r.c2 ? ":" + rc(r.r2, r.c2, r.absR2, r.absC2, row, col) : "";
    out += sheet + a + b;
    pos = r.index + r.length;
  }
  out += formula.slice(pos);
  return stripSpacesOutsideStrings(out).toUpperCase();
}

function stripSpacesOutsideStrings(s: string): string {
  let out = "";
  let inStr = false;
  for (const ch of s) {
    if (ch === '"') inStr = !inStr;
    if (!inStr && /\s/.test(ch)) continue;
    out += ch;
  }
  return out;
}

/** Spreadsheet error values as they appear in snapshots. */
export const ERROR_VALUES = ["#REF!", "#VALUE!", "#DIV/0!", "#NAME?", "#N/A", "#NUM!", "#NULL!", "#ERROR!", "#CYCLE!", "#SPILL!", "#CALC!"];

export function isErrorValue(v: unknown): v is string {
  return typeof v === "string" && ERROR_VALUES.includes(v.trim().toUpperCase());
}

/** Excel serial day number of the first day of a Buddhist-era month (1900 date system). */
export function monthToSerial(year: number, month: number, day = 1): number {
  const g = year - 543;
  return Math.round((Date.UTC(g, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
}

/** Serial → { year (BE), month, day }; null when the number is not a plausible date serial. */
export function serialToDate(serial: number): { year: number; month: number; day: number } | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const d = new Date(Date.UTC(1899, 11, 30) + Math.floor(serial) * 86400000);
  return { year: d.getUTCFullYear() + 543, month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
