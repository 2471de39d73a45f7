import type { Finding } from "../core/findings";
import type { CellScalar, WorkbookSnapshot, WorkbookSpec } from "./types";
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
}

export type ConflictMode = "suffix" | "replace" | "fail";

export interface InsertResult {
  /** Sheet names actually created (with a suffix where a same-named sheet existed and mode was "suffix"). */
  created: string[];
  /** Requested names that already existed. With mode "fail" nothing was written when this is non-empty. */
  conflicts: string[];
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
  /** Write a template. Never overwrites a user's sheet unless mode is "replace" (which the UI only uses after asking). ≤ 3 syncs. */
  insertTemplate(spec: WorkbookSpec, mode: ConflictMode): Promise<InsertResult>;
  /** Apply edits and return the edits that undo them (the previous values/formulas). */
  applyEdits(edits: CellEdit[]): Promise<CellEdit[]>;
  /** Select (and scroll to) a cell. */
  selectCell(sheet: string, cell: string): Promise<void>;
  /** Show findings in the sheet without destroying the user's formatting (add-in-owned conditional formats or comments). */
  markFindings(findings: Finding[]): Promise<void>;
  clearMarks(): Promise<void>;
  /** Subscribe to user edits of the workbook (changes the add-in made itself are not reported). Returns an unsubscribe function. */
  onUserChange(listener: () => void): Promise<() => void>;
  /** The template version stamp of the workbook (./templateVersion.ts); hosts without defined names omit it. */
  templateStamp?(): Promise<TemplateStampInfo | undefined>;
  /** Requirement sets the add-in uses, and whether this host supports them. */
  requirements(): RequirementStatus[];
}
