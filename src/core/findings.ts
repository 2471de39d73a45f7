import type { CellRef, Satang } from "./model";

export type Severity = "error" | "warning" | "info";

/** Stable rule ids, shared by the CLI, the task pane and docs/rules.md. */
export type RuleId =
  | "line-amount-mismatch"
  | "subtotal-mismatch"
  | "total-mismatch"
  | "over-allocation"
  | "under-allocation"
  | "rate-over-ceiling"
  | "rate-unconfirmed"
  | "rate-unknown-category"
  | "rate-ceiling-unknown"
  | "schedule-outside-period"
  | "schedule-missing"
  | "spend-before-funds"
  | "activity-without-budget"
  | "budget-without-activity"
  | "bad-number"
  | "target-mismatch"
  | "indicator-target-missing"
  | "spent-over-received"
  | "remaining-mismatch"
  | "owner-name-inconsistent"
  // checks that need the sheet (workbook layer)
  | "line-amount-hardcoded"
  | "formula-inconsistent"
  | "formula-error"
  | "sum-range-incomplete"
  | "month-unreadable"
  | "month-as-text"
  // reading: a problem met while reading a workbook or a text (what was assumed, what was skipped)
  | "read-problem";

/** How a finding's expected/actual numbers are to be read. */
export type ValueKind = "money" | "number" | "month" | "text";

export interface Finding {
  rule: RuleId;
  severity: Severity;
  message: { th: string; en: string };
  /**
   * A details line shown under the message, for those who want it: the spreadsheet formula the message says in
   * words ("=PRODUCT(E5,F5,H5)"). Messages themselves carry no formula (docs/rules.md, "Formulas in words").
   */
  detail?: { th: string; en: string };
  activityId?: string;
  activityName?: string;
  /** Budget line id (BudgetLine.id) when the finding is about one line. */
  lineId?: string;
  item?: string;
  /** Money in satang when valueKind is "money". */
  expected?: number | string;
  actual?: number | string;
  valueKind?: ValueKind;
  sheet?: string;
  cell?: string;
  /** 1-based line of a text document the finding is about (findings on imported text). */
  line?: number;
  /** The project the finding is about, in a file holding several projects (each checked on its own). */
  project?: string;
  /**
   * Where in a document without lines (a Word .docx) the finding is: "ย่อหน้า 12" / "paragraph 12", "ตาราง 2
   * แถว 3" / "table 2, row 3". Set instead of `line`.
   */
  place?: { th: string; en: string };
  /** What kind of reading problem a read-problem finding is (a stable id for programs; never shown to people). */
  problemCode?: string;
  /**
   * A formula the message suggests for the finding's cell (a total's formula over the right rows); it works out,
   * from the sheet's cells as they are, to the `expected` figure.
   */
  formula?: string;
  /** The id of the rate rule a rate finding applied (its full source and notes: rates sheet, docs/rates.md). */
  rateRule?: string;
  /**
   * Other rules that found a problem at the same cell, merged into this finding (one finding per cell;
   * the message says all of them). See mergeFindingsByCell.
   */
  also?: RuleId[];
}

/** True when the finding is about `rule`, as its own rule or as one merged into it. */
export function findingHasRule(f: Finding, rule: RuleId): boolean {
  return f.rule === rule || !!f.also?.includes(rule);
}

export function at(ref: CellRef | undefined): Pick<Finding, "sheet" | "cell"> {
  return ref ? { sheet: ref.sheet, cell: ref.cell } : {};
}

export const severityOrder: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A finding's expected/actual number when its valueKind is "money": whole satang, as every check writes it. */
export function findingMoney(v: number): Satang {
  return v as Satang;
}
