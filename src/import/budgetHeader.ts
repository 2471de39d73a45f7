/**
 * The header row of a budget table written with tabs: which column holds the item, the counts, the unit, the
 * price, the times, the amount, the row number and the activity ("กิจกรรมที่ | รายการ | จำนวนคน | ครั้ง | อัตรา |
 * จำนวนเงิน"), or the amounts split by expense class.
 */
import { CLASS_WORDS, tabCells } from "./part";
import type { ExpenseClass } from "../core/model";

export interface BudgetCols {
  item?: number;
  quantity?: number;
  unit?: number;
  unitCost?: number;
  times?: number;
  amount?: number;
  /** Amount columns per expense class (ค่าตอบแทน | ค่าใช้สอย | ค่าวัสดุ), one row per activity. */
  classes?: Map<number, ExpenseClass>;
  /** Row-number column ("ที่"). */
  no?: number;
  /** Only an item and an amount column: rows are lump sums. */
  lumpSums?: boolean;
  /** An activity column ("กิจกรรมที่", "Activity"): each row names its activity (a number or a name). */
  activity?: number;
}

/** "ที่ | รายการ | ค่าตอบแทน | ค่าใช้สอย | ค่าวัสดุ | รวม": a row per activity, amounts split by class. */
export function classTableHeader(cells: string[]): BudgetCols | undefined {
  if (cells.length < 3 || cells.some((c) => c.length > 40 || /\d/.test(c))) return undefined;
  const cols: BudgetCols = { classes: new Map() };
  cells.forEach((c, i) => {
    const cls = CLASS_WORDS.find(([w]) => c.startsWith(w))?.[1];
    if (cls) cols.classes!.set(i, cls);
    else if (cols.no === undefined && (c === "ที่" || c.startsWith("ลำดับ"))) cols.no = i;
    else if (cols.item === undefined && (c.includes("รายการ") || c.includes("กิจกรรม") || c.includes("รายละเอียด"))) cols.item = i;
    else if (cols.amount === undefined && (c.includes("รวม") || c.includes("จำนวนเงิน") || c.includes("งบประมาณ"))) cols.amount = i;
  });
  return cols.item !== undefined && cols.classes!.size >= 2 ? cols : undefined;
}

/** The header of an activity column in a budget table: "กิจกรรม", "กิจกรรมที่", "Activity", "Act. no." … */
function isActivityColumn(c: string): boolean {
  const t = c.trim();
  return t === "กิจกรรม" || t === "กิจกรรมที่" || /^(?:activity|act\.?)(?:\s*(?:no\.?|#|number))?$/i.test(t);
}

/** Whether a tabbed row is the header of a budget table with figures (an item, an amount and a price or a count). */
export function isBudgetTableHeader(t: string): boolean {
  const cols = budgetTableHeader(tabCells(t));
  return !!cols && !cols.lumpSums && (cols.unitCost !== undefined || cols.quantity !== undefined) && !/ระยะเวลา|ผู้รับผิดชอบ|เดือน/.test(t);
}

/** A budget table's header row: "รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "ครั้ง", "รวมเงิน" … */
export function budgetTableHeader(cells: string[]): BudgetCols | undefined {
  if (cells.length < 2 || cells.some((c) => c.length > 40 || /\d/.test(c))) return undefined;
  const cols: BudgetCols = {};
  cells.forEach((c, i) => {
    if (cols.activity === undefined && cols.item === undefined && isActivityColumn(c)) cols.activity = i;
    else if (cols.no === undefined && cols.item === undefined && (c === "ที่" || c.startsWith("ลำดับ"))) cols.no = i;
    else if (cols.item === undefined && (c.includes("รายการ") || c.includes("รายละเอียด") || c.includes("ค่าใช้จ่าย"))) cols.item = i;
    else if (cols.unitCost === undefined && (c.includes("ราคา") || c.includes("อัตรา") || c.includes("ต่อหน่วย") || c.includes("หน่วยละ"))) cols.unitCost = i;
    else if (
      cols.amount === undefined &&
      (c.includes("รวม") || c.includes("เป็นเงิน") || c.includes("จำนวนเงิน") || c.includes("งบประมาณ") || c === "บาท")
    )
      cols.amount = i;
    else if (cols.quantity === undefined && (c.startsWith("จำนวน") || c === "คน" || c === "ผู้เข้าร่วม")) cols.quantity = i;
    else if (cols.unit === undefined && c.includes("หน่วย")) cols.unit = i;
    else if (cols.times === undefined && (c.includes("ครั้ง") || c.includes("มื้อ") || c.includes("วัน"))) cols.times = i;
  });
  if (cols.item === undefined || cols.amount === undefined) return undefined;
  // "รายการ | จำนวนเงิน" only: every row is a lump sum (counts in an item's name are not factors); any
  // other cell of such a header must be a row number or a remark, else the row is not a header
  if (cols.unitCost === undefined && cols.quantity === undefined) {
    const known = (c: string, i: number) => i === cols.item || i === cols.amount || c === "" || c === "ที่" || c.startsWith("ลำดับ") || c.startsWith("หมายเหตุ");
    if (!cells.every((c, i) => known(c.trim(), i))) return undefined;
    cols.lumpSums = true;
  }
  return cols;
}
