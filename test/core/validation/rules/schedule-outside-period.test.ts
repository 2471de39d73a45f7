import { scheduleOutsidePeriod } from "../../../../src/core/validation/rules/schedule";
import { B, activity, line, plan, run } from "../helpers";

describe("schedule-outside-period", () => {
  it("reports an activity month after the project period", () => {
    const p = plan({
      activities: [activity({ id: "2", start: { year: 2560, month: 10 }, end: { year: 2560, month: 10 }, cells: { start: { sheet: "กิจกรรม", cell: "C6" } } })],
    });
    const f = run(scheduleOutsidePeriod, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: "schedule-outside-period",
      severity: "warning",
      activityId: "2",
      expected: "2016-10/2017-09",
      actual: "2017-10",
      valueKind: "month",
      sheet: "กิจกรรม",
      cell: "C6",
    });
    expect(f[0].message.th).toBe("กิจกรรมที่ 2 กำหนดไว้เดือน ต.ค. 2560 ซึ่งอยู่นอกระยะเวลาดำเนินโครงการ (ต.ค. 2559 – ก.ย. 2560)");
    expect(f[0].message.en).toBe("Activity 2 is scheduled in Oct 2017, outside the project period (Oct 2016 – Sep 2017)");
  });

  it("reports start and end separately when both fall outside, and a line's own month", () => {
    const p = plan({
      project: { periodStart: { year: 2559, month: 11 }, periodEnd: { year: 2560, month: 8 } },
      activities: [activity({ id: "1", start: { year: 2559, month: 10 }, end: { year: 2560, month: 9 } })],
      budgetLines: [line({ id: "X", unitCost: B(10), quantity: 1, month: { year: 2560, month: 9 } })],
    });
    const f = run(scheduleOutsidePeriod, p);
    expect(f.map((x) => [x.activityId, x.lineId, x.actual])).toEqual([
      ["1", undefined, "2016-10"],
      ["1", undefined, "2017-09"],
      ["1", "X", "2017-09"],
    ]);
  });

  it("uses the fiscal year when the plan states no period", () => {
    const inside = plan({ project: { periodStart: undefined, periodEnd: undefined }, activities: [activity({ id: "1", start: { year: 2559, month: 10 }, end: { year: 2560, month: 9 } })] });
    expect(run(scheduleOutsidePeriod, inside)).toEqual([]);
    const outside = plan({ project: { periodStart: undefined, periodEnd: undefined }, activities: [activity({ id: "1", start: { year: 2559, month: 9 }, end: { year: 2559, month: 9 } })] });
    expect(run(scheduleOutsidePeriod, outside)).toHaveLength(1);
    // the range is the fiscal year, and the message says so (not "the project period")
    expect(run(scheduleOutsidePeriod, outside)[0].message).toEqual({
      th: "กิจกรรมที่ 1 กำหนดไว้เดือน ก.ย. 2559 ซึ่งอยู่นอกปีงบประมาณ 2560 (ต.ค. 2559 – ก.ย. 2560)",
      en: "Activity 1 is scheduled in Sep 2016, outside fiscal year 2560 (Oct 2016 – Sep 2017)",
    });
  });

  it("is silent for months on the period's edges and activities without months", () => {
    const p = plan({
      activities: [
        activity({ id: "1", start: { year: 2559, month: 10 }, end: { year: 2560, month: 9 } }),
        activity({ id: "2", start: undefined, end: undefined }),
      ],
    });
    expect(run(scheduleOutsidePeriod, p)).toEqual([]);
  });
});
