/**
 * The pieces the printable proposal (แบบเสนอโครงการ) is written with: its column grid (A4 portrait, 16 pt),
 * a row cursor that sets merges and row heights, text rows, section headings and the "laid out for" flags
 * that tell when a field's text changed after the layout (column Q, outside the print area).
 */
import { absCell, addr, colLetter } from "../a1";
import type { Lang, Text } from "../i18n";
import type { CellSpec, StyleName } from "../types";
import type { Layout, SheetBuilder } from "../templateParts";

/** The places the proposal's formulas point at: the template's (writing), or those found in a workbook (laying out again). */
export type ProposalPlaces = Pick<Layout, "lang" | "pos" | "activities" | "budget" | "indicators" | "targets">;
import { STYLES } from "../layoutStyles";
import { TEXT_PT, columnPx, heightFor, linesOf, pieces } from "./textLayout";

/** Lines a text takes in the columns from..to (merged) in that style (one, in a style that does not wrap). */
export const linesIn = (text: string, from: number, to: number, style: StyleName): number =>
  STYLES[style].wrap ? linesOf(text, widthOf(from, to), { size: STYLES[style].size, bold: STYLES[style].bold }, to - from + 1) : 1;

/**
 * Column widths (Excel units): A ที่, B text, C–N twelve month columns (ต.ค.–ก.ย.), O amounts; Q the layout flags.
 * A to O are 644 px in Excel (7 px a unit with Calibri 11), which the A4 page between the margins prints at 99%.
 */
export const PROPOSAL_WIDTHS: Record<string, number> = { A: 5, B: 24, ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [colLetter(3 + i), 4])), O: 15, P: 2, Q: 40 };
export const LAST_PRINT_COL = 15;
/** Column of the flags saying a field changed since the layout (not printed). */
export const FLAG_COL = 17;

export const widthOf = (from: number, to: number): number => {
  let w = 0;
  for (let c = from; c <= to; c++) w += PROPOSAL_WIDTHS[colLetter(c)] ?? 8.43;
  return w;
};

/** Sheet text names only what is in Excel: the add-in's pane and its button (strings "proposal.relayout"). */
export const FLAG_TEXT: Text = {
  th: "ข้อมูลเปลี่ยนหลังจัดหน้า: กด จัดหน้าแบบเสนอโครงการใหม่ ในบานหน้าต่างของส่วนเสริม",
  en: "Data changed since the layout: choose Lay the proposal out again in the add-in's pane",
};

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** The proposal's page: A4 portrait with these margins (inches), one page wide. */
export const PROPOSAL_MARGINS = { left: 0.98, right: 0.59, top: 0.79, bottom: 0.79 };
const A4_IN = { width: 8.27, height: 11.69 };

/**
 * Points of rows that fill one printed page: the page's printable height over the scale that fitting the
 * columns to the page's width prints at (columnPx, 96 px per inch; a whole percentage), less a little for
 * rounding row heights to pixels.
 */
export function pageCapacityPt(): number {
  let px = 0;
  for (let c = 1; c <= LAST_PRINT_COL; c++) px += columnPx(PROPOSAL_WIDTHS[colLetter(c)] ?? 8.43);
  const printable = (A4_IN.width - PROPOSAL_MARGINS.left - PROPOSAL_MARGINS.right) * 72;
  const scale = Math.min(100, Math.floor((printable / (px * 0.75)) * 100)) / 100;
  return (((A4_IN.height - PROPOSAL_MARGINS.top - PROPOSAL_MARGINS.bottom) * 72) / scale) * 0.97;
}

interface PendingRow {
  cells: { from: number; to: number; c: Omit<CellSpec, "address"> }[];
  height: number;
  keepWithNext: boolean;
}

/** What the printed page holds at its top, for the tests: a heading, a table's header, text, or the signatures. */
export type PageTop = "heading" | "tableHeader" | "text" | "signature";

/**
 * Writes the proposal row by row, and lays its pages out as it goes: a row that does not fit on the page
 * starts the next one (a manual page break before it); a heading or a table's header row is kept with the
 * row after it; inside a table, a new page starts with the table's header again (a copy of its header rows,
 * as a form repeats them). The rows are written when placed, so nothing else refers to their numbers.
 */
export class ProposalCursor {
  /** The next row written. */
  row = 1;
  readonly heights: Record<number, number> = {};
  readonly merges: string[] = [];
  /** Rows after which a page breaks. */
  readonly breaks: number[] = [];
  /** What each page starts with (page 1: the title). */
  readonly pageTops: PageTop[] = ["heading"];
  private used = 0;
  private readonly capacity = pageCapacityPt();
  private cur: PendingRow = { cells: [], height: 0, keepWithNext: false };
  private group: PendingRow[] = [];
  private groupTop: PageTop = "text";
  /** The running table's header rows, repeated at the top of a page the table continues on. */
  private header: PendingRow[] | undefined;
  /** The header of the table the waiting rows belong to. */
  private groupHeader: PendingRow[] | undefined;
  private capturing: PendingRow[] | undefined;
  constructor(
    readonly b: SheetBuilder,
    readonly lang: Lang,
  ) {}

  T(t: Text): string {
    return t[this.lang];
  }

  /** A cell (merged from..to when to > from) in the row being made. */
  cell(from: number, to: number, c: Omit<CellSpec, "address">): void {
    this.cur.cells.push({ from, to, c });
  }

  /** The row after this one stays on its page (a heading, a table's header). */
  keepWithNext(top: PageTop = "heading"): void {
    this.cur.keepWithNext = true;
    if (!this.group.length) this.groupTop = top;
  }

  /** Ends the row with a height for that many lines of text this size (the tallest cell's). */
  next(lines = 1, size = TEXT_PT): void {
    this.cur.height = Math.max(this.cur.height, heightFor(lines, size));
    this.end();
  }

  private end(): void {
    const row = this.cur;
    this.cur = { cells: [], height: 0, keepWithNext: false };
    if (this.capturing) {
      this.capturing.push(row);
      row.keepWithNext = true;
    }
    if (!this.group.length) this.groupHeader = this.header;
    this.group.push(row);
    if (!row.keepWithNext) this.place();
  }

  /** Header rows made between startHeader() and startTable() repeat on each page the table continues on. */
  startHeader(): void {
    this.capturing = [];
    this.keepWithNext("tableHeader");
  }
  startTable(): void {
    this.header = this.capturing;
    this.capturing = undefined;
  }
  endTable(): void {
    this.header = undefined;
  }

  /** The rows waiting to be placed, placed: on this page when they fit, else on the next one. */
  place(top: PageTop = this.groupTop): void {
    const rows = this.group;
    this.group = [];
    this.groupTop = "text";
    if (!rows.length) return;
    const h = rows.reduce((n, r) => n + r.height, 0);
    if (this.used > 0 && this.used + h > this.capacity) {
      this.breaks.push(this.row - 1);
      this.used = 0;
      const header = this.groupHeader;
      const repeat = header && !rows.some((r) => header.includes(r)) ? header : undefined;
      this.pageTops.push(repeat ? "tableHeader" : top);
      for (const r of repeat ?? []) this.write(r, true);
    }
    for (const r of rows) this.write(r);
  }

  private write(r: PendingRow, copy = false): void {
    for (const { from, to, c } of r.cells) {
      if (copy && from === FLAG_COL) continue;
      this.b.set(this.row, from, c);
      if (to > from) {
        for (let k = from + 1; k <= to; k++) this.b.set(this.row, k, { style: c.style });
        this.merges.push(`${addr(this.row, from)}:${addr(this.row, to)}`);
      }
    }
    this.heights[this.row] = r.height;
    this.used += r.height;
    this.row++;
  }

  /** A full-width line: a value or a formula, and the text it shows now (for its height). */
  line(c: { value?: string; formula?: string }, style: StyleName, shown = c.value ?? ""): void {
    this.cell(1, LAST_PRINT_COL, { ...c, style });
    this.next(linesIn(shown, 1, LAST_PRINT_COL, style), STYLES[style].size);
  }

  heading(n: string, title: Text): void {
    this.keepWithNext("heading");
    this.line({ value: `${n}. ${title[this.lang]}` }, "pBold");
  }

  sub(title: string): void {
    this.keepWithNext("heading");
    this.line({ value: `    ${title}` }, "pBold");
  }

  blank(): void {
    this.cur.height = 10;
    this.end();
  }

  /** The flag in column Q: blank while `laidOutFor` holds, the message when the data changed since. */
  flag(condition: string, what: Text): void {
    this.cell(FLAG_COL, FLAG_COL, { formula: `=IF(${condition},"",${q(`${what[this.lang]}: ${FLAG_TEXT[this.lang]}`)})`, style: "note" });
  }

  /**
   * A long field as rows of wrapped text, each showing its piece by MID, so the field on the data sheet
   * stays the only copy. `prefix(i)`: what a paragraph's (item's) first row starts with ("2.1 ", an indent).
   * The last row shows the rest of the field, so text added later still prints (the flag asks for a new layout).
   */
  field(src: string, text: string, what: Text, prefix: (i: number) => string, emptyRows = 1): void {
    this.flag(`LEN(${src})=${text.length}`, what);
    const width = widthOf(1, LAST_PRINT_COL);
    const ps = pieces(text, width, prefix(0), LAST_PRINT_COL);
    if (!ps.length) {
      for (let i = 0; i < emptyRows; i++) this.line({ formula: `=${q(prefix(i))}&${src}` }, "pText");
      return;
    }
    let item = -1;
    let lastPara = -1;
    ps.forEach((p, k) => {
      if (p.paragraph !== lastPara) {
        item++;
        lastPara = p.paragraph;
      }
      const len = k === ps.length - 1 ? 32767 : p.length;
      const head = p.first ? prefix(item) : "";
      this.cell(1, LAST_PRINT_COL, { formula: `=${head ? `${q(head)}&` : ""}TRIM(MID(${src},${p.start},${len}))`, style: "pText" });
      this.next(p.lines);
    });
  }
}

/**
 * Absolute reference to another sheet's cell. Throws on a row or column that is not a number from 1 (a column
 * the reader did not find): a formula such as 'กิจกรรม'!$$5 is never written.
 */
export function ref(sheet: string, row: number, col: number): string {
  if (!Number.isInteger(row) || row < 1 || !Number.isInteger(col) || col < 1) throw new Error(`No cell to refer to on ${sheet}: row ${row}, column ${col}`);
  return absCell(sheet, row, col);
}

/** The row a value was read from (its cell), or the template's row when the plan was not read from a sheet. */
export function rowOf(cell: { cell: string } | undefined, fallback: number): number {
  const m = cell ? /(\d+)$/.exec(cell.cell) : null;
  return m ? Number(m[1]) : fallback;
}

/** Thai month names for formulas (CHOOSE(MONTH(x), …)). */
const MONTHS: Record<Lang, { long: string[]; short: string[] }> = {
  th: {
    long: ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
    short: ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
  },
  en: {
    long: ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    short: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
  },
};

export const monthNames = (lang: Lang) => MONTHS[lang];

/** "1 ตุลาคม 2559" of a date serial (the Buddhist-era year), without TEXT's locale codes (LibreOffice reads them differently). */
export function thaiDateFormula(x: string, lang: Lang): string {
  return `DAY(${x})&" "&CHOOSE(MONTH(${x}),${MONTHS[lang].long.map(q).join(",")})&" "&(YEAR(${x})+543)`;
}

/** "พ.ย. 2559" of a date serial. */
export function shortMonthFormula(x: string, lang: Lang): string {
  return `CHOOSE(MONTH(${x}),${MONTHS[lang].short.map(q).join(",")})&" "&(YEAR(${x})+543)`;
}

export const quote = q;
