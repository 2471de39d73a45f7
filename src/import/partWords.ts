/**
 * Word lists and small helpers of the part parser: funding-line keys, what may continue a project
 * name, the ticked project character, keyword search.
 */
import { parseBudgetLine } from "./budgetLine";
import type { stripNumbering } from "./text";

export const ALLOCATION_KEYS = [
  "เงินงบประมาณ",
  "งบประมาณตามแผน",
  "งบประมาณที่ได้รับ",
  "งบประมาณที่ได้รับจัดสรร",
  "ได้รับจัดสรร",
  "เงินนอกงบประมาณ",
  "เงินสนับสนุน",
  "เงินรายได้",
  "งบประมาณจาก",
  "เงินอุดหนุน",
  "งบอุดหนุน",
  "เงินบำรุง",
  "เงินบริจาค",
  "เงินกิจกรรมพัฒนาผู้เรียน",
  "วงเงิน",
  "ได้รับงบประมาณ",
  "ได้รับการจัดสรร",
  "จัดสรรงบประมาณ",
  "ใช้งบประมาณ",
  "ใช้เงินงบประมาณ",
];


/** Words that start a header line, never the wrapped rest of a project name. */
const HEADER_STARTS = [
  "แผนงาน",
  "งาน",
  "สนอง",
  "สอดคล้อง",
  "ความสอดคล้อง",
  "ลักษณะ",
  "ประเภท",
  "ผู้",
  "กลุ่ม",
  "หน่วยงาน",
  "ระยะเวลา",
  "สถานที่",
  "งบประมาณ",
  "แหล่ง",
  "ตัวชี้วัด",
  "มาตรฐาน",
  "กลยุทธ์",
  "ยุทธศาสตร์",
  "นโยบาย",
  "จุดเน้น",
  "ปีงบประมาณ",
  "ประจำปี",
  "โรงเรียน",
  "สำนักงาน",
  "วันที่",
];

/**
 * Whether a line continues a project name that wrapped: the name so far is long enough to have
 * wrapped, and the line is plain text (no numbering, bullet, tab, colon label, figures or header word).
 */
export function continuesName(name: string, t: string, flat: string, num: ReturnType<typeof stripNumbering>): boolean {
  if (name.length >= 300 || name.length < 30) return false;
  if (num.number || num.bullet || t.includes("\t") || /\d/.test(flat)) return false;
  if (flat.length > 120 || flat.includes(":")) return false;
  return !HEADER_STARTS.some((w) => flat.startsWith(w));
}

/** True when a text has a unit cost with quantity/times (an expense item, not a source of funds). */
export function hasFactors(text: string): boolean {
  if (!/\d/.test(text)) return false;
  const p = parseBudgetLine(text);
  return !!p && p.unitCost !== null && (p.quantity !== null || p.times !== null);
}

export function findKeyword(s: string, words: readonly string[], exclude: readonly string[]): number {
  for (const w of words) {
    let from = 0;
    for (;;) {
      const i = s.indexOf(w, from);
      if (i < 0) break;
      if (!exclude.some((x) => s.startsWith(x, i))) return i;
      from = i + w.length;
    }
  }
  return -1;
}

/** "ต่อเนื่อง", or the ticked option of "( ) ใหม่ (/) ต่อเนื่อง". */
export function pickCharacter(v: string): string {
  if (v.includes("ใหม่") && v.includes("ต่อเนื่อง")) {
    const marks = ["✓", "✔", "☑", "■", "(/)", "( / )", "(x)", "(X)", "[x]", "[X]", "[/]"];
    for (const opt of ["ใหม่", "ต่อเนื่อง"]) {
      const i = v.indexOf(opt);
      const before = v.slice(Math.max(0, i - 6), i);
      if (marks.some((m) => before.includes(m))) return opt;
    }
  }
  return v;
}
