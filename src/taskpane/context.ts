import { createContext, useContext } from "react";
import type { Plan } from "../core/model";
import type { CellEdit, ConflictMode, InsertResult, UndoOutcome, WorkbookHost } from "../workbook/host";
import type { WorkbookSnapshot, WorkbookSpec } from "../workbook/types";
import type { Lang, StringKey, Vars } from "./i18n/strings";
import type { AppAction, Notice } from "./state/app";
import type { FixPlace, ValidationAction, ValidationState } from "./state/validation";
import type { Analysis } from "./workbookApi";

/** What every panel gets from the App: the host, the language and the shared operations. */
export interface Pane {
  host: WorkbookHost;
  /** Forms typed but not yet saved, by tab ("results"): kept while the user looks at another tab. */
  drafts?: Map<string, unknown>;
  lang: Lang;
  tr(key: StringKey, vars?: Vars): string;
  busy: boolean;
  validation: ValidationState;
  dispatchValidation(action: ValidationAction): void;
  dispatchApp(action: AppAction): void;
  notify(notice: Notice): void;
  /** The plan last read from the workbook (null before the first read). */
  plan: Plan | null;
  snapshot: WorkbookSnapshot | null;
  /** Everything the last read found (plan, findings, status cells, sheet language). */
  analysis: Analysis | null;
  /** Read the workbook, validate, update findings and the plan. */
  refresh(): Promise<Analysis>;
  /** Apply edits written by the add-in (live validation ignores them) and keep their undo. */
  applyEdits(edits: CellEdit[], label: { th: string; en: string }, at?: FixPlace): Promise<void>;
  /** Undo a step; when cells it wrote were changed since, nothing is written back (the pane says which cells). */
  undo(id: number): Promise<UndoOutcome | undefined>;
  /** The undo step the notice bar offers now, if any (no other control repeats it). */
  noticeUndoId?: number;
  insertSpec(spec: WorkbookSpec, mode: ConflictMode): Promise<InsertResult>;
  /** Runs an operation with the busy flag; errors go to the notice bar. */
  run<T>(op: () => Promise<T>): Promise<T | undefined>;
  /** Check this plan set (undefined: the set of the active sheet), then re-read. */
  pickSet?(id: string | undefined): Promise<void>;
  /** Lay the printable proposal sheet out again (the old one kept under a new name); one undo step. */
  /** Lay the proposal out again; `untouched`: it holds only what the add-in wrote (the old one is kept hidden). */
  relayoutProposal?(name: string, untouched?: boolean): Promise<void>;
}

export const PaneContext = createContext<Pane | null>(null);

export function usePane(): Pane {
  const pane = useContext(PaneContext);
  if (!pane) throw new Error("usePane outside PaneContext");
  return pane;
}
