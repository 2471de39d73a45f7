/**
 * The task pane's frame state: language, current tab, the busy flag and the notice bar. Pure reducer.
 */
import type { Lang, StringKey, Vars } from "../i18n/strings";

export type TabId = "validate" | "template" | "import" | "schedule" | "indicators" | "results" | "rates";

export const TABS: readonly TabId[] = ["validate", "template", "import", "schedule", "indicators", "results", "rates"];

export interface Notice {
  kind: "success" | "error" | "info" | "warning";
  key: StringKey;
  vars?: Vars;
  /** Offers an undo button: the pane ties it to the step just made (undoId), so it never undoes another. */
  undo?: boolean;
  undoId?: number;
  /** The tab whose action this reports (set by the pane for notices with an undo): shown only there, dropped on leaving it. */
  tab?: TabId;
  /** Technical detail shown small under the message (an Excel error's code and message); never shown alone. */
  detail?: string;
}

export interface AppState {
  lang: Lang;
  tab: TabId;
  /**
   * A tab was chosen (by the user, or by the pane after an insert) since the pane opened: the first read, which
   * may end seconds later in Excel, then leaves the tab alone — even when the choice was the tab already shown.
   */
  tabChosen: boolean;
  /** Number of add-in operations in flight (writes and reads). */
  busy: number;
  notice: Notice | null;
}

export type AppAction =
  | { type: "setLang"; lang: Lang }
  | { type: "setTab"; tab: TabId }
  /** The first read found no plan: open on inserting one, unless the user already chose a tab. */
  | { type: "openedWithoutPlan" }
  | { type: "busy"; delta: 1 | -1 }
  | { type: "notify"; notice: Notice }
  /** The user changed the workbook (a cell typed in the sheet): a success or information notice is about what came before. */
  | { type: "userEdited" }
  | { type: "dismiss" };

export function initialAppState(lang: Lang): AppState {
  return { lang, tab: "validate", tabChosen: false, busy: 0, notice: null };
}

export function appReducer(state: AppState, action: AppAction): AppState {
  switch (action.type) {
    case "setLang":
      return state.lang === action.lang ? state : { ...state, lang: action.lang };
    case "setTab": {
      if (state.tab === action.tab && state.tabChosen) return state;
      // a notice about another tab's action (with its undo) does not follow the user to this one
      const notice = state.notice?.tab && state.notice.tab !== action.tab ? null : state.notice;
      return { ...state, tab: action.tab, tabChosen: true, notice };
    }
    case "openedWithoutPlan":
      return state.tabChosen || state.tab !== "validate" ? state : { ...state, tab: "template" };
    case "busy": {
      // the next action clears a success (or information) notice: it was about the action before
      const stale = action.delta > 0 && (state.notice?.kind === "success" || state.notice?.kind === "info");
      return { ...state, busy: Math.max(0, state.busy + action.delta), ...(stale ? { notice: null } : {}) };
    }
    case "notify":
      return { ...state, notice: action.notice };
    case "userEdited":
      // "แก้ไขแล้ว … เลิกทำ" stays no longer than the user's next edit: pressed later it would undo a step the
      // user no longer has in mind (the check tab keeps the undo of each step with its name)
      return state.notice?.kind === "success" || state.notice?.kind === "info" ? { ...state, notice: null } : state;
    case "dismiss":
      return state.notice ? { ...state, notice: null } : state;
  }
}

/** Turns an unknown thrown value into a message for the notice bar. */
export function errorMessage(e: unknown): string {
  if (e instanceof Error) return e.message;
  if (typeof e === "string") return e;
  try {
    return JSON.stringify(e);
  } catch {
    return String(e);
  }
}
