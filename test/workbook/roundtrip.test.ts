/**
 * Round trip: Plan → WorkbookSpec → HyperFormula evaluation → WorkbookSnapshot → readPlan → the same plan.
 */
import { emptyPlan } from "../../src/core/model";
import { seedPlan } from "../../src/core/examples/seed2560";
import { buildWorkbookSpec, readPlan } from "../../src/workbook";
import { specSnapshot } from "../helpers/hfSnapshot";
import { comparable, richPlan } from "./compare";

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
    expect(read.plan.activities[0].cells?.status).toEqual({ sheet: "กิจกรรม", cell: "U5" }); // the status to set, empty for now
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
