import type { Finding } from "../../core/findings";
import type { CellEdit, ConflictMode, InsertResult, KeepOld, RequirementStatus, SheetReplaced, UndoOutcome, WorkbookHost } from "../../workbook/host";
import type { SheetSpec, WorkbookSnapshot, WorkbookSpec } from "../../workbook/types";
import { readTemplateStamp, type TemplateStampInfo } from "../../workbook/templateVersion";
import { keptName } from "../../workbook/insertPlan";
import { editCells, selectCell } from "./cells";
import { ensureAddinSheets } from "./addinSheet";
import { OwnWrites, subscribeChanges } from "./changes";
import { clearMarkCells, hasMarkCells, markCells } from "./marks";
import { excelGlobal, officeIsSetSupported } from "./officeGlobal";
import { type ExcelRunner, ExcelSession } from "./session";
import { DEFAULT_READ_LIMITS, type ReadLimits, readWithFallback, readWorkbook } from "./snapshot";
import { DEFAULT_FONT, DEFAULT_FONT_SIZE } from "../../workbook/styles";

/**
 * The live workbook, through the Excel JavaScript API. This folder is the only place in the project that
 * touches `Excel` / `Office`; the pieces: officeGlobal.ts (the globals), session.ts (Excel.run options,
 * cell-edit mode), snapshot.ts (reading in blocks), template.ts (writing a template), cells.ts (edits and
 * undo), marks.ts (finding marks), changes.ts (change events, own writes), errors.ts (error codes).
 *
 * Baseline: ExcelApi 1.8. Newer sets are used only after `Office.context.requirements.isSetSupported`:
 * - 1.9: page layout, `worksheets.onChanged` for the whole collection, RangeAreas (one mark rule per severity);
 * - 1.11: `delayForCellEdit` (a batch waits while the user is typing in a cell instead of failing);
 * - 1.14: `triggerSource` on change events ("ThisLocalAddin" = our own writes);
 * - 1.20: `mergeUndoGroup` — each fix (and the pane's undo of it) is one step on Excel's own undo stack.
 *
 * Round trips (context.sync) per call:
 * loadSnapshot 1 for a plan up to ~2,000 lines whose sheets the add-in has seen (2 the first time, or after
 * sheets were added or renamed; a deleted sheet costs nothing extra), +1 per further block of rows
 * (snapshot.ts) · insertTemplate 2 up to ~2,000 lines (names, one write), +1 per further block ·
 * applyEdits 2 (read, write; +1 when it writes the add-in's hidden mapping sheet) · undoEdits 2 (one read of every cell,
 * one write), 1 when a cell changed since and the undo is refused · selectCell 1 · markFindings / clearMarks 3 to scan, +1 to write when the marks
 * change · replaceSheet 2 (names and positions, one write), +1 per further block of rows · undoReplaceSheet 2.
 *
 * Nothing the add-in does deletes a user's sheet or clears Excel's undo stack: no `Worksheet.delete` of an
 * existing sheet (replaced sheets are kept under a new name), no settings writes. The pane's undo of a re-laid
 * proposal (undoReplaceSheet) hides the layout it undoes under a "(เดิม 2)" name rather than deleting it.
 */

export { MARK_MARKER, markFormula, isMarkFormula } from "./marks";
export { listSource, toCellInput, chunkAddresses } from "./cellInput";
export type { ExcelRunner } from "./session";

export const REQUIRED_SET = { set: "ExcelApi", version: "1.8" } as const;
export const OPTIONAL_SETS = [
  { set: "ExcelApi", version: "1.9" },
  { set: "ExcelApi", version: "1.11" },
  { set: "ExcelApi", version: "1.14" },
  { set: "ExcelApi", version: "1.20" },
] as const;

export interface OfficeHostOptions {
  /** Defaults to the global `Excel`. */
  excel?: ExcelRunner;
  /** Defaults to `Office.context.requirements.isSetSupported`. */
  isSetSupported?: (set: string, version: string) => boolean;
  /** Change events arriving this long after our own write finished are still treated as ours (hosts without triggerSource). */
  eventGraceMs?: number;
  /** Clock for the grace window (tests). */
  now?: () => number;
  /** Pause between tries while Excel is in cell-edit mode (tests). */
  sleep?: (ms: number) => Promise<void>;
  font?: string;
  fontSize?: number;
  readLimits?: Partial<ReadLimits>;
}

export class OfficeWorkbookHost implements WorkbookHost {
  readonly kind = "excel" as const;
  private readonly session: ExcelSession;
  private readonly isSetSupportedFn: (set: string, version: string) => boolean;
  private readonly own: OwnWrites;
  private readonly font: string;
  private readonly fontSize: number;
  private readonly limits: ReadLimits;
  /** Sheet names seen by the last call that loaded them (probed by the next read in its first sync). */
  private knownSheets: string[] | undefined;

  constructor(options: OfficeHostOptions = {}) {
    this.isSetSupportedFn = options.isSetSupported ?? officeIsSetSupported;
    const excel = options.excel ?? excelGlobal<ExcelRunner>()!;
    this.session = new ExcelSession(excel, (v) => this.supports(v), options.sleep);
    this.own = new OwnWrites(options.eventGraceMs ?? 250, options.now ?? (() => Date.now()), () => this.supports("1.14"));
    this.font = options.font ?? DEFAULT_FONT;
    this.fontSize = options.fontSize ?? DEFAULT_FONT_SIZE;
    this.limits = { ...DEFAULT_READ_LIMITS, ...options.readLimits };
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

  /** True when a change event is (or may be) the echo of the add-in's own write. */
  isOwnChange(event: { triggerSource?: string }): boolean {
    return this.own.isOwn(event);
  }

  async sheetNames(): Promise<string[]> {
    return this.session.run(
      async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load("items/name");
        await context.sync();
        this.knownSheets = sheets.items.map((s) => s.name);
        return [...this.knownSheets];
      },
      { retryAfterCellEdit: true },
    );
  }

  async loadSnapshot(sheets?: string[]): Promise<WorkbookSnapshot> {
    // Each attempt is its own Excel.run (a failed request leaves nothing behind to reuse).
    const result = await readWithFallback((mode) =>
      this.session.run((context) => readWorkbook(context, this.knownSheets, sheets, this.limits, mode), { retryAfterCellEdit: true }),
    );
    this.knownSheets = result.names;
    return result.snapshot;
  }

  /** The template version stamp of the open workbook (one sync). */
  async templateStamp(): Promise<TemplateStampInfo | undefined> {
    return this.session.run(
      async (context) => {
        const names = context.workbook.names.load("items/name,items/formula");
        await context.sync();
        return readTemplateStamp(names.items.map((n) => ({ name: n.name, refersTo: String(n.formula ?? "") })));
      },
      { retryAfterCellEdit: true },
    );
  }

  /** How this host writes sheets: its font, what its API version allows, the request block size. */
  private writeOptions() {
    return {
      font: this.font,
      fontSize: this.fontSize,
      areas: this.supports("1.9"),
      pageLayout: this.supports("1.9"),
      blockBytes: this.limits.blockBytes,
      beforeSync: (ctx: Excel.RequestContext) => ctx.application.suspendApiCalculationUntilNextSync(),
    };
  }

  async insertTemplate(spec: WorkbookSpec, mode: ConflictMode): Promise<InsertResult> {
    // the template writer is fetched on the first insert (its own chunk): Excel does not load it with the pane
    const { writeTemplate } = await import(/* webpackChunkName: "template" */ "./template");
    return this.own.during(async () => {
      const result = await this.session.run((context) =>
        writeTemplate(context, spec, mode, this.writeOptions()),
      );
      this.knownSheets = result.names;
      const { names: _names, ...out } = result;
      return out;
    });
  }

  async replaceSheet(spec: SheetSpec, keep: KeepOld = {}): Promise<SheetReplaced> {
    const { writeTemplate } = await import(/* webpackChunkName: "template" */ "./template");
    return this.own.during(async () => {
      const result = await this.session.run(
        (context) =>
          writeTemplate(context, { sheets: [spec] }, "replace", { ...this.writeOptions(), inPlace: true, keep }),
        { undoGroup: true },
      );
      this.knownSheets = result.names;
      const kept = result.keptAs?.find((k) => k.name.toLowerCase() === spec.name.toLowerCase());
      if (!kept) throw new Error(`No sheet named "${spec.name}" to lay out again`);
      return { name: spec.name, keptAs: kept.keptAs, ...(keep.hidden ? { hidden: true } : {}) };
    });
  }

  async undoReplaceSheet(r: SheetReplaced): Promise<boolean> {
    return this.own.during(() =>
      this.session.run(
        async (context) => {
          const sheets = context.workbook.worksheets;
          sheets.load("items/name,items/position");
          await context.sync();
          const names = sheets.items.map((s) => s.name);
          const byName = new Map(sheets.items.map((s) => [s.name.toLowerCase(), s]));
          const laid = byName.get(r.name.toLowerCase());
          const kept = byName.get(r.keptAs.toLowerCase());
          if (!laid || !kept) return false;
          const at = laid.position;
          // nothing is deleted (Worksheet.delete would clear Excel's own undo list): the layout being undone is put
          // away as a hidden "(เดิม 2)" sheet, never read as a plan, and the kept sheet takes its name and place back
          laid.name = keptName(r.name, names);
          laid.visibility = "Hidden" as Excel.SheetVisibility;
          kept.name = r.name;
          kept.position = at;
          if (r.hidden) kept.visibility = "Visible" as Excel.SheetVisibility;
          await context.sync();
          this.knownSheets = undefined;
          return true;
        },
        { retryAfterCellEdit: true, undoGroup: true },
      ),
    );
  }

  async applyEdits(edits: CellEdit[]): Promise<CellEdit[]> {
    if (edits.length === 0) return [];
    const result = await this.own.during(() =>
      this.session.run(
        async (context) => {
          // the add-in's own hidden sheet (column mapping) is made on its first write
          await ensureAddinSheets(context, edits);
          return editCells(context, edits, { copyFormats: this.supports("1.9") });
        },
        { retryAfterCellEdit: true, undoGroup: true },
      ),
    );
    return result.inverse;
  }

  async undoEdits(inverse: CellEdit[]): Promise<UndoOutcome> {
    if (inverse.length === 0) return { undone: [], leftAlone: [] };
    const { undone, leftAlone } = await this.own.during(() =>
      this.session.run((context) => editCells(context, inverse, { allOrNothing: true }), { retryAfterCellEdit: true, undoGroup: true }),
    );
    return { undone, leftAlone };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    await this.session.run((context) => selectCell(context, sheet, cell), { retryAfterCellEdit: true });
  }

  async markFindings(findings: Finding[]): Promise<void> {
    await this.own.during(() => this.session.run((context) => markCells(context, findings, this.supports("1.9")), { retryAfterCellEdit: true }));
  }

  async clearMarks(): Promise<void> {
    await this.own.during(() => this.session.run((context) => clearMarkCells(context, this.supports("1.9")), { retryAfterCellEdit: true }));
  }

  async hasMarks(): Promise<boolean> {
    return this.session.run((context) => hasMarkCells(context, this.supports("1.9")), { retryAfterCellEdit: true });
  }

  async onUserChange(listener: () => void): Promise<() => void> {
    return subscribeChanges(this.session, (v) => this.supports(v), (event) => this.own.deliver(event as { triggerSource?: string }, listener));
  }
}
