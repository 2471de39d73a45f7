/**
 * A budget table whose columns collapsed into single spaces (copied out of a PDF): the header row
 * "ที่ รายการ จำนวน หน่วย ราคา/หน่วย จำนวนเงิน" gives the column order, and a row such as
 * "1 ค่าอาหารกลางวัน 25 คน 70 1,750" is read against it — but only when its figures fit that order
 * (count × price [× times] = amount) or their shape is exact (a unit word in the unit column), so a row that
 * does not fit and may be another shape is left to the ordinary line reader.
 */
import type { Satang } from "../core/model";
import { bahtToSatang, parseNumber } from "../core/money";
import { toArabicDigits } from "../core/thaiDigits";

export type SpaceColumn = "no" | "item" | "quantity" | "unit" | "unitCost" | "times" | "amount";

export interface SpaceRow {
  number?: string;
  item: string;
  quantity: number;
  quantityUnit?: string;
  /** Null when the table has no unit-cost column (counts and an amount: the unit cost is derived later). */
  unitCost: Satang | null;
  times: number | null;
  timesUnit?: string;
  amount: Satang;
}

/** What one header word names; undefined when it names no column. */
function columnOf(word: string): SpaceColumn | undefined {
  const w = word.trim();
  if (w === "ที่" || w.startsWith("ลำดับ")) return "no";
  if (w.includes("รายการ") || w.includes("รายละเอียด")) return "item";
  if (w.includes("ราคา") || w.includes("อัตรา") || w.includes("ต่อหน่วย")) return "unitCost";
  if (w.includes("รวม") || w.includes("เป็นเงิน") || w.includes("จำนวนเงิน") || w === "บาท" || w === "งบประมาณ") return "amount";
  if (w.startsWith("จำนวน")) return "quantity";
  if (w === "หน่วย" || w === "หน่วยนับ") return "unit";
  if (w === "ครั้ง" || w === "มื้อ" || w === "วัน" || w.startsWith("จำนวนครั้ง")) return "times";
  return undefined;
}

/**
 * The columns of a space-separated budget table header, in order; undefined when the line is not one
 * (every word must name a column, and item, quantity, unit cost and amount must all be there, once).
 */
export function spaceTableHeader(text: string): SpaceColumn[] | undefined {
  // units in brackets belong to the word before them: "จำนวนเงิน (บาท)", "จำนวน (คน)"
  const words = text.replace(/\s*\([^()\d]{1,8}\)/g, "").trim().split(/\s+/);
  if (words.length < 4 || words.length > 8 || /\d/.test(text) || text.includes("\t")) return undefined;
  const cols: SpaceColumn[] = [];
  for (const w of words) {
    const c = columnOf(w);
    if (!c || cols.includes(c)) return undefined;
    cols.push(c);
  }
  // a unit-cost column may be missing ("ที่ รายการ จำนวน หน่วย จำนวนเงิน"): rows are counts and an amount
  const need: SpaceColumn[] = ["item", "quantity", "amount"];
  if (!need.every((c) => cols.includes(c))) return undefined;
  // the item comes before every figure column (rows are read from the right)
  const itemAt = cols.indexOf("item");
  if (cols.some((c, i) => c !== "no" && c !== "item" && i < itemAt)) return undefined;
  return cols;
}

const NUMBER = /^[0-9๐-๙][0-9๐-๙,]*(\.[0-9๐-๙]+)?$/;
const isFigure = (w: string) => NUMBER.test(w);
const figure = (w: string) => parseNumber(toArabicDigits(w));

/**
 * One row read against the header's columns, or undefined when the row does not fit them: its
 * figures must stand in the figure columns (right to left), the unit column hold one word, what is
 * left be the item (after an optional row number), and count × unit cost × times equal the amount, unless the
 * unit column holds its word (the shape is exact: the figures are read and the amount checked).
 */
export function readSpaceRow(text: string, cols: SpaceColumn[]): SpaceRow | undefined {
  if (text.includes("\t")) return undefined;
  const words = text.trim().split(/\s+/);
  const itemAt = cols.indexOf("item");
  const tail = cols.slice(itemAt + 1);
  const got: Partial<Record<SpaceColumn, string>> = {};
  let end = words.length;
  for (let k = tail.length - 1; k >= 0; k--) {
    const c = tail[k];
    if (end <= 0) return undefined;
    const w = words[end - 1];
    if (c === "unit") {
      if (isFigure(w)) continue; // the unit cell was left empty
      got.unit = w;
      end--;
      continue;
    }
    if (!isFigure(w)) return undefined;
    got[c] = w;
    end--;
  }
  let head = words.slice(0, end);
  let number: string | undefined;
  if (cols.indexOf("no") === 0 && head.length > 1 && /^[0-9๐-๙]{1,3}\.?$/.test(head[0])) {
    number = toArabicDigits(head[0].replace(".", ""));
    head = head.slice(1);
  }
  const item = head.join(" ");
  if (!/[\u0E01-\u0E2Ea-zA-Z]/.test(item) || isFigure(head[head.length - 1] ?? "")) return undefined;
  const quantity = figure(got.quantity ?? "");
  const priced = cols.includes("unitCost");
  const unitCost = priced ? figure(got.unitCost ?? "") : 0;
  const amount = figure(got.amount ?? "");
  const times = got.times === undefined ? null : figure(got.times);
  if (quantity === null || unitCost === null || amount === null || (got.times !== undefined && times === null)) return undefined;
  const cost = bahtToSatang(unitCost);
  const stated = bahtToSatang(amount);
  if (stated <= 0) return undefined;
  if (!priced) {
    // no unit-cost column: only a row of exact shape (its unit word in the unit column) is taken
    if (!cols.includes("unit") || got.unit === undefined || /[0-9๐-๙]/.test(got.unit) || /บาท/.test(got.unit)) return undefined;
    const row: SpaceRow = { item, quantity, unitCost: null, times, amount: stated, quantityUnit: got.unit };
    if (number !== undefined) row.number = number;
    return row;
  }
  // a row that does not fit is still this table's row when its shape is exact: every figure column filled
  // and a unit word in the unit column ("2 ค่าเหรียญรางวัล 20 เหรียญ 150 3,500"): its amount is then checked
  const exactShape = cols.includes("unit") && got.unit !== undefined && !/[0-9๐-๙]/.test(got.unit) && !/บาท/.test(got.unit);
  if (Math.round(cost * quantity * (times ?? 1)) !== stated && !exactShape) return undefined;
  const row: SpaceRow = { item, quantity, unitCost: cost, times, amount: stated };
  if (number !== undefined) row.number = number;
  if (got.unit) row.quantityUnit = got.unit;
  return row;
}
