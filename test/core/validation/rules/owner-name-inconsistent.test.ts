import { ownerNameInconsistent, parseNames } from "../../../../src/core/validation/rules/owners";
import { activity, plan, run } from "../helpers";

describe("parseNames", () => {
  it("strips titles and splits several names in one text", () => {
    expect(parseNames("นายวิษุทธิ์ เพ็ชรเมือง นางสาวพรพิมล ชนะศรี")).toEqual([
      { first: "วิษุทธิ์", surname: "เพ็ชรเมือง" },
      { first: "พรพิมล", surname: "ชนะศรี" },
    ]);
    expect(parseNames("ดร. สมชาย ใจดี, นางอารี แก้วสถิตวงศ์")).toEqual([
      { first: "สมชาย", surname: "ใจดี" },
      { first: "อารี", surname: "แก้วสถิตวงศ์" },
    ]);
    expect(parseNames("นางสาวนวลฉวี")).toEqual([{ first: "นวลฉวี" }]);
  });
});

describe("owner-name-inconsistent", () => {
  it("notes one first name with three surname spellings (the seed's ชนะศรี, ธานีศรี, ธนะศรี)", () => {
    const p = plan({
      project: { owner: "นางสาวพรพิมล ชนะศรี" },
      activities: [
        activity({ id: "1", owners: ["นายวิษุทธิ์ เพ็ชรเมือง", "นางสาวพรพิมล ธานีศรี"] }),
        activity({ id: "2", owners: ["นางสาวพรพิมล ธานีศรี"] }),
        activity({ id: "3", owners: ["นางสาวพรพิมล ธนะศรี", "นายวิษุทธิ์ เพ็ชรเมือง"] }),
      ],
    });
    const f = run(ownerNameInconsistent, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "owner-name-inconsistent", severity: "info", item: "พรพิมล", expected: "ชนะศรี", actual: "ธานีศรี", activityId: "1" });
    expect(f[0].message.en).toBe(
      '"พรพิมล" is written with 3 different surnames: ชนะศรี (project owner), ธานีศรี (activities 1, 2), ธนะศรี (activity 3); check whether it is the same person',
    );
    expect(f[0].message.th).toBe(
      'ชื่อ "พรพิมล" เขียนนามสกุลต่างกัน 3 แบบ: ชนะศรี (ผู้รับผิดชอบโครงการ), ธานีศรี (กิจกรรมที่ 1, 2), ธนะศรี (กิจกรรมที่ 3) ตรวจสอบว่าเป็นคนเดียวกันหรือไม่',
    );
  });

  it("ignores titles when comparing (นาง vs นางสาว, same surname)", () => {
    const p = plan({
      project: { owner: "นางสาวพรพิมล ชนะศรี" },
      activities: [activity({ id: "1", owners: ["นางพรพิมล ชนะศรี", "ดร.พรพิมล ชนะศรี"] })],
    });
    expect(run(ownerNameInconsistent, p)).toEqual([]);
  });

  it("is silent for different people and names written without a surname", () => {
    const p = plan({
      project: { owner: "นางสาวพรพิมล ชนะศรี" },
      activities: [activity({ id: "1", owners: ["นางสาวนวลฉวี คนเที่ยง", "นางสาวพรพิมล", "นางอารี แก้วสถิตวงศ์"] })],
    });
    expect(run(ownerNameInconsistent, p)).toEqual([]);
  });
});
