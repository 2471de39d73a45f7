/**
 * One worksheet part → its filled cells (sparse), and the shared-strings part → only the strings those
 * cells use. Cells keep their row and column; nothing is padded. Stops at the cell cap.
 */
import { MAX_COL, MAX_ROW, colIndex, colLetter } from "../../workbook/a1";
import { findRefs } from "../../workbook/formulaText";
import type { CellScalar } from "../../workbook/types";
import { serialFromIso } from "../../core/dateSerial";
import { fromFileFormula } from "./formula";
import { XmlScanner, decodeExcelEscapes, type XmlTag } from "./xml";
import { CellType, latin1, plainFormula, plainIndex, plainInteger, plainText, scanPlainCell } from "./cellScan";
import { cutAt } from "../../core/clipCut";
import { clip } from "../../core/clip";

/** The filled cells of a sheet, column-wise (no object per cell): cell i is at rows[i], cols[i]. */
export interface SparseCells {
  rows: number[];
  cols: number[];
  values: CellScalar[];
  formulas: (string | null)[];
  /** Index into the shared strings (-1: none), resolved after all sheets are read. */
  sst: number[];
}

export interface SparseSheet {
  cells: SparseCells;
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

export function emptyCells(): SparseCells {
  return { rows: [], cols: [], values: [], formulas: [], sst: [] };
}

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
  return decodeExcelEscapes(out.length > maxChars ? cutAt(out, maxChars) : out);
}

export interface SheetReadOptions {
  date1904: boolean;
  /** Stop after this many filled cells (overCap is then set). */
  maxCells: number;
  maxChars: number;
  /** false: every cell through the generic reader (the tests compare the two). */
  fast?: boolean;
}

const isTrue = (v: string | undefined) => v === "1" || v === "true";

/** Read the filled cells of a worksheet part. */
export function readSheetXml(buf: Buffer, opts: SheetReadOptions): SparseSheet {
  const sc = new XmlScanner(buf);
  const cells = emptyCells();
  const out: SparseSheet = { cells, cached: 0, missing: 0, badNumbers: [], overCap: false, hiddenRows: [], hiddenCols: [] };
  const masters = new Map<string, { text: string; row: number; col: number }>();
  const fast = opts.fast !== false;
  const maxChars = opts.maxChars;
  let row = 0;
  let col = 0;
  let inData = false;

  /** The formula of a cell from its <f> text and attributes (shared formulas: the master's, moved). */
  const formulaOf = (text: string, shared: boolean, si: string | undefined): string | null => {
    let formula: string | null = null;
    if (shared && si !== undefined) {
      if (text) {
        masters.set(si, { text, row, col });
        formula = text;
      } else {
        const m = masters.get(si);
        if (m) formula = shiftFormula(m.text, row - m.row, col - m.col);
      }
    } else if (text) formula = text;
    return formula ? fromFileFormula(formula) : null;
  };

  /** Add a cell; false when the cap is reached. `num`: the value already read as a number (type n). */
  const add = (type: string, v: string | undefined, num: number | undefined, inline: string | undefined, formula: string | null, sstIndex: number): boolean => {
    let value: CellScalar = null;
    let sst = -1;
    const hasV = num !== undefined || sstIndex >= 0 || (v !== undefined && v !== "");
    if (formula) {
      if (hasV) out.cached++;
      else out.missing++;
    }
    if (type === "inlineStr") value = inline ?? (hasV ? decodeExcelEscapes(v!) : null);
    else if (!hasV) value = null;
    else if (type === "s") {
      if (sstIndex >= 0) sst = sstIndex;
      else {
        const i = Number(v);
        if (Number.isInteger(i) && i >= 0) sst = i;
      }
    } else if (type === "str") value = decodeExcelEscapes(v!);
    else if (type === "b") value = v!.trim() === "1" || v!.trim().toLowerCase() === "true";
    else if (type === "e") value = v!.trim();
    else if (type === "d") value = serialFromIso(v!.trim(), opts.date1904) ?? v!;
    else {
      const n = num ?? usableNumber(v!);
      if (n !== null) value = n;
      else if (formula) value = "#NUM!";
      else {
        // kept as the text written, so the plan reader reports a bad number at this cell
        value = clip(v!, 40);
        out.badNumbers.push({ cell: colLetter(col) + row, text: value });
      }
    }
    if (value === null && formula === null && sst < 0) return true;
    if (cells.rows.length >= opts.maxCells) {
      out.overCap = true;
      return false;
    }
    cells.rows.push(row);
    cells.cols.push(col);
    cells.values.push(value);
    cells.formulas.push(formula);
    cells.sst.push(sst);
    return true;
  };

  /** The cell at `at` by the fast path: the position after it, or -1 (the generic reader then reads it). */
  const plainCell = (at: number): number | -1 => {
    const p = scanPlainCell(buf, at, row, col);
    if (!p) return -1;
    let v: string | undefined;
    let num: number | undefined;
    let sstIndex = -1;
    let ftext: string | undefined;
    /** "=" + the formula's text, when that is the formula as read (not shared, nothing to trim, no second "="). */
    let whole: string | undefined;
    if (!p.selfClosing) {
      if (p.vStart >= 0) {
        if (p.type === CellType.Number) num = plainInteger(buf, p.vStart, p.vEnd);
        else if (p.type === CellType.Shared) sstIndex = plainIndex(buf, p.vStart, p.vEnd);
        if (num === undefined && sstIndex < 0) {
          v = plainText(buf, p.vStart, p.vEnd);
          if (v === undefined) return -1;
          if (v.length > maxChars) v = cutAt(v, maxChars);
        }
      }
      if (p.fStart >= 0 && !p.fShared && p.fEnd > p.fStart) {
        whole = plainFormula(buf, p.fStart, p.fEnd);
        if (whole === undefined) return -1;
        if (SPACE.test(whole[1]) || whole[1] === "=" || SPACE.test(whole[whole.length - 1])) {
          ftext = whole.slice(1);
          whole = undefined;
        }
      } else if (p.fStart >= 0) {
        ftext = plainText(buf, p.fStart, p.fEnd);
        if (ftext === undefined) return -1;
      }
    }
    row = p.row;
    col = p.col;
    if (p.selfClosing) return p.end;
    const formula =
      whole !== undefined
        ? XL.test(whole)
          ? fromFileFormula(whole)
          : whole
        : ftext === undefined
          ? null
          : formulaOf(ftext.trim(), p.fShared, p.siStart >= 0 ? latin1(buf, p.siStart, p.siEnd) : undefined);
    return add(TYPE_NAMES[p.type], v, num, undefined, formula, sstIndex) ? p.end : -2;
  };

  /** The cell of a <c> tag by the generic reader; false when the cap is reached. */
  const genericCell = (tag: XmlTag): boolean => {
    const a = sc.attrs(tag);
    const at = a.r ? parseRef(a.r) : null;
    if (at) {
      row = at.row;
      col = at.col;
    } else col++;
    // a reference outside the sheet (XFE3, A0) is not a cell
    if (tag.selfClosing || (a.r && !at) || row < 1 || row > MAX_ROW || col < 1 || col > MAX_COL) {
      if (!tag.selfClosing) sc.skip(tag);
      return true;
    }
    let v: string | undefined;
    let inline: string | undefined;
    let formula: string | null = null;
    for (let t = sc.next(); t && !(t.close && t.name === "c"); t = sc.next()) {
      if (t.close) continue;
      if (t.name === "v") v = sc.textUntilClose(t, maxChars);
      else if (t.name === "is") inline = richText(sc, t, maxChars);
      else if (t.name === "f") {
        const fa = sc.attrs(t);
        formula = formulaOf(sc.textUntilClose(t).trim(), fa.t === "shared", fa.si) ?? formula;
      } else if (!t.selfClosing) sc.skip(t);
    }
    return add(a.t ?? "n", v, undefined, inline, formula, -1);
  };

  for (;;) {
    if (inData && fast) {
      // inside sheetData: rows and plain cells straight from the bytes
      const lt = buf.indexOf(LT, sc.position);
      if (lt < 0) break;
      const b1 = buf[lt + 1];
      const b2 = buf[lt + 2];
      if (b1 === 0x63 && (b2 === 0x20 || b2 === 0x3e || b2 === 0x2f || b2 === 0x09 || b2 === 0x0a || b2 === 0x0d)) {
        const next = plainCell(lt);
        if (next === -2) break;
        if (next >= 0) {
          sc.position = next;
          continue;
        }
      } else if (b1 === 0x2f && b2 === 0x72 && buf[lt + 3] === 0x6f && buf[lt + 4] === 0x77 && buf[lt + 5] === 0x3e) {
        sc.position = lt + 6; // </row>
        continue;
      }
      sc.position = lt;
    }
    const tag = sc.next();
    if (!tag) break;
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
    if (!genericCell(tag)) break;
  }
  return out;
}

const LT = 0x3c;
/** What String.prototype.trim takes off. */
const SPACE = /\s/;
const XL = /_xl/i;
const TYPE_NAMES: Record<CellType, string> = {
  [CellType.Number]: "n",
  [CellType.Shared]: "s",
  [CellType.Str]: "str",
  [CellType.Inline]: "inlineStr",
  [CellType.Bool]: "b",
  [CellType.Error]: "e",
  [CellType.Date]: "d",
};

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
