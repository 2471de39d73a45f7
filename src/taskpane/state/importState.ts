/**
 * Import tab: the pasted text and what the importer understood (pure reducer + summary).
 */
import type { Plan, Satang } from "../../core/model";
import { planTotal } from "../../core/budget";

export interface ImportProblem {
  line: number;
  text: string;
  message: { th: string; en: string };
}

export interface ImportResult {
  plan: Plan;
  problems: ImportProblem[];
}

export interface ImportState {
  text: string;
  result: ImportResult | null;
  /** The text the result was read from (the preview is stale when the text changed since). */
  readText: string | null;
}

export type ImportAction = { type: "setText"; text: string } | { type: "read"; result: ImportResult } | { type: "clear" };

export const initialImportState: ImportState = { text: "", result: null, readText: null };

export function importReducer(state: ImportState, action: ImportAction): ImportState {
  switch (action.type) {
    case "setText":
      return { ...state, text: action.text };
    case "read":
      return { ...state, result: action.result, readText: state.text };
    case "clear":
      return initialImportState;
  }
}

export function isStale(state: ImportState): boolean {
  return state.result !== null && state.readText !== state.text;
}

export interface ImportSummary {
  name: string;
  fiscalYear: number;
  activities: number;
  lines: number;
  indicators: number;
  /** Sum of the lines' computed amounts (satang). */
  total: Satang;
  allocation?: Satang;
  statedTotal?: number;
}

export function summarizeImport(result: ImportResult): ImportSummary {
  const { plan } = result;
  return {
    name: plan.project.name,
    fiscalYear: plan.project.fiscalYear,
    activities: plan.activities.length,
    lines: plan.budgetLines.length,
    indicators: plan.indicators.length,
    total: planTotal(plan),
    allocation: plan.project.allocation,
    statedTotal: plan.project.statedTotal,
  };
}
