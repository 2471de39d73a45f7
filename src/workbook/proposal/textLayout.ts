/**
 * Laying long Thai text out on the printed proposal: how many lines a text takes in a column of a given
 * width, and where to cut a field into rows so that no row passes Excel's 409 pt cap (and page breaks fall
 * between rows rather than leave half-empty pages). Each row then shows its piece of the field by formula
 * (MID(field, start, length)), so the data sheet stays the only copy of the text.
 *
 * Lines are found by wrapping the text with TH Sarabun's own advance widths (./sarabunWidths.ts) in the
 * column's width as Excel draws it (Calibri 11, the workbook's normal font: 7 px per width unit, at 96 px per
 * inch; LibreOffice draws the columns a little wider), breaking at spaces and, in Thai, between syllables. Excel and LibreOffice
 * break Thai between words (by dictionary), which leaves more room at a line's end: the wrap uses 90% of
 * the width for that. Checked against LibreOffice's PDF of short, seed and long plans
 * (test/cli/pdfPages.test.ts). Pure.
 */
import { sarabunAdvance } from "./sarabunWidths";

/** Thai vowel and tone marks written above or below a letter take no width of their own. */
const COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;
const MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;
/** Vowels written before their consonant (a line never breaks after one), and those after (never before one). */
const LEADING = /[\u0E40-\u0E44]/;
const FOLLOWING = /[\u0E30\u0E32\u0E33\u0E45\u0E46\u0E2F]/;

/** Characters that take width on the line. */
export function visualLength(s: string): number {
  return s.replace(COMBINING, "").length;
}

/** Points per printed line of 16 pt TH Sarabun (its line is 1.3 em: 20.9 pt), and the row's padding. */
export const LINE_PT = 22;
const PAD_PT = 4;
/** Excel's highest row. */
export const MAX_ROW_PT = 409;
/** Lines per row of a long paragraph: short enough that a page break wastes little. */
export const LINES_PER_CHUNK = 6;
/** Share of the width the wrap fills (dictionary breaks in Thai leave the rest of a line empty). */
const FILL = 0.9;
/** The text's size on the proposal. */
export const TEXT_PT = 16;

export interface TextStyle {
  /** Font size in points (default 16). */
  size?: number;
  bold?: boolean;
}

/**
 * Pixels of a column this many Excel width units wide, as Excel draws it: the width in the file is in
 * characters of the normal font's widest digit (Calibri 11: 7 px), rounded down to a pixel.
 */
export function columnPx(widthUnits: number): number {
  return Math.floor(((256 * widthUnits + Math.floor(128 / 7)) / 256) * 7);
}

/** The width (points) text has in a column (or merged columns) this many Excel width units wide in all. */
export function textWidthPt(widthUnits: number, columns = 1): number {
  // each column rounds down on its own (half a pixel each, on average); 6 px of the cell's margins
  const px = Math.floor(widthUnits * 7 + (128 / 7 / 256) * 7 * columns - 0.5 * columns);
  return (px - 6) * 0.75;
}

/** Width of a string (points) at that size. */
export function textPt(s: string, style: TextStyle = {}): number {
  let w = 0;
  for (const ch of s) w += sarabunAdvance(ch.codePointAt(0)!, style.bold);
  return (w / 1000) * (style.size ?? TEXT_PT);
}

/** May a line break before position i of s (after a space; in Thai, before a consonant that starts a syllable)? */
function breakBefore(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return false;
  const prev = s[i - 1];
  const ch = s[i];
  if (prev === " ") return true;
  if (ch === " " || MARK.test(ch) || FOLLOWING.test(ch) || LEADING.test(prev)) return false;
  const thai = (c: string) => c >= "\u0E01" && c <= "\u0E5B";
  return thai(ch) && thai(prev);
}

/**
 * Where the lines of one paragraph start (indices into it), wrapped in `widthPt`; `firstIndentPt`: room the
 * first line gives to numbering in front of it.
 */
function lineStarts(para: string, widthPt: number, style: TextStyle, firstIndentPt = 0, maxLines = Infinity, from = 0): number[] {
  const room = Math.max(10, widthPt * FILL);
  const size = style.size ?? TEXT_PT;
  const starts = [from];
  let used = firstIndentPt;
  let lastBreak = -1;
  let widthAtBreak = 0;
  for (let i = from; i < para.length; i++) {
    if (breakBefore(para, i)) {
      lastBreak = i;
      widthAtBreak = used;
    }
    const w = (sarabunAdvance(para.charCodeAt(i), style.bold) / 1000) * size;
    if (used + w > room && para[i] !== " " && !MARK.test(para[i]) && i > starts[starts.length - 1]) {
      // back to the last break on this line, or cut here when the line has none
      if (lastBreak > starts[starts.length - 1]) {
        starts.push(lastBreak);
        used -= widthAtBreak;
      } else {
        starts.push(i);
        used = 0;
      }
      lastBreak = -1;
      // enough lines found (a long paragraph is cut into rows: the rest is wrapped for the next row)
      if (starts.length > maxLines) break;
    }
    used += w;
  }
  return starts;
}

/** Printed lines of a text in that width (each line break starts a line). */
export function linesOf(text: string, widthUnits: number, style: TextStyle = {}, columns = 1): number {
  const width = textWidthPt(widthUnits, columns);
  let n = 0;
  for (const part of String(text).split("\n")) n += lineStarts(part, width, style).length;
  return Math.max(1, n);
}

/** A row height (points) for that many lines, within Excel's cap. */
export function heightFor(lines: number, size = TEXT_PT): number {
  return Math.min(MAX_ROW_PT, Math.max(1, lines) * Math.ceil((LINE_PT * size) / TEXT_PT) + PAD_PT);
}

/** One row's piece of a field: 1-based start and length in the field's text (as MID takes them). */
export interface Piece {
  /** Index of the paragraph (line of the field) the piece belongs to. */
  paragraph: number;
  /** The piece starts its paragraph. */
  first: boolean;
  start: number;
  length: number;
  lines: number;
}

/**
 * The pieces of a field laid out in a column `widthUnits` wide (`columns` merged): every non-empty line of
 * the field (a paragraph, or an item of a list) starts a piece; a paragraph longer than LINES_PER_CHUNK
 * lines is cut on its last line: at a space when that line has one, else where the next line starts
 * (between Thai syllables, never before a mark).
 * `indent`: the text a paragraph's first row puts in front (numbering, an indent).
 */
export function pieces(text: string, widthUnits: number, indent = "", columns = 1): Piece[] {
  const width = textWidthPt(widthUnits, columns);
  const out: Piece[] = [];
  let offset = 0;
  String(text)
    .split("\n")
    .forEach((para, paragraph) => {
      const base = offset;
      offset += para.length + 1;
      if (!para.trim()) return;
      let from = 0;
      while (from < para.length && para[from] === " ") from++;
      let first = true;
      while (from < para.length) {
        const starts = lineStarts(para, width, {}, first ? textPt(indent) : 0, LINES_PER_CHUNK, from);
        let end = para.length;
        if (starts.length > LINES_PER_CHUNK) {
          // the row ends where its last line does, or earlier on that line at a space: a word is not cut
          const cut = starts[LINES_PER_CHUNK];
          const space = para.lastIndexOf(" ", cut - 1);
          end = space > starts[LINES_PER_CHUNK - 1] ? space + 1 : cut;
        }
        // never cut between a letter and the marks written on it
        while (end < para.length && MARK.test(para[end])) end++;
        const lines = Math.min(LINES_PER_CHUNK, starts.length);
        out.push({ paragraph, first, start: base + from + 1, length: end - from, lines });
        first = false;
        from = end;
        while (from < para.length && para[from] === " ") from++;
      }
    });
  return out;
}
