/**
 * The unit words of Thai budget lines. The role of a number is decided by the unit written after it
 * (or before "ละ"), never by its position: บาท = money; people and things = quantity; meals, days,
 * times, nights, hours … = times.
 */

export type UnitRole = "money" | "quantity" | "times" | "percent" | "size";

export interface UnitWord {
  word: string;
  role: UnitRole;
  /** The unit as it should be shown (e.g. "ชม." → "ชั่วโมง"). */
  canonical: string;
}

const MONEY = ["บาท", "บ.", "฿"];
const PEOPLE = ["คน", "ท่าน", "รูป", "ราย", "นาย"];
const THINGS = [
  "ชุด",
  "เล่ม",
  "โล่",
  "อัน",
  "ชิ้น",
  "แผ่น",
  "เครื่อง",
  "ป้าย",
  "ผืน",
  "ใบ",
  "กล่อง",
  "รีม",
  "ด้าม",
  "ตัว",
  "แห่ง",
  "โรงเรียน",
  "หน่วย",
  "ม้วน",
  "ขวด",
  "แพ็ค",
  "แพ็ก",
  "ห่อ",
  "ถุง",
  "กระป๋อง",
  "รางวัล",
  "คัน",
  "ลิตร",
  "กิโลเมตร",
  "กม.",
  "ห้อง",
  "เรื่อง",
  "ฉบับ",
  "ภาพ",
  "คู่",
  "โต๊ะ",
  "เส้น",
  "หลัง",
  "ตลับ",
  "แท่ง",
  "ก้อน",
  "ถัง",
  "กลุ่ม",
  "กิจกรรม",
  "ทีม",
  "คณะ",
  "โครงการ",
  "อำเภอ",
  "ศูนย์",
  "ดวง",
  "เหรียญ",
  "ผล",
  "ต้น",
  "จุด",
  "สาย",
  "ชั้น",
  "บูธ",
  "ซุ้ม",
  "ลูก",
  "ถาด",
  "แก้ว",
  "จาน",
  "โรง",
];
const TIMES = [
  "มื้อ",
  "วัน",
  "ครั้ง",
  "คืน",
  "ชั่วโมง",
  "ชม.",
  "ชม",
  "เดือน",
  "รุ่น",
  "เที่ยว",
  "ปี",
  "สัปดาห์",
  "ภาคเรียน",
  "ภาค",
  "รอบ",
  "งวด",
  "คาบ",
  "ครั้ง/ปี",
];

/**
 * Sizes and specifications ("1.2 x 2.4 เมตร", "250 มล.", "32 GB", "80 แกรม") describe an item; they are
 * part of its name, not factors of its cost. A measure an item is bought by ("50 ลิตร ลิตรละ 35 บาท") is a
 * quantity (see tokens.ts); ลิตร, กรัม, กก. are sizes only after ขนาด / ความจุ (tokens.ts).
 */
const SIZES = [
  "เมตร",
  "ม.",
  "ซม.",
  "ซ.ม.",
  "เซนติเมตร",
  "มม.",
  "มิลลิเมตร",
  "นิ้ว",
  "ฟุต",
  "ตร.ม.",
  "ตารางเมตร",
  "มล.",
  "มล",
  "ม.ล.",
  "มิลลิลิตร",
  "ซีซี",
  "แกรม",
  "ml",
  "mL",
  "ML",
  "cc",
  "cm",
  "mm",
  "GB",
  "TB",
  "MB",
  "KB",
  "Gb",
  "Tb",
  "Mb",
  "inch",
];

const CANONICAL: Record<string, string> = { "ชม.": "ชั่วโมง", ชม: "ชั่วโมง", "บ.": "บาท", "฿": "บาท", "กม.": "กิโลเมตร", "แพ็ก": "แพ็ค" };

function build(): UnitWord[] {
  const out: UnitWord[] = [];
  for (const w of MONEY) out.push({ word: w, role: "money", canonical: CANONICAL[w] ?? w });
  for (const w of PEOPLE) out.push({ word: w, role: "quantity", canonical: w });
  for (const w of THINGS) out.push({ word: w, role: "quantity", canonical: CANONICAL[w] ?? w });
  for (const w of TIMES) out.push({ word: w, role: "times", canonical: CANONICAL[w] ?? w });
  for (const w of SIZES) out.push({ word: w, role: "size", canonical: w });
  out.push({ word: "%", role: "percent", canonical: "%" });
  out.push({ word: "เปอร์เซ็นต์", role: "percent", canonical: "%" });
  // longest first, so "โรงเรียน" wins over "โรง" and "ชั่วโมง" over "ชม"
  return out.sort((a, b) => b.word.length - a.word.length);
}

export const UNIT_WORDS: readonly UnitWord[] = build();

/** Words that make a unit match invalid when they continue it ("วันที่" is a date, "คนละ" is fine). */
const BAD_CONTINUATIONS: Record<string, readonly string[]> = {
  วัน: ["ที่", "เสาร์", "อาทิตย์", "จันทร์", "อังคาร", "พุธ", "พฤหัส", "ศุกร์"],
  ครั้ง: ["ที่"],
  รุ่น: ["ที่"],
  ปี: ["งบ", "การศึกษา", "พ.ศ", "ที่"],
  ภาค: ["เรียนที่"],
  ผล: ["การ", "งาน", "สัมฤทธิ์", "ผลิต", "ลัพธ์"],
  คน: ["ไทย"],
  กลุ่ม: ["สาระ", "งาน", "เป้าหมาย"],
  ราย: ["การ", "ละเอียด", "งาน", "ชื่อ"],
  นาย: ["ก"],
  โรง: ["แรม", "อาหาร", "พิมพ์", "งาน"],
  ชั้น: ["เรียน"],
  ต้น: ["แบบ", "ฉบับ", "ทุน"],
  จุด: ["เน้น", "ประสงค์"],
  ตัว: ["ชี้วัด", "อย่าง", "แทน"],
  มล: ["พิษ", "ภาวะ"],
};

const isLatinLetter = (c: string | undefined) => !!c && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));

/**
 * The unit word that starts `s` at `pos`, if any (longest match). The next character after the word
 * may be anything but must not turn it into another word listed in BAD_CONTINUATIONS.
 */
export function unitAt(s: string, pos: number): UnitWord | undefined {
  for (const u of UNIT_WORDS) {
    if (s.startsWith(u.word, pos)) {
      // a Latin unit is a whole word: "32 GB" but not "2 MBA", "5 mmHg"
      if (isLatinLetter(u.word[0]) && isLatinLetter(s[pos + u.word.length])) continue;
      const bad = BAD_CONTINUATIONS[u.word];
      if (bad && bad.some((b) => s.startsWith(b, pos + u.word.length))) continue;
      return u;
    }
  }
  return undefined;
}

/** The unit word that ends `s` just before `end` (longest match), if any. */
export function unitEndingAt(s: string, end: number): UnitWord | undefined {
  for (const u of UNIT_WORDS) {
    const start = end - u.word.length;
    if (start >= 0 && s.startsWith(u.word, start)) return u;
  }
  return undefined;
}

export function isMoneyWord(u: UnitWord | undefined): boolean {
  return !!u && u.role === "money";
}
