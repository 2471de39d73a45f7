import type { MonthRef, Satang } from "../core/model";
import { formatBaht } from "../core/money";
import { formatMonth } from "../core/calendar";
import { clip } from "../core/clip";

/** Problems the importer reports: what it could not understand, with the line (1-based) and Thai+English text. */

export type ProblemSeverity = "error" | "warning" | "info";

export interface ImportProblem {
  /** What kind of problem (stable id, see ProblemCode). */
  code: ProblemCode;
  /**
   * How much it matters to a reviewer: "warning" when part of the document was not read and so not
   * checked; "info" when a check already reports it (e.g. a block that matches no activity is also a
   * budget-without-activity error) or nothing is lost.
   */
  severity: ProblemSeverity;
  /** 1-based line number in the source text. */
  line: number;
  /** The line as written (trimmed, at most 200 characters). */
  text: string;
  message: { th: string; en: string };
}

export type ProblemCode =
  | "empty"
  | "budget-line-unreadable"
  | "budget-line-no-amount"
  | "budget-line-unused-numbers"
  | "budget-line-factors-unread"
  | "budget-line-huge-number"
  | "budget-line-not-a-number"
  | "block-unmatched"
  | "lines-without-block"
  | "activity-row-unreadable"
  | "activity-no-months"
  | "months-from-semester"
  | "period-unreadable"
  | "no-activities"
  | "no-budget"
  | "activities-from-blocks"
  | "activity-from-project"
  | "fiscal-year-unknown"
  | "stated-total-conflict"
  | "extra-part"
  | "total-without-block"
  | "undecodable-line"
  | "no-plan"
  | "amount-words-mismatch"
  | "allocation-from-prose"
  | "period-from-prose"
  | "owner-from-prose"
  | "no-allocation"
  | "lines-for-project"
  | "staff-level-from-text"
  | "internal-error";

const SEVERITY: Record<ProblemCode, ProblemSeverity> = {
  empty: "warning",
  "budget-line-unreadable": "warning",
  "budget-line-no-amount": "warning",
  "budget-line-unused-numbers": "warning",
  "budget-line-factors-unread": "warning",
  "budget-line-huge-number": "info",
  "budget-line-not-a-number": "info",
  "block-unmatched": "info",
  "lines-without-block": "info",
  "activity-row-unreadable": "warning",
  "activity-no-months": "info",
  "months-from-semester": "info",
  "period-unreadable": "warning",
  "no-activities": "warning",
  "no-budget": "warning",
  "activities-from-blocks": "info",
  "activity-from-project": "info",
  "fiscal-year-unknown": "warning",
  "stated-total-conflict": "warning",
  "extra-part": "warning",
  "total-without-block": "info",
  "undecodable-line": "warning",
  "no-plan": "error",
  "amount-words-mismatch": "warning",
  "allocation-from-prose": "info",
  "period-from-prose": "info",
  "owner-from-prose": "info",
  "no-allocation": "info",
  "lines-for-project": "info",
  "staff-level-from-text": "info",
  "internal-error": "error",
};

export function problemSeverity(code: ProblemCode): ProblemSeverity {
  return SEVERITY[code];
}

export function problemMessage(code: ProblemCode, detail = ""): { th: string; en: string } {
  const short = clip(detail, 100);
  const d = short ? ` (${short})` : "";
  switch (code) {
    case "empty":
      return { th: "เอกสารว่างเปล่า ไม่พบข้อความ", en: "The document is empty" };
    case "budget-line-unreadable":
      return { th: `อ่านรายการงบประมาณนี้ไม่ได้${d}`, en: `Could not read this budget line${d}` };
    case "budget-line-no-amount":
      return {
        th: `รายการงบประมาณนี้ไม่มีจำนวนเงิน${d}`,
        en: `This budget line states no amount${d}`,
      };
    case "budget-line-unused-numbers":
      return {
        th: `ตัวเลขบางตัวในรายการนี้ไม่ทราบว่าเป็นอะไร จึงไม่ได้นำมาใช้${d}`,
        en: `Some numbers on this line have no recognisable unit and were not used${d}`,
      };
    case "budget-line-factors-unread":
      return {
        th: `อ่านตัวคูณของรายการนี้ไม่ได้ (พบเพียงราคาต่อหน่วย${short ? ` ${short} บาท` : ""}) จึงไม่ได้ตรวจการคำนวณ ใช้จำนวนเงินตามที่ระบุ`,
        en: `Could not read the factors of this line (only a unit price${short ? ` of ${short} baht` : ""}): the calculation was not checked, the stated amount is used`,
      };
    case "budget-line-huge-number":
      return { th: `ตัวเลขใหญ่เกินกว่าจะเป็นจำนวนเงินหรือจำนวนนับ${d}`, en: `A number is too large to be an amount or a count${d}` };
    case "budget-line-not-a-number":
      return {
        th: `มีข้อความที่ไม่ใช่ตัวเลขอยู่ในตำแหน่งของตัวเลข${d}`,
        en: `Something that is not a number stands where a figure belongs${d}`,
      };
    case "block-unmatched":
      return {
        th: `หัวข้องบประมาณนี้ไม่ตรงกับกิจกรรมใดในตารางกิจกรรม${d}`,
        en: `This budget block matches no activity in the activity table${d}`,
      };
    case "lines-without-block":
      return {
        th: "รายการงบประมาณไม่อยู่ใต้หัวข้อกิจกรรมใด จึงไม่ทราบว่าเป็นของกิจกรรมไหน",
        en: "Budget lines are not under any activity heading, so their activity is unknown",
      };
    case "activity-row-unreadable":
      return { th: `อ่านแถวกิจกรรมนี้ไม่ได้${d}`, en: `Could not read this activity row${d}` };
    case "activity-no-months":
      return { th: "กิจกรรมนี้ไม่ระบุเดือนที่ดำเนินการ", en: "This activity states no month" };
    case "months-from-semester":
      return {
        th: `ระบุเป็นภาคเรียน ไม่ได้ระบุเดือน จึงถือเดือนตามภาคเรียน (ภาคเรียนที่ 1 ≈ พ.ค.–ต.ค., ภาคเรียนที่ 2 ≈ พ.ย.–มี.ค. ของปีถัดไป)${d}`,
        en: `Given as a semester without months: the semester's months were assumed (semester 1 ≈ May–Oct, semester 2 ≈ Nov–Mar of the next year)${d}`,
      };
    case "period-unreadable":
      return { th: `อ่านระยะเวลาดำเนินการไม่ได้${d}`, en: `Could not read the project period${d}` };
    case "no-activities":
      return { th: "ไม่พบตารางกิจกรรม", en: "No activity table found" };
    case "no-budget":
      return { th: "ไม่พบรายละเอียดงบประมาณ", en: "No budget detail found" };
    case "activities-from-blocks":
      return {
        th: "ไม่พบตารางกิจกรรม จึงสร้างกิจกรรมจากหัวข้องบประมาณ (ไม่มีเดือนดำเนินการ)",
        en: "No activity table: activities were created from the budget headings (without months)",
      };
    case "activity-from-project":
      return {
        th: `ไม่พบตารางกิจกรรม จึงถือโครงการเป็นกิจกรรมเดียว ตามระยะเวลาดำเนินโครงการ${d}`,
        en: `No activity table: the project is taken as its one activity, over the project's period${d}`,
      };
    case "fiscal-year-unknown":
      return {
        th: `ไม่พบปีงบประมาณในเอกสาร ใช้ปีงบประมาณปัจจุบัน${d}`,
        en: `No fiscal year found in the document; the current fiscal year is used${d}`,
      };
    case "stated-total-conflict":
      return {
        th: `ยอดรวมที่ระบุไว้สองแห่งไม่เท่ากัน${d}`,
        en: `Two stated grand totals differ${d}`,
      };
    case "extra-part":
      return {
        th: "เอกสารมีโครงการ/รายงานมากกว่าหนึ่งชุด นำเข้าเฉพาะชุดแรก",
        en: "The document holds more than one proposal or report; only the first was imported",
      };
    case "total-without-block":
      return { th: "ยอดรวมนี้ไม่อยู่ใต้หัวข้อกิจกรรมใด", en: "This total is not under any activity heading" };
    case "undecodable-line":
      return {
        th: "บรรทัดนี้มีอักขระที่ถอดรหัสไม่ได้ (ไฟล์อาจเสียหรือบันทึกด้วยรหัสอักขระอื่น) ตรวจตัวเลขในบรรทัดนี้เอง",
        en: "This line holds bytes that could not be decoded (a damaged file or another encoding); check its figures by hand",
      };
    case "no-plan":
      return {
        th: `ไม่พบแผนโครงการในไฟล์นี้ (ไม่มีชื่อโครงการ กิจกรรม หรือรายการงบประมาณ)${d}`,
        en: `No project plan found in this file (no project name, activities or budget lines)${d}`,
      };
    case "amount-words-mismatch":
      return { th: `จำนวนเงินตัวอักษรไม่ตรงกับตัวเลข${d}`, en: `The amount in words does not match the figure${d}` };
    case "allocation-from-prose":
      return { th: `อ่านงบประมาณของโครงการจากข้อความ${d}`, en: `The project's allocation was read from a sentence${d}` };
    case "period-from-prose":
      return { th: `อ่านระยะเวลาดำเนินการจากข้อความ${d}`, en: `The project's period was read from a sentence${d}` };
    case "owner-from-prose":
      return { th: `อ่านผู้รับผิดชอบโครงการจากข้อความ${d}`, en: `The person responsible was read from a sentence${d}` };
    case "no-allocation":
      return {
        th: "ไม่พบงบประมาณที่ได้รับจัดสรรในเอกสาร จึงไม่ได้ตรวจว่ารายการงบประมาณเกินวงเงินหรือไม่",
        en: "No allocation found in the document, so the budget lines were not checked against one",
      };
    case "lines-for-project":
      // detail: the activities' ids, which then have no lines of their own (said here once, not per activity)
      return {
        th: `รายการงบประมาณเป็นของทั้งโครงการ ไม่ได้แยกตามกิจกรรม จึงไม่ได้ผูกกับกิจกรรมใด (ตรวจอัตราตามเดือนเริ่มโครงการ)${short ? ` กิจกรรมที่ ${short} จึงไม่มีรายการงบประมาณของตนเอง ซึ่งไม่ต้องแก้ไข` : ""}`,
        en: `The budget lines are for the whole project, not split per activity, so they belong to no one activity (rates are checked at the project's first month)${short ? `; activities ${short} therefore have no lines of their own, which needs no change` : ""}`,
      };
    case "staff-level-from-text":
      return {
        th: `ตรวจค่าเบี้ยเลี้ยงและค่าเช่าที่พักตามระดับตำแหน่งผู้เดินทางที่ระบุไว้${d}`,
        en: `Per diem and travel lodging judged for the travellers' stated staff level${d}`,
      };
    case "internal-error":
      return {
        th: `เกิดข้อผิดพลาดภายในระหว่างนำเข้า${d}`,
        en: `Internal error while importing${d}`,
      };
  }
}

export function problem(line: number, text: string, code: ProblemCode, detail?: string): ImportProblem {
  const t = text.trim();
  return {
    code,
    severity: SEVERITY[code],
    line: Math.max(1, line),
    text: t.length > 200 ? clip(t, 200) : t,
    message: problemMessage(code, detail),
  };
}

/**
 * Two grand totals that differ: both figures with thousands separators and the line of the first, so the
 * reader can find both ("ยอดรวมทั้งสิ้นที่ระบุไว้สองแห่งไม่เท่ากัน: 19,400 บาท (บรรทัด 35) และ 5,600 บาท").
 */
export function totalConflictProblem(line: number, text: string, first: Satang, firstLine: number | undefined, second: Satang): ImportProblem {
  const p = problem(line, text, "stated-total-conflict");
  const at = (lang: "th" | "en") => (firstLine === undefined ? "" : lang === "th" ? ` (บรรทัด ${firstLine})` : ` (line ${firstLine})`);
  p.message = {
    th: `ยอดรวมทั้งสิ้นที่ระบุไว้สองแห่งไม่เท่ากัน: ${formatBaht(first, "th")}${at("th")} และ ${formatBaht(second, "th")} ในบรรทัดนี้`,
    en: `Two stated grand totals differ: ${formatBaht(first, "en")}${at("en")} and ${formatBaht(second, "en")} on this line`,
  };
  return p;
}

/** "months assumed from the semester", naming the months taken (info). */
export function semesterProblem(line: number, text: string, start: MonthRef, end: MonthRef, schoolLine?: number): ImportProblem {
  const p = problem(line, text, "months-from-semester");
  if (schoolLine !== undefined) {
    // the school's own semester dates, stated elsewhere in the document
    p.message = {
      th: `ระบุเป็นภาคเรียน ไม่ได้ระบุเดือน จึงถือเดือนตามวันเปิด–ปิดภาคเรียนที่เอกสารระบุไว้ในบรรทัด ${schoolLine}: ${formatMonth(start, "th")} – ${formatMonth(end, "th")}`,
      en: `Given as a semester without months: the months are the semester's dates the document states on line ${schoolLine}, ${formatMonth(start, "en")} – ${formatMonth(end, "en")}`,
    };
    return p;
  }
  p.message = {
    th: `ระบุเป็นภาคเรียน ไม่ได้ระบุเดือน จึงถือเดือนตามภาคเรียน: ${formatMonth(start, "th")} – ${formatMonth(end, "th")} (ภาคเรียนที่ 1 ≈ พ.ค.–ต.ค., ภาคเรียนที่ 2 ≈ พ.ย.–มี.ค. ของปีถัดไป)`,
    en: `Given as a semester without months: the semester's months were assumed, ${formatMonth(start, "en")} – ${formatMonth(end, "en")} (semester 1 ≈ May–Oct, semester 2 ≈ Nov–Mar of the next year)`,
  };
  return p;
}
