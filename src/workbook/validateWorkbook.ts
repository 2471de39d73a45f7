/**
 * Validating a workbook: read the plan (readPlan.ts) → the checks that need the sheet (sheetRules.ts) →
 * the plan checks (core/validation, with the workbook's own rate sheet) → merge: de-duplicated, one
 * finding per cell (mergeFindingsByCell), sorted,
 * reading problems included as read-problem findings.
 */
import type { Finding } from "../core/findings";
import { severityOrder } from "../core/findings";
import type { MonthRef } from "../core/model";
import type { RateBook } from "../core/rates/rateBook";
import { mergeFindingsByCell, ruleOrder, validatePlan, sortFindings } from "../core/validation/engine";
import type { ReadResult } from "./located";
import { readPlan } from "./readPlan";
import { formulaChecks } from "./sheetRules";
import { withCeilingNotes } from "./ceilingNote";
import type { WorkbookSnapshot } from "./types";

export interface ValidateWorkbookOptions {
  /** Rate ceilings to use instead of the workbook's rates sheet (default: the sheet, else the bundled book). */
  rateBook?: RateBook;
  today?: MonthRef;
}

export interface WorkbookValidation extends ReadResult {
  /** All findings: sheet checks and plan checks, de-duplicated, merged to one per cell and sorted (severity, activity, rule). */
  findings: Finding[];
}

function dedupe(findings: Finding[]): Finding[] {
  const seen = new Map<string, Finding>();
  for (const f of findings) {
    const k = [f.rule, f.sheet ?? "", f.cell ?? "", f.lineId ?? "", f.rule === "read-problem" || !(f.sheet || f.cell) ? f.message.en : ""].join("|");
    const prev = seen.get(k);
    if (!prev || severityOrder[f.severity] < severityOrder[prev.severity]) seen.set(k, f);
  }
  return [...seen.values()];
}

/** Reading problems as findings (rule read-problem), so every output (JSON too) carries them with a severity and cell. */
export function readProblemFindings(read: Pick<ReadResult, "issues">): Finding[] {
  return read.issues.map((i) => ({
    rule: "read-problem" as const,
    severity: i.severity ?? "warning",
    message: { th: i.th, en: i.en },
    ...(i.sheet ? { sheet: i.sheet } : {}),
    ...(i.cell ? { cell: i.cell } : {}),
  }));
}

/** readPlan + sheet checks + validatePlan, de-duplicated. Never throws. */
export function validateWorkbook(snapshot: WorkbookSnapshot, opts: ValidateWorkbookOptions = {}): WorkbookValidation {
  const read = readPlan(snapshot);
  if (!read.isPlan) return { ...read, findings: [] };
  const rateBook = opts.rateBook ?? read.rateBookFromSheet;
  let core: Finding[] = [];
  try {
    core = validatePlan(read.plan, { ...(rateBook ? { rateBook } : {}), ...(opts.today ? { today: opts.today } : {}) });
  } catch (e) {
    const msg = { th: `ตรวจแผนไม่สำเร็จ: ${(e as Error).message}`, en: `Plan checks failed: ${(e as Error).message}` };
    read.issues.push(msg);
    read.problems.push(`${msg.th} / ${msg.en}`);
  }
  // what the reading cannot support: an empty activity id (lines under no activity), months of
  // activities that only exist as headings of the budget table
  const fromHeadings = read.located.activitiesFromHeadings;
  core = core.filter(
    (f) =>
      // no id, or "?" (what the text import gives lines under no activity heading): nothing to act on
      !(f.rule === "budget-without-activity" && (!f.activityId || f.activityId === "?")) &&
      !(f.rule === "schedule-missing" && f.activityId !== undefined && fromHeadings?.has(f.activityId)) &&
      // no line read: the allocation is not "unplanned", the budget is unread (said while reading)
      !(f.rule === "under-allocation" && read.located.budgetUnread),
  );
  // a line's month outside the period points at the line's month cell
  const monthCells = read.located.lineMonthCells;
  if (monthCells) {
    core = core.map((f) => {
      const c = f.lineId && !f.cell ? monthCells.get(f.lineId) : undefined;
      return c ? { ...f, sheet: c.sheet, cell: c.cell } : f;
    });
  }
  // one finding per cell: a typed amount that differs from its computation is one item that says both
  const all = mergeFindingsByCell(dedupe([...read.sheetFindings, ...formulaChecks(snapshot, read.plan, read.located), ...core, ...readProblemFindings(read)]), ruleOrder);
  const activityIndex = new Map<string, number>();
  read.plan.activities.forEach((a, i) => activityIndex.set(a.id, i));
  sortFindings(all, { activityIndex } as never);
  // a rate finding on a line whose category cell is empty says why the sheet's ceiling column is empty
  return { ...read, findings: withCeilingNotes(all, read.plan, read.located) };
}
