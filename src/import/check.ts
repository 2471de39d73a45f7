/**
 * Checking a project text: import it, validate the plan, point every finding at the line of the text it
 * is about, and turn every reading problem into a `read-problem` finding (with its severity and line),
 * so a reviewer sees what could not be read — in JSON too — next to what is wrong.
 */
import type { Finding } from "../core/findings";
import { severityOrder } from "../core/findings";
import type { Plan } from "../core/model";
import { validatePlan, type ValidateOptions } from "../core/validation/engine";
import { importProjectText, type SourceMap } from "./index";
import type { ImportProblem } from "./problems";
import { amountWordsProblems } from "./amountWords";
import { splitLines } from "./lines";
import { clip } from "../core/clip";
import { rateSheetRemedy } from "../core/validation/rules/rateShared";

export interface CheckedText {
  plan: Plan;
  problems: ImportProblem[];
  /** Plan findings with their lines, then reading problems as `read-problem` findings; by severity. */
  findings: Finding[];
  sources: SourceMap;
  planFound: boolean;
}

/** The line of the text a plan finding is about, from where the importer read each part. */
export function findingLine(f: Finding, src: SourceMap): number | undefined {
  const byLine = f.lineId !== undefined ? src.lines[f.lineId] : undefined;
  const act = f.activityId;
  switch (f.rule) {
    case "subtotal-mismatch":
      return (act !== undefined ? src.subtotals[act] : undefined) ?? src.statedTotal;
    case "budget-without-activity":
      return (act !== undefined ? (src.blocks[act] ?? src.subtotals[act]) : undefined) ?? byLine;
    case "total-mismatch":
      return src.statedTotal;
    case "over-allocation":
    case "under-allocation":
      return src.allocation ?? src.statedTotal;
    case "spent-over-received":
    case "remaining-mismatch":
      return src.results;
    case "bad-number":
      if (byLine !== undefined) return byLine;
      if (act !== undefined) return src.subtotals[act];
      return src.allocation ?? src.statedTotal ?? src.results;
    default:
      if (byLine !== undefined) return byLine;
      if (act !== undefined) return src.activities[act] ?? src.blocks[act];
      return undefined;
  }
}

/** Sets `line` on each finding that can be placed; returns the same array. */
export function locateFindings(findings: Finding[], src: SourceMap): Finding[] {
  for (const f of findings) {
    if (f.line !== undefined) continue; // placed by the rule itself (a group of sub-items)
    const line = findingLine(f, src);
    if (line !== undefined) f.line = line;
  }
  return findings;
}

/** Reading problems as findings (rule `read-problem`), each with its severity and line. */
export function problemFindings(problems: ImportProblem[]): Finding[] {
  return problems.map((p) => {
    const quoted = p.text ? ` — "${clip(p.text, 80)}"` : "";
    const f: Finding = {
      rule: "read-problem",
      severity: p.severity,
      message: { th: `บรรทัด ${p.line}: ${p.message.th}${quoted}`, en: `Line ${p.line}: ${p.message.en}${quoted}` },
      line: p.line,
      problemCode: p.code,
    };
    if (p.text) f.item = p.text;
    return f;
  });
}

/** Sorts by severity, keeping the order within a severity (stable). */
function bySeverity(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => severityOrder[a.f.severity] - severityOrder[b.f.severity] || a.i - b.i)
    .map((x) => x.f);
}

/**
 * A project document has no rates sheet: an unknown ceiling tells the user to import the document into a
 * workbook and add the rate there, not to fill a sheet the text does not have.
 */
function documentRemedy(f: Finding): Finding {
  if (f.rule !== "rate-ceiling-unknown") return f;
  const mark = "\u0000";
  const message = { ...f.message };
  for (const lang of ["th", "en"] as const) {
    const [head] = rateSheetRemedy({ th: mark, en: mark })[lang].split(mark);
    const i = message[lang].indexOf(head);
    if (i < 0) continue;
    const rest = message[lang].slice(i + head.length);
    const cat = rest.slice(0, rest.indexOf('"'));
    message[lang] =
      message[lang].slice(0, i) +
      (lang === "th"
        ? `เอกสารโครงการไม่มีแผ่นงานอัตรา: นำเข้าเป็นสมุดงานก่อน (budget-plan import <ไฟล์> -o แผน.xlsx) แล้วใส่อัตราที่ใช้บังคับในแผ่นงาน "อัตรา" ของสมุดงานนั้น (หมวดอัตรา "${cat}", เพดาน, มีผลตั้งแต่, ที่มา, ความเชื่อมั่น) แล้วตรวจสมุดงาน`
        : `A project document has no rates sheet: import it first (budget-plan import <file> -o plan.xlsx), enter the rate in force on that workbook's "Rates" sheet (category "${cat}", ceiling, from, source, confidence) and check the workbook.`);
  }
  return { ...f, message };
}

/** Checks whose figure is the sum of every budget line: not made on a text with lines that could not be read. */
const SUM_OF_LINES = new Set(["total-mismatch", "under-allocation"]);

/** Imports and validates a project text; never throws. */
export function checkProjectText(text: string, opts: ValidateOptions = {}): CheckedText {
  const imported = importProjectText(text);
  // lines under no block when there are several activities are said once (lines-without-block, info): their
  // "activity ?" is not an activity the user named, so it is not reported as budget-without-activity
  const unplaced = imported.problems.some((p) => p.code === "lines-without-block" || p.code === "lines-for-project");
  const forProject = imported.problems.some((p) => p.code === "lines-for-project");
  // budget lines that could not be read are reported: the grand total against the lines, and "part of
  // the allocation is not planned", would count only the lines that could be read
  const unread = imported.problems.some((p) => p.code === "budget-line-unreadable");
  const validated = imported.planFound
    ? validatePlan(imported.plan, opts).filter(
        (f) =>
          !(unplaced && f.rule === "budget-without-activity" && f.activityId === "?") &&
          !(unread && SUM_OF_LINES.has(f.rule)) &&
          // the lines are the whole project's: the activities without lines of their own are named in that one note
          !(forProject && f.rule === "activity-without-budget"),
      )
    : [];
  const planFindings = locateFindings(validated.map(documentRemedy), imported.sources);
  // amounts in words that say another amount than their figures
  const problems = imported.planFound ? [...imported.problems, ...amountWordsProblems(splitLines(typeof text === "string" ? text : ""))] : imported.problems;
  return {
    ...imported,
    problems,
    findings: bySeverity([...planFindings, ...problemFindings(problems)]),
  };
}
