/**
 * Template form and the "sheets already exist" question (shared by the template and import tabs).
 * Pure reducer.
 */
import type { WorkbookSpec } from "../../workbook/types";
import type { Lang } from "../i18n/strings";

export type TemplateKind = "blank" | "example";

export interface PendingInsert {
  spec: WorkbookSpec;
  /** Requested sheet names that already exist. */
  conflicts: string[];
}

export interface TemplateState {
  fiscalYear: number;
  sheetLang: Lang;
  kind: TemplateKind;
  /** Set while asking the user what to do about existing sheets. */
  pending: PendingInsert | null;
}

export type TemplateAction =
  | { type: "setFiscalYear"; fiscalYear: number }
  | { type: "setSheetLang"; lang: Lang }
  | { type: "setKind"; kind: TemplateKind }
  | { type: "conflict"; pending: PendingInsert }
  | { type: "resolved" };

/** Fiscal years offered: two back, five ahead of the current one (the example is FY2560). */
export function fiscalYearChoices(current: number): number[] {
  const out: number[] = [];
  for (let fy = current - 2; fy <= current + 5; fy++) out.push(fy);
  return out;
}

export function initialTemplateState(currentFiscalYear: number, lang: Lang): TemplateState {
  return { fiscalYear: currentFiscalYear, sheetLang: lang, kind: "blank", pending: null };
}

export function templateReducer(state: TemplateState, action: TemplateAction): TemplateState {
  switch (action.type) {
    case "setFiscalYear":
      return Number.isInteger(action.fiscalYear) && action.fiscalYear >= 2500 && action.fiscalYear <= 2700
        ? { ...state, fiscalYear: action.fiscalYear }
        : state;
    case "setSheetLang":
      return { ...state, sheetLang: action.lang };
    case "setKind":
      return { ...state, kind: action.kind };
    case "conflict":
      return { ...state, pending: action.pending };
    case "resolved":
      return { ...state, pending: null };
  }
}
