/**
 * The count cell of a budget table ("จำนวน"): "88 คน x 3 มื้อ", "30 คน 2 วัน", "6 ชม.", "20 หลัง".
 * Every number attached to a unit word is a factor: people and things multiply the quantity, meals,
 * days, nights, hours … the times. A bare number is the quantity.
 */
import { scanNumbers } from "./tokens";

export interface CountCell {
  quantity: number | null;
  quantityUnit?: string;
  times: number | null;
  timesUnit?: string;
}

/** Reads a count cell; null when it holds no count. Money figures ("50 บาท") are not counts. */
export function readCountCell(cell: string): CountCell | null {
  if (!cell || !/\d/.test(cell)) return null;
  const toks = scanNumbers(cell).filter((t) => !t.ignore && !t.huge && t.unit?.role !== "money" && !t.total && !t.stated);
  if (!toks.length) return null;
  let quantity: number | null = null;
  let times: number | null = null;
  const qUnits: string[] = [];
  const tUnits: string[] = [];
  for (const t of toks) {
    const v = Math.abs(t.value);
    if (t.unit?.role === "times") {
      times = (times ?? 1) * v;
      if (!tUnits.includes(t.unit.canonical)) tUnits.push(t.unit.canonical);
    } else {
      quantity = (quantity ?? 1) * v;
      if (t.unit && !qUnits.includes(t.unit.canonical)) qUnits.push(t.unit.canonical);
    }
  }
  const out: CountCell = { quantity, times };
  if (qUnits.length) out.quantityUnit = qUnits.join("×");
  if (tUnits.length) out.timesUnit = tUnits.join("×");
  return out;
}
