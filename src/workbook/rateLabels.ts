/**
 * How rate categories are written in the sheets (the category's label in the sheet's language, or
 * "label [id]" when two categories share a label) and read back (id, label in either language, or
 * "… [id]"). A category the user invented is kept as written.
 */
import { RATE_CATEGORIES } from "../core/rates/classifier";
import { toArabicDigits } from "../core/thaiDigits";
import type { RateConditions, RateRule } from "../core/rates/schema";
import type { Choice, Lang } from "./i18n";
import { OTHER_CONDITION_CHOICES, choiceLabel, normalizeLabel, parseChoice } from "./i18n";

interface CategoryInfo {
  id: string;
  th: string;
  en: string;
}

function categories(): CategoryInfo[] {
  return (RATE_CATEGORIES as unknown as CategoryInfo[]) ?? [];
}

/** The text written in a category cell. */
export function categoryLabel(id: string | undefined, lang: Lang): string {
  if (!id) return "";
  const all = categories();
  const c = all.find((x) => x.id === id);
  if (!c) return id;
  const label = c[lang] || c.th || id;
  const clash = all.some((x) => x.id !== id && normalizeLabel(x[lang] || "") === normalizeLabel(label));
  return clash ? `${label} [${id}]` : label;
}

/** Category ids by cell text, as parseCategory gives them (a plan repeats a few dozen texts on every line). */
const parsedCategories = new Map<string, string | undefined>();

/** The category id of a cell's text (id, label in either language, "… [id]"); the text itself when unknown. */
export function parseCategory(text: string): string | undefined {
  if (parsedCategories.has(text)) return parsedCategories.get(text);
  const id = parseCategoryOf(text);
  if (parsedCategories.size >= 5000) parsedCategories.clear();
  parsedCategories.set(text, id);
  return id;
}

function parseCategoryOf(text: string): string | undefined {
  const t = text.trim();
  if (!t) return undefined;
  const all = categories();
  const bracket = /\[([^\]]+)\]\s*$/.exec(t);
  if (bracket && all.some((c) => c.id === bracket[1].trim())) return bracket[1].trim();
  const n = normalizeLabel(t);
  const byId = all.find((c) => normalizeLabel(c.id) === n);
  if (byId) return byId.id;
  const byLabel = all.filter((c) => normalizeLabel(c.th) === n || normalizeLabel(c.en) === n);
  if (byLabel.length >= 1) return byLabel[0].id;
  return t;
}

// ---------------------------------------------------------------------------------------------
// The rates sheet's "other conditions" cell: the conditions beyond venue, training type and staff
// level, and the approval margin, written in the sheet's language and read back in either.

const MORE_CONDITIONS: Choice<"meals0" | "meals1" | "meals2" | "holiday" | "workday" | "bangkok" | "notBangkok">[] = [
  { id: "meals0", th: "ผู้จัดไม่ได้จัดอาหาร", en: "no meals provided", aliases: ["ไม่จัดอาหาร"] },
  { id: "meals1", th: "ผู้จัดจัดอาหาร 1 มื้อ", en: "1 meal provided", aliases: ["จัดอาหาร 1 มื้อ", "one meal provided"] },
  { id: "meals2", th: "ผู้จัดจัดอาหาร 2 มื้อ", en: "2 meals provided", aliases: ["จัดอาหาร 2 มื้อ", "two meals provided"] },
  { id: "holiday", th: "วันหยุดราชการ", en: "holiday", aliases: ["วันหยุด"] },
  { id: "workday", th: "วันทำการ", en: "working day", aliases: ["วันปกติ"] },
  { id: "bangkok", th: "ไป/ผ่าน/ติดกรุงเทพฯ", en: "to/through/next to Bangkok", aliases: ["กรุงเทพฯ", "กรุงเทพ", "bangkok"] },
  { id: "notBangkok", th: "ไม่ผ่านกรุงเทพฯ", en: "not via Bangkok", aliases: ["อื่น ๆ", "other provinces"] },
];

const MARGIN_TEXT = { th: (p: number) => `เกินได้ ${p}% เมื่อได้รับอนุมัติ`, en: (p: number) => `+${p}% with approval` };

/** The "other conditions" text of a rule: allMeals, room, vehicle, half day, meals provided, holiday, Bangkok, margin. */
export function otherConditionsText(rule: Pick<RateRule, "conditions" | "approvalMarginPercent">, lang: Lang): string {
  const c = rule.conditions ?? {};
  const parts: string[] = [];
  const one = (list: readonly Choice[], id: string) => parts.push(choiceLabel(list, id, lang));
  if (c.allMeals === true) one(OTHER_CONDITION_CHOICES, "allMeals");
  if (c.allMeals === false) one(OTHER_CONDITION_CHOICES, "notAllMeals");
  if (c.room) one(OTHER_CONDITION_CHOICES, c.room);
  if (c.vehicle) one(OTHER_CONDITION_CHOICES, c.vehicle);
  if (c.halfDay === true) one(OTHER_CONDITION_CHOICES, "halfDay");
  if (c.halfDay === false) one(OTHER_CONDITION_CHOICES, "fullDay");
  if (c.mealsProvided !== undefined) one(MORE_CONDITIONS, `meals${c.mealsProvided}`);
  if (c.holiday === true) one(MORE_CONDITIONS, "holiday");
  if (c.holiday === false) one(MORE_CONDITIONS, "workday");
  if (c.bangkok === true) one(MORE_CONDITIONS, "bangkok");
  if (c.bangkok === false) one(MORE_CONDITIONS, "notBangkok");
  if (rule.approvalMarginPercent) parts.push(MARGIN_TEXT[lang](rule.approvalMarginPercent));
  return parts.join("; ");
}

/**
 * Reads one token of an "other conditions" cell into the rule's conditions (or its approval margin).
 * False when the token is not understood.
 */
export function readOtherCondition(text: string, conditions: RateConditions, extra: { approvalMarginPercent?: number }): boolean {
  const token = toArabicDigits(text);
  const margin = /^\+?\s*(\d+(?:\.\d+)?)\s*%/.exec(token.trim()) ?? /(?:เกินได้|เพิ่มได้|approval|อนุมัติ).*?(\d+(?:\.\d+)?)\s*%|(\d+(?:\.\d+)?)\s*%.*(?:เกินได้|เพิ่มได้|approval|อนุมัติ)/i.exec(token);
  if (margin) {
    const p = Number(margin[1] ?? margin[2]);
    if (Number.isFinite(p) && p >= 0) {
      extra.approvalMarginPercent = p;
      return true;
    }
  }
  const c = parseChoice(OTHER_CONDITION_CHOICES, token);
  if (c === "allMeals") conditions.allMeals = true;
  else if (c === "notAllMeals") conditions.allMeals = false;
  else if (c === "single" || c === "shared") conditions.room = c;
  else if (c === "car" || c === "motorcycle") conditions.vehicle = c;
  else if (c === "halfDay") conditions.halfDay = true;
  else if (c === "fullDay") conditions.halfDay = false;
  else {
    const m = parseChoice(MORE_CONDITIONS, token);
    if (m === "meals0") conditions.mealsProvided = 0;
    else if (m === "meals1") conditions.mealsProvided = 1;
    else if (m === "meals2") conditions.mealsProvided = 2;
    else if (m === "holiday") conditions.holiday = true;
    else if (m === "workday") conditions.holiday = false;
    else if (m === "bangkok") conditions.bangkok = true;
    else if (m === "notBangkok") conditions.bangkok = false;
    else return false;
  }
  return true;
}

/**
 * Labels (in the sheet's language) of the conditions that pick a lower ceiling than the default: not all
 * meals, shared room, motorcycle, half day, meals provided, working day, not via Bangkok. The budget
 * sheet's ceiling lookup skips rate rows that carry one, so it shows the ceiling the checks use when a
 * line does not say (the checks read the line's words for the rest).
 */
export function nonDefaultConditionLabels(lang: Lang): string[] {
  return [
    choiceLabel(OTHER_CONDITION_CHOICES, "notAllMeals", lang),
    choiceLabel(OTHER_CONDITION_CHOICES, "shared", lang),
    choiceLabel(OTHER_CONDITION_CHOICES, "motorcycle", lang),
    choiceLabel(OTHER_CONDITION_CHOICES, "halfDay", lang),
    choiceLabel(MORE_CONDITIONS, "meals1", lang),
    choiceLabel(MORE_CONDITIONS, "meals2", lang),
    choiceLabel(MORE_CONDITIONS, "workday", lang),
    choiceLabel(MORE_CONDITIONS, "notBangkok", lang),
  ];
}
