/**
 * Rate rules that users supply (a JSON file, the CLI's --rates, tests): checked with a zod schema and
 * normalised, with one Error listing every problem. The same check runs over the bundled rates.json when
 * the task pane and the CLI are built (scripts/check-rates.js) and in the tests; the task pane itself
 * loads the bundled table without this module (zod stays out of what Excel loads).
 */
import { z } from "zod";
import { rateCategory } from "./classifier";
import { type RateBook, rateBookFromRules, ruleFromJson } from "./rateBook";
import type { RateRule } from "./schema";

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
    // Thai and English, or one text for both (a rule an office writes in one language)
    source: z.union([z.string().min(1), text2]),
    confidence: z.enum(["high", "medium", "low", "unconfirmed"]),
    note: z.union([z.string(), text2]).optional(),
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
    return ruleFromJson(r);
  });
  if (problems.length) throw new Error(`Invalid rate rules:\n${problems.join("\n")}`);
  return rules;
}

/** A rate book from user data (an object { rules: [...] } or an array); throws a clear Error for bad data. */
export function loadRateBookFrom(data: unknown): RateBook {
  return rateBookFromRules(parseRateRules(data));
}
