/**
 * A results line of a report: "งบประมาณ ได้รับ 120,000.-บาท ใช้จ่าย 20,000.-บาท คงเหลือ 100,000.-บาท" — at
 * least two of received / spent / remaining, each with the figure that follows its word.
 */
import type { Results, Satang } from "../core/model";
import { parseMoney, subMoney, ZERO_SATANG } from "../core/money";
import { isDigit } from "./text";
import { scanNumbers } from "./tokens";
import { findKeyword } from "./partWords";

/** The results a line states, or undefined when it is not a results line. */
export function resultsOf(flat: string): Results | undefined {
  if (!isDigit(flat.match(/\d/)?.[0])) return undefined;
  const received = findKeyword(flat, ["ได้รับ"], ["ได้รับจัดสรร", "ได้รับการ"]);
  const spent = findKeyword(flat, ["ใช้จ่าย", "ใช้ไป", "เบิกจ่าย", "ใช้จริง"], []);
  const remaining = findKeyword(flat, ["คงเหลือ"], []);
  const found = [received, spent, remaining].filter((x) => x >= 0).length;
  if (found < 2 || !(flat.includes("บาท") || flat.includes("งบประมาณ"))) return undefined;
  const toks = scanNumbers(flat).filter((t) => !t.ignore && !t.huge);
  const after = (i: number): Satang | undefined => {
    if (i < 0) return undefined;
    const next = toks.find((t) => t.start > i && t.start - i < 40);
    if (!next) return undefined;
    const v = parseMoney(next.raw);
    if (v === null) return undefined;
    // "คงเหลือ -2,000 บาท": a minus sign written before the figure
    const before = flat[next.start - 1];
    const negative = (before === "-" || before === "−") && !isDigit(flat[next.start - 2]);
    return negative ? subMoney(ZERO_SATANG, v) : v;
  };
  const r: Results = {};
  const a = after(received);
  const b = after(spent);
  const c = after(remaining);
  if (a !== undefined) r.received = a;
  if (b !== undefined) r.spent = b;
  if (c !== undefined) r.remaining = c;
  return Object.keys(r).length === 0 ? undefined : r;
}
