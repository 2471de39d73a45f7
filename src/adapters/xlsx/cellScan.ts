/**
 * The worksheet reader's fast path: the cells as writers store them almost always —
 * `<c r="B7" s="4" t="s"><v>12</v></c>`, `<c r="J7"><f>PRODUCT(E7,F7,H7)</f></c>` — read straight from the
 * bytes, without a tag object, an attribute record or a string per attribute. Anything less plain (a
 * namespace prefix, an inline string, a character reference, CDATA, an attribute with a prefix or an
 * entity, an unknown cell type, a reference out of range) is declined, and the generic reader
 * (sheetXml.ts, over XmlScanner) reads that cell: both give the same cells (a test holds them equal).
 */
import { MAX_COL, MAX_ROW } from "../../workbook/a1";

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;
const AMP = 0x26;
const EQ = 0x3d;

const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;

/** Cell types by their attribute text. */
export const enum CellType {
  Number,
  Shared,
  Str,
  Inline,
  Bool,
  Error,
  Date,
}

/** What the fast path read of one cell; byte ranges are [start, end) in the part. */
export interface PlainCell {
  /** Just after the cell's end. */
  end: number;
  /** The cell's reference (row 0: the cell has none). */
  row: number;
  col: number;
  selfClosing: boolean;
  type: CellType;
  /** <v>: -1 when absent. */
  vStart: number;
  vEnd: number;
  /** <f>: -1 when absent; the text's range, and its t="shared" / si attributes. */
  fStart: number;
  fEnd: number;
  fShared: boolean;
  /** The si attribute's text range (-1: none). */
  siStart: number;
  siEnd: number;
}

/** A reusable scratch buffer for decoded text (grows as needed). */
let scratch = Buffer.allocUnsafe(4096);

type Slices = Buffer & { latin1Slice(start: number, end: number): string; utf8Slice(start: number, end: number): string };
const hasSlices = typeof (Buffer.prototype as Partial<Slices>).latin1Slice === "function" && typeof (Buffer.prototype as Partial<Slices>).utf8Slice === "function";

export function latin1(buf: Buffer, start: number, end: number): string {
  return hasSlices ? (buf as Slices).latin1Slice(start, end) : buf.toString("latin1", start, end);
}

function utf8(buf: Buffer, start: number, end: number): string {
  return hasSlices ? (buf as Slices).utf8Slice(start, end) : buf.toString("utf8", start, end);
}

/** Does `buf` hold `text` (ASCII) at `at`? */
function bytesAre(buf: Buffer, at: number, text: string): boolean {
  for (let k = 0; k < text.length; k++) if (buf[at + k] !== text.charCodeAt(k)) return false;
  return true;
}

/**
 * The text of [start, end) with the five predefined entities decoded (what decodeText gives on the
 * UTF-8 text); undefined when it holds a character reference ("&#…;"), left to the generic reader.
 */
export function plainText(buf: Buffer, start: number, end: number): string | undefined {
  let ascii = true;
  let amp = -1;
  for (let i = start; i < end; i++) {
    const b = buf[i];
    if (b === AMP) {
      amp = i;
      break;
    }
    if (b >= 0x80) ascii = false;
  }
  if (amp < 0) return ascii ? latin1(buf, start, end) : utf8(buf, start, end);
  if (scratch.length < end - start) scratch = Buffer.allocUnsafe(Math.max(end - start, scratch.length * 2));
  const out = scratch;
  let n = 0;
  for (let i = start; i < amp; i++) out[n++] = buf[i];
  let i = amp;
  while (i < end) {
    const b = buf[i];
    if (b !== AMP) {
      out[n++] = b;
      i++;
      continue;
    }
    const c1 = buf[i + 1];
    if (c1 === 0x23) return undefined; // &#…; : the generic reader decodes character references
    if (c1 === 0x6c && i + 3 < end && bytesAre(buf, i + 2, "t;")) {
      out[n++] = LT;
      i += 4;
    } else if (c1 === 0x67 && i + 3 < end && bytesAre(buf, i + 2, "t;")) {
      out[n++] = GT;
      i += 4;
    } else if (c1 === 0x61 && i + 4 < end && bytesAre(buf, i + 2, "mp;")) {
      out[n++] = AMP;
      i += 5;
    } else if (c1 === 0x71 && i + 5 < end && bytesAre(buf, i + 2, "uot;")) {
      out[n++] = QUOTE;
      i += 6;
    } else if (c1 === 0x61 && i + 5 < end && bytesAre(buf, i + 2, "pos;")) {
      out[n++] = APOS;
      i += 6;
    } else {
      // any other "&": kept as written, as decodeText keeps it
      out[n++] = b;
      i++;
    }
  }
  return utf8(out, 0, n);
}

/**
 * "=" and the text of [start, end) decoded as plainText decodes it, as one flat string (not "=" + text:
 * a formula read as two strings is copied again on its first comparison); undefined when plainText
 * declines it.
 */
export function plainFormula(buf: Buffer, start: number, end: number): string | undefined {
  let ascii = true;
  let amp = -1;
  for (let i = start; i < end; i++) {
    const b = buf[i];
    if (b === AMP) {
      if (amp < 0) amp = i;
    } else if (b >= 0x80) ascii = false;
  }
  if (scratch.length < end - start + 1) scratch = Buffer.allocUnsafe(Math.max(end - start + 1, scratch.length * 2));
  const out = scratch;
  out[0] = EQ;
  if (amp < 0) {
    buf.copy(out, 1, start, end);
    return ascii ? latin1(out, 0, end - start + 1) : utf8(out, 0, end - start + 1);
  }
  let n = 1 + buf.copy(out, 1, start, amp);
  let i = amp;
  while (i < end) {
    const b = buf[i];
    if (b !== AMP) {
      out[n++] = b;
      i++;
      continue;
    }
    const rep = entityAt(buf, i, end);
    if (rep < 0) return undefined;
    if (rep === 0) {
      out[n++] = b;
      i++;
    } else {
      out[n++] = rep & 0xff;
      i += rep >> 8;
    }
  }
  return ascii ? latin1(out, 0, n) : utf8(out, 0, n);
}

/**
 * The predefined entity at `i` ("&" there): its byte | its length << 8; 0 for an "&" kept as written;
 * -1 for a character reference.
 */
function entityAt(buf: Buffer, i: number, end: number): number {
  const c1 = buf[i + 1];
  if (c1 === 0x23) return -1;
  if (c1 === 0x6c && i + 3 < end && bytesAre(buf, i + 2, "t;")) return LT | (4 << 8);
  if (c1 === 0x67 && i + 3 < end && bytesAre(buf, i + 2, "t;")) return GT | (4 << 8);
  if (c1 === 0x61 && i + 4 < end && bytesAre(buf, i + 2, "mp;")) return AMP | (5 << 8);
  if (c1 === 0x71 && i + 5 < end && bytesAre(buf, i + 2, "uot;")) return QUOTE | (6 << 8);
  if (c1 === 0x61 && i + 5 < end && bytesAre(buf, i + 2, "pos;")) return APOS | (6 << 8);
  return 0;
}

/** A whole number written as 1–9 plain digits, else -1. */
export function plainIndex(buf: Buffer, start: number, end: number): number {
  if (end <= start || end - start > 9) return -1;
  let v = 0;
  for (let i = start; i < end; i++) {
    const d = buf[i] - 0x30;
    if (d < 0 || d > 9) return -1;
    v = v * 10 + d;
  }
  return v;
}

/**
 * A number written as an optional "-" and 1–15 digits (exact in a double, as Number() reads it), else
 * undefined (the caller reads the text).
 */
export function plainInteger(buf: Buffer, start: number, end: number): number | undefined {
  let i = start;
  const neg = buf[i] === 0x2d;
  if (neg) i++;
  if (end <= i || end - i > 15) return undefined;
  let v = 0;
  for (; i < end; i++) {
    const d = buf[i] - 0x30;
    if (d < 0 || d > 9) return undefined;
    v = v * 10 + d;
  }
  return neg ? (v === 0 ? -0 : -v) : v;
}

function typeOf(buf: Buffer, start: number, end: number): CellType | -1 {
  const n = end - start;
  const c0 = buf[start];
  if (n === 1) {
    if (c0 === 0x73) return CellType.Shared;
    if (c0 === 0x6e) return CellType.Number;
    if (c0 === 0x62) return CellType.Bool;
    if (c0 === 0x65) return CellType.Error;
    if (c0 === 0x64) return CellType.Date;
    return -1;
  }
  if (n === 3 && bytesAre(buf, start, "str")) return CellType.Str;
  return -1;
}

/**
 * Read the plain attributes of a tag from `i` (just after its name) to its ">" or "/>": calls `onAttr`
 * with each name's first byte and length and the value's range. Returns the position of ">" (negative:
 * ~position of "/>"), or null when the attributes are not plain (a prefix, an entity, non-ASCII, no quotes).
 */
function plainAttrList(buf: Buffer, i: number, onAttr: (nameAt: number, nameLen: number, vStart: number, vEnd: number) => void): number | null {
  const len = buf.length;
  for (;;) {
    let spaced = false;
    while (i < len && isSpace(buf[i])) {
      i++;
      spaced = true;
    }
    if (i >= len) return null;
    const b = buf[i];
    if (b === GT) return i;
    if (b === SLASH) return buf[i + 1] === GT ? ~i : null;
    if (!spaced) return null;
    const nameAt = i;
    while (i < len) {
      const c = buf[i];
      if (c === EQ) break;
      // letters, digits, "_", "-" only: a prefix (":") or anything odd goes to the generic reader
      if (!((c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39) || c === 0x5f || c === 0x2d)) return null;
      i++;
    }
    const nameLen = i - nameAt;
    if (!nameLen || buf[i] !== EQ) return null;
    const q = buf[i + 1];
    if (q !== QUOTE && q !== APOS) return null;
    const vStart = i + 2;
    i = vStart;
    while (i < len && buf[i] !== q) {
      const c = buf[i];
      if (c === AMP || c === LT || c >= 0x80) return null;
      i++;
    }
    if (i >= len) return null;
    onAttr(nameAt, nameLen, vStart, i);
    i++;
  }
}

/**
 * Read the cell whose "<c" is at `at`, or return null for the generic reader. `prevRow`/`prevCol`: where
 * the last cell was (a cell without a reference follows it).
 */
export function scanPlainCell(buf: Buffer, at: number, prevRow: number, prevCol: number): PlainCell | null {
  let rStart = -1;
  let rEnd = -1;
  let tStart = -1;
  let tEnd = -1;
  const gt = plainAttrList(buf, at + 2, (nameAt, nameLen, vs, ve) => {
    if (nameLen !== 1) return;
    const c = buf[nameAt];
    if (c === 0x72) {
      rStart = vs;
      rEnd = ve;
    } else if (c === 0x74) {
      tStart = vs;
      tEnd = ve;
    }
  });
  if (gt === null) return null;
  let row = prevRow;
  let col = prevCol + 1;
  if (rStart >= 0) {
    // $?[A-Za-z]{1,3}$?\d{1,7}
    let i = rStart;
    if (buf[i] === 0x24) i++;
    let c = 0;
    let letters = 0;
    for (; i < rEnd; i++) {
      const b = buf[i] | 0x20;
      if (b < 0x61 || b > 0x7a) break;
      c = c * 26 + (b - 0x60);
      letters++;
    }
    if (letters < 1 || letters > 3) return null;
    if (buf[i] === 0x24) i++;
    const digits = rEnd - i;
    if (digits < 1 || digits > 7) return null;
    let r = 0;
    for (; i < rEnd; i++) {
      const d = buf[i] - 0x30;
      if (d < 0 || d > 9) return null;
      r = r * 10 + d;
    }
    row = r;
    col = c;
  }
  if (row < 1 || row > MAX_ROW || col < 1 || col > MAX_COL) return null;
  let type: CellType = CellType.Number;
  if (tStart >= 0) {
    const t = typeOf(buf, tStart, tEnd);
    if (t === -1) return null;
    type = t;
  }
  const cell: PlainCell = { end: 0, row, col, selfClosing: gt < 0, type, vStart: -1, vEnd: -1, fStart: -1, fEnd: -1, fShared: false, siStart: -1, siEnd: -1 };
  if (gt < 0) {
    cell.end = ~gt + 2;
    return cell;
  }
  let i = gt + 1;
  const len = buf.length;
  for (;;) {
    while (i < len && buf[i] !== LT) i++;
    if (i + 3 >= len) return null;
    const b1 = buf[i + 1];
    if (b1 === SLASH) {
      if (buf[i + 2] === 0x63 && buf[i + 3] === GT) {
        cell.end = i + 4;
        return cell;
      }
      return null;
    }
    if (b1 === 0x76) {
      // <v>text</v> or <v/> (once: a second one goes to the generic reader)
      if (cell.vStart >= 0) return null;
      if (buf[i + 2] === SLASH && buf[i + 3] === GT) {
        cell.vStart = cell.vEnd = i + 4;
        i += 4;
        continue;
      }
      if (buf[i + 2] !== GT) return null;
      const s = i + 3;
      let e = s;
      while (e < len && buf[e] !== LT) e++;
      if (e + 3 >= len || buf[e + 1] !== SLASH || buf[e + 2] !== 0x76 || buf[e + 3] !== GT) return null;
      cell.vStart = s;
      cell.vEnd = e;
      i = e + 4;
      continue;
    }
    if (b1 === 0x66) {
      if (cell.fStart >= 0) return null;
      const b2 = buf[i + 2];
      if (b2 !== GT && b2 !== SLASH && !isSpace(b2)) return null;
      let shared = false;
      let siS = -1;
      let siE = -1;
      const fgt = plainAttrList(buf, i + 2, (nameAt, nameLen, vs, ve) => {
        if (nameLen === 1 && buf[nameAt] === 0x74) shared = ve - vs === 6 && bytesAre(buf, vs, "shared");
        else if (nameLen === 2 && buf[nameAt] === 0x73 && buf[nameAt + 1] === 0x69) {
          siS = vs;
          siE = ve;
        }
      });
      if (fgt === null) return null;
      cell.fShared = shared;
      cell.siStart = siS;
      cell.siEnd = siE;
      if (fgt < 0) {
        cell.fStart = cell.fEnd = ~fgt + 2;
        i = ~fgt + 2;
        continue;
      }
      const s = fgt + 1;
      let e = s;
      while (e < len && buf[e] !== LT) e++;
      if (e + 3 >= len || buf[e + 1] !== SLASH || buf[e + 2] !== 0x66 || buf[e + 3] !== GT) return null;
      cell.fStart = s;
      cell.fEnd = e;
      i = e + 4;
      continue;
    }
    return null;
  }
}
