/* global Excel, Office */
import type { Finding, Severity } from "../../core/findings";
import { severityOrder } from "../../core/findings";
import type { CellEdit, ConflictMode, InsertResult, RequirementStatus, WorkbookHost } from "../../workbook/host";
import type { CellScalar, SheetSnapshot, SheetSpec, WorkbookSnapshot, WorkbookSpec } from "../../workbook/types";
import { readTemplateStamp, type TemplateStampInfo } from "../../workbook/templateVersion";
import {
  type CellPos,
  type RangePos,
  columnIndex,
  columnLetters,
  groupRectangles,
  MAX_SHEET_NAME,
  parseCell,
  parseRange,
  rangeAddress,
  renameSheetRefs,
  sheetOf,
  stripSheet,
  suffixedName,
} from "./a1";
import { planInsert } from "./insertPlan";
import {
  BORDER_COLOR,
  columnWidthPoints,
  DEFAULT_FONT,
  DEFAULT_FONT_SIZE,
  MARK_FILLS,
  MARK_FONT_COLORS,
  STYLE_LOOKS,
} from "./styles";

/**
 * The live workbook, through the Excel JavaScript API. This folder is the only place in the project that
 * touches `Excel` / `Office`.
 *
 * Baseline: ExcelApi 1.8. Newer sets are used only after `Office.context.requirements.isSetSupported`:
 * - 1.9: page layout (landscape, print titles), `worksheets.onChanged` for the whole collection;
 * - 1.11: `delayForCellEdit` (a batch waits while the user is typing in a cell instead of failing);
 * - 1.14: `triggerSource` on change events ("ThisLocalAddin" = our own writes).
 *
 * Round trips (context.sync) per call, independent of the plan's size:
 * sheetNames 1 · loadSnapshot 1 once the sheet names are known (2 the first time or after sheets were added or
 * renamed, 3 when a known sheet vanished) · insertTemplate 2 (names, then one write batch that also activates
 * the first sheet) · applyEdits 2 (load old values, write) · selectCell 1 · clearMarks / markFindings 4 (below).
 *
 * Writing a template: all sheets are added first (so cross-sheet formulas resolve), each sheet's cells go in
 * ONE `formulas` array over their bounding box, number formats in a few rectangles, and formatting is grouped
 * by property (fill, bold, borders, locked, …) into rectangles; on ExcelApi 1.9 scattered cells sharing a value
 * go into one RangeAreas. Calculation is suspended for the batch. For the real layout with 2,000 budget lines
 * that is ~500 queued commands and ~1.5 MB of request (5,000 lines: ~550 commands, ~3.5 MB — under the 5 MB
 * request limit of Excel on the web).
 *
 * Finding marks — the choice: add-in-owned *conditional formats*. A mark is a custom-formula conditional format
 * on the finding's cells whose formula is always TRUE and carries a marker, `=N("thai-budget-plan:mark:error")=0`.
 * Conditional formats sit on top of the cell's own format and never change it, so removing them restores exactly
 * what the user had. We do not rely on remembered ids (they are not guaranteed to survive a reload of the task
 * pane or of the file): clearMarks scans the conditional formats of every sheet, reads the formula of the custom
 * ones, and deletes only those carrying our marker — user rules are left alone. Comments/notes were rejected (they
 * would collide with the user's own notes and need ExcelApi 1.10/1.18), a findings sheet is the job of the layout
 * ("results" sheet key), and changing fills directly would destroy the user's formatting.
 */

export const MARK_MARKER = "thai-budget-plan:mark";

/** `=N("thai-budget-plan:mark:error")=0` — always TRUE; the text identifies the rule as ours. */
export function markFormula(severity: Severity): string {
  return `=N("${MARK_MARKER}:${severity}")=0`;
}

export function isMarkFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && formula.includes(MARK_MARKER);
}

export const REQUIRED_SET = { set: "ExcelApi", version: "1.8" } as const;
export const OPTIONAL_SETS = [
  { set: "ExcelApi", version: "1.9" },
  { set: "ExcelApi", version: "1.11" },
  { set: "ExcelApi", version: "1.14" },
] as const;

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** The part of the `Excel` namespace this adapter uses (injectable for tests). */
export interface ExcelRunner {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  run<T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T>;
}

export interface OfficeHostOptions {
  /** Defaults to the global `Excel`. */
  excel?: ExcelRunner;
  /** Defaults to `Office.context.requirements.isSetSupported`. */
  isSetSupported?: (set: string, version: string) => boolean;
  /** Change events arriving this long after our own write finished are still treated as ours (hosts without triggerSource). */
  eventGraceMs?: number;
  /** Clock for the grace window (tests). */
  now?: () => number;
  font?: string;
  fontSize?: number;
}

type CellInput = string | number | boolean;

/**
 * A value as written through `Range.values`/`formulas`: null → "" (empty); text that Excel would turn into a
 * number, date, boolean or formula gets the text prefix "'" so it stays exactly as the layout wrote it.
 */
export function toCellInput(v: CellScalar | undefined): CellInput {
  if (v === null || v === undefined) return "";
  if (typeof v !== "string") return v;
  if (
    /^[=+@'-]/.test(v) ||
    /^\s*[-+]?(\d[\d,]*)?\.?\d+(e[-+]?\d+)?\s*%?\s*$/i.test(v) ||
    /^\s*\d{1,4}\s*[/-]\s*\d{1,2}(\s*[/-]\s*\d{1,4})?\s*$/.test(v) ||
    /^\s*\d{1,2}:\d{2}/.test(v) ||
    /^(true|false)$/i.test(v.trim())
  ) {
    return "'" + v;
  }
  return v;
}

function fromCellValue(v: unknown): CellScalar {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

export class OfficeWorkbookHost implements WorkbookHost {
  readonly kind = "excel" as const;
  private readonly excel: ExcelRunner;
  private readonly isSetSupportedFn: (set: string, version: string) => boolean;
  private readonly graceMs: number;
  private readonly now: () => number;
  private readonly font: string;
  private readonly fontSize: number;
  /** Sheet names seen by the last call that loaded them (lets loadSnapshot read in one sync). */
  private knownSheets: string[] | undefined;
  /** > 0 while the add-in is writing; change events are ignored then. */
  private writing = 0;
  private quietUntil = 0;

  constructor(options: OfficeHostOptions = {}) {
    this.excel = options.excel ?? (globalThis as unknown as { Excel: ExcelRunner }).Excel;
    this.isSetSupportedFn =
      options.isSetSupported ??
      ((set, version) => {
        const office = (globalThis as unknown as { Office?: typeof Office }).Office;
        return Boolean(office?.context?.requirements?.isSetSupported(set, version));
      });
    this.graceMs = options.eventGraceMs ?? 250;
    this.now = options.now ?? (() => Date.now());
    this.font = options.font ?? DEFAULT_FONT;
    this.fontSize = options.fontSize ?? DEFAULT_FONT_SIZE;
  }

  supports(version: string): boolean {
    try {
      return this.isSetSupportedFn("ExcelApi", version);
    } catch {
      return false;
    }
  }

  requirements(): RequirementStatus[] {
    return [REQUIRED_SET, ...OPTIONAL_SETS].map((r) => ({ ...r, supported: this.supports(r.version) }));
  }

  /** Excel.run, waiting for the user to leave cell-edit mode where the host can (ExcelApi 1.11). */
  private run<T>(batch: Batch<T>): Promise<T> {
    if (this.supports("1.11")) return this.excel.run({ delayForCellEdit: true }, batch);
    return this.excel.run(batch);
  }

  private beginWrite(): void {
    this.writing++;
  }

  private endWrite(): void {
    this.writing = Math.max(0, this.writing - 1);
    this.quietUntil = this.now() + this.graceMs;
  }

  /** True when a change event is (or may be) the echo of the add-in's own write. */
  isOwnChange(event: { triggerSource?: string }): boolean {
    if (event.triggerSource === "ThisLocalAddin") return true;
    if (event.triggerSource !== undefined && this.supports("1.14")) return false;
    return this.writing > 0 || this.now() < this.quietUntil;
  }

  async sheetNames(): Promise<string[]> {
    return this.run(async (context) => {
      const sheets = context.workbook.worksheets;
      sheets.load("items/name");
      await context.sync();
      this.knownSheets = sheets.items.map((s) => s.name);
      return [...this.knownSheets];
    });
  }

  /**
   * Values and formulas of the used ranges. Usually ONE sync: the sheet names learnt by an earlier call are
   * used to queue every used-range load together with a fresh load of the names. When the names turn out to
   * have changed (a sheet added or renamed), the ranges of the right sheets are read with a second sync. A
   * sheet the add-in knew that was deleted fails the first batch; then names and ranges are read afresh
   * (2 more syncs, the one 3-sync case).
   */
  async loadSnapshot(sheets?: string[]): Promise<WorkbookSnapshot> {
    const known = this.knownSheets;
    if (known) {
      try {
        return await this.run(async (context) => {
          const collection = context.workbook.worksheets;
          collection.load("items/name");
          const used = queueUsedRanges(collection, pickSheets(known, sheets));
          await context.sync();
          const names = collection.items.map((s) => s.name);
          if (sameList(names, known)) return snapshotOf(used);
          this.knownSheets = names;
          const again = queueUsedRanges(collection, pickSheets(names, sheets));
          await context.sync();
          return snapshotOf(again);
        });
      } catch {
        this.knownSheets = undefined;
      }
    }
    return this.run(async (context) => {
      const collection = context.workbook.worksheets;
      collection.load("items/name");
      await context.sync();
      const names = collection.items.map((s) => s.name);
      this.knownSheets = names;
      const used = queueUsedRanges(collection, pickSheets(names, sheets));
      await context.sync();
      return snapshotOf(used);
    });
  }

  /** The template version stamp of the open workbook (one sync). */
  async templateStamp(): Promise<TemplateStampInfo | undefined> {
    return this.run(async (context) => {
      const names = context.workbook.names.load("items/name,items/formula");
      await context.sync();
      return readTemplateStamp(names.items.map((n) => ({ name: n.name, refersTo: String(n.formula ?? "") })));
    });
  }

  async insertTemplate(spec: WorkbookSpec, mode: ConflictMode): Promise<InsertResult> {
    return this.run(async (context) => {
      const collection = context.workbook.worksheets;
      collection.load("items/name");
      const definedNames = spec.names?.length ? context.workbook.names.load("items/name") : undefined;
      await context.sync();

      const existing = collection.items.map((s) => s.name);
      const plan = planInsert(
        spec.sheets.map((s) => s.name),
        existing,
        mode,
      );
      const { conflicts, renames } = plan;
      if (plan.abort) return { created: [], conflicts };
      const taken = new Set([...existing, ...plan.names]);
      const finalName = (name: string) => renames.get(name) ?? name;

      this.beginWrite();
      try {
        context.application.suspendApiCalculationUntilNextSync();
        // "replace": move the old sheets out of the way first (delete them at the end of the batch, when the
        // workbook is sure to keep at least one sheet).
        const doomed: Excel.Worksheet[] = [];
        plan.replaced.forEach((name, i) => {
          const old = collection.getItem(name);
          let temp = `~old${i}~${name}`.slice(0, MAX_SHEET_NAME);
          while (taken.has(temp)) temp = suffixedName(temp, taken);
          taken.add(temp);
          old.name = temp;
          doomed.push(old);
        });
        // Add every sheet before writing any formula, so cross-sheet references resolve to the new sheets.
        const created = spec.sheets.map((s) => ({ spec: s, name: finalName(s.name), sheet: collection.add(finalName(s.name)) }));
        for (const c of created) this.writeSheet(c.sheet, c.spec, renames);
        const byName = new Map(created.map((c) => [c.name, c.sheet]));
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
        }
        // the template version stamp (a workbook-scoped name on A1 of the project sheet); kept when already there
        const namesThere = new Set((definedNames?.items ?? []).map((n) => n.name.toLowerCase()));
        for (const n of spec.names ?? []) {
          const target = byName.get(finalName(sheetOf(n.refersTo) ?? ""));
          if (target && !namesThere.has(n.name.toLowerCase())) context.workbook.names.add(n.name, target.getRange(stripSheet(n.refersTo)));
        }
        for (const d of doomed) d.delete();
        if (created.length > 0) created[0].sheet.activate();
        await context.sync();
        // New sheets go after the existing ones; replaced ones are gone.
        const gone = new Set(plan.replaced);
        this.knownSheets = [...existing.filter((n) => !gone.has(n)), ...created.map((c) => c.name)];
        return { created: created.map((c) => c.name), conflicts };
      } finally {
        this.endWrite();
      }
    });
  }

  /** Queue the writes of one new sheet (no sync here). */
  private writeSheet(sheet: Excel.Worksheet, spec: SheetSpec, renames: ReadonlyMap<string, string>): void {
    sheet.getRange().format.font.name = this.font;
    sheet.getRange().format.font.size = this.fontSize;
    if (spec.tabColor) sheet.tabColor = spec.tabColor;

    const cells = spec.cells.map((c) => ({ cell: c, pos: parseCell(c.address) }));
    if (cells.length > 0) {
      // One write of the bounding box (the sheet is new, so the blanks in between overwrite nothing).
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
      const grid: CellInput[][] = Array.from({ length: bottom - top + 1 }, () => new Array<CellInput>(right - left + 1).fill(""));
      for (const { cell, pos } of cells) {
        grid[pos.row - top][pos.col - left] = cell.formula ? renameSheetRefs(cell.formula, renames) : toCellInput(cell.value);
      }
      sheet.getRange(rangeAddress({ top, left, bottom, right })).formulas = grid;

      // Number formats: a few rectangles per distinct format.
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
          sheet.getRange(rangeAddress(rect)).numberFormat = fill2d(rect, fmt);
        }
      }
      // Styles: grouped by each formatting property rather than by style name, so that e.g. the borders of a
      // whole table are one rectangle even where input and formula cells alternate. Scattered cells sharing a
      // value (the fill of lump-sum amounts among computed ones) go into one multi-area range on ExcelApi 1.9.
      const areas = this.supports("1.9");
      for (const { prop, value, cells: list } of byProp.values()) {
        const rects = groupRectangles(list);
        if (areas && prop !== "border" && rects.length > 1) {
          for (const chunk of chunkAddresses(rects.map(rangeAddress))) applyProp(sheet.getRanges(chunk).format, prop, value);
        } else {
          for (const rect of rects) applyProp(sheet.getRange(rangeAddress(rect)).format, prop, value, rect);
        }
      }
    }

    for (const [col, width] of Object.entries(spec.columnWidths ?? {})) {
      const letters = /^\d+$/.test(col) ? columnLetters(Number(col) - 1) : col.toUpperCase();
      columnIndex(letters); // validates
      sheet.getRange(`${letters}:${letters}`).format.columnWidth = columnWidthPoints(width);
    }
    for (const m of spec.merges ?? []) sheet.getRange(m).merge(false);
    for (const v of spec.validations ?? []) {
      const source = listSource(v.source, renames);
      if (source) sheet.getRange(v.range).dataValidation.rule = { list: { inCellDropDown: true, source } };
    }
    for (const cf of spec.conditionalFormats ?? []) {
      const f = sheet.getRange(cf.range).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
      f.custom.rule.formula = renameSheetRefs(cf.formula, renames);
      if (cf.fill) f.custom.format.fill.color = cf.fill;
      if (cf.fontColor) f.custom.format.font.color = cf.fontColor;
    }
    if (spec.freezeRows) sheet.freezePanes.freezeRows(spec.freezeRows);
    if (this.supports("1.9")) {
      if (spec.landscape) sheet.pageLayout.orientation = "Landscape" as Excel.PageOrientation;
      if (spec.printTitleRows) {
        const rows = spec.printTitleRows.replace(/\$/g, "").split(":");
        sheet.pageLayout.setPrintTitleRows(`$${rows[0]}:$${rows[1] ?? rows[0]}`);
      }
    }
  }

  async applyEdits(edits: CellEdit[]): Promise<CellEdit[]> {
    if (edits.length === 0) return [];
    return this.run(async (context) => {
      const ranges = edits.map((e) => {
        const r = context.workbook.worksheets.getItem(e.sheet).getRange(e.cell);
        r.load("values,formulas");
        return r;
      });
      await context.sync();
      const inverse: CellEdit[] = edits.map((e, i) => {
        const f = ranges[i].formulas[0][0];
        if (typeof f === "string" && f.startsWith("=")) return { sheet: e.sheet, cell: e.cell, formula: f };
        return { sheet: e.sheet, cell: e.cell, value: fromCellValue(ranges[i].values[0][0]) };
      });
      this.beginWrite();
      try {
        edits.forEach((e, i) => {
          if (e.formula !== undefined) ranges[i].formulas = [[e.formula]];
          else ranges[i].values = [[toCellInput(e.value)]];
        });
        await context.sync();
      } finally {
        this.endWrite();
      }
      return inverse.reverse();
    });
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(cell).select();
      await context.sync();
    });
  }

  async markFindings(findings: Finding[]): Promise<void> {
    await this.run(async (context) => {
      const { sheets, ours } = await scanMarks(context);
      const present = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
      // One mark per cell, the most severe finding wins.
      const perSheet = new Map<Excel.Worksheet, Map<string, { pos: CellPos; severity: Severity }>>();
      for (const f of findings) {
        if (!f.sheet || !f.cell) continue;
        const sheet = present.get(f.sheet.toLowerCase());
        if (!sheet) continue;
        let rect: RangePos;
        try {
          rect = parseRange(f.cell);
        } catch {
          continue;
        }
        let cells = perSheet.get(sheet);
        if (!cells) perSheet.set(sheet, (cells = new Map()));
        for (let r = rect.top; r <= rect.bottom; r++) {
          for (let c = rect.left; c <= rect.right; c++) {
            const key = `${r}:${c}`;
            const prev = cells.get(key);
            if (!prev || severityOrder[f.severity] < severityOrder[prev.severity]) cells.set(key, { pos: { row: r, col: c }, severity: f.severity });
          }
        }
      }
      this.beginWrite();
      try {
        for (const cf of ours) cf.delete();
        for (const [sheet, cells] of perSheet) {
          const bySeverity = new Map<Severity, CellPos[]>();
          for (const { pos, severity } of cells.values()) push(bySeverity, severity, pos);
          for (const [severity, list] of bySeverity) {
            for (const rect of groupRectangles(list)) {
              const cf = sheet.getRange(rangeAddress(rect)).conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
              cf.custom.rule.formula = markFormula(severity);
              cf.custom.format.fill.color = MARK_FILLS[severity];
              cf.custom.format.font.color = MARK_FONT_COLORS[severity];
              cf.priority = 0;
            }
          }
        }
        await context.sync();
      } finally {
        this.endWrite();
      }
    });
  }

  async clearMarks(): Promise<void> {
    await this.run(async (context) => {
      const { ours } = await scanMarks(context);
      if (ours.length === 0) return;
      this.beginWrite();
      try {
        for (const cf of ours) cf.delete();
        await context.sync();
      } finally {
        this.endWrite();
      }
    });
  }

  async onUserChange(listener: () => void): Promise<() => void> {
    const handler = async (event: Excel.WorksheetChangedEventArgs) => {
      if (this.isOwnChange(event as { triggerSource?: string })) return;
      listener();
    };
    const subscriptions: OfficeExtension.EventHandlerResult<unknown>[] = [];
    let active = true;
    await this.run(async (context) => {
      const collection = context.workbook.worksheets;
      if (this.supports("1.9")) {
        subscriptions.push(collection.onChanged.add(handler));
      } else {
        // ExcelApi 1.8: Worksheet.onChanged (1.7) per sheet, and sheets added later get subscribed as they come.
        collection.load("items/name");
        await context.sync();
        for (const sheet of collection.items) subscriptions.push(sheet.onChanged.add(handler));
        subscriptions.push(
          collection.onAdded.add(async (added: Excel.WorksheetAddedEventArgs) => {
            if (!active) return;
            await this.excel.run(async (ctx) => {
              subscriptions.push(ctx.workbook.worksheets.getItem(added.worksheetId).onChanged.add(handler));
              await ctx.sync();
            });
          }),
        );
      }
      await context.sync();
    });
    return () => {
      active = false;
      const byContext = new Map<OfficeExtension.ClientRequestContext, OfficeExtension.EventHandlerResult<unknown>[]>();
      for (const s of subscriptions.splice(0)) push(byContext, s.context, s);
      void Promise.all(
        [...byContext].map(([ctx, list]) =>
          this.excel.run(ctx, async (context) => {
            for (const s of list) s.remove();
            await context.sync();
          }),
        ),
      ).catch(() => undefined);
    };
  }
}

/** Reads all conditional formats of all sheets and returns the ones that are our marks (3 syncs). */
/**
 * Reads the conditional formats of every unprotected sheet and returns the ones that are our marks (3 syncs).
 * Protected sheets are left alone (Excel refuses format changes there, which would fail the whole batch):
 * they get no new marks, and marks already on them stay until the sheet is unprotected.
 */
async function scanMarks(context: Excel.RequestContext): Promise<{ sheets: Excel.Worksheet[]; ours: Excel.ConditionalFormat[] }> {
  const collection = context.workbook.worksheets;
  collection.load("items/name,items/protection/protected");
  await context.sync();
  const sheets = collection.items.filter((s) => !s.protection.protected);
  const lists = sheets.map((s) => {
    const cfs = s.getRange().conditionalFormats;
    cfs.load("items/id,items/type");
    return cfs;
  });
  await context.sync();
  const customs: { cf: Excel.ConditionalFormat; rule: Excel.ConditionalFormatRule }[] = [];
  for (const cfs of lists) {
    for (const cf of cfs.items) {
      if (cf.type !== "Custom") continue;
      const rule = cf.custom.rule;
      rule.load("formula");
      customs.push({ cf, rule });
    }
  }
  if (customs.length > 0) await context.sync();
  return { sheets, ours: customs.filter((c) => isMarkFormula(c.rule.formula)).map((c) => c.cf) };
}

/**
 * The `list.source` of a data validation: a range formula (sheet names renamed), or literal items joined with
 * commas. Excel rejects a literal list over 255 characters, which would fail the whole template batch, so
 * such a list (or one with no usable item) is left out; items containing a comma cannot be expressed and are dropped.
 */
export function listSource(source: string | string[], renames: ReadonlyMap<string, string> = new Map()): string | undefined {
  if (!Array.isArray(source)) return renameSheetRefs(source, renames);
  const joined = source.filter((s) => s.trim() !== "" && !s.includes(",")).join(",");
  return joined.length === 0 || joined.length > 255 ? undefined : joined;
}

/** The requested sheets that exist (matched case-insensitively, in the requested order), or all. */
function pickSheets(names: string[], wanted?: string[]): string[] {
  if (!wanted) return names;
  const byLower = new Map(names.map((n) => [n.toLowerCase(), n]));
  return wanted.map((n) => byLower.get(n.toLowerCase())).filter((n): n is string => n !== undefined);
}

function sameList(a: string[], b: string[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function fill2d<T>(rect: RangePos, v: T): T[][] {
  return Array.from({ length: rect.bottom - rect.top + 1 }, () => new Array<T>(rect.right - rect.left + 1).fill(v));
}

type LookProp = "fill" | "fontColor" | "bold" | "italic" | "size" | "horizontalAlignment" | "wrap" | "locked" | "border";
type LookValue = string | number | boolean;
const LOOK_PROPS: LookProp[] = ["fill", "fontColor", "bold", "italic", "size", "horizontalAlignment", "wrap", "locked", "border"];

/** Split area addresses into comma-joined lists of at most `max` characters (one RangeAreas each). */
export function chunkAddresses(addresses: string[], max = 2000): string[] {
  const out: string[] = [];
  let cur = "";
  for (const a of addresses) {
    if (cur && cur.length + 1 + a.length > max) {
      out.push(cur);
      cur = a;
    } else cur = cur ? `${cur},${a}` : a;
  }
  if (cur) out.push(cur);
  return out;
}

/** Queue the load of each sheet's used range (values and formulas); read after the next sync. */
function queueUsedRanges(collection: Excel.WorksheetCollection, names: string[]): { name: string; range: Excel.Range }[] {
  return names.map((name) => {
    const range = collection.getItem(name).getUsedRangeOrNullObject(true);
    range.load("address,values,formulas");
    return { name, range };
  });
}

function snapshotOf(used: { name: string; range: Excel.Range }[]): WorkbookSnapshot {
  return { sheets: used.map(({ name, range }) => toSheetSnapshot(name, range)) };
}

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

/** Used range (or null object) → A1-anchored snapshot. */
export function toSheetSnapshot(
  name: string,
  range: { isNullObject?: boolean; address?: string; values?: unknown[][]; formulas?: unknown[][] },
): SheetSnapshot {
  if (range.isNullObject || !range.address || !range.values) return { name, values: [], formulas: [] };
  const rect = parseRange(range.address);
  const rows = rect.bottom + 1;
  const cols = rect.right + 1;
  const values: CellScalar[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 0; r < rows; r++) {
    const vRow = new Array<CellScalar>(cols).fill(null);
    const fRow = new Array<string | null>(cols).fill(null);
    const srcV = r >= rect.top ? range.values[r - rect.top] : undefined;
    const srcF = r >= rect.top ? range.formulas?.[r - rect.top] : undefined;
    if (srcV) {
      for (let c = rect.left; c < cols; c++) {
        vRow[c] = fromCellValue(srcV[c - rect.left]);
        const f = srcF?.[c - rect.left];
        fRow[c] = typeof f === "string" && f.startsWith("=") ? f : null;
      }
    }
    values.push(vRow);
    formulas.push(fRow);
  }
  return { name, values, formulas };
}
