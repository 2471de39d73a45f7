/**
 * The preview's "download as .xlsx": the workbook as it is now (./PreviewWorkbook.ts exportSpec), written by
 * the same .xlsx writer as the CLI (src/adapters/xlsx/write.ts, ExcelJS). Preview-only: the writer and
 * ExcelJS are fetched on the first click (their own chunk), never with the pane Excel loads.
 */
import type { PreviewWorkbook } from "./PreviewWorkbook";

export const XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The .xlsx bytes of the workbook as it is now. Formulas carry no cached results: Excel computes them on open. */
export async function previewXlsxBytes(wb: PreviewWorkbook): Promise<ArrayBuffer> {
  const { writeWorkbookSpec } = await import(/* webpackChunkName: "xlsx-writer" */ "../xlsx/write");
  const book = writeWorkbookSpec(wb.exportSpec());
  const out = (await book.xlsx.writeBuffer()) as ArrayBuffer | Uint8Array;
  // a copy of exactly the bytes written (a Node Buffer's ArrayBuffer may be larger and shared)
  return out instanceof Uint8Array ? (out.slice().buffer as ArrayBuffer) : out;
}

/** The downloaded file's name. */
export const DOWNLOAD_NAME = "budget-plan-preview.xlsx";

/** Save the workbook as a file through the browser's download. */
export async function downloadPreview(wb: PreviewWorkbook, name = DOWNLOAD_NAME, doc: Document = document): Promise<void> {
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
