/**
 * Results tab (ผลการดำเนินงาน): the user types received / spent and each indicator's achieved value;
 * the pane shows remaining and achievement %, and writes the numbers to the cells the plan came from.
 * Pure reducer and derivations.
 */
import type { CellRef, Plan, Satang } from "../../core/model";
import { parseMoney, parseNumber, satangToBaht, subMoney } from "../../core/money";
import type { CellEdit } from "../../workbook/host";
import { percent } from "../format";
import { isPercentUnit } from "../../core/percentUnit";
import { tt } from "../i18n/tabStrings";

export interface ResultsForm {
  received: string;
  spent: string;
  /** Achieved values by indicator index (plan.indicators order). */
  achieved: string[];
  dirty: boolean;
}

export type ResultsAction =
  | { type: "load"; plan: Plan }
  | { type: "setReceived"; text: string }
  | { type: "setSpent"; text: string }
  | { type: "setAchieved"; index: number; text: string }
  | { type: "saved" };

const money = (s: Satang | undefined) => (s === undefined ? "" : String(satangToBaht(s)));

export function formFromPlan(plan: Plan): ResultsForm {
  return {
    received: money(plan.results?.received),
    spent: money(plan.results?.spent),
    achieved: plan.indicators.map((i) => (i.achievedValue === undefined ? "" : String(i.achievedValue))),
    dirty: false,
  };
}

export function resultsReducer(state: ResultsForm, action: ResultsAction): ResultsForm {
  switch (action.type) {
    case "load":
      return formFromPlan(action.plan);
    case "setReceived":
      return { ...state, received: action.text, dirty: true };
    case "setSpent":
      return { ...state, spent: action.text, dirty: true };
    case "setAchieved": {
      const achieved = state.achieved.slice();
      achieved[action.index] = action.text;
      return { ...state, achieved, dirty: true };
    }
    case "saved":
      return { ...state, dirty: false };
  }
}

export interface ResultsView {
  received: Satang | null;
  spent: Satang | null;
  /** received − spent, when both are numbers. */
  remaining: Satang | null;
  overspent: boolean;
  achieved: (number | null)[];
  /** Achievement % per indicator (undefined when no numeric target). */
  percents: (number | undefined)[];
  /** Texts typed that are not numbers. */
  invalid: string[];
}

export function resultsView(plan: Plan, form: ResultsForm): ResultsView {
  const invalid: string[] = [];
  const parseM = (t: string) => {
    if (t.trim() === "") return null;
    const v = parseMoney(t);
    if (v === null) invalid.push(t);
    return v;
  };
  const received = parseM(form.received);
  const spent = parseM(form.spent);
  const achieved = form.achieved.map((t) => {
    if (t.trim() === "") return null;
    const v = parseNumber(t);
    if (v === null) invalid.push(t);
    return v;
  });
  const percents = plan.indicators.map((ind, i) => percent(achieved[i] ?? undefined, ind.targetValue));
  const remaining = received !== null && spent !== null ? subMoney(received, spent) : null;
  return { received, spent, remaining, overspent: remaining !== null && remaining < 0, achieved, percents, invalid };
}

/**
 * Edits writing the form to the workbook: received/spent (baht numbers) and achieved values, only to
 * cells the plan knows and only where the value changed.
 */
export function resultsEdits(plan: Plan, form: ResultsForm, places: { received?: CellRef; spent?: CellRef } = {}): CellEdit[] {
  const view = resultsView(plan, form);
  const edits: CellEdit[] = [];
  // the plan's cells when it has values there; else where the results sheet keeps them (a blank template)
  const cells = { ...places, ...plan.results?.cells };
  if (cells.received && view.received !== null && view.received !== plan.results?.received) {
    edits.push({ ...cells.received, value: satangToBaht(view.received) });
  }
  if (cells.spent && view.spent !== null && view.spent !== plan.results?.spent) {
    edits.push({ ...cells.spent, value: satangToBaht(view.spent) });
  }
  plan.indicators.forEach((ind, i) => {
    const cell = ind.cells?.achievedValue;
    const v = view.achieved[i];
    if (cell && v !== null && v !== undefined && v !== ind.achievedValue) edits.push({ ...cell, value: v });
  });
  return edits.map((e) => ({ sheet: e.sheet, cell: e.cell, value: e.value }));
}

/** A target as the language writes it: "ร้อยละ 80" (English "80%"), else "200 คน"; its text when it has no number. */
export function targetLabel(ind: { targetValue?: number; targetUnit?: string; targetText?: string }, lang: "th" | "en"): string {
  if (ind.targetValue === undefined) return ind.targetText ?? "–";
  if (isPercentUnit(ind.targetUnit)) return tt(lang, "results.targetPercent", { value: ind.targetValue });
  return `${ind.targetValue}${ind.targetUnit ? ` ${ind.targetUnit}` : ""}`;
}

/** Met when what was achieved reaches the target, as the results sheet's บรรลุ/ไม่บรรลุ column says (achieved / target ≥ 1). */
export const targetMet = (achieved: number, target: number): boolean => target > 0 && achieved / target >= 1;
