/**
 * Validation state of the task pane: the last findings, the live toggle, one-click fixes and the undo
 * stack (inverse edits returned by host.applyEdits). Pure reducer plus pure helpers.
 */
import type { Finding, Severity } from "../../core/findings";
import type { CellEdit, SheetReplaced } from "../../workbook/host";
import type { WorkbookSnapshot } from "../../workbook/types";
import { changedSince } from "../../workbook/undoCheck";

export interface FixOffer {
  /** Key of the finding this fix resolves (findingKey). */
  findingKey: string;
  edits: CellEdit[];
  /** What the fix does, in both languages. */
  label: { th: string; en: string };
}

/** A decision no one-click fix can make (over the allocation: cut the lines, or more was allocated). */
export interface ChoiceOffer {
  findingKey: string;
  question: { th: string; en: string };
  /** An option without edits is work the user does in the sheet. */
  options: { label: { th: string; en: string }; edits: CellEdit[] }[];
}

/** Where a fix was made from: the finding's key and its place in the list, so its result shows there. */
export interface FixPlace {
  findingKey: string;
  severity: Severity;
  /** Position within its severity group. */
  index: number;
}

export interface UndoEntry {
  id: number;
  label: { th: string; en: string };
  /** A short name for an undo button (a fix's label tells all it does, formulas included). */
  short?: { th: string; en: string };
  /** Edits that restore the cells as they were before the fix. */
  inverse: CellEdit[];
  /** A sheet laid out again (the proposal): undone by giving the kept sheet its name and place back. */
  sheet?: SheetReplaced;
  /**
   * Cells ("Sheet!A1") that no longer hold what the step wrote, as the last check read them or as the host said
   * when the undo was asked for: the undo is refused (never overwrites them) and its button says why.
   */
  changed?: string[];
}

export interface ValidationState {
  /** null until the first run. */
  findings: Finding[] | null;
  /** Problems met while reading the sheets (layout not recognised, bad cells). */
  problems: string[];
  /** False when the workbook holds no plan sheets. */
  isPlan: boolean;
  fixes: FixOffer[];
  choices: ChoiceOffer[];
  /** The last fix made from a finding: shown where that finding is (or was), with its undo. */
  lastFix: (FixPlace & { label: { th: string; en: string }; undoId: number }) | null;
  live: boolean;
  /** ISO time of the last run. */
  checkedAt: string | null;
  undo: UndoEntry[];
  nextUndoId: number;
  marked: boolean;
  /** Key of the finding last clicked. */
  selected: string | null;
}

export type ValidationAction =
  | {
      type: "validated";
      findings: Finding[];
      problems: string[];
      isPlan: boolean;
      fixes: FixOffer[];
      choices?: ChoiceOffer[];
      at: string;
      /** The workbook as this check read it: each undo step learns whether its cells were changed since. */
      snapshot?: WorkbookSnapshot;
    }
  | { type: "setLive"; live: boolean }
  | { type: "select"; key: string | null }
  | {
      type: "fixApplied";
      label: { th: string; en: string };
      short?: { th: string; en: string };
      inverse: CellEdit[];
      at?: FixPlace;
      sheet?: SheetReplaced;
      id?: number;
    }
  | { type: "undone"; id: number }
  /** The host refused the undo: these cells changed since the step wrote them. */
  | { type: "undoRefused"; id: number; cells: string[] }
  | { type: "marked"; marked: boolean }
  | { type: "reset" };

export function initialValidationState(live = true): ValidationState {
  return {
    findings: null,
    problems: [],
    isPlan: false,
    fixes: [],
    choices: [],
    lastFix: null,
    live,
    checkedAt: null,
    undo: [],
    nextUndoId: 1,
    marked: false,
    selected: null,
  };
}

/** Keep at most this many undo steps. */
export const UNDO_LIMIT = 20;

export function validationReducer(state: ValidationState, action: ValidationAction): ValidationState {
  switch (action.type) {
    case "validated": {
      const keys = new Set(action.findings.map(findingKey));
      return {
        ...state,
        findings: action.findings,
        problems: action.problems,
        isPlan: action.isPlan,
        fixes: action.fixes,
        choices: action.choices ?? [],
        checkedAt: action.at,
        selected: state.selected && keys.has(state.selected) ? state.selected : null,
        undo: action.snapshot ? withChanged(state.undo, action.snapshot) : state.undo,
      };
    }
    case "setLive":
      return { ...state, live: action.live };
    case "select":
      return { ...state, selected: action.key };
    case "fixApplied": {
      const id = action.id ?? state.nextUndoId;
      const entry: UndoEntry = {
        id,
        label: action.label,
        inverse: action.inverse,
        ...(action.short ? { short: action.short } : {}),
        ...(action.sheet ? { sheet: action.sheet } : {}),
      };
      const undo = [...state.undo, entry].slice(-UNDO_LIMIT);
      // a fix made elsewhere (another tab) ends the one shown at a finding
      const lastFix = action.at ? { ...action.at, label: action.label, undoId: entry.id } : null;
      return { ...state, undo, nextUndoId: Math.max(state.nextUndoId, id) + 1, lastFix };
    }
    case "undoRefused":
      return { ...state, undo: state.undo.map((u) => (u.id === action.id ? { ...u, changed: action.cells } : u)) };
    case "undone":
      return {
        ...state,
        undo: state.undo.filter((u) => u.id !== action.id),
        lastFix: state.lastFix?.undoId === action.id ? null : state.lastFix,
      };
    case "marked":
      return { ...state, marked: action.marked };
    case "reset":
      return { ...initialValidationState(state.live), nextUndoId: state.nextUndoId };
  }
}

/** A stable key for a finding within one run (rule + place + line/activity). */
export function findingKey(f: Finding): string {
  return [f.rule, f.sheet ?? "", f.cell ?? "", f.lineId ?? "", f.activityId ?? ""].join("|");
}

export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

export interface FindingGroup {
  severity: Severity;
  findings: Finding[];
}

/** Findings grouped by severity (error, warning, info), empty groups left out, order kept. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  return SEVERITIES.map((severity) => ({ severity, findings: findings.filter((f) => f.severity === severity) })).filter(
    (g) => g.findings.length > 0,
  );
}

export function countBySeverity(findings: readonly Finding[] | null): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings ?? []) out[f.severity]++;
  return out;
}

/** The fix offered for a finding, if any. */
export function fixFor(state: Pick<ValidationState, "fixes">, f: Finding): FixOffer | undefined {
  const key = findingKey(f);
  return state.fixes.find((x) => x.findingKey === key);
}

/** The choices offered for a finding, if any. */
export function choiceFor(state: Pick<ValidationState, "choices">, f: Finding): ChoiceOffer | undefined {
  const key = findingKey(f);
  return state.choices.find((x) => x.findingKey === key);
}

/** Each step's cells that the snapshot shows changed since it wrote them (an entry keeps its identity when nothing changed). */
function withChanged(undo: UndoEntry[], snapshot: WorkbookSnapshot): UndoEntry[] {
  let same = true;
  const out = undo.map((u) => {
    const cells = changedSince(u.inverse, snapshot);
    const was = u.changed ?? [];
    if (cells.length === was.length && cells.every((c, i) => c === was[i])) return u;
    same = false;
    const { changed: _old, ...rest } = u;
    return cells.length > 0 ? { ...rest, changed: cells } : rest;
  });
  return same ? undo : out;
}

/** The cells that keep a step from being undone (changed since it wrote them), or undefined when it can be. */
export function undoBlocked(entry: UndoEntry | undefined): string[] | undefined {
  return entry?.changed && entry.changed.length > 0 ? entry.changed : undefined;
}

/** The most recent undo step. */
export function lastUndo(state: Pick<ValidationState, "undo">): UndoEntry | undefined {
  return state.undo[state.undo.length - 1];
}
