import { clip } from "../../core/clip";
import type { Finding } from "../../core/findings";
import type { CellEdit, ConflictMode, InsertResult, KeepOld, RequirementStatus, SheetReplaced, UndoOutcome, WorkbookHost } from "../../workbook/host";
import { cellHolds } from "../../workbook/undoCheck";
import type { SheetSpec, WorkbookSnapshot, WorkbookSpec } from "../../workbook/types";
import { keptName, planInsert } from "../../workbook/insertPlan";
import { datedKeptName, replacedOrder } from "../../workbook/keptCopies";
import { PreviewWorkbook } from "./PreviewWorkbook";
import { isAddinSheet } from "../../workbook/mapping";
import { readTemplateStamp, type TemplateStampInfo } from "../../workbook/templateVersion";

/**
 * WorkbookHost over the in-browser PreviewWorkbook. Edits made through this API (templates, fixes, undo)
 * are "api" changes and are not reported to onUserChange listeners; edits typed into the PreviewGrid are
 * "user" changes and are.
 */
export class PreviewWorkbookHost implements WorkbookHost {
  readonly kind = "preview" as const;
  readonly workbook: PreviewWorkbook;

  constructor(workbook?: PreviewWorkbook) {
    this.workbook = workbook ?? new PreviewWorkbook();
    if (this.workbook.sheetNames().length === 0) this.workbook.addSheet("Sheet1");
  }

  async sheetNames(): Promise<string[]> {
    return this.workbook.sheetNames();
  }

  async loadSnapshot(sheets?: string[]): Promise<WorkbookSnapshot> {
    return this.workbook.snapshot(sheets);
  }

  async insertTemplate(spec: WorkbookSpec, mode: ConflictMode): Promise<InsertResult> {
    // Building a large template blocks the thread for a moment: let the pane paint its busy state first.
    await new Promise((resolve) => setTimeout(resolve, 0));
    const wb = this.workbook;
    const plan = planInsert(
      spec.sheets.map((s) => s.name),
      wb.sheetNames(),
      mode,
    );
    if (plan.abort) return { created: [], conflicts: plan.conflicts };
    wb.insertSheets(
      spec.sheets.map((s, i) => ({ name: plan.names[i], spec: s })),
      { renames: plan.renames, remove: plan.replaced },
    );
    // the add-in's own sheets of the spec (what an import could not read) are hidden, as in Excel
    spec.sheets.forEach((s, i) => s.hidden && wb.hideSheet(plan.names[i]));
    // the template version stamp, on the project sheet as inserted
    wb.addNames(spec.names ?? [], plan.renames);
    // The blank starting sheet goes once a template is in (only while it is still empty).
    const placeholder = wb.findSheet("Sheet1");
    if (placeholder && !plan.names.includes(placeholder) && wb.usedSize(placeholder).rows === 0 && wb.sheetNames().length > 1) {
      wb.removeSheet(placeholder, "api");
    }
    if (plan.names.length > 0) wb.setActiveSheet(plan.names[0], "api");
    return { created: plan.names, conflicts: plan.conflicts };
  }

  async replaceSheet(spec: SheetSpec, keep: KeepOld = {}): Promise<SheetReplaced> {
    const wb = this.workbook;
    const old = wb.findSheet(spec.name);
    if (!old) throw new Error(`No sheet named "${spec.name}" to lay out again`);
    const keptAs = keep.hidden ? keptName(old, wb.sheetNames()) : datedKeptName(old, wb.sheetNames(), keep.at ?? new Date());
    // the old sheet renamed (kept after it and the copies before), the new one written at its place in the tab order
    wb.insertSheets([{ name: spec.name, spec }], { rename: new Map([[old, keptAs]]), order: (names) => replacedOrder(names, spec.name, keptAs) });
    if (keep.hidden) wb.hideSheet(keptAs);
    wb.setActiveSheet(spec.name, "api");
    return { name: spec.name, keptAs, ...(keep.hidden ? { hidden: true } : {}) };
  }

  async undoReplaceSheet(r: SheetReplaced): Promise<boolean> {
    const wb = this.workbook;
    const laid = wb.findSheet(r.name);
    const kept = wb.findSheet(r.keptAs);
    if (!laid || !kept) return false;
    // nothing deleted: the layout undone is hidden under a kept name, the kept sheet takes its name and place back
    const away = keptName(r.name, wb.sheetNames());
    if (r.hidden) wb.showSheet(kept);
    wb.insertSheets([], { rename: new Map([[laid, away], [kept, r.name]]), order: (names) => placeBefore(names, r.name, away) });
    wb.hideSheet(away);
    return true;
  }

  async applyEdits(edits: CellEdit[]): Promise<CellEdit[]> {
    const wb = this.workbook;
    // the add-in's own hidden sheet (column mapping) is made on its first write, as in Excel
    for (const name of new Set(edits.map((e) => e.sheet).filter(isAddinSheet))) {
      if (wb.findSheet(name)) continue;
      wb.addSheet(name, "api");
      wb.hideSheet(name);
    }
    const inverse: CellEdit[] = edits.map((e) => {
      const before = wb.readCell(e.sheet, e.cell);
      return before.formula !== null ? { sheet: e.sheet, cell: e.cell, formula: before.formula } : { sheet: e.sheet, cell: e.cell, value: before.value };
    });
    for (const e of edits) if (e.formatLike) wb.copyFormat(e.sheet, e.formatLike, e.cell);
    wb.setCells(
      edits.map((e) => ({ sheet: e.sheet, cell: e.cell, content: e.formula !== undefined ? { formula: e.formula } : { value: e.value ?? null } })),
      "api",
    );
    // each inverse edit carries what the edit left in its cell: undo writes back only while the cell still holds it
    edits.forEach((e, i) => {
      const wrote: NonNullable<CellEdit["expect"]> = e.formula !== undefined ? { formula: e.formula } : { value: e.value ?? null };
      wrote.numberFormat = wb.readCell(e.sheet, e.cell).numberFormat ?? "General";
      inverse[i] = { ...inverse[i], expect: wrote };
    });
    return inverse.reverse();
  }

  /** Undo: only when every cell still holds what the fix wrote; otherwise nothing is written and the changed cells are named. */
  async undoEdits(inverse: CellEdit[]): Promise<UndoOutcome> {
    const wb = this.workbook;
    const leftAlone = inverse.filter((e) => {
      if (!e.expect) return false;
      if (!wb.findSheet(e.sheet)) return true;
      const now = wb.readCell(e.sheet, e.cell);
      return !cellHolds(now.value, now.formula, e.expect, now.numberFormat ?? "General");
    });
    if (leftAlone.length > 0) return { undone: [], leftAlone };
    wb.setCells(
      inverse.map((e) => ({ sheet: e.sheet, cell: e.cell, content: e.formula !== undefined ? { formula: e.formula } : { value: e.value ?? null } })),
      "api",
    );
    return { undone: inverse, leftAlone: [] };
  }

  async selectCell(sheet: string, cell: string): Promise<void> {
    this.workbook.select(sheet, cell, "api", true);
  }

  async markFindings(findings: Finding[]): Promise<void> {
    this.workbook.setMarks(
      // the tooltip carries the finding's message, short
      findings
        .filter((f) => f.sheet && f.cell)
        .map((f) => ({ sheet: f.sheet!, cell: f.cell!, severity: f.severity, note: { th: clip(f.message.th, 160), en: clip(f.message.en, 160) } })),
    );
  }

  async clearMarks(): Promise<void> {
    this.workbook.setMarks([]);
  }

  async hasMarks(): Promise<boolean> {
    return this.workbook.hasMarks();
  }

  async onUserChange(listener: () => void): Promise<() => void> {
    return this.workbook.subscribe((e) => {
      if (e.kind === "cells" && e.source === "user") listener();
    });
  }

  /** The template version stamp of the workbook (its defined names). */
  async templateStamp(): Promise<TemplateStampInfo | undefined> {
    return readTemplateStamp(this.workbook.definedNames());
  }

  requirements(): RequirementStatus[] {
    return [];
  }
}

/** `names` with `name` moved to just before `before` (tab order). */
function placeBefore(names: string[], name: string, before: string): string[] {
  const rest = names.filter((n) => n !== name);
  const at = rest.indexOf(before);
  if (at < 0) return names;
  return [...rest.slice(0, at), name, ...rest.slice(at)];
}
