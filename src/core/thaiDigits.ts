/**
 * Thai digits (๐๑๒๓๔๕๖๗๘๙, U+0E50..U+0E59) ↔ Arabic digits (0-9).
 * Every other character is left as it is.
 */

const THAI_ZERO = 0x0e50;
const ARABIC_ZERO = 0x30;

/** Replaces Thai digits with Arabic digits: "๓,๕๐๐" → "3,500". */
export function toArabicDigits(s: string): string {
  return s.replace(/[\u0E50-\u0E59]/g, (d) => String.fromCharCode(d.charCodeAt(0) - THAI_ZERO + ARABIC_ZERO));
}

/** Replaces Arabic digits with Thai digits: "3,500" → "๓,๕๐๐". */
export function toThaiDigits(s: string): string {
  return s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) - ARABIC_ZERO + THAI_ZERO));
}

/** True when the text contains at least one Thai digit. */
export function hasThaiDigits(s: string): boolean {
  return /[\u0E50-\u0E59]/.test(s);
}
