/**
 * Rate categories and the classifier that maps a budget line's item text ("ค่าเครื่องดื่มและอาหารว่าง",
 * "ค่าวิทยากร (บุคคลภายนอก)", "Lunch") to a category and an expense class.
 *
 * Categories without a ceiling (transport, materials, printing, award, hire, venue-rent, fuel,
 * utilities, other) are known categories: a line in them is classified, it just has no ceiling to check.
 */
import type { ExpenseClass } from "../model";

export interface RateCategory {
  id: string;
  th: string;
  en: string;
  expenseClass: ExpenseClass;
  /** The usual unit of a unit cost in this category. */
  unit: { th: string; en: string };
  /** Whether the bundled rate book has ceilings for it. */
  hasCeiling: boolean;
  /**
   * For a category that stands for an unqualified item (e.g. "speaker": the item does not say whether
   * the speaker is a civil servant): the category whose rules apply, with the assumption recorded.
   */
  aliasOf?: string;
  /** The assumption recorded in RateMatch.assumed when aliasOf is used. */
  aliasAssumption?: string;
}

const U = (th: string, en: string) => ({ th, en });

export const RATE_CATEGORIES: readonly RateCategory[] = [
  { id: "snack", th: "ค่าอาหารว่างและเครื่องดื่ม", en: "Snacks and drinks", expenseClass: "services", unit: U("คน/มื้อ", "person/meal"), hasCeiling: true },
  { id: "meal", th: "ค่าอาหาร (ต่อมื้อ)", en: "Meal (per meal)", expenseClass: "services", unit: U("คน/มื้อ", "person/meal"), hasCeiling: true },
  { id: "training-meals", th: "ค่าอาหารฝึกอบรม (ต่อวัน)", en: "Training meals (per day)", expenseClass: "services", unit: U("คน/วัน", "person/day"), hasCeiling: true },
  { id: "speaker-gov", th: "ค่าสมนาคุณวิทยากร (บุคลากรภาครัฐ)", en: "Speaker fee (government staff)", expenseClass: "compensation", unit: U("คน/ชั่วโมง", "speaker/hour"), hasCeiling: true },
  { id: "speaker-ext", th: "ค่าสมนาคุณวิทยากร (บุคคลภายนอก)", en: "Speaker fee (external)", expenseClass: "compensation", unit: U("คน/ชั่วโมง", "speaker/hour"), hasCeiling: true },
  {
    id: "speaker",
    th: "ค่าสมนาคุณวิทยากร (ไม่ระบุประเภท)",
    en: "Speaker fee (type not stated)",
    expenseClass: "compensation",
    unit: U("คน/ชั่วโมง", "speaker/hour"),
    hasCeiling: true,
    aliasOf: "speaker-gov",
    aliasAssumption: "speaker=gov",
  },
  { id: "per-diem", th: "ค่าเบี้ยเลี้ยงเดินทาง", en: "Travel per diem", expenseClass: "services", unit: U("คน/วัน", "person/day"), hasCeiling: true },
  { id: "lodging", th: "ค่าเช่าที่พัก (เดินทางไปราชการ)", en: "Lodging (official travel)", expenseClass: "services", unit: U("คน/คืน", "person/night"), hasCeiling: true },
  { id: "training-lodging", th: "ค่าเช่าที่พัก (ฝึกอบรม)", en: "Lodging (training)", expenseClass: "services", unit: U("คน/คืน", "person/night"), hasCeiling: true },
  { id: "private-car", th: "ค่าพาหนะส่วนตัว", en: "Private vehicle mileage", expenseClass: "services", unit: U("กิโลเมตร", "km"), hasCeiling: true },
  { id: "transport", th: "ค่าพาหนะ/ค่าเดินทาง", en: "Transport", expenseClass: "services", unit: U("คน/วัน", "person/day"), hasCeiling: false },
  { id: "materials", th: "ค่าวัสดุ", en: "Materials", expenseClass: "materials", unit: U("หน่วย", "unit"), hasCeiling: false },
  { id: "printing", th: "ค่าถ่ายเอกสาร/จัดพิมพ์", en: "Printing and copying", expenseClass: "services", unit: U("ชุด", "set"), hasCeiling: false },
  { id: "award", th: "ค่าโล่/รางวัล/เกียรติบัตร", en: "Awards and plaques", expenseClass: "services", unit: U("ชิ้น", "piece"), hasCeiling: false },
  { id: "hire", th: "ค่าจ้างเหมา/จัดจ้าง", en: "Hired services", expenseClass: "services", unit: U("งาน", "job"), hasCeiling: false },
  { id: "venue-rent", th: "ค่าเช่าสถานที่", en: "Venue rent", expenseClass: "services", unit: U("วัน", "day"), hasCeiling: false },
  { id: "fuel", th: "ค่าน้ำมันเชื้อเพลิง", en: "Fuel", expenseClass: "materials", unit: U("ลิตร", "litre"), hasCeiling: false },
  { id: "utilities", th: "ค่าสาธารณูปโภค", en: "Utilities", expenseClass: "utilities", unit: U("เดือน", "month"), hasCeiling: false },
  { id: "other", th: "อื่น ๆ", en: "Other", expenseClass: "other", unit: U("หน่วย", "unit"), hasCeiling: false },
];

const BY_ID = new Map(RATE_CATEGORIES.map((c) => [c.id, c]));

export function rateCategory(id: string): RateCategory | undefined {
  return BY_ID.get(id);
}

export interface Classification {
  category: string;
  expenseClass: ExpenseClass;
}

/** Ordered tests: the first that matches wins. */
const RULES: { category: string | ((t: string) => string); test: RegExp }[] = [
  // snacks before meals: "ค่าเครื่องดื่มและอาหารว่าง" contains "อาหาร"
  { category: "snack", test: /อาหารว่าง|เครื่องดื่ม|coffee\s*break|snack|refreshment/i },
  // speaker fees before anything that may name the speaker (ค่าพาหนะวิทยากร is transport, see below)
  {
    category: (t) =>
      /ภายนอก|เอกชน|external|outside|private/i.test(t)
        ? "speaker-ext"
        : /ข้าราชการ|ภาครัฐ|ราชการ|รัฐวิสาหกิจ|government|civil\s*serv|public\s*sector/i.test(t)
          ? "speaker-gov"
          : "speaker",
    test: /(?:ค่า\s*(?:ตอบแทน|สมนาคุณ)?\s*|สมนาคุณ\s*)วิทยากร|speaker\s*fee|honorari|lecturer\s*fee/i,
  },
  { category: "per-diem", test: /เบี้ยเลี้ยง|per\s*-?\s*diem|daily\s*allowance/i },
  {
    category: (t) => (/ฝึกอบรม|อบรม|ประชุม|สัมมนา|ผู้เข้า|training|workshop|seminar|participant/i.test(t) ? "training-lodging" : "lodging"),
    test: /ที่พัก|ห้องพัก|โรงแรม|accommodation|lodging|hotel/i,
  },
  { category: "private-car", test: /พาหนะส่วนตัว|รถ(?:ยนต์|จักรยานยนต์)?ส่วนตัว|mileage|private\s*(?:car|vehicle)/i },
  { category: "fuel", test: /น้ำมันเชื้อเพลิง|ค่าน้ำมัน|fuel|petrol|gasoline|diesel/i },
  { category: "venue-rent", test: /เช่าสถานที่|เช่าห้องประชุม|ค่าสถานที่|ค่าห้องประชุม|venue|room\s*rent|hall\s*rent/i },
  {
    category: "transport",
    test: /พาหนะ|ค่าเดินทาง|ค่าโดยสาร|ค่ารถ|เช่ารถ|เช่าเหมารถ|ค่าตั๋ว|เครื่องบิน|ค่าทางด่วน|transport|travel|bus|taxi|airfare|vehicle/i,
  },
  { category: "award", test: /โล่|รางวัล|เกียรติบัตร|ของที่ระลึก|ถ้วย|award|plaque|trophy|certificate|prize|souvenir/i },
  { category: "printing", test: /ถ่ายเอกสาร|สำเนา|จัดพิมพ์|พิมพ์|เข้าเล่ม|เอกสารประกอบ|print|photocop|copying|copies|binding/i },
  {
    // a named meal is per meal; otherwise a per-day price means training meals (ค่าอาหาร วันละ 600)
    category: (t) =>
      /กลางวัน|เย็น|เช้า|lunch|dinner|breakfast/i.test(t)
        ? "meal"
        : /วันละ|ต่อวัน|\/\s*วัน|per\s*day|daily/i.test(t)
          ? "training-meals"
          : "meal",
    test: /ค่าอาหาร|อาหารกลางวัน|อาหารเย็น|อาหารเช้า|lunch|dinner|breakfast|meal|food|catering/i,
  },
  { category: "utilities", test: /สาธารณูปโภค|ค่าไฟฟ้า|ค่าน้ำประปา|ค่าโทรศัพท์|ไปรษณีย์|อินเทอร์เน็ต|utilit|electricity|water\s*bill|telephone|internet|postage/i },
  { category: "materials", test: /วัสดุ|อุปกรณ์|เครื่องเขียน|กระดาษ|หมึก|material|supplies|stationery|equipment/i },
  { category: "hire", test: /ค่าจ้าง|จัดจ้าง|จ้างเหมา|ค่าแรง|hire|hiring|contractor|wage|labou?r/i },
];

/**
 * The category and expense class of an item text, or undefined when no category fits.
 * An unqualified speaker fee ("ค่าตอบแทนวิทยากร") is category "speaker": RateBook.find applies the
 * speaker-gov rules to it and records "speaker=gov" in RateMatch.assumed.
 */
export function classifyItem(text: string): Classification | undefined {
  if (typeof text !== "string") return undefined;
  const t = text.replace(/\s+/g, " ").trim();
  if (!t) return undefined;
  for (const r of RULES) {
    if (!r.test.test(t)) continue;
    const category = typeof r.category === "function" ? r.category(t) : r.category;
    const cat = BY_ID.get(category);
    return { category, expenseClass: cat ? cat.expenseClass : "other" };
  }
  return undefined;
}
