/**
 * The rate book: the bundled rules, finding the ceiling in force for a category, month and conditions,
 * and merging user rules. Rules users supply are checked by ./parse (zod); the bundled rates.json is
 * checked with the same schema when the task pane and the CLI are built (scripts/check-rates.js) and by
 * the tests, so loading it here needs no schema library.
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
import { bahtToSatang, satang, satangToBaht } from "../money";
import bundled from "./rates.json";
import { rateCategory } from "./classifier";
import type { ConditionKey, LocalText, RateConditions, RateRule } from "./schema";
import { CONDITION_KEYS } from "./schema";

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
export function ruleInForce(rule: Pick<RateRule, "effectiveFrom" | "effectiveTo">, isoDay: string): boolean {
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

/** One text for both languages, or the pair as given. */
export function localText(t: string | LocalText): LocalText {
  return typeof t === "string" ? { th: t, en: t } : { th: t.th, en: t.en };
}

/** One rule as written in JSON, once its shape is checked (ceiling in satang or ceilingBaht in baht). */
export interface RateRuleJson extends Omit<RateRule, "ceiling" | "conditions" | "source" | "note"> {
  /** Thai and English, or one text for both. */
  source: string | LocalText;
  note?: string | LocalText;
  ceiling?: number;
  ceilingBaht?: number;
  conditions?: RateConditions;
}

/** A rule in the JSON format → a RateRule (ceiling in satang, optional fields only when set). */
export function ruleFromJson(r: RateRuleJson): RateRule {
  const rule: RateRule = {
    id: r.id,
    category: r.category,
    label: r.label,
    unit: r.unit,
    ceiling: r.ceiling !== undefined ? satang(r.ceiling) : bahtToSatang(r.ceilingBaht ?? 0),
    conditions: { ...r.conditions },
    source: localText(r.source),
    confidence: r.confidence,
  };
  if (r.approvalMarginPercent) rule.approvalMarginPercent = r.approvalMarginPercent;
  if (r.effectiveFrom) rule.effectiveFrom = r.effectiveFrom;
  if (r.effectiveTo) rule.effectiveTo = r.effectiveTo;
  if (r.note && (typeof r.note === "string" || r.note.th || r.note.en)) rule.note = localText(r.note);
  return rule;
}

let bundledBook: RateBook | undefined;

/** The bundled rate book (rates.json; its schema is checked at build and test time, see ./parse). */
export function loadRateBook(): RateBook {
  return (bundledBook ??= new RateBookImpl((bundled as { rules: RateRuleJson[] }).rules.map(ruleFromJson)));
}

let bundledById: Map<string, RateRule> | undefined;

/**
 * A text of a rule read from a rates sheet (written in the sheet's one language) in both languages: when the
 * bundled rule of the same id says the same thing in either language, its Thai and English; otherwise (an
 * office's own rule or wording) the text as written, in both.
 */
export function sheetRuleText(id: string, field: "label" | "unit" | "source" | "note", text: string): LocalText {
  bundledById ??= new Map(loadRateBook().rules.map((r) => [r.id, r]));
  const known = bundledById.get(id)?.[field];
  const norm = (s: string) => s.replace(/\s+/g, " ").trim();
  if (known && (norm(known.th) === norm(text) || norm(known.en) === norm(text))) return { th: known.th, en: known.en };
  return { th: text, en: text };
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
    o.ceilingBaht = satangToBaht(ceiling);
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
