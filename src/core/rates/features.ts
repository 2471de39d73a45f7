/**
 * What an item text (and a line's note and units) says about how to read its price: which meals it
 * names, whether the price is per day or per room, shared or single room, holiday or working day,
 * Bangkok, how many days. Pure text reading, used by the classifier and the rate checks.
 *
 * Texts are normalised first (normText): Thai digits → Arabic, invisible marks removed, spaces
 * collapsed; `compact` drops every space so "ค่าอาหาร กลางวัน" reads as "ค่าอาหารกลางวัน".
 */
import { toArabicDigits } from "../thaiDigits";

export interface NormText {
  /** Spaces collapsed, lower case, Thai digits as Arabic. */
  spaced: string;
  /** The same without any whitespace (Thai words are not separated by spaces). */
  compact: string;
}

// zero-width space/joiners, BOM, LRM/RLM and the bidi embedding/isolate controls, soft hyphen, NUL
// eslint-disable-next-line no-control-regex -- NUL bytes come with badly extracted text
const INVISIBLE = /[\u0000\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g;

export function normText(text: string): NormText {
  const spaced = toArabicDigits(String(text ?? ""))
    .replace(INVISIBLE, "")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
  return { spaced, compact: spaced.replace(/\s+/g, "") };
}

/** True when the regex matches the spaced or the compact form. */
export function hits(re: RegExp, t: NormText): boolean {
  return re.test(t.spaced) || re.test(t.compact);
}

export type MealKind = "breakfast" | "lunch" | "dinner";

const BREAKFAST = /อาหารเช้า|มื้อเช้า|breakfast/;
const LUNCH = /กลางวัน|มื้อเที่ยง|lunch/;
const DINNER = /อาหารเย็น|อาหารค่ำ|มื้อเย็น|มื้อค่ำ|dinner|supper/;

/** The main meals a food item names (breakfast, lunch, dinner), in that order. */
export function namedMeals(t: NormText): MealKind[] {
  const out: MealKind[] = [];
  if (hits(BREAKFAST, t)) out.push("breakfast");
  if (hits(LUNCH, t)) out.push("lunch");
  if (hits(DINNER, t)) out.push("dinner");
  return out;
}

/** The price is for a whole day of meals ("ค่าอาหาร วันละ 600", "per day"). */
export function saysPerDay(t: NormText): boolean {
  return hits(/วันละ|ต่อวัน|\/\s*วัน|per\s*day|daily/, t);
}

/** "ครบทุกมื้อ" / "3 มื้อ" → true, "ไม่ครบทุกมื้อ" → false, else undefined. */
export function saysAllMeals(t: NormText): boolean | undefined {
  if (hits(/ไม่ครบ|not\s*all\s*meals/, t)) return false;
  if (hits(/ครบ(?:ทุก)?มื้อ|ครบ3มื้อ|(?:^|[^\d])3มื้อ\/?วัน|วันละ3มื้อ|สามมื้อ|all\s*meals|full\s*board/, t)) return true;
  return undefined;
}

/** A number of days written in the text ("2 วัน", "จำนวน ๓ วัน"), not "วันละ". */
export function saysDays(t: NormText): number | undefined {
  const m = /(\d+)\s*วัน(?!ละ|ที่)/.exec(t.spaced) ?? /(\d+)\s*days?\b/.exec(t.spaced);
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n > 0 && n < 400 ? n : undefined;
}

/** Meals a day written in the text ("วันละ 2 มื้อ", "2 มื้อ/วัน", "2 มื้อต่อวัน"). */
export function saysMealsADay(t: NormText): number | undefined {
  const m = /วันละ\s*(\d+)\s*มื้อ/.exec(t.spaced) ?? /(\d+)\s*มื้อ\s*(?:\/|ต่อ)\s*วัน/.exec(t.spaced) ?? /(\d+)\s*meals?\s*(?:\/|a|per)\s*day/.exec(t.spaced);
  const n = m ? Number(m[1]) : NaN;
  return Number.isInteger(n) && n > 0 && n <= 6 ? n : undefined;
}

/** Counted in people (คน, ท่าน, รูป, persons). */
export function isPeopleUnit(u: string | undefined): boolean {
  return u !== undefined && /^\s*(?:คน|ท่าน|รูป|ราย|persons?|people|participants?)\s*$/i.test(u);
}

/** Shared or single room, when the text says so. */
export function saysRoom(t: NormText): "shared" | "single" | undefined {
  if (hits(/ห้อง(?:พัก)?คู่|พักคู่|พักห้องละ2คน|2คน(?:\/|ต่อ)ห้อง|twin|double\s*room|shared\s*room|sharing/, t)) return "shared";
  if (hits(/ห้อง(?:พัก)?เดี่ยว|พักเดี่ยว|ห้องพักคนเดียว|single\s*room/, t)) return "single";
  return undefined;
}

/** The price is per room ("ห้องละ 1,800", "ต่อห้อง", "/ห้อง", or the quantity is counted in rooms). */
export function saysPerRoom(t: NormText, units: (string | undefined)[] = []): boolean {
  if (hits(/ห้องละ|ต่อห้อง|\/\s*ห้อง|per\s*room/, t)) return true;
  return units.some((u) => u !== undefined && /^\s*ห้อง\s*$|^\s*rooms?\s*$/i.test(u));
}

/** Overtime on a holiday (true), on a working day (false), or not said. */
export function saysHoliday(t: NormText): boolean | undefined {
  if (hits(/วันหยุด|เสาร์|อาทิตย์|holiday|weekend/, t)) return true;
  if (hits(/วันทำการ|วันปกติ|working\s*day|weekday/, t)) return false;
  return undefined;
}

/** Counted in hours ("ชั่วโมงละ", a unit ชม./ชั่วโมง/hour). */
export function saysHourly(t: NormText, units: (string | undefined)[] = []): boolean {
  if (hits(/ชั่วโมงละ|ชม\.?ละ|รายชั่วโมง|ต่อชั่วโมง|\/\s*ชม|per\s*hour|hourly/, t)) return true;
  return units.some((u) => u !== undefined && /^\s*(?:ชั่วโมง|ชม\.?|hours?|hrs?\.?)\s*$/i.test(u));
}

/** To, through or next to Bangkok (true) when the text names Bangkok; otherwise not said. */
export function saysBangkok(t: NormText): boolean | undefined {
  if (hits(/ไม่(?:ได้)?(?:ผ่าน|ไป|ติด|เข้า)(?:เขต)?(?:กรุงเทพ|กทม)|not\s*(?:via|through|to)\s*bangkok/, t)) return false;
  return hits(/กรุงเทพ|กทม|bangkok/, t) ? true : undefined;
}

/**
 * A line held at a hotel, resort or other private place ("ค่าอาหารกลางวัน (โรงแรม)", a note "จัดที่รีสอร์ท",
 * "สถานที่เอกชน"): the private-venue ceilings apply to it.
 */
export function saysPrivateVenue(t: NormText): boolean {
  return hits(/โรงแรม|รีสอร์[ทต]|สถานที่เอกชน|hotel|resort|private\s*venue/, t);
}

/** Counted in days (a unit วัน/day). */
export function isDayUnit(u: string | undefined): boolean {
  return u !== undefined && /^\s*(?:วัน|days?)\s*$/i.test(u);
}

/** Counted in meals (a unit มื้อ/meal). */
export function isMealUnit(u: string | undefined): boolean {
  return u !== undefined && /^\s*(?:มื้อ|meals?)\s*$/i.test(u);
}
