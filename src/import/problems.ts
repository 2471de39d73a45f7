/** Problems the importer reports: what it could not understand, with the line (1-based) and Thai+English text. */

export interface ImportProblem {
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
  | "budget-line-huge-number"
  | "budget-line-not-a-number"
  | "block-unmatched"
  | "lines-without-block"
  | "activity-row-unreadable"
  | "activity-no-months"
  | "period-unreadable"
  | "no-activities"
  | "no-budget"
  | "activities-from-blocks"
  | "fiscal-year-unknown"
  | "stated-total-conflict"
  | "extra-part"
  | "total-without-block"
  | "internal-error";

export function problemMessage(code: ProblemCode, detail = ""): { th: string; en: string } {
  const short = detail.length > 100 ? `${detail.slice(0, 97)}...` : detail;
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
    case "internal-error":
      return {
        th: `เกิดข้อผิดพลาดภายในระหว่างนำเข้า${d}`,
        en: `Internal error while importing${d}`,
      };
  }
}

export function problem(line: number, text: string, code: ProblemCode, detail?: string): ImportProblem {
  const t = text.trim();
  return { line: Math.max(1, line), text: t.length > 200 ? `${t.slice(0, 197)}...` : t, message: problemMessage(code, detail) };
}
