/**
 * .xlsx → WorkbookSnapshot through ExcelJS. Values are the cached results Excel/LibreOffice stored;
 * formulas come back with "=" and without `_xlfn.` prefixes (as Office.js shows them); error values as
 * "#REF!" etc.; dates as Excel serial numbers; rich text flattened. When formula cells carry no cached
 * value (files from ExcelJS and similar writers), the workbook is evaluated with HyperFormula.
 */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import type { CellScalar, SheetSnapshot, WorkbookSnapshot } from "../../workbook/types";
import { XlsxReadError } from "./errors";
import { fromFileFormula } from "./formula";
import { evaluateSnapshot } from "./evaluate";
import { readTemplateStamp, type TemplateStampInfo } from "../../workbook/templateVersion";

const MS_PER_DAY = 86400000;
const EXCEL_EPOCH_1900 = Date.UTC(1899, 11, 30);
const EXCEL_EPOCH_1904 = Date.UTC(1904, 0, 1);

/** JS Date (as ExcelJS returns, UTC-based) → Excel serial number. */
export function dateToSerial(d: Date, date1904 = false): number {
  const epoch = date1904 ? EXCEL_EPOCH_1904 : EXCEL_EPOCH_1900;
  const serial = (d.getTime() - epoch) / MS_PER_DAY;
  return Math.round(serial * 86400) / 86400;
}

function flattenRichText(rt: { richText: { text: string }[] }): string {
  return rt.richText.map((r) => r.text).join("");
}

/** A cached/constant ExcelJS value → snapshot scalar. */
function scalarOf(v: unknown, date1904: boolean): CellScalar {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return dateToSerial(v, date1904);
  if (typeof v === "object") {
    const o = v as Record<string, unknown>;
    if (typeof o.error === "string") return o.error;
    if (Array.isArray(o.richText)) return flattenRichText(o as { richText: { text: string }[] });
    if ("text" in o && typeof o.text === "string") return o.text; // hyperlink
    if ("text" in o && o.text && typeof o.text === "object" && Array.isArray((o.text as Record<string, unknown>).richText)) {
      return flattenRichText(o.text as { richText: { text: string }[] });
    }
  }
  return String(v);
}

function sheetSnapshot(ws: ExcelJS.Worksheet, date1904: boolean): { sheet: SheetSnapshot; missing: number; cached: number } {
  const values: CellScalar[][] = [];
  const formulas: (string | null)[][] = [];
  let missing = 0;
  let cached = 0;
  let maxCol = 0;
  let maxRow = 0;
  ws.eachRow({ includeEmpty: false }, (row, r) => {
    row.eachCell({ includeEmpty: false }, (cell, c) => {
      if (cell.type === ExcelJS.ValueType.Merge) return;
      let value: CellScalar = null;
      let formula: string | null = null;
      const raw = cell.value as unknown;
      if (cell.type === ExcelJS.ValueType.Formula || (raw && typeof raw === "object" && ("formula" in raw || "sharedFormula" in raw))) {
        const f = cell.formula; // shared formulas are translated by ExcelJS
        // cell.result, not value.result: ExcelJS leaves a cached 0 out of the value object.
        const result = (cell as unknown as { result?: unknown }).result;
        if (f) {
          formula = fromFileFormula(f);
          if (result === undefined) missing++;
          else cached++;
          value = scalarOf(result, date1904);
        } else {
          value = scalarOf(result, date1904);
        }
      } else {
        value = scalarOf(raw, date1904);
      }
      if (value === null && formula === null) return;
      while (values.length < r) {
        values.push([]);
        formulas.push([]);
      }
      values[r - 1][c - 1] = value;
      formulas[r - 1][c - 1] = formula;
      maxCol = Math.max(maxCol, c);
      maxRow = Math.max(maxRow, r);
    });
  });
  // Make the arrays rectangular (A1-anchored), holes as null.
  for (let r = 0; r < maxRow; r++) {
    const vr = values[r] ?? (values[r] = []);
    const fr = formulas[r] ?? (formulas[r] = []);
    for (let c = 0; c < maxCol; c++) {
      if (vr[c] === undefined) vr[c] = null;
      if (fr[c] === undefined) fr[c] = null;
    }
  }
  return { sheet: { name: ws.name, values, formulas }, missing, cached };
}

function magic(buf: Buffer): "zip" | "cfb" | "other" {
  if (buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b && (buf[2] === 0x03 || buf[2] === 0x05) && (buf[3] === 0x04 || buf[3] === 0x06)) return "zip";
  if (buf.length >= 8 && buf.readUInt32BE(0) === 0xd0cf11e0 && buf.readUInt32BE(4) === 0xa1b11ae1) return "cfb";
  return "other";
}

/** Load an ExcelJS workbook from a file path or buffer, turning every failure into an XlsxReadError. */
export async function loadWorkbook(pathOrBuffer: string | Buffer | Uint8Array, label?: string): Promise<ExcelJS.Workbook> {
  const file = label ?? (typeof pathOrBuffer === "string" ? pathOrBuffer : "(buffer)");
  let buf: Buffer;
  if (typeof pathOrBuffer === "string") {
    try {
      const st = await fs.stat(pathOrBuffer);
      if (st.isDirectory()) throw new XlsxReadError("unreadable", file, "is a directory / เป็นโฟลเดอร์");
      buf = await fs.readFile(pathOrBuffer);
    } catch (e) {
      if (e instanceof XlsxReadError) throw e;
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "ENOENT") throw new XlsxReadError("missing", file);
      throw new XlsxReadError("unreadable", file, code ?? String(e));
    }
  } else {
    buf = Buffer.from(pathOrBuffer);
  }
  if (buf.length === 0) throw new XlsxReadError("empty", file);
  const kind = magic(buf);
  if (kind === "cfb") {
    // Password-protected .xlsx files are OLE compound files holding an "EncryptionInfo" stream.
    const marker = Buffer.from("EncryptionInfo", "utf16le");
    throw new XlsxReadError(buf.includes(marker) ? "encrypted" : "legacy-xls", file);
  }
  if (kind !== "zip") throw new XlsxReadError("not-zip", file);
  // Zip entry names are stored as plain text: a Word or PowerPoint file names its main part.
  const otherOffice = buf.includes("word/document.xml") || buf.includes("ppt/presentation.xml");
  if (otherOffice && !buf.includes("xl/workbook.xml")) throw new XlsxReadError("word-document", file);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new XlsxReadError("corrupt", file, (e as Error).message.split("\n")[0].slice(0, 200));
  }
  if (wb.worksheets.length === 0) throw new XlsxReadError("corrupt", file, "no worksheets / ไม่มีชีต");
  return wb;
}

/**
 * How formula values are obtained:
 * - "auto" (default): when no formula carries a cached result (files from ExcelJS, our own writer and
 *   `fix`), the workbook is evaluated with HyperFormula. When the file was saved by a calculating
 *   application (Excel, LibreOffice), its cached results are used as they are; a formula without one
 *   then held an empty text (ExcelJS cannot tell `<v></v>` of a text result from no value), so it reads "".
 * - "missing": evaluate with HyperFormula every formula without a cached result.
 * - "all": evaluate every formula with HyperFormula, ignoring cached results.
 * - "never": cached results only (null where there is none).
 */
export type EvaluateMode = "auto" | "missing" | "all" | "never";

/** Snapshot of an already loaded workbook. */
export function snapshotOf(wb: ExcelJS.Workbook, opts: { evaluate?: EvaluateMode } = {}): WorkbookSnapshot {
  const date1904 = Boolean((wb.properties as { date1904?: boolean } | undefined)?.date1904);
  const sheets: SheetSnapshot[] = [];
  let missing = 0;
  let cached = 0;
  for (const ws of wb.worksheets) {
    const r = sheetSnapshot(ws, date1904);
    sheets.push(r.sheet);
    missing += r.missing;
    cached += r.cached;
  }
  const snapshot: WorkbookSnapshot = { sheets };
  const mode = opts.evaluate ?? "auto";
  if (mode === "all") return evaluateSnapshot(snapshot, { onlyMissing: false });
  if (missing === 0 || mode === "never") return snapshot;
  if (mode === "missing" || cached === 0) return evaluateSnapshot(snapshot, { onlyMissing: true });
  // auto, saved by a calculating application: formulas without a cached result held ""
  for (const s of sheets) {
    s.formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (f && s.values[r][c] === null) s.values[r][c] = "";
      }),
    );
  }
  return snapshot;
}

/** Read an .xlsx file (or buffer) into a snapshot. Throws XlsxReadError for unusable input. */
export async function readXlsx(
  pathOrBuffer: string | Buffer | Uint8Array,
  opts: { label?: string; evaluate?: EvaluateMode } = {},
): Promise<WorkbookSnapshot> {
  const wb = await loadWorkbook(pathOrBuffer, opts.label);
  return snapshotOf(wb, opts);
}

/** The template version stamp of a loaded workbook (undefined: not stamped). */
export function templateStampOf(wb: ExcelJS.Workbook): TemplateStampInfo | undefined {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  return readTemplateStamp(model.map((n) => ({ name: n.name, refersTo: n.ranges[0] })));
}
