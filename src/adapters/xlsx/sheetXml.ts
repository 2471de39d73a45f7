/**
 * One worksheet part → its filled cells (sparse), and the shared-strings part → only the strings those
 * cells use. Cells keep their row and column; nothing is padded. Stops at the cell cap.
 */
import { colLetter, colIndex } from "../../workbook/a1";
import { findRefs } from "../../workbook/formulaText";
import type { CellScalar } from "../../workbook/types";
import { serialFromIso } from "../../core/dateSerial";
import { fromFileFormula } from "./formula";
import { XmlScanner, decodeExcelEscapes, type XmlTag } from "./xml";

export interface SparseCell {
  row: number;
  col: number;
  value: CellScalar;
  formula: string | null;
  /** Index into the shared strings, resolved after all sheets are read. */
  sst?: number;
}

export interface SparseSheet {
  cells: SparseCell[];
  /** Formula cells with / without a cached result. */
  cached: number;
  missing: number;
  /** Number cells that hold no usable number (NaN, Infinity, subnormal …): the text as written. */
  badNumbers: { cell: string; text: string }[];
  /** True when reading stopped at the cell cap. */
  overCap: boolean;
  /** Rows and columns the user hid (1-based), as the file marks them. */
  hiddenRows: number[];
  hiddenCols: number[];
}

const MAX_ROW = 1_048_576;
const MAX_COL = 16_384;
const NUMBER_RE = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?\s*$/;
const MIN_NORMAL = 2.2250738585072014e-308;

/** A number as Excel can hold it: finite and not subnormal. */
export function usableNumber(text: string): number | null {
  if (!NUMBER_RE.test(text)) return null;
  const n = Number(text);
  if (!Number.isFinite(n)) return null;
  if (n !== 0 && Math.abs(n) < MIN_NORMAL) return null;
  return n;
}


function parseRef(ref: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(ref);
  if (!m) return null;
  const col = colIndex(m[1].toUpperCase());
  const row = Number(m[2]);
  if (row < 1 || row > MAX_ROW || col < 1 || col > MAX_COL) return null;
  return { row, col };
}

/** A shared formula's text moved from its first cell by (dr, dc): relative references shift. */
export function shiftFormula(text: string, dr: number, dc: number): string {
  if (!dr && !dc) return text;
  let out = "";
  let pos = 0;
  for (const r of findRefs(text)) {
    const whole = text.slice(r.index, r.index + r.length);
    const bang = whole.lastIndexOf("!");
    const sheet = bang >= 0 ? whole.slice(0, bang + 1) : "";
    const one = (row: number, col: number, absR: boolean, absC: boolean) => {
      const nr = absR ? row : row + dr;
      const nc = absC ? col : col + dc;
      if (nr < 1 || nc < 1 || nr > MAX_ROW || nc > MAX_COL) return "#REF!";
      return `${absC ? "$" : ""}${colLetter(nc)}${absR ? "$" : ""}${nr}`;
    };
    const single = !whole.slice(bang + 1).includes(":");
    const a = one(r.r1, r.c1, r.absR1, r.absC1);
    const b = single ? "" : ":" + one(r.r2, r.c2, r.absR2, r.absC2);
    out += text.slice(pos, r.index) + sheet + a + b;
    pos = r.index + r.length;
  }
  return out + text.slice(pos);
}

/** Text of an <is> (inline string) or <si> (shared string): its <t> runs, phonetic runs (<rPh>) left out. */
function richText(sc: XmlScanner, open: XmlTag, maxChars: number): string {
  if (open.selfClosing) return "";
  let out = "";
  let depth = 0;
  for (;;) {
    const tag = sc.next();
    if (!tag) return out;
    if (tag.name === open.name) {
      if (tag.close) {
        if (depth === 0) break;
        depth--;
      } else if (!tag.selfClosing) depth++;
      continue;
    }
    if (tag.close) continue;
    if (tag.name === "rPh") sc.skip(tag);
    else if (tag.name === "t" && out.length < maxChars) out += sc.textUntilClose(tag, maxChars);
    else if (tag.name === "t") sc.skip(tag);
  }
  return decodeExcelEscapes(out.length > maxChars ? out.slice(0, maxChars) : out);
}

export interface SheetReadOptions {
  date1904: boolean;
  /** Stop after this many filled cells (overCap is then set). */
  maxCells: number;
  maxChars: number;
}

/** Read the filled cells of a worksheet part. */
export function readSheetXml(buf: Buffer, opts: SheetReadOptions): SparseSheet {
  const sc = new XmlScanner(buf);
  const out: SparseSheet = { cells: [], cached: 0, missing: 0, badNumbers: [], overCap: false, hiddenRows: [], hiddenCols: [] };
  const isTrue = (v: string | undefined) => v === "1" || v === "true";
  const masters = new Map<string, { text: string; row: number; col: number }>();
  let row = 0;
  let col = 0;
  let inData = false;
  for (let tag = sc.next(); tag; tag = sc.next()) {
    if (tag.name === "sheetData") {
      if (tag.close) break;
      inData = true;
      if (tag.selfClosing) break;
      continue;
    }
    if (!inData && !tag.close && tag.name === "col") {
      const a = sc.attrs(tag);
      const min = Number(a.min);
      const max = Math.min(Number(a.max), min + 255); // a hidden run to the sheet's end counts as far as data can reach
      if (isTrue(a.hidden) && Number.isInteger(min) && min >= 1 && Number.isInteger(max)) for (let c = min; c <= max && c <= MAX_COL; c++) out.hiddenCols.push(c);
      continue;
    }
    if (!inData || tag.close) continue;
    if (tag.name === "row") {
      const a = sc.attrs(tag);
      const r = Number(a.r);
      row = Number.isInteger(r) && r >= 1 && r <= MAX_ROW ? r : row + 1;
      if (isTrue(a.hidden)) out.hiddenRows.push(row);
      col = 0;
      continue;
    }
    if (tag.name !== "c") continue;
    const a = sc.attrs(tag);
    const at = a.r ? parseRef(a.r) : null;
    if (at) {
      row = at.row;
      col = at.col;
    } else col++;
    // a reference outside the sheet (XFE3, A0) is not a cell
    if (tag.selfClosing || (a.r && !at) || row < 1 || row > MAX_ROW || col < 1 || col > MAX_COL) {
      if (!tag.selfClosing) sc.skip(tag);
      continue;
    }
    const type = a.t ?? "n";
    let v: string | undefined;
    let inline: string | undefined;
    let formula: string | null = null;
    for (let t = sc.next(); t && !(t.close && t.name === "c"); t = sc.next()) {
      if (t.close) continue;
      if (t.name === "v") v = sc.textUntilClose(t, opts.maxChars);
      else if (t.name === "is") inline = richText(sc, t, opts.maxChars);
      else if (t.name === "f") {
        const fa = sc.attrs(t);
        const text = sc.textUntilClose(t).trim();
        if (fa.t === "shared" && fa.si !== undefined) {
          if (text) {
            masters.set(fa.si, { text, row, col });
            formula = text;
          } else {
            const m = masters.get(fa.si);
            if (m) formula = shiftFormula(m.text, row - m.row, col - m.col);
          }
        } else if (text) formula = text;
      } else if (!t.selfClosing) sc.skip(t);
    }
    const cell: SparseCell = { row, col, value: null, formula: formula ? fromFileFormula(formula) : null };
    const hasV = v !== undefined && v !== "";
    if (cell.formula) {
      if (hasV) out.cached++;
      else out.missing++;
    }
    if (type === "inlineStr") cell.value = inline ?? (hasV ? decodeExcelEscapes(v!) : null);
    else if (!hasV) cell.value = null;
    else if (type === "s") {
      const i = Number(v);
      if (Number.isInteger(i) && i >= 0) cell.sst = i;
    } else if (type === "str") cell.value = decodeExcelEscapes(v!);
    else if (type === "b") cell.value = v!.trim() === "1" || v!.trim().toLowerCase() === "true";
    else if (type === "e") cell.value = v!.trim();
    else if (type === "d") cell.value = serialFromIso(v!.trim(), opts.date1904) ?? v!;
    else {
      const n = usableNumber(v!);
      if (n !== null) cell.value = n;
      else if (cell.formula) cell.value = "#NUM!";
      else {
        // kept as the text written, so the plan reader reports a bad number at this cell
        cell.value = v!.trim().slice(0, 40);
        out.badNumbers.push({ cell: colLetter(col) + row, text: String(cell.value) });
      }
    }
    if (cell.value === null && cell.formula === null && cell.sst === undefined) continue;
    if (out.cells.length >= opts.maxCells) {
      out.overCap = true;
      break;
    }
    out.cells.push(cell);
  }
  return out;
}

/** Only the shared strings whose index is in `wanted` (a plan uses a few hundred of them). */
export function readSharedStrings(buf: Buffer, wanted: Set<number>, maxChars: number): Map<number, string> {
  const out = new Map<number, string>();
  if (!wanted.size) return out;
  let last = -1;
  for (const i of wanted) if (i > last) last = i;
  const sc = new XmlScanner(buf);
  let index = -1;
  for (let tag = sc.next(); tag; tag = sc.next()) {
    if (tag.close || tag.name !== "si") continue;
    index++;
    if (wanted.has(index)) out.set(index, richText(sc, tag, maxChars));
    else sc.skip(tag);
    if (index >= last) break;
  }
  return out;
}
