/**
 * Reading several hand-made budget tables into one plan (tables found by handTables.ts): each table's
 * lines are read in turn; a table without headings takes the activity its title (or sheet name) names;
 * a table's own total row is that activity's stated total, and a total of every table (its value is the
 * sum of all lines, or it follows the last table's own subtotal) is the plan's stated total.
 */
import { lineAmount } from "../../core/budget";
import type { CellRef, Plan, Satang } from "../../core/model";
import type { FoundTable, Located } from "../located";
import { addr } from "../a1";
import { readHandBudget } from "./handBudget";
import { withHeadingMonths, type RowInfo } from "./handRows";
import type { ReadTable } from "./handTables";
import { problem, type Ctx } from "./values";

export function readBudgetTables(ctx: Ctx, tables: ReadTable[], views: ReadTable[], plan: Plan, loc: Located, activityTable: boolean): FoundTable[] {
  const found: FoundTable[] = [];
  const totals: { value: Satang; cell: CellRef; lines: string[]; last: boolean; afterSubtotal: boolean }[] = [];
  tables.forEach((t, i) => {
    let rows: RowInfo[] = t.rows;
    if (t.title) {
      const head = withHeadingMonths({ row: t.title.row, kind: "heading", number: t.title.number, title: t.title.name ?? t.title.text, col: t.title.col, explicit: true });
      rows = [head, ...rows];
    }
    const before = plan.budgetLines.length;
    const stated = plan.project.statedTotal;
    const statedCell = plan.project.cells?.statedTotal;
    plan.project.statedTotal = undefined;
    const ft = readHandBudget(ctx, t.scan.sheet, t.header, rows, plan, loc, activityTable);
    if (t.corrected) ft.handMade!.corrected = true;
    if (t.title) ft.handMade!.activityFrom = { row: t.title.row, text: t.title.text };
    found.push(ft);
    const lines = plan.budgetLines.slice(before).map((l) => l.id);
    if (plan.project.statedTotal !== undefined && plan.project.cells?.statedTotal) {
      const lastLine = rows.map((r) => r.kind).lastIndexOf("line");
      const afterSubtotal = rows.some((r, k) => k > lastLine && r.kind === "subtotal");
      totals.push({ value: plan.project.statedTotal, cell: plan.project.cells.statedTotal, lines, last: i === tables.length - 1, afterSubtotal });
    }
    plan.project.statedTotal = stated;
    if (plan.project.cells) {
      if (statedCell) plan.project.cells.statedTotal = statedCell;
      else delete plan.project.cells.statedTotal;
    }
  });
  const amountOf = (id: string) => {
    const l = plan.budgetLines.find((x) => x.id === id)!;
    return l.statedAmount ?? lineAmount(l) ?? 0;
  };
  const all = plan.budgetLines.reduce((s, l) => s + (l.statedAmount ?? lineAmount(l) ?? 0), 0);
  for (const t of totals) {
    const own = t.lines.reduce((s, id) => s + amountOf(id), 0);
    const acts = new Set(t.lines.map((id) => plan.budgetLines.find((x) => x.id === id)!.activityId));
    const grand = (t.last && t.afterSubtotal) || (t.value === all && t.value !== own);
    if (grand || (acts.size !== 1 && t.last)) {
      if (plan.project.statedTotal === undefined) {
        plan.project.statedTotal = t.value;
        plan.project.cells = { ...(plan.project.cells ?? {}), statedTotal: t.cell };
      }
    } else if (acts.size === 1) {
      const [activityId] = acts;
      if (activityId) plan.subtotals.push({ activityId, statedAmount: t.value, cell: t.cell });
    }
  }
  for (const v of views) {
    problem(
      ctx,
      {
        th: `ตาราง ${v.scan.sheet.name} แถว ${v.header.rows[0]} ซ้ำกับงบประมาณที่อ่านแล้ว (รายการหรือยอดรวมเดียวกัน) จึงไม่นับซ้ำ`,
        en: `The table at ${v.scan.sheet.name} row ${v.header.rows[0]} repeats the budget already read (same items or total); not counted twice`,
      },
      { sheet: v.scan.sheet.name, cell: addr(v.header.rows[0], v.header.cols.item!) },
      "info",
    );
  }
  return found;
}
