/**
 * The activity table of a proposal: a header row gives the columns (tabs) or the rows are free text
 * ("1. ประชุม… พฤศจิกายน 2559 นายก ข"); rows wrap over lines; month columns with marks (Gantt) give months.
 */
import { isCarryForward, isPageMarker } from "./carryForward";
import { parseMonthName } from "../core/calendar";
import { addMoney } from "../core/money";
import { classifyHeading, headerField } from "./headings";
import { isThroughout, locateMonths, monthsOf } from "./months";
import { splitOwners } from "./owners";
import { hasTab, looksLikeBudgetItem, moneyOf, Mode, PartState, RawActivity, tabCells } from "./part";
import { collapseSpaces, joinWrapped, SourceLine, stripNumbering, trimPunct } from "./text";

interface TableCols {
  no?: number;
  /** PDCA step column ("ขั้นตอน": P/D/C/A): it groups the activities, it names none. */
  step?: number;
  name?: number;
  period?: number;
  owners?: number;
  budget?: number;
  note?: number;
  months: Map<number, number>;
  width: number;
  /** A month table typed with spaces: each month column's display position (its centre) in the header. */
  monthAt?: { month: number; centre: number }[];
  /** A header collapsed to single spaces with no number column ("กิจกรรม ระยะเวลา ผู้รับผิดชอบ"): rows have no number. */
  unnumbered?: boolean;
}

/** Words of an activity table header, one cell each once the columns collapsed to single spaces (a PDF copy). */
const HEADER_WORD =
  /^(?:ที่|ลำดับ(?:ที่)?|กิจกรรม|รายการ(?:กิจกรรม)?|ขั้นตอน(?:\/กิจกรรม)?|กิจกรรม\/ขั้นตอน|กิจกรรม\/โครงการ|วิธีดำเนินการ|ระยะเวลา(?:ดำเนินการ)?|ช่วงเวลา|เดือน|ผู้รับผิดชอบ|ผู้ดำเนินการ|งบประมาณ|\(?บาท\)?|หมายเหตุ|สถานที่|เป้าหมาย)$/;

/** "กิจกรรม ระยะเวลา ผู้รับผิดชอบ": every word a header word, the first one the activity's. */
function spacedHeaderWords(flat: string): boolean {
  const words = flat.trim().split(/\s+/);
  return words.length >= 2 && words.length <= 7 && /^(?:กิจกรรม|รายการ|ขั้นตอน)/.test(words[0]) && words.every((w) => HEADER_WORD.test(w));
}

/** "กิจกรรมที่ 1", "กิจกรรม 2:", "Activity 3 -": an activity's label and number at the start of a cell. */
const ACTIVITY_LABEL = /^(?:กิจกรรม(?:ที่)?|Activity)\s*(\d{1,3})\s*[:.)-]?\s*/i;

/**
 * An activity's name without its label: "กิจกรรมที่ 1 ประชุมครู" → "ประชุมครู" (the number is the activity's id,
 * said beside the name wherever it is shown). A label alone stays.
 */
export function activityName(s: string): string {
  const m = ACTIVITY_LABEL.exec(s);
  const rest = m ? s.slice(m[0].length).trim() : "";
  return rest || s;
}

/** A PDCA step cell: "P", "D ดำเนินการ", "Plan", "ขั้นวางแผน (P)", "ตรวจสอบ (C)" … */
const STEP_CELL =
  /^(?:(?:ขั้น(?:ตอน)?(?:ที่\s*\d\s*)?)?(?:[PDCA]|Plan|Do|Check|Act(?:ion)?|วางแผน|เตรียมการ|ดำเนินการ|ดำเนินงาน|ปฏิบัติ(?:การ)?|ตรวจสอบ|ประเมิน(?:ผล)?|ติดตาม(?:ผล)?|ปรับปรุง(?:แก้ไข|พัฒนา)?|สรุป(?:ผล)?|รายงาน(?:ผล)?)(?:[\s/(:.,-]+(?:[PDCA]|Plan|Do|Check|Act(?:ion)?|วางแผน|เตรียมการ|ดำเนินการ|ดำเนินงาน|ปฏิบัติ(?:การ)?|ตรวจสอบ|ประเมิน(?:ผล)?|ติดตาม(?:ผล)?|ปรับปรุง(?:แก้ไข|พัฒนา)?|สรุป(?:ผล)?|รายงาน(?:ผล)?|และ)\)?)*\)?)$/i;

/** Whether a cell is a PDCA step label rather than an activity. */
export function isStepCell(cell: string): boolean {
  const c = cell.trim();
  return c.length > 0 && c.length <= 40 && STEP_CELL.test(c);
}

/**
 * The step column of an activity table header ("ขั้นตอน | กิจกรรม | ระยะเวลา", "PDCA | กิจกรรม …"): a
 * cell naming steps, not activities, when another cell names the activities.
 */
function stepColumn(cells: string[]): number | undefined {
  const names = (c: string) => c.includes("กิจกรรม") || c.includes("รายการ");
  const i = cells.findIndex((c) => (/^(?:ขั้นตอน|ขั้น|PDCA|วงจร\s*PDCA|กระบวนการ\s*PDCA)/i.test(c) && !names(c)) || /^PDCA$/i.test(c));
  if (i < 0) return undefined;
  return cells.some((c, k) => k !== i && names(c)) ? i : undefined;
}

// Thai vowels and tone marks above or below a letter take no column of their own
const ZERO_WIDTH = /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/;

/** The display column of each character of a line typed with spaces (a tab counts as one column). */
function displayColumns(s: string): number[] {
  const out: number[] = new Array(s.length);
  let col = 0;
  for (let i = 0; i < s.length; i++) {
    out[i] = col;
    if (!ZERO_WIDTH.test(s[i])) col++;
  }
  return out;
}

/** Months marked in a row typed with spaces, each mark taken to the month column nearest to it. */
function marksByPosition(raw: string, monthAt: { month: number; centre: number }[]): number[] {
  const cols = displayColumns(raw);
  const spacing = monthAt.length > 1 ? (monthAt[monthAt.length - 1].centre - monthAt[0].centre) / (monthAt.length - 1) : 4;
  const out: number[] = [];
  const re = /(?:^|\s)([✓✔☑■●◆★*/xX])(?=\s|$)/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(raw))) {
    const at = cols[m.index + m[0].length - 1];
    let best: { month: number; d: number } | undefined;
    for (const c of monthAt) {
      const d = Math.abs(c.centre - at);
      if (!best || d < best.d) best = { month: c.month, d };
    }
    if (best && best.d <= Math.max(2, spacing / 2 + 1) && !out.includes(best.month)) out.push(best.month);
  }
  return out;
}

/** How many cells of a header row are month names alone ("ต.ค.", "พฤศจิกายน", "ม.ค. 69"). */
function monthColumns(cells: string[]): number {
  return cells.filter((c) => c.length <= 12 && parseMonthName(c) !== null).length;
}

/** A month cell marked as used: anything but blank or a dash. */
function isMark(cell: string | undefined): boolean {
  const c = (cell ?? "").trim();
  return c !== "" && !/^[-–—.]+$/.test(c);
}

/** The label of a table's total row ("รวม", "รวมทั้งสิ้น", "รวมเป็นเงิน"), not an activity named "รวมพลัง…". */
const TOTAL_CELL = /^(?:ยอด)?รวม\s*(?:เป็นเงิน|เงิน|งบประมาณ)?\s*(?:ทั้งสิ้น|ทั้งหมด)?$/;

export class ActivityTableReader {
  private table: TableCols | undefined;
  private tableReturn: Mode = "none";

  constructor(private readonly st: PartState) {}

  // activity table

  /** Whether the section the line is in may hold an activity table. */
  private tableAllowed(): boolean {
    if (this.st.mode === "budget" && this.st.budgetOnlyStated?.()) return true;
    return !(this.st.mode === "budget" || this.st.mode === "budgetDetail" || this.st.mode === "indicators" || this.st.mode === "indicatorTable");
  }

  isHeader(t: string, flat: string): boolean {
    if (!this.tableAllowed()) return false;
    const hasActivity = flat.includes("กิจกรรม") || flat.includes("รายการ") || flat.includes("ขั้นตอน");
    if (!hasActivity) return false;
    // a month table (Gantt): "กิจกรรม | ต.ค. | พ.ย. | …" needs no other word
    if (this.isMonthHeader(t, flat)) return true;
    const hasOther = ["ระยะเวลา", "ผู้รับผิดชอบ", "เดือน", "ช่วงเวลา", "ผู้ดำเนินการ"].some((w) => flat.includes(w));
    if (!hasOther) return false;
    // in a budget section opened by the header's allocation, a header with money columns is a budget table's
    if (this.st.mode === "budget" && /ราคา|จำนวนเงิน|เป็นเงิน/.test(flat)) return false;
    if (hasTab(t)) {
      const cells = tabCells(t);
      return cells.length >= 2 && cells.every((c) => c.length < 60);
    }
    return ((flat.startsWith("ที่") || flat.startsWith("ลำดับ")) && flat.length < 120) || spacedHeaderWords(flat);
  }

  /** A tabbed header of an activity column and at least three month columns (a Gantt table). */
  isMonthHeader(t: string, flat: string): boolean {
    if (!this.tableAllowed()) return false;
    const hasActivity = flat.includes("กิจกรรม") || flat.includes("รายการ") || flat.includes("ขั้นตอน");
    return hasActivity && hasTab(t) && monthColumns(tabCells(t)) >= 3;
  }

  start(t: string, raw?: string): void {
    const cells = tabCells(t);
    const cols: TableCols = { months: new Map(), width: cells.length };
    if (!hasTab(t) && spacedHeaderWords(collapseSpaces(t))) cols.unnumbered = true;
    if (raw !== undefined && !raw.includes("\t") && !/[|│┃]/.test(raw) && monthColumns(cells) >= 3) {
      // typed with spaces: marks are placed under the month names, whatever the runs of spaces between them
      const dc = displayColumns(raw);
      const monthAt: { month: number; centre: number }[] = [];
      let from = 0;
      for (const c of cells) {
        const at = raw.indexOf(c, from);
        if (at < 0) continue;
        from = at + c.length;
        const m = c.length <= 12 ? parseMonthName(c) : null;
        if (m) monthAt.push({ month: m, centre: (dc[at] + dc[from - 1]) / 2 });
      }
      if (monthAt.length >= 3) cols.monthAt = monthAt;
    }
    if (hasTab(t)) {
      cols.step = stepColumn(cells);
      cells.forEach((c, i) => {
        if (i === cols.step) return;
        if (cols.no === undefined && (c === "ที่" || c.startsWith("ลำดับ") || c === "ข้อ" || c === "no" || c === "No.")) cols.no = i;
        else if (cols.name === undefined && (c.includes("กิจกรรม") || c.includes("รายการ") || c.includes("ขั้นตอน"))) cols.name = i;
        else if (cols.period === undefined && (c.includes("ระยะเวลา") || c.includes("ช่วงเวลา") || c === "เดือน" || c.includes("วัน เดือน"))) cols.period = i;
        else if (cols.owners === undefined && (c.includes("ผู้รับผิดชอบ") || c.includes("ผู้ดำเนินการ"))) cols.owners = i;
        else if (cols.budget === undefined && c.includes("งบประมาณ")) cols.budget = i;
        else if (cols.note === undefined && c.includes("หมายเหตุ")) cols.note = i;
        else {
          const m = c.length <= 12 ? parseMonthName(c) : null;
          if (m) cols.months.set(i, m);
        }
      });
      if (cols.name === undefined) cols.name = cols.no === undefined ? 0 : cols.no + 1;
    }
    this.table = cols;
    // a table right after an allocation stated in the header does not go back into a budget section
    if (this.st.mode !== "activityTable") this.tableReturn = this.st.mode === "budget" && this.st.budgetOnlyStated?.() ? "none" : this.st.mode;
    this.st.mode = "activityTable";
  }

  /** Returns true when the line was consumed as part of the table. */
  line(line: SourceLine, t: string, flat: string, wasBlank: boolean): boolean {
    const cols = this.table!;
    // "ยอดยกไป"/"ยอดยกมา" and page markers where the table breaks over a page, and its "รวม" row: no activity
    if (isCarryForward(t) || isPageMarker(t) || (hasTab(t) && TOTAL_CELL.test(tabCells(t).find((c) => c !== "" && !/^\d{1,3}[.)]?$/.test(c)) ?? ""))) return true;
    const num = stripNumbering(flat);
    const rows = this.st.data.activities;
    const tabbed = hasTab(t) && cols.width > 1;
    if (tabbed && cols.step !== undefined) {
      // a row of a PDCA table: a step (or an empty step cell under a merged one) and an activity
      const cells = tabCells(t);
      const step = cells[cols.step] ?? "";
      const name = cells[cols.name ?? 0] ?? "";
      if ((step === "" || isStepCell(step)) && name !== "" && !this.isHeader(t, flat)) {
        this.row(line, t, flat);
        return true;
      }
    }
    // "3\tสัปดาห์วันภาษาไทย…": a number alone in the first cell is the row number, whatever follows
    const numberCell = tabbed && cols.no !== undefined && /^\(?\d{1,3}[.)]?$/.test(tabCells(t)[0] ?? "");
    // "- ปลูกผัก ธ.ค. 2568 นาย…" in a list of lines (no table header): a bulleted row with its months
    if (num.bullet && !tabbed && cols.width === 1 && locateMonths(num.rest) && !looksLikeBudgetItem(num.rest) && !classifyHeading(num.rest, false)) {
      this.row(line, t, flat);
      return true;
    }
    if ((num.number || numberCell) && !num.bullet && !classifyHeading(num.rest, true)) {
      const looksLikeRow = tabbed || locateMonths(num.rest) !== undefined || rows.length === 0 || !wasBlank;
      if (looksLikeRow) {
        this.row(line, t, flat);
        return true;
      }
    }
    if (this.isHeader(t, flat)) return true; // a repeated header (page break)
    if (tabbed && cols.no === undefined && !classifyHeading(num.rest, !!num.number)) {
      // a table without a number column: a row has a name and a period, owners or month marks
      const cells = tabCells(t);
      const filled = (i: number | undefined) => i !== undefined && (cells[i] ?? "") !== "";
      const marks = [...cols.months.keys()].some((i) => isMark(cells[i]));
      if (filled(cols.name ?? 0) && (filled(cols.period) || filled(cols.owners) || marks)) {
        this.row(line, t, flat);
        return true;
      }
    }
    if (cols.unnumbered && !tabbed && !num.number && locateMonths(flat) && !looksLikeBudgetItem(flat) && !classifyHeading(flat, false) && !headerField(flat)?.strong) {
      // "อบรม ธันวาคม 2568 นางสุดารัตน์ พรหมมา" under an unnumbered header collapsed to spaces: a row with its months
      this.row(line, t, flat);
      return true;
    }
    if (wasBlank || rows.length === 0) {
      // after a blank line, something that is not a row ends the table
      this.st.mode = this.tableReturn === "activities" ? "none" : this.tableReturn;
      this.table = undefined;
      return false;
    }
    if (classifyHeading(num.rest, !!num.number) || headerField(num.rest)?.strong) {
      this.st.mode = "none";
      this.table = undefined;
      return false;
    }
    // a continuation of the previous row
    const last = rows[rows.length - 1];
    const ownersWrap = /^(นาย|นาง|ดร\.|ว่าที่|ผศ\.|รศ\.)/.test(flat);
    if (!tabbed && (looksLikeBudgetItem(num.rest) || ((last.start || last.throughout) && !ownersWrap && !locateMonths(flat)))) {
      // an untabbed row is complete once it has its months: what follows is something else
      this.st.mode = this.tableReturn === "activities" ? "none" : this.tableReturn;
      this.table = undefined;
      return false;
    }
    if (tabbed) {
      const cells = tabCells(t);
      this.fillRow(last, cells, true);
    } else if (!last.start && !last.throughout && locateMonths(flat)) {
      this.applyFreeText(last, flat, true);
    } else if (ownersWrap && splitOwners(flat).length) {
      last.owners.push(...splitOwners(flat));
    } else {
      last.name = joinWrapped(last.name, flat);
    }
    return true;
  }

  private row(line: SourceLine, t: string, flat: string): void {
    const cols = this.table!;
    const act: RawActivity = { id: "", name: "", owners: [], line: line.no };
    if (hasTab(t) && cols.width > 1) {
      let cells = tabCells(t);
      const first = stripNumbering(cells[0] ?? "");
      if (cols.no !== undefined && first.number && first.rest) {
        // "1. ประชุม…" in the number column: split it
        cells = [first.number, first.rest, ...cells.slice(1)];
      }
      if (cols.step !== undefined) {
        this.stepRow(act, cells);
        return;
      }
      const idCell = cells[cols.no ?? 0] ?? "";
      const idNum = stripNumbering(idCell);
      act.id = idNum.number || trimPunct(idCell);
      if (cols.no === undefined) {
        const n = stripNumbering(cells[0] ?? "");
        act.id = n.number;
        cells[0] = n.rest;
      }
      this.fillRow(act, cells, false, line.raw);
    } else {
      const num = stripNumbering(flat);
      act.id = num.number;
      this.applyFreeText(act, num.rest, false);
    }
    if (!act.id) act.id = String(this.st.data.activities.length + 1);
    this.st.data.activities.push(act);
  }

  /**
   * A row of a table with a PDCA step column ("P วางแผน | กิจกรรมที่ 1 … | ธ.ค. 2568"): the step only
   * groups the rows; the activity is the activity cell, numbered by its label ("กิจกรรมที่ 1"). A row
   * without a number (a planning or follow-up step) gets a number no labelled row uses: when a later
   * row is labelled with the number it was given, it moves to the next free one.
   */
  private stepRow(act: RawActivity, cells: string[]): void {
    const cols = this.table!;
    const rows = this.st.data.activities;
    const nameCell = cells[cols.name ?? 0] ?? "";
    const label = ACTIVITY_LABEL.exec(nameCell);
    const numbered = stripNumbering(nameCell);
    const explicit = label?.[1] ?? (numbered.number && !numbered.bullet ? numbered.number : "") ?? "";
    if (label) cells[cols.name ?? 0] = nameCell.slice(label[0].length).trim() || nameCell;
    else if (explicit) cells[cols.name ?? 0] = numbered.rest;
    this.fillRow(act, cells, false);
    const next = () => String(Math.max(0, ...rows.map((r) => Number(r.id)).filter((n) => Number.isFinite(n))) + 1);
    if (explicit) {
      act.id = explicit;
      const clash = rows.find((r) => r.id === explicit && r.autoId);
      if (clash) clash.id = next();
    } else {
      act.id = next();
      act.autoId = true;
    }
    rows.push(act);
  }

  private fillRow(act: RawActivity, cells: string[], append: boolean, raw?: string): void {
    const cols = this.table!;
    const get = (i: number | undefined) => (i === undefined ? "" : (cells[i] ?? "").trim());
    const name = get(cols.name);
    if (name) act.name = append ? joinWrapped(act.name, name) : activityName(collapseSpaces(name));
    let period = get(cols.period);
    if (!period || !locateMonths(period)) {
      // a period written in another cell (misaligned extraction)
      const other = cells.find((c, i) => i !== cols.name && i !== cols.owners && locateMonths(c) !== undefined);
      if (other) period = other;
    }
    if (period) {
      act.periodText = append && act.periodText ? `${act.periodText} ${period}` : period;
      const r = monthsOf(act.periodText, this.st.semesters);
      if (r) {
        act.start = r.start;
        act.end = r.end;
        if (r.fromSemester) act.fromSemester = true;
        if (r.schoolLine !== undefined) act.semesterLine = r.schoolLine;
      } else if (isThroughout(period)) act.throughout = true;
    }
    const owners = get(cols.owners);
    if (owners) act.owners.push(...splitOwners(owners));
    const note = get(cols.note);
    if (note) act.note = append && act.note ? `${act.note} ${note}` : note;
    const budget = get(cols.budget);
    if (budget) {
      const v = moneyOf(budget);
      if (v !== undefined) act.budget = append && act.budget !== undefined ? addMoney(act.budget, v) : v;
    }
    if (cols.monthAt && raw !== undefined && !raw.includes("\t") && !/[|│┃]/.test(raw)) {
      // the name is what stands before the month columns (the header's words may not line up with it)
      if (!append && (!act.name || /^[\d.)\s]*$/.test(act.name))) {
        const dc = displayColumns(raw);
        const first = cols.monthAt[0].centre - 2;
        let end = 0;
        while (end < raw.length && dc[end] < first) end++;
        const pre = stripNumbering(collapseSpaces(raw.slice(0, end))).rest.replace(/[✓✔☑■●]/g, "").trim();
        if (pre) act.name = pre;
      }
      const months = act.monthNumbers ?? [];
      for (const m of marksByPosition(raw, cols.monthAt)) if (!months.includes(m)) months.push(m);
      if (months.length) act.monthNumbers = months;
    } else if (cols.months.size) {
      const months = act.monthNumbers ?? [];
      // any mark (✓, /, X, ●, a date) but a dash, which says "not this month"
      for (const [i, m] of cols.months) if (isMark(cells[i]) && !months.includes(m)) months.push(m);
      if (months.length) act.monthNumbers = months;
    }
  }

  /** "ประชุม… พฤศจิกายน 2559 นายก ข นางค ง": name before the months, owners after. */
  private applyFreeText(act: RawActivity, rest: string, append: boolean): void {
    const span = locateMonths(rest);
    if (!span) {
      act.name = append ? joinWrapped(act.name, rest) : rest;
      return;
    }
    // "ประชุมสรุปผล วันที่ 20 สิงหาคม 2569": the words that lead into the date are not the name
    const name = rest
      .slice(0, span.start)
      .replace(/[\s(:–-]+$/, "")
      .replace(/\s*(?:ใน|ระหว่าง|ตั้งแต่)?(?:วันที่|เดือน|ช่วง|ระยะเวลา(?:ดำเนินการ)?|ตั้งแต่)$/, "")
      .trim();
    const periodText = rest.slice(span.start, span.end);
    const owners = rest.slice(span.end).trim();
    if (name) act.name = append ? joinWrapped(act.name, name) : name;
    act.periodText = periodText;
    const r = monthsOf(periodText, this.st.semesters);
    if (r) {
      act.start = r.start;
      act.end = r.end;
      if (r.fromSemester) act.fromSemester = true;
      if (r.schoolLine !== undefined) act.semesterLine = r.schoolLine;
    } else if (isThroughout(periodText)) act.throughout = true;
    if (owners) {
      // a budget amount before the owners ("… 10,000 บาท นาย…", "… งบประมาณ 2,000 บาท นาย…"), a label ("ผู้รับผิดชอบ นาย…")
      act.owners.push(...splitOwners(owners.replace(/^(?:งบประมาณ|เป็นเงิน|จำนวน(?:เงิน)?)?\s*[\d,.\s]+(?:\.-\s*)?(บาท)?\s*/, "").replace(/^(?:ผู้รับผิดชอบ|ผู้ดำเนินการ|โดย)\s*[:：]?\s*/, "")));
    }
  }

  sectionLine(line: SourceLine, t: string, flat: string, num: ReturnType<typeof stripNumbering>): void {
    // an activity list without a table header: numbered (or bulleted) lines with months
    if ((num.number || (num.bullet && !looksLikeBudgetItem(num.rest))) && locateMonths(num.rest)) {
      if (!this.table) this.table = { months: new Map(), width: 1 };
      this.tableReturn = "none";
      this.st.mode = "activityTable";
      this.row(line, t, flat);
    }
  }

  /**
   * "กิจกรรมที่ 1 : ปรับปรุงสวนหย่อม (พฤศจิกายน 2567)" outside a table: an activity named by its label,
   * with its months. Returns false when the line is not one.
   */
  labelledRow(line: SourceLine, flat: string, field = false): boolean {
    // "กิจกรรม: อบรม… ระยะเวลา พ.ย. 2567" (a header field, no number) when the caller reads header fields
    const m = field ? /^กิจกรรม(?:หลัก)?\s*:\s*/.exec(flat) : /^กิจกรรม(?:ที่)?\s*(\d{1,3})\s*[:.)-]?\s*/.exec(flat);
    if (!m || !locateMonths(flat)) return false;
    const rest = flat.slice(m[0].length).replace(/[()]/g, " ").trim();
    if (!rest) return false;
    const id = m[1] ?? String(this.st.data.activities.length + 1);
    const act: RawActivity = { id, name: "", owners: [], line: line.no };
    this.applyFreeText(act, collapseSpaces(rest), false);
    act.name = act.name.replace(/[\s:(-]+$/, "");
    this.st.data.activities.push(act);
    return true;
  }
}
