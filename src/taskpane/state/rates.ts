/** Rates tab: which rate rules are in force in a month, grouped by category (pure). */
import type { MonthRef } from "../../core/model";
import { monthToIso } from "../../core/calendar";

export interface RateRuleLike {
  id: string;
  category: string;
  label: { th: string; en: string };
  unit: { th: string; en: string };
  ceiling: number;
  conditions: Record<string, unknown>;
  effectiveFrom?: string;
  effectiveTo?: string;
  source: string;
  confidence: "high" | "medium" | "low" | "unconfirmed";
  note?: string;
}

/** True when the rule is in force on the first day of the month (ISO dates compare as strings). */
export function inForce(rule: Pick<RateRuleLike, "effectiveFrom" | "effectiveTo">, month: MonthRef): boolean {
  const day = monthToIso(month);
  if (rule.effectiveFrom && day < rule.effectiveFrom) return false;
  if (rule.effectiveTo && day > rule.effectiveTo) return false;
  return true;
}

export function rulesInForce<R extends RateRuleLike>(rules: readonly R[], month: MonthRef): R[] {
  return rules.filter((r) => inForce(r, month));
}

/** The month whose rates matter for a plan: the project's start, else the fiscal year's first month. */
export function rateMonth(fiscalYear: number, periodStart?: MonthRef): MonthRef {
  return periodStart ?? { year: fiscalYear - 1, month: 10 };
}
