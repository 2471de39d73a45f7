import { scheduleMissing } from "../../../../src/core/validation/rules/schedule";
import { activity, plan, run } from "../helpers";

describe("schedule-missing", () => {
  it("reports an activity with no months", () => {
    const p = plan({ activities: [activity({ id: "7", name: "สรุป รายงานผล", start: undefined, end: undefined })] });
    const f = run(scheduleMissing, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "schedule-missing", severity: "warning", activityId: "7", activityName: "สรุป รายงานผล" });
    expect(f[0].message.th).toBe('กิจกรรมที่ 7 "สรุป รายงานผล" ไม่ได้ระบุระยะเวลาดำเนินงาน');
  });

  it("accepts an activity with only a start or only an end month", () => {
    const p = plan({
      activities: [activity({ id: "1", end: undefined }), activity({ id: "2", start: undefined })],
    });
    expect(run(scheduleMissing, p)).toEqual([]);
  });
});
