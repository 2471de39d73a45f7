import { seedPlan } from "../../src/core/examples/seed2560";
import { emptyPlan, type Plan } from "../../src/core/model";
import { satang } from "../../src/core/money";
import { buildTimeline, deriveStatus, fiscalIndex } from "../../src/taskpane/state/schedule";
import { formFromPlan, resultsEdits, resultsReducer, resultsView } from "../../src/taskpane/state/results";
import { importReducer, initialImportState, isStale, summarizeImport } from "../../src/taskpane/state/importState";
import { inForce, rateMonth, rulesInForce } from "../../src/taskpane/state/rates";
import { cellLabel, formatFindingValue, formatTime, percent, targetLabel } from "../../src/taskpane/format";
import { loadLang } from "../../src/taskpane/i18n/strings";

// English is a chunk the pane fetches when it is chosen; the English expectations below need it loaded.
beforeAll(() => loadLang("en"));

describe("schedule view", () => {
  it("places the seed's activities on the FY2560 timeline (ต.ค. 2559 – ก.ย. 2560)", () => {
    const tl = buildTimeline(seedPlan(), { year: 2560, month: 3 });
    expect(tl.fiscalYear).toBe(2560);
    expect(tl.months[0]).toEqual({ year: 2559, month: 10 });
    expect(tl.months[11]).toEqual({ year: 2560, month: 9 });
    expect(tl.period).toEqual({ startIdx: 0, endIdx: 11 });
    expect(tl.todayIdx).toBe(5); // March is the 6th month of the fiscal year
    expect(tl.fundsIdx).toBe(3); // January
    const a1 = tl.rows.find((r) => r.id === "1")!;
    expect([a1.startIdx, a1.endIdx]).toEqual([1, 1]); // November
    expect(a1.status).toBe("late"); // November passed, not marked done
    expect(a1.derived).toBe(true);
    const a4 = tl.rows.find((r) => r.id === "4")!;
    expect(a4.status).toBe("planned");
  });

  it("sums the quarterly spending plan to the lines' total", () => {
    const tl = buildTimeline(seedPlan(), { year: 2560, month: 3 });
    const q = tl.quarters;
    // The lines actually sum to 121,000 baht; activity 1 (Nov) is in Q1.
    expect(q[1] + q[2] + q[3] + q[4] + q.unscheduled).toBe(12_100_000);
    expect(q[1]).toBeGreaterThan(0);
    expect(tl.quarterMonths.map((x) => x.from.month)).toEqual([10, 1, 4, 7]);
  });

  it("derives status from months and keeps a set status", () => {
    expect(deriveStatus({ year: 2560, month: 2 }, { year: 2560, month: 4 }, { year: 2560, month: 1 })).toBe("planned");
    expect(deriveStatus({ year: 2560, month: 2 }, { year: 2560, month: 4 }, { year: 2560, month: 4 })).toBe("in-progress");
    expect(deriveStatus({ year: 2560, month: 2 }, undefined, { year: 2560, month: 3 })).toBe("late");
    expect(deriveStatus(undefined, undefined, { year: 2560, month: 3 })).toBe("planned");
    const plan = seedPlan();
    plan.activities[0].status = "done";
    plan.activities[0].cells = { status: { sheet: "กิจกรรม", cell: "F5" } };
    const row = buildTimeline(plan, { year: 2560, month: 3 }).rows[0];
    expect(row).toMatchObject({ status: "done", derived: false, statusCell: { sheet: "กิจกรรม", cell: "F5" } });
  });

  it("clamps activities that run outside the fiscal year and flags months outside the period", () => {
    const plan: Plan = emptyPlan(2567);
    plan.project.periodStart = { year: 2566, month: 12 };
    plan.project.periodEnd = { year: 2567, month: 6 };
    plan.activities.push({ id: "1", name: "ก", owners: [], start: { year: 2566, month: 8 }, end: { year: 2566, month: 11 } });
    plan.activities.push({ id: "2", name: "ข", owners: [] });
    const tl = buildTimeline(plan, { year: 2570, month: 1 });
    expect(tl.todayIdx).toBeUndefined();
    expect(tl.period).toEqual({ startIdx: 2, endIdx: 8 });
    expect(tl.rows[0]).toMatchObject({ startIdx: 0, endIdx: 1, clipped: true, outsidePeriod: true });
    expect(tl.rows[1].startIdx).toBeUndefined();
    expect(fiscalIndex({ year: 2566, month: 10 }, 2567)).toBe(0);
    expect(fiscalIndex({ year: 2567, month: 9 }, 2567)).toBe(11);
  });
});

describe("results view", () => {
  const withCells = (): Plan => {
    const plan = seedPlan();
    plan.results = {
      ...plan.results,
      cells: { received: { sheet: "ผลการดำเนินงาน", cell: "C3" }, spent: { sheet: "ผลการดำเนินงาน", cell: "C4" } },
    };
    plan.indicators = plan.indicators.map((ind, i) => ({ ...ind, cells: { achievedValue: { sheet: "ตัวชี้วัด", cell: `F${5 + i}` } } }));
    return plan;
  };

  it("loads the seed's results and computes remaining", () => {
    const plan = withCells();
    const form = formFromPlan(plan);
    expect(form.received).toBe("120000");
    expect(form.spent).toBe("20000");
    const view = resultsView(plan, form);
    expect(view.remaining).toBe(10_000_000);
    expect(view.overspent).toBe(false);
  });

  it("parses Thai digits and commas, flags text that is not a number, computes achievement %", () => {
    const plan = withCells();
    let form = formFromPlan(plan);
    form = resultsReducer(form, { type: "setSpent", text: "๑๓๐,๐๐๐" });
    expect(form.dirty).toBe(true);
    let view = resultsView(plan, form);
    expect(view.spent).toBe(13_000_000);
    expect(view.remaining).toBe(-1_000_000);
    expect(view.overspent).toBe(true);
    const i = plan.indicators.findIndex((x) => typeof x.targetValue === "number" && x.targetValue > 0);
    expect(i).toBeGreaterThanOrEqual(0);
    const target = plan.indicators[i].targetValue as number;
    form = resultsReducer(form, { type: "setAchieved", index: i, text: String(target / 2) });
    form = resultsReducer(form, { type: "setReceived", text: "abc" });
    view = resultsView(plan, form);
    expect(view.percents[i]).toBe(50);
    expect(view.invalid).toEqual(["abc"]);
  });

  it("writes only changed values to the known cells", () => {
    const plan = withCells();
    let form = formFromPlan(plan);
    expect(resultsEdits(plan, form)).toEqual([]);
    form = resultsReducer(form, { type: "setSpent", text: "25,500.50" });
    form = resultsReducer(form, { type: "setAchieved", index: 0, text: "80" });
    expect(resultsEdits(plan, form)).toEqual([
      { sheet: "ผลการดำเนินงาน", cell: "C4", value: 25500.5 },
      { sheet: "ตัวชี้วัด", cell: "F5", value: 80 },
    ]);
    expect(resultsReducer(form, { type: "saved" }).dirty).toBe(false);
    expect(resultsReducer(form, { type: "load", plan }).spent).toBe("20000");
  });
});

describe("import view", () => {
  it("summarises what the importer understood and notices a stale preview", () => {
    const plan = seedPlan();
    let s = importReducer(initialImportState, { type: "setText", text: "โครงการ ก" });
    s = importReducer(s, { type: "read", result: { plan, problems: [{ line: 3, text: "??", message: { th: "อ่านไม่ได้", en: "unreadable" } }] } });
    expect(isStale(s)).toBe(false);
    const sum = summarizeImport(s.result!);
    expect(sum).toMatchObject({ fiscalYear: 2560, activities: 7, allocation: 12_000_000, total: 12_100_000 });
    expect(sum.lines).toBe(plan.budgetLines.length);
    s = importReducer(s, { type: "setText", text: "โครงการ ข" });
    expect(isStale(s)).toBe(true);
    expect(importReducer(s, { type: "clear" })).toEqual(initialImportState);
  });
});

describe("rates view", () => {
  const rule = (from?: string, to?: string) => ({
    id: `r${from}${to}`,
    category: "meal",
    label: { th: "อาหาร", en: "Meal" },
    unit: { th: "มื้อ", en: "meal" },
    ceiling: satang(12000),
    conditions: {},
    effectiveFrom: from,
    effectiveTo: to,
    source: { th: "x", en: "x" },
    confidence: "high" as const,
  });

  it("selects the rules in force in the plan's first month", () => {
    const m = rateMonth(2560, undefined);
    expect(m).toEqual({ year: 2559, month: 10 });
    expect(rateMonth(2560, { year: 2559, month: 11 })).toEqual({ year: 2559, month: 11 });
    expect(inForce(rule("2016-10-01"), m)).toBe(true);
    expect(inForce(rule("2016-10-02"), m)).toBe(false);
    expect(inForce(rule(undefined, "2016-09-30"), m)).toBe(false);
    expect(rulesInForce([rule(), rule("2020-01-01")], m)).toHaveLength(1);
  });
});

describe("display helpers", () => {
  it("formats expected/actual by kind", () => {
    expect(formatFindingValue(1_600_000, "money", "th")).toBe("16,000 บาท");
    expect(formatFindingValue(1_600_000, "money", "en")).toBe("16,000 baht");
    expect(formatFindingValue(200, "number", "en")).toBe("200");
    expect(formatFindingValue("พ.ย. 2559", "month", "th")).toBe("พ.ย. 2559");
    expect(formatFindingValue(undefined, "money", "th")).toBeUndefined();
    expect(formatFindingValue("2017-01", "month", "th")).toBe("ม.ค. 2560");
    expect(formatFindingValue("2016-11", "month", "en")).toBe("Nov 2016");
  });

  it("labels cells, quoting sheet names that need it", () => {
    expect(cellLabel("งบประมาณ", "H7")).toBe("งบประมาณ!H7");
    expect(cellLabel("กิจกรรม", "S10")).toBe("กิจกรรม!S10");
    expect(cellLabel("My Budget", "H7")).toBe("'My Budget'!H7");
    expect(cellLabel(undefined, "H7")).toBe("H7");
    expect(cellLabel("งบประมาณ", undefined)).toBeUndefined();
  });

  it("computes percentages and times", () => {
    expect(percent(100, 200)).toBe(50);
    expect(percent(1, 3)).toBe(33.3);
    expect(percent(1, 0)).toBeUndefined();
    expect(percent(undefined, 3)).toBeUndefined();
    expect(formatTime("not a date", "th")).toBe("");
    expect(formatTime(new Date(2026, 0, 1, 9, 5, 7).toISOString(), "th")).toBe("09.05.07 น.");
    expect(formatTime(new Date(2026, 0, 1, 9, 5, 7).toISOString(), "en")).toBe("09:05:07");
  });
});

describe("indicator targets", () => {
  it("a percentage as Thai plans write it ('ร้อยละ 80'), '80%' in English; other units after the number; else the target text", () => {
    expect(targetLabel({ text: "x", targetValue: 80, targetUnit: "ร้อยละ" }, "th")).toBe("ร้อยละ 80");
    expect(targetLabel({ text: "x", targetValue: 80, targetUnit: "ร้อยละ" }, "en")).toBe("80%");
    expect(targetLabel({ text: "x", targetValue: 87.5, targetUnit: "%" }, "th")).toBe("ร้อยละ 87.5");
    expect(targetLabel({ text: "x", targetValue: 1200, targetUnit: "คน" }, "th")).toBe("1,200 คน");
    expect(targetLabel({ text: "x", targetText: "ทุกโรงเรียน ปีละ 1 ครั้ง" })).toBe("ทุกโรงเรียน ปีละ 1 ครั้ง");
    expect(targetLabel({ text: "same", targetText: "same" })).toBe("");
  });
});
