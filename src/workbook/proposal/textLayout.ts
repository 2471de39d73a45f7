/**
 * Laying long Thai text out on the printed proposal: how many lines a text takes in a column of a given
 * width at 16 pt, and where to cut a field into rows so that no row passes Excel's 409 pt cap (and page
 * breaks fall between rows rather than leave half-empty pages). Each row then shows its piece of the
 * field by formula (MID(field, start, length)), so the data sheet stays the only copy of the text.
 *
 * The widths are estimates made for TH SarabunPSK and the wider Thai fonts that stand in for it where it
 * is missing (LibreOffice's Garuda/Loma): they err on the side of taller rows. Pure.
 */

/** Thai vowel and tone marks written above or below a letter take no width of their own. */
const COMBINING = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g;
const MARK = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

/** Characters that take width on the line. */
export function visualLength(s: string): number {
  return s.replace(COMBINING, "").length;
}

/** Pixels per Excel column-width unit, and per character of 16 pt Thai text (a generous average). */
const PX_PER_UNIT = 7;
const PX_PER_CHAR_16PT = 10.5;
/** Wrapping breaks at spaces, so a line holds less than its full width: room left for that. */
const WRAP_SLACK = 1.2;
/** Points per printed line of 16 pt Thai text, and the row's padding. */
export const LINE_PT = 22;
const PAD_PT = 4;
/** Excel's highest row. */
export const MAX_ROW_PT = 409;
/** Lines per row of a long paragraph: short enough that a page break wastes little. */
export const LINES_PER_CHUNK = 6;

/** Characters of 16 pt text that fit on one line of a column (or merged columns) this wide. */
export function charsPerLine(widthUnits: number): number {
  return Math.max(8, Math.floor((widthUnits * PX_PER_UNIT) / PX_PER_CHAR_16PT));
}

/** Printed lines of a text in that width (each line break starts a line). */
export function linesOf(text: string, widthUnits: number): number {
  const per = charsPerLine(widthUnits);
  let n = 0;
  for (const part of String(text).split("\n")) n += Math.max(1, Math.ceil((visualLength(part) * WRAP_SLACK) / per));
  return n;
}

/** A row height (points) for that many lines, within Excel's cap. */
export function heightFor(lines: number): number {
  return Math.min(MAX_ROW_PT, Math.max(1, lines) * LINE_PT + PAD_PT);
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
 * The pieces of a field laid out in a column `widthUnits` wide: every non-empty line of the field (a
 * paragraph, or an item of a list) starts a piece; a paragraph longer than LINES_PER_CHUNK lines is cut
 * at spaces (Thai writes a space between phrases), or anywhere when a run has no space.
 * `indent`: characters a paragraph's first row adds in front (numbering, an indent).
 */
export function pieces(text: string, widthUnits: number, indent = 0): Piece[] {
  const per = charsPerLine(widthUnits);
  const maxChars = Math.floor((per * LINES_PER_CHUNK) / WRAP_SLACK);
  const out: Piece[] = [];
  let offset = 0;
  String(text)
    .split("\n")
    .forEach((para, paragraph) => {
      const base = offset;
      offset += para.length + 1;
      if (!para.trim()) return;
      let from = 0;
      let first = true;
      while (from < para.length) {
        while (from < para.length && para[from] === " ") from++;
        if (from >= para.length) break;
        let end = para.length;
        const budget = maxChars - (first ? indent : 0);
        if (visualLength(para.slice(from)) > budget) {
          // the longest run within the budget, ending at a space when there is one
          let k = from;
          let width = 0;
          while (k < para.length) {
            const w = MARK.test(para[k]) ? 0 : 1;
            if (width + w > budget) break;
            width += w;
            k++;
          }
          const space = para.lastIndexOf(" ", k);
          end = space > from + budget / 2 ? space : k;
          // never cut between a letter and the marks written on it
          while (end < para.length && MARK.test(para[end])) end++;
        }
        const piece = para.slice(from, end);
        out.push({
          paragraph,
          first,
          start: base + from + 1,
          length: end - from,
          lines: Math.max(1, Math.ceil(((visualLength(piece) + (first ? indent : 0)) * WRAP_SLACK) / per)),
        });
        first = false;
        from = end;
      }
    });
  return out;
}
