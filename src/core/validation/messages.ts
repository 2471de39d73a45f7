/**
 * Pieces of finding messages in Thai and English: amounts, quantities with units, months, dates,
 * the "unit × quantity × times" formula. Thai reads as a district reviewer writes it.
 */
import type { BudgetLine, MonthRef, Satang } from "../model";
import { formatBaht } from "../money";
import { ENGLISH_MONTHS_SHORT, THAI_MONTHS_SHORT, formatMonth, formatMonthRange, isoToMonth } from "../calendar";
import { clip } from "../clip";

export type Lang = "th" | "en";
export type Bilingual = { th: string; en: string };

/** The name of the one model's sum in messages: amounts computed as unit cost × quantity × times. */
export const AS_COMPUTED: Bilingual = { th: "ตามการคำนวณ", en: "as computed" };

/**
 * When the amounts as written add up to something else than the computed ones, a clause that says so
 * (empty otherwise), so a message names both sums the sheet shows.
 */
export function asWrittenNote(computed: Satang, written: Satang, lang: Lang): string {
  if (computed === written) return "";
  return lang === "th"
    ? ` — จำนวนเงินตามที่เขียนในรายการรวมได้ ${formatBaht(written, "th")} เพราะบางรายการเขียนจำนวนเงินไม่ตรงกับการคำนวณ`
    : `; the amounts as written add up to ${formatBaht(written, "en")} because some lines' amounts differ from their computation`;
}

/** A quantity with thousands separators: 1000 → "1,000", 2.5 → "2.5". */
export function num(n: number): string {
  const [int, frac] = String(Math.abs(n)).split(".");
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return `${n < 0 ? "-" : ""}${grouped}${frac ? `.${frac}` : ""}`;
}

/** English for the counting units plans use; unknown units are kept as written. */
const UNIT_EN: Record<string, [string, string]> = {
  คน: ["person", "people"],
  มื้อ: ["meal", "meals"],
  ชุด: ["set", "sets"],
  วัน: ["day", "days"],
  คืน: ["night", "nights"],
  โล่: ["plaque", "plaques"],
  ครั้ง: ["time", "times"],
  เล่ม: ["copy", "copies"],
  แผ่น: ["sheet", "sheets"],
  ชั่วโมง: ["hour", "hours"],
  ชม: ["hour", "hours"],
  "ชม.": ["hour", "hours"],
  กิโลเมตร: ["km", "km"],
  กม: ["km", "km"],
  "กม.": ["km", "km"],
  โรงเรียน: ["school", "schools"],
  โรง: ["school", "schools"],
  แห่ง: ["place", "places"],
  คัน: ["vehicle", "vehicles"],
  ห้อง: ["room", "rooms"],
  เดือน: ["month", "months"],
  อัน: ["piece", "pieces"],
  ชิ้น: ["piece", "pieces"],
  กล่อง: ["box", "boxes"],
  รุ่น: ["group", "groups"],
  กลุ่ม: ["group", "groups"],
  เที่ยว: ["trip", "trips"],
  ผืน: ["piece", "pieces"],
  ป้าย: ["sign", "signs"],
  ร้อยละ: ["percent", "percent"],
};

/** "200 ชุด" / "200 sets"; the bare number when there is no unit. */
export function qty(n: number, unit: string | undefined, lang: Lang): string {
  if (!unit) return num(n);
  if (lang === "th") return `${num(n)} ${unit}`;
  const en = UNIT_EN[unit.trim()];
  return `${num(n)} ${en ? (n === 1 ? en[0] : en[1]) : unit}`;
}

/** English name of a counting unit ("คน" → "people"), the unit itself when unknown. */
export function unitName(unit: string, lang: Lang): string {
  if (lang === "th") return unit;
  return UNIT_EN[unit.trim()]?.[1] ?? unit;
}

/** "80 บาท × 200 ชุด" or "35 baht × 20 people × 4 meals": the factors that are present. */
export function lineFormula(line: BudgetLine, lang: Lang): string {
  const parts: string[] = [];
  if (line.unitCost !== null) parts.push(formatBaht(line.unitCost, lang));
  if (line.quantity !== null) parts.push(qty(line.quantity, line.quantityUnit, lang));
  if (line.times !== null) parts.push(qty(line.times, line.timesUnit, lang));
  return parts.join(" × ");
}

export function month(m: MonthRef, lang: Lang): string {
  return formatMonth(m, lang, "short");
}

/** A Gregorian ISO date as people read it: "2013-03-04" → "4 มี.ค. 2556" / "4 Mar 2013". */
export function isoDate(iso: string, lang: Lang): string {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?/.exec(iso);
  if (!m) return iso;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = m[3] ? Number(m[3]) : undefined;
  const name = (lang === "th" ? THAI_MONTHS_SHORT : ENGLISH_MONTHS_SHORT)[mo - 1] ?? m[2];
  const year = lang === "th" ? y + 543 : y;
  return d ? `${d} ${name} ${year}` : `${name} ${year}`;
}

/** "in force 4 มี.ค. 2556 – 31 ต.ค. 2568" style phrase for a rule's dates. */
export function inForce(from: string | undefined, to: string | undefined, lang: Lang): string {
  if (lang === "th") {
    if (from && to) return `ใช้บังคับ ${isoDate(from, "th")} – ${isoDate(to, "th")}`;
    if (from) return `ใช้บังคับตั้งแต่ ${isoDate(from, "th")}`;
    if (to) return `ใช้บังคับถึง ${isoDate(to, "th")}`;
    return "ไม่ระบุวันที่ใช้บังคับ";
  }
  if (from && to) return `in force ${isoDate(from, "en")} – ${isoDate(to, "en")}`;
  if (from) return `in force from ${isoDate(from, "en")}`;
  if (to) return `in force until ${isoDate(to, "en")}`;
  return "no in-force dates given";
}

/** Shortens a long text for a message: at most `max` characters, cut where a reader would (../clip.ts), and "…". */
export function short(text: string, max = 60): string {
  return clip(text, max);
}

/** Upper-cases the first letter (English sentences that start with a label). */
export function cap(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** "กิจกรรมที่ 1, 2, 3" / "activities 1, 2, 3" ("activity 1" for one). */
export function activitiesLabel(ids: string[], lang: Lang): string {
  if (ids.length === 1) return activityLabel(ids[0], lang);
  if (lang === "th") return `กิจกรรมที่ ${ids.join(", ")}`;
  return `${ids.length === 1 ? "activity" : "activities"} ${ids.join(", ")}`;
}

/**
 * "กิจกรรมที่ 3" / "activity 3". Lines under no activity (a hand-made table with no headings and no activity
 * column) have an empty id: they are named as such, never "กิจกรรมที่ " with nothing after it.
 */
export function activityLabel(id: string, lang: Lang): string {
  if (!id || !id.trim()) return lang === "th" ? "รายการที่ไม่ได้แยกกิจกรรม" : "the lines under no activity";
  return lang === "th" ? `กิจกรรมที่ ${id}` : `activity ${id}`;
}

/** Thai and English names of the line fields, for bad-number messages. */
export const FIELD_NAMES: Record<string, Bilingual> = {
  unitCost: { th: "ราคาต่อหน่วย", en: "unit cost" },
  quantity: { th: "จำนวน", en: "quantity" },
  times: { th: "จำนวนครั้ง/มื้อ/วัน", en: "times (meals/days)" },
  statedAmount: { th: "จำนวนเงิน", en: "amount" },
};

/** A month as a finding value: Gregorian "YYYY-MM" (isoToMonth reads it back). */
export function monthValue(m: MonthRef): string {
  return `${String(m.year - 543).padStart(4, "0")}-${String(m.month).padStart(2, "0")}`;
}

/** A period as a finding value: "YYYY-MM/YYYY-MM" (Gregorian). */
export function periodValue(start: MonthRef, end: MonthRef): string {
  return `${monthValue(start)}/${monthValue(end)}`;
}

const ISO_MONTH = /^\s*(\d{4}-\d{1,2})(?:-\d{1,2})?\s*$/;

/**
 * A month or period finding value (monthValue, periodValue: Gregorian ISO) as people read it: "ต.ค. 2569",
 * "ต.ค. 2569 – ก.ย. 2570" in Thai (Buddhist era), "Oct 2026 – Sep 2027" in English; other texts unchanged.
 */
export function monthValueText(value: string, lang: Lang): string {
  const parts = value.split("/");
  if (parts.length > 2 || !parts.every((p) => ISO_MONTH.test(p))) return value;
  try {
    const [a, b] = parts.map((p) => isoToMonth(ISO_MONTH.exec(p)![1]));
    return b ? formatMonthRange(a, b, lang) : formatMonth(a, lang);
  } catch {
    return value;
  }
}

/** A period value that is a whole fiscal year (October to the next September). */
export function isFiscalYearPeriod(value: unknown): boolean {
  const m = /^(\d{4})-10\/(\d{4})-0?9$/.exec(String(value ?? "").trim());
  return !!m && Number(m[2]) === Number(m[1]) + 1;
}

// ---------------------------------------------------------------------------------------------
// Rate rules: every rate finding cites the rule's source, its dates in force and its confidence.

export const CONFIDENCE_NAMES: Record<string, Bilingual> = {
  high: { th: "สูง", en: "high" },
  medium: { th: "ปานกลาง", en: "medium" },
  low: { th: "ต่ำ", en: "low" },
  unconfirmed: { th: "ยังไม่ยืนยัน", en: "unconfirmed" },
};

interface Citable {
  /** Thai and English (rules read from a sheet carry the sheet's text in both). */
  source: { th: string; en: string };
  effectiveFrom?: string;
  effectiveTo?: string;
  confidence: string;
}

/**
 * The source of a rule as a finding cites it: the document itself, without the chain it was found
 * through ("… ตามที่สำนักงานจังหวัดสรุป", "under the training regulation …", notes in brackets) and with
 * the usual abbreviations (มติ ครม., กค.). The full text stays in the rule (rates sheet, rates tab,
 * docs/rates.md), which the finding names by its id (Finding.rateRule).
 */
export function shortSource(text: string, lang: Lang): string {
  let t = String(text ?? "").trim();
  const cuts = lang === "th" ? [" ตาม", " (", ";"] : [" under ", ", as ", " as summarised", " as summarized", " (", ";"];
  for (const c of cuts) {
    const i = t.indexOf(c);
    if (i >= 12) t = t.slice(0, i);
  }
  if (lang === "th")
    t = t
      .replace(/มติคณะรัฐมนตรี/g, "มติ ครม.")
      .replace(/หนังสือกระทรวงการคลัง\s*(?:ด่วนที่สุด\s*)?(?=กค)/g, "หนังสือ ")
      .replace(/ระเบียบกระทรวงการคลังว่าด้วย/g, "ระเบียบ กค. ว่าด้วย");
  return t.trim();
}

/** "ตาม <source> ใช้บังคับ … ความเชื่อมั่นสูง" / "under <source>, in force …, confidence high" (the short source). */
export function citation(rule: Citable, lang: Lang): string {
  const conf = CONFIDENCE_NAMES[rule.confidence]?.[lang] ?? rule.confidence;
  if (lang === "th") return `ตาม ${shortSource(rule.source.th, "th")} ${inForce(rule.effectiveFrom, rule.effectiveTo, "th")} ความเชื่อมั่น${conf}`;
  return `under ${shortSource(rule.source.en, "en")}, ${inForce(rule.effectiveFrom, rule.effectiveTo, "en")}, confidence ${conf}`;
}
