/**
 * Round trip: Plan → WorkbookSpec → HyperFormula evaluation → WorkbookSnapshot → readPlan → the same plan.
 */
import type { Plan } from "../../src/core/model";
import { emptyPlan } from "../../src/core/model";
import { seedPlan } from "../../src/core/examples/seed2560";
import { classifyItem } from "../../src/core/rates/classifier";
import { buildWorkbookSpec, readPlan } from "../../src/workbook";
import { specSnapshot } from "../helpers/hfSnapshot";

function clean<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/** The parts of a plan a workbook must carry (cells, titles and generated defaults aside). */
export function comparable(plan: Plan) {
  const p = plan.project;
  return clean({
    project: {
      name: p.name || undefined,
      owner: p.owner,
      department: p.department,
      fiscalYear: p.fiscalYear,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      allocation: p.allocation,
      budgetSource: p.budgetSource,
      fundsAvailableFrom: p.fundsAvailableFrom,
      venue: p.venue,
      trainingType: p.trainingType,
      staffLevel: p.staffLevel,
      character: p.character,
      alignment: p.alignment?.length ? p.alignment : undefined,
      objectives: p.objectives?.length ? p.objectives : undefined,
      rationale: p.rationale,
      expectedResults: p.expectedResults?.length ? p.expectedResults : undefined,
      statedTotal: p.statedTotal,
    },
    activities: plan.activities.map((a) => ({ id: a.id, name: a.name, start: a.start, end: a.end, owners: a.owners, status: a.status, note: a.note })),
    lines: plan.budgetLines.map((l) => {
      const guess = classifyItem(l.item);
      return {
        activityId: l.activityId,
        item: l.item,
        expenseClass: l.expenseClass ?? guess?.expenseClass,
        rateCategory: l.rateCategory ?? guess?.category,
        unitCost: l.unitCost,
        quantity: l.quantity,
        quantityUnit: l.quantityUnit,
        times: l.times,
        timesUnit: l.timesUnit,
        statedAmount: l.statedAmount,
        invalid: l.invalid,
        month: l.month,
        note: l.note,
      };
    }),
    subtotals: plan.subtotals.map((s) => ({ activityId: s.activityId, statedAmount: s.statedAmount })),
    targets: plan.targets.map((t) => ({ kind: t.kind, text: t.text, value: t.value, unit: t.unit })),
    indicators: plan.indicators.map((i) => ({
      kind: i.kind,
      text: i.text,
      targetValue: i.targetValue,
      targetUnit: i.targetUnit,
      targetText: i.targetText,
      method: i.method,
      tool: i.tool,
      achievedValue: i.achievedValue,
    })),
    results: plan.results ? { received: plan.results.received, spent: plan.results.spent, remaining: plan.results.remaining } : undefined,
  });
}

/** The seed with the optional parts filled in too. */
export function richPlan(): Plan {
  const p = seedPlan();
  p.project.staffLevel = "standard";
  p.activities[1].status = "done";
  p.activities[2].note = "ร่วมกับ ก.ต.ป.น.";
  p.activities[3].start = { year: 2560, month: 4 };
  p.activities[3].end = { year: 2560, month: 5 };
  p.budgetLines[10].month = { year: 2560, month: 7 };
  p.budgetLines[0].expenseClass = "services";
  p.budgetLines[0].rateCategory = "snack";
  p.indicators[2].achievedValue = 95;
  p.indicators[2].method = "นับจำนวนผู้ผ่านการอบรม";
  p.indicators[2].tool = "แบบลงทะเบียน";
  p.results = { received: 12000000, spent: 2000000, remaining: 9000000 }; // remaining stated wrongly: written as typed
  return p;
}

describe("round trip through HyperFormula", () => {
  test("blank template reads back as an empty plan of its fiscal year", () => {
    const plan = emptyPlan(2569);
    const read = readPlan(specSnapshot(buildWorkbookSpec(plan, { lang: "th" })));
    expect(read.isPlan).toBe(true);
    expect(read.problems).toEqual([]);
    expect(read.sheetFindings).toEqual([]);
    expect(read.plan.project.fiscalYear).toBe(2569);
    expect(read.plan.activities).toEqual([]);
    expect(read.plan.budgetLines).toEqual([]);
    expect(read.plan.subtotals).toEqual([]);
    expect(read.plan.results).toBeUndefined();
    expect(read.rateBookFromSheet?.rules.length).toBeGreaterThan(5);
  });

  test.each(["th", "en"] as const)("the seed example (%s) reads back as written", (lang) => {
    const plan = seedPlan();
    const read = readPlan(specSnapshot(buildWorkbookSpec(plan, { lang })));
    expect(read.isPlan).toBe(true);
    expect(read.problems).toEqual([]);
    expect(comparable(read.plan)).toEqual(comparable(plan));
    expect(read.located.lang).toBe(lang);
  });

  test("optional parts (status, notes, line month, achieved values, typed remaining) survive", () => {
    const plan = richPlan();
    const read = readPlan(specSnapshot(buildWorkbookSpec(plan, { lang: "th" })));
    expect(comparable(read.plan)).toEqual(comparable(plan));
  });

  test("cells point at the values they were read from", () => {
    const read = readPlan(specSnapshot(buildWorkbookSpec(seedPlan(), { lang: "th" })));
    const l4 = read.plan.budgetLines[3];
    expect(l4.cells?.statedAmount).toEqual({ sheet: "งบประมาณ", cell: "J8" });
    expect(l4.cells?.unitCost).toEqual({ sheet: "งบประมาณ", cell: "E8" });
    expect(read.plan.activities[0].cells?.start).toEqual({ sheet: "กิจกรรม", cell: "D5" });
    expect(read.plan.subtotals.find((s) => s.activityId === "6")?.cell).toEqual({ sheet: "กิจกรรม", cell: "S10" });
    expect(read.plan.project.cells?.statedTotal).toEqual({ sheet: "โครงการ", cell: "B16" });
    expect(read.plan.project.cells?.allocation).toEqual({ sheet: "โครงการ", cell: "B11" });
  });

  test("the rates sheet reads back as the rate book it was written from", () => {
    const read = readPlan(specSnapshot(buildWorkbookSpec(emptyPlan(2569), { lang: "th" })));
    const { loadRateBook } = jest.requireActual("../../src/core/rates/rateBook") as typeof import("../../src/core/rates/rateBook");
    const bundled = loadRateBook().rules;
    const fromSheet = read.rateBookFromSheet!.rules;
    expect(fromSheet.map((r) => [r.id, r.category, r.ceiling, r.conditions, r.effectiveFrom, r.effectiveTo, r.confidence, r.source])).toEqual(
      bundled.map((r) => [r.id, r.category, r.ceiling, r.conditions, r.effectiveFrom, r.effectiveTo, r.confidence, r.source]),
    );
  });
});
