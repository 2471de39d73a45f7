// Small builders for validation tests: a plan with sensible defaults and a runner for one rule.
import type { Satang } from "../../../src/core/model";
import { bahtToSatang } from "../../../src/core/money";
import type { Activity, BudgetLine, Plan, Project } from "../../../src/core/model";
import { emptyPlan } from "../../../src/core/model";
import type { Finding } from "../../../src/core/findings";
import type { Rule } from "../../../src/core/validation/context";
import { buildContext } from "../../../src/core/validation/context";
import type { ContextOptions } from "../../../src/core/validation/context";

export const B = (n: number): Satang => bahtToSatang(n);

let lineSeq = 0;

export function line(p: Partial<BudgetLine> & { activityId?: string }): BudgetLine {
  lineSeq += 1;
  return {
    id: p.id ?? `T${lineSeq}`,
    activityId: p.activityId ?? "1",
    item: p.item ?? "ค่าเครื่องดื่มและอาหารว่าง",
    unitCost: p.unitCost === undefined ? null : p.unitCost,
    quantity: p.quantity === undefined ? null : p.quantity,
    times: p.times === undefined ? null : p.times,
    statedAmount: p.statedAmount === undefined ? null : p.statedAmount,
    ...Object.fromEntries(Object.entries(p).filter(([k]) => !["id", "activityId", "item", "unitCost", "quantity", "times", "statedAmount"].includes(k))),
  };
}

export function activity(p: Partial<Activity> & { id: string }): Activity {
  return { name: `กิจกรรม ${p.id}`, owners: [], start: { year: 2560, month: 2 }, end: { year: 2560, month: 2 }, ...p };
}

/** A FY2560 plan (Oct 2559 – Sep 2560), gov venue, training type b, with the given parts. */
export function plan(p: Omit<Partial<Plan>, "project"> & { project?: Partial<Project> } = {}): Plan {
  const base = emptyPlan(2560);
  return {
    ...base,
    ...p,
    project: {
      ...base.project,
      name: "โครงการทดสอบ",
      periodStart: { year: 2559, month: 10 },
      periodEnd: { year: 2560, month: 9 },
      venue: "gov",
      trainingType: "b",
      ...p.project,
    },
    activities: p.activities ?? [activity({ id: "1" })],
  };
}

export function run(rule: Rule, p: Plan, opts: ContextOptions = {}): Finding[] {
  return rule.run(buildContext(p, opts));
}
