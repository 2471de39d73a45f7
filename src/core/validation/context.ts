/**
 * What every rule sees: the plan plus maps computed once per validation run (activities by id,
 * lines by activity, each line's computed amount and month, totals). Rules must not rescan the
 * plan per line: use these maps so a run stays linear in the plan's size.
 */
import type { Activity, BudgetLine, MonthRef, Plan, Satang } from "../model";
import { isGroupSubtotal } from "../model";
import type { Finding, RuleId, Severity } from "../findings";
import type { RateBook } from "../rates/rateBook";
import { lineAmount } from "../budget";
import { addMoney, ZERO_SATANG } from "../money";

const finite = (n: number | null): n is number => n !== null && Number.isFinite(n);

export interface RuleContext {
  plan: Plan;
  rateBook?: RateBook;
  /** The month validation runs in (for date-dependent rules); optional. */
  today?: MonthRef;
  activityById: Map<string, Activity>;
  /** Position of each activity in plan.activities (first occurrence). */
  activityIndex: Map<string, number>;
  /** Indexes into plan.budgetLines, per activity id (including ids that match no activity). */
  lineIndexesByActivity: Map<string, number[]>;
  /** Computed amount of each line, parallel to plan.budgetLines. */
  computed: (Satang | null)[];
  /** Sum of computed amounts per activity id. */
  computedByActivity: Map<string, Satang>;
  /** Sum of all computed amounts. */
  computedTotal: Satang;
  /** Sum of the amounts as written (stated, else computed); differs from computedTotal when a typed amount does. */
  writtenTotal: Satang;
  /** Sum of the amounts as written per activity id. */
  writtenByActivity: Map<string, Satang>;
  /**
   * Lines whose unit cost × quantity × times has satang and whose amount is written rounded to whole baht
   * or to 10 baht (line-amount-mismatch says so as a note; sums may carry the rounding).
   */
  roundedLines: Set<number>;
  /** Activity ids that have at least one stated subtotal. */
  subtotalActivityIds: Set<string>;
  /** The month a line's money is spent (line month, activity start, project period start). */
  lineMonth(index: number): MonthRef | undefined;
  /** Project period, defaulting to the fiscal year (Oct … Sep). */
  periodStart: MonthRef;
  periodEnd: MonthRef;
}

export interface Rule {
  id: RuleId;
  /** The most severe level the rule reports at (some rules report lower levels for weaker cases). */
  severity: Severity;
  /** One line for docs and the task pane (every catalogue rule has one). */
  title?: { th: string; en: string };
  run(ctx: RuleContext): Finding[];
}

export interface ContextOptions {
  rateBook?: RateBook;
  today?: MonthRef;
}

/** True when `exact` has satang and `stated` is it rounded to whole baht (off by < 1 baht) or to 10 baht (< 10 baht). */
export function roundedFrom(exact: Satang | null, stated: Satang | null): stated is Satang {
  if (exact === null || !finite(stated) || exact === stated || exact % 100 === 0) return false;
  const d = Math.abs(stated - exact);
  return (stated % 100 === 0 && d < 100) || (stated % 1000 === 0 && d < 1000);
}

export function buildContext(plan: Plan, opts: ContextOptions = {}): RuleContext {
  const activityById = new Map<string, Activity>();
  const activityIndex = new Map<string, number>();
  plan.activities.forEach((a, i) => {
    if (!activityById.has(a.id)) {
      activityById.set(a.id, a);
      activityIndex.set(a.id, i);
    }
  });
  const lines = plan.budgetLines;
  const computed: (Satang | null)[] = [];
  // one map lookup per line: the group holds the line indexes and the running sum
  const groups = new Map<string, { idx: number[]; sum: Satang; written: Satang; hasAmount: boolean }>();
  let computedTotal = ZERO_SATANG;
  let writtenTotal = ZERO_SATANG;
  const roundedLines = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line: BudgetLine = lines[i];
    const amount = lineAmount(line);
    // an amount with satang written rounded to whole baht or to 10 baht: a note, not a mistake
    if (roundedFrom(amount, line.statedAmount)) roundedLines.add(i);
    computed.push(amount);
    let g = groups.get(line.activityId);
    if (!g) {
      g = { idx: [], sum: ZERO_SATANG, written: ZERO_SATANG, hasAmount: false };
      groups.set(line.activityId, g);
    }
    g.idx.push(i);
    const written = finite(line.statedAmount) ? line.statedAmount : amount;
    if (written !== null) {
      g.written = addMoney(g.written, written);
      writtenTotal = addMoney(writtenTotal, written);
    }
    if (amount !== null) {
      g.sum = addMoney(g.sum, amount);
      g.hasAmount = true;
      computedTotal = addMoney(computedTotal, amount);
    }
  }
  const lineIndexesByActivity = new Map<string, number[]>();
  const computedByActivity = new Map<string, Satang>();
  const writtenByActivity = new Map<string, Satang>();
  for (const [id, g] of groups) {
    lineIndexesByActivity.set(id, g.idx);
    writtenByActivity.set(id, g.written);
    if (g.hasAmount) computedByActivity.set(id, g.sum);
  }
  const subtotalActivityIds = new Set(plan.subtotals.filter((s) => !isGroupSubtotal(s)).map((s) => s.activityId));
  const fy = plan.project.fiscalYear;
  const periodStart = plan.project.periodStart ?? { year: fy - 1, month: 10 };
  const periodEnd = plan.project.periodEnd ?? { year: fy, month: 9 };
  const lineMonth = (index: number): MonthRef | undefined => {
    const line = lines[index];
    if (line.month) return line.month;
    const act = activityById.get(line.activityId);
    return act?.start ?? act?.end ?? plan.project.periodStart;
  };
  return {
    plan,
    rateBook: opts.rateBook,
    today: opts.today,
    activityById,
    activityIndex,
    lineIndexesByActivity,
    computed,
    computedByActivity,
    computedTotal,
    writtenTotal,
    writtenByActivity,
    subtotalActivityIds,
    roundedLines,
    lineMonth,
    periodStart,
    periodEnd,
  };
}

/** activityId and activityName for a finding about an activity (name only when the activity exists). */
export function activityFields(ctx: RuleContext, activityId: string): Pick<Finding, "activityId" | "activityName"> {
  const a = ctx.activityById.get(activityId);
  return a ? { activityId, activityName: a.name } : { activityId };
}
