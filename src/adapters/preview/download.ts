/**
 * The preview's "download as .xlsx": the workbook as it is now (./PreviewWorkbook.ts exportSpec), written by
 * the same .xlsx writer as the CLI (src/adapters/xlsx/write.ts, ExcelJS). Preview-only: the writer and
 * ExcelJS are fetched on the first click (their own chunk), never with the pane Excel loads.
 *
 * Every formula carries the value the preview computed as its cached result, so a viewer that does not
 * recalculate (a file preview, a phone app, a script reading values) shows the amounts; Excel and LibreOffice
 * still compute everything on open (the writer asks for a full calculation on load). The file is named after
 * the project (./fileName.ts).
 */
import type ExcelJS from "exceljs";
import type { CellScalar } from "../../workbook/types";
import { readPlan } from "../../workbook/readPlan";
import type { PreviewWorkbook } from "./PreviewWorkbook";
import { DOWNLOAD_NAME, fileNameFor } from "./fileName";

export { DOWNLOAD_NAME, fileNameFor };

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The error values a formula can give (HyperFormula reports them as their text). */
const ERROR_VALUES = new Set(["#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#CYCLE!", "#ERROR!", "#SPILL!", "#LIC!"]);

/** A computed value as ExcelJS writes a formula's cached result. */
function cachedResult(v: CellScalar): ExcelJS.CellFormulaValue["result"] | undefined {
  if (v === null) return undefined;
  if (typeof v === "string" && ERROR_VALUES.has(v)) return { error: (v === "#CYCLE!" || v === "#ERROR!" || v === "#LIC!" ? "#VALUE!" : v) as ExcelJS.CellErrorValue["error"] };
  return v;
}

/** Each formula cell written into `book` takes the value the preview computed for it. */
function cacheResults(book: ExcelJS.Workbook, wb: PreviewWorkbook, spec: ReturnType<PreviewWorkbook["exportSpec"]>): void {
  for (const sheet of spec.sheets) {
    const ws = book.getWorksheet(sheet.name);
    if (!ws) continue;
    for (const c of sheet.cells) {
      if (!c.formula) continue;
      const cell = ws.getCell(c.address);
      // (a merged area's other cells stand for its first cell in ExcelJS)
      if (cell.master !== cell) continue;
      const written = cell.value as ExcelJS.CellFormulaValue | null;
      if (!written || typeof written !== "object" || !("formula" in written)) continue;
      const result = cachedResult(wb.readCell(sheet.name, c.address).value);
      if (result !== undefined) cell.value = { ...written, result } as ExcelJS.CellFormulaValue;
    }
  }
}

/** The .xlsx bytes of the workbook as it is now, formulas with the values the preview computed. */
export async function previewXlsxBytes(wb: PreviewWorkbook): Promise<ArrayBuffer> {
  const { writeWorkbookSpec } = await import(/* webpackChunkName: "xlsx-writer" */ "../xlsx/write");
  const spec = wb.exportSpec();
  const book = writeWorkbookSpec(spec);
  cacheResults(book, wb, spec);
  const out = (await book.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
  // a copy of exactly the bytes written (a Node Buffer's ArrayBuffer may be larger and shared)
  return out instanceof Uint8Array ? (out.slice().buffer as ArrayBuffer) : out;
}

/** The project's name as the pane reads it from the workbook (undefined when there is none). */
export function projectNameOf(wb: PreviewWorkbook): string | undefined {
  try {
    return readPlan(wb.snapshot()).plan.project.name?.trim() || undefined;
  } catch {
    return undefined;
  }
}

/** Save the workbook as a file through the browser's download, named after the project. */
export async function downloadPreview(wb: PreviewWorkbook, name = fileNameFor(projectNameOf(wb)), doc: Document = document): Promise<void> {
  const bytes = await previewXlsxBytes(wb);
  const url = URL.createObjectURL(new Blob([bytes], { type: XLSX_MIME }));
  try {
    const a = doc.createElement("a");
    a.href = url;
    a.download = name;
    a.style.display = "none";
    doc.body.appendChild(a);
    a.click();
    a.remove();
  } finally {
    // the download has started from the click; the address is released afterwards
    setTimeout(() => URL.revokeObjectURL(url), 60_000);
  }
}
