/**
 * A hand-made budget table whose factors are written as text in one column (รายละเอียดการคำนวณ:
 * "25 บาท x 40 คน x 10 วัน", "10 รางวัล x 300 บาท", "30 คน x 50 บาท x 2 มื้อ", "2 คัน @ 9,000 บาท"): the text
 * is read by the project-text reader's line parser (the role of each number from the unit beside it, not
 * from its place). Taken only when a unit cost in baht is told for sure; figures that cannot be placed
 * ("40x35x2", no บาท) are said in a read-problem (info) and the line keeps its amount as a lump sum.
 * Words only ("เหมาจ่าย") are a lump sum, silently.
 */
import type { BudgetLine, LineField, CellRef } from "../../core/model";
import { toArabicDigits } from "../../core/thaiDigits";
import { cleanItem, parseBudgetLine } from "../../import/budgetLine";
import { cellValue, ref } from "../cells";
import type { Text } from "../i18n";
import type { SheetSnapshot } from "../types";
import { problem, type Ctx } from "./values";
import { clip } from "../../core/clip";
import { cellRef } from "../../core/cellRef";

const MONEY = /บาท|บ\.|@|฿|baht/i;

/** The factors told for sure by a calculation text ("30 คน x 35 บาท x 2 มื้อ", "ค่าอาหารว่าง 30 คน × 35 บาท × 2 มื้อ"), or null. */
export function readCalc(raw: unknown): ReturnType<typeof parseBudgetLine> {
  if (typeof raw !== "string") return null;
  const text = toArabicDigits(raw).trim();
  if (!/[0-9]/.test(text)) return null;
  const p = parseBudgetLine(text);
  return p && p.unitCost !== null && MONEY.test(text) && (p.quantity !== null || p.times !== null) && !p.unused.length ? p : null;
}

export function calcFactors(ctx: Ctx, s: SheetSnapshot, r: number, col: number, line: BudgetLine, cells: Partial<Record<LineField | "item" | "activityId", CellRef>>, what: Text): void {
  const v = cellValue(s, r, col);
  if (typeof v !== "string") return;
  if (!/[0-9]/.test(toArabicDigits(v))) return;
  const p = readCalc(v);
  const at = ref(s, r, col);
  if (p) {
    line.unitCost = p.unitCost;
    line.quantity = p.quantity;
    line.times = p.times;
    if (p.quantityUnit) line.quantityUnit = p.quantityUnit;
    if (p.timesUnit) line.timesUnit = p.timesUnit;
    for (const f of ["unitCost", "quantity", "times"] as const) if (line[f] !== null) cells[f] = at;
    // one cell holds the item and its calculation ("ค่าอาหารว่าง 30 คน × 35 บาท × 2 มื้อ"): the item is the words before it
    const item = cleanItem(p.item);
    if (cells.item?.sheet === at.sheet && cells.item.cell === at.cell && item) line.item = item;
    return;
  }
  problem(
    ctx,
    {
      th: `${what.th}: อ่านรายละเอียดการคำนวณ "${clip(v, 60)}" (${cellRef(s.name, at.cell)}) ไม่ได้แน่ชัด (ไม่รู้ว่าตัวเลขใดเป็นราคาต่อหน่วยเป็นบาท) จึงตรวจเฉพาะจำนวนเงิน ไม่ได้ตรวจการคูณ — เขียนเช่น "30 คน x 50 บาท x 2 มื้อ"`,
      en: `${what.en}: the calculation "${clip(v, 60)}" (${cellRef(s.name, at.cell)}) cannot be read for sure (which figure is the unit cost in baht is not told); only the amount is used, the multiplication is not checked. Write e.g. "30 persons x 50 baht x 2 meals"`,
    },
    at,
    "info",
  );
}
