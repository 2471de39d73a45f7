import { spendBeforeFunds } from "../../../../src/core/validation/rules/schedule";
import { B, activity, line, plan, run } from "../helpers";

const nov = { year: 2559, month: 11 };
const jan = { year: 2560, month: 1 };

describe("spend-before-funds", () => {
  it("reports an activity with money that ends before the funds arrive", () => {
    const p = plan({
      project: { fundsAvailableFrom: jan },
      activities: [activity({ id: "1", start: nov, end: nov })],
      budgetLines: [line({ unitCost: B(35), quantity: 20, times: 4 }), line({ item: "ค่าวัสดุ", statedAmount: B(1000) })],
    });
    const f = run(spendBeforeFunds, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "spend-before-funds", severity: "warning", activityId: "1", expected: "2017-01", actual: "2016-11", valueKind: "month" });
    expect(f[0].message.th).toBe("กิจกรรมที่ 1 ใช้เงิน 3,800 บาท ในเดือน พ.ย. 2559 แต่งบประมาณจะได้รับตั้งแต่ ม.ค. 2560");
  });

  it("is silent for activities ending in or after the funds month, with no money, or without a funds month", () => {
    const money = [line({ activityId: "1", unitCost: B(100), quantity: 1 })];
    const ending = (end: { year: number; month: number }) => [activity({ id: "1", start: nov, end })];
    expect(run(spendBeforeFunds, plan({ project: { fundsAvailableFrom: jan }, activities: ending(jan), budgetLines: money }))).toEqual([]);
    expect(run(spendBeforeFunds, plan({ project: { fundsAvailableFrom: jan }, activities: ending(nov) }))).toEqual([]);
    expect(run(spendBeforeFunds, plan({ activities: ending(nov), budgetLines: money }))).toEqual([]);
  });

  it("uses the start month when the end month is missing", () => {
    const p = plan({
      project: { fundsAvailableFrom: jan },
      activities: [activity({ id: "1", start: nov, end: undefined })],
      budgetLines: [line({ unitCost: B(100), quantity: 1 })],
    });
    expect(run(spendBeforeFunds, p)).toHaveLength(1);
  });
});
