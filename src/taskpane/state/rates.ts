/** Rates tab: which rate rules are in force in a month, grouped by category (pure). */
import type { MonthRef } from "../../core/model";
import { monthToIso } from "../../core/calendar";
import { CONFIDENCE_NAMES, inForce as inForceText } from "../../core/validation/messages";
import { ruleInForce } from "../../core/rates/rateBook";
import type { RateRule } from "../../core/rates/schema";

/** True when the rule is in force on the first day of the month. */
export function inForce(rule: Pick<RateRule, "effectiveFrom" | "effectiveTo">, month: MonthRef): boolean {
  return ruleInForce(rule, monthToIso(month));
}

export function rulesInForce<R extends RateRule>(rules: readonly R[], month: MonthRef): R[] {
  return rules.filter((r) => inForce(r, month));
}

/** The month whose rates matter for a plan: the project's start, else the fiscal year's first month. */
export function rateMonth(fiscalYear: number, periodStart?: MonthRef): MonthRef {
  return periodStart ?? { year: fiscalYear - 1, month: 10 };
}

/** How a rule reads on the rates tab: dates in force, confidence and the approval margin (pure). */
export interface RuleFacts {
  inForce: string;
  confidence: string;
  /** How far above the ceiling an approved claim may go (travel lodging: 25). */
  marginPercent?: number;
  /** Only a warning when a unit cost is above it (confidence not high). */
  warnsOnly: boolean;
}

export function ruleFacts(rule: RateRule, lang: "th" | "en"): RuleFacts {
  const facts: RuleFacts = {
    inForce: inForceText(rule.effectiveFrom, rule.effectiveTo, lang),
    confidence: (CONFIDENCE_NAMES[rule.confidence] ?? { th: rule.confidence, en: rule.confidence })[lang],
    warnsOnly: rule.confidence !== "high",
  };
  if (rule.approvalMarginPercent) facts.marginPercent = rule.approvalMarginPercent;
  return facts;
}

/**
 * Categories that have rules, none in force in the month (e.g. training food after 31 Oct 2568):
 * their ceiling is not known and the user is told how to enter it. Each with the last rule that ended.
 */
export function categoriesWithoutRate<R extends RateRule>(rules: readonly R[], month: MonthRef): { category: string; last?: R }[] {
  const out = new Map<string, { category: string; last?: R }>();
  const live = new Set(rules.filter((r) => inForce(r, month)).map((r) => r.category));
  for (const r of rules) {
    if (live.has(r.category)) continue;
    const e = out.get(r.category) ?? { category: r.category };
    // the rule that ended last (before the month) is the one to cite
    if (r.effectiveTo && monthToIso(month) > r.effectiveTo && (!e.last?.effectiveTo || r.effectiveTo > e.last.effectiveTo)) e.last = r;
    out.set(r.category, e);
  }
  return [...out.values()].filter((e) => e.last);
}
