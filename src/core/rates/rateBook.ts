/**
 * The rate book: loading (zod-checked), finding the ceiling in force for a category, month and
 * conditions, and merging user rules.
 *
 * RateBook.find(category, month, cond)
 * - A rule is in force in a month when effectiveFrom ≤ the month's first day ≤ effectiveTo (absent
 *   bounds are open).
 * - Each condition the rule sets must equal the caller's value. Unknown caller values take defaults
 *   and are listed in RateMatch.assumed: venue → gov, trainingType → b (ข, most teacher trainings),
 *   staffLevel → standard, allMeals → true, room → single, vehicle → car, halfDay → false,
 *   mealsProvided → 0, holiday → true, bangkok → true (the defaults for the extra conditions are the
 *   higher ceilings, so an unknown never causes an error).
 * - Alias categories (e.g. "speaker", a speaker fee that does not say "ข้าราชการ"/"บุคคลภายนอก") use
 *   their target's rules (speaker-ext, the higher rate) and add their assumption ("speaker=ext").
 * - When several rules match, the one with the latest effectiveFrom wins, then the one listed last
 *   (so rules appended by the user override bundled ones).
 */
import type { MonthRef, Satang, StaffLevel, TrainingType, Venue } from "../model";
import { monthToIso } from "../calendar";
import bundled from "./rates.json";
import { rateCategory } from "./classifier";
import type { ConditionKey, RateConditions, RateRule } from "./schema";
import { CONDITION_KEYS, rateBookInputSchema } from "./schema";

export interface RateMatch {
  rule: RateRule;
  ceiling: Satang;
  /** Conditions that were unknown and defaulted, e.g. "trainingType=b". */
  assumed: string[];
}

export interface RateCondInput {
  venue: Venue;
  trainingType: TrainingType;
  staffLevel?: StaffLevel;
  allMeals?: boolean;
  room?: "single" | "shared";
  vehicle?: "car" | "motorcycle";
  halfDay?: boolean;
  mealsProvided?: 0 | 1 | 2;
  holiday?: boolean;
  bangkok?: boolean;
}

export const CONDITION_DEFAULTS: Required<RateConditions> = {
  venue: "gov",
  trainingType: "b",
  staffLevel: "standard",
  allMeals: true,
  room: "single",
  vehicle: "car",
  halfDay: false,
  mealsProvided: 0,
  holiday: true,
  bangkok: true,
};

export interface RateBook {
  readonly rules: RateRule[];
  find(category: string, month: MonthRef, cond: RateCondInput): RateMatch | undefined;
  /** Every rule of a category (aliases resolved) in force in the month, whatever the conditions. */
  rulesInForce(category: string, month: MonthRef): RateRule[];
  /** A new book with these rules added; a rule with an existing id replaces it. */
  withRules(rules: RateRule[]): RateBook;
}

/** Whether a rule is in force on an ISO day. */
export function ruleInForce(rule: RateRule, isoDay: string): boolean {
  if (rule.effectiveFrom && isoDay < rule.effectiveFrom) return false;
  if (rule.effectiveTo && isoDay > rule.effectiveTo) return false;
  return true;
}

function effectiveValue(key: ConditionKey, cond: RateCondInput): { value: unknown; assumed: boolean } {
  const v = (cond as unknown as Record<string, unknown>)[key];
  if (v === undefined || v === null || v === "unknown") return { value: CONDITION_DEFAULTS[key], assumed: true };
  return { value: v, assumed: false };
}

class RateBookImpl implements RateBook {
  readonly rules: RateRule[];

  constructor(rules: RateRule[]) {
    this.rules = rules;
  }

  rulesInForce(category: string, month: MonthRef): RateRule[] {
    const target = rateCategory(category)?.aliasOf ?? category;
    const day = monthToIso(month);
    return this.rules.filter((r) => r.category === target && ruleInForce(r, day));
  }

  find(category: string, month: MonthRef, cond: RateCondInput): RateMatch | undefined {
    const cat = rateCategory(category);
    const candidates = this.rulesInForce(category, month);
    let best: { rule: RateRule; index: number; assumed: string[] } | undefined;
    candidates.forEach((rule, index) => {
      const assumed: string[] = [];
      for (const key of CONDITION_KEYS) {
        const want = rule.conditions[key];
        if (want === undefined) continue;
        const { value, assumed: wasAssumed } = effectiveValue(key, cond);
        if (value !== want) return;
        if (wasAssumed) assumed.push(`${key}=${String(value)}`);
      }
      const from = rule.effectiveFrom ?? "";
      if (!best || from > (best.rule.effectiveFrom ?? "") || (from === (best.rule.effectiveFrom ?? "") && index > best.index)) {
        best = { rule, index, assumed };
      }
    });
    if (!best) return undefined;
    const assumed = cat?.aliasOf && cat.aliasAssumption ? [cat.aliasAssumption, ...best.assumed] : best.assumed;
    return { rule: best.rule, ceiling: best.rule.ceiling, assumed };
  }

  withRules(rules: RateRule[]): RateBook {
    return new RateBookImpl(mergeRules(this.rules, rules));
  }
}

/** base + extra, where an extra rule with an existing id replaces the base rule in place. */
export function mergeRules(base: RateRule[], extra: RateRule[]): RateRule[] {
  const out = [...base];
  for (const r of extra) {
    const i = out.findIndex((b) => b.id === r.id);
    if (i >= 0) out[i] = r;
    else out.push(r);
  }
  return out;
}

function describeIssuePath(p: readonly PropertyKey[], data: unknown): string {
  let s = "";
  let node: unknown = data;
  for (const k of p) {
    if (typeof k === "number") {
      const id = node && typeof node === "object" ? (node as unknown[])[k] : undefined;
      const ruleId = id && typeof id === "object" && typeof (id as { id?: unknown }).id === "string" ? ` (${(id as { id: string }).id})` : "";
      s += `[${k}]${ruleId}`;
    } else s += (s ? "." : "") + String(k);
    node = node && typeof node === "object" ? (node as Record<PropertyKey, unknown>)[k] : undefined;
  }
  return s || "(root)";
}

/**
 * Checks and normalises rate-book data (an object { rules: [...] } or an array of rules, ceilings in
 * satang or `ceilingBaht`). Throws an Error listing every problem.
 */
export function parseRateRules(data: unknown): RateRule[] {
  const res = rateBookInputSchema.safeParse(data);
  if (!res.success) {
    // report the issues of the most relevant branch: an object with rules → its rules
    const issues = res.error.issues.flatMap((i) => {
      const u = i as { code: string; errors?: { path: PropertyKey[]; message: string }[][] };
      if (u.code === "invalid_union" && u.errors) {
        const branch = Array.isArray(data) ? u.errors[1] : u.errors[0];
        return (branch ?? []).map((e) => ({ path: [...i.path, ...e.path], message: e.message }));
      }
      return [{ path: i.path, message: i.message }];
    });
    const lines = issues.map((i) => `- ${describeIssuePath(i.path, data)}: ${i.message}`);
    throw new Error(`Invalid rate rules:\n${lines.join("\n")}`);
  }
  const raw = Array.isArray(res.data) ? res.data : res.data.rules;
  const problems: string[] = [];
  const ids = new Set<string>();
  const rules: RateRule[] = raw.map((r, i) => {
    if (ids.has(r.id)) problems.push(`- [${i}] (${r.id}): duplicate id`);
    ids.add(r.id);
    const cat = rateCategory(r.category);
    if (!cat) problems.push(`- [${i}] (${r.id}).category: unknown category "${r.category}"`);
    else if (cat.aliasOf) problems.push(`- [${i}] (${r.id}).category: "${r.category}" is an alias; use "${cat.aliasOf}"`);
    const ceiling = r.ceiling ?? Math.round((r.ceilingBaht ?? 0) * 100);
    const rule: RateRule = {
      id: r.id,
      category: r.category,
      label: r.label,
      unit: r.unit,
      ceiling,
      conditions: { ...r.conditions },
      source: r.source,
      confidence: r.confidence,
    };
    if (r.approvalMarginPercent) rule.approvalMarginPercent = r.approvalMarginPercent;
    if (r.effectiveFrom) rule.effectiveFrom = r.effectiveFrom;
    if (r.effectiveTo) rule.effectiveTo = r.effectiveTo;
    if (r.note) rule.note = r.note;
    return rule;
  });
  if (problems.length) throw new Error(`Invalid rate rules:\n${problems.join("\n")}`);
  return rules;
}

let bundledBook: RateBook | undefined;

/** The bundled rate book (data undefined) or one built from data; throws a clear Error for bad data. */
export function loadRateBook(data?: unknown): RateBook {
  if (data === undefined) return (bundledBook ??= new RateBookImpl(parseRateRules(bundled)));
  return new RateBookImpl(parseRateRules(data));
}

/** A rate book from already-checked rules (e.g. read from a workbook's rates sheet). */
export function rateBookFromRules(rules: RateRule[]): RateBook {
  return new RateBookImpl([...rules]);
}

/** JSON for a rules file (ceilings in baht, the format users edit). */
export function rateRulesToJson(rules: RateRule[]): string {
  const out = rules.map((r) => {
    const { ceiling, ...rest } = r;
    const o: Record<string, unknown> = { id: rest.id, category: rest.category, label: rest.label, unit: rest.unit };
    o.ceilingBaht = ceiling / 100;
    o.conditions = rest.conditions;
    if (rest.approvalMarginPercent) o.approvalMarginPercent = rest.approvalMarginPercent;
    if (rest.effectiveFrom) o.effectiveFrom = rest.effectiveFrom;
    if (rest.effectiveTo) o.effectiveTo = rest.effectiveTo;
    o.source = rest.source;
    o.confidence = rest.confidence;
    if (rest.note) o.note = rest.note;
    return o;
  });
  return JSON.stringify({ version: 1, rules: out }, null, 2) + "\n";
}

/** Severity a check should use for a value over this rule's ceiling: only high confidence is an error. */
export function severityForConfidence(confidence: RateRule["confidence"]): "error" | "warning" {
  return confidence === "high" ? "error" : "warning";
}
