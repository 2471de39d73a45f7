/**
 * Money written with satang as words, made into one figure before a line is read:
 * "1,234 บาท 50 สตางค์" → "1,234.50 บาท"; an amount written only in words and not beside a figure,
 * "เป็นเงิน หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์" → "เป็นเงิน 1,234.50 บาท". Words in brackets after a
 * figure ("8,255.50 บาท (แปดพัน…สตางค์)") are the figure's statement in words and are left as they are.
 */
import { bahtTextValue } from "../core/bahtText";

/**
 * "1,234 บาท 50 สตางค์", "1234บาท 5 สตางค์": baht and satang as one figure. The figure starts the line or follows
 * something that is not part of a number (matched and put back: old webviews have no regex lookbehind).
 */
const BAHT_SATANG = /(^|[^\d.,])(\d{1,3}(?:,\d{3})+|\d+)\s*(?:บาท|บ\.)\s*(\d{1,2})\s*สตางค์/g;
/** An amount in Thai number words ending in บาท, with satang in words or ถ้วน/ตัว after it. */
const NUMBER_WORD = "(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่|เอ็ด|ร้อย|พัน|หมื่น|แสน|ล้าน)";
const WORDS_AMOUNT = new RegExp(`${NUMBER_WORD}+\\s*บาท(?:\\s*${NUMBER_WORD}+\\s*สตางค์|\\s*(?:ถ้วน|ตัว))?`, "g");
/** A figure of money already on the line. */
const FIGURE = /\d\s*(?:บาท|บ\.|\.-)/;

/** Satang as a two-digit fraction: 1,234.50 for 123450 satang; whole baht without one. */
function figureOf(satang: number): string {
  const baht = Math.floor(satang / 100);
  const s = satang % 100;
  const whole = baht.toString().replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return s ? `${whole}.${s.toString().padStart(2, "0")}` : whole;
}

/** Depth of brackets open at position `at`. */
function bracketDepth(t: string, at: number): number {
  let d = 0;
  for (let i = 0; i < at; i++) {
    if (t[i] === "(") d++;
    else if (t[i] === ")" && d > 0) d--;
  }
  return d;
}

/** Baht and satang written apart, and amounts written only in words, as one figure (prepared line, Arabic digits). */
export function joinMoneyWords(t: string): string {
  let out = t;
  if (out.indexOf("สตางค์") >= 0 && /\d/.test(out)) {
    out = out.replace(BAHT_SATANG, (_m, before: string, baht: string, sat: string) => `${before}${baht}.${sat.padStart(2, "0")} บาท`);
  }
  if (out.indexOf("บาท") >= 0 && !FIGURE.test(out)) {
    out = out.replace(WORDS_AMOUNT, (m: string, offset: number, whole: string) => {
      if (bracketDepth(whole, offset) > 0) return m;
      const v = bahtTextValue(m);
      return v === undefined || v <= 0 ? m : `${figureOf(v)} บาท`;
    });
  }
  return out;
}
