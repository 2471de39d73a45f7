/**
 * The travellers' staff level as a plan states it, for the per diem (เบี้ยเลี้ยง) and travel lodging
 * ceilings (travel regulation 2550 as amended): "standard" covers ประเภททั่วไป ปฏิบัติงาน / ชำนาญงาน /
 * อาวุโส, ประเภทวิชาการ ปฏิบัติการ / ชำนาญการ / ชำนาญการพิเศษ, อำนวยการต้น and the old ซี 1–8; "senior"
 * covers ทักษะพิเศษ, เชี่ยวชาญ (พิเศษ), ทรงคุณวุฒิ, อำนวยการสูง, บริหาร and ซี 9–11. A text that names levels
 * of both groups ("ชำนาญการ – เชี่ยวชาญ"), or only a category that spans both ("ประเภทวิชาการ",
 * "ประเภททั่วไป"), states no level: the ceiling stays an assumption.
 */
import type { StaffLevel } from "../model";
import { toArabicDigits } from "../thaiDigits";

const SENIOR = /ทักษะพิเศษ|เชี่ยวชาญ|ทรงคุณวุฒิ|อำนวยการสูง|บริหาร(ต้น|สูง)|ประเภทบริหาร/;
// ชำนาญการ (พิเศษ) / ชำนาญงาน / อำนวยการต้น; ปฏิบัติการ / ปฏิบัติงาน / อาวุโส only after ระดับ or ตำแหน่ง
// ("อบรมเชิงปฏิบัติการ", "แผนปฏิบัติการ" are not levels)
const STANDARD = /ชำนาญการ|ชำนาญงาน|อำนวยการต้น|(?:ระดับ|ตำแหน่ง)\s*(?:ปฏิบัติการ|ปฏิบัติงาน|อาวุโส)/;
// the old C levels: "ซี 8", "ซี8", "C 8", "C8", "ระดับ 8" (a number alone after ระดับ, 1–11; not "ระดับ 3 ดาว");
// "c" not inside a Latin word, matched with the character before it (no lookbehind: old webviews lack it)
const C_LEVEL = /(?:ซี|(?:^|[^a-z])c|ระดับ)\s*-?\s*(1[01]|[1-9])(?![0-9.,])(?!\s*(?:ดาว|star))/g;

/** The staff level a text states, or undefined (none stated, or levels of both groups). */
export function staffLevelIn(raw: string): StaffLevel | undefined {
  const t = toArabicDigits(raw).toLowerCase().replace(/[\u200b\s]+/g, " ");
  // "ชำนาญการพิเศษ" is standard; "เชี่ยวชาญพิเศษ" senior: test the words as they stand
  const senior = SENIOR.test(t);
  let standard = STANDARD.test(t.replace(/เชี่ยวชาญ|ทักษะพิเศษ/g, ""));
  let seniorC = false;
  // an exec loop, not matchAll: old webviews lack it, and its polyfill would be in what Excel loads
  C_LEVEL.lastIndex = 0;
  for (let m = C_LEVEL.exec(t); m; m = C_LEVEL.exec(t)) {
    const n = Number(m[1]);
    if (n >= 9) seniorC = true;
    else standard = true;
  }
  const isSenior = senior || seniorC;
  if (isSenior && standard) return undefined;
  if (isSenior) return "senior";
  if (standard) return "standard";
  return undefined;
}

const TRAVELLERS = /^(ระดับตำแหน่ง|ระดับผู้เดินทาง|ตำแหน่งผู้เดินทาง)|ผู้เดินทาง|เดินทางไปราชการ|ผู้ไปราชการ|ผู้ศึกษาดูงาน|ผู้เข้าร่วม|ผู้เข้ารับ|คณะครู|staff\s*level/i;
const NOT_TRAVELLERS = /ผู้รับผิดชอบ|ผู้เสนอ|ผู้อนุมัติ|ผู้เห็นชอบ|ผู้ตรวจ|ลงชื่อ|ลงนาม|ผู้ขอ/;

/**
 * Whether a text is about the travellers ("ผู้เดินทาง ครูระดับชำนาญการพิเศษ จำนวน 2 คน", "ระดับตำแหน่ง …",
 * "คณะครูผู้ศึกษาดูงาน …"), not about the owner's or a signer's own position.
 */
export function isTravellersText(s: string): boolean {
  return s.length <= 200 && TRAVELLERS.test(s) && !NOT_TRAVELLERS.test(s);
}
