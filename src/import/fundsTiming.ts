/**
 * When the funds arrive, as a risk section says it: "งบประมาณจะโอน… ไตรมาสที่ 2" (or "ไตรมาส 2", "ไตรมาสที่สอง"),
 * or a month ("ได้รับจัดสรรงบประมาณประมาณเดือนมกราคม"; with a year it is taken as written).
 */
import { parseMonth, parseMonthName } from "../core/calendar";
import { isDigit } from "./chars";

export type FundsTiming = { quarter: 1 | 2 | 3 | 4 } | { month: { month: number; year?: number } };

export function fundsTiming(flat: string): FundsTiming | undefined {
  const money = ["งบประมาณ", "โอน", "จัดสรร", "เงิน"].some((w) => flat.includes(w));
  if (!money) return undefined;
  const q = flat.indexOf("ไตรมาส");
  if (q >= 0) {
    let k = q + "ไตรมาส".length;
    while (k < flat.length && (flat[k] === " " || flat.startsWith("ที่", k))) k += flat[k] === " " ? 1 : 3;
    let n = 0;
    if (isDigit(flat[k]) && !isDigit(flat[k + 1])) n = Number(flat[k]);
    else {
      const words = ["หนึ่ง", "สอง", "สาม", "สี่"];
      const w = words.findIndex((x) => flat.startsWith(x, k));
      if (w >= 0) n = w + 1;
    }
    if (n >= 1 && n <= 4) return { quarter: n as 1 | 2 | 3 | 4 };
  }
  if (["โอน", "จัดสรร", "ได้รับ"].some((w) => flat.includes(w))) {
    const withYear = parseMonth(flat);
    if (withYear) return { month: { month: withYear.month, year: withYear.year } };
    const m = parseMonthName(flat);
    if (m) return { month: { month: m } };
  }
  return undefined;
}
