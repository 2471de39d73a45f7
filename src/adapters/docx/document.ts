/**
 * The text of word/document.xml as lines the project-text importer reads, each with the place in the
 * document it comes from (a document has no line numbers: a reviewer finds "paragraph 12" or "table 2,
 * row 3").
 *
 * - A paragraph (w:p) is a line: its runs' text (w:t), tabs (w:tab) as tabs, a line break (w:br, w:cr)
 *   starts a new line at the same place; the automatic list number (numbering.ts) is put in front.
 * - A table row (w:tr) is a line whose cells are separated by tabs (the form the importer's table readers
 *   read: src/import/lines.ts): a cell's paragraphs are joined by spaces, tabs inside a cell become spaces,
 *   a cell merged across columns (w:gridSpan) is followed by empty cells so that the columns stay in
 *   place, a cell that continues a vertical merge (w:vMerge) is empty. A one-column table (a frame round
 *   part of the form) gives its paragraphs as lines. A table inside a cell gives its own rows after the
 *   row that holds it.
 * - Text boxes (w:txbxContent) are read (once: the VML copy in mc:Fallback is skipped); tracked changes:
 *   deletions (w:del, w:moveFrom) are skipped, insertions kept; fields: the instruction (w:instrText) is
 *   skipped, the result kept; hidden text (w:vanish) is skipped. Headers, footers, footnotes and comments
 *   are other parts and are not read. Embedded objects (an Excel table pasted as an object) are counted:
 *   their content is not text of the document.
 */
import { XmlError, type XmlScanner, type XmlTag } from "../xlsx/xml";
import type { ListCounter } from "./numbering";

/** Where a line of the document's text comes from. */
export interface DocxPlace {
  /** Paragraph of the document body (1-based; blank paragraphs count, tables do not). */
  paragraph?: number;
  /** Table (1-based, in document order, tables inside tables counted) and its row (1-based). */
  table?: number;
  row?: number;
  /** Paragraph inside the cell of a one-column table (1-based). */
  cellParagraph?: number;
  /** The line is in a text box anchored at this place. */
  textbox?: boolean;
}

export interface DocxLine {
  text: string;
  place?: DocxPlace;
}

export interface DocumentText {
  lines: DocxLine[];
  /** Embedded objects whose content is not read. */
  objects: number;
}

/** Caps that keep a hostile document from filling memory (a project document has a few thousand lines). */
export interface DocumentCaps {
  lines: number;
  chars: number;
  depth: number;
}

export class DocumentTooLargeError extends Error {
  constructor(readonly what: "lines" | "chars") {
    super(`document has too many ${what}`);
    this.name = "DocumentTooLargeError";
  }
}

/** Symbol-font characters a form uses for ticks and boxes, as Unicode (Wingdings, Wingdings 2, Symbol). */
const SYMBOLS: Record<string, Record<number, string>> = {
  wingdings: { 0xfc: "✓", 0xfe: "☑", 0xfd: "☑", 0x78: "☑", 0xa8: "☐", 0x6f: "☐", 0x71: "☐", 0x9f: "•", 0x6c: "•", 0xa7: "•" },
  "wingdings 2": { 0x50: "✓", 0x52: "☑", 0x53: "☑", 0x54: "☑", 0xa3: "☐", 0x2a: "☐", 0x97: "•" },
  symbol: { 0xb4: "x", 0xb7: "•", 0x2d: "-", 0xd6: "✓", 0x3d: "=", 0x2b: "+" },
};

function symbolChar(font: string | undefined, hex: string | undefined): string {
  const code = parseInt(hex ?? "", 16);
  if (!Number.isFinite(code)) return "";
  const table = SYMBOLS[(font ?? "").toLowerCase()];
  if (table) return table[code >= 0xf000 ? code - 0xf000 : code] ?? "";
  // a Unicode character in an ordinary font
  return code >= 0x20 && code < 0xe000 ? String.fromCharCode(code) : "";
}

function isOff(v: string | undefined): boolean {
  return v === "0" || v === "false" || v === "off";
}

interface Paragraph {
  /** The paragraph's text split at its line breaks. */
  segments: string[];
  /** Lines of text boxes and tables anchored in it (their places filled in by the caller). */
  nested: DocxLine[];
}

interface Cell {
  paragraphs: Paragraph[];
  /** Lines of tables inside the cell. */
  nested: DocxLine[];
  span: number;
  continues: boolean;
}

/** Reads the body of word/document.xml. */
export class DocumentReader {
  private tables = 0;
  private count = 0;
  private chars = 0;
  private depth = 0;
  objects = 0;

  constructor(
    private readonly sc: XmlScanner,
    private readonly lists: ListCounter,
    private readonly caps: DocumentCaps,
  ) {}

  read(): DocumentText {
    const sc = this.sc;
    const lines: DocxLine[] = [];
    for (let tag = sc.next(); tag; tag = sc.next()) {
      if (!tag.close && tag.name === "body") {
        this.body(tag, lines);
        break;
      }
    }
    return { lines, objects: this.objects };
  }

  private line(text: string, place?: DocxPlace): DocxLine {
    this.count++;
    this.chars += text.length;
    if (this.count > this.caps.lines) throw new DocumentTooLargeError("lines");
    if (this.chars > this.caps.chars) throw new DocumentTooLargeError("chars");
    return place ? { text, place } : { text };
  }

  private enter(): void {
    if (++this.depth > this.caps.depth) throw new XmlError("elements nested too deeply");
  }

  /** The document body: paragraphs numbered, tables read. */
  private body(open: XmlTag, out: DocxLine[]): void {
    const sc = this.sc;
    let n = 0;
    for (let tag = sc.next(); tag; tag = sc.next()) {
      if (tag.close) {
        if (tag.name === open.name) return;
        continue;
      }
      if (this.skipped(tag)) continue;
      if (tag.name === "p") {
        n++;
        const p = this.paragraph(tag);
        for (const s of p.segments) out.push(this.line(s, { paragraph: n }));
        for (const l of p.nested) out.push(l.place ? l : { ...l, place: { paragraph: n, textbox: true } });
      } else if (tag.name === "tbl") this.table(tag, out);
    }
    throw new XmlError(`unterminated <${open.name}>`);
  }

  /** Elements whose content is not read: deletions, the VML copy of a text box, section settings. Skips them. */
  private skipped(tag: XmlTag): boolean {
    const n = tag.name;
    if (n === "del" || n === "moveFrom" || n === "Fallback" || n === "sectPr" || n === "sdtPr" || n === "rPr" || n === "tblPr" || n === "tblGrid" || n === "tblPrEx") {
      this.sc.skip(tag);
      return true;
    }
    if (n === "object" || n === "OLEObject") {
      if (n === "object") this.objects++;
      this.sc.skip(tag);
      return true;
    }
    return false;
  }

  /** Lines of a text box or any other block container (a cell's, without its table placement). */
  private blocks(open: XmlTag): { paragraphs: Paragraph[]; nested: DocxLine[] } {
    const sc = this.sc;
    const paragraphs: Paragraph[] = [];
    const nested: DocxLine[] = [];
    this.enter();
    for (let tag = sc.next(); tag; tag = sc.next()) {
      if (tag.close) {
        if (tag.name === open.name) {
          this.depth--;
          return { paragraphs, nested };
        }
        continue;
      }
      if (tag.name === "tcPr" || this.skipped(tag)) {
        if (tag.name === "tcPr") sc.skip(tag);
        continue;
      }
      if (tag.name === "p") paragraphs.push(this.paragraph(tag));
      else if (tag.name === "tbl") this.table(tag, nested);
    }
    throw new XmlError(`unterminated <${open.name}>`);
  }

  private paragraph(open: XmlTag): Paragraph {
    const sc = this.sc;
    const nested: DocxLine[] = [];
    const segments: string[] = [];
    let text = "";
    let numId: string | undefined;
    let ilvl: number | undefined;
    let style: string | undefined;
    let hidden = false;
    if (open.selfClosing) return { segments: [""], nested };
    this.enter();
    for (let tag = sc.next(); tag; tag = sc.next()) {
      const n = tag.name;
      if (tag.close) {
        if (n === "p") break;
        if (n === "r") hidden = false;
        continue;
      }
      if (n === "pPr") {
        // the list and style of the paragraph; tab stops and the paragraph mark's properties are no text
        for (let t = sc.next(); t && !(t.close && t.name === "pPr"); t = sc.next()) {
          if (t.close) continue;
          if (t.name === "numId") numId = sc.attrs(t).val;
          else if (t.name === "ilvl") ilvl = Number(sc.attrs(t).val) || 0;
          else if (t.name === "pStyle") style = sc.attrs(t).val;
          else if (t.name === "rPr" || t.name === "tabs" || t.name === "pPrChange") sc.skip(t);
        }
        continue;
      }
      if (n === "rPr") {
        // hidden text (w:vanish) is not shown or printed
        for (let t = sc.next(); t && !(t.close && t.name === "rPr"); t = sc.next()) {
          if (t.close) continue;
          if (t.name === "vanish" && !isOff(sc.attrs(t).val)) hidden = true;
          else if (t.name === "rPrChange") sc.skip(t);
        }
        continue;
      }
      if (this.skipped(tag)) continue;
      if (n === "p") {
        // a paragraph inside this one that no text box holds (drawing text): its own lines
        const inner = this.paragraph(tag);
        for (const s of inner.segments) nested.push(this.line(s));
        nested.push(...inner.nested);
      } else if (n === "t") {
        const t = sc.textUntilClose(tag);
        if (!hidden) text += t;
      } else if (hidden) continue;
      else if (n === "tab" || n === "ptab") text += "\t";
      else if (n === "br" || n === "cr") {
        segments.push(text);
        text = "";
      } else if (n === "noBreakHyphen") text += "-";
      else if (n === "sym") {
        const a = sc.attrs(tag);
        text += symbolChar(a.font, a.char);
      } else if (n === "txbxContent") {
        const box = this.blocks(tag);
        for (const p of box.paragraphs) {
          for (const s of p.segments) nested.push(this.line(s));
          nested.push(...p.nested);
        }
        nested.push(...box.nested);
      }
    }
    this.depth--;
    segments.push(text);
    const label = this.lists.label(numId, ilvl, style);
    if (label) segments[0] = `${label} ${segments[0]}`;
    // a ticked box of a check-box control or a symbol font (☒) is read as ticked (☑)
    for (let i = 0; i < segments.length; i++) if (segments[i].indexOf("☒") >= 0) segments[i] = segments[i].split("☒").join("☑");
    return { segments, nested };
  }

  private table(open: XmlTag, out: DocxLine[]): void {
    const sc = this.sc;
    const no = ++this.tables;
    const rows: { cells: Cell[]; deleted: boolean }[] = [];
    this.enter();
    for (let tag = sc.next(); tag; tag = sc.next()) {
      if (tag.close) {
        if (tag.name === "tbl") break;
        continue;
      }
      if (this.skipped(tag)) continue;
      if (tag.name === "tr") rows.push(this.row(tag));
    }
    this.depth--;
    const oneColumn = rows.every((r) => r.cells.length <= 1 && (r.cells[0]?.span ?? 1) <= 1);
    const twoColumns = rows.every((r) => r.cells.length === 2 && r.cells.every((c) => c.span === 1));
    rows.forEach((r, i) => {
      const place = { table: no, row: i + 1 };
      if (r.deleted) return;
      const [label, content] = r.cells;
      if (twoColumns && !content.continues && content.paragraphs.length > 1 && label.paragraphs.filter((p) => p.segments.some((s) => s.trim())).length <= 1) {
        // a form laid out as "label | text" (๘. งบประมาณ | its lines): the label is a line (a heading), the
        // text's paragraphs stay lines, as they would be typed
        const head = label.paragraphs.map((p) => p.segments.join(" ")).join(" ").replace(/[\t\r\n]+/g, " ").trim();
        if (head) out.push(this.line(head, place));
        content.paragraphs.forEach((p, k) => {
          const at = { ...place, cellParagraph: k + 1 };
          for (const s of p.segments) out.push(this.line(s, at));
          for (const l of p.nested) out.push(l.place ? l : { ...l, place: { ...at, textbox: true } });
        });
        for (const c of r.cells) for (const l of c.nested) out.push(l.place ? l : { ...l, place });
        return;
      }
      if (oneColumn) {
        const cell = r.cells[0];
        if (!cell) return;
        cell.paragraphs.forEach((p, k) => {
          const at = { ...place, cellParagraph: k + 1 };
          for (const s of p.segments) out.push(this.line(s, at));
          for (const l of p.nested) out.push(l.place ? l : { ...l, place: { ...at, textbox: true } });
        });
        for (const l of cell.nested) out.push(l.place ? l : { ...l, place });
        return;
      }
      const texts: string[] = [];
      for (const c of r.cells) {
        const t = c.continues ? "" : c.paragraphs.map((p) => p.segments.join(" ")).join(" ");
        texts.push(t.replace(/[\t\r\n]+/g, " ").replace(/ {2,}/g, " ").trim());
        for (let k = 1; k < c.span; k++) texts.push("");
      }
      out.push(this.line(texts.join("\t"), place));
      for (const c of r.cells) {
        for (const p of c.paragraphs) for (const l of p.nested) out.push(l.place ? l : { ...l, place: { ...place, textbox: true } });
        for (const l of c.nested) out.push(l.place ? l : { ...l, place });
      }
    });
  }

  private row(open: XmlTag): { cells: Cell[]; deleted: boolean } {
    const sc = this.sc;
    const cells: Cell[] = [];
    let deleted = false;
    if (open.selfClosing) return { cells, deleted };
    this.enter();
    for (let tag = sc.next(); tag; tag = sc.next()) {
      if (tag.close) {
        if (tag.name === "tr") break;
        continue;
      }
      if (tag.name === "trPr") {
        // a row deleted with changes tracked
        for (let t = sc.next(); t && !(t.close && t.name === "trPr"); t = sc.next()) if (!t.close && t.name === "del") deleted = true;
        continue;
      }
      if (this.skipped(tag)) continue;
      if (tag.name === "tc") cells.push(this.cell(tag));
    }
    this.depth--;
    return { cells, deleted };
  }

  private cell(open: XmlTag): Cell {
    const sc = this.sc;
    const cell: Cell = { paragraphs: [], nested: [], span: 1, continues: false };
    if (open.selfClosing) return cell;
    // the cell's properties come first: its span and merge
    const start = sc.position;
    const first = sc.next();
    if (first && !first.close && first.name === "tcPr") {
      for (let t = sc.next(); t && !(t.close && t.name === "tcPr"); t = sc.next()) {
        if (t.close) continue;
        if (t.name === "gridSpan") cell.span = Math.min(64, Math.max(1, Number(sc.attrs(t).val) || 1));
        else if (t.name === "vMerge") cell.continues = (sc.attrs(t).val ?? "continue") === "continue";
        else if (t.name === "hMerge") cell.continues = (sc.attrs(t).val ?? "continue") === "continue";
      }
    } else sc.position = start;
    const body = this.blocks(open);
    cell.paragraphs = body.paragraphs;
    cell.nested = body.nested;
    return cell;
  }
}
