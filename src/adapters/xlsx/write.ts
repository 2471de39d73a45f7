/**
 * WorkbookSpec → .xlsx through ExcelJS. The layout (src/workbook) decides what goes where; this file
 * only maps the spec's pure data to ExcelJS: values, formulas, named styles, widths, merges, list
 * validations, conditional formats, freeze panes, A4 page setup, print titles and tab colours.
 *
 * ExcelJS cannot write charts: specToBuffer and saveXlsx add the spec's charts to the package ExcelJS
 * wrote (./chart.ts). The values range of each chart also gets a data bar (conditional format), so the
 * amounts show at a glance next to the table too.
 */
import { promises as fs } from "fs";
import ExcelJS from "exceljs";
import { addCharts } from "./chart";
import type { CellSpec, ConditionalFormatSpec, ListValidationSpec, SheetSpec, StyleName, WorkbookSpec } from "../../workbook/types";
import { FONT, STYLES as LAYOUT_STYLES, type StyleDef } from "../../workbook/layout";
import { toFileFormula } from "./formula";

export const FONT_NAME = FONT;
const BORDER_COLOR = "FFA6A6A6";

/** "#ffeb9c", "FFEB9C", "ffffeb9c" → "FFFFEB9C" (ARGB). */
export function toArgb(color: string): string {
  const hex = color.replace(/^#/, "").toUpperCase();
  if (/^[0-9A-F]{6}$/.test(hex)) return "FF" + hex;
  if (/^[0-9A-F]{8}$/.test(hex)) return hex;
  if (/^[0-9A-F]{3}$/.test(hex)) return "FF" + hex.split("").map((c) => c + c).join("");
  throw new Error(`Not a colour: ${color}`);
}

const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: BORDER_COLOR } };
const allThin: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

interface ExcelStyle {
  font: Partial<ExcelJS.Font>;
  fill?: ExcelJS.Fill;
  numFmt?: string;
  border?: Partial<ExcelJS.Borders>;
  alignment?: Partial<ExcelJS.Alignment>;
  locked: boolean;
}

/** The layout's named style (src/workbook/layout.ts STYLES) as ExcelJS formatting. */
export function excelStyle(name: StyleName): ExcelStyle {
  const def: StyleDef = LAYOUT_STYLES[name];
  const font: Partial<ExcelJS.Font> = { name: def.font, size: def.size };
  if (def.bold) font.bold = true;
  if (def.italic) font.italic = true;
  if (def.color) font.color = { argb: toArgb(def.color) };
  const out: ExcelStyle = { font, locked: def.locked };
  if (def.fill) out.fill = { type: "pattern", pattern: "solid", fgColor: { argb: toArgb(def.fill) }, bgColor: { argb: toArgb(def.fill) } };
  if (def.numberFormat) out.numFmt = def.numberFormat;
  if (def.border) out.border = name === "total" || name === "totalMoney" ? { ...allThin, bottom: { style: "double" } } : allThin;
  const alignment: Partial<ExcelJS.Alignment> = { vertical: "top" };
  if (def.align) alignment.horizontal = def.align;
  if (def.wrap) alignment.wrapText = true;
  out.alignment = alignment;
  return out;
}

const STYLE_CACHE = new Map<StyleName, ExcelStyle>();
function styleOf(name: StyleName): ExcelStyle {
  let s = STYLE_CACHE.get(name);
  if (!s) {
    s = excelStyle(name);
    STYLE_CACHE.set(name, s);
  }
  return s;
}

function applyCell(ws: ExcelJS.Worksheet, spec: CellSpec): void {
  const cell = ws.getCell(spec.address);
  if (spec.formula !== undefined && spec.formula !== "") {
    cell.value = { formula: toFileFormula(spec.formula) } as ExcelJS.CellFormulaValue;
  } else if (spec.value !== undefined) {
    cell.value = spec.value;
  }
  const style = spec.style ? styleOf(spec.style) : undefined;
  if (style) {
    cell.font = { ...style.font };
    if (style.fill) cell.fill = style.fill;
    if (style.border) cell.border = style.border;
    if (style.alignment) cell.alignment = style.alignment;
    if (style.numFmt) cell.numFmt = style.numFmt;
    cell.protection = { locked: style.locked };
  } else {
    cell.font = { name: FONT_NAME, size: LAYOUT_STYLES.input.size };
  }
  if (spec.numberFormat) cell.numFmt = spec.numberFormat;
}

function validationFormula(source: ListValidationSpec["source"]): string {
  if (Array.isArray(source)) {
    // A literal list: Excel limits the joined text to 255 characters.
    return `"${source.map((s) => s.replace(/"/g, '""')).join(",")}"`;
  }
  return toFileFormula(source);
}

function addConditionalFormat(ws: ExcelJS.Worksheet, cf: ConditionalFormatSpec, priority: number): void {
  const style: Partial<ExcelJS.Style> = {};
  if (cf.fill) style.fill = { type: "pattern", pattern: "solid", bgColor: { argb: toArgb(cf.fill) } };
  if (cf.fontColor) style.font = { color: { argb: toArgb(cf.fontColor) } };
  ws.addConditionalFormatting({
    ref: cf.range,
    rules: [{ type: "expression", priority, formulae: [toFileFormula(cf.formula)], style }],
  });
}

function writeSheet(wb: ExcelJS.Workbook, sheet: SheetSpec): ExcelJS.Worksheet {
  const ws = wb.addWorksheet(sheet.name, {
    properties: sheet.tabColor ? { tabColor: { argb: toArgb(sheet.tabColor) } } : {},
    pageSetup: {
      paperSize: 9,
      orientation: sheet.landscape ? "landscape" : "portrait",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      margins: { left: 0.5, right: 0.5, top: 0.6, bottom: 0.6, ...(sheet.margins ?? {}), header: 0.3, footer: 0.3 },
      // ExcelJS puts "$" before each end's column; the rows are made absolute here ("A3:D53" → $A$3:$D$53),
      // which LibreOffice needs to take the range as the print range
      ...(sheet.printArea ? { printArea: sheet.printArea.replace(/([A-Z]+)(\d+)/g, "$1$$$2") } : {}),
    },
  });
  if (sheet.hidden) ws.state = "hidden";
  ws.properties.defaultRowHeight = 21;
  for (const [col, width] of Object.entries(sheet.columnWidths ?? {})) {
    ws.getColumn(col).width = width;
  }
  for (const c of sheet.cells) applyCell(ws, c);
  for (const [row, height] of Object.entries(sheet.rowHeights ?? {})) ws.getRow(Number(row)).height = height;
  for (const row of sheet.rowBreaks ?? []) ws.getRow(row).addPageBreak();
  for (const m of sheet.merges ?? []) ws.mergeCells(m);
  for (const v of sheet.validations ?? []) {
    // Excel refuses (and "repairs" away) a literal list longer than 255 characters.
    if (Array.isArray(v.source) && validationFormula(v.source).length > 257) continue;
    // ExcelJS accepts a range address here (written as one sqref), though its typings only know cells.
    (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(v.range, {
      type: "list",
      allowBlank: true,
      showErrorMessage: !v.allowOther,
      errorStyle: "warning",
      formulae: [validationFormula(v.source)],
    });
  }
  let priority = 1;
  for (const cf of sheet.conditionalFormats ?? []) addConditionalFormat(ws, cf, priority++);
  if (sheet.freezeRows && sheet.freezeRows > 0) {
    ws.views = [{ state: "frozen", xSplit: 0, ySplit: sheet.freezeRows, topLeftCell: `A${sheet.freezeRows + 1}` }];
  }
  if (sheet.printTitleRows) ws.pageSetup.printTitlesRow = sheet.printTitleRows;
  ws.headerFooter = { oddFooter: "&C&P / &N" };
  return ws;
}

/**
 * Replaces a sheet of a loaded workbook by one written from a spec, at the same place in the tab order
 * (the printable proposal laid out again by `fix`). Nothing else in the workbook changes.
 */
export function replaceSheet(wb: ExcelJS.Workbook, sheet: SheetSpec): void {
  const old = wb.getWorksheet(sheet.name);
  const order = old ? (old as unknown as { orderNo: number }).orderNo : undefined;
  if (old) wb.removeWorksheet(old.id);
  const ws = writeSheet(wb, sheet);
  if (order !== undefined) (ws as unknown as { orderNo: number }).orderNo = order;
}

/** Build the ExcelJS workbook for a spec (no file I/O). */
export function writeWorkbookSpec(spec: WorkbookSpec): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.creator = "budget-plan";
  // Formulas carry no cached results: ask Excel and LibreOffice to compute everything on open.
  wb.calcProperties = { fullCalcOnLoad: true };
  const sheets = new Map<string, ExcelJS.Worksheet>();
  for (const s of spec.sheets) sheets.set(s.name, writeSheet(wb, s));
  for (const n of spec.names ?? []) wb.definedNames.add(n.refersTo, n.name);
  for (const chart of spec.charts ?? []) {
    const ws = sheets.get(chart.sheet);
    if (!ws) continue;
    ws.addConditionalFormatting({
      ref: chart.valuesRange.replace(/^.*!/, "").replace(/\$/g, ""),
      rules: [
        {
          type: "dataBar",
          priority: 100,
          gradient: false,
          cfvo: [{ type: "num", value: 0 }, { type: "max" }],
          color: { argb: "FF5B9BD5" },
        } as unknown as ExcelJS.ConditionalFormattingRule,
      ],
    });
  }
  return wb;
}

/** Serialize a spec to an .xlsx buffer (charts included). */
export async function specToBuffer(spec: WorkbookSpec): Promise<Buffer> {
  const wb = writeWorkbookSpec(spec);
  const out = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  return spec.charts?.length ? addCharts(out, spec.charts) : out;
}

/** Write a spec to an .xlsx file (charts included). */
export async function saveXlsx(spec: WorkbookSpec, path: string): Promise<void> {
  await fs.writeFile(path, await specToBuffer(spec));
}
