import { budgetWithoutActivity } from "../../../../src/core/validation/rules/links";
import { B, activity, line, plan, run } from "../helpers";

describe("budget-without-activity", () => {
  it("reports lines whose activity id matches no activity, once per id", () => {
    const p = plan({
      activities: [activity({ id: "1" })],
      budgetLines: [
        line({ activityId: "1", unitCost: B(10), quantity: 1 }),
        line({ activityId: "9", unitCost: B(100), quantity: 2, cells: { activityId: { sheet: "งบประมาณ", cell: "A20" } } }),
        line({ activityId: "9", item: "ค่าวัสดุ", statedAmount: B(300) }),
      ],
    });
    const f = run(budgetWithoutActivity, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "budget-without-activity", severity: "error", activityId: "9", actual: "9", sheet: "งบประมาณ", cell: "A20" });
    expect(f[0].activityName).toBeUndefined();
    expect(f[0].message.th).toBe('งบประมาณ "9" (2 รายการ รวม 500 บาท) อ้างถึงกิจกรรมที่ 9 ซึ่งไม่มีในตารางกิจกรรม');
  });

  it("reports a subtotal for a missing activity, naming it by its title", () => {
    const p = plan({ activities: [activity({ id: "1" })], subtotals: [{ activityId: "๕", title: "สรุปผลการดำเนินการ", statedAmount: B(22200) }] });
    const f = run(budgetWithoutActivity, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ activityId: "๕", item: "สรุปผลการดำเนินการ" });
    expect(f[0].message.en).toContain('Budget "สรุปผลการดำเนินการ" (a subtotal) refers to activity ๕');
  });

  it("is silent when every line and subtotal has its activity", () => {
    const p = plan({
      activities: [activity({ id: "1" }), activity({ id: "2" })],
      budgetLines: [line({ activityId: "2", unitCost: B(10), quantity: 1 })],
      subtotals: [{ activityId: "2", statedAmount: B(10) }],
    });
    expect(run(budgetWithoutActivity, p)).toEqual([]);
  });
});
