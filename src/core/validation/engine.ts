/**
 * The validation engine: runs the rule catalogue over a plan and returns findings sorted by
 * severity, then by activity (plan-wide findings first, then in activity-table order, then
 * activity ids that match no activity), then in catalogue order.
 *
 * Fast by construction: one pass builds the context maps (buildContext), each rule is linear.
 */
import type { Finding, RuleId } from "../findings";
import { severityOrder } from "../findings";
import type { MonthRef, Plan } from "../model";
import { loadRateBook } from "../rates/rateBook";
import { deriveUnitCosts } from "../derivedUnitCost";
import type { RateBook } from "../rates/rateBook";
import type { Rule, RuleContext } from "./context";
import { buildContext } from "./context";
import { lineAmountMismatch, subtotalMismatch, totalMismatch } from "./rules/amounts";
import { overAllocation, underAllocation } from "./rules/allocation";
import { rateCeilingUnknown, rateOverCeiling, rateUnknownCategory } from "./rules/rates";
import { scheduleMissing, scheduleOutsidePeriod, spendBeforeFunds } from "./rules/schedule";
import { activityWithoutBudget, budgetWithoutActivity } from "./rules/links";
import { badNumber } from "./rules/numbers";
import { targetMismatch } from "./rules/targets";
import { indicatorTargetMissing } from "./rules/indicators";
import { ownerNameInconsistent } from "./rules/owners";
import { remainingMismatch, spentOverReceived } from "./rules/results";

export type { Rule, RuleContext } from "./context";
export { mergeFindingsByCell } from "./merge";

/** The catalogue, in the order docs/rules.md lists it. */
export const RULES: readonly Rule[] = [
  lineAmountMismatch,
  subtotalMismatch,
  totalMismatch,
  overAllocation,
  underAllocation,
  rateOverCeiling,
  rateCeilingUnknown,
  rateUnknownCategory,
  scheduleOutsidePeriod,
  scheduleMissing,
  spendBeforeFunds,
  activityWithoutBudget,
  budgetWithoutActivity,
  badNumber,
  targetMismatch,
  indicatorTargetMissing,
  ownerNameInconsistent,
  spentOverReceived,
  remainingMismatch,
];

export interface ValidateOptions {
  /** Rate ceilings; default: the bundled rate book. Pass `null` to skip rate checks. */
  rateBook?: RateBook | null;
  today?: MonthRef;
  /** Rules run after the catalogue (e.g. an office's own checks). */
  extraRules?: Rule[];
  /** Run only these rule ids (default: all). */
  only?: RuleId[];
}

let defaultBook: RateBook | undefined;

/** The bundled rate book, loaded once. */
export function defaultRateBook(): RateBook {
  defaultBook ??= loadRateBook();
  return defaultBook;
}

const RULE_ORDER = new Map<string, number>(RULES.map((r, i) => [r.id, i]));

/** A rule's place in the catalogue (rules outside it, such as the sheet checks, come after). */
export function ruleOrder(rule: string): number {
  return RULE_ORDER.get(rule) ?? RULES.length;
}

/**
 * Sorts findings in place: severity, then activity order (plan-wide first, ids that match no
 * activity last), then catalogue order (rules outside the catalogue after it), then original order.
 */
export function sortFindings(findings: Finding[], ctx: Pick<RuleContext, "activityIndex">): Finding[] {
  const ruleOrder = RULE_ORDER;
  const unknownBase = 1_000_000;
  const actRank = (f: Finding): number => {
    if (f.activityId === undefined) return -1;
    return ctx.activityIndex.get(f.activityId) ?? unknownBase;
  };
  const keyed = findings.map((f, i) => ({ f, i, s: severityOrder[f.severity], a: actRank(f), r: ruleOrder.get(f.rule) ?? RULES.length }));
  keyed.sort((x, y) => x.s - y.s || x.a - y.a || x.r - y.r || x.i - y.i);
  for (let i = 0; i < keyed.length; i++) findings[i] = keyed[i].f;
  return findings;
}

export function validatePlan(plan: Plan, opts: ValidateOptions = {}): Finding[] {
  const rateBook = opts.rateBook === null ? undefined : (opts.rateBook ?? defaultRateBook());
  // counts with an amount and no unit cost: the unit cost is worked out (said in a note) for the rate checks
  const derived = deriveUnitCosts(plan);
  const ctx = buildContext(derived.plan, { rateBook, today: opts.today });
  const only = opts.only ? new Set<RuleId>(opts.only) : undefined;
  const findings: Finding[] = [];
  for (const rule of [...RULES, ...(opts.extraRules ?? [])]) {
    if (only && !only.has(rule.id)) continue;
    for (const f of rule.run(ctx)) findings.push(f);
  }
  if (!only || only.has("read-problem")) findings.push(...derived.notes);
  return sortFindings(findings, ctx);
}
