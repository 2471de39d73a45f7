/**
 * Rate rules (อัตราค่าใช้จ่าย): the data format. Its zod schema, for rules users supply, is in ./parse
 * (kept out of the task pane; the bundled table is checked at build and test time).
 *
 * A rule is one ceiling for one category under some conditions, in force between two dates, with the
 * source it comes from and how sure we are of it. Users edit or add rules (many offices set stricter
 * internal caps): the same format is read from a JSON file (CLI `--rates`) or built in code.
 *
 * In JSON, amounts may be written in baht (`"ceilingBaht": 35`, easier to edit) or satang
 * (`"ceiling": 3500`); loaded rules always carry `ceiling` in satang.
 */
import type { Satang } from "../model";

/** A text in Thai and English (sources and notes are cited in both). */
export interface LocalText {
  th: string;
  en: string;
}

export type Confidence = "high" | "medium" | "low" | "unconfirmed";

export interface RateConditions {
  /** Government venue (อาคารของรัฐ) or private (โรงแรม/เอกชน). */
  venue?: "gov" | "private";
  /** Training type ก ("a") or ข ("b"). */
  trainingType?: "a" | "b";
  /** ชำนาญการพิเศษ and below ("standard"), เชี่ยวชาญ and above ("senior"). */
  staffLevel?: "standard" | "senior";
  /** Training meals: all meals provided (true) or not all (false). */
  allMeals?: boolean;
  /** Lodging: single or shared room. */
  room?: "single" | "shared";
  /** Private vehicle: car or motorcycle. */
  vehicle?: "car" | "motorcycle";
  /** Per diem: half day (6–12 h without overnight). */
  halfDay?: boolean;
  /** Per diem: meals a day the training provides (0, 1 or 2); each one lowers the per diem by a third. */
  mealsProvided?: 0 | 1 | 2;
  /** Overtime: on a holiday (true) or a working day (false). */
  holiday?: boolean;
  /** Taxi across provinces: to, through or next to Bangkok (true) or elsewhere (false). */
  bangkok?: boolean;
}

export type ConditionKey = keyof RateConditions;
export const CONDITION_KEYS: readonly ConditionKey[] = [
  "venue",
  "trainingType",
  "staffLevel",
  "allMeals",
  "room",
  "vehicle",
  "halfDay",
  "mealsProvided",
  "holiday",
  "bangkok",
];

export interface RateRule {
  /** Unique id, e.g. "snack-gov". Rules with the same id replace each other when merged. */
  id: string;
  /** A RATE_CATEGORIES id, e.g. "snack". */
  category: string;
  label: { th: string; en: string };
  /** What one unit of the ceiling is: "คน/มื้อ" / "person/meal". */
  unit: { th: string; en: string };
  ceiling: Satang;
  conditions: RateConditions;
  /**
   * How far above the ceiling a claim may go with approval, in percent (travel lodging in high-cost
   * areas: 25). Up to ceiling × (1 + margin/100) is a warning, above it the usual finding.
   */
  approvalMarginPercent?: number;
  /** First day in force, Gregorian ISO "YYYY-MM-DD"; absent = since always. */
  effectiveFrom?: string;
  /** Last day in force, Gregorian ISO "YYYY-MM-DD"; absent = still in force. */
  effectiveTo?: string;
  /** Regulation, resolution or circular the ceiling comes from, in Thai and English. */
  source: LocalText;
  /** high → over-ceiling is an error; medium/low/unconfirmed → a warning. */
  confidence: Confidence;
  note?: LocalText;
}

export interface RateBookData {
  version?: number;
  rules: RateRule[];
}
