/** Display helpers for the pane (pure). */
import { findingMoney, type Finding, type RuleId } from "../core/findings";
import { formatBaht } from "../core/money";
import { cellRef } from "../core/cellRef";
import { isFiscalYearPeriod, monthValueText } from "../core/validation/messages";
import { t, type Lang, type StringKey } from "./i18n/strings";

/**
 * A finding's expected/actual value for display, per its valueKind (money is satang; a month or a period
 * "YYYY-MM/YYYY-MM" is shown as months of the language: Buddhist-era years in Thai).
 */
export function formatFindingValue(value: number | string | undefined, kind: Finding["valueKind"], lang: Lang): string | undefined {
  if (value === undefined || value === null || value === "") return undefined;
  if (kind === "month" && typeof value === "string") return monthValueText(value, lang);
  if (typeof value === "number") {
    if (kind === "money") return formatBaht(findingMoney(value), lang);
    return value.toLocaleString(lang === "th" ? "th-TH" : "en-US", { maximumFractionDigits: 2 });
  }
  return value;
}

/** "งบประมาณ!H12" — quoted when the sheet name has spaces or punctuation (core/cellRef: one formatter everywhere). */
export function cellLabel(sheet: string | undefined, cell: string | undefined): string | undefined {
  return cell ? cellRef(sheet, cell) : undefined;
}

/** Percentage with at most one decimal; undefined when the target is missing or zero. */
export function percent(achieved: number | undefined, target: number | undefined): number | undefined {
  if (achieved === undefined || target === undefined || !Number.isFinite(achieved) || !Number.isFinite(target) || target === 0) {
    return undefined;
  }
  return Math.round((achieved / target) * 1000) / 10;
}

/** Time of day, for "checked at". */
export function formatTime(iso: string, lang: Lang): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  const hh = String(d.getHours()).padStart(2, "0");
  const mm = String(d.getMinutes()).padStart(2, "0");
  const ss = String(d.getSeconds()).padStart(2, "0");
  return t(lang, "time.format", { hh, mm, ss });
}

/**
 * The names of a finding's two figures. "Should be / stated" fits the arithmetic checks; for others it
 * would mislead (an over-allocation's "should be 20,000" beside the allocation cell that holds 20,000; a
 * surname spelled two ways, of which the add-in cannot know the right one).
 */
const VALUE_LABELS: Partial<Record<RuleId, { expected: StringKey; actual: StringKey }>> = {
  "over-allocation": { expected: "value.allocation", actual: "value.linesTotal" },
  "under-allocation": { expected: "value.allocation", actual: "value.linesTotal" },
  "schedule-outside-period": { expected: "value.projectPeriod", actual: "value.monthGiven" },
  "spend-before-funds": { expected: "value.fundsFrom", actual: "value.activityEnds" },
  "spent-over-received": { expected: "value.received", actual: "value.spent" },
  "owner-name-inconsistent": { expected: "value.spellingFirst", actual: "value.spellingHere" },
  "target-mismatch": { expected: "value.target", actual: "value.counted" },
};

/** The names of a finding's two figures; `expected` tells a period that is the whole fiscal year (no project period stated). */
export function valueLabels(rule: RuleId, expected?: number | string): { expected: StringKey; actual: StringKey } {
  const labels = VALUE_LABELS[rule] ?? { expected: "validate.expected", actual: "validate.actual" };
  if (labels.expected === "value.projectPeriod" && isFiscalYearPeriod(expected)) return { ...labels, expected: "value.fiscalYear" };
  return labels;
}

/** A unit that says "percent" (ร้อยละ, %, percent). */
const isPercentUnit = (unit: string | undefined) => !!unit && (unit.trim() === t("th", "unit.percentWord") || /^(%|percent|per cent)$/i.test(unit.trim()));

/**
 * The target as a number and unit when there is one — a percentage as Thai plans write it ("ร้อยละ 80",
 * "80%" in English) — else the target text when it says more than the indicator.
 */
export function targetLabel(ind: { text: string; targetValue?: number; targetUnit?: string; targetText?: string }, lang: "th" | "en" = "th"): string {
  if (ind.targetValue !== undefined) {
    const n = ind.targetValue.toLocaleString("en-US");
    if (isPercentUnit(ind.targetUnit)) return t(lang, "unit.percent", { n });
    return `${n} ${ind.targetUnit ?? ""}`.trim();
  }
  if (ind.targetText && ind.targetText.trim() !== ind.text.trim()) return ind.targetText;
  return "";
}
