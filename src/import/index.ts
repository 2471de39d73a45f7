/**
 * Thai project text → Plan.
 *
 * `importProjectText(text)` reads a project document as people write it (a proposal, often preceded
 * by a results report): header fields, objectives, targets, the activity table, the allocation, the
 * budget detail, the risk section, the indicator table and the results. It keeps what the document
 * states, mistakes included (a wrong amount stays the stated amount), and lists what it could not
 * understand with line numbers. It never throws.
 */
import type { Activity, BudgetLine, ExpenseClass, MonthRef, Plan, Subtotal, Venue } from "../core/model";
import { emptyPlan } from "../core/model";
import { compareMonths, fiscalYearEnd, fiscalYearOf, fiscalYearStart, formatMonthRange, monthOfDate, quarterStartMonth } from "../core/calendar";
import { classifyItem } from "../core/rates/classifier";
import { PartData, PartKind, PartParser, RawActivity, RawBlock } from "./parsePart";
import type { RawBudgetLine } from "./part";
import { ImportProblem, problem, semesterProblem } from "./problems";
import { keepThaiDigits } from "./keepDigits";
import { normaliseName, SourceLine, stripNumbering, collapseSpaces, trimPunct, hasUndecodable } from "./text";
import { splitLines } from "./lines";
import { readStaffLevelText } from "./staffLevelText";
import { matchBlocks } from "./similarity";
import { activityName } from "./activityTable";
import { maxMonth, minMonth, schoolSemesters, type SemesterDates } from "./months";
import { signersByRole, strategyLevels } from "./formParts";
import { csvLike, isPlan } from "./planFound";
import { venueOfPlace } from "../core/rates/venue";
import { clip } from "../core/clip";
import { memoSubjectName } from "./headings";

export type { ImportProblem } from "./problems";
export { parseBudgetLine } from "./budgetLine";
export type { ParsedBudgetLine } from "./budgetLine";
export { splitOwners } from "./owners";
export { nameSimilarity, matchBlocks } from "./similarity";

export interface ImportResult {
  plan: Plan;
  problems: ImportProblem[];
  /** Where each part of the plan was read (1-based lines), to point findings at the text. */
  sources: SourceMap;
  /** False when nothing in the text is a project plan (no name, no activities, no budget). */
  planFound: boolean;
}

/** Lines (1-based) of the source text the plan's parts were read from. */
export interface SourceMap {
  /** Budget line id → its line. */
  lines: Record<string, number>;
  /** Activity id → the line of its row in the activity table (or of its budget heading). */
  activities: Record<string, number>;
  /** Activity id → the line of its block's stated total (รวม … บาท), first one. */
  subtotals: Record<string, number>;
  /** Activity id → the line of its budget block heading, first one. */
  blocks: Record<string, number>;
  allocation?: number;
  statedTotal?: number;
  results?: number;
  period?: number;
  funds?: number;
  /** Line of the person responsible, when known (a field, or a memo's sentence). */
  owner?: number;
  /** Line of the project name. */
  name?: number;
}

export function emptySourceMap(): SourceMap {
  return { lines: {}, activities: {}, subtotals: {}, blocks: {} };
}

const REPORT_STARTS = [
  "ผลการดำเนินงาน",
  "รายงานผลการดำเนินงาน",
  "รายงานผลการดำเนินโครงการ",
  "แบบรายงานผล",
  "แบบรายงานผลการดำเนินงาน",
  "รายงานผลโครงการ",
];
const PROPOSAL_STARTS = ["แบบเสนอโครงการ", "โครงการ"];

interface PartSpan {
  kind: PartKind;
  from: number;
  to: number;
}

/**
 * Splits the document into a results report and a proposal. A report starts with a report title
 * ("ผลการดำเนินงาน …"); a proposal starts with an unnumbered line "โครงการ …" (the project's name) or
 * "แบบเสนอโครงการ". A document without a report title is one proposal.
 */
export function splitParts(lines: SourceLine[]): PartSpan[] {
  const spans: PartSpan[] = [];
  let current: PartSpan | undefined;
  let moneySeen = false;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (!t) continue;
    const n = stripNumbering(t);
    const flat = collapseSpaces(t);
    let kind: PartKind | undefined;
    if (!n.number && !n.bullet && flat.length < 200) {
      // "ผลการดำเนินงานที่ผ่านมา" inside a proposal is a section, not a report: a report's title names
      // the project(s) ("ผลการดำเนินงาน โครงการ…") or is the bare title
      if (REPORT_STARTS.some((w) => flat.startsWith(w)) && (flat.includes("โครงการ") || REPORT_STARTS.includes(trimPunct(flat))))
        kind = "report";
      else if (PROPOSAL_STARTS.some((w) => flat.startsWith(w)) && flat.length > "โครงการ".length + 3) kind = "proposal";
    }
    if (!current) {
      current = { kind: kind ?? "proposal", from: 0, to: lines.length };
      spans.push(current);
      continue;
    }
    // a second project's header after a proposal that already has its budget: another proposal
    if (!kind && current.kind === "proposal" && moneySeen && !n.number && !n.bullet && /^ชื่อโครงการ/.test(flat) && flat.length < 120) kind = "proposal";
    if (kind === "proposal" && current.kind === "proposal" && !(moneySeen && flat.length < 120 && !/^โครงการ(นี้|ดังกล่าว|ฯ)/.test(flat) && headerFieldFollows(lines, i))) kind = undefined;
    // its budget: a budget line ("ค่า… 3 x 50 บาท", "@") or a grand total, not a results line
    if (/บาท/.test(t) && (/[x×@*]\s*[0-9]/.test(t) || /^(รวมทั้งสิ้น|รวมเป็นเงินทั้งสิ้น)/.test(flat) || /^ค่า\S*.*[0-9][0-9,]*\s*บาท/.test(stripNumbering(t).rest))) moneySeen = true;
    if (kind === "report" || kind === "proposal") {
      moneySeen = false;
      current.to = i;
      current = { kind, from: i, to: lines.length };
      spans.push(current);
    }
  }
  return spans;
}

/** A project's header fields (ผู้รับผิดชอบ, ระยะเวลา …) within the few lines after `i`: a new project starts at `i`. */
function headerFieldFollows(lines: SourceLine[], i: number): boolean {
  for (let k = i + 1; k < Math.min(lines.length, i + 7); k++) {
    if (/^(ผู้รับผิดชอบ|ระยะเวลา|แผนงาน|สนอง|ลักษณะโครงการ|กลุ่มงาน|หน่วยงาน|สถานที่ดำเนินการ)/.test(collapseSpaces(lines[k].text))) return true;
  }
  return false;
}

function parsePart(lines: SourceLine[], span: PartSpan, semesters: SemesterDates): PartData {
  const p = new PartParser(span.kind, lines[span.from]?.no ?? 1, semesters);
  for (let i = span.from; i < span.to; i++) p.feed(lines[i]);
  return p.finish();
}

function pickVenue(text: string | undefined): Venue {
  if (!text) return "unknown";
  const v = venueOfPlace(text);
  if (v !== "unknown") return v;
  // a text document's venue line: a district office or a centre named alone (ที่ว่าการอำเภอ, ศูนย์…)
  return /อำเภอ|ศูนย์/.test(text) ? "gov" : "unknown";
}

/** A block heading's name without "กิจกรรม(ที่) N", numbering and punctuation; "" when it has none. */
function blockName(title: string): string {
  let t = normaliseName(title);
  if (t.startsWith("ที่")) t = t.slice(3);
  return t;
}

/** A block heading without "กิจกรรม(ที่) N" and its number, cut to 40 characters: "ทัศนศึกษาแหล่งเรียนรู้". */
function blockTitleText(title: string): string {
  const t = collapseSpaces(title)
    .replace(/^กิจกรรม(?:ที่)?\s*\d*\s*[:.)-]?\s*/, "")
    .trim();
  return clip(t, 40);
}

/** Ids taken so far and, per id, the next suffix to try ("1", "1.2", "1.3" …). */
class IdPool {
  private taken = new Set<string>();
  private next = new Map<string, number>();
  take(id: string): string {
    let c = id;
    if (this.taken.has(c)) {
      let k = this.next.get(id) ?? 2;
      while (this.taken.has(`${id}.${k}`)) k++;
      c = `${id}.${k}`;
      this.next.set(id, k + 1);
    }
    this.taken.add(c);
    return c;
  }
}

function expenseClassOf(item: string, heading: ExpenseClass | undefined): ExpenseClass | undefined {
  if (heading) return heading;
  try {
    return classifyItem(item)?.expenseClass;
  } catch {
    return undefined;
  }
}

/** Risk analysis, the report's problems and suggestions, signers, the place and the strategy of each level. */
function formParts(pr: Plan["project"], plan: Plan, main: PartData | undefined, other: PartData | undefined, report: PartData | undefined): void {
  const first = <K extends "risks" | "riskResponses" | "problems" | "suggestions">(k: K, ...from: (PartData | undefined)[]) =>
    from.find((p) => p && p.form[k].length)?.form[k];
  const risks = first("risks", main, other);
  if (risks) pr.risks = [...risks];
  const responses = first("riskResponses", main, other);
  if (responses) pr.riskResponses = [...responses];
  const signers = signersByRole(main?.form.signers.length ? main.form.signers : (other?.form.signers ?? []));
  if (signers) pr.signers = signers;
  const venueText = main?.venueText ?? other?.venueText;
  const places = [...new Set([...(main?.form.places ?? []), ...(other?.form.places ?? [])])];
  if (venueText) pr.place = venueText;
  else if (places.length) pr.place = places.join(", ");
  const levels = strategyLevels(pr.alignment ?? []);
  if (levels.obec) pr.strategyObec = levels.obec;
  if (levels.area) pr.strategyArea = levels.area;
  if (levels.school) pr.strategySchool = levels.school;
  const problems = first("problems", report, main, other);
  const suggestions = first("suggestions", report, main, other);
  if (problems || suggestions) plan.results = { ...(problems ? { problems: [...problems] } : {}), ...(suggestions ? { suggestions: [...suggestions] } : {}) };
}

/** Builds the plan from the parsed parts; the proposal's data wins, the report gives results. */
function buildPlan(parts: PartData[], problems: ImportProblem[], lines: SourceLine[], src: SourceMap): Plan {
  const proposal = parts.find((p) => p.kind === "proposal");
  const report = parts.find((p) => p.kind === "report");
  const main = proposal ?? report ?? parts[0];
  const other = main === proposal ? report : undefined;
  const pick = <K extends keyof PartData>(k: K): PartData[K] | undefined => {
    const a = main?.[k];
    if (a !== undefined && a !== "" && !(Array.isArray(a) && a.length === 0)) return a;
    const b = other?.[k];
    if (b !== undefined && b !== "" && !(Array.isArray(b) && b.length === 0)) return b;
    return undefined;
  };

  // activities and budget blocks come from the same part when possible
  const actPart = main && main.activities.length ? main : other && other.activities.length ? other : main;
  const blockPart = main && main.blocks.length ? main : other && other.blocks.length ? other : main;
  const rawActs: RawActivity[] = actPart?.activities ?? [];
  const blocks: RawBlock[] = blockPart?.blocks ?? [];

  // fiscal year: explicit mention in the header, else the period, else the activities
  const period = pick("period");
  let firstActMonth: MonthRef | undefined;
  for (const a of rawActs) firstActMonth = minMonth(firstActMonth, a.start);
  let fiscalYear =
    main?.fiscalYearHint ??
    (period ? fiscalYearOf(period.start) : undefined) ??
    other?.fiscalYearHint ??
    (firstActMonth ? fiscalYearOf(firstActMonth) : undefined);
  if (fiscalYear === undefined) {
    fiscalYear = fiscalYearOf(monthOfDate(new Date()));
    if (lines.some((l) => l.text)) problems.push(problem(1, lines.find((l) => l.text)?.raw ?? "", "fiscal-year-unknown", String(fiscalYear)));
  }

  const plan = emptyPlan(fiscalYear);
  const pr = plan.project;
  pr.name = pick("name") ?? "";
  const owner = pick("owner");
  if (owner) pr.owner = owner;
  const ownerLine = main?.owner ? main.at.owner : other?.at.owner;
  if (owner && ownerLine !== undefined) src.owner = ownerLine;
  const department = pick("department") ?? pick("ownerGroup");
  if (department) pr.department = department;
  if (period) {
    pr.periodStart = period.start;
    pr.periodEnd = period.end;
  } else if (pick("periodThroughout")) {
    pr.periodStart = fiscalYearStart(fiscalYear);
    pr.periodEnd = fiscalYearEnd(fiscalYear);
  }
  const allocation = pick("allocation");
  if (allocation !== undefined) pr.allocation = allocation;
  const source = pick("budgetSource");
  if (source) pr.budgetSource = source;
  const quarter = pick("fundsQuarter");
  const fundsMonth = pick("fundsMonth");
  if (quarter) pr.fundsAvailableFrom = quarterStartMonth(fiscalYear, quarter);
  else if (fundsMonth) {
    pr.fundsAvailableFrom = { year: fundsMonth.year ?? (fundsMonth.month >= 10 ? fiscalYear - 1 : fiscalYear), month: fundsMonth.month };
  }
  pr.venue = pickVenue(pick("venueText"));
  const character = pick("character");
  if (character) pr.character = character;
  const alignment = pick("alignment");
  if (alignment) pr.alignment = alignment;
  const objectives = pick("objectives");
  if (objectives) pr.objectives = objectives;
  const rationale = pick("rationale");
  if (rationale) pr.rationale = rationale.join("\n");
  const expected = pick("expectedResults");
  if (expected) pr.expectedResults = expected;
  formParts(pr, plan, main, other, report);
  let statedTotal = blockPart?.statedTotal ?? pick("statedTotal");
  // a budget with no block headings: its one "รวม" closes the whole budget, so it is the grand total
  const headless = blocks.filter((b) => b.implicit && b.subtotal !== undefined);
  if (statedTotal === undefined && headless.length === 1 && blocks.every((b) => b.implicit || (b.lines.length === 0 && b.subtotal === undefined))) {
    const b = headless[0];
    statedTotal = b.subtotal!;
    src.statedTotal = b.subtotalLine;
    delete b.subtotal;
    delete b.subtotalLine;
  }
  if (statedTotal !== undefined) {
    pr.statedTotal = statedTotal;
    src.statedTotal ??= blockPart?.statedTotal !== undefined ? blockPart.statedTotalLine : (main?.statedTotalLine ?? other?.statedTotalLine);
  }
  const atOf = (k: keyof PartData["at"]): number | undefined => main?.at[k] ?? other?.at[k];
  if (allocation !== undefined) src.allocation = main?.allocation !== undefined ? main.at.allocation : other?.at.allocation;
  if (period) src.period = main?.period ? main.at.period : other?.at.period;
  if (quarter || fundsMonth) src.funds = atOf("funds");

  // results: the report's, else any part's
  const results = report?.results ?? proposal?.results ?? parts.find((p) => p.results)?.results;
  if (results) {
    plan.results = { ...results, ...plan.results };
    src.results = report?.results ? report.at.results : proposal?.results ? proposal.at.results : parts.find((p) => p.results)?.at.results;
  }

  plan.targets = pick("targets") ?? [];
  plan.indicators = pick("indicators") ?? [];

  // activities
  const ids = new IdPool();
  const activities: Activity[] = rawActs.map((r) => {
    const id = ids.take(r.id);
    const a: Activity = { id, name: r.name, owners: r.owners };
    src.activities[id] ??= r.line;
    let start = r.start;
    let end = r.end;
    if (!start && r.monthNumbers?.length) {
      for (const m of r.monthNumbers) {
        const ref = { year: m >= 10 ? fiscalYear! - 1 : fiscalYear!, month: m };
        start = minMonth(start, ref);
        end = maxMonth(end, ref);
      }
    }
    if (!start && r.throughout) {
      // "ตลอดปีงบประมาณ", "ตลอดปี": the fiscal year; "ตลอดปีการศึกษา", "ตลอดโครงการ", "ตลอดภาคเรียน": the whole of the
      // project's period when it states one (an academic year is not the fiscal year)
      const fiscal = /ตลอดปี(?!การศึกษา)/.test(r.periodText ?? "");
      start = (!fiscal && period?.start) || fiscalYearStart(fiscalYear!);
      end = (!fiscal && period?.end) || fiscalYearEnd(fiscalYear!);
    }
    if (start) a.start = start;
    if (end) a.end = end;
    if (r.note) a.note = r.note;
    if (!start) problems.push(problem(r.line, lines[r.line - 1]?.raw ?? r.name, "activity-no-months"));
    // an activity's semester is said once: not again when it is the project's own (already said at its line)
    else if (r.fromSemester && end && !(period && compareMonths(period.start, start) === 0 && compareMonths(period.end, end) === 0))
      problems.push(semesterProblem(r.line, lines[r.line - 1]?.raw ?? r.name, start, end, r.semesterLine));
    return a;
  });

  // budget blocks → activities by name
  const budgetLines: BudgetLine[] = [];
  const subtotals: Subtotal[] = [];
  // headings with nothing under them take no part (they would only compete for activities)
  const named = blocks.filter((b) => !b.implicit && (b.lines.length > 0 || b.subtotal !== undefined));
  const createFromBlocks = activities.length === 0 && named.length > 0;
  const implicitLines = blocks.find((b) => b.implicit && b.lines.length > 0);
  // one activity made up for a plan with no activity table runs over the project's period, when one is stated
  // ("ระยะเวลา กรกฎาคม 2567"): its months are the document's, not missing; several made-up ones are not dated
  const projectSpan = pr.periodStart && pr.periodEnd ? { start: pr.periodStart, end: pr.periodEnd } : undefined;
  const spanText = projectSpan ? formatMonthRange(projectSpan.start, projectSpan.end, "th") : "";
  if (activities.length === 0 && !createFromBlocks && implicitLines) {
    // budget lines and no activity at all: the project is its one activity
    const first = implicitLines.lines[0];
    problems.push(projectSpan ? problem(first.line, first.text, "activity-from-project", spanText) : problem(first.line, first.text, "activities-from-blocks"));
    const id = ids.take("1");
    activities.push({ id, name: pick("name") || "กิจกรรมที่ 1", owners: [], ...(projectSpan ?? {}) });
    src.activities[id] ??= first.line;
  }
  if (createFromBlocks) {
    const one = named.length === 1 && projectSpan;
    const raw = lines[named[0].line - 1]?.raw ?? "";
    problems.push(one ? problem(named[0].line, raw, "activity-from-project", spanText) : problem(named[0].line, raw, "activities-from-blocks"));
    for (const b of named) {
      const id = ids.take(b.number ?? String(activities.length + 1));
      activities.push({ id, name: activityName(b.title), owners: [], ...(one ? projectSpan : {}) });
      src.activities[id] ??= b.line;
    }
  }
  const matches = createFromBlocks
    ? named.map((_, i) => ({ activity: i, score: 1 }))
    : matchBlocks(
        named.map((b) => ({ title: blockName(b.title), number: b.number })),
        activities.map((a) => ({ id: a.id, name: a.name })),
      );
  let lineNo = 0;
  const blockActivity = new Map<RawBlock, string>();
  const matchedActs = new Set(matches.filter((m) => m.activity >= 0).map((m) => m.activity));
  const actIndexById = new Map(activities.map((a, i) => [a.id, i]));
  const takenIds = new Set(activities.map((a) => a.id));
  named.forEach((b, i) => {
    const m = matches[i];
    if (m && m.activity >= 0) {
      blockActivity.set(b, activities[m.activity].id);
      return;
    }
    // no name to go by ("กิจกรรมที่ 3"): the number decides, when that activity has no block yet
    const byNumber = b.number !== undefined ? actIndexById.get(b.number) : undefined;
    if (!blockName(b.title) && byNumber !== undefined && !matchedActs.has(byNumber)) {
      matchedActs.add(byNumber);
      blockActivity.set(b, activities[byNumber].id);
      return;
    }
    {
      // a named block that matches no activity is reported; its id must not be an activity's id
      // the id carries the block's name ("4 ทัศนศึกษาแหล่งเรียนรู้"), so the finding names it even after the
      // plan went through a workbook, and it never equals an activity's number
      const name = blockTitleText(b.title);
      let id = name ? `${b.number ?? ""} ${name}`.trim() : (b.number ?? `B${i + 1}`);
      if (takenIds.has(id)) id = `B${id}`;
      while (takenIds.has(id)) id = `${id}'`;
      takenIds.add(id);
      blockActivity.set(b, id);
      problems.push(problem(b.line, lines[b.line - 1]?.raw ?? b.title, "block-unmatched", id));
    }
  });
  for (const b of blocks) {
    let activityId = blockActivity.get(b);
    if (activityId === undefined) {
      // lines before any block heading
      if (activities.length === 1) activityId = activities[0].id;
      else {
        // never an empty id: messages would read "activity  (blank)"
        activityId = "?";
        // no budget heading at all (a memo's one list of lines): the lines are the whole project's
        // (the activities then have no lines of their own: said once here, not once per activity)
        if (b.lines.length)
          problems.push(
            named.length === 0
              ? problem(b.lines[0].line, b.lines[0].text, "lines-for-project", activities.map((a) => a.id).join(", "))
              : problem(b.lines[0].line, b.lines[0].text, "lines-without-block"),
          );
        // a total under no heading and over no line (reported when read) names nothing to check
        else continue;
      }
    }
    if (!b.implicit) src.blocks[activityId] ??= b.line;
    if (b.subtotal !== undefined && b.subtotalLine !== undefined) src.subtotals[activityId] ??= b.subtotalLine;
    const parents = groupParents(b.lines);
    const parentOf = new Map<RawBudgetLine, RawBudgetLine>();
    for (const [p, kids] of parents) for (const k of kids) parentOf.set(k, p);
    const groupIds = new Map<RawBudgetLine, string[]>();
    for (const l of b.lines) {
      if (parents.has(l)) {
        groupIds.set(l, []);
        continue;
      }
      lineNo++;
      src.lines[`L${lineNo}`] = l.line;
      const parent = parentOf.get(l);
      if (parent) groupIds.get(parent)?.push(`L${lineNo}`);
      const line: BudgetLine = {
        id: `L${lineNo}`,
        activityId,
        item: l.item,
        unitCost: l.unitCost,
        quantity: l.quantity,
        times: l.times,
        statedAmount: l.statedAmount,
      };
      if (l.quantityUnit) line.quantityUnit = l.quantityUnit;
      if (l.timesUnit) line.timesUnit = l.timesUnit;
      if (l.invalid) line.invalid = { ...l.invalid };
      if (l.note) line.note = l.note;
      const cls = expenseClassOf(l.item, l.headingClass);
      if (cls) line.expenseClass = cls;
      budgetLines.push(line);
    }
    for (const [p, ids] of groupIds) {
      subtotals.push({ activityId, statedAmount: p.statedAmount!, title: p.item, lineIds: ids, line: p.line });
    }
    // a block with a line that could not be read: its total is not compared with the lines that could
    // (with 0 when none could); the unreadable lines are reported
    if (b.subtotal !== undefined && !b.unreadable) {
      const st: Subtotal = { activityId, statedAmount: b.subtotal };
      if (b.title) st.title = b.title;
      subtotals.push(st);
    }
  }

  // activities with a budget in the table and no detail: a lump-sum line each
  const withLines = new Set(budgetLines.map((l) => l.activityId));
  rawActs.forEach((r, i) => {
    const a = activities[i];
    if (r.budget === undefined || !a || withLines.has(a.id)) return;
    lineNo++;
    src.lines[`L${lineNo}`] = r.line;
    budgetLines.push({
      id: `L${lineNo}`,
      activityId: a.id,
      item: a.name,
      unitCost: null,
      quantity: null,
      times: null,
      statedAmount: r.budget,
      note: "งบประมาณจากตารางกิจกรรม / budget from the activity table",
    });
  });

  plan.activities = activities;
  plan.budgetLines = budgetLines;
  plan.subtotals = subtotals;

  // budget lines were there but none could be read: each is reported; the stated grand total is not
  // compared with 0, and "no budget detail found" would be untrue
  const unreadLines = parts.flatMap((part) => part.problems).filter((p) => p.code === "budget-line-unreadable");
  if (budgetLines.length === 0 && unreadLines.length > 0) {
    delete pr.statedTotal;
    delete src.statedTotal;
  }
  if (lines.some((l) => l.text)) {
    if (activities.length === 0) problems.push(problem(1, lines.find((l) => l.text)?.raw ?? "", "no-activities"));
    if (budgetLines.length === 0 && unreadLines.length === 0) problems.push(problem(1, lines.find((l) => l.text)?.raw ?? "", "no-budget"));
    // a memo's budget lines and no allocation anywhere (in a field or a sentence): nothing to compare them
    // with, said where the total (or the first line) is
    const at = src.statedTotal ?? src.lines[budgetLines[0]?.id ?? ""];
    const memo = lines.some((l) => l.text.startsWith("บันทึกข้อความ") || memoSubjectName(l.text) !== undefined);
    if (memo && budgetLines.length > 0 && pr.allocation === undefined && at !== undefined) problems.push(problem(at, lines[at - 1]?.raw ?? "", "no-allocation"));
  }
  return plan;
}

/**
 * Items that are the sum of the sub-items under them: a numbered line with an amount and no unit cost
 * ("4.1 ค่าใช้จ่ายในการอบรม เป็นเงิน 13,400 บาท", "1. ค่าอาหาร 30 คน 2 วัน รวม 8,100 บาท") followed by lines
 * numbered under it (4.1.1, 4.1.2 …) or by bulleted lines ("- อาหารกลางวัน …"). Such a line is a group's
 * stated sum, not one more line to add. Returns each parent with its sub-items.
 */
function groupParents(lines: RawBudgetLine[]): Map<RawBudgetLine, RawBudgetLine[]> {
  const out = new Map<RawBudgetLine, RawBudgetLine[]>();
  lines.forEach((l, i) => {
    if (!l.number || l.bullet || l.unitCost !== null || l.statedAmount === null) return;
    const kids: RawBudgetLine[] = [];
    for (let j = i + 1; j < lines.length; j++) {
      const n = lines[j];
      if (n.number?.startsWith(`${l.number}.`)) kids.push(n);
      else if (n.bullet && !n.number && !kids.some((k) => k.number)) kids.push(n);
      else break;
    }
    if (kids.length) out.set(l, kids);
  });
  return out;
}

/**
 * Imports a Thai project document. Never throws: whatever the input, it returns a plan (possibly
 * empty) and the problems met, each with its 1-based line number and a Thai and English message.
 */
export function importProjectText(text: string): ImportResult {
  const problems: ImportProblem[] = [];
  const sources = emptySourceMap();
  try {
    const src = typeof text === "string" ? text : String(text ?? "");
    const lines = splitLines(src);
    if (!lines.some((l) => l.text)) {
      problems.push(problem(1, "", "empty"));
      return { plan: emptyPlan(fiscalYearOf(monthOfDate(new Date()))), problems, sources, planFound: false };
    }
    for (const l of lines) if (hasUndecodable(l.raw)) problems.push(problem(l.no, l.raw, "undecodable-line"));
    const spans = splitParts(lines);
    // only the first proposal and the first report are imported; further parts are reported
    const firstProposal = spans.find((s) => s.kind === "proposal");
    const firstReport = spans.find((s) => s.kind === "report");
    const used = spans.filter((s) => s === firstProposal || s === firstReport);
    // the school's own semester dates, wherever the document states them, give a semester's months
    const semesters = schoolSemesters(lines);
    const parts = used.map((s) => parsePart(lines, s, semesters));
    const extra = spans.find((s) => !used.includes(s));
    if (extra) problems.push(problem(lines[extra.from]?.no ?? 1, lines[extra.from]?.raw ?? "", "extra-part"));
    for (const p of parts) problems.push(...p.problems);
    const planProblems: ImportProblem[] = [];
    const plan = buildPlan(parts, planProblems, lines, sources);
    readStaffLevelText(lines, plan, planProblems);
    const planFound = isPlan(plan, lines);
    keepThaiDigits(plan, lines);
    if (planFound) problems.push(...planProblems);
    else {
      // nothing to check: one clear problem instead of "no activities", "no budget", "no year"
      const first = lines.find((l) => l.text);
      problems.length = 0;
      problems.push(problem(first?.no ?? 1, first?.raw ?? "", "no-plan", csvLike(lines) ? "CSV" : undefined));
    }
    problems.sort((a, b) => a.line - b.line);
    return { plan, problems, sources, planFound };
  } catch (e) {
    problems.push(problem(1, "", "internal-error", e instanceof Error ? e.message : String(e)));
    let fy = 2500;
    try {
      fy = fiscalYearOf(monthOfDate(new Date()));
    } catch {
      /* keep the fallback */
    }
    return { plan: emptyPlan(fy), problems, sources, planFound: false };
  }
}
