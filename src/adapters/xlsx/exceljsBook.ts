/**
 * .xlsx → WorkbookSnapshot through ExcelJS, for `fix` (which edits and writes the workbook back through
 * ExcelJS). Everything else reads with the lean reader (./read.ts); this module is loaded only on use. Values are the cached results Excel/LibreOffice stored;
 * formulas come back with "=" and without `_xlfn.` prefixes (as Office.js shows them); error values as
 * "#REF!" etc.; dates as Excel serial numbers; rich text flattened. When formula cells carry no cached
 * value (files from ExcelJS and similar writers), the workbook is evaluated with HyperFormula.
 */
import ExcelJS from "exceljs";
import type { CellScalar, SheetSnapshot, WorkbookSnapshot } from "../../workbook/types";
import { XlsxReadError } from "./errors";
import { fromFileFormula } from "./formula";
import { serialFromDate } from "../../core/dateSerial";
import { applyEvaluation, type EvaluateMode } from "./evaluateMode";

function flattenRichText(rt: { richText: { text: string }[] }): string {
  return rt.richText.map((r) => r.text).join("");
}

/** A cached/constant ExcelJS value → snapshot scalar. */
function scalarOf(v: unknown, date1904: boolean): CellScalar {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return serialFromDate(v, date1904);
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

/** An ExcelJS workbook from the bytes of a package already checked by the lean reader. */
export async function loadCheckedWorkbook(buf: Buffer, file: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw new XlsxReadError("corrupt", file, (e as Error).message.split("\n")[0].slice(0, 200));
  }
  if (wb.worksheets.length === 0) throw new XlsxReadError("corrupt", file, { th: "ไม่มีแผ่นงาน", en: "no worksheets" });
  return wb;
}

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
  return applyEvaluation({ sheets }, { missing, cached }, opts.evaluate);
}
