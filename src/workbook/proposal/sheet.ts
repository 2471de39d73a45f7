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
import { heightFor, linesOf, pieces } from "./textLayout";

/** Column widths (Excel units): A ที่, B text, C–N twelve month columns (ต.ค.–ก.ย.), O amounts; Q the layout flags. */
export const PROPOSAL_WIDTHS: Record<string, number> = { A: 5, B: 24, ...Object.fromEntries(Array.from({ length: 12 }, (_, i) => [colLetter(3 + i), 4])), O: 15, P: 2, Q: 40 };
export const LAST_PRINT_COL = 15;
/** Column of the flags saying a field changed since the layout (not printed). */
export const FLAG_COL = 17;

export const widthOf = (from: number, to: number): number => {
  let w = 0;
  for (let c = from; c <= to; c++) w += PROPOSAL_WIDTHS[colLetter(c)] ?? 8.43;
  return w;
};

export const FLAG_TEXT: Text = {
  th: "ข้อมูลเปลี่ยนหลังจัดหน้า: จัดหน้าแบบเสนอใหม่ (ปุ่มในบานหน้าต่าง หรือ budget-plan fix)",
  en: "Data changed since the layout: lay the proposal out again (task pane, or budget-plan fix)",
};

const q = (s: string) => `"${s.replace(/"/g, '""')}"`;

export class ProposalCursor {
  row = 1;
  readonly heights: Record<number, number> = {};
  readonly merges: string[] = [];
  constructor(
    readonly b: SheetBuilder,
    readonly lang: Lang,
  ) {}

  T(t: Text): string {
    return t[this.lang];
  }

  /** A cell (merged from..to when to > from) at the current row. */
  cell(from: number, to: number, c: Omit<CellSpec, "address">): void {
    this.b.set(this.row, from, c);
    if (to > from) {
      for (let k = from + 1; k <= to; k++) this.b.set(this.row, k, { style: c.style });
      this.merges.push(`${addr(this.row, from)}:${addr(this.row, to)}`);
    }
  }

  /** Ends the row with a height for that many lines (the tallest cell's). */
  next(lines = 1): void {
    this.heights[this.row] = Math.max(this.heights[this.row] ?? 0, heightFor(lines));
    this.row++;
  }

  /** A full-width line: a value or a formula, and the text it shows now (for its height). */
  line(c: { value?: string; formula?: string }, style: StyleName, shown = c.value ?? ""): void {
    this.cell(1, LAST_PRINT_COL, { ...c, style });
    this.next(linesOf(shown, widthOf(1, LAST_PRINT_COL)));
  }

  heading(n: string, title: Text): void {
    this.line({ value: `${n}. ${title[this.lang]}` }, "pBold");
  }

  sub(title: string): void {
    this.line({ value: `    ${title}` }, "pBold");
  }

  blank(): void {
    this.next(1);
    this.heights[this.row - 1] = 10;
  }

  /** The flag in column Q: blank while `laidOutFor` holds, the message when the data changed since. */
  flag(condition: string, what: Text): void {
    this.b.set(this.row, FLAG_COL, { formula: `=IF(${condition},"",${q(`${what[this.lang]}: ${FLAG_TEXT[this.lang]}`)})`, style: "note" });
  }

  /**
   * A long field as rows of wrapped text, each showing its piece by MID, so the field on the data sheet
   * stays the only copy. `prefix(i)`: what a paragraph's (item's) first row starts with ("2.1 ", an indent).
   * The last row shows the rest of the field, so text added later still prints (the flag asks for a new layout).
   */
  field(src: string, text: string, what: Text, prefix: (i: number) => string, emptyRows = 1): void {
    this.flag(`LEN(${src})=${text.length}`, what);
    const width = widthOf(1, LAST_PRINT_COL);
    const ps = pieces(text, width, prefix(0).length);
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

/** Absolute reference helper for other sheets' cells. */
export const ref = (sheet: string, row: number, col: number): string => absCell(sheet, row, col);

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
