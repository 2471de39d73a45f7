/**
 * The schedule tab's view model: activities on the fiscal-year timeline (ต.ค.–ก.ย.), the project
 * period, today's month, each activity's status, and the quarterly spending plan. Pure.
 */
import type { ActivityStatus, CellRef, MonthRef, Plan } from "../../core/model";
import { compareMonths, fiscalMonths, fiscalYearOf, monthKey, quarterStartMonth } from "../../core/calendar";
import { quarterTotals, type QuarterTotals } from "../../core/budget";

export interface TimelineRow {
  id: string;
  name: string;
  /** Index 0..11 in the fiscal year (0 = October); undefined when the activity has no months. */
  startIdx?: number;
  endIdx?: number;
  /** Some of its months fall outside the fiscal year (the bar is clamped). */
  clipped: boolean;
  /** Some of its months fall outside the project period. */
  outsidePeriod: boolean;
  status: ActivityStatus;
  /** True when the status was derived from the months (not set in the sheet). */
  derived: boolean;
  statusCell?: CellRef;
}

export interface Timeline {
  fiscalYear: number;
  months: MonthRef[];
  period?: { startIdx: number; endIdx: number };
  /** Today's month index in the fiscal year, when today falls in it. */
  todayIdx?: number;
  fundsIdx?: number;
  rows: TimelineRow[];
  quarters: QuarterTotals;
  quarterMonths: { q: 1 | 2 | 3 | 4; from: MonthRef; to: MonthRef }[];
}

/** Status from the months when the user set none: before start planned, during in progress, after end late. */
export function deriveStatus(start: MonthRef | undefined, end: MonthRef | undefined, today: MonthRef): ActivityStatus {
  const s = start ?? end;
  const e = end ?? start;
  if (!s || !e) return "planned";
  if (compareMonths(today, s) < 0) return "planned";
  if (compareMonths(today, e) <= 0) return "in-progress";
  return "late";
}

/** Index of a month within fiscal year fy (may be <0 or >11 outside it). */
export function fiscalIndex(m: MonthRef, fy: number): number {
  return monthKey(m) - monthKey({ year: fy - 1, month: 10 });
}

const clamp = (i: number) => Math.min(11, Math.max(0, i));

export function buildTimeline(plan: Plan, today: MonthRef): Timeline {
  const p = plan.project;
  const fy = p.fiscalYear || (p.periodStart ? fiscalYearOf(p.periodStart) : fiscalYearOf(today));
  const months = fiscalMonths(fy);
  const inYear = (i: number) => i >= 0 && i <= 11;
  let period: Timeline["period"];
  if (p.periodStart || p.periodEnd) {
    const s = fiscalIndex(p.periodStart ?? months[0], fy);
    const e = fiscalIndex(p.periodEnd ?? months[11], fy);
    if (e >= 0 && s <= 11) period = { startIdx: clamp(s), endIdx: clamp(e) };
  }
  const todayI = fiscalIndex(today, fy);
  const fundsI = p.fundsAvailableFrom ? fiscalIndex(p.fundsAvailableFrom, fy) : undefined;
  const rows: TimelineRow[] = plan.activities.map((a) => {
    const s = a.start ?? a.end;
    const e = a.end ?? a.start;
    let startIdx: number | undefined;
    let endIdx: number | undefined;
    let clipped = false;
    let outsidePeriod = false;
    if (s && e) {
      const si = fiscalIndex(s, fy);
      const ei = fiscalIndex(e, fy);
      clipped = si < 0 || ei > 11;
      if (ei >= 0 && si <= 11) {
        startIdx = clamp(si);
        endIdx = clamp(Math.max(si, ei));
      }
      if (p.periodStart && compareMonths(s, p.periodStart) < 0) outsidePeriod = true;
      if (p.periodEnd && compareMonths(e, p.periodEnd) > 0) outsidePeriod = true;
    }
    return {
      id: a.id,
      name: a.name,
      startIdx,
      endIdx,
      clipped,
      outsidePeriod,
      status: a.status ?? deriveStatus(a.start, a.end, today),
      derived: a.status === undefined,
      statusCell: a.cells?.status,
    };
  });
  const quarterMonths = ([1, 2, 3, 4] as const).map((q) => {
    const from = quarterStartMonth(fy, q);
    return { q, from, to: months[q * 3 - 1] };
  });
  return {
    fiscalYear: fy,
    months,
    period,
    todayIdx: inYear(todayI) ? todayI : undefined,
    fundsIdx: fundsI !== undefined && inYear(fundsI) ? fundsI : undefined,
    rows,
    quarters: quarterTotals(plan),
    quarterMonths,
  };
}
