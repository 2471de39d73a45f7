/**
 * An allocation stated while no budget line could be read (no budget table found, or every row of it
 * unreadable): the money is not checked at all, so this is said (a warning at the allocation cell), never
 * left silent — and not as "the whole allocation is not planned" (under-allocation), which it is not known to be.
 * The template's own table with no line in it yet (or lines with no figure typed) is a plan being written:
 * nothing is said then; with figures typed that cannot be read, it is.
 */
import { lineAmountAsWritten } from "../../core/budget";
import { formatMoney } from "../../core/money";
import type { Plan } from "../../core/model";
import type { Text } from "../i18n";
import type { Located } from "../located";
import { problem, type Ctx } from "./values";
import { cellRef } from "../../core/cellRef";

const NO_TABLE: Text = { th: "ไม่พบตารางงบประมาณ (หัวตาราง รายการ / จำนวนเงิน)", en: "No budget table found (headers Item / Amount)" };

/** Says that the budget could not be read; true when said. `noTable`: no budget table was found. */
export function sayBudgetUnread(ctx: Ctx, plan: Plan, loc: Located, noTable: boolean): boolean {
  const allocation = plan.project.allocation;
  const read = plan.budgetLines.some((l) => lineAmountAsWritten(l) !== null);
  // the template's own table with no line typed yet is a plan being written, not an unreadable one
  const templateEmpty = !noTable && !loc.budget?.handMade && !plan.budgetLines.some((l) => l.invalid);
  if (read || templateEmpty || allocation === undefined || !Number.isFinite(allocation) || allocation <= 0) {
    if (noTable) problem(ctx, NO_TABLE);
    return false;
  }
  const money = formatMoney(allocation, { decimals: "auto" });
  const at = plan.project.cells?.allocation;
  const where = at ? ` (${cellRef(at.sheet, at.cell)})` : "";
  const why: Text = noTable
    ? NO_TABLE
    : plan.budgetLines.length
      ? { th: `อ่านจำนวนเงินจากแถวใดในตารางงบประมาณไม่ได้เลย (${plan.budgetLines.length} แถว)`, en: `no row of the budget table gives an amount that can be read (${plan.budgetLines.length} rows)` }
      : { th: "ไม่มีแถวใดในตารางงบประมาณที่มีจำนวนเงิน", en: "no row of the budget table has an amount" };
  problem(
    ctx,
    {
      th: `อ่านงบประมาณไม่ได้: ระบุงบประมาณที่ได้รับจัดสรร ${money} บาท${where} แต่${why.th} จึงยังไม่ได้ตรวจรายการและยอดเงินกับวงเงิน — ตรวจหัวตาราง (รายการ / จำนวนเงิน) และตัวเลขในตาราง`,
      en: `The budget could not be read: an allocation of ${money} baht is stated${where} but ${why.en.replace(/^N/, "n")}, so no line or total is checked against it — check the table's headers (Item / Amount) and its figures`,
    },
    at,
    "warning",
  );
  loc.budgetUnread = true;
  return true;
}
