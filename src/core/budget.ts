/**
 * Budget arithmetic over a plan: each line's computed amount and the totals the summary sheet,
 * the task pane and the validator show (per activity, per expense class, per fiscal quarter, plan).
 *
 * A line's computed amount:
 * - unit cost × quantity × times (a missing quantity or times counts as 1, only when a unit cost is
 *   present), rounded half away from zero to whole satang;
 * - a line with only a stated amount (no unit cost, quantity or times) is a lump sum: computed = stated;
 * - a line whose unit cost is missing or whose factors are not numbers (`invalid`, NaN) cannot be
 *   computed and counts with its stated amount (null when none or not finite).
 *
 * THE ONE MODEL (docs/rules.md, "Two sums"): every total — per activity, class, quarter, the plan, the
 * balance against the allocation — is a sum of COMPUTED amounts. The amounts AS WRITTEN (a typed number
 * where the formula belongs, a figure copied from a document) are summed separately (`planTotalAsWritten`)
 * only to show both sums where they differ; the budget sheet shows the same two sums in its amount and
 * computed-amount columns.
 */
import type { Activity, BudgetLine, ExpenseClass, LineField, MonthRef, Plan, Satang } from "./model";
import { isGroupSubtotal } from "./model";
import { addMoney, mulMoney, satang, sumMoney, ZERO_SATANG } from "./money";
import { fiscalQuarterOf, fiscalYearOf } from "./calendar";
import { RATE_CATEGORIES, classifyItem } from "./rates/classifier";

export const EXPENSE_CLASSES: readonly ExpenseClass[] = ["compensation", "services", "materials", "utilities", "other"];

/** True when a line is a lump sum: a stated amount and no unit cost, quantity or times. */
export function isLumpSum(line: BudgetLine): boolean {
  return line.unitCost === null && line.quantity === null && line.times === null && line.statedAmount !== null;
}

/**
 * True when a factor of the line was written but is not a number (so unit × qty × times is unknown), or is
 * a figure typed as text that the sheet's formulas skip (`asText`).
 */
function hasInvalidFactor(line: BudgetLine): boolean {
  const inv = line.invalid;
  const txt = line.asText;
  return (
    (!!inv && (inv.unitCost !== undefined || inv.quantity !== undefined || inv.times !== undefined)) ||
    (!!txt && (txt.unitCost !== undefined || txt.quantity !== undefined || txt.times !== undefined))
  );
}

/**
 * The amount a line should carry, or null when it can be neither computed nor read.
 * unit × qty × times when a unit cost is present (missing factors count as 1); otherwise the stated amount.
 *
 * A figure typed as text in a sheet (`asText`) counts as the sheet counts it (docs/rules.md, "Figures typed as
 * text"): the template's computed column is IF(ISNUMBER(unit), PRODUCT(unit, qty, times), N(amount)), so a
 * factor typed as text leaves the line at its amount cell (the amount formula PRODUCT skips the text cell), and
 * an amount typed as text counts 0 where it is what the line counts with (N(text) = 0, SUM skips it).
 */
export function lineAmount(line: BudgetLine): Satang | null {
  const textAmount = line.asText?.statedAmount !== undefined;
  const stated = line.statedAmount !== null && Number.isFinite(line.statedAmount) ? (textAmount ? ZERO_SATANG : line.statedAmount) : null;
  // a derived unit cost is not in the sheet: the line counts with its amount cell there
  if (textAmount && line.unitCostDerived) return ZERO_SATANG;
  if (line.unitCost === null || ((line.invalid !== undefined || line.asText !== undefined) && hasInvalidFactor(line))) return stated;
  const q = line.quantity ?? 1;
  const t = line.times ?? 1;
  // Fast path: an integral product needs no rounding (mulMoney would return the same value).
  const p = line.unitCost * q * t;
  if (Number.isSafeInteger(p)) return satang(p);
  if (!Number.isFinite(p)) return stated; // NaN/Infinity from a reader: not computable (bad-number reports it)
  return mulMoney(line.unitCost, q, t);
}

/**
 * The line's computed amount once its figures typed as text are typed as numbers (all of them, or only
 * `field`'s): what the sheet will show after the bad-number fix. Equal to lineAmount when nothing is text.
 */
export function lineAmountIfNumbers(line: BudgetLine, field?: LineField): Satang | null {
  if (!line.asText) return lineAmount(line);
  let asText: BudgetLine["asText"];
  if (field !== undefined) {
    asText = { ...line.asText };
    delete asText[field];
    if (Object.keys(asText).length === 0) asText = undefined;
  }
  return lineAmount({ ...line, asText });
}

/** Computed amounts of all lines, parallel to plan.budgetLines (null counts as 0 in totals). */
export function lineAmounts(plan: Plan): (Satang | null)[] {
  return plan.budgetLines.map(lineAmount);
}

/** Activities by id (first occurrence wins when ids repeat). */
export function activityMap(plan: Plan): Map<string, Activity> {
  const m = new Map<string, Activity>();
  for (const a of plan.activities) if (!m.has(a.id)) m.set(a.id, a);
  return m;
}

/**
 * The month a line's money is spent: its own month, else its activity's start month, else the
 * project's period start. Pass `activities` (activityMap(plan)) when calling in a loop.
 */
export function lineMonth(plan: Plan, line: BudgetLine, activities?: Map<string, Activity>): MonthRef | undefined {
  if (line.month) return line.month;
  const act = activities ? activities.get(line.activityId) : plan.activities.find((a) => a.id === line.activityId);
  return act?.start ?? act?.end ?? plan.project.periodStart;
}

export interface ActivityTotal {
  activityId: string;
  /** The activity's name; for budget lines that match no activity, the subtotal's title when there is one. */
  name: string;
  /** False for lines/subtotals whose activityId matches no activity. */
  known: boolean;
  /** Sum of the lines' computed amounts. */
  computed: Satang;
  /** The stated subtotal (sum when several), when the plan states one. */
  stated?: Satang;
  lineCount: number;
}

/**
 * Totals per activity, in the plan's activity order (activities without lines included, with 0),
 * followed by activity ids that only budget lines or subtotals use, in order of first appearance.
 */
export function activityTotals(plan: Plan): ActivityTotal[] {
  const out: ActivityTotal[] = [];
  const byId = new Map<string, ActivityTotal>();
  for (const a of plan.activities) {
    if (byId.has(a.id)) continue;
    const t: ActivityTotal = { activityId: a.id, name: a.name, known: true, computed: ZERO_SATANG, lineCount: 0 };
    byId.set(a.id, t);
    out.push(t);
  }
  const get = (id: string, title?: string): ActivityTotal => {
    let t = byId.get(id);
    if (!t) {
      t = { activityId: id, name: title ?? "", known: false, computed: ZERO_SATANG, lineCount: 0 };
      byId.set(id, t);
      out.push(t);
    } else if (!t.known && !t.name && title) {
      t.name = title;
    }
    return t;
  };
  for (const line of plan.budgetLines) {
    const t = get(line.activityId);
    t.computed = addMoney(t.computed, lineAmount(line) ?? ZERO_SATANG);
    t.lineCount += 1;
  }
  for (const s of plan.subtotals) {
    if (isGroupSubtotal(s)) continue; // a group's sum is part of its activity's, not added to it
    const t = get(s.activityId, s.title);
    t.stated = addMoney(t.stated ?? ZERO_SATANG, s.statedAmount);
  }
  return out;
}

/**
 * The expense class of a line: the one set on the line, else the class of the rate category the user
 * set, else the classifier's guess from the item text, else "other".
 */
export function lineExpenseClass(line: BudgetLine, cache?: Map<string, ExpenseClass>): ExpenseClass {
  if (line.expenseClass) return line.expenseClass;
  if (line.rateCategory) {
    const cat = RATE_CATEGORIES.find((c) => c.id === line.rateCategory);
    if (cat) return cat.expenseClass;
  }
  const hit = cache?.get(line.item);
  if (hit) return hit;
  const cls = classifyItem(line.item)?.expenseClass ?? "other";
  cache?.set(line.item, cls);
  return cls;
}

/** Totals per expense class (all five classes present, 0 when unused). */
export function classTotals(plan: Plan): Record<ExpenseClass, Satang> {
  const out: Record<ExpenseClass, Satang> = { compensation: ZERO_SATANG, services: ZERO_SATANG, materials: ZERO_SATANG, utilities: ZERO_SATANG, other: ZERO_SATANG };
  const cache = new Map<string, ExpenseClass>();
  for (const line of plan.budgetLines) {
    const cls = lineExpenseClass(line, cache);
    out[cls] = addMoney(out[cls], lineAmount(line) ?? ZERO_SATANG);
  }
  return out;
}

export interface QuarterTotals {
  1: Satang;
  2: Satang;
  3: Satang;
  4: Satang;
  /**
   * Lines with no month: no month of their own or of their activity, and a project period longer than one
   * month (a period of several months does not say when the money is spent).
   */
  unscheduled: Satang;
  /** Lines in months outside the plan's fiscal year (not this year's spending: counted in no quarter). */
  outsideYear: Satang;
}

/**
 * The month a line is scheduled in for the spending plan: its own month, else its activity's, else the
 * project's period when that is a single month. Unlike lineMonth, a longer period does not put the money
 * of an activity without months in the period's first month.
 */
export function scheduledMonth(plan: Plan, line: BudgetLine, activities?: Map<string, Activity>): MonthRef | undefined {
  if (line.month) return line.month;
  const act = activities ? activities.get(line.activityId) : plan.activities.find((a) => a.id === line.activityId);
  const m = act?.start ?? act?.end;
  if (m) return m;
  const { periodStart: s, periodEnd: e } = plan.project;
  return s && (!e || (s.year === e.year && s.month === e.month)) ? s : undefined;
}

/**
 * A line's amount over the months its month grid plans (line.monthAmounts): each month's share in proportion
 * to the grid's amounts, whole satang, the remainder in the largest months first, so the shares add up to the
 * amount exactly (the grid's own figures when they already do). Undefined when the line has no grid or it sums to 0.
 */
export function spreadOverMonths(amount: Satang, parts: readonly { month: MonthRef; amount: Satang }[] | undefined): { month: MonthRef; amount: Satang }[] | undefined {
  if (!parts?.length) return undefined;
  const total = parts.reduce((s, p) => s + Math.max(0, p.amount), 0);
  if (total <= 0) return undefined;
  if (total === amount) return parts.map((p) => ({ month: p.month, amount: satang(Math.max(0, p.amount)) }));
  const shares = parts.map((p) => Math.floor((amount * Math.max(0, p.amount)) / total));
  let rest = amount - shares.reduce((s, x) => s + x, 0);
  const order = parts.map((_, i) => i).sort((a, b) => parts[b].amount - parts[a].amount || a - b);
  for (let k = 0; rest > 0; k = (k + 1) % order.length, rest--) shares[order[k]]++;
  return parts.map((p, i) => ({ month: p.month, amount: satang(shares[i]) }));
}

/**
 * Totals per fiscal quarter (Q1 Oct–Dec … Q4 Jul–Sep) by each line's month (see scheduledMonth), or spread over
 * the months of its month grid (see spreadOverMonths); money in months outside the plan's fiscal year is
 * counted apart (outsideYear), money with no month too.
 */
export function quarterTotals(plan: Plan): QuarterTotals {
  const out: QuarterTotals = { 1: ZERO_SATANG, 2: ZERO_SATANG, 3: ZERO_SATANG, 4: ZERO_SATANG, unscheduled: ZERO_SATANG, outsideYear: ZERO_SATANG };
  const acts = activityMap(plan);
  const fy = plan.project.fiscalYear;
  const put = (m: MonthRef | undefined, amount: Satang) => {
    if (!m) out.unscheduled = addMoney(out.unscheduled, amount);
    else if (fy !== undefined && fiscalYearOf(m) !== fy) out.outsideYear = addMoney(out.outsideYear, amount);
    else {
      const q = fiscalQuarterOf(m);
      out[q] = addMoney(out[q], amount);
    }
  };
  for (const line of plan.budgetLines) {
    const amount = lineAmount(line) ?? ZERO_SATANG;
    const spread = spreadOverMonths(amount, line.monthAmounts);
    if (spread) for (const p of spread) put(p.month, p.amount);
    else put(scheduledMonth(plan, line, acts), amount);
  }
  return out;
}

/**
 * A line's amount as written: the stated amount when there is one, else the computed amount (a line
 * whose amount cell holds the template formula has stated = computed).
 */
export function lineAmountAsWritten(line: BudgetLine): Satang | null {
  if (line.statedAmount !== null && Number.isFinite(line.statedAmount)) return line.statedAmount;
  return lineAmount(line);
}

/** Sum of the lines' amounts as written (what the amount column of a sheet adds up to). */
export function planTotalAsWritten(plan: Plan): Satang {
  return sumMoney(plan.budgetLines.map((line) => lineAmountAsWritten(line) ?? ZERO_SATANG));
}

/** Sum of all lines' computed amounts. */
export function planTotal(plan: Plan): Satang {
  return sumMoney(plan.budgetLines.map((line) => lineAmount(line) ?? ZERO_SATANG));
}
