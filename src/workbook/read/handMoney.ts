/**
 * Money shapes of hand-made budget tables beyond one amount per cell:
 * - baht and satang in separate columns (จำนวนเงิน: บาท | สต.): the satang cell is added to the baht;
 * - month-grid spending plans (แผนการใช้จ่ายเงิน: a column per month ต.ค. … ก.ย., or per quarter, and a
 *   total column): the months a line spends in are read from the grid, and the row's total must be the
 *   sum of its months (line-amount-mismatch at the total cell when it is not).
 */
import { addMoney, bahtToSatang, formatMoney, satang, ZERO_SATANG } from "../../core/money";
import type { BudgetLine, Satang } from "../../core/model";
import { toArabicDigits } from "../../core/thaiDigits";
import { addr } from "../a1";
import { cellFormula, cellValue, isEmpty, ref } from "../cells";
import type { Text } from "../i18n";
import type { Located } from "../located";
import type { SheetSnapshot } from "../types";
import type { HandHeader } from "./handHeader";
import { readNum, report, type Ctx, type NumRead } from "./values";
import { cellRef } from "../../core/cellRef";


/** The satang (0–99) written in a satang cell: a number or a text of digits ("50", "๕๐", "-", "00"). */
export function satangOf(v: unknown): number | null {
  if (typeof v === "number") return Number.isInteger(v) && v >= 0 && v < 100 ? v : null;
  if (typeof v !== "string") return null;
  const t = toArabicDigits(v).trim();
  if (t === "-" || t === "–" || t === "") return 0;
  return /^[0-9]{1,2}$/.test(t) ? Number(t) : null;
}

/** A money read in baht plus the satang column beside it (when the table has one for this column). */
export function withSatang(s: SheetSnapshot, h: HandHeader, r: number, col: number, v: NumRead<Satang>): NumRead<Satang> {
  const sc = h.satang?.[col];
  if (sc === undefined || v.value === null) return v;
  const raw = cellValue(s, r, sc);
  if (isEmpty(raw)) return v;
  const st = satangOf(raw);
  if (st === null) return v;
  // a baht cell with a fraction already holds its satang (=ROUND(…,2) in the baht column): keep it
  if (v.value % 100 !== 0) return v;
  return { ...v, value: addMoney(v.value, satang(st)) };
}

/** A baht figure in a message: "1,060", "1,060.50". */
const baht = (s: Satang): string => formatMoney(s, { decimals: "auto" });

/**
 * Reads the month amounts of one line of a month grid: the first month with an amount gives the line's
 * month (set once the fiscal year is known, see applyMonthGrid); without a total column the months' sum
 * is the line's amount; with one, a total that is not the sum of the months is reported.
 */
export function readMonthGrid(ctx: Ctx, s: SheetSnapshot, h: HandHeader, r: number, line: BudgetLine, loc: Located, what: Text, amountCol: number | undefined): void {
  let sum = ZERO_SATANG;
  let any = false;
  let first: { index: number; year?: number; col: number } | undefined;
  const amounts: { index: number; year?: number; amount: Satang }[] = [];
  for (const m of h.monthCols ?? []) {
    const v = readNum(ctx, s, r, m.col, "money", what);
    if (v.value === null || v.value === 0) continue;
    any = true;
    sum = addMoney(sum, v.value);
    first ??= { index: m.index, col: m.col, ...(m.year !== undefined ? { year: m.year } : {}) };
    amounts.push({ index: m.index, ...(m.year !== undefined ? { year: m.year } : {}), amount: v.value });
  }
  if (!any) return;
  if (first) (loc.monthGridLines ??= new Map()).set(line.id, { index: first.index, ...(first.year !== undefined ? { year: first.year } : {}), cell: ref(s, r, first.col), amounts });
  if (amountCol === undefined) {
    line.statedAmount ??= sum;
    return;
  }
  const stated = line.statedAmount;
  if (stated === null || stated === sum) return;
  const cell = addr(r, amountCol);
  const f = cellFormula(s, r, amountCol);
  report(ctx, {
    rule: "line-amount-mismatch",
    severity: "error",
    message: {
      th: `${what.th}: ยอดรวม ${cellRef(s.name, cell)} คือ ${baht(stated)} บาท แต่รวมรายเดือนในแถวนี้ได้ ${baht(sum)} บาท`,
      en: `${what.en}: the total ${cellRef(s.name, cell)} is ${baht(stated)} baht but the months of this row add up to ${baht(sum)} baht`,
    },
    ...(f ? { detail: { th: `สูตร ${f}`, en: `Formula ${f}` } } : {}),
    lineId: line.id,
    item: line.item,
    expected: sum,
    actual: stated,
    valueKind: "money",
    sheet: s.name,
    cell,
  });
}

/** Sets the month (its first) and the months of each month-grid line once the fiscal year is known (Oct–Dec are in the year before). */
export function applyMonthGrid(loc: Located, lines: BudgetLine[], fiscalYear: number): void {
  const grid = loc.monthGridLines;
  if (!grid || !fiscalYear) return;
  for (const l of lines) {
    const g = grid.get(l.id);
    if (!g || l.month) continue;
    const monthOf = (index: number, year: number | undefined) => ({ year: year ?? (index < 3 ? fiscalYear - 1 : fiscalYear), month: ((index + 9) % 12) + 1 });
    l.month = monthOf(g.index, g.year);
    // the quarters spread the line over its months (core/budget.ts spreadOverMonths)
    if (g.amounts.length > 1) l.monthAmounts = g.amounts.map((a) => ({ month: monthOf(a.index, a.year), amount: a.amount }));
    (loc.lineMonthCells ??= new Map()).set(l.id, g.cell);
  }
}

/** A plain number typed in a cell (no formula): its satang; 0 for an empty cell or "-"; null for anything else. */
function plainMoney(s: SheetSnapshot, r: number, c: number): Satang | null {
  if (cellFormula(s, r, c)) return null;
  const v = cellValue(s, r, c);
  if (isEmpty(v) || (typeof v === "string" && /^\s*[-–]\s*$/.test(v))) return ZERO_SATANG;
  return typeof v === "number" && Number.isFinite(v) ? bahtToSatang(v) : null;
}

/**
 * A row split over expense-class columns (ค่าตอบแทน / ค่าใช้สอย / ค่าวัสดุ) with its own "รวม" cell: the
 * class cells must add up to it. Reported at the รวม cell (an error) only when the รวม cell and every class
 * cell are plain numbers (no formula, no text): `rule` is line-amount-mismatch for a line, subtotal-mismatch
 * or total-mismatch for a รวม row. True when reported.
 */
export function classSplitDiffers(
  ctx: Ctx,
  s: SheetSnapshot,
  h: HandHeader,
  r: number,
  what: Text,
  rule: "line-amount-mismatch" | "subtotal-mismatch" | "total-mismatch",
  line?: { id: string; item: string },
): boolean {
  const total = h.cols.amount;
  const classCols = Object.values(h.classCols).filter((c): c is number => c !== undefined && c !== total);
  if (total === undefined || !classCols.length) return false;
  const stated = plainMoney(s, r, total);
  if (stated === null || isEmpty(cellValue(s, r, total))) return false;
  let sum = ZERO_SATANG;
  let filled = 0;
  for (const c of classCols) {
    const v = plainMoney(s, r, c);
    if (v === null) return false;
    if (!isEmpty(cellValue(s, r, c))) filled++;
    sum = addMoney(sum, v);
  }
  if (!filled || sum === stated) return false;
  const cell = addr(r, total);
  const parts = classCols.filter((c) => !isEmpty(cellValue(s, r, c))).map((c) => cellRef(s.name, addr(r, c))).join(", ");
  report(ctx, {
    rule,
    severity: "error",
    message: {
      th: `${what.th}: ช่องรวม ${cellRef(s.name, cell)} ระบุ ${baht(stated)} บาท แต่ยอดตามหมวดรายจ่ายในแถวเดียวกัน (${parts}) รวมได้ ${baht(sum)} บาท`,
      en: `${what.en}: the total ${cellRef(s.name, cell)} says ${baht(stated)} baht but the expense-class cells of the same row (${parts}) add up to ${baht(sum)} baht`,
    },
    ...(line ? { lineId: line.id, item: line.item } : {}),
    expected: sum,
    actual: stated,
    valueKind: "money",
    sheet: s.name,
    cell,
  });
  return true;
}
