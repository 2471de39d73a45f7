/**
 * Where the money comes from, written as a small table before the budget ("แหล่งงบประมาณ" then
 * "เงินอุดหนุนรายหัว 10,000 บาท", "เงินกิจกรรมพัฒนาผู้เรียน 8,000 บาท", "รวม 20,000 บาท"), or as a last
 * column of the budget lines ("ค่าวัสดุ 3,600 | เงินอุดหนุนรายหัว"). Sources are not budget lines and
 * their "รวม" is the allocation, not the subtotal of an activity.
 */
import type { Satang } from "../core/model";
import { moneyOf, tabCells } from "./part";

const FIGURE = /^\d[\d,]*(?:\.\d+)?$/;

const SOURCE =
  /^(?:เงิน(?:อุดหนุน|กิจกรรมพัฒนาผู้เรียน|รายได้|เรียนฟรี|บริจาค|สนับสนุน|นอกงบประมาณ|งบประมาณ|ค่าจัดการเรียนการสอน|ปัจจัยพื้นฐาน|บำรุง|ระดมทรัพยากร|สมทบ|อปท|องค์กรปกครอง)|งบ(?:อุดหนุน|ประมาณจาก|จาก|อปท|องค์การบริหารส่วน|เทศบาล)|ระดมทรัพยากร)/;

/** Whether a text names a source of money ("เงินอุดหนุนรายหัว", "เงินรายได้สถานศึกษา 2,000") rather than an expense. */
export function isFundingSource(text: string): boolean {
  return SOURCE.test(text.trim().replace(/^[-•*]\s*/, ""));
}

/** A row of a sources table: a source with its amount, or the sources' "รวม"; undefined when the line is not one. */
export function fundingRow(text: string): { amount: Satang | undefined; total: boolean } | undefined {
  const flat = text.replace(/\t/g, " ").replace(/^[-•*\d.)\s]+(?=\D)/, "").trim();
  const total = /^(?:รวม|ยอดรวม|รวมทั้งสิ้น|รวมทั้งหมด)(?:\s|$)/.test(flat);
  if (!total && !isFundingSource(flat)) return undefined;
  if (!/\d/.test(flat)) return total ? undefined : { amount: undefined, total };
  return { amount: moneyOf(flat), total };
}

/**
 * The budget line without its trailing source cells ("ค่าวัสดุ\t3,600\tเงินอุดหนุนรายหัว" → "ค่าวัสดุ\t3,600");
 * the line unchanged when it has none (or when nothing but sources would be left).
 */
export function dropSourceCells(text: string): string {
  if (text.indexOf("\t") < 0) return text;
  const cells = tabCells(text);
  let end = cells.length;
  while (end > 1 && (cells[end - 1] === "" || isFundingSource(cells[end - 1]))) end--;
  if (end === cells.length || !cells.slice(0, end).some((c) => /\d/.test(c))) return text;
  const kept = cells.slice(0, end);
  // "ค่าวัสดุ | 3,600" (an item and its amount): the bare figure is the line's amount in baht
  if (kept.length >= 2 && FIGURE.test(kept[kept.length - 1]) && !kept.slice(0, -1).some((c) => FIGURE.test(c)))
    return `${kept.slice(0, -1).join(" ")} เป็นเงิน ${kept[kept.length - 1]} บาท`;
  return kept.join("\t");
}
