/**
 * The venue a place name tells, for the rate checks' government/private switch (rates.md: the snack
 * ceiling 35 / 50 and the training-food ceilings depend on it; meeting meals, lodging, per diem and
 * speaker fees do not).
 *
 * The kind of place is read from its kind words anywhere in the name, whatever words surround them:
 * "หอประชุมโรงเรียนบ้านหนองบัว", "ห้องประชุมโรงเรียนบ้านหนองบัว" and "โรงเรียนบ้านโคกสูง" are all a school;
 * "โรงแรมริเวอร์ไซด์ อำเภอเมือง" is a hotel. Place words (อำเภอ…, อ.…, จังหวัด…, จ.…, ตำบล…, ต.…, หมู่ที่ …,
 * ถนน…) are dropped first: they say where, not what ("จังหวัด" must not read as วัด).
 *
 * - private: a hotel, resort, homestay, a company or restaurant, a private place (เอกชน), a hotel's meeting
 *   room ("ห้องประชุมของโรงแรม…");
 * - government / public: a school, a meeting room or hall (ห้องประชุม, หอประชุม), an office (สำนักงาน…,
 *   สพป./สพม., ศึกษาธิการ, ศาลากลาง, ที่ว่าการ), a local administration (อบต., อบจ., เทศบาล), a
 *   university or college, a community hall (ศาลาประชาคม), a temple (วัด), a non-formal education
 *   centre (กศน.), a health centre (รพ.สต.);
 * - otherwise unknown: the rate checks then assume a government venue (the lower ceiling) and report
 *   what is over it as a warning that says so.
 */
import type { Venue } from "../model";
import { clip } from "../clip";

export interface VenueReading {
  venue: Venue;
  /** The kind word that decided it ("โรงเรียน", "โรงแรม"), as written; absent when unknown. */
  word?: string;
}

/** Where words: district, province, sub-district, village, road; they never tell the kind of place. */
// The one-letter abbreviations (อ. จ. ต. ถ. ม.) count only when no Thai letter or dot is right before them: that
// character is matched in the first group and the whole match kept (no lookbehind: old webviews lack it).
const PLACE_WORDS = /(?:อำเภอ|จังหวัด|ตำบล|ถนน)\s*[^\s,()]*|([\u0E00-\u0E7F.]?)(?:[อจตถ]\.\s*[^\s,()]*|ม\.\s*\d+)|หมู่(?:ที่)?\s*\d+|เลขที่\s*[\d/]+/g;
const dropPlaceWord = (m: string, before: string | undefined): string => (before ? m : " ");

const PRIVATE =
  /โรงแรม|รีสอร์[ทต]|สถานที่เอกชน|เอกชน|โฮมสเตย์|คอนเวนชั่น|บริษัท|ห้างหุ้นส่วน|หจก|ร้านอาหาร|ภัตตาคาร|hotel|resort|homestay|private|convention\s*cent|company|restaurant/;

const GOV = new RegExp(
  [
    "สถานที่ราชการ",
    "ราชการ",
    "โรงเรียน",
    "ห้องประชุม",
    "หอประชุม",
    "ห้องเรียน",
    "ห้องสมุด",
    "สำนักงาน",
    "สพป",
    "สพม",
    "สพฐ",
    "ศึกษาธิการ",
    "ศาลากลาง",
    "ที่ว่าการ",
    "ศาลาประชาคม",
    "ศาลาอเนกประสงค์",
    "องค์การบริหารส่วน",
    "อบต",
    "อบจ",
    "เทศบาล",
    "มหาวิทยาลัย",
    "วิทยาลัย",
    "กศน",
    "ศูนย์การศึกษานอกระบบ",
    "รพ\\.?สต",
    "โรงพยาบาล",
    "ค่ายทหาร",
    // a temple, not วัดผล (assessment)
    "วัด(?!ผล|และประเมิน|ประเมิน|ระดับ|ขนาด)",
    "government",
    "school",
    "meeting\\s*room",
    "(?:assembly|town|conference)\\s*hall",
    "office",
    "universit",
    "college",
    "temple",
  ].join("|"),
);

/** The kind of place a name tells, and the word that told it. */
export function readVenue(text: string): VenueReading {
  const t = String(text ?? "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .replace(PLACE_WORDS, dropPlaceWord);
  const p = PRIVATE.exec(t);
  if (p) return { venue: "private", word: p[0] };
  const g = GOV.exec(t);
  if (g) return { venue: "gov", word: g[0] };
  return { venue: "unknown" };
}

/** The venue a place name tells: "gov", "private" or "unknown". */
export function venueOfPlace(text: string): Venue {
  return readVenue(text).venue;
}

/** The read note for a place whose kind is known: which ceilings, from which word. */
export function venueNote(place: string, r: VenueReading): { th: string; en: string } {
  const shortPlace = clip(place, 61);
  const th = r.venue === "private" ? "สถานที่เอกชน" : "สถานที่ราชการ";
  const en = r.venue === "private" ? "a private venue" : "a government venue";
  return {
    th: `ตรวจอัตราแบบจัดใน${th} ตามสถานที่ "${shortPlace}" (คำว่า "${r.word}")`,
    en: `Rates judged for ${en}, from the place "${shortPlace}" (the word "${r.word}")`,
  };
}

/** The read problem for a place whose kind is not known: the assumption the rate checks make, and why. */
export function unknownVenueNote(place: string, where: string): { th: string; en: string } {
  const shortPlace = clip(place, 61);
  return {
    th:
      `สถานที่จัดกิจกรรม "${shortPlace}" (${where}) ไม่บอกว่าเป็นสถานที่ราชการหรือเอกชน จึงตรวจค่าอาหารว่างและค่าอาหารฝึกอบรม` +
      `โดยสมมติว่าจัดในสถานที่ราชการ (เพดานที่ต่ำกว่า) และรายงานส่วนที่เกินเป็นคำเตือนเท่านั้น — ถ้าจัดที่โรงแรมหรือสถานที่เอกชน ให้ระบุ "สถานที่เอกชน" หรือใส่ชื่อโรงแรม`,
    en:
      `The venue "${shortPlace}" (${where}) does not say whether it is a government or a private place, so snacks and training food ` +
      `are judged as at a government venue (the lower ceiling) and anything over it is only a warning — if it is a hotel or private place, write "สถานที่เอกชน" or the hotel's name`,
  };
}
