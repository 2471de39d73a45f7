/**
 * Month-grid headers of hand-made tables (a spending plan by month or quarter, an activity schedule): a month
 * name with an optional year, or a quarter.
 */
import { toArabicDigits } from "../../core/thaiDigits";

const MONTH_KEYS: string[][] = [
  ["ตค", "ตุลาคม", "oct", "october"],
  ["พย", "พฤศจิกายน", "nov", "november"],
  ["ธค", "ธันวาคม", "dec", "december"],
  ["มค", "มกราคม", "jan", "january"],
  ["กพ", "กุมภาพันธ์", "feb", "february"],
  ["มีค", "มีนาคม", "mar", "march"],
  ["เมย", "เมษายน", "apr", "april"],
  ["พค", "พฤษภาคม", "may"],
  ["มิย", "มิถุนายน", "jun", "june"],
  ["กค", "กรกฎาคม", "jul", "july"],
  ["สค", "สิงหาคม", "aug", "august"],
  ["กย", "กันยายน", "sep", "sept", "september"],
];

/**
 * A month-grid header: a month name alone, with an optional year ("ต.ค.", "ต.ค. 66", "ตุลาคม ๒๕๖๖",
 * "Oct"), or a quarter ("ไตรมาส 1", "ไตรมาสที่ ๒ (ม.ค.-มี.ค.)", "Q3"): its fiscal month index (0 = October)
 * and the year when written. Undefined for anything else.
 */
export function monthHeader(
  raw: string,
): { index: number; year?: number } | undefined {
  const t = toArabicDigits(String(raw))
    .toLowerCase()
    .replace(/[\s.\u200b]+/g, "");
  if (t.length > 24) return undefined;
  const q = /^(?:ไตรมาส(?:ที่)?|q)([1-4])(?:\(.*\))?$/.exec(t);
  if (q) return { index: (Number(q[1]) - 1) * 3 };
  const m = /^([ก-๙a-z]+?)(\d{2}|\d{4})?$/.exec(t.replace(/พศ(?=\d)/, ""));
  if (!m) return undefined;
  const idx = MONTH_KEYS.findIndex((keys) => keys.includes(m[1]));
  if (idx < 0) return undefined;
  let year: number | undefined;
  if (m[2]) {
    const y = Number(m[2]);
    year = m[2].length === 2 ? 2500 + y : y < 2400 ? y + 543 : y;
  }
  return { index: idx, ...(year !== undefined ? { year } : {}) };
}
