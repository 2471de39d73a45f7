import { activityWithoutBudget } from "../../../../src/core/validation/rules/links";
import { B, activity, line, plan, run } from "../helpers";

describe("activity-without-budget", () => {
  it("notes activities with no lines and no subtotal", () => {
    const p = plan({
      activities: [activity({ id: "1" }), activity({ id: "4", name: "พัฒนาผู้ประเมิน" }), activity({ id: "7" })],
      budgetLines: [line({ activityId: "1", unitCost: B(10), quantity: 1 })],
    });
    const f = run(activityWithoutBudget, p);
    expect(f.map((x) => x.activityId)).toEqual(["4", "7"]);
    expect(f[0]).toMatchObject({ rule: "activity-without-budget", severity: "info", activityName: "พัฒนาผู้ประเมิน" });
  });

  it("counts a stated subtotal as budget", () => {
    const p = plan({ activities: [activity({ id: "1" })], subtotals: [{ activityId: "1", statedAmount: B(100) }] });
    expect(run(activityWithoutBudget, p)).toEqual([]);
  });
});
