/* global Excel */
import type { ConflictMode, InsertResult, KeepOld } from "../../workbook/host";
import type { SheetSpec, WorkbookSpec } from "../../workbook/types";
import { type CellPos, type RangePos, colIndex, colLetter, groupRectangles, parseCell, rangeAddress, sheetOf, stripSheet } from "../../workbook/a1";
import { renameSheetRefs } from "../../workbook/formulaText";
import { keptName, planInsert } from "../../workbook/insertPlan";
import { datedKeptName, isCopyOf } from "../../workbook/keptCopies";
import { BORDER_COLOR, columnWidthPoints, STYLE_LOOKS } from "../../workbook/styles";
import { utf8Length } from "./snapshot";
import { chunkAddresses, listSource, push, toCellInput, type CellInput } from "./cellInput";

export { chunkAddresses, listSource, push, toCellInput } from "./cellInput";

/**
 * Writing a template into the live workbook.
 *
 * All sheets are added first (so cross-sheet formulas resolve). Formatting is queued per property (fill,
 * bold, borders, locked, …) as rectangles, on ExcelApi 1.9 scattered cells sharing a value as one RangeAreas;
 * a number format is ONE string per rectangle (Excel applies a single value to every cell of the range), not
 * an array with a copy per cell. The cells themselves go in `formulas` arrays of row blocks, each block at most
 * `blockBytes` of UTF-8 JSON, packed into syncs of at most `blockBytes` each: Excel on the web refuses a
 * request over 5 MB. A plan up to ~2,000 lines is one write sync; each further block is one more sync.
 * Calculation is suspended until each sync. Should a later sync fail, the sheets this insert created are
 * removed again and kept sheets get their names back, so no half-written template stays.
 *
 * "Replace" never deletes: `Worksheet.delete` cannot be undone in Excel. The old sheets are kept under a new
 * name ("งบประมาณ (เดิม)") and the result says so.
 */

export interface WriteOptions {
  font: string;
  fontSize: number;
  areas: boolean;
  pageLayout: boolean;
  blockBytes: number;
  /** Called before each sync that writes (begin/end of the own-write window, calculation suspension). */
  beforeSync(context: Excel.RequestContext): void;
  /**
   * "replace": each new sheet takes the tab position of the sheet it replaces (which is kept, renamed, right
   * after it), instead of going to the end. Queued with the writes: no extra sync.
   */
  inPlace?: boolean;
  /**
   * With `inPlace`: how the replaced sheet is kept: hidden under a plain kept name, or visible, dated and placed
   * after the copies kept of it before (in order).
   */
  keep?: KeepOld;
}

/** Bytes of a queued formatting command, as Excel's request carries it (an estimate with room to spare). */
const COMMAND_BYTES = 300;

interface CellBlock {
  sheet: Excel.Worksheet;
  address: string;
  grid: CellInput[][];
  bytes: number;
}

export async function writeTemplate(context: Excel.RequestContext, spec: WorkbookSpec, mode: ConflictMode, opts: WriteOptions): Promise<InsertResult & { names: string[] }> {
  const collection = context.workbook.worksheets;
  collection.load(opts.inPlace ? "items/name,items/position" : "items/name");
  const definedNames = spec.names?.length ? context.workbook.names.load("items/name") : undefined;
  await context.sync();
  const existing = collection.items.map((s) => s.name);
  const keep = opts.inPlace ? opts.keep : undefined;
  const plan = planInsert(
    spec.sheets.map((s) => s.name),
    existing,
    mode,
    keep && !keep.hidden ? (old, taken) => datedKeptName(old, taken, keep.at ?? new Date()) : keptName,
  );
  const { conflicts, renames } = plan;
  if (plan.abort) return { created: [], conflicts, names: existing };
  const finalName = (name: string) => renames.get(name) ?? name;

  const created: string[] = [];
  try {
    const keptSheets = new Map<string, Excel.Worksheet>();
    for (const [from, to] of plan.keptAs) {
      const ws = collection.getItem(from);
      ws.name = to;
      keptSheets.set(from, ws);
    }
    // Add every sheet before writing any formula, so cross-sheet references resolve to the new sheets.
    const sheets = spec.sheets.map((s) => ({ spec: s, name: finalName(s.name), sheet: collection.add(finalName(s.name)) }));
    created.push(...sheets.map((s) => s.name));
    if (opts.inPlace) {
      const position = new Map(collection.items.map((s) => [s.name, s.position]));
      for (const c of sheets) {
        const at = plan.keptAs.has(c.name) ? position.get(c.name) : undefined;
        if (at === undefined) continue;
        c.sheet.position = at;
        // the kept sheet: after the new one and the copies kept of it before (in order), or hidden
        const ws = keptSheets.get(c.name);
        if (!ws || !keep) continue;
        const after = collection.items.filter((x) => x.position > at).sort((x, y) => x.position - y.position);
        let n = 0;
        while (n < after.length && isCopyOf(c.name, after[n].name)) n++;
        if (n > 0) ws.position = at + 1 + n;
        if (keep.hidden) ws.visibility = "Hidden" as Excel.SheetVisibility;
      }
    }
    const blocks: CellBlock[] = [];
    let queued = 0;
    for (const c of sheets) queued += writeSheet(c.sheet, c.spec, renames, opts, blocks);
    const byName = new Map(sheets.map((c) => [c.name, c.sheet]));
    for (const chart of spec.charts ?? []) {
      const host = byName.get(finalName(chart.sheet));
      if (!host) continue;
      const rangeOf = (addr: string) => {
        const target = sheetOf(addr);
        const sheet = target ? (byName.get(finalName(target)) ?? collection.getItem(target)) : host;
        return sheet.getRange(stripSheet(addr));
      };
      const c = host.charts.add("ColumnClustered" as Excel.ChartType, rangeOf(chart.valuesRange), "Columns" as Excel.ChartSeriesBy);
      c.title.text = chart.title;
      c.legend.visible = false;
      c.series.getItemAt(0).setXAxisValues(rangeOf(chart.categoriesRange));
      c.setPosition(chart.anchor);
      queued += 6;
    }
    // the template version stamp (a workbook-scoped name on A1 of the project sheet); kept when already there
    const namesThere = new Set((definedNames?.items ?? []).map((n) => n.name.toLowerCase()));
    for (const n of spec.names ?? []) {
      const target = byName.get(finalName(sheetOf(n.refersTo) ?? ""));
      if (target && !namesThere.has(n.name.toLowerCase())) context.workbook.names.add(n.name, target.getRange(stripSheet(n.refersTo)));
    }
    if (sheets.length > 0) sheets[0].sheet.activate();
    // Cell blocks: as many per sync as fit; the formatting above goes with the first.
    let budget = opts.blockBytes - queued * COMMAND_BYTES;
    for (const b of blocks) {
      if (b.bytes > budget && budget < opts.blockBytes - queued * COMMAND_BYTES) {
        opts.beforeSync(context);
        // One sync per block of rows, by design: Excel on the web refuses a request over 5 MB.
        // eslint-disable-next-line office-addins/no-context-sync-in-loop
        await context.sync();
        budget = opts.blockBytes;
        queued = 0;
      }
      b.sheet.getRange(b.address).formulas = b.grid;
      budget -= b.bytes + COMMAND_BYTES;
    }
    opts.beforeSync(context);
    await context.sync();
  } catch (e) {
    await undoPartialInsert(context, created, plan.keptAs);
    throw e;
  }
  const kept = new Map(plan.keptAs);
  const names = [...existing.map((n) => kept.get(n) ?? n), ...created];
  return { created, conflicts, names, ...(plan.keptAs.size > 0 ? { keptAs: [...plan.keptAs].map(([name, keptAs]) => ({ name, keptAs })) } : {}) };
}

/** After a failed write: remove the sheets this insert added and give kept sheets their names back. */
async function undoPartialInsert(context: Excel.RequestContext, created: string[], keptAs: ReadonlyMap<string, string>): Promise<void> {
  try {
    const collection = context.workbook.worksheets;
    collection.load("items/name");
    await context.sync();
    const present = new Set(collection.items.map((s) => s.name.toLowerCase()));
    for (const name of created) if (present.has(name.toLowerCase())) collection.getItem(name).delete();
    for (const [from, to] of keptAs) if (present.has(to.toLowerCase())) collection.getItem(to).name = from;
    await context.sync();
  } catch (e) {
    // the original error is the one the caller reports; this one only leaves the workbook as the failure left it
    console.warn("could not undo a partly inserted template", e);
  }
}

/** Queue the formatting of one new sheet and collect its cell blocks; returns the number of commands queued. */
function writeSheet(sheet: Excel.Worksheet, spec: SheetSpec, renames: ReadonlyMap<string, string>, opts: WriteOptions, blocks: CellBlock[]): number {
  let commands = 2;
  sheet.getRange().format.font.name = opts.font;
  sheet.getRange().format.font.size = opts.fontSize;
  if (spec.tabColor) sheet.tabColor = spec.tabColor;
  // the add-in's own sheets (what an import could not read) are written hidden
  if (spec.hidden) sheet.visibility = "Hidden" as Excel.SheetVisibility;

  const cells = spec.cells.map((c) => ({ cell: c, pos: parseCell(c.address) }));
  if (cells.length > 0) {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const { pos } of cells) {
      top = Math.min(top, pos.row);
      left = Math.min(left, pos.col);
      bottom = Math.max(bottom, pos.row);
      right = Math.max(right, pos.col);
    }
    // The bounding box (the sheet is new, so the blanks in between overwrite nothing), in row blocks by bytes.
    const grid: CellInput[][] = Array.from({ length: bottom - top + 1 }, () => new Array<CellInput>(right - left + 1).fill(""));
    for (const { cell, pos } of cells) {
      grid[pos.row - top][pos.col - left] = cell.formula ? renameSheetRefs(cell.formula, renames) : toCellInput(cell.value);
    }
    let start = 0;
    let bytes = 0;
    const flush = (end: number) => {
      if (end <= start) return;
      blocks.push({ sheet, address: rangeAddress({ top: top + start, left, bottom: top + end - 1, right }), grid: grid.slice(start, end), bytes });
      start = end;
      bytes = 0;
    };
    const limit = opts.blockBytes / 2;
    grid.forEach((row, i) => {
      const b = utf8Length(JSON.stringify(row)) + 1;
      if (bytes + b > limit) flush(i);
      bytes += b;
    });
    flush(grid.length);

    // Number formats and looks, grouped by property into rectangles.
    const byFormat = new Map<string, CellPos[]>();
    const byProp = new Map<string, { prop: LookProp; value: LookValue; cells: CellPos[] }>();
    for (const { cell, pos } of cells) {
      const fmt = cell.numberFormat ?? (cell.style ? STYLE_LOOKS[cell.style]?.numberFormat : undefined);
      if (fmt) push(byFormat, fmt, pos);
      const look = cell.style ? STYLE_LOOKS[cell.style] : undefined;
      if (!look) continue;
      for (const prop of LOOK_PROPS) {
        const value = look[prop];
        if (value === undefined) continue;
        const k = `${prop}\u0000${String(value)}`;
        let g = byProp.get(k);
        if (!g) byProp.set(k, (g = { prop, value, cells: [] }));
        g.cells.push(pos);
      }
    }
    for (const [fmt, list] of byFormat) {
      for (const rect of groupRectangles(list)) {
        // One string for the whole rectangle: Excel applies a single value to every cell of the range.
        (sheet.getRange(rangeAddress(rect)) as unknown as { numberFormat: unknown }).numberFormat = fmt;
        commands++;
      }
    }
    for (const { prop, value, cells: list } of byProp.values()) {
      const rects = groupRectangles(list);
      if (opts.areas && prop !== "border" && rects.length > 1) {
        for (const chunk of chunkAddresses(rects.map(rangeAddress))) {
          applyProp(sheet.getRanges(chunk).format, prop, value);
          commands++;
        }
      } else {
        for (const rect of rects) {
          applyProp(sheet.getRange(rangeAddress(rect)).format, prop, value, rect);
          commands += prop === "border" ? 12 : 1;
        }
      }
    }
  }

  for (const [col, width] of Object.entries(spec.columnWidths ?? {})) {
    const letters = /^\d+$/.test(col) ? colLetter(Number(col)) : col.toUpperCase();
    colIndex(letters); // validates
    sheet.getRange(`${letters}:${letters}`).format.columnWidth = columnWidthPoints(width);
    commands++;
  }
  for (const m of spec.merges ?? []) {
    sheet.getRange(m).merge(false);
    commands++;
  }
  for (const v of spec.validations ?? []) {
    const source = listSource(v.source, renames);
    if (!source) continue;
    const dv = sheet.getRange(v.range).dataValidation;
    dv.rule = { list: { inCellDropDown: true, source } };
    // month cells also take a date typed in any form: no alert for a value outside the list
    if (v.allowOther) dv.errorAlert = { showAlert: false, style: "Information" as Excel.DataValidationAlertStyle, title: "", message: "" };
    commands += v.allowOther ? 2 : 1;
  }
  for (const cf of spec.conditionalFormats ?? []) {
    const f = sheet.getRange(cf.range).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    f.custom.rule.formula = renameSheetRefs(cf.formula, renames);
    if (cf.fill) f.custom.format.fill.color = cf.fill;
    if (cf.fontColor) f.custom.format.font.color = cf.fontColor;
    commands += 4;
  }
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) {
    sheet.getRange(`${row}:${row}`).format.rowHeight = height;
    commands++;
  }
  if (spec.freezeRows) sheet.freezePanes.freezeRows(spec.freezeRows);
  if (opts.pageLayout) {
    if (spec.landscape) sheet.pageLayout.orientation = "Landscape" as Excel.PageOrientation;
    if (spec.printTitleRows) {
      const rows = spec.printTitleRows.replace(/\$/g, "").split(":");
      sheet.pageLayout.setPrintTitleRows(`$${rows[0]}:$${rows[1] ?? rows[0]}`);
    }
    // A4, one page wide, page numbers; what prints (no instruction lines, no checker columns)
    sheet.pageLayout.paperSize = "A4" as Excel.PaperType;
    sheet.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
    sheet.pageLayout.headersFooters.defaultForAllPages.centerFooter = "&P / &N";
    if (spec.printArea) sheet.pageLayout.setPrintArea(spec.printArea);
    // the proposal's own page breaks (a heading kept with what follows, a table's header repeated)
    for (const r of spec.rowBreaks ?? []) sheet.horizontalPageBreaks.add(`A${r + 1}`);
    if (spec.margins) {
      // inches → points
      sheet.pageLayout.leftMargin = spec.margins.left * 72;
      sheet.pageLayout.rightMargin = spec.margins.right * 72;
      sheet.pageLayout.topMargin = spec.margins.top * 72;
      sheet.pageLayout.bottomMargin = spec.margins.bottom * 72;
    }
    commands += 8 + (spec.rowBreaks?.length ?? 0);
  }
  return commands;
}

type LookProp = "fill" | "fontColor" | "bold" | "italic" | "size" | "horizontalAlignment" | "wrap" | "locked" | "border";
type LookValue = string | number | boolean;
const LOOK_PROPS: LookProp[] = ["fill", "fontColor", "bold", "italic", "size", "horizontalAlignment", "wrap", "locked", "border"];

function applyProp(f: Excel.RangeFormat, prop: LookProp, value: LookValue, rect?: RangePos): void {
  switch (prop) {
    case "fill":
      f.fill.color = value as string;
      break;
    case "fontColor":
      f.font.color = value as string;
      break;
    case "bold":
      f.font.bold = value as boolean;
      break;
    case "italic":
      f.font.italic = value as boolean;
      break;
    case "size":
      f.font.size = value as number;
      break;
    case "horizontalAlignment":
      f.horizontalAlignment = value as Excel.HorizontalAlignment;
      break;
    case "wrap":
      f.wrapText = value as boolean;
      break;
    case "locked":
      f.protection.locked = value as boolean;
      break;
    case "border": {
      if (!value) break;
      // Inside edges only where the rectangle has more than one row / column.
      const edges = BORDER_EDGES.filter(
        (e) => (e !== "InsideHorizontal" || !rect || rect.bottom > rect.top) && (e !== "InsideVertical" || !rect || rect.right > rect.left),
      );
      for (const edge of edges) {
        const b = f.borders.getItem(edge);
        b.style = "Continuous" as Excel.BorderLineStyle;
        b.color = BORDER_COLOR;
      }
      break;
    }
  }
}

const BORDER_EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as Excel.BorderIndex[];

