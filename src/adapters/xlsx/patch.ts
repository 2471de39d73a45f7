/**
 * Cell edits written into one worksheet part's XML in place (the patch writer of `fix`): only the <c>
 * elements of the edited cells are written anew (value or formula, keeping the cell's style index s=);
 * a cell absent from its row is inserted in column order, a row absent from the sheet in row order.
 * Everything else is copied byte for byte, except (when asked) the cached results of formulas, which
 * are dropped so that no stale figure survives the edit (the workbook is also marked for a full
 * recalculation on open, by ./patchWorkbook).
 *
 * Unusual but valid forms are handled: prefixed element names (x:c), self-closing rows, rows and cells
 * without r= (edited in place), shared formulas whose first cell is edited (the other cells of the group
 * get their own formula), rich and inline strings. What cannot be patched exactly is refused with a
 * PatchRefusal (Thai and English), never written half-way: an edit inside an array formula or a data
 * table, an insertion among rows or cells without r= or out of order, a formula group whose other cells
 * come before its first one.
 */
import type { CellEdit } from "../../workbook/host";
import { MAX_COL, MAX_ROW, colLetter, parseAddr } from "../../workbook/a1";
import { shiftFormula } from "./sheetXml";
import { toFileFormula } from "./formula";
import { XmlScanner, type XmlTag } from "./xml";

/** The patch writer cannot write this workbook exactly: the reason, in Thai and English. */
export class PatchRefusal extends Error {
  constructor(readonly reason: { th: string; en: string }) {
    super(reason.en);
    this.name = "PatchRefusal";
  }
}

interface Target {
  row: number;
  col: number;
  edit: CellEdit;
  done: boolean;
}


/** Text for element content and attribute values. */
function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;"));
}

/** Cell text as Excel stores it: characters XML cannot hold as _xHHHH_, an underscore that would read as one escaped. */
function excelText(s: string): string {
  return s
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, "_x005F_$1")
    // eslint-disable-next-line no-control-regex -- the control characters are what is escaped here
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

/** The new <c> element of an edit, with the cell's style index kept. `p` is the element prefix ("" or "x:"). */
export function cellXml(p: string, ref: string, style: string | undefined, e: CellEdit): string {
  const s = style !== undefined ? ` s="${escapeXml(style)}"` : "";
  if (e.formula !== undefined && e.formula !== "") {
    return `<${p}c r="${ref}"${s}><${p}f>${escapeXml(excelText(toFileFormula(e.formula)))}</${p}f></${p}c>`;
  }
  const v = e.value ?? null;
  if (v === null || v === "") return `<${p}c r="${ref}"${s}/>`;
  if (typeof v === "number") {
    if (!Number.isFinite(v)) throw new PatchRefusal({ th: `ค่าที่จะเขียนใน ${ref} ไม่ใช่ตัวเลขที่ใช้ได้`, en: `the value to write in ${ref} is not a usable number` });
    return `<${p}c r="${ref}"${s}><${p}v>${String(v)}</${p}v></${p}c>`;
  }
  if (typeof v === "boolean") return `<${p}c r="${ref}"${s} t="b"><${p}v>${v ? 1 : 0}</${p}v></${p}c>`;
  return `<${p}c r="${ref}"${s} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeXml(excelText(v))}</${p}t></${p}is></${p}c>`;
}

/** The prefix of a tag's element name, with its colon ("x:"), or "". */
export function prefixOf(buf: Buffer, tag: XmlTag): string {
  const from = tag.start + (tag.close ? 2 : 1);
  const end = tag.attrStart;
  const colon = buf.indexOf(0x3a, from);
  return colon >= 0 && colon < end ? buf.toString("latin1", from, colon + 1) : "";
}

function parseRef(ref: string): { row: number; col: number } | null {
  const p = parseAddr(ref);
  return p && p.row >= 1 && p.row <= MAX_ROW && p.col >= 1 && p.col <= MAX_COL && !ref.includes("$") ? p : null;
}

/** "A1:C3" contains (row, col)? */
function inRange(ref: string | undefined, row: number, col: number): boolean {
  if (!ref) return false;
  const [a, b] = ref.split(":");
  const p = parseAddr(a);
  const q = b ? parseAddr(b) : p;
  return !!p && !!q && row >= p.row && row <= q.row && col >= p.col && col <= q.col;
}

export interface SheetPatchOptions {
  /** Drop the cached result of every formula in the part. */
  dropCached: boolean;
  /** The sheet's name, for messages. */
  sheet: string;
}

/** What one pass over a sheet found and wrote. */
export interface SheetPatchResult {
  /** The new part, or undefined when nothing changed (the part is then kept as it was). */
  xml?: Buffer;
  /** Cached formula results dropped. */
  dropped: number;
}

/**
 * Apply `edits` (cells of this sheet) to the worksheet part `buf`. Throws PatchRefusal when the part
 * cannot be patched exactly.
 */
export function patchSheetXml(buf: Buffer, edits: CellEdit[], opts: SheetPatchOptions): SheetPatchResult {
  const refuse = (th: string, en: string): never => {
    throw new PatchRefusal({ th: `แผ่นงาน "${opts.sheet}": ${th}`, en: `sheet "${opts.sheet}": ${en}` });
  };
  // one target per cell (the last edit of a cell wins), in row and column order
  const byCell = new Map<string, Target>();
  for (const e of edits) {
    const at = parseRef(e.cell);
    if (!at) refuse(`ที่อยู่ช่อง ${e.cell} ไม่ถูกต้อง`, `bad cell address ${e.cell}`);
    byCell.set(`${at!.row},${at!.col}`, { row: at!.row, col: at!.col, edit: e, done: false });
  }
  const targets = [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  const sc = new XmlScanner(buf);
  const out: (Buffer | string)[] = [];
  let copied = 0; // bytes of buf before this offset are in `out`
  const replace = (from: number, to: number, text: string) => {
    out.push(buf.subarray(copied, from), text);
    copied = to;
  };
  let dropped = 0;
  let next = 0; // index of the first target not yet placed
  let inData = false;
  let dataPrefix = "";
  let row = 0;
  let rowWithoutR = false; // some row so far had no r=
  let inserted = false;
  let unordered = false;
  let lastRow = 0;
  // the row being read
  let rowTargets: Target[] = [];
  let col = 0;
  let lastCol = 0;
  const arrays: string[] = [];
  // shared formulas: the groups whose first cell an edit replaces (si → its text and place)
  const broken = new Map<string, { text: string; row: number; col: number }>();
  const childSeen = new Set<string>();

  const newRows = (upTo: number, prefix: string): string => {
    // the targets of rows before `upTo` that no row of the file holds, each as a new row
    let text = "";
    while (next < targets.length && targets[next].row < upTo) {
      const r = targets[next].row;
      const cells: string[] = [];
      while (next < targets.length && targets[next].row === r) {
        const t = targets[next++];
        if (t.done) continue;
        t.done = true;
        cells.push(cellXml(prefix, colLetter(t.col) + r, undefined, t.edit));
      }
      if (cells.length) {
        text += `<${prefix}row r="${r}">${cells.join("")}</${prefix}row>`;
        inserted = true;
      }
    }
    return text;
  };
  const cellsOf = (list: Target[], pred: (t: Target) => boolean, prefix: string): string => {
    let text = "";
    for (const t of list) {
      if (t.done || !pred(t)) continue;
      t.done = true;
      inserted = true;
      text += cellXml(prefix, colLetter(t.col) + t.row, undefined, t.edit);
    }
    return text;
  };

  for (let tag = sc.next(); tag; tag = sc.next()) {
    if (tag.name === "sheetData") {
      if (tag.close) {
        const rows = newRows(Infinity, dataPrefix);
        if (rows) replace(tag.start, tag.start, rows);
        inData = false;
        break;
      }
      dataPrefix = prefixOf(buf, tag);
      if (tag.selfClosing) {
        const rows = newRows(Infinity, dataPrefix);
        if (rows) replace(tag.start, tag.end, `<${dataPrefix}sheetData>${rows}</${dataPrefix}sheetData>`);
        break;
      }
      inData = true;
      continue;
    }
    if (!inData) continue;
    if (tag.name === "row") {
      if (tag.close) {
        // cells of the row after its last one
        const p = prefixOf(buf, tag);
        const cells = cellsOf(rowTargets, () => true, p);
        if (cells) replace(tag.start, tag.start, cells);
        rowTargets = [];
        continue;
      }
      const a = sc.attrs(tag);
      const r = Number(a.r);
      const hasR = a.r !== undefined && Number.isInteger(r) && r >= 1 && r <= MAX_ROW;
      row = hasR ? r : row + 1;
      if (!hasR) rowWithoutR = true;
      if (row <= lastRow) unordered = true;
      lastRow = row;
      const p = prefixOf(buf, tag);
      const before = newRows(row, p);
      if (before) replace(tag.start, tag.start, before);
      rowTargets = [];
      while (next < targets.length && targets[next].row === row) rowTargets.push(targets[next++]);
      col = 0;
      lastCol = 0;
      if (tag.selfClosing && rowTargets.length) {
        const cells = cellsOf(rowTargets, () => true, p);
        const open = buf.toString("utf8", tag.start, tag.attrEnd).replace(/\s+$/, "");
        replace(tag.start, tag.end, `${open}>${cells}</${p}row>`);
        rowTargets = [];
      }
      continue;
    }
    if (tag.name !== "c" || tag.close) continue;
    const a = sc.attrs(tag);
    const at = a.r !== undefined ? parseRef(a.r) : null;
    if (at) {
      // the reader places a cell by its own address: one in another row than its row element is not patched
      if (at.row !== row && targets.length) refuse(`ช่อง ${a.r} อยู่ในแถว ${row} ของไฟล์`, `cell ${a.r} is written inside row ${row}`);
      col = at.col;
    } else {
      if (a.r !== undefined) {
        // a reference outside the sheet: not a cell; kept as it is
        sc.skip(tag);
        continue;
      }
      col++;
    }
    if (col <= lastCol) unordered = true;
    lastCol = col;
    // cells of the row before this one
    if (rowTargets.some((t) => !t.done && t.col < col)) {
      // a cell without r= takes the column after the one before it: nothing may be put before it
      if (!at) refuse("เพิ่มช่องก่อนช่องที่ไม่มีที่อยู่ (r=) ไม่ได้", "cannot insert a cell before a cell without an address (r=)");
      replace(tag.start, tag.start, cellsOf(rowTargets, (t) => t.col < col, prefixOf(buf, tag)));
    }
    const target = rowTargets.find((t) => t.col === col);
    // what the cell holds: its formula element and cached value
    let f: { attrs: Record<string, string>; text: string } | undefined;
    let v: { start: number; end: number } | undefined;
    let end = tag.end;
    if (!tag.selfClosing) {
      for (let t = sc.next(); t; t = sc.next()) {
        if (t.close && t.name === "c") {
          end = t.end;
          break;
        }
        if (t.close) continue;
        if (t.name === "f") {
          const attrs = sc.attrs(t);
          const text = sc.textUntilClose(t);
          f = { attrs, text };
        } else if (t.name === "v") {
          sc.skip(t);
          v = { start: t.start, end: t.selfClosing ? t.end : sc.position };
        } else sc.skip(t);
      }
    }
    const ref = colLetter(col) + row;
    if (f && (f.attrs.t === "array" || f.attrs.t === "dataTable") && f.attrs.ref) arrays.push(f.attrs.ref);
    if (target) {
      target.done = true;
      if (f && (f.attrs.t === "array" || f.attrs.t === "dataTable")) refuse(`ช่อง ${ref} เป็นส่วนหนึ่งของสูตรอาร์เรย์หรือตารางข้อมูล แก้ทีละช่องไม่ได้`, `cell ${ref} is part of an array formula or data table and cannot be changed alone`);
      if (arrays.some((r) => inRange(r, row, col))) refuse(`ช่อง ${ref} อยู่ในช่วงของสูตรอาร์เรย์ แก้ทีละช่องไม่ได้`, `cell ${ref} lies in an array formula's range and cannot be changed alone`);
      if (f && f.attrs.t === "shared" && f.attrs.si !== undefined && f.attrs.ref) {
        // the first cell of a shared formula: the others get their own formula from its text
        if (childSeen.has(f.attrs.si)) refuse(`สูตรที่ใช้ร่วมกันของช่อง ${ref} มีช่องอื่นอยู่ก่อนช่องแรก`, `the shared formula of cell ${ref} has cells before its first one`);
        broken.set(f.attrs.si, { text: f.text.trim(), row, col });
      }
      replace(tag.start, end, cellXml(prefixOf(buf, tag), ref, a.s, target.edit));
      continue;
    }
    if (!f) continue;
    if (f.attrs.t === "shared" && f.attrs.si !== undefined && !f.attrs.ref) {
      childSeen.add(f.attrs.si);
      const master = broken.get(f.attrs.si);
      if (master) {
        // a cell of a group whose first cell was replaced: its formula written out
        const p = prefixOf(buf, tag);
        const text = shiftFormula(master.text, row - master.row, col - master.col);
        const keep = opts.dropCached || !v ? "" : buf.toString("utf8", v.start, v.end);
        if (opts.dropCached && v) dropped++;
        replace(tag.start, end, `${cellOpen(buf, tag, opts.dropCached && !!v)}<${p}f>${escapeXml(text)}</${p}f>${keep}</${p}c>`);
        continue;
      }
    }
    if (opts.dropCached && v) {
      // the formula kept as written; its cached result (and the type of that result) dropped
      dropped++;
      out.push(buf.subarray(copied, tag.start), cellOpen(buf, tag, true));
      out.push(buf.subarray(tag.end, v.start));
      copied = v.end;
    }
  }
  if (targets.some((t) => !t.done)) refuse("ไม่พบตารางข้อมูลของแผ่นงาน (sheetData)", "the sheet's data (sheetData) was not found");
  if (inserted && (unordered || rowWithoutR)) {
    refuse("แถวหรือช่องในไฟล์ไม่เรียงลำดับ หรือไม่มีที่อยู่ (r=) จึงเพิ่มช่องใหม่ไม่ได้", "rows or cells in the file are out of order or have no address (r=), so a new cell cannot be added");
  }
  if (!out.length) return { dropped };
  out.push(buf.subarray(copied));
  return { xml: Buffer.concat(out.map((x) => (typeof x === "string" ? Buffer.from(x, "utf8") : x))), dropped };
}

/** The start tag of a cell, without its type attribute when its cached result is dropped. */
function cellOpen(buf: Buffer, tag: XmlTag, dropType: boolean): string {
  const text = buf.toString("utf8", tag.start, tag.end);
  if (!dropType) return tag.selfClosing ? text.replace(/\s*\/>$/, ">") : text;
  const open = text.replace(/\s(?:[A-Za-z_][\w.-]*:)?t\s*=\s*("[^"]*"|'[^']*')/, "");
  return tag.selfClosing ? open.replace(/\s*\/>$/, ">") : open;
}

/** What may follow `<c r="A1"`: white space, the next attribute, or the end of the tag. */
const isCellRefEnd = (b: number) => b === 0x20 || b === 0x3e || b === 0x2f || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * Whether some formula of the part may carry a cached result (a <v> after an <f> in the same cell). Looked for
 * with byte searches only; true whenever it cannot tell (prefixed names), so that the full pass decides.
 */
export function mayHaveCachedFormulas(buf: Buffer): boolean {
  if (buf.indexOf(":f") >= 0 || buf.indexOf(":v") >= 0) return true;
  for (let at = buf.indexOf("<f"); at >= 0; at = buf.indexOf("<f", at + 2)) {
    const b = buf[at + 2];
    if (b !== 0x3e && b !== 0x20 && b !== 0x2f) continue; // <filterColumn>, <formula> …
    const end = buf.indexOf("</c>", at);
    if (end < 0) return true;
    // searched within the cell only (a search to the next <v> anywhere would cross the whole part each time)
    if (buf.subarray(at, end).indexOf("<v") >= 0) return true;
    at = end;
  }
  return false;
}

/**
 * The edits of a part whose formulas carry no cached result, placed by byte search: each edited cell found
 * as `<c r="REF"` after the one before (the part in row and column order) and replaced. Undefined whenever
 * that is not certain to be exact (prefixed names, comments or CDATA, array formulas or data tables, a cell
 * absent or out of order, the first cell of a shared formula): the full pass then does the work.
 */
export function patchSheetFast(buf: Buffer, edits: CellEdit[]): SheetPatchResult | undefined {
  if (buf.indexOf("<worksheet") < 0 || buf.indexOf("<!--") >= 0 || buf.indexOf("<![CDATA[") >= 0 || buf.indexOf("array") >= 0 || buf.indexOf("dataTable") >= 0) return undefined;
  const byCell = new Map<string, { row: number; col: number; edit: CellEdit }>();
  for (const e of edits) {
    const at = parseRef(e.cell);
    if (!at) return undefined;
    byCell.set(`${at.row},${at.col}`, { ...at, edit: e });
  }
  const targets = [...byCell.values()].sort((a, b) => a.row - b.row || a.col - b.col);
  const out: (Buffer | string)[] = [];
  let copied = 0;
  for (const t of targets) {
    const ref = colLetter(t.col) + t.row;
    const needle = `<c r="${ref}"`;
    const start = buf.indexOf(needle, copied);
    if (start < 0 || !isCellRefEnd(buf[start + needle.length])) return undefined;
    // its row element must be the row it names (the full pass refuses a cell written inside another row)
    const rowAt = buf.lastIndexOf("<row", start);
    const sc = new XmlScanner(buf);
    if (rowAt < 0) return undefined;
    sc.position = rowAt;
    const rowTag = sc.next()!;
    if (rowTag.name !== "row" || sc.attrs(rowTag).r !== String(t.row)) return undefined;
    sc.position = start;
    const tag = sc.next()!;
    const style = sc.attrs(tag).s;
    let end = tag.end;
    if (!tag.selfClosing) {
      for (let x = sc.next(); x; x = sc.next()) {
        if (x.close && x.name === "c") {
          end = x.end;
          break;
        }
        if (x.close) continue;
        if (x.name === "f" && sc.attrs(x).ref !== undefined) return undefined;
        sc.skip(x);
      }
    }
    out.push(buf.subarray(copied, start), cellXml("", ref, style, t.edit));
    copied = end;
  }
  if (!out.length) return { dropped: 0 };
  out.push(buf.subarray(copied));
  return { xml: Buffer.concat(out.map((x) => (typeof x === "string" ? Buffer.from(x, "utf8") : x))), dropped: 0 };
}
