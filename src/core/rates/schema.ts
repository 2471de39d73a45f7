/**
 * Rate rules (อัตราค่าใช้จ่าย): the data format and its zod schema.
 *
 * A rule is one ceiling for one category under some conditions, in force between two dates, with the
 * source it comes from and how sure we are of it. Users edit or add rules (many offices set stricter
 * internal caps): the same format is read from a JSON file (CLI `--rates`) or built in code.
 *
 * In JSON, amounts may be written in baht (`"ceilingBaht": 35`, easier to edit) or satang
 * (`"ceiling": 3500`); loaded rules always carry `ceiling` in satang.
 */
import { z } from "zod";
import type { Satang } from "../model";

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
  /** Regulation, resolution or circular the ceiling comes from. */
  source: string;
  /** high → over-ceiling is an error; medium/low/unconfirmed → a warning. */
  confidence: Confidence;
  note?: string;
}

export interface RateBookData {
  version?: number;
  rules: RateRule[];
}

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a Gregorian date YYYY-MM-DD")
  .refine((s) => {
    const [y, m, d] = s.split("-").map(Number);
    const dt = new Date(Date.UTC(y, m - 1, d));
    return dt.getUTCFullYear() === y && dt.getUTCMonth() === m - 1 && dt.getUTCDate() === d;
  }, "is not a real date")
  .refine((s) => Number(s.slice(0, 4)) < 2400, "looks like a Buddhist-era year; write the Gregorian year (BE − 543)");

const text2 = z.strictObject({ th: z.string().min(1), en: z.string().min(1) });

export const conditionsSchema = z.strictObject({
  venue: z.enum(["gov", "private"]).optional(),
  trainingType: z.enum(["a", "b"]).optional(),
  staffLevel: z.enum(["standard", "senior"]).optional(),
  allMeals: z.boolean().optional(),
  room: z.enum(["single", "shared"]).optional(),
  vehicle: z.enum(["car", "motorcycle"]).optional(),
  halfDay: z.boolean().optional(),
  mealsProvided: z.union([z.literal(0), z.literal(1), z.literal(2)]).optional(),
  holiday: z.boolean().optional(),
  bangkok: z.boolean().optional(),
});

/** One rule as written in JSON (ceiling in satang or ceilingBaht in baht, exactly one). */
export const rateRuleInputSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, "use letters, digits, '-', '_' or '.'"),
    category: z.string().min(1),
    label: text2,
    unit: text2,
    ceiling: z.number().int("must be whole satang").nonnegative().optional(),
    ceilingBaht: z.number().nonnegative().optional(),
    conditions: conditionsSchema.default({}),
    approvalMarginPercent: z.number().nonnegative().max(1000).optional(),
    effectiveFrom: isoDate.optional(),
    effectiveTo: isoDate.optional(),
    source: z.string().min(1),
    confidence: z.enum(["high", "medium", "low", "unconfirmed"]),
    note: z.string().optional(),
  })
  .refine((r) => (r.ceiling === undefined) !== (r.ceilingBaht === undefined), {
    message: "give exactly one of ceiling (satang) or ceilingBaht (baht)",
    path: ["ceiling"],
  })
  .refine((r) => !r.effectiveFrom || !r.effectiveTo || r.effectiveFrom <= r.effectiveTo, {
    message: "effectiveFrom is after effectiveTo",
    path: ["effectiveTo"],
  });

export type RateRuleInput = z.input<typeof rateRuleInputSchema>;

/** A rate book file: `{ "version": 1, "rules": [...] }` or just the array of rules. */
export const rateBookInputSchema = z.union([
  z.strictObject({
    $schema: z.string().optional(),
    version: z.number().int().optional(),
    description: z.string().optional(),
    rules: z.array(rateRuleInputSchema),
  }),
  z.array(rateRuleInputSchema),
]);
