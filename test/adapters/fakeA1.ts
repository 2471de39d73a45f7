/**
 * Address helpers of the fake Excel, written apart from the production A1 module on purpose: the fake stands
 * in for Excel, so it must not share the code it is checking. 0-based rows and columns (the fake's grid).
 */

export interface RangePos {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

/** "A" → 0, "AA" → 26 (bijective base 26). */
export function columnIndex(letters: string): number {
  const up = letters.toUpperCase();
  if (!/^[A-Z]+$/.test(up)) throw new Error(`Bad column letters: ${letters}`);
  return [...up].reduce((n, ch) => n * 26 + LETTERS.indexOf(ch) + 1, 0) - 1;
}

/** 0 → "A", 26 → "AA". */
export function columnLetters(index: number): string {
  const digits: string[] = [];
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) digits.unshift(LETTERS[(n - 1) % 26]);
  return digits.join("");
}

export function cellAddress(row: number, col: number): string {
  return columnLetters(col) + String(row + 1);
}

/** "B3", "$B$3", "Sheet!B3" → { row: 2, col: 1 }. */
export function parseCell(address: string): { row: number; col: number } {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const m = /^\$?([A-Za-z]+)\$?([0-9]+)$/.exec(local.trim());
  if (!m) throw new Error(`Bad cell address: ${address}`);
  return { row: parseInt(m[2], 10) - 1, col: columnIndex(m[1]) };
}

export function parseRange(address: string): RangePos {
  const local = address.includes("!") ? address.slice(address.lastIndexOf("!") + 1) : address;
  const ends = local.split(":").map(parseCell);
  const rows = ends.map((e) => e.row);
  const cols = ends.map((e) => e.col);
  return { top: Math.min(...rows), left: Math.min(...cols), bottom: Math.max(...rows), right: Math.max(...cols) };
}

/** Excel quotes a sheet name in an address unless it is a plain ASCII word that cannot be read as a cell. */
export function quoteSheet(name: string): string {
  const plain = /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) && !/^[A-Za-z]{1,3}[0-9]+$/.test(name) && !/^[RrCc][0-9]*$/.test(name);
  return plain ? name : "'" + name.split("'").join("''") + "'";
}

/** The sheet names a formula refers to ('Name'!A1 or Name!A1), string literals left out. */
export function referencedSheets(formula: string): string[] {
  const out: string[] = [];
  const noStrings = formula.replace(/"(?:[^"]|"")*"?/g, '""');
  for (const m of noStrings.matchAll(/'((?:[^']|'')+)'!|([^\s,()+\-*/^&=<>:;{}!"'%]+)!/g)) {
    out.push(m[1] !== undefined ? m[1].split("''").join("'") : m[2]);
  }
  return out;
}
