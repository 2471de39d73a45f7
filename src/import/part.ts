/**
 * What reading one part of a document produces (PartData) and the helpers the section readers share.
 */
import type { ExpenseClass, Indicator, MonthRef, Results, Satang, Target } from "../core/model";
import type { SemesterDates } from "./months";
import { parseMoney } from "../core/money";
import type { ParsedBudgetLine } from "./budgetLine";
import type { FormPartsData } from "./formParts";
import type { SectionKind } from "./headings";
import { ImportProblem, problem, ProblemCode } from "./problems";
import type { SourceLine } from "./text";
import { scanNumbers } from "./tokens";

export type PartKind = "report" | "proposal";

export interface RawActivity {
  id: string;
  /** The id was given by position (a row without a number), not written. */
  autoId?: boolean;
  name: string;
  start?: MonthRef;
  end?: MonthRef;
  /** Month numbers from a month-column (Gantt) table, without years. */
  monthNumbers?: number[];
  throughout?: boolean;
  /** The months were taken from a semester ("ภาคเรียนที่ 2/2568"), not written. */
  fromSemester?: boolean;
  /** The line stating the school's own dates of that semester, when they were used. */
  semesterLine?: number;
  owners: string[];
  note?: string;
  budget?: Satang;
  line: number;
  periodText?: string;
}

export interface RawBudgetLine extends ParsedBudgetLine {
  line: number;
  text: string;
  /** Expense class from a heading (หมวดค่าตอบแทน …). */
  headingClass?: ExpenseClass;
  /** The item's own number as written ("4.1", "4.1.2"), in Arabic digits; sub-items carry their parent's as a prefix. */
  number?: string;
  /** Written after a bullet ("-", "•"): under a numbered item with an amount, one of its sub-items. */
  bullet?: boolean;
}

export interface RawBlock {
  number?: string;
  title: string;
  line: number;
  lines: RawBudgetLine[];
  subtotal?: Satang;
  subtotalLine?: number;
  /** Lines written before any block heading. */
  implicit?: boolean;
  /** Budget lines under this block that could not be read (reported as reading problems). */
  unreadable?: number;
}

export interface PartData {
  kind: PartKind;
  startLine: number;
  name?: string;
  owner?: string;
  department?: string;
  /** The work group written after the owner ("… กลุ่มบริหารวิชาการ"): the department when none is stated. */
  ownerGroup?: string;
  budgetSource?: string;
  alignment: string[];
  character?: string;
  period?: { start: MonthRef; end: MonthRef };
  periodThroughout?: boolean;
  venueText?: string;
  objectives: string[];
  rationale: string[];
  targets: Target[];
  activities: RawActivity[];
  allocation?: Satang;
  statedTotal?: Satang;
  statedTotalLine?: number;
  blocks: RawBlock[];
  results?: Results;
  fundsQuarter?: 1 | 2 | 3 | 4;
  /** A month named as when funds arrive; without a year it is placed in the fiscal year. */
  fundsMonth?: { month: number; year?: number };
  indicators: Indicator[];
  expectedResults: string[];
  fiscalYearHint?: number;
  /** Risk analysis, problems, suggestions, signatures and places (./formParts.ts). */
  form: FormPartsData;
  /** Lines (1-based) where values were read, to point findings at them. */
  at: { allocation?: number; results?: number; period?: number; funds?: number; owner?: number };
  problems: ImportProblem[];
}

export type Mode = SectionKind | "none" | "header" | "activityTable" | "indicatorTable";

/** The state the section readers share with the part parser: the data read so far and the mode. */
export interface PartState {
  data: PartData;
  mode: Mode;
  /** The school's own semester dates the document states (months.ts schoolSemesters). */
  readonly semesters?: SemesterDates;
  /**
   * The budget section is open only because a header line stated the allocation ("งบประมาณที่ได้รับจัดสรร
   * 12,000 บาท", "งบประมาณ 10,000 บาท" among the header fields) and no budget block, line or total has been
   * read yet: an activity heading or table header that follows is still the activities, not budget text.
   */
  budgetOnlyStated?(): boolean;
}

export function addProblem(st: PartState, line: SourceLine, code: ProblemCode, detail?: string): void {
  st.data.problems.push(problem(line.no, line.raw, code, detail));
}

export const CLASS_WORDS: readonly [string, ExpenseClass][] = [
  ["ค่าตอบแทน", "compensation"],
  ["ค่าใช้สอย", "services"],
  ["ค่าวัสดุ", "materials"],
  ["ค่าสาธารณูปโภค", "utilities"],
];

export function tabCells(text: string): string[] {
  return text.split("\t").map((c) => c.trim());
}

export function hasTab(text: string): boolean {
  return text.indexOf("\t") >= 0;
}

export function moneyOf(text: string): Satang | undefined {
  const toks = scanNumbers(text).filter((t) => !t.ignore && !t.huge);
  const m = toks.find((t) => t.unit?.role === "money") ?? (toks.length === 1 ? toks[0] : undefined);
  if (!m) return undefined;
  const v = parseMoney(m.raw);
  return v === null ? undefined : v;
}

/** Class words at the start of a heading ("หมวดค่าใช้สอย", "ค่าวัสดุ :"). */
export function classOf(text: string): ExpenseClass | undefined {
  for (const [w, c] of CLASS_WORDS) if (text.includes(w)) return c;
  if (text.includes("ตอบแทน")) return "compensation";
  if (text.includes("ใช้สอย")) return "services";
  if (text.includes("วัสดุ")) return "materials";
  return undefined;
}

/** "ค่า… 35 x 20 คน = 700 บาท": an expense item with an amount in baht. */
export function looksLikeBudgetItem(rest: string): boolean {
  return isExpenseItem(rest) && rest.includes("บาท") && /\d/.test(rest);
}

/** "ค่าอาหาร…", "ค่าวัสดุ…": an expense item; not "ค่าย…" (a camp) or "ค่านิยม…" (values). */
export function isExpenseItem(rest: string): boolean {
  return rest.startsWith("ค่า") && !rest.startsWith("ค่าย") && !rest.startsWith("ค่านิยม");
}
