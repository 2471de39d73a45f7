/**
 * A percentage line of a hand-made budget table: "ค่าบริหารจัดการโครงการ 5% ของค่าใช้จ่าย | 5% | | | 900", "ค่าดำเนินการ
 * ร้อยละ 3", or the rate as a number in the quantity column (0.05, shown as 5 % by its cell format) with no unit
 * cost. Its amount is a share of a base, not unit cost × quantity: it is not a bad number and gives no unit cost
 * to check against the rates (the line is a lump sum). The amount is checked against the base when the base is
 * told: an amount over the rate × a base the line states ("5% ของ 18,000 บาท") is an error; over the rate × the
 * sum of the lines above it (when there are lines above) a warning (the base may be another figure). An amount
 * under the share is the writer's choice: no finding.
 */
import type { BudgetLine, Satang } from "../../core/model";
import { bahtToSatang, formatMoney, parseMoney } from "../../core/money";
import { lineAmount } from "../../core/budget";
import { toArabicDigits } from "../../core/thaiDigits";
import { addr } from "../a1";
import { cellValue } from "../cells";
import type { Text } from "../i18n";
import type { SheetSnapshot } from "../types";
import type { HandHeader } from "./handHeader";
import { report, type Ctx } from "./values";

export interface PercentLine {
  /** The share, 0 < rate < 1 (5 % → 0.05). */
  rate: number;
  /** The base the line states ("5% ของ 18,000 บาท"), or the unit-cost cell beside the rate. */
  base?: Satang;
  /** How the rate was written ("5%", "ร้อยละ 5", "0.05"). */
  written: string;
  /** True when only a fraction in the quantity column says so (0.05): taken only when the sum above confirms it. */
  fractionOnly?: boolean;
}

const PCT = /([0-9]+(?:\.[0-9]+)?)\s*%|ร้อยละ\s*([0-9]+(?:\.[0-9]+)?)|([0-9]+(?:\.[0-9]+)?)\s*เปอร์เซ็นต์/;

function rateIn(text: string): { rate: number; written: string } | undefined {
  const m = PCT.exec(toArabicDigits(text));
  if (!m) return undefined;
  const v = Number(m[1] ?? m[2] ?? m[3]);
  return v > 0 && v < 100 ? { rate: v / 100, written: m[0].trim() } : undefined;
}

/** A base the item text states after ของ ("5% ของค่าใช้จ่าย 18,000 บาท"). */
function baseIn(text: string): Satang | undefined {
  const m = /ของ[^0-9]{0,40}?([0-9][0-9,]*(?:\.[0-9]+)?)\s*บาท/.exec(toArabicDigits(text));
  const v = m ? parseMoney(m[1]) : null;
  return v !== null && v > 0 ? v : undefined;
}

/** The percentage a line states, or undefined for any other line. */
export function percentLine(s: SheetSnapshot, r: number, h: HandHeader, item: string): PercentLine | undefined {
  const factorCols = [h.cols.quantity, h.cols.times, ...h.extraFactors].filter((c): c is number => c !== undefined);
  const unitV = h.cols.unitCost !== undefined ? cellValue(s, r, h.cols.unitCost) : null;
  const unitBase = typeof unitV === "number" && unitV > 0 ? parseMoney(String(unitV)) ?? undefined : undefined;
  const base = baseIn(item);
  // the rate written in a factor cell ("5%", "ร้อยละ 5")
  for (const c of factorCols) {
    const v = cellValue(s, r, c);
    if (typeof v !== "string") continue;
    const t = toArabicDigits(v).trim();
    if (!/^(ร้อยละ\s*)?[0-9]+(\.[0-9]+)?\s*(%|เปอร์เซ็นต์)?$/.test(t) || !/%|ร้อยละ|เปอร์เซ็นต์/.test(t)) continue;
    const got = rateIn(t);
    if (got) return { ...got, ...(base ?? unitBase ? { base: base ?? unitBase } : {}) };
  }
  const inItem = rateIn(item);
  const q = h.cols.quantity !== undefined ? cellValue(s, r, h.cols.quantity) : null;
  const fraction = typeof q === "number" && q > 0 && q < 1 ? q : undefined;
  // the rate in the item text, with the factor cells empty or holding the same share as a fraction
  if (inItem && (fraction === undefined || Math.abs(fraction - inItem.rate) < 1e-9) && factorCols.every((c) => c === h.cols.quantity || cellValue(s, r, c) === null || cellValue(s, r, c) === "")) {
    const qv = q === null || q === "" || fraction !== undefined;
    if (qv) return { ...inItem, ...(base ?? unitBase ? { base: base ?? unitBase } : {}) };
  }
  // a fraction in the quantity column (a cell formatted as a percentage) with no unit cost
  if (fraction !== undefined && (unitV === null || unitV === undefined || (typeof unitV === "string" && !unitV.trim()))) return { rate: fraction, written: String(fraction), fractionOnly: true, ...(base ? { base } : {}) };
  return undefined;
}

const baht = (v: Satang) => formatMoney(v, { decimals: "auto" });
const pctText = (rate: number) => `${Math.round(rate * 10000) / 100}%`;

/**
 * True when the share fits: the amount is at most the rate × a base (1 baht for rounding). `above`: the
 * sum of the lines above in the same table; `block`: of the lines above in the same activity.
 */
function fits(amount: Satang, rate: number, bases: Satang[]): boolean {
  return bases.some((b) => b > 0 && amount <= Math.round(b * rate) + 100);
}

/**
 * Whether a fraction-only line is a share of the lines above (its amount is the fraction of their sum, to the
 * baht): then it is a percentage line; otherwise the fraction is an ordinary quantity.
 */
export function confirmsFraction(amount: Satang | null, rate: number, bases: Satang[]): boolean {
  return amount !== null && bases.some((b) => b > 0 && Math.abs(Math.round(b * rate) - amount) <= 100);
}

/** Checks a percentage line's amount against its base (see the file's comment); reports at the amount cell. */
export function checkPercent(ctx: Ctx, s: SheetSnapshot, r: number, amountCol: number | undefined, line: BudgetLine, p: PercentLine, above: Satang, block: Satang, what: Text): void {
  const amount = line.statedAmount;
  if (amount === null || amountCol === undefined) return;
  const stated = p.base;
  if (stated !== undefined ? fits(amount, p.rate, [stated]) : above <= 0 || fits(amount, p.rate, [above, block])) return;
  const base = stated ?? Math.max(above, block);
  const expected = Math.round(base * p.rate) as Satang;
  const cell = addr(r, amountCol);
  report(ctx, {
    rule: "line-amount-mismatch",
    severity: stated !== undefined ? "error" : "warning",
    message: {
      th: `${what.th}: ${pctText(p.rate)} ของ ${baht(base as Satang)} บาท${stated !== undefined ? "" : " (ผลรวมรายการข้างบน)"} = ${baht(expected)} บาท แต่ระบุ ${baht(amount)} บาท`,
      en: `${what.en}: ${pctText(p.rate)} of ${baht(base as Satang)} baht${stated !== undefined ? "" : " (the lines above)"} = ${baht(expected)} baht but ${baht(amount)} baht is written`,
    },
    lineId: line.id,
    item: line.item,
    expected,
    actual: amount,
    valueKind: "money",
    sheet: s.name,
    cell,
  });
}

/** The sums of the lines read so far in a table (`above`), all of them and those of one activity. */
export function sumsAbove(above: BudgetLine[], activityId: string): { table: Satang; block: Satang } {
  let table = 0;
  let block = 0;
  for (const l of above) {
    const a = lineAmount(l) ?? 0;
    table += a;
    if (l.activityId === activityId) block += a;
  }
  return { table: table as Satang, block: block as Satang };
}

/** A money cell's figure (a number), or null. */
export function cellAmount(s: SheetSnapshot, r: number, c: number | undefined): Satang | null {
  const v = c !== undefined ? cellValue(s, r, c) : null;
  return typeof v === "number" ? bahtToSatang(v) : null;
}
