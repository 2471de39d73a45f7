/**
 * An .xlsx package opened defensively: what kind of file it is (from its first bytes and zip entry
 * names, without unpacking), then the workbook part, its relationships and the list of worksheets.
 * Only the small parts are unpacked here; sheets are unpacked one at a time by the reader.
 */
import { XlsxReadError } from "./errors";
import { LIMITS, type Limits } from "./limits";
import { XmlError, XmlScanner } from "./xml";
import { ZipFormatError, ZipPackage, ZipTooLargeError } from "./zip";

export interface SheetEntry {
  name: string;
  /** Part name inside the package ("xl/worksheets/sheet1.xml"); undefined when the part is missing. */
  path?: string;
  kind: "worksheet" | "chartsheet" | "other";
}

export interface OpenedPackage {
  zip: ZipPackage;
  sheets: SheetEntry[];
  date1904: boolean;
  sharedStrings?: string;
  /** Workbook-scoped defined names (name → reference text). */
  definedNames: { name: string; refersTo: string }[];
}

/** What the first bytes say: a zip archive, an OLE compound file (old Office formats, encrypted packages) or other. */
export function magic(buf: Buffer): "zip" | "cfb" | "other" {
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && (buf[2] === 0x03 || buf[2] === 0x05) && (buf[3] === 0x04 || buf[3] === 0x06)) return "zip";
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1) return "cfb";
  return "other";
}

const ALL_PARTS = "(all parts)";

function mib(n: number): string {
  return `${Math.round(n / (1024 * 1024))} MB`;
}

/** Turn low-level failures into XlsxReadError for `file`. */
export function asReadError(e: unknown, file: string): XlsxReadError {
  if (e instanceof XlsxReadError) return e;
  if (e instanceof ZipTooLargeError) {
    const all = e.entry === ALL_PARTS;
    return new XlsxReadError("too-large", file, {
      th: all ? `ทุกส่วนรวมกันเกิน ${mib(e.limit)}` : `ส่วน ${e.entry} เกิน ${mib(e.limit)}`,
      en: all ? `all its parts together exceed ${mib(e.limit)}` : `part ${e.entry} exceeds ${mib(e.limit)}`,
    });
  }
  if (e instanceof ZipFormatError || e instanceof XmlError) return new XlsxReadError("corrupt", file, e.message);
  const err = e as NodeJS.ErrnoException;
  if (err && (err.code === "ERR_BUFFER_TOO_LARGE" || err.code === "ERR_STRING_TOO_LONG")) {
    return new XlsxReadError("too-large", file);
  }
  throw e;
}

/** Resolve a relationship target against the folder of the part that holds it. */
export function resolveTarget(base: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = base.split("/").slice(0, -1);
  for (const seg of target.split("/")) {
    if (seg === "..") parts.pop();
    else if (seg !== "." && seg !== "") parts.push(seg);
  }
  return parts.join("/");
}

function relsPathOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

export interface Rel {
  id: string;
  type: string;
  target: string;
}

/** The internal relationships of a part (external targets left out), targets resolved. */
export function readRels(zip: ZipPackage, part: string): Rel[] {
  const buf = zip.read(relsPathOf(part));
  if (!buf) return [];
  const sc = new XmlScanner(buf);
  const out: Rel[] = [];
  for (let tag = sc.next(); tag; tag = sc.next()) {
    if (tag.close || tag.name !== "Relationship") continue;
    const a = sc.attrs(tag);
    if (a.TargetMode === "External" || !a.Target) continue;
    out.push({ id: a.Id ?? "", type: (a.Type ?? "").split("/").pop() ?? "", target: resolveTarget(part, a.Target) });
  }
  return out;
}

/**
 * The first checks every Office Open XML reader makes: not empty, not an old binary (OLE) file — a
 * password-protected document is one too, holding an "EncryptionInfo" stream — and a zip. Returns a function
 * that opens the zip directory within `limits` (call it inside the reader's try, so a broken directory is
 * reported as the reader reports it).
 */
export function openZip(
  buf: Buffer,
  file: string,
  limits: Limits,
  codes: { legacy: "legacy-xls" | "legacy-doc"; notZip: "not-zip" | "not-docx" },
): () => ZipPackage {
  if (buf.length === 0) throw new XlsxReadError("empty", file);
  const kind = magic(buf);
  if (kind === "cfb") {
    const marker = Buffer.from("EncryptionInfo", "utf16le");
    throw new XlsxReadError(buf.includes(marker) ? "encrypted" : codes.legacy, file);
  }
  if (kind !== "zip") throw new XlsxReadError(codes.notZip, file);
  return () => new ZipPackage(buf, { entry: limits.entryBytes, total: limits.totalBytes });
}

/**
 * Check the first bytes and the zip directory, and read the workbook part. Throws XlsxReadError for a
 * file that is not a usable .xlsx package.
 */
export function openPackage(buf: Buffer, file: string, limits: Limits = LIMITS): OpenedPackage {
  const openDirectory = openZip(buf, file, limits, { legacy: "legacy-xls", notZip: "not-zip" });
  try {
    const zip = openDirectory();
    const rootRels = readRels(zip, "");
    const main = rootRels.find((r) => r.type === "officeDocument")?.target ?? "xl/workbook.xml";
    if (!zip.has(main)) {
      const mime = zip.has("mimetype") ? zip.read("mimetype")!.toString("latin1", 0, 200) : "";
      if (mime.includes("opendocument") || (zip.has("content.xml") && zip.has("META-INF/manifest.xml"))) {
        throw new XlsxReadError("opendocument", file);
      }
      if (zip.has("word/document.xml") || zip.has("ppt/presentation.xml")) throw new XlsxReadError("word-document", file);
      throw new XlsxReadError("corrupt", file, { th: "เป็นไฟล์ zip แต่ไม่มีสมุดงาน Excel อยู่ข้างใน", en: "a zip archive without an Excel workbook inside" });
    }
    const rels = readRels(zip, main);
    const byId = new Map(rels.map((r) => [r.id, r]));
    const sc = new XmlScanner(zip.read(main)!);
    const sheets: SheetEntry[] = [];
    let date1904 = false;
    const definedNames: { name: string; refersTo: string }[] = [];
    for (let tag = sc.next(); tag; tag = sc.next()) {
      if (tag.close) continue;
      if (tag.name === "definedName") {
        const a = sc.attrs(tag);
        const refersTo = sc.textUntilClose(tag, 1000);
        if (a.name && a.localSheetId === undefined && definedNames.length < 10_000) definedNames.push({ name: a.name, refersTo });
        continue;
      }
      if (tag.name === "workbookPr") {
        const v = sc.attrs(tag).date1904;
        date1904 = v === "1" || v === "true";
      } else if (tag.name === "sheet") {
        const a = sc.attrs(tag);
        const rel = byId.get(a.id ?? "");
        const type = rel?.type ?? "";
        const kind: SheetEntry["kind"] = !rel || type === "worksheet" ? "worksheet" : type === "chartsheet" ? "chartsheet" : "other";
        const path = rel && zip.has(rel.target) ? rel.target : undefined;
        sheets.push({ name: a.name ?? `Sheet${sheets.length + 1}`, path, kind });
      }
    }
    const sst = rels.find((r) => r.type === "sharedStrings")?.target ?? "xl/sharedStrings.xml";
    return { zip, sheets, date1904, sharedStrings: zip.has(sst) ? sst : undefined, definedNames };
  } catch (e) {
    throw asReadError(e, file);
  }
}

/**
 * For a library that unpacks every part (ExcelJS, in `fix`): check that the whole package stays under
 * the package cap, by unpacking each part in turn (nothing is kept). Throws XlsxReadError.
 */
export function checkWholePackage(zip: ZipPackage, file: string, limits: Limits = LIMITS): void {
  try {
    if (zip.declaredTotal() > limits.packageBytes) {
      throw new ZipTooLargeError(ALL_PARTS, limits.packageBytes);
    }
    let total = 0;
    for (const e of zip.entries) {
      if (e.name.endsWith("/")) continue;
      const left = limits.packageBytes - total;
      if (e.size > left) throw new ZipTooLargeError(ALL_PARTS, limits.packageBytes);
      total += zip.readEntryCounting(e, left);
    }
  } catch (e) {
    throw asReadError(e, file);
  }
}
