/**
 * Names and labels of the plan workbook in Thai and English: sheet names, choice lists (venue,
 * training type, expense class, status …) and how to read them back in either language.
 */
import { toArabicDigits } from "../core/thaiDigits";

export type Lang = "th" | "en";
export interface Text {
  th: string;
  en: string;
}

export type SheetKey = "project" | "activities" | "budget" | "summary" | "indicators" | "rates" | "results";

export const SHEET_KEYS: readonly SheetKey[] = ["project", "activities", "budget", "summary", "indicators", "rates", "results"];

export const SHEET_NAMES: Record<Lang, Record<SheetKey, string>> = {
  th: {
    project: "โครงการ",
    activities: "กิจกรรม",
    budget: "งบประมาณ",
    summary: "สรุป",
    indicators: "ตัวชี้วัด",
    rates: "อัตรา",
    results: "ผลการดำเนินงาน",
  },
  en: {
    project: "Project",
    activities: "Activities",
    budget: "Budget",
    summary: "Summary",
    indicators: "Indicators",
    rates: "Rates",
    results: "Results",
  },
};

/** The printable proposal sheet (แบบเสนอโครงการ), written from the data sheets by formulas; never read as data. */
export const PRINT_SHEET_NAMES: Record<Lang, string> = { th: "แบบเสนอโครงการ", en: "Proposal" };

export function isPrintSheet(name: string): boolean {
  const n = String(name).trim().replace(/\s*\(\d+\)$/, "");
  return n === PRINT_SHEET_NAMES.th || n.toLowerCase() === PRINT_SHEET_NAMES.en.toLowerCase();
}

/** One choice of a list: its code, its labels, and other spellings accepted when reading. */
export interface Choice<T extends string = string> {
  id: T;
  th: string;
  en: string;
  aliases?: string[];
}

export const VENUE_CHOICES: Choice<"gov" | "private" | "unknown">[] = [
  { id: "gov", th: "สถานที่ราชการ", en: "government venue", aliases: ["ราชการ", "gov", "government", "หน่วยงานราชการ"] },
  { id: "private", th: "สถานที่เอกชน", en: "private venue", aliases: ["เอกชน", "โรงแรม", "private", "hotel"] },
  { id: "unknown", th: "ไม่ระบุ", en: "not stated", aliases: ["unknown", "-"] },
];

export const TRAINING_CHOICES: Choice<"a" | "b" | "unknown">[] = [
  { id: "a", th: "ประเภท ก", en: "type A", aliases: ["ก", "a", "ฝึกอบรมประเภท ก"] },
  { id: "b", th: "ประเภท ข", en: "type B", aliases: ["ข", "b", "ฝึกอบรมประเภท ข"] },
  { id: "unknown", th: "ไม่ระบุ", en: "not stated", aliases: ["unknown", "-"] },
];

export const STAFF_CHOICES: Choice<"standard" | "senior" | "unknown">[] = [
  { id: "standard", th: "ชำนาญการพิเศษลงมา", en: "standard", aliases: ["ชำนาญการพิเศษและต่ำกว่า", "standard level"] },
  { id: "senior", th: "เชี่ยวชาญขึ้นไป", en: "senior", aliases: ["เชี่ยวชาญ", "senior level"] },
  { id: "unknown", th: "ไม่ระบุ", en: "not stated", aliases: ["unknown", "-"] },
];

export const EXPENSE_CLASS_CHOICES: Choice<"compensation" | "services" | "materials" | "utilities" | "other">[] = [
  { id: "compensation", th: "ค่าตอบแทน", en: "compensation", aliases: ["honoraria"] },
  { id: "services", th: "ค่าใช้สอย", en: "services" },
  { id: "materials", th: "ค่าวัสดุ", en: "materials" },
  { id: "utilities", th: "ค่าสาธารณูปโภค", en: "utilities" },
  { id: "other", th: "อื่น ๆ", en: "other", aliases: ["อื่นๆ"] },
];

export const STATUS_CHOICES: Choice<"planned" | "in-progress" | "done" | "late">[] = [
  { id: "planned", th: "ยังไม่เริ่ม", en: "planned", aliases: ["ตามแผน", "วางแผน", "ยังไม่ดำเนินการ"] },
  { id: "in-progress", th: "กำลังดำเนินการ", en: "in progress", aliases: ["in-progress", "ดำเนินการอยู่"] },
  { id: "done", th: "เสร็จแล้ว", en: "done", aliases: ["ดำเนินการแล้ว", "เสร็จสิ้น", "completed"] },
  { id: "late", th: "ล่าช้า", en: "late", aliases: ["เลยกำหนด", "overdue"] },
];

export const INDICATOR_KIND_CHOICES: Choice<"output" | "outcome">[] = [
  { id: "output", th: "ผลผลิต", en: "output", aliases: ["output indicator"] },
  { id: "outcome", th: "ผลลัพธ์", en: "outcome", aliases: ["outcome indicator"] },
];

export const TARGET_KIND_CHOICES: Choice<"quantitative" | "qualitative">[] = [
  { id: "quantitative", th: "เชิงปริมาณ", en: "quantitative", aliases: ["เสิ้งปริมาณ", "ปริมาณ"] },
  { id: "qualitative", th: "เชิงคุณภาพ", en: "qualitative", aliases: ["เสิ้งคุณภาพ", "คุณภาพ"] },
];

export const ALL_MEALS_CHOICES: Choice<"yes" | "no">[] = [
  { id: "yes", th: "ครบทุกมื้อ", en: "all meals", aliases: ["ทุกมื้อ", "yes", "true", "ใช่"] },
  { id: "no", th: "ไม่ครบทุกมื้อ", en: "not all meals", aliases: ["no", "false", "ไม่ใช่"] },
];

/** Line-level rule conditions written as words in the rates sheet's "other conditions" cell. */
export const OTHER_CONDITION_CHOICES: Choice<"allMeals" | "notAllMeals" | "single" | "shared" | "car" | "motorcycle" | "halfDay" | "fullDay">[] = [
  { id: "allMeals", th: "ครบทุกมื้อ", en: "all meals", aliases: ["ทุกมื้อ", "allmeals"] },
  { id: "notAllMeals", th: "ไม่ครบทุกมื้อ", en: "not all meals" },
  { id: "single", th: "ห้องพักเดี่ยว", en: "single room", aliases: ["พักเดี่ยว", "single"] },
  { id: "shared", th: "ห้องพักคู่", en: "shared room", aliases: ["พักคู่", "shared"] },
  { id: "car", th: "รถยนต์", en: "car" },
  { id: "motorcycle", th: "รถจักรยานยนต์", en: "motorcycle" },
  { id: "halfDay", th: "ครึ่งวัน", en: "half day" },
  { id: "fullDay", th: "เต็มวัน", en: "full day" },
];

export const CONFIDENCE_CHOICES: Choice<"high" | "medium" | "low" | "unconfirmed">[] = [
  { id: "high", th: "สูง", en: "high" },
  { id: "medium", th: "ปานกลาง", en: "medium" },
  { id: "low", th: "ต่ำ", en: "low" },
  { id: "unconfirmed", th: "ยังไม่ยืนยัน", en: "unconfirmed" },
];

export const PDCA_CHOICES: Choice<"P" | "D" | "C" | "A">[] = [
  { id: "P", th: "P วางแผน", en: "P plan", aliases: ["วางแผน", "plan", "ขั้นวางแผน", "p (plan)"] },
  { id: "D", th: "D ดำเนินการ", en: "D do", aliases: ["ดำเนินการ", "do", "ขั้นดำเนินการ", "ปฏิบัติ", "d (do)"] },
  { id: "C", th: "C ตรวจสอบ", en: "C check", aliases: ["ตรวจสอบ", "check", "ขั้นตรวจสอบ", "ประเมินผล", "c (check)"] },
  { id: "A", th: "A ปรับปรุง", en: "A act", aliases: ["ปรับปรุง", "act", "ขั้นปรับปรุง", "ปรับปรุงพัฒนา", "a (act)"] },
];

export const CHOICES = {
  venue: VENUE_CHOICES,
  trainingType: TRAINING_CHOICES,
  staffLevel: STAFF_CHOICES,
  expenseClass: EXPENSE_CLASS_CHOICES,
  status: STATUS_CHOICES,
  indicatorKind: INDICATOR_KIND_CHOICES,
  targetKind: TARGET_KIND_CHOICES,
  allMeals: ALL_MEALS_CHOICES,
  confidence: CONFIDENCE_CHOICES,
  pdca: PDCA_CHOICES,
} as const;

export type ChoiceListName = keyof typeof CHOICES;

/** Lower-case, Arabic digits, no spaces, no trailing colon/dots, no "(บาท)"-style unit suffix. */
const normCache = new Map<string, string>();
export function normalizeLabel(s: string): string {
  const key = String(s);
  const hit = normCache.get(key);
  if (hit !== undefined) return hit;
  const n = normalize(key);
  if (normCache.size > 20000) normCache.clear();
  normCache.set(key, n);
  return n;
}

function normalize(s: string): string {
  return toArabicDigits(s)
    .toLowerCase()
    .replace(/\s+/g, "")
    .replace(/[:：.]+$/g, "")
    .replace(/^\*+|\*+$/g, "");
}

/** The label of a choice in a language. */
export function choiceLabel(list: readonly Choice[], id: string | undefined, lang: Lang): string {
  const c = list.find((x) => x.id === id);
  return c ? c[lang] : "";
}

/** Reads a choice written in Thai or English (or its code, or an alias); undefined when unknown. */
export function parseChoice<T extends string>(list: readonly Choice<T>[], text: unknown): T | undefined {
  if (text === null || text === undefined) return undefined;
  const n = normalizeLabel(String(text));
  if (!n) return undefined;
  for (const c of list) {
    const all = [c.id, c.th, c.en, ...(c.aliases ?? [])];
    if (all.some((a) => normalizeLabel(a) === n)) return c.id;
  }
  return undefined;
}

/** Both languages in one line, for problems reported as plain strings. */
export function both(t: Text): string {
  return `${t.th} / ${t.en}`;
}

export const MONTH_FORMAT: Record<Lang, { short: string; long: string }> = {
  // Thai locale (041E), Buddhist calendar (07), Arabic digits: "พ.ย. 59" / "พ.ย. 2559".
  th: { short: "[$-107041E]mmm yy;;", long: "[$-107041E]mmm yyyy;;" },
  en: { short: "mmm yy;;", long: "mmm yyyy;;" },
};

export const MONEY_FORMAT = '#,##0.00;-#,##0.00;"-"';
export const NUMBER_FORMAT = "General";
export const PERCENT_FORMAT = "0.0%";
