/**
 * Links between the activity table and the budget: activities with no money, money with no activity.
 */
import type { Finding } from "../../findings";
import { at } from "../../findings";
import type { CellRef, Satang } from "../../model";
import type { Rule } from "../context";
import { activityLabel, cap, short } from "../messages";
import { formatBaht, ZERO_SATANG } from "../../money";

/** activity-without-budget (info): an activity has no budget lines and no subtotal. */
export const activityWithoutBudget: Rule = {
  id: "activity-without-budget",
  severity: "info",
  title: { th: "กิจกรรมไม่มีงบประมาณ", en: "Activity without budget" },
  run(ctx) {
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const a of ctx.plan.activities) {
      if (seen.has(a.id)) continue;
      seen.add(a.id);
      if (ctx.lineIndexesByActivity.has(a.id) || ctx.subtotalActivityIds.has(a.id)) continue;
      out.push({
        rule: "activity-without-budget",
        severity: "info",
        message: {
          th: `${activityLabel(a.id, "th")} "${short(a.name)}" ไม่มีรายการงบประมาณ (ถ้าไม่ใช้เงินก็ไม่ต้องแก้ไข)`,
          en: `${cap(activityLabel(a.id, "en"))} "${short(a.name)}" has no budget lines (fine if it needs no money)`,
        },
        activityId: a.id,
        activityName: a.name,
        ...at(a.cells?.budget ?? a.cells?.name),
      });
    }
    return out;
  },
};

/** budget-without-activity (error): budget lines or subtotals refer to an activity id that does not exist. */
export const budgetWithoutActivity: Rule = {
  id: "budget-without-activity",
  severity: "error",
  title: { th: "งบประมาณไม่ตรงกับกิจกรรมใด", en: "Budget that belongs to no activity" },
  run(ctx) {
    type Orphan = { lines: number; amount: Satang; title?: string; cell?: CellRef; firstLineId?: string; firstItem?: string };
    const orphans = new Map<string, Orphan>();
    const get = (id: string): Orphan => {
      let o = orphans.get(id);
      if (!o) {
        o = { lines: 0, amount: ZERO_SATANG };
        orphans.set(id, o);
      }
      return o;
    };
    for (const [id, idx] of ctx.lineIndexesByActivity) {
      if (ctx.activityById.has(id)) continue;
      const o = get(id);
      o.lines = idx.length;
      o.amount = ctx.computedByActivity.get(id) ?? ZERO_SATANG;
      const first = ctx.plan.budgetLines[idx[0]];
      o.firstLineId = first.id;
      o.firstItem = first.item;
      o.cell = first.cells?.activityId ?? first.cells?.item;
    }
    for (const s of ctx.plan.subtotals) {
      if (ctx.activityById.has(s.activityId)) continue;
      const o = get(s.activityId);
      o.title ??= s.title;
      o.cell ??= s.cell;
    }
    const out: Finding[] = [];
    for (const [id, o] of orphans) {
      const name = o.title ? `"${short(o.title)}"` : `"${id}"`;
      const what =
        o.lines > 0
          ? { th: `${o.lines} รายการ รวม ${formatBaht(o.amount, "th")}`, en: `${o.lines} line${o.lines === 1 ? "" : "s"}, ${formatBaht(o.amount, "en")}` }
          : { th: "ยอดรวม", en: "a subtotal" };
      out.push({
        rule: "budget-without-activity",
        severity: "error",
        // an empty id: lines that name no activity at all (said as such, never "กิจกรรมที่ " with nothing after it)
        message: id.trim()
          ? {
              th: `งบประมาณ ${name} (${what.th}) อ้างถึงกิจกรรมที่ ${id} ซึ่งไม่มีในตารางกิจกรรม`,
              en: `Budget ${name} (${what.en}) refers to activity ${id}, which is not in the activity table`,
            }
          : {
              th: `งบประมาณ${o.title ? ` ${name}` : ""} (${what.th}${o.firstItem ? ` เช่น "${short(o.firstItem)}"` : ""}) ไม่ได้ระบุกิจกรรม จึงไม่ตรงกับกิจกรรมใดในตารางกิจกรรม`,
              en: `Budget${o.title ? ` ${name}` : ""} (${what.en}${o.firstItem ? `, e.g. "${short(o.firstItem)}"` : ""}) names no activity, so it matches none in the activity table`,
            },
        activityId: id,
        ...(o.lines === 1 && o.firstLineId ? { lineId: o.firstLineId } : {}),
        ...(o.title ? { item: o.title } : o.firstItem !== undefined && o.lines === 1 ? { item: o.firstItem } : {}),
        actual: id,
        valueKind: "text",
        ...at(o.cell),
      });
    }
    return out;
  },
};
