/**
 * Reads one part of a document (a proposal or a results report) line by line with a small state
 * machine: the current section decides how a line is read (header field, list item, activity row,
 * budget line, indicator row …). Nothing here throws on odd input; what is not understood becomes a
 * problem with its line number.
 */
import type { Satang } from "../core/model";
import type { SemesterDates } from "./months";
import { addMoney, ZERO_SATANG } from "../core/money";
import { ActivityTableReader } from "./activityTable";
import { BudgetReader } from "./budgetSection";
import { isBudgetTableHeader } from "./budgetHeader";
import { classifyHeading, fiscalYearMention, headerField, memoSubjectName, SectionKind, targetKind } from "./headings";
import { FormPartsReader } from "./formParts";
import { IndicatorReader } from "./indicatorTable";
import { extractQuantity } from "./items";
import { isThroughout, monthsOf } from "./months";
import { addProblem, hasTab, looksLikeBudgetItem, moneyOf, Mode, PartData, PartKind, PartState, RawBlock } from "./part";
import { semesterProblem, type ProblemCode } from "./problems";
import { collapseSpaces, joinWrapped, SourceLine, stripNumbering, trimPunct } from "./text";
import { resultsOf } from "./resultsLine";
import { splitOwnerGroup } from "./owners";
import { fundingRow } from "./fundingTable";
import { fundsTiming } from "./fundsTiming";
import { ProseReader, statesMore } from "./prose";
import { subjectBudget } from "./proseFields";
import { isActivityLine, listsActivities } from "./memoActivities";

export type { PartData, PartKind, RawActivity, RawBlock, RawBudgetLine } from "./part";

import { ALLOCATION_KEYS, continuesName, hasFactors, pickCharacter } from "./partWords";
import { clip } from "../core/clip";

export class PartParser implements PartState {
  readonly data: PartData;
  mode: Mode = "none";
  private lastBlank = false;
  private itemOpen = false;
  private targetSub: "quantitative" | "qualitative" | undefined;
  /** The project named in a memo's subject line ("เรื่อง ขออนุมัติโครงการ…"), used when no name line follows. */
  private subjectName: string | undefined;
  /** "งบประมาณ 120,000 บาท" (a heading) and the sum of "เงินงบประมาณ… N บาท" lines (sources). */
  private allocationHeading: Satang | undefined;
  private allocationLines: Satang | undefined;
  private allocationHeadingLine: number | undefined;
  /** An amount on the budget-source header line (used when no allocation line states one). */
  private sourceAllocation: { amount: Satang; line: number } | undefined;
  /** Rows of a sources table may follow ("แหล่งงบประมาณ" with no amount of its own). */
  private fundingOpen = false;
  private allocationLinesLine: number | undefined;
  /** Just after a budget heading without an amount: the amount may follow on the next line. */
  private budgetAmountNext = false;
  /** The budget section was opened by an allocation stated among the header lines (see budgetOnlyStated). */
  private allocationOpened = false;
  private readonly activityTable: ActivityTableReader;
  private readonly budget: BudgetReader;
  private readonly indicators: IndicatorReader;
  private readonly form = new FormPartsReader();
  private readonly prose: ProseReader;

  constructor(
    kind: PartKind,
    startLine: number,
    readonly semesters?: SemesterDates,
  ) {
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
      form: this.form.data,
      at: {},
      problems: [],
    };
    this.activityTable = new ActivityTableReader(this);
    this.budget = new BudgetReader(this);
    this.indicators = new IndicatorReader(this);
    this.prose = new ProseReader(semesters);
  }

  budgetOnlyStated(): boolean {
    return this.allocationOpened && this.mode === "budget" && this.data.blocks.length === 0 && this.data.statedTotal === undefined;
  }

  private addProblem(line: SourceLine, code: ProblemCode, detail?: string) {
    addProblem(this, line, code, detail);
  }

  feed(line: SourceLine): void {
    const t = line.text;
    if (!t) {
      if (line.rule) return; // a table's separator line is not a blank line
      this.blank();
      return;
    }
    const flat = collapseSpaces(t);
    this.form.placeMention(flat);
    if (this.form.signatureLine(flat)) return;
    const num = stripNumbering(flat);
    // a page number ("- 2 -", "หน้า 3", "-3/5-") between pages is not part of the text
    if (/^(?:[-–]\s*\d{1,3}(?:\s*\/\s*\d{1,3})?\s*[-–]|\(\s*\d{1,3}\s*\)|หน้า(?:ที่)?\s*\d{1,3}(?:\s*\/\s*\d{1,3})?)$/.test(flat)) return;
    const wasBlank = this.lastBlank;
    this.lastBlank = false;
    const amountNext = this.budgetAmountNext;
    this.budgetAmountNext = false;

    // "งบประมาณ" then "จำนวน 25,000 บาท (สองหมื่นห้าพันบาทถ้วน)" on the next line: the heading's amount
    if (amountNext && this.mode === "budget" && this.allocationHeading === undefined && /^(จำนวน|เป็นเงิน|วงเงิน|ทั้งสิ้น|รวม)/.test(num.rest)) {
      const amount = hasFactors(num.rest) ? undefined : moneyOf(num.rest);
      if (amount !== undefined) {
        this.allocationHeading = amount;
        this.allocationHeadingLine = line.no;
        return;
      }
    }

    // a sources table under "แหล่งงบประมาณ": its rows are not budget lines, its "รวม" states the allocation
    if (this.fundingOpen) {
      const row = wasBlank ? undefined : fundingRow(t);
      if (row) {
        if (row.total && row.amount !== undefined && this.sourceAllocation === undefined) this.sourceAllocation = { amount: row.amount, line: line.no };
        return;
      }
      this.fundingOpen = false;
    }

    // 1. results ("งบประมาณ ได้รับ 120,000.-บาท ใช้จ่าย 20,000.-บาท คงเหลือ 100,000.-บาท"), anywhere
    if (this.tryResults(flat, line.no)) {
      if (num.number || flat.startsWith("งบประมาณ")) {
        // a results heading ("6. งบประมาณ ได้รับ …") ends the section before it
        this.budget.leave();
        this.mode = "skip";
      }
      return;
    }

    // 2. inside an activity table, rows come first; a budget table's header ("กิจกรรมที่ | รายการ | จำนวนคน |
    // อัตรา | จำนวนเงิน") right under it starts the budget, whatever activity column it has
    if (this.mode === "activityTable" && hasTab(t) && isBudgetTableHeader(t) && !this.activityTable.isHeader(t, flat)) {
      this.mode = "budget";
      this.budget.feed(line, t, flat, num, wasBlank);
      return;
    }
    if (this.mode === "activityTable") {
      if (this.activityTable.line(line, t, flat, wasBlank)) return;
    }

    // a memo's subject ("เรื่อง ขออนุมัติโครงการประชุมผู้ปกครอง…") names the project when nothing else does
    if (this.mode === "none" && !this.data.name && !this.subjectName) {
      const subject = memoSubjectName(flat);
      if (subject) {
        // "… งบประมาณ 15,000 บาท" after the name is the budget, not part of the name
        const budget = subjectBudget(subject);
        this.subjectName = budget ? trimPunct(subject.slice(0, budget.at)) || subject : subject;
        this.prose.subject(line, flat);
        const fy = fiscalYearMention(flat);
        if (fy) this.data.fiscalYearHint ??= fy;
        return;
      }
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
      this.budget.leave();
      this.headerValue(hf.field, hf.value, line.no);
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
    const source = num.rest.replace(/^(?:โดยใช้|ใช้|จาก)\s*/, "");
    if (ALLOCATION_KEYS.some((k) => num.rest.startsWith(k) || source.startsWith(k)) && !hasFactors(num.rest) && !statesMore(flat, num.number !== "" || num.bullet)) {
      const amount = moneyOf(num.rest);
      const budgetish = this.mode === "budget" || this.mode === "budgetDetail" || this.mode === "none" || this.mode === "header";
      // a bulleted source ("- เงินอุดหนุน … 115,000 บาท") counts in the budget section or the header
      if ((amount !== undefined || budgetish) && (!num.bullet || (budgetish && amount !== undefined))) {
        if (amount !== undefined) {
          this.allocationLines = addMoney(this.allocationLines ?? ZERO_SATANG, amount);
          this.allocationLinesLine ??= line.no;
        }
        if (!budgetish || this.mode === "none" || this.mode === "header") this.budget.leave();
        if (amount !== undefined && (this.mode === "none" || this.mode === "header")) this.allocationOpened = true;
        if (this.mode !== "budget" && this.mode !== "budgetDetail") this.mode = "budget";
        return;
      }
    }

    if (this.mode === "risk") this.riskLine(flat, line.no);

    // a memo's sentences: the budget it asks for, when it runs (./prose.ts); a paragraph of the memo's body
    // is read for nothing else, a request among the budget lines ("จึงขออนุมัติ…") neither
    const body = this.mode === "none" || this.mode === "header" || this.mode === "rationale" || (this.mode === "budget" && this.data.blocks.length === 0);
    if (!looksLikeBudgetItem(num.rest) && !hasFactors(num.rest) && this.prose.line(line, flat, num.number !== "" || num.bullet, body) && this.mode !== "rationale") {
      if (body && listsActivities(flat)) this.mode = "activities";
      return;
    }
    // a memo's activities: "…โดยมีกิจกรรมดังนี้", then "1. คัดเลือกนักเรียน พฤศจิกายน 2568 นายธนากร บุญมา" (./memoActivities.ts)
    if (this.mode === "none" || this.mode === "header") {
      if (!num.number && !num.bullet && listsActivities(flat)) {
        this.mode = "activities";
        return;
      }
      if (num.number && !num.bullet && isActivityLine(num.rest) && !classifyHeading(num.rest, true)) this.mode = "activities";
    }

    // "กิจกรรม: อบรม… ระยะเวลา พ.ย. 2567" among the header fields, also just after "งบประมาณ 5,000 บาท"
    // (before any budget line): the plan's activity, not the activities heading or a budget line
    const fieldsOpen = this.mode === "none" || this.mode === "header" || (this.mode === "budget" && this.data.blocks.length === 0 && this.data.statedTotal === undefined);
    if (fieldsOpen && this.activityTable.labelledRow(line, flat, true)) {
      this.budget.leave();
      this.mode = "header";
      return;
    }

    // 6. headings
    const inBudget = this.mode === "budget" || this.mode === "budgetDetail";
    const h = classifyHeading(num.rest, !!num.number);
    // "1. งบประมาณโอนล่าช้า" under ปัญหา/อุปสรรค is a problem, not the budget heading
    const inList = (this.mode === "problems" || this.mode === "suggestions") && h?.kind === "budget" && !/\d/.test(h.value);
    const tabbedHeader = t.includes("\t") && t.split("\t").length >= 3 && this.activityTable.isHeader(t, flat);
    // "ตัวชี้วัดความสำเร็จ | วิธีการวัด | เครื่องมือ" starts with the section's word but is the table's header row
    if (h?.kind === "indicators" && this.indicators.isHeader(t)) {
      this.budget.leave();
      this.mode = "indicatorTable";
      this.indicators.header(t);
      return;
    }
    if (h && !inList && !tabbedHeader && !this.activityTable.isMonthHeader(t, flat) && !(inBudget && h.kind === "activities" && num.number !== "" && num.rest.startsWith("กิจกรรม") && !this.budgetOnlyStated())) {
      if (!(inBudget && (h.kind === "budget" || h.kind === "budgetDetail") && num.bullet)) {
        this.enter(line, h.kind, h.value, num.rest);
        return;
      }
    }

    // 7. table header rows
    if (this.activityTable.isHeader(t, flat)) {
      this.budget.leave();
      this.activityTable.start(t, line.raw);
      return;
    }
    if (this.indicators.isHeader(t)) {
      this.budget.leave();
      this.mode = "indicatorTable";
      this.indicators.header(t);
      return;
    }

    // "กิจกรรมที่ 1 : ปรับปรุงสวนหย่อม (พฤศจิกายน 2567)" among the header lines or the activities
    if ((this.mode === "none" || this.mode === "header" || this.mode === "activities") && this.activityTable.labelledRow(line, flat)) {
      if (this.mode !== "activities") this.mode = "header";
      return;
    }

    // a budget item outside a budget section ("ค่าอาหารว่าง 35 x 20 คน = 700 บาท" right after the activities)
    if ((this.mode === "none" || this.mode === "header" || this.mode === "activities") && looksLikeBudgetItem(num.rest)) {
      this.mode = "budget";
    }

    switch (this.mode) {
      case "name":
        if (continuesName(this.data.name ?? "", t, flat, num)) this.data.name = joinWrapped(this.data.name ?? "", flat);
        else {
          // the name ended on its own line: this is the next header line (read as such, or skipped)
          this.mode = "header";
          const fy = fiscalYearMention(flat);
          if (fy) this.data.fiscalYearHint ??= fy;
        }
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
        this.activityTable.sectionLine(line, t, flat, num);
        return;
      case "budget":
      case "budgetDetail":
        this.budget.feed(line, t, flat, num, wasBlank);
        return;
      case "risk":
        this.riskLine(flat, line.no);
        this.form.riskLine(flat, wasBlank);
        return;
      case "problems":
      case "suggestions":
        this.form.listLine(this.mode, flat, wasBlank);
        return;
      case "indicators":
      case "indicatorTable":
        this.indicators.line(line, t, flat, num, wasBlank);
        return;
      case "period":
        if (!this.data.period) this.setPeriod(line, flat);
        return;
      default:
        return;
    }
  }

  /**
   * A table of blocks whose only "รวม" line comes after the last block's lines, and adds up all the
   * blocks rather than the last one: it is the grand total.
   */
  private lastTotalOfAllBlocks(): void {
    const d = this.data;
    if (d.statedTotal !== undefined) return;
    const used = d.blocks.filter((b) => b.lines.length > 0 || b.subtotal !== undefined);
    if (used.length === 1 && used[0].implicit && used[0].subtotal !== undefined && d.activities.length > 1) {
      // budget lines under no activity heading closed by "รวม", several activities: the lines belong to
      // none of them, so that sum is the plan's total (with one activity it is that activity's subtotal)
      d.statedTotal = used[0].subtotal;
      d.statedTotalLine = used[0].subtotalLine;
      used[0].subtotal = undefined;
      used[0].subtotalLine = undefined;
      return;
    }
    const blocks = d.blocks.filter((b) => b.lines.length > 0 || b.subtotal !== undefined);
    const withTotal = blocks.filter((b) => b.subtotal !== undefined);
    const last = blocks[blocks.length - 1];
    if (blocks.length < 2 || withTotal.length !== 1 || withTotal[0] !== last || last.subtotal === undefined) return;
    const lastLine = last.lines.reduce((m, l) => Math.max(m, l.line), 0);
    if ((last.subtotalLine ?? 0) <= lastLine) return;
    const sums = (bs: RawBlock[]) => {
      let stated = 0;
      let computed = 0;
      for (const b of bs)
        for (const l of b.lines) {
          stated += l.statedAmount ?? 0;
          computed += l.unitCost !== null ? Math.round(l.unitCost * (l.quantity ?? 1) * (l.times ?? 1)) : (l.statedAmount ?? 0);
        }
      return [stated, computed];
    };
    const own = sums([last]);
    const all = sums(blocks);
    if (all.includes(last.subtotal) && !own.includes(last.subtotal)) {
      d.statedTotal = last.subtotal;
      d.statedTotalLine = last.subtotalLine;
      last.subtotal = undefined;
      last.subtotalLine = undefined;
    }
  }

  private blank(): void {
    if (this.mode === "name") this.mode = "header"; // a name wraps over lines, not over paragraphs
    this.lastBlank = true;
    this.itemOpen = false;
    this.form.blank();
    this.budget.blockTitleOpen = false;
  }

  // ------------------------------------------------------------------------------------------
  // sections

  private enter(line: SourceLine, kind: SectionKind, value: string, rest: string): void {
    this.budget.leave();
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
          this.indicators.kind = kind === "quantitative" ? "output" : "outcome";
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
        if (amount !== undefined && this.allocationHeading === undefined) {
          this.allocationHeading = amount;
          this.allocationHeadingLine = line.no;
        }
        // "งบประมาณ 10,000 บาท" among the header fields states the allocation; "5. งบประมาณ" opens the section
        this.allocationOpened = amount !== undefined && (this.mode === "none" || this.mode === "header" || this.mode === "name");
        this.mode = "budget";
        this.budgetAmountNext = amount === undefined;
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
        this.riskLine(rest, line.no);
        this.form.riskHeading(rest);
        return;
      case "indicators":
        this.mode = "indicators";
        return;
      default:
        this.mode = kind;
    }
  }

  private headerValue(field: string, value: string, lineNo: number): void {
    const d = this.data;
    const v = trimPunct(collapseSpaces(value));
    switch (field) {
      case "budgetSource":
        if (v) d.budgetSource ??= v;
        this.fundingOpen = !/\d/.test(value);
        {
          // "แหล่งงบประมาณ เงินอุดหนุน จำนวน 115,000 บาท": the source states the allocation
          const amount = /\d/.test(value) ? moneyOf(value) : undefined;
          if (amount !== undefined && this.sourceAllocation === undefined) this.sourceAllocation = { amount, line: lineNo };
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
        if (v && d.owner === undefined) {
          // "นางรัชนี มีสุข กลุ่มสาระการเรียนรู้…": the person(s) are the owner, the group is the department
          const split = splitOwnerGroup(v);
          d.owner = split.owner;
          if (split.group) d.ownerGroup = split.group;
        }
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
    const r = monthsOf(value, this.semesters);
    if (r) {
      this.data.period = { start: r.start, end: r.end };
      this.data.at.period = line.no;
      if (r.fromSemester) this.data.problems.push(semesterProblem(line.no, line.raw, r.start, r.end, r.schoolLine));
      return;
    }
    if (isThroughout(value)) {
      this.data.periodThroughout = true;
      return;
    }
    this.addProblem(line, "period-unreadable", clip(trimPunct(value), 60));
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

  /** Funds that arrive late (./fundsTiming.ts): the quarter or the month a risk line names. */
  private riskLine(flat: string, lineNo: number): void {
    if (this.data.fundsQuarter || this.data.fundsMonth) return;
    const f = fundsTiming(flat);
    if (!f) return;
    if ("quarter" in f) this.data.fundsQuarter = f.quarter;
    else this.data.fundsMonth = f.month;
    this.data.at.funds = lineNo;
  }

  private tryResults(flat: string, lineNo: number): boolean {
    const r = resultsOf(flat);
    if (!r) return false;
    if (!this.data.results) {
      this.data.results = r;
      this.data.at.results = lineNo;
    }
    return true;
  }

  // ------------------------------------------------------------------------------------------

  finish(): PartData {
    if (!this.data.name && this.subjectName) this.data.name = this.subjectName;
    this.budget.leave();
    this.lastTotalOfAllBlocks();
    // the sources add up to the allocation; a heading amount stands when no source states one
    if (this.allocationLines !== undefined) {
      this.data.allocation = this.allocationLines;
      this.data.at.allocation = this.allocationLinesLine;
    } else if (this.sourceAllocation) {
      this.data.allocation = this.sourceAllocation.amount;
      this.data.at.allocation = this.sourceAllocation.line;
    } else if (this.allocationHeading !== undefined) {
      this.data.allocation = this.allocationHeading;
      this.data.at.allocation = this.allocationHeadingLine;
    }
    this.prose.finish(this.data);
    this.finishTargets();
    this.indicators.finish();
    return this.data;
  }
}


