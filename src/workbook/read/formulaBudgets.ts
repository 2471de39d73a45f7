/**
 * Activity budgets written as formulas in a hand-made activity table (a summary sheet's "งบประมาณ" column
 * filled with ='กิจกรรม3'!F9, =E10): the figure a formula shows is the activity's stated budget, compared
 * with its lines like a typed one — unless the formula only points at a subtotal or total row of that
 * activity's own block (that row is checked itself; its mistake is reported there, once).
 */
import type { Plan } from "../../core/model";
import type { FoundTable, Located } from "../located";
import { findRefs } from "../formulaText";
import type { Ctx } from "./values";

export function applyFormulaBudgets(ctx: Ctx, plan: Plan, loc: Located): void {
  const list = ctx.formulaBudgets ?? [];
  ctx.formulaBudgets = [];
  if (!list.length) return;
  const tables: FoundTable[] = loc.budgetTables ?? (loc.budget ? [loc.budget] : []);
  const activityOfRow = new Map<string, string>();
  for (const l of plan.budgetLines) {
    const c = l.cells?.statedAmount ?? l.cells?.item;
    const row = loc.lineRows.get(l.id);
    if (c && row !== undefined) activityOfRow.set(`${c.sheet.toLowerCase()}|${row}`, l.activityId);
  }
  for (const b of list) {
    if (plan.subtotals.some((s) => s.activityId === b.activityId && s.cell?.sheet === b.cell.sheet && s.cell.cell === b.cell.cell)) continue;
    const refs = findRefs(b.formula);
    const own = refs.length === 1 && refs[0].r1 === refs[0].r2 && isOwnTotal(refs[0].sheet ?? b.cell.sheet, refs[0].r1, b.activityId, tables, activityOfRow);
    if (own) continue;
    plan.subtotals.push({ activityId: b.activityId, statedAmount: b.value, cell: b.cell });
  }
}

/** Is (sheet, row) a subtotal or total row of a budget table whose block belongs to this activity? */
function isOwnTotal(sheet: string, row: number, activityId: string, tables: FoundTable[], activityOfRow: Map<string, string>): boolean {
  for (const t of tables) {
    if (t.sheet.toLowerCase() !== sheet.toLowerCase() || !t.handMade) continue;
    const kinds = t.handMade.rowKinds;
    const k = kinds.find((x) => x.row === row);
    if (!k || (k.kind !== "subtotal" && k.kind !== "total")) continue;
    if (k.activityId !== undefined) return k.activityId === activityId;
    // a table's own total: the activity of the lines above it (since the last subtotal or total)
    const acts = new Set<string>();
    for (const x of kinds) {
      if (x.row >= row) break;
      if (x.kind === "subtotal" || x.kind === "total") acts.clear();
      else if (x.kind === "line") {
        const a = activityOfRow.get(`${sheet.toLowerCase()}|${x.row}`);
        if (a !== undefined) acts.add(a);
      }
    }
    return acts.size === 1 && acts.has(activityId);
  }
  return false;
}
