/**
 * The months an activity heading of a hand-made budget table states: "กิจกรรมที่ 1 ศึกษาดูงาน (กุมภาพันธ์ 2569)",
 * "… (ก.พ. 69)", "… เดือน มี.ค. 2569", "… ระยะเวลา พ.ย. 2568 – ส.ค. 2569", Thai digits too. The months are the
 * activity's (its rate dates, quarters and schedule check) and are taken out of its name.
 *
 * Only a period that reads as the heading's own: at the end of the heading, in brackets, or after a period word
 * (เดือน, ระยะเวลา, ดำเนินการ, ช่วง …); a date that a document reference gives ("ตามหนังสือ … ลงวันที่ 5 ม.ค. 2569")
 * is not taken. A semester or a month without its year is not read here.
 */
import type { Activity, CellRef, MonthRef } from "../../core/model";
import { toArabicDigits } from "../../core/thaiDigits";
import { locateMonths, monthsOf } from "../../import/months";

export interface HeadingMonths {
  /** The heading without its period (and the words and brackets around it). */
  name: string;
  start: MonthRef;
  end: MonthRef;
  /** The period as written. */
  text: string;
}

/** Words that introduce a period, written just before it (any of them, in a row). */
const PERIOD_WORDS = /(?:\s*(?:ระยะเวลา(?:ดำเนินการ|ดำเนินงาน)?|ดำเนินการ|ดำเนินงาน|ในเดือน|เดือน|ช่วงเดือน|ช่วง|ระหว่างวันที่|ระหว่าง|วันที่|ภายใน|จัด(?:ขึ้น)?)\s*[:：]?)+\s*$/i;
/** A document reference's date: not the activity's month. */
const REFERENCE = /(?:ลงวันที่|ลว\.?|ตามหนังสือ|หนังสือ(?:ที่)?|ประกาศ(?:ณ)?|คำสั่ง(?:ที่)?|ศธ\s*[0-9๐-๙]|dated)\s*[:：]?\s*$/i;

/** The period a heading states and the heading without it; undefined when it states none (see the file comment). */
export function monthsInHeading(title: string | undefined): HeadingMonths | undefined {
  if (!title) return undefined;
  // Thai digits keep their places: the span found in the Arabic-digit text is cut from the text as written
  const arabic = toArabicDigits(title);
  const span = locateMonths(arabic);
  if (!span) return undefined;
  const text = title.slice(span.start, span.end).trim();
  const r = monthsOf(toArabicDigits(text));
  if (!r || r.fromSemester) return undefined;
  if (r.start.year < 2400 || r.end.year > 2700) return undefined;
  let before = title.slice(0, span.start);
  let after = title.slice(span.end);
  if (REFERENCE.test(before)) return undefined;
  const words = PERIOD_WORDS.exec(before);
  const introduced = !!words;
  if (words) before = before.slice(0, words.index);
  const open = /[([]\s*$/.exec(before);
  const close = /^\s*[)\]]/.exec(after);
  const bracketed = !!open && !!close;
  if (bracketed) {
    before = before.slice(0, open!.index);
    after = after.slice(close![0].length);
  }
  const atEnd = /^[\s.,;:)\]]*$/.test(after);
  if (!atEnd && !bracketed && !introduced) return undefined;
  const name = `${before.replace(/[\s,;:：\-–]+$/, "")}${after.trim() ? ` ${after.trim()}` : ""}`
    .replace(/\(\s*\)|\[\s*\]/g, "")
    .replace(/\s{2,}/g, " ")
    .replace(/^[\s,;:：\-–]+|[\s,;:：\-–]+$/g, "")
    .trim();
  return { name, start: r.start, end: r.end, text };
}

/**
 * Gives an activity the months its heading states, when nothing (an activity table, a month cell of the
 * heading row) gave it months. True when set.
 */
export function applyHeadingMonths(act: Activity | undefined, months: HeadingMonths | undefined, cell: CellRef): boolean {
  if (!act || !months || act.start || act.end) return false;
  act.start = months.start;
  act.end = months.end;
  act.cells = { ...(act.cells ?? { name: cell }), start: cell, end: cell };
  return true;
}
