/**
 * Thai calendar months, Buddhist-era years and the Thai fiscal year (1 Oct – 30 Sep, named by the
 * Buddhist-era year in which it ends: FY2560 = Oct 2559 … Sep 2560; quarters Q1 Oct–Dec … Q4 Jul–Sep).
 *
 * Parsing accepts full and abbreviated Thai month names (with or without dots and spaces, common
 * misspellings, colloquial forms like "ตุลา"), English month names, Thai digits, two-digit
 * Buddhist-era years ("59" → 2559), Gregorian years (≥ 1900, converted), ISO and d/m/y dates.
 */
import type { MonthRef } from "./model";
import { toArabicDigits } from "./thaiDigits";

/** Buddhist era = Gregorian + 543. */
export const BE_OFFSET = 543;

export const THAI_MONTHS: readonly string[] = [
  "มกราคม",
  "กุมภาพันธ์",
  "มีนาคม",
  "เมษายน",
  "พฤษภาคม",
  "มิถุนายน",
  "กรกฎาคม",
  "สิงหาคม",
  "กันยายน",
  "ตุลาคม",
  "พฤศจิกายน",
  "ธันวาคม",
];

export const THAI_MONTHS_SHORT: readonly string[] = [
  "ม.ค.",
  "ก.พ.",
  "มี.ค.",
  "เม.ย.",
  "พ.ค.",
  "มิ.ย.",
  "ก.ค.",
  "ส.ค.",
  "ก.ย.",
  "ต.ค.",
  "พ.ย.",
  "ธ.ค.",
];

export const ENGLISH_MONTHS_SHORT: readonly string[] = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

export const ENGLISH_MONTHS: readonly string[] = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

// ---------------------------------------------------------------------------------------------
// Basic arithmetic

/** year*12 + month-1: a number for ordering and differences. */
export function monthKey(m: MonthRef): number {
  return m.year * 12 + m.month - 1;
}

export function monthFromKey(key: number): MonthRef {
  const year = Math.floor(key / 12);
  return { year, month: key - year * 12 + 1 };
}

export function compareMonths(a: MonthRef, b: MonthRef): number {
  return monthKey(a) - monthKey(b);
}

function sameMonth(a: MonthRef | undefined, b: MonthRef | undefined): boolean {
  return !!a && !!b && a.year === b.year && a.month === b.month;
}

export function addMonths(m: MonthRef, n: number): MonthRef {
  return monthFromKey(monthKey(m) + n);
}

/** The Buddhist-era fiscal year a month belongs to (Oct 2559 → 2560). */
export function fiscalYearOf(m: MonthRef): number {
  return m.month >= 10 ? m.year + 1 : m.year;
}

/** The 12 months of a fiscal year, Oct (fy−1) … Sep (fy). */
export function fiscalMonths(fy: number): MonthRef[] {
  const start: MonthRef = { year: fy - 1, month: 10 };
  return Array.from({ length: 12 }, (_, i) => addMonths(start, i));
}

export function fiscalYearStart(fy: number): MonthRef {
  return { year: fy - 1, month: 10 };
}

export function fiscalYearEnd(fy: number): MonthRef {
  return { year: fy, month: 9 };
}

/** Fiscal quarter: Q1 Oct–Dec, Q2 Jan–Mar, Q3 Apr–Jun, Q4 Jul–Sep. */
export function fiscalQuarterOf(m: MonthRef): 1 | 2 | 3 | 4 {
  if (m.month >= 10) return 1;
  if (m.month <= 3) return 2;
  if (m.month <= 6) return 3;
  return 4;
}

/** First month of a fiscal quarter: (2560, 2) → Jan 2560. */
export function quarterStartMonth(fy: number, q: 1 | 2 | 3 | 4): MonthRef {
  return addMonths(fiscalYearStart(fy), (q - 1) * 3);
}

// ---------------------------------------------------------------------------------------------
// Conversions

/** The month of a JS Date (local time). */
export function monthOfDate(d: Date): MonthRef {
  return { year: d.getFullYear() + BE_OFFSET, month: d.getMonth() + 1 };
}

/** "2016-11-01" (or "2016-11") → { year: 2559, month: 11 }. Throws on anything else. */
export function isoToMonth(iso: string): MonthRef {
  const m = /^\s*(\d{4})-(\d{1,2})(?:-(\d{1,2}))?/.exec(iso);
  const month = m ? Number(m[2]) : NaN;
  if (!m || month < 1 || month > 12) throw new RangeError(`Not an ISO date: "${iso}"`);
  return { year: Number(m[1]) + BE_OFFSET, month };
}

/** First day of the month, Gregorian ISO: { 2559, 11 } → "2016-11-01". */
export function monthToIso(m: MonthRef): string {
  const y = m.year - BE_OFFSET;
  return `${String(y).padStart(4, "0")}-${String(m.month).padStart(2, "0")}-01`;
}

/**
 * "พ.ย. 2559" (th short), "พฤศจิกายน 2559" (th long), "Nov 2016" (en short), "November 2016" (en long).
 * English uses the Gregorian year.
 */
export function formatMonth(m: MonthRef, lang: "th" | "en", style: "long" | "short" = "short"): string {
  const i = m.month - 1;
  if (lang === "th") return `${(style === "long" ? THAI_MONTHS : THAI_MONTHS_SHORT)[i]} ${m.year}`;
  return `${(style === "long" ? ENGLISH_MONTHS : ENGLISH_MONTHS_SHORT)[i]} ${m.year - BE_OFFSET}`;
}

/** "ต.ค. 2559 – ก.ย. 2560"; one month when start = end. */
export function formatMonthRange(
  start: MonthRef,
  end: MonthRef,
  lang: "th" | "en",
  style: "long" | "short" = "short",
): string {
  if (sameMonth(start, end)) return formatMonth(start, lang, style);
  return `${formatMonth(start, lang, style)} – ${formatMonth(end, lang, style)}`;
}

// ---------------------------------------------------------------------------------------------
// Parsing

/** Thai abbreviation parts: ม.ค. = ["ม", "ค"] … */
const THAI_ABBR_PARTS: readonly [string, string][] = THAI_MONTHS_SHORT.map((s) => {
  const [a, b] = s.split(".");
  return [a, b];
});

/** Full names plus common misspellings and colloquial short forms ("ตุลา", "กรกฏาคม"). */
const THAI_LONG_VARIANTS: readonly string[][] = [
  ["มกราคม", "มกรา"],
  ["กุมภาพันธ์", "กุมภาพันธ", "กุมภาพัน", "กุมภา"],
  ["มีนาคม", "มีนา"],
  ["เมษายน", "เมษา"],
  ["พฤษภาคม", "พฤษภา"],
  ["มิถุนายน", "มิถุนา"],
  ["กรกฎาคม", "กรกฏาคม", "กรกฎา", "กรกฏา"],
  ["สิงหาคม", "สิงหา"],
  ["กันยายน", "กันยา"],
  ["ตุลาคม", "ตุลา"],
  ["พฤศจิกายน", "พฤศจิกา", "พฤศจิ"],
  ["ธันวาคม", "ธันวา"],
];

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

interface MonthNamePattern {
  month: number;
  re: string;
  /**
   * none: always counts. strict: (abbreviations without dots, colloquial forms like "ตุลา", which are
   * also words and names) must be followed by a year, a separator or the end, and not preceded by a
   * Thai letter. dotted: ("ก.ค.") must not run on into a longer Thai abbreviation such as ก.ค.ศ. or ก.พ.ร.
   */
  guard: "none" | "strict" | "dotted" | "latin";
}

function buildPatterns(): MonthNamePattern[] {
  const pats: MonthNamePattern[] = [];
  THAI_LONG_VARIANTS.forEach((vs, i) => {
    vs.forEach((v, j) => pats.push({ month: i + 1, re: escapeRe(v), guard: j === 0 || /(?:คม|ยน|พันธ์)$/.test(v) ? "none" : "strict" }));
  });
  THAI_ABBR_PARTS.forEach(([a, b], i) => {
    // with at least one dot: "ม.ค.", "ม.ค", "ม. ค.", "มค."
    pats.push({ month: i + 1, re: `${a}\\s?\\.\\s?${b}\\.?|${a}${b}\\.`, guard: "dotted" });
    // without dots: "มค 59"
    pats.push({ month: i + 1, re: `${a}${b}`, guard: "strict" });
  });
  ENGLISH_MONTHS.forEach((name, i) => {
    pats.push({ month: i + 1, re: `${name}(?![a-z])`, guard: "latin" });
    pats.push({ month: i + 1, re: `${ENGLISH_MONTHS_SHORT[i]}(?![a-z])\\.?`, guard: "latin" });
  });
  pats.push({ month: 9, re: "Sept(?![a-z])\\.?", guard: "latin" });
  // longest alternatives first so "กรกฎาคม" wins over "กรกฎา"
  return pats.sort((x, y) => y.re.length - x.re.length);
}

const PATTERNS = buildPatterns();

/** A month found in text, possibly without a year. */
interface MonthToken {
  month: number;
  year?: number;
  english: boolean;
  index: number;
  end: number;
}

const YEAR_AFTER_RE = /^[\s,]*(?:(?:พ\.?\s?ศ\.?|ค\.?\s?ศ\.?|B\.?E\.?|A\.?D\.?)\s*)?(\d{4}|\d{2})(?!\d)/i;

function normaliseYear(y: number, digits: number, english: boolean, explicitAD = false): number | undefined {
  if (digits === 2) return english ? 2000 + y + BE_OFFSET : 2500 + y;
  if (explicitAD || (y >= 1900 && y < 2400)) return y + BE_OFFSET;
  if (y >= 2400 && y < 2700) return y;
  return undefined;
}

// One capturing group per pattern (the patterns themselves use only non-capturing groups). No lookbehind
// and no named groups: the task pane must run in EdgeHTML 18 and Safari 13, which have neither.
const NAME_RE = new RegExp(PATTERNS.map((p) => `(${p.re})`).join("|"), "gi");
const GUARD_AFTER_RE = /^(?:\s*\d|\s*[-–—~]|\s*ถึง|\s*$|\s*[)\],;/])/;
const THAI_LETTER_BEFORE_RE = /[\u0E01-\u0E4E]$/;
/** Groups: 1 ISO year, 2 ISO month, 3 ISO day, 4 day, 5 month, 6 year. The character before must not be a digit, "/", "." or "-" (checked by hand). */
const NUMERIC_RE = /(?:(\d{4})-(\d{1,2})(?:-(\d{1,2}))?|(?:(\d{1,2})[/.])?(\d{1,2})[/.](\d{4}|\d{2}))(?![\d/.])/g;
const NUMERIC_BEFORE_RE = /[\d/.-]$/;

function findMonthTokens(input: string): MonthToken[] {
  const text = toArabicDigits(input);
  const tokens: MonthToken[] = [];
  NAME_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = NAME_RE.exec(text))) {
    let groupIndex = -1;
    for (let g = 1; g < m.length; g++) {
      if (m[g] !== undefined) {
        groupIndex = g - 1;
        break;
      }
    }
    if (groupIndex < 0) continue;
    const pat = PATTERNS[groupIndex];
    const after = text.slice(m.index + m[0].length);
    const english = /^[a-z]/i.test(m[0]);
    const before = text.slice(0, m.index);
    if (pat.guard === "strict") {
      if (!GUARD_AFTER_RE.test(after) || THAI_LETTER_BEFORE_RE.test(before)) continue;
    } else if (pat.guard === "latin") {
      if (/[a-z]$/i.test(before)) continue;
    } else if (pat.guard === "dotted") {
      if (/^[\u0E01-\u0E2E]/.test(after) || /[\u0E01-\u0E2E]\.$/.test(before)) continue;
    }
    const tok: MonthToken = { month: pat.month, english, index: m.index, end: m.index + m[0].length };
    const ym = YEAR_AFTER_RE.exec(after);
    if (ym) {
      const explicitAD = /ค\.?\s?ศ|A\.?D/i.test(ym[0]);
      const y = normaliseYear(Number(ym[1]), ym[1].length, english, explicitAD);
      if (y !== undefined) {
        tok.year = y;
        tok.end += ym[0].length;
      }
    }
    tokens.push(tok);
  }
  NUMERIC_RE.lastIndex = 0;
  while ((m = NUMERIC_RE.exec(text))) {
    if (NUMERIC_BEFORE_RE.test(text.slice(0, m.index))) {
      // not a date start (part of a longer number or date): retry from the next character
      NUMERIC_RE.lastIndex = m.index + 1;
      continue;
    }
    const g = { isoY: m[1], isoM: m[2], isoD: m[3], d: m[4], m: m[5], y: m[6] };
    let year: number | undefined;
    let month: number;
    if (g.isoY) {
      month = Number(g.isoM);
      year = normaliseYear(Number(g.isoY), 4, false);
    } else {
      month = Number(g.m);
      year = normaliseYear(Number(g.y), g.y.length, false);
      if (g.d !== undefined && (Number(g.d) < 1 || Number(g.d) > 31)) continue;
    }
    if (month < 1 || month > 12 || year === undefined) continue;
    // skip if overlapping a name token's year
    if (tokens.some((t) => m!.index < t.end && m!.index + m![0].length > t.index)) continue;
    tokens.push({ month, year, english: false, index: m.index, end: m.index + m[0].length });
  }
  return tokens.sort((a, b) => a.index - b.index);
}

/**
 * The first month (with a year) in a text: "พฤศจิกายน 2559", "พ.ย. 59", "ก.ค. ๒๕๖๒", "Nov 2016",
 * "1 ตุลาคม 2559" (a day before the month is ignored), "2016-11-01", "11/2559".
 * A month name without a year gives null.
 */
export function parseMonth(text: string): MonthRef | null {
  if (typeof text !== "string") return null;
  const tok = findMonthTokens(text).find((t) => t.year !== undefined);
  return tok ? { year: tok.year!, month: tok.month } : null;
}

/** Only the month number (1..12) of the first month name in a text, year or not. */
export function parseMonthName(text: string): number | null {
  const tok = findMonthTokens(text)[0];
  return tok ? tok.month : null;
}

/**
 * A month range: "ธันวาคม 2563 – กุมภาพันธ์ 2564", "ก.ค.–ส.ค. ๒๕๖๒", "1 ตุลาคม 2559 – 30 กันยายน 2560",
 * "พฤศจิกายน 2559 ถึง สิงหาคม 2560", "Oct 2016 to Sep 2017".
 * - Start = the first month found, end = the last.
 * - When only the end has a year, the start takes it; if the start month is after the end month,
 *   the start is in the year before ("ต.ค. - ธ.ค. 2559" = Oct–Dec 2559, "พ.ย. – ม.ค. 2560" = Nov 2559 – Jan 2560).
 * - When only the start has a year, the end follows it (crossing into the next year if needed).
 * - One month with a year gives start = end.
 * - "ปีงบประมาณ 2560" (no month) gives the whole fiscal year Oct 2559 – Sep 2560.
 * Returns null when no range can be read.
 */
export function parseMonthRange(text: string): { start: MonthRef; end: MonthRef } | null {
  if (typeof text !== "string") return null;
  const toks = findMonthTokens(text);
  if (toks.length === 0) {
    const fy = /(?:ปีงบประมาณ|ปีงบ\.?|ปี\s*งบ\s*ประมาณ|fiscal\s+year|FY)\s*(?:พ\.?\s?ศ\.?\s*)?(\d{4})(?!\d)/i.exec(
      toArabicDigits(text),
    );
    if (!fy) return null;
    const y = normaliseYear(Number(fy[1]), 4, /fiscal|FY/i.test(fy[0]) && Number(fy[1]) < 2400);
    if (y === undefined) return null;
    return { start: fiscalYearStart(y), end: fiscalYearEnd(y) };
  }
  const first = toks[0];
  const last = toks[toks.length - 1];
  if (toks.length === 1) {
    if (first.year === undefined) return null;
    const m = { year: first.year, month: first.month };
    return { start: m, end: { ...m } };
  }
  let startYear = first.year;
  let endYear = last.year;
  if (startYear === undefined && endYear === undefined) {
    // a year written between them ("ก.ค. ๒๕๖๒ – ...") is already attached; look for any year
    const mid = toks.find((t) => t.year !== undefined);
    if (!mid) return null;
    endYear = mid.year;
  }
  if (startYear === undefined) startYear = first.month > last.month ? endYear! - 1 : endYear!;
  if (endYear === undefined) endYear = last.month < first.month ? startYear + 1 : startYear;
  const start = { year: startYear, month: first.month };
  const end = { year: endYear, month: last.month };
  if (compareMonths(start, end) > 0) return null;
  return { start, end };
}
