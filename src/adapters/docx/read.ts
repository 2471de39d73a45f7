/**
 * THE way the CLI opens a Word project document (.docx): with the .xlsx reader's defensive zip reader
 * (src/adapters/xlsx/zip.ts) and XML scanner, under the same caps — the declared size of each part is
 * checked before it is unpacked, unpacking stops at the cap whatever the part declared, document type
 * declarations (entities) are refused. Only three parts are unpacked: the main document, its numbering
 * and its styles (for automatic list numbers). Pictures, embedded objects, headers and footers stay packed.
 * CLI only: the task pane never loads it.
 */
import { XlsxReadError } from "../xlsx/errors";
import { LIMITS, type Limits } from "../xlsx/limits";
import { asReadError, magic, openZip, readRels } from "../xlsx/package";
import { XmlScanner } from "../xlsx/xml";
import { ZipPackage } from "../xlsx/zip";
import { DocumentReader, DocumentTooLargeError, type DocxLine } from "./document";
import { ListCounter, readNumbering } from "./numbering";
import { plural } from "../../core/plural";

export type { DocxLine, DocxPlace } from "./document";

/** Caps of the document reader beyond the package's (docs/security.md). */
export const DOCX_LIMITS = {
  /** Lines of text (paragraphs, line breaks and table rows): a project document has a few thousand. */
  lines: 200_000,
  /** Characters of text. */
  chars: 20_000_000,
  /** Nesting of paragraphs, tables, cells and text boxes inside each other. */
  depth: 64,
} as const;

export interface DocxRead {
  /** The document as text, one line per paragraph (or line break) and per table row. */
  text: string;
  /** Each line of `text` (index = line number - 1) with its place in the document. */
  lines: DocxLine[];
  /** What was not read, for the file's report. */
  notes: { th: string; en: string }[];
}

function fmt(n: number): string {
  return n.toLocaleString("en-US");
}

/** Whether the bytes are a zip package holding a Word document (its main part, or word/document.xml). */
export function isDocxPackage(buf: Buffer): boolean {
  if (magic(buf) !== "zip") return false;
  try {
    const zip = new ZipPackage(buf, { entry: LIMITS.entryBytes, total: LIMITS.totalBytes });
    return zip.has("word/document.xml");
  } catch {
    return false;
  }
}

/** Reads a .docx package (bytes). Throws XlsxReadError for unusable input (the codes the CLI reports). */
export function readDocxBytes(buf: Buffer, opts: { label?: string; limits?: Partial<Limits> } = {}): DocxRead {
  const file = opts.label ?? "(buffer)";
  const limits: Limits = { ...LIMITS, ...opts.limits };
  const openDirectory = openZip(buf, file, limits, { legacy: "legacy-doc", notZip: "not-docx" });
  try {
    const zip = openDirectory();
    const main = readRels(zip, "").find((r) => r.type === "officeDocument")?.target;
    const part = main && zip.has(main) ? main : "word/document.xml";
    if (!zip.has(part)) {
      if (zip.has("xl/workbook.xml")) throw new XlsxReadError("not-docx", file, { th: "เป็นสมุดงาน Excel — ใช้ชื่อไฟล์ .xlsx", en: "it is an Excel workbook; name it .xlsx" });
      throw new XlsxReadError("not-docx", file, { th: "เป็นไฟล์ zip แต่ไม่มีเอกสาร Word อยู่ข้างใน", en: "a zip archive without a Word document inside" });
    }
    const rels = readRels(zip, part);
    const partOf = (type: string, fallback: string) => {
      const t = rels.find((r) => r.type === type)?.target;
      return t && zip.has(t) ? t : zip.has(fallback) ? fallback : undefined;
    };
    const numberingPart = partOf("numbering", "word/numbering.xml");
    const stylesPart = partOf("styles", "word/styles.xml");
    const defs = readNumbering(numberingPart ? zip.read(numberingPart) : undefined, stylesPart ? zip.read(stylesPart) : undefined);
    const reader = new DocumentReader(new XmlScanner(zip.read(part)!), new ListCounter(defs), DOCX_LIMITS);
    const doc = reader.read();
    const notes: { th: string; en: string }[] = [];
    if (doc.objects) {
      notes.push({
        th: `เอกสารมีวัตถุฝัง ${fmt(doc.objects)} ชิ้น (เช่น ตาราง Excel ที่วางเป็นวัตถุ) ซึ่งไม่ได้อ่าน — ถ้าตารางงบประมาณอยู่ในวัตถุนั้น ให้วางเป็นตาราง Word แทน`,
        en: `The document holds ${fmt(doc.objects)} embedded ${plural(doc.objects, "object", "objects")} (such as an Excel table pasted as an object), which were not read; if the budget table is one, paste it as a Word table instead`,
      });
    }
    return { text: doc.lines.map((l) => l.text).join("\n"), lines: doc.lines, notes };
  } catch (e) {
    if (e instanceof DocumentTooLargeError) {
      throw new XlsxReadError(
        "too-large",
        file,
        e.what === "lines"
          ? { th: `มีข้อความเกิน ${fmt(DOCX_LIMITS.lines)} บรรทัด`, en: `more than ${fmt(DOCX_LIMITS.lines)} lines of text` }
          : { th: `มีข้อความเกิน ${fmt(DOCX_LIMITS.chars)} ตัวอักษร`, en: `more than ${fmt(DOCX_LIMITS.chars)} characters of text` },
      );
    }
    if (e instanceof RangeError) throw new XlsxReadError("too-large", file, { th: "ข้อความยาวเกินไป", en: "its text is too long" });
    throw asReadError(e, file);
  }
}
