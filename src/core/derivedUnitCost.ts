/**
 * A unit cost that was not written, worked out from the amount and the counts.
 *
 * "ค่าอาหารกลางวัน 20 คน x 2 วัน เป็นเงิน 4,000 บาท", "ค่าอาหาร 30 คน 2 มื้อ รวม 4,200 บาท", or a sheet row
 * whose unit-cost cell is blank while quantity, times and amount are filled: the line is counts with an
 * amount, not a lump sum. Its unit cost is the amount ÷ the product of the counts when that divides exactly
 * to whole satang (4,000 ÷ 40 = 100 บาท), so the rate checks can judge it; the line is marked
 * (`unitCostDerived`) and a note says so. When the division leaves a fraction of a satang nothing is
 * invented: the line stays without a unit cost and a note says why it was not checked.
 */
import type { Finding } from "./findings";
import { at } from "./findings";
import type { BudgetLine, Plan, Satang } from "./model";
import { formatBaht } from "./money";

export interface DerivedUnitCosts {
  /** The plan with derived unit costs (the same object when no line has one). */
  plan: Plan;
  /** One info finding per line whose unit cost was derived, or could not be. */
  notes: Finding[];
}

const count = (n: number | null): n is number => n !== null && Number.isFinite(n) && n > 0;

function fmtCount(n: number): string {
  return Number.isInteger(n) ? n.toLocaleString("en-US") : String(Math.round(n * 10000) / 10000);
}

/** The counts a line multiplies, when it has counts and an amount but no unit cost; else undefined. */
function countsOf(line: BudgetLine): number[] | undefined {
  if (line.unitCost !== null) return undefined;
  if (line.invalid && (line.invalid.unitCost !== undefined || line.invalid.quantity !== undefined || line.invalid.times !== undefined)) return undefined;
  const amount = line.statedAmount;
  if (amount === null || !Number.isSafeInteger(amount) || amount <= 0) return undefined;
  const counts = [line.quantity, line.times].filter(count);
  // a count that is there but zero or negative: nothing to divide by (bad-number or the sums say the rest)
  if ((line.quantity !== null && !count(line.quantity)) || (line.times !== null && !count(line.times))) return undefined;
  return counts.length ? counts : undefined;
}

/** The unit cost in whole satang that gives exactly `amount` over `product`, or undefined. */
export function exactUnitCost(amount: Satang, product: number): Satang | undefined {
  if (!(product > 0) || !Number.isFinite(product)) return undefined;
  const u = Math.round(amount / product);
  if (u <= 0) return undefined;
  // exact to the satang: unit × product gives the amount back (counts may have decimals: 2.5 ชม.)
  const back = u * product;
  return Math.abs(back - amount) < 1e-6 ? (u as Satang) : undefined;
}

/** Works out the unit costs a plan leaves out (see the module comment). Pure: the input plan is not changed. */
export function deriveUnitCosts(plan: Plan): DerivedUnitCosts {
  const notes: Finding[] = [];
  let lines: BudgetLine[] | undefined;
  plan.budgetLines.forEach((line, i) => {
    const counts = countsOf(line);
    if (!counts) return;
    const amount = line.statedAmount!;
    const product = counts.reduce((p, n) => p * n, 1);
    const units = [line.quantityUnit, line.timesUnit];
    const shown = [line.quantity, line.times].map((n, k) => (count(n) ? `${fmtCount(n)}${units[k] ? ` ${units[k]}` : ""}` : "")).filter(Boolean);
    const countText = shown.length > 1 ? `(${shown.join(" × ")})` : shown[0];
    const where = { lineId: line.id, item: line.item, activityId: line.activityId, ...at(line.cells?.unitCost ?? line.cells?.statedAmount ?? line.cells?.item) };
    const unit = exactUnitCost(amount, product);
    if (unit === undefined) {
      notes.push({
        rule: "read-problem",
        severity: "info",
        problemCode: "unit-cost-not-derived",
        message: {
          th: `"${line.item}" ไม่ได้ระบุราคาต่อหน่วย และ ${formatBaht(amount, "th")} หารด้วย ${countText} ไม่ลงตัว จึงไม่ได้ตรวจราคาต่อหน่วยกับอัตรา (ระบุราคาต่อหน่วยเพื่อให้ตรวจได้)`,
          en: `"${line.item}" has no unit cost, and ${formatBaht(amount, "en")} ÷ ${countText} does not come out in whole satang, so its unit cost is not checked against the rates (write the unit cost to have it checked).`,
        },
        ...where,
      });
      return;
    }
    lines ??= plan.budgetLines.slice();
    lines[i] = { ...line, unitCost: unit, unitCostDerived: true };
    notes.push({
      rule: "read-problem",
      severity: "info",
      problemCode: "unit-cost-derived",
      message: {
        th: `"${line.item}" ไม่ได้ระบุราคาต่อหน่วย: คิดจากจำนวนเงิน ${formatBaht(amount, "th")} ÷ ${countText} = ${formatBaht(unit, "th")} แล้วตรวจกับอัตรา`,
        en: `"${line.item}" has no unit cost: ${formatBaht(amount, "en")} ÷ ${countText} = ${formatBaht(unit, "en")} was taken as its unit cost for the rate checks.`,
      },
      expected: unit,
      valueKind: "money",
      ...where,
    });
  });
  return { plan: lines ? { ...plan, budgetLines: lines } : plan, notes };
}
