/**
 * Finding the months of an activity in free text: where the month words are (so the text before is
 * the activity's name and the text after its owners), and the month range they describe.
 */
import type { MonthRef } from "../core/model";
import { THAI_MONTHS, THAI_MONTHS_SHORT, parseMonth, parseMonthRange, compareMonths } from "../core/calendar";
import { toArabicDigits } from "../core/thaiDigits";
import { isDigit, isSpace } from "./chars";

const EXTRA = [
  "กรกฏาคม",
  "กุมภาพันธ",
  "มค.",
  "กพ.",
  "มีค.",
  "เมย.",
  "พค.",
  "มิย.",
  "กค.",
  "สค.",
  "กย.",
  "ตค.",
  "พย.",
  "ธค.",
  "ม.ค",
  "ก.พ",
  "มี.ค",
  "เม.ย",
  "พ.ค",
  "มิ.ย",
  "ก.ค",
  "ส.ค",
  "ก.ย",
  "ต.ค",
  "พ.ย",
  "ธ.ค",
];
const MONTH_WORDS: readonly string[] = [...THAI_MONTHS, ...THAI_MONTHS_SHORT, ...EXTRA].sort((a, b) => b.length - a.length);

export const THROUGHOUT_WORDS = ["ตลอดปีงบประมาณ", "ตลอดปีการศึกษา", "ตลอดปี", "ตลอดโครงการ", "ตลอดภาคเรียน"];

export interface MonthSpan {
  /** Start index of the period text (a day number before the first month included). */
  start: number;
  /** End index (exclusive), after the last month's year. */
  end: number;
}

function firstMonthWord(s: string, from: number): { index: number; word: string } | undefined {
  let best: { index: number; word: string } | undefined;
  for (const w of MONTH_WORDS) {
    const i = s.indexOf(w, from);
    if (i >= 0 && (!best || i < best.index || (i === best.index && w.length > best.word.length))) best = { index: i, word: w };
  }
  return best;
}

const isDayDigit = (ch: string | undefined) => isDigit(ch) || (!!ch && ch >= "\u0e50" && ch <= "\u0e59");

/** Start of a day number or a range of days ending at `b`: "16", "15-17", "16 – 17", "๑๘ – ๑๙", "1 ถึง 3"; `b` when none. */
function dayNumbersBefore(s: string, b: number): number {
  let q = b;
  while (q > 0 && isDayDigit(s[q - 1])) q--;
  if (q === b || b - q > 2) return b;
  let r = q;
  while (r > 0 && isSpace(s[r - 1])) r--;
  let joint = r;
  if (s[r - 1] === "-" || s[r - 1] === "–") joint = r - 1;
  else if (s.slice(Math.max(0, r - 3), r) === "ถึง") joint = r - 3;
  if (joint === r) return q;
  while (joint > 0 && isSpace(s[joint - 1])) joint--;
  let q2 = joint;
  while (q2 > 0 && isDayDigit(s[q2 - 1])) q2--;
  return q2 < joint && joint - q2 <= 2 ? q2 : q;
}

/** Where month words are in a text, from the first to the year after the last; undefined when none. */
export function locateMonths(s: string): MonthSpan | undefined {
  const first = firstMonthWord(s, 0);
  if (!first) {
    // "ภาคเรียนที่ 2/2568": a semester stands where months would (Thai digits keep their positions)
    const sem = SEMESTER.exec(toArabicDigits(s));
    if (sem) return { start: sem.index, end: sem.index + sem[0].length };
    for (const w of THROUGHOUT_WORDS) {
      const i = s.indexOf(w);
      if (i >= 0) {
        let e = i + w.length;
        // "ตลอดปีงบประมาณ 2560"
        let k = e;
        while (k < s.length && isSpace(s[k])) k++;
        let d = k;
        while (d < s.length && isDigit(s[d])) d++;
        if (d - k === 4) e = d;
        return { start: i, end: e };
      }
    }
    return undefined;
  }
  // the last month word: one lastIndexOf per word (never a rescan per occurrence)
  let last = first;
  for (const w of MONTH_WORDS) {
    const i = s.lastIndexOf(w);
    if (i > last.index || (i === last.index && w.length > last.word.length)) last = { index: i, word: w };
  }
  let end = last.index + last.word.length;
  // the year after the last month: " 2560", " พ.ศ. 2560", " 60"
  let k = end;
  while (k < s.length && (isSpace(s[k]) || s[k] === ".")) k++;
  if (s.startsWith("พ.ศ.", k)) k += 4;
  else if (s.startsWith("พ.ศ", k)) k += 3;
  while (k < s.length && isSpace(s[k])) k++;
  let d = k;
  while (d < s.length && isDigit(s[d])) d++;
  if (d - k === 4 || d - k === 2) end = d;
  // a day number before the first month: "1 ตุลาคม 2559", "15-17 พ.ย."
  let start = first.index;
  let b = start;
  while (b > 0 && isSpace(s[b - 1])) b--;
  const c = dayNumbersBefore(s, b);
  // only a number that stands as a word: "ชั้น ป.4-6 พฤศจิกายน" keeps "ป.4-6" in the name
  // "ประชุม ครั้งที่ 1 มกราคม 2569": the number of an ordinal (ครั้งที่, รุ่นที่, ภาคเรียนที่ …) is not a day
  // (วันที่ is a date, not an ordinal; no lookbehind: the pane's old webviews lack it)
  const tail = s.slice(Math.max(0, c - 12), c);
  const word = /(ที่|ครั้ง|รุ่น|ภาคเรียน|ระยะ|ตอน|no\.?|#)\s*$/i.exec(tail);
  const ordinal = !!word && !(word[1] === "ที่" && tail.slice(0, word.index).endsWith("วัน"));
  if (c < b && b - c <= 12 && (c === 0 || isSpace(s[c - 1]) || s[c - 1] === "(") && !ordinal) start = c;
  return { start, end };
}

/**
 * The months of a Thai school semester named without months: "ภาคเรียนที่ 2/2568", "ภาคเรียนที่ 1
 * ปีการศึกษา 2568", "ภาคเรียนที่ 1-2/2568". Semester 1 of academic year Y runs about May–Oct Y, semester 2
 * about Nov Y – Mar Y+1 (Buddhist era). Undefined when the text names no semester or names months itself.
 */
const SEMESTER = /ภาค(?:เรียน|การศึกษา)\s*(?:ที่)?\s*([12])(?:\s*(?:-|–|และ|ถึง)\s*([12]))?\s*(?:\/\s*|ปี(?:การศึกษา)?\s*(?:พ\.?\s*ศ\.?)?\s*)(\d{4}|\d{2})(?!\d)/;

/** The usual months of semester `n` of academic year `year` (Buddhist era). */
function usualSemester(n: number, year: number): { start: MonthRef; end: MonthRef } {
  return n === 1 ? { start: { year, month: 5 }, end: { year, month: 10 } } : { start: { year, month: 11 }, end: { year: year + 1, month: 3 } };
}

/**
 * The school's own semester dates a document states ("ภาคเรียนที่ 2/2568 ระหว่างวันที่ 3 พฤศจิกายน 2568 – 27 มีนาคม
 * 2569", "ภาคเรียนที่ 1 (16 พ.ค. – 10 ต.ค. 2568)"), by "semester/year" ("2/2568"), with the line that states them.
 * Only dates close to the usual ones (within a month at each end) are taken: months inside a semester are not its dates.
 */
export type SemesterDates = Map<string, { start: MonthRef; end: MonthRef; line: number }>;

const SEMESTER_ALONE = /ภาค(?:เรียน|การศึกษา)\s*(?:ที่)?\s*([12])(?!\s*(?:-|–|และ|ถึง)\s*[12])(?:\s*(?:\/\s*|ปี(?:การศึกษา)?\s*(?:พ\.?\s*ศ\.?)?\s*)(\d{4}|\d{2})(?!\d))?/;
const monthIndex = (m: MonthRef) => m.year * 12 + m.month;

export function schoolSemesters(lines: readonly { no: number; text: string }[]): SemesterDates {
  const out: SemesterDates = new Map();
  for (const l of lines) {
    if (!l.text.includes("ภาค")) continue;
    const text = toArabicDigits(l.text);
    const m = SEMESTER_ALONE.exec(text);
    if (!m || !firstMonthWord(text, 0)) continue;
    const range = parseMonthRange(text.replace(m[0], " "));
    if (!range || compareMonths(range.start, range.end) >= 0) continue;
    const n = Number(m[1]);
    const year = m[2] ? Number(m[2]) + (m[2].length === 2 ? 2500 : 0) : n === 1 || range.start.month >= 9 ? range.start.year : range.start.year - 1;
    if (year < 2400 || year > 2700) continue;
    const usual = usualSemester(n, year);
    if (Math.abs(monthIndex(range.start) - monthIndex(usual.start)) > 1 || Math.abs(monthIndex(range.end) - monthIndex(usual.end)) > 1) continue;
    const key = `${n}/${year}`;
    if (!out.has(key)) out.set(key, { ...range, line: l.no });
  }
  return out;
}

export function semesterMonths(input: string, school?: SemesterDates): { start: MonthRef; end: MonthRef; schoolLine?: number } | undefined {
  const text = toArabicDigits(input);
  if (firstMonthWord(text, 0)) return undefined;
  const m = SEMESTER.exec(text);
  if (!m) return undefined;
  let year = Number(m[3]);
  if (m[3].length === 2) year += 2500;
  if (year < 2400 || year > 2700) return undefined;
  const first = Number(m[1]);
  const last = m[2] ? Number(m[2]) : first;
  if (last < first) return undefined;
  // the school's own dates when the document states them
  const a = school?.get(`${first}/${year}`);
  const b = school?.get(`${last}/${year}`);
  const start = a?.start ?? usualSemester(first, year).start;
  const end = b?.end ?? usualSemester(last, year).end;
  const schoolLine = a?.line ?? b?.line;
  return schoolLine !== undefined ? { start, end, schoolLine } : { start, end };
}

/** Month range of a text (see parseMonthRange); several months separated by commas give first..last. */
export function monthsOf(input: string, school?: SemesterDates): { start: MonthRef; end: MonthRef; fromSemester?: true; schoolLine?: number } | null {
  // a period is short; of a very long text only the beginning and the end can hold it
  const text = input.length > 400 ? `${input.slice(0, 200)} ${input.slice(-200)}` : input;
  // "ภาคเรียนที่ 2/2568" is a semester, never February 2568
  const semester = semesterMonths(text, school);
  if (semester) return { ...semester, fromSemester: true };
  // months written beside a semester: the semester's "2/2568" is not a month
  const r = parseMonthRange(toArabicDigits(text).replace(SEMESTER, " "));
  if (r) return r;
  const one = parseMonth(toArabicDigits(text).replace(SEMESTER, " "));
  if (one) return { start: one, end: one };
  return null;
}

export function minMonth(a: MonthRef | undefined, b: MonthRef | undefined): MonthRef | undefined {
  if (!a) return b;
  if (!b) return a;
  return compareMonths(a, b) <= 0 ? a : b;
}

export function maxMonth(a: MonthRef | undefined, b: MonthRef | undefined): MonthRef | undefined {
  if (!a) return b;
  if (!b) return a;
  return compareMonths(a, b) >= 0 ? a : b;
}

export function isThroughout(text: string): boolean {
  return THROUGHOUT_WORDS.some((w) => text.includes(w));
}
