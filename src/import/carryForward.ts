/**
 * Carry-forward rows where a budget table breaks over a page: "ยอดยกไป 7,200" at the bottom of one page and
 * "ยอดยกมา 7,200" at the top of the next (also "ยกไป", "ยกมา", "รวมยกไป", "ยอดรวมยกมาจากหน้า 1", "carried
 * forward", "brought forward", "c/f", "b/f"). They repeat a running sum: neither a budget line nor a subtotal.
 * A linear scan; the regular expressions have no nested quantifiers.
 */

const THAI_RE = /^(?:ยอด)?(?:รวม)?(?:เงิน)?\s*ยก\s*(?:ไป|มา)(?=$|[\s\d():.,\-=]|หน้า|จาก|ถึง)/;
const ENGLISH_RE = /^(?:(?:balance|total|amount|sub-?total)\s+)?(?:carried|brought|carry|bring)\s*(?:forward|fwd|over)\b|^[cb]\/f(?:wd)?\b/i;

/** The first cell of a row (or the line) that is not only a number or a bullet. */
function firstWords(text: string): string {
  for (const cell of text.split("\t")) {
    let c = cell.trim();
    // a row number or a list marker before the words ("1.", "(2)", "-")
    c = c.replace(/^[-•*(]*\s*\d{0,3}[.)]?\s*/, "").trim();
    if (c && /[^\d.,\s]/.test(c)) return c;
  }
  return "";
}

/** Whether a line (or a table row, cells split by tabs) is a carry-forward row of a table broken over pages. */
export function isCarryForward(text: string): boolean {
  const w = firstWords(text).replace(/^[\s"'“([]+/, "");
  if (!w) return false;
  return THAI_RE.test(w) || ENGLISH_RE.test(w);
}

const PAGE_RE = /^[([-]?\s*(?:หน้า(?:ที่)?|page|p\.)\s*\d{1,3}(?:\s*(?:\/|จาก|of)\s*\d{1,3})?\s*[)\]-]?$/i;
const CONTINUED_RE = /^[([]?\s*(?:ต่อ|ต่อหน้าถัดไป|ต่อจากหน้า\s*\d{0,3}|ต่อหน้า\s*\d{0,3}|continued|cont'?d\.?)\s*[)\]]?$/i;

/** A page number ("หน้า 2", "(หน้า 2 จาก 3)", "Page 2 of 3", "- 2 -") or "(ต่อ)" where a table breaks over a page. */
export function isPageMarker(text: string): boolean {
  const t = text.replace(/\t/g, " ").trim();
  if (!t || t.length > 30) return false;
  return PAGE_RE.test(t) || CONTINUED_RE.test(t) || /^-\s*\d{1,3}\s*-$/.test(t);
}
