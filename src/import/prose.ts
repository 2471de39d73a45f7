/**
 * What a memo (บันทึกข้อความ) states in its sentences rather than in fields: the budget it asks for
 * ("…โดยใช้งบประมาณ 3,000 บาท", "ใช้เงินงบประมาณจำนวน 3,000 บาท (สามพันบาทถ้วน)", "จึงขออนุมัติ…
 * เป็นเงินทั้งสิ้น 3,000 บาท") and when it runs ("ในวันที่ 15 พฤศจิกายน 2568", "ระหว่างวันที่ 1–30 พ.ย. 2568",
 * "ในภาคเรียนที่ 1/2568", "ตั้งแต่เดือน พ.ย. 2567 - ส.ค. 2568"). A sentence is read only when nothing
 * stronger states the same thing: an allocation line or heading, a period field. Whatever is taken from a
 * sentence is said in a note with its line, and so is a sentence amount left aside for a stated allocation.
 */
import type { MonthRef, Satang } from "../core/model";
import { formatBaht, parseMoney } from "../core/money";
import { formatMonth } from "../core/calendar";
import { locateMonths, monthsOf, type SemesterDates } from "./months";
import { problem, semesterProblem, type ImportProblem } from "./problems";
import type { PartData } from "./part";
import { joinWrapped, type SourceLine } from "./text";
import { allocatedInSentence, matchesOf as matches, ownerInSentence, subjectBudget } from "./proseFields";
import { listsActivities } from "./memoActivities";

/** Words that open a memo's sentence (ด้วย…, เนื่องจาก…, จึง…, ในการนี้…). */
const OPENERS = /^(?:ด้วย|เนื่องด้วย|เนื่องจาก|ตามที่|ในการนี้|ทั้งนี้|จึง|บัดนี้|โดย|และ|เพื่อ|งาน|กลุ่ม|ฝ่าย|ข้าพเจ้า)/;

/** Words that open a field's own line rather than a sentence. */
const FIELD_START = /^(?:ระยะเวลา|ผู้รับผิดชอบ|สถานที่|แหล่งงบประมาณ|ชื่อโครงการ|โครงการ|กลุ่มเป้าหมาย|เป้าหมาย|วัตถุประสงค์)/;

/** The figure after a phrase: "จำนวน 3,000 บาท", "เป็นเงิน 3,000.50 บาท", "3,000.- บาท" (within a few words). */
const FIGURE = /^\s*(?:จาก\S{0,30}\s*)?(?:เป็น)?(?:จำนวน|วงเงิน|เป็นเงิน|รวม|ทั้งสิ้น|ทั้งหมด|\s)*(?:เงิน)?\s*(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\s*(?:\.-|-)?\s*บาท/;

/** "ใช้งบประมาณ", "ใช้เงินงบประมาณ", "ขอใช้งบประมาณ", "ขออนุมัติงบประมาณ", "ขออนุมัติเงิน", "งบประมาณที่ขอ". */
const USE = /(?:ขอ)?(?:ใช้|อนุมัติ(?:ใช้)?|อนุมัติเบิก|เบิก)\s*(?:เงิน)?\s*(?:งบประมาณ|เงิน)|งบประมาณที่(?:ขอ|ใช้|ต้องใช้)(?:อนุมัติ)?/g;

/** A request sentence's total: "เป็นเงินทั้งสิ้น", "รวมเป็นเงิน", "งบประมาณทั้งสิ้น". */
const SENTENCE_TOTAL = /(?:รวม)?เป็นเงิน(?:ทั้งสิ้น)?|งบประมาณ(?:ทั้งสิ้น|รวม)/g;

/** A sentence that opens a memo's paragraph or its request ("ด้วย…", "จึงขออนุมัติ…", "ในการนี้…"). */
const REQUEST_OPENER = /^(?:ด้วย|เนื่องด้วย|เนื่องจาก|ตามที่|จึง|ในการนี้|ทั้งนี้|บัดนี้)/;

/** A request: the sentence that asks for approval. */
const REQUEST = /ขออนุมัติ|ขอความเห็นชอบ|จึงเรียนมา|ดำเนินโครงการ|จัดโครงการ|จัดกิจกรรม|ดำเนินกิจกรรม|ดำเนินการ|มีความประสงค์/;

/** Words that lead into a period: "ในวันที่", "ระหว่างวันที่", "ตั้งแต่เดือน", "ในช่วงเดือน", "ในภาคเรียนที่" … */
const PERIOD_LEAD =
  /ระยะเวลา(?:ใน)?(?:การ)?(?:ดำเนินการ|ดำเนินงาน|ดำเนินโครงการ|จัดกิจกรรม)?\s*(?:ตั้งแต่)?\s*(?:วันที่|เดือน)?|ภายใน\s*(?:วันที่|เดือน)?|(?:ใน|ระหว่าง|ตั้งแต่)\s*(?:ช่วง)?\s*(?:วันที่|เดือน)|ในช่วง|ช่วงเดือน|ระหว่าง|ตั้งแต่|(?:ใน)?ภาคเรียนที่|เดือน/g;

/** Where a period stated in a sentence ends: the next field or clause ("…ธันวาคม 2568 โดยมีกิจกรรม…"). */
const PERIOD_STOP = /ผู้รับผิดชอบ|งบประมาณ|โดย|\sณ\s|สถานที่|เพื่อ|จึง|ซึ่ง|ได้รับ|รายละเอียด|กิจกรรม/;

interface Found<T> {
  value: T;
  line: SourceLine;
}

function figureAfter(flat: string, from: number): Satang | undefined {
  const m = FIGURE.exec(flat.slice(from));
  if (!m) return undefined;
  const v = parseMoney(m[1]);
  return v === null || v <= 0 ? undefined : v;
}

/** The budget a sentence asks for: "use" phrases first, then a request sentence's total. */
export function proseAmount(flat: string): { amount: Satang; kind: "use" | "total" } | undefined {
  for (const m of matches(USE, flat)) {
    const amount = figureAfter(flat, m.index + m.text.length);
    if (amount !== undefined) return { amount, kind: "use" };
  }
  if (!REQUEST.test(flat)) return undefined;
  for (const m of matches(SENTENCE_TOTAL, flat)) {
    const amount = figureAfter(flat, m.index + m.text.length);
    if (amount !== undefined) return { amount, kind: "total" };
  }
  return undefined;
}

/** The period a sentence states after a lead-in word ("…ในวันที่ 15 พฤศจิกายน 2568 ณ หอประชุม"). */
export function prosePeriodText(flat: string): string | undefined {
  return prosePeriod(flat)?.text;
}

/** The period a sentence states, and whether it is a deadline ("ภายในเดือนธันวาคม 2568": by then, not during). */
export function prosePeriod(flat: string): { text: string; by: boolean } | undefined {
  for (const m of matches(PERIOD_LEAD, flat)) {
    const at = m.index + (m.text.includes("ภาคเรียนที่") ? m.text.indexOf("ภาคเรียนที่") : m.text.length);
    let tail = flat.slice(at, at + 90);
    const stop = PERIOD_STOP.exec(tail);
    if (stop && stop.index > 0) tail = tail.slice(0, stop.index);
    const span = locateMonths(tail);
    // the months follow the lead-in (a day number may stand between)
    if (span && span.start <= 3) return { text: tail.slice(span.start, span.end), by: m.text.startsWith("ภายใน") };
  }
  return undefined;
}

/** A memo's prose line, not a field, a list item or a table row. */
export function isProse(flat: string, numbered: boolean): boolean {
  if (numbered || flat.includes("\t")) return false;
  // the memo's own number and date ("ที่ ศธ 04xxx/ … วันที่ 20 ตุลาคม 2568"), a letter it cites ("ลงวันที่")
  if (/^(?:ที่|วันที่)\s/.test(flat) || flat.includes("ลงวันที่") || flat.startsWith("เรื่อง")) return false;
  // a field's own line ("ระยะเวลาดำเนินการ วันที่ 15 มกราคม 2567 ณ ห้องประชุม…") is read as that field
  if (FIELD_START.test(flat)) return false;
  return OPENERS.test(flat) || flat.length >= 60;
}

/**
 * A sentence that states more than an allocation: an owner, a period, or the activities that follow
 * ("โดยใช้งบประมาณที่ได้รับจัดสรร 10,000 บาท ผู้รับผิดชอบโครงการ นาย… มีกิจกรรมดังนี้"): read as a sentence,
 * not as an allocation line.
 */
export function statesMore(flat: string, numbered: boolean): boolean {
  return isProse(flat, numbered) && (ownerInSentence(flat) !== undefined || prosePeriod(flat) !== undefined || listsActivities(flat));
}

export class ProseReader {
  private use: Found<Satang> | undefined;
  private total: Found<Satang> | undefined;
  /** "ได้รับจัดสรรงบประมาณ 15,000 บาท": the allocation, said as such. */
  private allocated: Found<Satang> | undefined;
  /** "เรื่อง ขออนุมัติโครงการ… งบประมาณ 15,000 บาท": the budget the subject line states. */
  private subjectAmount: Found<Satang> | undefined;
  private owner: Found<string> | undefined;
  /** The last prose line read (a paragraph may wrap a phrase over its lines). */
  private prev: { no: number; flat: string } | undefined;
  private period: Found<{ start: MonthRef; end: MonthRef; fromSemester?: true; schoolLine?: number; by?: true }> | undefined;

  constructor(private readonly semesters?: SemesterDates) {}

  /** A memo's subject line: a budget stated after the project's name. */
  subject(line: SourceLine, flat: string): void {
    const b = subjectBudget(flat);
    if (b && !this.subjectAmount) this.subjectAmount = { value: b.amount, line };
  }

  /**
   * Reads a prose line; true when it stated an amount, an owner or a period. Outside the memo's body (`body`
   * false: among the budget lines, the activities …) only a request sentence is read ("จึงขออนุมัติ…").
   */
  line(line: SourceLine, flat: string, numbered: boolean, body: boolean): boolean {
    // a short line right after a sentence may be its end ("…ระยะเวลาดำเนินการ" / "พฤศจิกายน 2568 – ธันวาคม 2568")
    const continues = this.prev?.no === line.no - 1 && !numbered && !flat.includes("\t") && !FIELD_START.test(flat) && !/^(?:ที่|วันที่)\s/.test(flat);
    if (!isProse(flat, numbered) && !continues) return false;
    if (!body && !(REQUEST_OPENER.test(flat) && REQUEST.test(flat))) return false;
    let read = false;
    const a = proseAmount(flat);
    if (a?.kind === "use" && !this.use) this.use = { value: a.amount, line };
    if (a?.kind === "total" && !this.total) this.total = { value: a.amount, line };
    if (a) read = true;
    // a paragraph wrapped over lines: a phrase cut at the line's end ("…ซึ่งได้รับจัดสรร" / "งบประมาณ 15,000 บาท …")
    // is read across the break, placed at this line
    const prev = this.prev && this.prev.no === line.no - 1 ? this.prev.flat.slice(-40) : undefined;
    this.prev = { no: line.no, flat };
    const across = <T>(read: (s: string) => T | undefined): T | undefined => {
      const own = read(flat);
      if (own !== undefined || prev === undefined || read(prev) !== undefined) return own;
      return read(joinWrapped(prev, flat));
    };
    // an allocation said as such and an owner, also in the closing request ("จึงเรียนมา… ซึ่งได้รับจัดสรร…")
    const allocated = across(allocatedInSentence);
    if (allocated !== undefined) {
      this.allocated ??= { value: allocated, line };
      read = true;
    }
    const owner = across(ownerInSentence);
    if (owner) {
      this.owner ??= { value: owner, line };
      read = true;
    }
    if (!this.period) {
      const p = across(prosePeriod);
      const r = p ? monthsOf(p.text, this.semesters) : null;
      if (r && p) {
        this.period = { value: p.by ? { ...r, by: true } : r, line };
        read = true;
      }
    }
    return read;
  }

  /**
   * Fills what no field stated: the allocation (one said as such, else the subject's budget, else a "use"
   * phrase, else a request's total), the owner and the period, with a note for each; a sentence amount that
   * differs from the allocation taken gets a note too.
   */
  finish(d: PartData): void {
    const taken = this.allocated ?? this.subjectAmount ?? this.use ?? this.total;
    if (taken && d.allocation === undefined) {
      d.allocation = taken.value;
      d.at.allocation = taken.line.no;
      const kind = taken === this.allocated ? "allocated" : taken === this.subjectAmount ? "subject" : taken === this.use ? undefined : "total";
      d.problems.push(allocationNote(taken.line, taken.value, kind));
    }
    if (d.allocation !== undefined) {
      // the figures the sentences state that are not the allocation taken
      for (const f of [this.allocated, this.subjectAmount, this.use, this.total]) if (f && f.value !== d.allocation) d.problems.push(leftAsideNote(f.line, f.value, d.allocation, d.at.allocation));
    }
    if (this.owner && d.owner === undefined) {
      d.owner = this.owner.value;
      d.at.owner = this.owner.line.no;
      d.problems.push(ownerNote(this.owner.line, this.owner.value));
    }
    if (this.period && !d.period && !d.periodThroughout) {
      const { start, end, fromSemester, schoolLine, by } = this.period.value;
      // "ภายในเดือนธันวาคม 2568": by December, from the start of its fiscal year
      const from = by ? { year: end.month >= 10 ? end.year : end.year - 1, month: 10 } : start;
      d.period = { start: from, end };
      d.at.period = this.period.line.no;
      d.problems.push(fromSemester ? semesterProblem(this.period.line.no, this.period.line.raw, start, end, schoolLine) : periodNote(this.period.line, from, end, by));
    }
  }
}

function allocationNote(line: SourceLine, amount: Satang, kind?: "total" | "allocated" | "subject"): ImportProblem {
  const p = problem(line.no, line.raw, "allocation-from-prose");
  if (kind === "allocated") {
    p.message = {
      th: `อ่านงบประมาณที่ได้รับจัดสรร ${formatBaht(amount, "th")} จากข้อความในบรรทัดนี้`,
      en: `The allocation, ${formatBaht(amount, "en")}, was read from the sentence on this line`,
    };
    return p;
  }
  const what =
    kind === "total"
      ? { th: "ยอดรวมในข้อความขออนุมัติ", en: "the request sentence's total" }
      : kind === "subject"
        ? { th: "งบประมาณที่ระบุในชื่อเรื่อง", en: "the budget the subject line states" }
        : { th: "งบประมาณที่ข้อความขอใช้", en: "the budget the sentence asks for" };
  p.message = {
    th: `ไม่พบช่องงบประมาณที่ได้รับ จึงถือ${what.th} ${formatBaht(amount, "th")} เป็นงบประมาณของโครงการ`,
    en: `No allocation field: ${what.en}, ${formatBaht(amount, "en")}, is taken as the project's allocation`,
  };
  return p;
}

function ownerNote(line: SourceLine, owner: string): ImportProblem {
  const p = problem(line.no, line.raw, "owner-from-prose");
  p.message = {
    th: `อ่านผู้รับผิดชอบโครงการ (${owner}) จากข้อความในบรรทัดนี้`,
    en: `The person responsible (${owner}) was read from the sentence on this line`,
  };
  return p;
}

function leftAsideNote(line: SourceLine, amount: Satang, allocation: Satang, allocationLine: number | undefined): ImportProblem {
  const p = problem(line.no, line.raw, "allocation-from-prose");
  const at = (lang: "th" | "en") => (allocationLine === undefined ? "" : lang === "th" ? ` (บรรทัด ${allocationLine})` : ` (line ${allocationLine})`);
  p.message = {
    th: `ข้อความนี้ระบุ ${formatBaht(amount, "th")} แต่ถือ ${formatBaht(allocation, "th")}${at("th")} เป็นงบประมาณของโครงการ`,
    en: `This sentence states ${formatBaht(amount, "en")}; the allocation taken is ${formatBaht(allocation, "en")}${at("en")}`,
  };
  return p;
}

function periodNote(line: SourceLine, start: MonthRef, end: MonthRef, by?: true): ImportProblem {
  const p = problem(line.no, line.raw, "period-from-prose");
  const range = (lang: "th" | "en") => (start.year === end.year && start.month === end.month ? formatMonth(start, lang) : `${formatMonth(start, lang)} – ${formatMonth(end, lang)}`);
  p.message = by
    ? {
        th: `ไม่พบช่องระยะเวลาดำเนินการ ข้อความนี้ระบุให้เสร็จภายใน ${formatMonth(end, "th")} จึงถือระยะเวลา ${range("th")} (ตั้งแต่ต้นปีงบประมาณ)`,
        en: `No period field: this sentence says by ${formatMonth(end, "en")}, so the period is taken as ${range("en")} (from the start of the fiscal year)`,
      }
    : {
        th: `ไม่พบช่องระยะเวลาดำเนินการ จึงถือช่วงเวลาในข้อความนี้ (${range("th")}) เป็นระยะเวลาของโครงการ`,
        en: `No period field: the time this sentence states (${range("en")}) is taken as the project's period`,
      };
  return p;
}
