/**
 * Reads one part of a document (a proposal or a results report) line by line with a small state
 * machine: the current section decides how a line is read (header field, list item, activity row,
 * budget line, indicator row …). Nothing here throws on odd input; what is not understood becomes a
 * problem with its line number.
 */
import type { ExpenseClass, Indicator, MonthRef, Results, Satang, Target } from "../core/model";
import { parseMoney, parseNumber } from "../core/money";
import { parseMonth, parseMonthName } from "../core/calendar";
import { ParsedBudgetLine, cleanItem, parseBudgetLine } from "./budgetLine";
import { classifyHeading, fiscalYearMention, headerField, SectionKind, targetKind } from "./headings";
import { extractQuantity, splitInlineItems, splitInlineSequences } from "./items";
import { isThroughout, locateMonths, monthsOf } from "./months";
import { splitOwners } from "./owners";
import { ImportProblem, problem } from "./problems";
import { collapseSpaces, isDigit, joinWrapped, SourceLine, stripNumbering, trimPunct } from "./text";
import { scanNumbers } from "./tokens";

export type PartKind = "report" | "proposal";

export interface RawActivity {
  id: string;
  name: string;
  start?: MonthRef;
  end?: MonthRef;
  /** Month numbers from a month-column (Gantt) table, without years. */
  monthNumbers?: number[];
  throughout?: boolean;
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
}

export interface PartData {
  kind: PartKind;
  startLine: number;
  name?: string;
  owner?: string;
  department?: string;
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
  problems: ImportProblem[];
}

type Mode = SectionKind | "none" | "header" | "activityTable" | "indicatorTable";

interface TableCols {
  no?: number;
  name?: number;
  period?: number;
  owners?: number;
  budget?: number;
  note?: number;
  months: Map<number, number>;
  width: number;
}

interface BudgetCols {
  item?: number;
  quantity?: number;
  unit?: number;
  unitCost?: number;
  times?: number;
  amount?: number;
}

/** A budget table's header row: "รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "ครั้ง", "รวมเงิน" … */
function budgetTableHeader(cells: string[]): BudgetCols | undefined {
  if (cells.length < 2 || cells.some((c) => c.length > 40 || /\d/.test(c))) return undefined;
  const cols: BudgetCols = {};
  cells.forEach((c, i) => {
    if (cols.item === undefined && (c.includes("รายการ") || c.includes("รายละเอียด") || c.includes("ค่าใช้จ่าย"))) cols.item = i;
    else if (cols.unitCost === undefined && (c.includes("ราคา") || c.includes("อัตรา") || c.includes("ต่อหน่วย"))) cols.unitCost = i;
    else if (
      cols.amount === undefined &&
      (c.includes("รวม") || c.includes("เป็นเงิน") || c.includes("จำนวนเงิน") || c.includes("งบประมาณ") || c === "บาท")
    )
      cols.amount = i;
    else if (cols.quantity === undefined && c.startsWith("จำนวน")) cols.quantity = i;
    else if (cols.unit === undefined && c.includes("หน่วย")) cols.unit = i;
    else if (cols.times === undefined && (c.includes("ครั้ง") || c.includes("มื้อ") || c.includes("วัน"))) cols.times = i;
  });
  if (cols.item === undefined || cols.amount === undefined) return undefined;
  if (cols.unitCost === undefined && cols.quantity === undefined) return undefined;
  return cols;
}

interface IndicatorRow {
  kind: "output" | "outcome";
  cells: string[];
  line: number;
}

const CLASS_WORDS: readonly [string, ExpenseClass][] = [
  ["ค่าตอบแทน", "compensation"],
  ["ค่าใช้สอย", "services"],
  ["ค่าวัสดุ", "materials"],
  ["ค่าสาธารณูปโภค", "utilities"],
];

const ALLOCATION_KEYS = [
  "เงินงบประมาณ",
  "งบประมาณตามแผน",
  "งบประมาณที่ได้รับ",
  "งบประมาณที่ได้รับจัดสรร",
  "ได้รับจัดสรร",
  "เงินนอกงบประมาณ",
  "เงินสนับสนุน",
  "เงินรายได้",
  "งบประมาณจาก",
];

const GRAND_TOTAL_WORDS = ["ทั้งสิ้น", "ทั้งหมด", "ทุกกิจกรรม", "ทั้งโครงการ"];
const OUTPUT_LABELS = ["ผลผลิต", "output", "Output", "OUTPUT"];
const OUTCOME_LABELS = ["ผลลัพธ์", "outcome", "Outcome", "OUTCOME"];

function tabCells(text: string): string[] {
  return text.split("\t").map((c) => c.trim());
}

function hasTab(text: string): boolean {
  return text.indexOf("\t") >= 0;
}

function moneyOf(text: string): Satang | undefined {
  const toks = scanNumbers(text).filter((t) => !t.ignore && !t.huge);
  const m = toks.find((t) => t.unit?.role === "money") ?? (toks.length === 1 ? toks[0] : undefined);
  if (!m) return undefined;
  const v = parseMoney(m.raw);
  return v === null ? undefined : v;
}

/** Class words at the start of a heading ("หมวดค่าใช้สอย", "ค่าวัสดุ :"). */
function classOf(text: string): ExpenseClass | undefined {
  for (const [w, c] of CLASS_WORDS) if (text.includes(w)) return c;
  if (text.includes("ตอบแทน")) return "compensation";
  if (text.includes("ใช้สอย")) return "services";
  if (text.includes("วัสดุ")) return "materials";
  return undefined;
}

export class PartParser {
  readonly data: PartData;
  private mode: Mode = "none";
  private lastBlank = false;
  private itemOpen = false;
  private targetSub: "quantitative" | "qualitative" | undefined;
  private table: TableCols | undefined;
  private tableReturn: Mode = "none";
  private indicatorCols: { text: number; target?: number; method?: number; tool?: number } = { text: 0, target: 1 };
  private indicatorRows: IndicatorRow[] = [];
  private indicatorKind: "output" | "outcome" = "output";
  private block: RawBlock | undefined;
  private blockTitleOpen = false;
  private headingClass: ExpenseClass | undefined;
  /** A class heading with an amount ("หมวดค่าวัสดุ 3,000 บาท"), kept until lines follow under it. */
  private pendingClassTotal: { text: string; line: number; amount: Satang; count: number } | undefined;
  /** A budget item written without figures ("- ค่าอาหาร"), waiting for its figures on the next line. */
  private pendingItem: { text: string; line: number } | undefined;
  /** "งบประมาณ 120,000 บาท" (a heading) and the sum of "เงินงบประมาณ… N บาท" lines (sources). */
  private allocationHeading: Satang | undefined;
  private allocationLines: Satang | undefined;
  /** Columns of a budget table, when the budget detail is written as one. */
  private budgetCols: BudgetCols | undefined;

  constructor(kind: PartKind, startLine: number) {
    this.data = {
      kind,
      startLine,
      alignment: [],
      objectives: [],
      rationale: [],
      targets: [],
      activities: [],
      blocks: [],
      indicators: [],
      expectedResults: [],
      problems: [],
    };
  }

  private addProblem(line: SourceLine, code: Parameters<typeof problem>[2], detail?: string) {
    this.data.problems.push(problem(line.no, line.raw, code, detail));
  }

  feed(line: SourceLine): void {
    const t = line.text;
    if (!t) {
      this.blank();
      return;
    }
    const flat = collapseSpaces(t);
    const num = stripNumbering(flat);
    const wasBlank = this.lastBlank;
    this.lastBlank = false;

    // 1. results ("งบประมาณ ได้รับ 120,000.-บาท ใช้จ่าย 20,000.-บาท คงเหลือ 100,000.-บาท"), anywhere
    if (this.tryResults(flat)) {
      if (num.number || flat.startsWith("งบประมาณ")) {
        // a results heading ("6. งบประมาณ ได้รับ …") ends the section before it
        this.leaveBudget();
        this.mode = "skip";
      }
      return;
    }

    // 2. inside an activity table, rows come first
    if (this.mode === "activityTable") {
      if (this.tableLine(line, t, flat, wasBlank)) return;
    }

    // 3. the project name line of a proposal ("โครงการ ส่งเสริม…")
    if (this.mode === "none" && !num.number && !num.bullet && flat.startsWith("โครงการ") && !this.data.name) {
      const value = trimPunct(flat.slice("โครงการ".length));
      const fy = fiscalYearMention(flat);
      if (fy) this.data.fiscalYearHint ??= fy;
      if (value && !value.startsWith("ตามแผนปฏิบัติการ") && !value.startsWith("ประจำปี")) {
        this.data.name = collapseSpaces(value);
        this.mode = "name";
        return;
      }
    }

    // 4. header fields
    const hf = headerField(num.rest);
    if (hf && (hf.strong || this.mode === "none" || this.mode === "header" || this.mode === "name")) {
      this.leaveBudget();
      this.headerValue(hf.field, hf.value);
      this.mode = "header";
      return;
    }
    if (
      (this.mode === "header" || this.mode === "none") &&
      !num.number &&
      flat.startsWith("กลุ่ม") &&
      !flat.startsWith("กลุ่มเป้าหมาย") &&
      flat.length < 120
    ) {
      this.data.department ??= flat;
      return;
    }
    if (this.mode === "none") {
      const fy = fiscalYearMention(flat);
      if (fy) this.data.fiscalYearHint ??= fy;
    }

    // 5. allocation lines ("เงินงบประมาณตามแผนปฏิบัติการ.....120,000.....บาท"), any section
    if (!num.bullet && ALLOCATION_KEYS.some((k) => num.rest.startsWith(k))) {
      const amount = moneyOf(num.rest);
      const budgetish = this.mode === "budget" || this.mode === "budgetDetail" || this.mode === "none" || this.mode === "header";
      if (amount !== undefined || budgetish) {
        if (amount !== undefined) this.allocationLines = (this.allocationLines ?? 0) + amount;
        if (!budgetish || this.mode === "none" || this.mode === "header") this.leaveBudget();
        if (this.mode !== "budget" && this.mode !== "budgetDetail") this.mode = "budget";
        return;
      }
    }

    if (this.mode === "risk") this.riskLine(flat);

    // 6. headings
    const inBudget = this.mode === "budget" || this.mode === "budgetDetail";
    const h = classifyHeading(num.rest, !!num.number);
    if (h && !(inBudget && h.kind === "activities" && num.number !== "" && num.rest.startsWith("กิจกรรม"))) {
      if (!(inBudget && (h.kind === "budget" || h.kind === "budgetDetail") && num.bullet)) {
        this.enter(line, h.kind, h.value, num.rest);
        return;
      }
    }

    // 7. table header rows
    if (this.isActivityHeader(t, flat)) {
      this.leaveBudget();
      this.startTable(t);
      return;
    }
    if (this.isIndicatorHeader(t)) {
      this.leaveBudget();
      this.mode = "indicatorTable";
      this.indicatorHeader(t);
      return;
    }

    // a budget item outside a budget section ("ค่าอาหารว่าง 35 x 20 คน = 700 บาท" right after the activities)
    if ((this.mode === "none" || this.mode === "header" || this.mode === "activities") && looksLikeBudgetItem(num.rest)) {
      this.mode = "budget";
    }

    switch (this.mode) {
      case "name":
        if ((this.data.name ?? "").length < 300) this.data.name = joinWrapped(this.data.name ?? "", flat);
        return;
      case "rationale":
        if (wasBlank || this.data.rationale.length === 0) this.data.rationale.push(flat);
        else this.data.rationale[this.data.rationale.length - 1] = joinWrapped(this.data.rationale[this.data.rationale.length - 1], flat);
        return;
      case "objectives":
        this.listItem(this.data.objectives, num, flat, wasBlank);
        return;
      case "expected":
        this.listItem(this.data.expectedResults, num, flat, wasBlank);
        return;
      case "targets":
      case "quantitative":
      case "qualitative":
        this.targetLine(num, flat, wasBlank);
        return;
      case "activities":
        this.activitySectionLine(line, t, flat, num);
        return;
      case "budget":
      case "budgetDetail":
        if (hasTab(t) && this.budgetTableLine(line, t)) return;
        this.budgetLine(line, flat, num, wasBlank);
        return;
      case "risk":
        this.riskLine(flat);
        return;
      case "indicators":
      case "indicatorTable":
        this.indicatorLine(line, t, flat, num, wasBlank);
        return;
      case "period":
        if (!this.data.period) this.setPeriod(line, flat);
        return;
      default:
        return;
    }
  }

  private blank(): void {
    if (this.mode === "name") this.mode = "header"; // a name wraps over lines, not over paragraphs
    this.lastBlank = true;
    this.itemOpen = false;
    this.blockTitleOpen = false;
  }

  // ------------------------------------------------------------------------------------------
  // sections

  private enter(line: SourceLine, kind: SectionKind, value: string, rest: string): void {
    this.leaveBudget();
    this.itemOpen = false;
    switch (kind) {
      case "name":
        if (value) this.data.name ??= value;
        this.mode = "name";
        if (!value) this.data.name ??= "";
        return;
      case "period":
        if (value) this.setPeriod(line, value);
        this.mode = value ? "header" : "period";
        return;
      case "quantitative":
      case "qualitative":
        if (this.mode === "achievements") return; // results of a report, not targets
        if (this.mode === "indicators" || this.mode === "indicatorTable") {
          // "ตัวชี้วัดความสำเร็จ" → "เชิงปริมาณ" (outputs) / "เชิงคุณภาพ" (outcomes)
          this.indicatorKind = kind === "quantitative" ? "output" : "outcome";
          return;
        }
        this.targetSub = kind;
        this.mode = "targets";
        return;
      case "targets":
        this.targetSub = undefined;
        this.mode = "targets";
        return;
      case "budget": {
        const amount = moneyOf(value);
        if (amount !== undefined && this.allocationHeading === undefined) this.allocationHeading = amount;
        this.mode = "budget";
        return;
      }
      case "budgetDetail": {
        const amount = moneyOf(value);
        if (amount !== undefined) {
          this.data.statedTotal = amount;
          this.data.statedTotalLine = line.no;
        }
        this.mode = "budgetDetail";
        return;
      }
      case "risk":
        this.mode = "risk";
        this.riskLine(rest);
        return;
      case "indicators":
        this.mode = "indicators";
        return;
      default:
        this.mode = kind;
    }
  }

  private headerValue(field: string, value: string): void {
    const d = this.data;
    const v = trimPunct(collapseSpaces(value));
    switch (field) {
      case "budgetSource":
        if (v) d.budgetSource ??= v;
        {
          const fy = fiscalYearMention(value);
          if (fy) d.fiscalYearHint ??= fy;
        }
        return;
      case "alignment":
        d.alignment.push(value);
        return;
      case "character":
        if (v) d.character ??= pickCharacter(v);
        return;
      case "owner":
        if (v) d.owner ??= v;
        return;
      case "department":
        if (v) d.department ??= v;
        return;
      case "venue":
        if (v) d.venueText ??= v;
        return;
    }
  }

  private setPeriod(line: SourceLine, value: string): void {
    const r = monthsOf(value);
    if (r) {
      this.data.period = r;
      return;
    }
    if (isThroughout(value)) {
      this.data.periodThroughout = true;
      return;
    }
    this.addProblem(line, "period-unreadable", trimPunct(value).slice(0, 60));
  }

  private listItem(list: string[], num: ReturnType<typeof stripNumbering>, flat: string, wasBlank: boolean): void {
    const isNew = num.number !== "" || num.bullet || wasBlank || !this.itemOpen || list.length === 0;
    const text = num.number !== "" || num.bullet ? num.rest : flat;
    if (!text) return;
    if (isNew) list.push(text);
    else list[list.length - 1] = joinWrapped(list[list.length - 1], text);
    this.itemOpen = true;
  }

  private targetLine(num: ReturnType<typeof stripNumbering>, flat: string, wasBlank: boolean): void {
    const sub = targetKind(num.rest);
    if (sub) {
      this.targetSub = sub;
      this.itemOpen = false;
      return;
    }
    const kind = this.targetSub ?? "quantitative";
    const targets = this.data.targets;
    const isNew = num.number !== "" || num.bullet || wasBlank || !this.itemOpen || targets.length === 0;
    const text = num.number !== "" || num.bullet ? num.rest : flat;
    if (!text) return;
    if (isNew) targets.push({ kind, text });
    else {
      const last = targets[targets.length - 1];
      last.text = joinWrapped(last.text, text);
    }
    this.itemOpen = true;
  }

  finishTargets(): void {
    for (const t of this.data.targets) {
      if (t.kind !== "quantitative") continue;
      const q = extractQuantity(t.text);
      if (q) {
        t.value = q.value;
        t.unit = q.unit;
      }
    }
  }

  /**
   * Funds that arrive late: "งบประมาณจะโอน… ไตรมาสที่ 2" (or "ไตรมาส 2", "ไตรมาสที่สอง"), or a month
   * ("ได้รับจัดสรรงบประมาณประมาณเดือนมกราคม"; with a year it is taken as written).
   */
  private riskLine(flat: string): void {
    if (this.data.fundsQuarter || this.data.fundsMonth) return;
    const money = ["งบประมาณ", "โอน", "จัดสรร", "เงิน"].some((w) => flat.includes(w));
    if (!money) return;
    const q = flat.indexOf("ไตรมาส");
    if (q >= 0) {
      let k = q + "ไตรมาส".length;
      while (k < flat.length && (flat[k] === " " || flat.startsWith("ที่", k))) k += flat[k] === " " ? 1 : 3;
      let n = 0;
      if (isDigit(flat[k]) && !isDigit(flat[k + 1])) n = Number(flat[k]);
      else {
        const words = ["หนึ่ง", "สอง", "สาม", "สี่"];
        const w = words.findIndex((x) => flat.startsWith(x, k));
        if (w >= 0) n = w + 1;
      }
      if (n >= 1 && n <= 4) {
        this.data.fundsQuarter = n as 1 | 2 | 3 | 4;
        return;
      }
    }
    if (["โอน", "จัดสรร", "ได้รับ"].some((w) => flat.includes(w))) {
      const withYear = parseMonth(flat);
      if (withYear) this.data.fundsMonth = { month: withYear.month, year: withYear.year };
      else {
        const m = parseMonthName(flat);
        if (m) this.data.fundsMonth = { month: m };
      }
    }
  }

  private tryResults(flat: string): boolean {
    if (!isDigit(flat.match(/\d/)?.[0])) return false;
    const received = findKeyword(flat, ["ได้รับ"], ["ได้รับจัดสรร", "ได้รับการ"]);
    const spent = findKeyword(flat, ["ใช้จ่าย", "ใช้ไป", "เบิกจ่าย", "ใช้จริง"], []);
    const remaining = findKeyword(flat, ["คงเหลือ"], []);
    const found = [received, spent, remaining].filter((x) => x >= 0).length;
    if (found < 2 || !(flat.includes("บาท") || flat.includes("งบประมาณ"))) return false;
    const toks = scanNumbers(flat).filter((t) => !t.ignore && !t.huge);
    const after = (i: number): Satang | undefined => {
      if (i < 0) return undefined;
      const next = toks.find((t) => t.start > i && t.start - i < 40);
      if (!next) return undefined;
      const v = parseMoney(next.raw);
      return v === null ? undefined : v;
    };
    const r: Results = {};
    const a = after(received);
    const b = after(spent);
    const c = after(remaining);
    if (a !== undefined) r.received = a;
    if (b !== undefined) r.spent = b;
    if (c !== undefined) r.remaining = c;
    if (Object.keys(r).length === 0) return false;
    this.data.results ??= r;
    return true;
  }

  // ------------------------------------------------------------------------------------------
  // activity table

  private isActivityHeader(t: string, flat: string): boolean {
    if (this.mode === "budget" || this.mode === "budgetDetail" || this.mode === "indicators" || this.mode === "indicatorTable")
      return false;
    const hasActivity = flat.includes("กิจกรรม") || flat.includes("รายการ") || flat.includes("ขั้นตอน");
    const hasOther = ["ระยะเวลา", "ผู้รับผิดชอบ", "เดือน", "ช่วงเวลา", "ผู้ดำเนินการ"].some((w) => flat.includes(w));
    if (!hasActivity || !hasOther) return false;
    if (hasTab(t)) {
      const cells = tabCells(t);
      return cells.length >= 2 && cells.every((c) => c.length < 60);
    }
    return (flat.startsWith("ที่") || flat.startsWith("ลำดับ")) && flat.length < 120;
  }

  private startTable(t: string): void {
    const cells = tabCells(t);
    const cols: TableCols = { months: new Map(), width: cells.length };
    if (hasTab(t)) {
      cells.forEach((c, i) => {
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
    if (this.mode !== "activityTable") this.tableReturn = this.mode;
    this.mode = "activityTable";
  }

  /** Returns true when the line was consumed as part of the table. */
  private tableLine(line: SourceLine, t: string, flat: string, wasBlank: boolean): boolean {
    const cols = this.table!;
    const num = stripNumbering(flat);
    const rows = this.data.activities;
    const tabbed = hasTab(t) && cols.width > 1;
    if (num.number && !num.bullet && !classifyHeading(num.rest, true)) {
      const looksLikeRow = tabbed || locateMonths(num.rest) !== undefined || rows.length === 0 || !wasBlank;
      if (looksLikeRow) {
        this.tableRow(line, t, flat);
        return true;
      }
    }
    if (this.isActivityHeader(t, flat)) return true; // a repeated header (page break)
    if (tabbed && cols.no === undefined && !classifyHeading(num.rest, !!num.number)) {
      // a table without a number column: a row has a name and a period, owners or month marks
      const cells = tabCells(t);
      const filled = (i: number | undefined) => i !== undefined && (cells[i] ?? "") !== "";
      const marks = [...cols.months.keys()].some((i) => filled(i));
      if (filled(cols.name ?? 0) && (filled(cols.period) || filled(cols.owners) || marks)) {
        this.tableRow(line, t, flat);
        return true;
      }
    }
    if (wasBlank || rows.length === 0) {
      // after a blank line, something that is not a row ends the table
      this.mode = this.tableReturn === "activities" ? "none" : this.tableReturn;
      this.table = undefined;
      return false;
    }
    if (classifyHeading(num.rest, !!num.number) || headerField(num.rest)?.strong) {
      this.mode = "none";
      this.table = undefined;
      return false;
    }
    // a continuation of the previous row
    const last = rows[rows.length - 1];
    const ownersWrap = /^(นาย|นาง|ดร\.|ว่าที่|ผศ\.|รศ\.)/.test(flat);
    if (!tabbed && (looksLikeBudgetItem(num.rest) || ((last.start || last.throughout) && !ownersWrap && !locateMonths(flat)))) {
      // an untabbed row is complete once it has its months: what follows is something else
      this.mode = this.tableReturn === "activities" ? "none" : this.tableReturn;
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

  private tableRow(line: SourceLine, t: string, flat: string): void {
    const cols = this.table!;
    const act: RawActivity = { id: "", name: "", owners: [], line: line.no };
    if (hasTab(t) && cols.width > 1) {
      let cells = tabCells(t);
      const first = stripNumbering(cells[0] ?? "");
      if (cols.no !== undefined && first.number && first.rest) {
        // "1. ประชุม…" in the number column: split it
        cells = [first.number, first.rest, ...cells.slice(1)];
      }
      const idCell = cells[cols.no ?? 0] ?? "";
      const idNum = stripNumbering(idCell);
      act.id = idNum.number || trimPunct(idCell);
      if (cols.no === undefined) {
        const n = stripNumbering(cells[0] ?? "");
        act.id = n.number;
        cells[0] = n.rest;
      }
      this.fillRow(act, cells, false);
    } else {
      const num = stripNumbering(flat);
      act.id = num.number;
      this.applyFreeText(act, num.rest, false);
    }
    if (!act.id) act.id = String(this.data.activities.length + 1);
    this.data.activities.push(act);
  }

  private fillRow(act: RawActivity, cells: string[], append: boolean): void {
    const cols = this.table!;
    const get = (i: number | undefined) => (i === undefined ? "" : (cells[i] ?? "").trim());
    const name = get(cols.name);
    if (name) act.name = append ? joinWrapped(act.name, name) : collapseSpaces(name);
    let period = get(cols.period);
    if (!period || !locateMonths(period)) {
      // a period written in another cell (misaligned extraction)
      const other = cells.find((c, i) => i !== cols.name && i !== cols.owners && locateMonths(c) !== undefined);
      if (other) period = other;
    }
    if (period) {
      act.periodText = append && act.periodText ? `${act.periodText} ${period}` : period;
      const r = monthsOf(act.periodText);
      if (r) {
        act.start = r.start;
        act.end = r.end;
      } else if (isThroughout(period)) act.throughout = true;
    }
    const owners = get(cols.owners);
    if (owners) act.owners.push(...splitOwners(owners));
    const note = get(cols.note);
    if (note) act.note = append && act.note ? `${act.note} ${note}` : note;
    const budget = get(cols.budget);
    if (budget) {
      const v = moneyOf(budget);
      if (v !== undefined) act.budget = (append ? (act.budget ?? 0) : 0) + v;
    }
    if (cols.months.size) {
      const months = act.monthNumbers ?? [];
      for (const [i, m] of cols.months) if ((cells[i] ?? "").trim() && !months.includes(m)) months.push(m);
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
    const name = rest.slice(0, span.start).trim();
    const periodText = rest.slice(span.start, span.end);
    const owners = rest.slice(span.end).trim();
    if (name) act.name = append ? joinWrapped(act.name, name) : name;
    act.periodText = periodText;
    const r = monthsOf(periodText);
    if (r) {
      act.start = r.start;
      act.end = r.end;
    } else if (isThroughout(periodText)) act.throughout = true;
    if (owners) {
      // a budget amount before the owners ("… 10,000 บาท นาย…")
      act.owners.push(...splitOwners(owners.replace(/^[\d,.\s]+(บาท)?\s*/, "")));
    }
  }

  private activitySectionLine(line: SourceLine, t: string, flat: string, num: ReturnType<typeof stripNumbering>): void {
    // an activity list without a table header: numbered lines with months
    if (num.number && locateMonths(num.rest)) {
      if (!this.table) this.table = { months: new Map(), width: 1 };
      this.tableReturn = "none";
      this.mode = "activityTable";
      this.tableRow(line, t, flat);
    }
  }

  // ------------------------------------------------------------------------------------------
  // budget detail

  private leaveBudget(): void {
    this.budgetCols = undefined;
    this.flushPendingItem();
    this.flushClassTotal();
    this.block = undefined;
    this.blockTitleOpen = false;
    this.headingClass = undefined;
  }

  private currentBlock(line: SourceLine): RawBlock {
    if (!this.block) {
      this.block = { title: "", line: line.no, lines: [], implicit: true };
      this.data.blocks.push(this.block);
    }
    return this.block;
  }

  private flushPendingItem(): void {
    const p = this.pendingItem;
    if (!p) return;
    this.pendingItem = undefined;
    this.data.problems.push(problem(p.line, p.text, "budget-line-no-amount"));
  }

  private flushClassTotal(): void {
    const p = this.pendingClassTotal;
    if (!p) return;
    this.pendingClassTotal = undefined;
    if (p.count > 0 || !this.block) return;
    // a class heading with an amount and no lines under it is itself a lump-sum line
    this.block.lines.push({
      item: cleanHeading(p.text),
      unitCost: null,
      quantity: null,
      times: null,
      statedAmount: p.amount,
      unused: [],
      line: p.line,
      text: p.text,
      headingClass: this.headingClass,
    });
  }

  private budgetLine(line: SourceLine, flat: string, num: ReturnType<typeof stripNumbering>, wasBlank: boolean): void {
    const rest = num.rest;
    const hasNumber = /\d/.test(rest);

    // totals
    const totalWord = rest.startsWith("รวม") || rest.startsWith("ยอดรวม") || rest.startsWith("สรุปรวม");
    if (totalWord && hasNumber) {
      this.flushPendingItem();
      const amount = moneyOf(rest);
      if (amount === undefined) {
        this.addProblem(line, "budget-line-unreadable");
        return;
      }
      const afterWord = rest.replace(/^(ยอด|สรุป)?รวม/, "").trimStart();
      if (GRAND_TOTAL_WORDS.some((w) => rest.includes(w)) && !(rest.includes("กิจกรรมที่") || /^ค่า/.test(afterWord))) {
        if (this.data.statedTotal !== undefined && this.data.statedTotal !== amount) {
          this.addProblem(line, "stated-total-conflict", `${this.data.statedTotal / 100} / ${amount / 100}`);
        }
        this.data.statedTotal = amount;
        this.data.statedTotalLine = line.no;
        this.flushClassTotal();
        this.block = undefined;
        return;
      }
      if (afterWord.startsWith("ค่า") || afterWord.startsWith("หมวด")) {
        // a class total inside a block: not the block's total
        return;
      }
      this.flushClassTotal();
      if (!this.block) {
        this.addProblem(line, "total-without-block");
        const b = this.currentBlock(line);
        b.subtotal = amount;
        b.subtotalLine = line.no;
        return;
      }
      this.block.subtotal = amount;
      this.block.subtotalLine = line.no;
      return;
    }

    // expense-class headings
    const classHeading =
      rest.startsWith("หมวด") ||
      (!hasNumber && CLASS_WORDS.some(([w]) => trimPunct(rest) === w || trimPunct(rest) === `${w}`) && rest.length < 30);
    if (classHeading) {
      this.flushPendingItem();
      this.flushClassTotal();
      const cls = classOf(rest);
      if (cls) this.headingClass = cls;
      const amount = hasNumber ? moneyOf(rest) : undefined;
      if (amount !== undefined) {
        this.currentBlock(line);
        this.pendingClassTotal = { text: rest, line: line.no, amount, count: 0 };
      }
      this.blockTitleOpen = false;
      return;
    }

    // block headings: numbered (not "1.1"), not an item ("ค่า…"), or "กิจกรรม…"
    const numberedHeading =
      num.number !== "" &&
      !num.bullet &&
      (!num.number.includes(".") || !hasNumber) &&
      !rest.startsWith("ค่า") &&
      (!hasNumber || rest.startsWith("กิจกรรม") || !this.hasFactors(rest));
    const activityHeading = !num.number && !num.bullet && rest.startsWith("กิจกรรม") && !this.hasFactors(rest);
    if (numberedHeading || activityHeading) {
      this.flushPendingItem();
      this.flushClassTotal();
      const { title, amount } = splitHeadingAmount(rest);
      let number = num.number || undefined;
      if (!number) {
        const m = /^กิจกรรม(?:ที่)?\s*(\d{1,4})/.exec(rest);
        if (m) number = m[1];
      }
      this.block = { number, title, line: line.no, lines: [] };
      if (amount !== undefined) {
        this.block.subtotal = amount;
        this.block.subtotalLine = line.no;
      }
      this.data.blocks.push(this.block);
      this.blockTitleOpen = true;
      this.headingClass = undefined;
      return;
    }

    // "เป็นเงิน 16,000 บาท" on its own line completes the previous line
    if ((rest.startsWith("เป็นเงิน") || rest.startsWith("=")) && this.block && this.block.lines.length && !this.pendingItem) {
      const prev = this.block.lines[this.block.lines.length - 1];
      if (prev.statedAmount === null) {
        const amount = moneyOf(rest);
        if (amount !== undefined) {
          prev.statedAmount = amount;
          prev.text = `${prev.text} ${flat}`;
          return;
        }
      }
    }

    if (hasNumber) {
      const text = this.pendingItem ? `${this.pendingItem.text} ${rest}` : rest;
      const lineNo = this.pendingItem ? this.pendingItem.line : line.no;
      const parsed = parseBudgetLine(text);
      if (!parsed || (parsed.unitCost === null && parsed.statedAmount === null && !parsed.invalid)) {
        if (this.pendingItem) {
          this.pendingItem = undefined;
        }
        if (this.blockTitleOpen && this.block && this.block.lines.length === 0 && !num.bullet) {
          this.block.title = joinWrapped(this.block.title, flat);
          return;
        }
        this.data.problems.push(problem(lineNo, text, "budget-line-unreadable"));
        return;
      }
      this.pendingItem = undefined;
      const raw: RawBudgetLine = { ...parsed, line: lineNo, text, headingClass: this.headingClass };
      if (!raw.item && this.pendingClassTotal) raw.item = cleanHeading(this.pendingClassTotal.text);
      this.currentBlock(line).lines.push(raw);
      if (this.pendingClassTotal) this.pendingClassTotal.count++;
      this.blockTitleOpen = false;
      if (parsed.notNumbers) this.data.problems.push(problem(lineNo, text, "budget-line-not-a-number", parsed.notNumbers.join(", ")));
      else if (parsed.invalid) this.data.problems.push(problem(lineNo, text, "budget-line-huge-number", Object.values(parsed.invalid).join(", ")));
      else if (parsed.unused.length) this.data.problems.push(problem(lineNo, text, "budget-line-unused-numbers", parsed.unused.join(", ")));
      return;
    }

    // text without numbers: a wrapped block heading, an item waiting for its figures, or a note
    if (this.blockTitleOpen && this.block && this.block.lines.length === 0 && !num.bullet && !wasBlank) {
      this.block.title = joinWrapped(this.block.title, flat);
      return;
    }
    if (this.pendingItem && !wasBlank && !num.bullet) {
      this.pendingItem.text = joinWrapped(this.pendingItem.text, rest);
      return;
    }
    if (num.bullet || rest.startsWith("ค่า")) {
      this.flushPendingItem();
      this.pendingItem = { text: rest, line: line.no };
      return;
    }
    // notes such as "(ถัวจ่ายทุกรายการ)" are ignored
  }

  /**
   * Budget detail written as a table: a header row ("รายการ\tจำนวน\tหน่วย\tราคาต่อหน่วย\tรวมเงิน") gives
   * the columns; rows are read by column. Returns false when the line is not part of such a table
   * (it is then read as a budget line).
   */
  private budgetTableLine(line: SourceLine, t: string): boolean {
    const cells = tabCells(t);
    const header = budgetTableHeader(cells);
    if (header) {
      this.flushPendingItem();
      this.budgetCols = header;
      return true;
    }
    const cols = this.budgetCols;
    if (!cols) return false;
    const get = (i: number | undefined) => (i === undefined ? "" : (cells[i] ?? "").trim());
    const itemCell = get(cols.item) || cells.find((c) => c !== "") || "";
    const figures = [cols.quantity, cols.unitCost, cols.times, cols.amount].map(get);
    if (figures.every((f) => !/\d/.test(f))) return false; // a heading or an item written in one cell
    const inum = stripNumbering(itemCell);
    const rest = inum.rest;
    const amount = parseMoney(get(cols.amount));
    if (rest.startsWith("รวม") || rest.startsWith("ยอดรวม")) {
      if (amount === null) return false;
      const flatTotal = `${rest} ${get(cols.amount)} บาท`;
      this.budgetLine(line, flatTotal, stripNumbering(flatTotal), false);
      return true;
    }
    const unitCost = parseMoney(get(cols.unitCost));
    const quantity = parseNumber(get(cols.quantity));
    const times = parseNumber(get(cols.times));
    const raw: RawBudgetLine = {
      item: cleanItem(rest),
      unitCost,
      quantity: quantity === null ? null : Math.abs(quantity),
      times: times === null ? null : Math.abs(times),
      statedAmount: amount,
      unused: [],
      line: line.no,
      text: collapseSpaces(t),
      headingClass: this.headingClass,
    };
    const unit = get(cols.unit);
    if (unit && raw.quantity !== null) raw.quantityUnit = unit;
    if (unitCost === null && quantity === null && times === null && amount === null) return false;
    this.currentBlock(line).lines.push(raw);
    if (this.pendingClassTotal) this.pendingClassTotal.count++;
    this.blockTitleOpen = false;
    return true;
  }

  /** True when a text has a unit cost with quantity/times, i.e. it is a budget item, not a heading. */
  private hasFactors(text: string): boolean {
    const p = parseBudgetLine(text);
    return !!p && p.unitCost !== null && (p.quantity !== null || p.times !== null);
  }

  // ------------------------------------------------------------------------------------------
  // indicators

  private isIndicatorHeader(t: string): boolean {
    if (!hasTab(t)) return false;
    const cells = tabCells(t);
    return cells.some((c) => c.startsWith("ตัวชี้วัด")) && cells.some((c) => c.includes("เป้าหมาย")) && cells.every((c) => c.length < 80);
  }

  private indicatorHeader(t: string): void {
    const cells = tabCells(t);
    const cols: { text: number; target?: number; method?: number; tool?: number } = { text: 0 };
    cells.forEach((c, i) => {
      if (c.startsWith("ตัวชี้วัด")) cols.text = i;
      else if (c.includes("เป้าหมาย") && cols.target === undefined) cols.target = i;
      else if (c.startsWith("วิธี") && cols.method === undefined) cols.method = i;
      else if (c.startsWith("เครื่องมือ") && cols.tool === undefined) cols.tool = i;
    });
    this.indicatorCols = cols;
  }

  private indicatorLine(
    line: SourceLine,
    t: string,
    flat: string,
    num: ReturnType<typeof stripNumbering>,
    wasBlank: boolean,
  ): void {
    const label = labelKind(num.rest);
    const rows = this.indicatorRows;
    if (label) {
      this.indicatorKind = label.kind;
      const cells = hasTab(t) ? tabCells(t) : [collapseSpaces(t)];
      const first = stripNumbering(cells[0] ?? "");
      cells[0] = stripLabel(first.rest);
      if (cells.some((c) => c)) rows.push({ kind: label.kind, cells, line: line.no });
      else rows.push({ kind: label.kind, cells: [], line: line.no });
      return;
    }
    const last = rows[rows.length - 1];
    if (hasTab(t)) {
      const cells = tabCells(t);
      if (last) {
        for (let i = 0; i < cells.length; i++) last.cells[i] = joinWrapped(last.cells[i] ?? "", cells[i]);
      } else rows.push({ kind: this.indicatorKind, cells, line: line.no });
      return;
    }
    if (num.number !== "" || num.bullet || wasBlank || !last || last.cells.length === 0) {
      const text = num.bullet ? num.rest : flat;
      if (last && last.cells.length === 0 && last.kind === this.indicatorKind) last.cells = [text];
      else rows.push({ kind: this.indicatorKind, cells: [text], line: line.no });
      return;
    }
    last.cells[0] = joinWrapped(last.cells[0] ?? "", flat);
  }

  finishIndicators(): void {
    const cols = this.indicatorCols;
    for (const row of this.indicatorRows) {
      const textCell = row.cells[cols.text] ?? "";
      const targetCell = cols.target !== undefined ? row.cells[cols.target] : undefined;
      let texts = splitInlineItems(textCell);
      let targets = targetCell ? splitInlineItems(targetCell) : [];
      if (targetCell === undefined || targetCell === "") {
        // the target column may have lost its tab: "1. … 2. … 1. … 2. …"
        const seqs = splitInlineSequences(textCell);
        if (seqs.length === 2 && seqs[0].length === seqs[1].length) [texts, targets] = seqs;
      }
      const methods = cols.method !== undefined ? splitInlineItems(row.cells[cols.method] ?? "") : [];
      const tools = cols.tool !== undefined ? splitInlineItems(row.cells[cols.tool] ?? "") : [];
      texts.forEach((text, i) => {
        const ind: Indicator = { kind: row.kind, text };
        const target = targets.length === texts.length || i < targets.length ? targets[i] : undefined;
        if (target) ind.targetText = target;
        const q = (target ? extractQuantity(target) : undefined) ?? extractQuantity(text);
        if (q) {
          ind.targetValue = q.value;
          ind.targetUnit = q.unit;
        }
        const method = methods.length === texts.length ? methods[i] : methods.length === 1 ? methods[0] : undefined;
        if (method) ind.method = method;
        const tool = tools.length === texts.length ? tools[i] : tools.length === 1 ? tools[0] : undefined;
        if (tool) ind.tool = tool;
        this.data.indicators.push(ind);
      });
    }
  }

  finish(): PartData {
    this.leaveBudget();
    // the sources add up to the allocation; a heading amount stands when no source states one
    const allocation = this.allocationLines ?? this.allocationHeading;
    if (allocation !== undefined) this.data.allocation = allocation;
    this.finishTargets();
    this.finishIndicators();
    return this.data;
  }
}

/** "ค่า… 35 x 20 คน = 700 บาท": an expense item with an amount in baht. */
function looksLikeBudgetItem(rest: string): boolean {
  return rest.startsWith("ค่า") && rest.includes("บาท") && /\d/.test(rest);
}

function findKeyword(s: string, words: readonly string[], exclude: readonly string[]): number {
  for (const w of words) {
    let from = 0;
    for (;;) {
      const i = s.indexOf(w, from);
      if (i < 0) break;
      if (!exclude.some((x) => s.startsWith(x, i))) return i;
      from = i + w.length;
    }
  }
  return -1;
}

function labelKind(rest: string): { kind: "output" | "outcome" } | undefined {
  if (OUTPUT_LABELS.some((l) => rest.startsWith(l))) return { kind: "output" };
  if (OUTCOME_LABELS.some((l) => rest.startsWith(l))) return { kind: "outcome" };
  return undefined;
}

/** "ผลผลิต (Output) : 1. …" → "1. …" */
function stripLabel(s: string): string {
  let t = s;
  for (const l of [...OUTPUT_LABELS, ...OUTCOME_LABELS]) if (t.startsWith(l)) t = t.slice(l.length);
  t = t.trimStart();
  for (const p of ["(Output)", "(output)", "(Outcome)", "(outcome)", "(OUTPUT)", "(OUTCOME)"]) if (t.startsWith(p)) t = t.slice(p.length);
  let a = 0;
  while (a < t.length && " :：-".includes(t[a])) a++;
  return t.slice(a).trim();
}

/** "ต่อเนื่อง", or the ticked option of "( ) ใหม่ (/) ต่อเนื่อง". */
function pickCharacter(v: string): string {
  if (v.includes("ใหม่") && v.includes("ต่อเนื่อง")) {
    const marks = ["✓", "✔", "☑", "■", "(/)", "( / )", "(x)", "(X)", "[x]", "[X]", "[/]"];
    for (const opt of ["ใหม่", "ต่อเนื่อง"]) {
      const i = v.indexOf(opt);
      const before = v.slice(Math.max(0, i - 6), i);
      if (marks.some((m) => before.includes(m))) return opt;
    }
  }
  return v;
}

/** "1.กิจกรรมประชุม… งบประมาณ 23,800 บาท" → title and the stated amount. */
function splitHeadingAmount(rest: string): { title: string; amount?: Satang } {
  const toks = scanNumbers(rest).filter((t) => !t.ignore && !t.huge);
  const money = toks.find((t) => t.unit?.role === "money");
  if (!money) return { title: collapseSpaces(rest) };
  const amount = parseMoney(money.raw);
  const title = trimEndChars(collapseSpaces(rest.slice(0, money.leadStart)), " (:=-.,");
  return { title: title || collapseSpaces(rest), amount: amount ?? undefined };
}

function cleanHeading(text: string): string {
  const { title } = splitHeadingAmount(text);
  return trimPunct(title.replace(/^หมวด/, "")) || title;
}

function trimEndChars(s: string, chars: string): string {
  let e = s.length;
  while (e > 0 && chars.includes(s[e - 1])) e--;
  return s.slice(0, e);
}
