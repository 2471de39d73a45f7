/**
 * Thai amount in words, identical to Excel's BAHTTEXT:
 *   1000000 → หนึ่งล้านบาทถ้วน, 1234.50 → หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์, 0.25 → ยี่สิบห้าสตางค์,
 *   -5 → ลบห้าบาทถ้วน, 21 → ยี่สิบเอ็ดบาทถ้วน, 11 → สิบเอ็ดบาทถ้วน.
 *
 * Rules: digits are read in groups of six (หน่วย สิบ ร้อย พัน หมื่น แสน) joined by ล้าน; a 1 in the tens
 * place is สิบ (never หนึ่งสิบ), a 2 there is ยี่สิบ; a 1 in the units place is เอ็ด only right after a
 * non-zero tens digit (11, 21, 51 …), otherwise หนึ่ง: 101 → หนึ่งร้อยหนึ่งบาทถ้วน,
 * 1000001 → หนึ่งล้านหนึ่งบาทถ้วน, 21000000 → ยี่สิบเอ็ดล้านบาทถ้วน. This is what Excel and LibreOffice
 * write (checked against LibreOffice Calc in test/core/basics/bahtText.test.ts), although the formal
 * reading would say หนึ่งร้อยเอ็ด. Whole baht end in ถ้วน; zero is ศูนย์บาทถ้วน.
 */
import type { Satang } from "./model";

const DIGITS = ["ศูนย์", "หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า"];
const PLACES = ["", "สิบ", "ร้อย", "พัน", "หมื่น", "แสน"];

/** Words for a group of up to six digits ("000001" → หนึ่ง, "21" → ยี่สิบเอ็ด). */
function groupWords(digits: string): string {
  let out = "";
  const n = digits.length;
  for (let i = 0; i < n; i++) {
    const d = digits.charCodeAt(i) - 48;
    const place = n - 1 - i;
    if (d === 0) continue;
    if (place === 0) {
      const tens = i > 0 ? digits.charCodeAt(i - 1) - 48 : 0;
      out += d === 1 && tens > 0 ? "เอ็ด" : DIGITS[d];
    } else if (place === 1) {
      out += (d === 1 ? "" : d === 2 ? "ยี่" : DIGITS[d]) + "สิบ";
    } else {
      out += DIGITS[d] + PLACES[place];
    }
  }
  return out;
}

/** Words for a non-negative integer given as a digit string without leading zeros ("0" → ""). */
function integerWords(digits: string): string {
  const trimmed = digits.replace(/^0+/, "");
  if (trimmed === "") return "";
  const groups: string[] = [];
  for (let end = trimmed.length; end > 0; end -= 6) groups.unshift(trimmed.slice(Math.max(0, end - 6), end));
  let out = "";
  groups.forEach((g, i) => {
    out += groupWords(g);
    if (i < groups.length - 1) out += "ล้าน";
  });
  return out;
}

/** Thai words for an amount in satang, exactly as Excel's BAHTTEXT writes it. */
export function bahtText(s: Satang): string {
  if (!Number.isFinite(s)) throw new RangeError(`Not a finite amount: ${s}`);
  const v = Math.round(s);
  if (v === 0) return "ศูนย์บาทถ้วน";
  // Plain numbers, not BigInt (EdgeHTML 18 and Safari 13 have no BigInt); exact below 2^53 satang.
  const abs = Math.abs(v);
  const baht = String(Math.floor(abs / 100));
  const satang = abs % 100;
  let out = v < 0 ? "ลบ" : "";
  const bahtWords = integerWords(baht);
  if (bahtWords) out += bahtWords + "บาท";
  out += satang === 0 ? "ถ้วน" : integerWords(String(satang)) + "สตางค์";
  return out;
}

const DIGIT_WORDS: [string, number][] = [
  ["หนึ่ง", 1], ["เอ็ด", 1], ["ยี่", 2], ["สอง", 2], ["สาม", 3], ["สี่", 4], ["ห้า", 5], ["หก", 6], ["เจ็ด", 7], ["แปด", 8], ["เก้า", 9], ["ศูนย์", 0],
];
const PLACE_WORDS: [string, number][] = [["สิบ", 10], ["ร้อย", 100], ["พัน", 1000], ["หมื่น", 10000], ["แสน", 100000]];

/** A whole number in Thai words below a million ("ยี่สิบเอ็ด", "หนึ่งร้อยหนึ่ง", "ร้อยเอ็ด", "สิบ"); undefined when not one. */
function groupValue(w: string): number | undefined {
  let i = 0;
  let total = 0;
  let digit: number | undefined;
  while (i < w.length) {
    const d = DIGIT_WORDS.find(([x]) => w.startsWith(x, i));
    if (d) {
      if (digit !== undefined) return undefined;
      digit = d[1];
      i += d[0].length;
      continue;
    }
    const p = PLACE_WORDS.find(([x]) => w.startsWith(x, i));
    if (!p) return undefined;
    total += (digit ?? 1) * p[1];
    digit = undefined;
    i += p[0].length;
  }
  return total + (digit ?? 0);
}

/** A whole number in Thai words, with ล้าน ("หนึ่งล้านสองแสน", "ยี่สิบเอ็ดล้าน"); undefined when not one. */
function wordsValue(w: string): number | undefined {
  if (!w) return 0;
  const parts = w.split("ล้าน");
  let total = 0;
  for (let k = 0; k < parts.length; k++) {
    const last = k === parts.length - 1;
    const v = parts[k] === "" ? (k === 0 ? undefined : 0) : groupValue(parts[k]);
    if (v === undefined) return undefined;
    total = total * 1_000_000 + (last ? v : v === 0 ? 0 : v);
    if (!last && v === 0 && k === 0) return undefined;
  }
  return total;
}

/**
 * The amount an amount in words says, in satang, the way people write it as well as BAHTTEXT does:
 * "สี่หมื่นห้าพันหกร้อยบาทถ้วน", "(หนึ่งร้อยเอ็ดบาทตัว)", "ยี่สิบห้าบาทห้าสิบสตางค์", "หนึ่งหมื่นบาท";
 * spaces, brackets and a leading "ตัวอักษร" / "(ตัวอักษร)" / "-" are ignored. Undefined when the text is not
 * an amount in words (so nothing is compared).
 */
export function bahtTextValue(text: string): Satang | undefined {
  const t = text.replace(/[\s()（）\-–:：.]/g, "").replace(/^(?:จำนวนเงิน)?ตัวอักษร/, "").replace(/(?:ถ้วน|ตัว)$/, "");
  const m = /^(ลบ)?([ก-๙]*?)บาท([ก-๙]*?สตางค์)?$/.exec(t) ?? /^(ลบ)?()([ก-๙]+สตางค์)$/.exec(t);
  if (!m) return undefined;
  const baht = wordsValue(m[2]);
  if (baht === undefined || (m[2] === "" && !m[3])) return undefined;
  let satang = 0;
  if (m[3]) {
    const s = wordsValue(m[3].slice(0, -"สตางค์".length));
    if (s === undefined || s > 99) return undefined;
    satang = s;
  }
  const v = baht * 100 + satang;
  return (m[1] ? -v : v) as Satang;
}
