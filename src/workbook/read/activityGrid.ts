/**
 * A hand-made activity table that gives the months as a grid of marks (a Gantt chart: a column per month,
 * "ต.ค. 68 | พ.ย. 68 | …" or "ต.ค. | พ.ย. | …", a ✓ or any mark but a dash under the months of each
 * activity): the first and last marked months are the activity's start and end, when no start column gave
 * them. Months written without a year take it from the fiscal year (ต.ค.–ธ.ค. in the year before).
 */
import type { MonthRef, Plan } from "../../core/model";
import { cellValue, isEmpty, ref } from "../cells";
import type { Located } from "../located";
import type { SheetSnapshot } from "../types";
import { monthHeader } from "./monthHeader";

/** The month columns of a header row (at least three), or none. */
export function monthColumns(s: SheetSnapshot, row: number): { col: number; index: number; year?: number }[] {
  const out: { col: number; index: number; year?: number }[] = [];
  (s.values[row - 1] ?? []).forEach((v, i) => {
    if (typeof v !== "string" || !v.trim()) return;
    const m = monthHeader(v);
    if (m) out.push({ col: i + 1, ...m });
  });
  return out.length >= 3 ? out : [];
}

const NO_MARK = /^\s*[-–—0]?\s*$/;

/** Sets the months of the activities from a grid of marks in their table (hand-made sheets). */
export function applyActivityGrid(sheets: SheetSnapshot[], plan: Plan, loc: Located): void {
  const t = loc.activities;
  if (!t || loc.template) return;
  const s = sheets.find((x) => x.name === t.sheet);
  if (!s) return;
  const cols = monthColumns(s, t.headerRow);
  if (!cols.length) return;
  const fy = plan.project.fiscalYear;
  const monthOf = (c: { index: number; year?: number }): MonthRef => {
    const month = ((c.index + 9) % 12) + 1;
    // a year in the header names the calendar year of that month (พ.ศ.)
    if (c.year !== undefined) return { year: c.year, month };
    return { year: c.index <= 2 ? fy - 1 : fy, month };
  };
  for (const a of plan.activities) {
    if (a.start) continue;
    const r = loc.activityRows.get(a.id);
    if (r === undefined) continue;
    const marked = cols.filter((c) => {
      const v = cellValue(s, r, c.col);
      return !isEmpty(v) && v !== false && !NO_MARK.test(String(v));
    });
    if (!marked.length) continue;
    a.start = monthOf(marked[0]);
    a.end = monthOf(marked[marked.length - 1]);
    a.cells = { ...(a.cells ?? { name: ref(s, r, t.cols.name ?? 1) }), start: ref(s, r, marked[0].col), end: ref(s, r, marked[marked.length - 1].col) };
    // "what was read" shows these columns as the schedule the checks used
    loc.activityGridCols = cols;
  }
}
