/**
 * Row heights of the preview grid, as Excel sizes rows: a row holding a wrap-text cell whose text does not fit
 * its column on one line grows to show every line (Excel's Range.WrapText: "Microsoft Excel will change the row
 * height of the range, if necessary, to accommodate the text"); other rows keep the grid's row height. Also
 * where each row starts, and which row is at a height (for drawing only the rows in view). No DOM: the text's
 * width comes from `measure`.
 */

/** Pixels of one wrapped line in the grid, and the cell's padding above and below. */
export const WRAP_LINE_PX = 21;
const WRAP_PAD_PX = 6;
/** Excel's highest row (409 pt) in CSS pixels. */
export const MAX_ROW_PX = Math.round((409 * 4) / 3);
/** Share of a line wrapped text fills on average (lines break between words, leaving room at their ends). */
const FILL = 0.85;

export interface WrappedCell {
  row: number;
  /** The text as shown. */
  text: string;
  /** Width (px) the text has inside the cell: the column (or merged columns) less the padding. */
  room: number;
  bold?: boolean;
  /** Font size relative to the grid's (1 = the grid's). */
  scale?: number;
}

/** Lines a text takes wrapped in `room` px: each line break starts a line, long paragraphs wrap. */
export function wrappedLines(text: string, room: number, measure: (s: string) => number): number {
  let lines = 0;
  for (const para of text.split(/\r?\n/)) {
    const w = measure(para);
    lines += w <= room ? 1 : Math.ceil(w / Math.max(1, room * FILL));
  }
  return Math.max(1, lines);
}

/** Height of each row (px): `base`, or what its wrapped cells need (up to Excel's highest row). */
export function rowHeights(rowCount: number, base: number, cells: Iterable<WrappedCell>, measure: (s: string, bold: boolean) => number): number[] {
  const h = new Array<number>(rowCount).fill(base);
  for (const c of cells) {
    if (c.row < 0 || c.row >= rowCount || !c.text) continue;
    const scale = c.scale ?? 1;
    const lines = wrappedLines(c.text, c.room, (s) => measure(s, !!c.bold) * scale);
    if (lines <= 1) continue;
    h[c.row] = Math.min(MAX_ROW_PX, Math.max(h[c.row], Math.ceil(lines * WRAP_LINE_PX * scale + WRAP_PAD_PX)));
  }
  return h;
}

/** Where each row starts (px from the first row's top); one more entry: the bottom of the last row. */
export function rowTops(heights: readonly number[]): number[] {
  const tops = [0];
  for (const h of heights) tops.push(tops[tops.length - 1] + h);
  return tops;
}

/** The row at `y` px from the first row's top (the last row below the end). */
export function rowAt(tops: readonly number[], y: number): number {
  let lo = 0;
  let hi = tops.length - 2;
  if (hi < 0) return 0;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (tops[mid] <= y) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
