/**
 * Budget items wrapped over two lines as a PDF copy breaks them ("4.1 ค่าอาหารกลางวัน จำนวน 80 คน คนละ 2 มื้อ" /
 * "มื้อละ 60 บาท เป็นเงิน 9,600 บาท", "… มื้อละ" / "25 บาท เป็นเงิน 4,000 บาท"): whether a line goes on with the
 * item above it rather than starting one of its own.
 */
import { isExpenseItem } from "./part";
import type { Numbering } from "./text";

/**
 * A line that starts with a factor or the amount of the item above: a figure ("25 บาท …", "2 มื้อ …"), a sign
 * (x, ×, *, @, =), "เป็นเงิน", "จำนวน", "คนละ"/"มื้อละ"/"X ละ", "ๆ ละ".
 */
const GOES_ON = /^(?:[0-9]|[xX×*@=]|เป็นเงิน|จำนวน|ๆ\s*ละ|[\u0E01-\u0E4E]{1,8}ละ\s*[0-9])/;

/** Whether a line (its list marker stripped) continues the item on the line above: no marker, no item word, no total. */
export function continuesItem(num: Numbering): boolean {
  const rest = num.rest;
  if (num.number || num.bullet || !rest) return false;
  if (isExpenseItem(rest) || /^(?:ยอด|สรุป)?รวม|^หมวด|^กิจกรรม/.test(rest)) return false;
  return GOES_ON.test(rest);
}
