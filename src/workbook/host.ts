import type { Finding } from "../core/findings";
import type { CellScalar, SheetSpec, WorkbookSnapshot, WorkbookSpec } from "./types";
import type { TemplateStampInfo } from "./templateVersion";

/**
 * What the task pane needs from a live workbook. Two implementations: the Office.js adapter
 * (src/adapters/office, the only place that touches `Excel`) and the in-browser preview workbook
 * (src/adapters/preview). The UI never calls Excel.run itself.
 */

/** One cell change (a fix or its undo). `formula` wins over `value` when both are given. */
export interface CellEdit {
  sheet: string;
  cell: string;
  value?: CellScalar;
  formula?: string;
  /**
   * A cell of the same sheet whose format (fill, font, borders, number format) this cell takes: a row added
   * to a table sits inside the table's formats. Undo leaves the format (an empty formatted row).
   */
  formatLike?: string;
  /**
   * Apply only while the cell still holds this (an undo: what the fix wrote — value or formula, and the number
   * format the cell had just after). A cell the user has changed since, or that now shows other content after
   * rows were inserted, is never overwritten: the whole undo is refused (undoEdits).
   */
  expect?: { value?: CellScalar; formula?: string; numberFormat?: string };
}

export interface UndoOutcome {
  undone: CellEdit[];
  /**
   * The cells that no longer held what the fix wrote. When any is there, the undo was refused as a whole:
   * nothing was written (`undone` is empty), the user's newer entries stay.
   */
  leftAlone: CellEdit[];
}

export type ConflictMode = "suffix" | "replace" | "fail";

export interface InsertResult {
  /** Sheet names actually created (with a suffix where a same-named sheet existed and mode was "suffix"). */
  created: string[];
  /** Requested names that already existed. With mode "fail" nothing was written when this is non-empty. */
  conflicts: string[];
  /** Mode "replace": the existing sheets the template took the place of, kept under a new name (never deleted). */
  keptAs?: { name: string; keptAs: string }[];
}

/** A sheet the add-in laid out again: the new one is `name`, the one it replaced is kept as `keptAs`. */
export interface SheetReplaced {
  name: string;
  keptAs: string;
  /** The old sheet was kept hidden (it held only what the add-in wrote): undo shows it again. */
  hidden?: boolean;
}

/** How `replaceSheet` keeps the old sheet. */
export interface KeepOld {
  /** Hidden, under a plain kept name (the old sheet held only what the add-in wrote: nothing to look at). */
  hidden?: boolean;
  /** The day the copy is made: a visible copy is named with it ("แบบเสนอโครงการ (เดิม 30/11/69)"). */
  at?: Date;
}

export interface RequirementStatus {
  set: string;
  version: string;
  supported: boolean;
}

export interface WorkbookHost {
  readonly kind: "excel" | "preview";
  /** Names of all sheets, in order. */
  sheetNames(): Promise<string[]>;
  /** Values and formulas of the given sheets (all when omitted), in one round trip (≤ 1 context.sync in Excel). */
  loadSnapshot(sheets?: string[]): Promise<WorkbookSnapshot>;
  /** Write a template. Never overwrites or deletes a user's sheet: mode "replace" keeps the old sheets under a new name (keptAs). */
  insertTemplate(spec: WorkbookSpec, mode: ConflictMode): Promise<InsertResult>;
  /** Apply edits and return the edits that undo them (the previous values/formulas, each with `expect`). */
  applyEdits(edits: CellEdit[]): Promise<CellEdit[]>;
  /**
   * Undo: re-read the cells (one read) and, only when every one still holds what the fix wrote, write the inverse
   * edits; otherwise write nothing and name the changed cells (leftAlone).
   */
  undoEdits(inverse: CellEdit[]): Promise<UndoOutcome>;
  /**
   * Lay a sheet the add-in writes (the printable proposal) out again, as one step: the old sheet is KEPT under a
   * new name (never deleted): visible and dated ("แบบเสนอโครงการ (เดิม 30/11/69)") after the new one and after
   * the copies kept before it, in order; or hidden ("(เดิม)") when `keep.hidden`. The new one is written in its
   * place in the tab order. Hosts that cannot omit it.
   */
  replaceSheet?(spec: SheetSpec, keep?: KeepOld): Promise<SheetReplaced>;
  /**
   * Undo `replaceSheet`: the kept sheet gets its name and place back; the layout undone (written by the add-in in
   * that step, all formulas) is not deleted but hidden under a kept name ("แบบเสนอโครงการ (เดิม 2)", never read
   * as a plan). False (nothing changed) when either sheet is no longer there by its name.
   */
  undoReplaceSheet?(r: SheetReplaced): Promise<boolean>;
  /** Select (and scroll to) a cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Show findings in the sheet without destroying the user's formatting (add-in-owned conditional formats or comments). */
  markFindings(findings: Finding[]): Promise<void>;
  clearMarks(): Promise<void>;
  /** Whether the workbook already carries finding marks (e.g. left by an earlier session); hosts that cannot tell omit it. */
  hasMarks?(): Promise<boolean>;
  /** Subscribe to user edits of the workbook (changes the add-in made itself are not reported). Returns an unsubscribe function. */
  onUserChange(listener: () => void): Promise<() => void>;
  /** The template version stamp of the workbook (./templateVersion.ts); hosts without defined names omit it. */
  templateStamp?(): Promise<TemplateStampInfo | undefined>;
  /** Requirement sets the add-in uses, and whether this host supports them. */
  requirements(): RequirementStatus[];
}
