// Lodging scope (the sixth blind tester's f03): which lodging rules a line's own words call for. Official
// travel said outright (เดินทางไปราชการ) beats a topic word (ศึกษาดูงาน, สัมมนา); when the words allow both
// readings, the reading with a ceiling in force judges the line (the higher when both have one), at most as a
// warning that says which reading was used and why.
import type { BudgetLine, MonthRef, Project } from "../../../../src/core/model";
import type { Finding } from "../../../../src/core/findings";
import { defaultRateBook, validatePlan } from "../../../../src/core/validation/engine";
import { B, activity, line, plan } from "../helpers";

const RATE_RULES = ["rate-over-ceiling", "rate-ceiling-unknown", "rate-unknown-category"] as const;
const DEC68: MonthRef = { year: 2568, month: 12 }; // after ว 5: no training-lodging ceiling in force
const FEB60: MonthRef = { year: 2560, month: 2 }; // ว 5 in force: training ข single 1,450; travel single 1,500

function check(item: string, baht: number, month: MonthRef, activityName = "ส่งเสริมชุมนุมวิทยาศาสตร์", project: Partial<Project> = {}): Finding[] {
  const l: Partial<BudgetLine> = { item, unitCost: B(baht), quantity: 2, quantityUnit: "คน", times: 2, timesUnit: "คืน" };
  const p = plan({
    project: { name: "โครงการส่งเสริมชุมนุมวิทยาศาสตร์", venue: "gov", trainingType: "unknown", staffLevel: "standard", ...project },
    activities: [activity({ id: "1", name: activityName, start: month, end: month })],
    budgetLines: [line({ activityId: "1", ...l })],
  });
  return validatePlan(p, { rateBook: defaultRateBook(), only: [...RATE_RULES] });
}
const shape = (f: Finding[]) => f.map((x) => `${x.rule}:${x.severity}${x.rateRule ? ":" + x.rateRule : ""}`);

describe("official travel said outright beats a topic word", () => {
  const F03 = "ค่าเช่าที่พัก เดินทางไปราชการ ศึกษาดูงาน (ครู 2 คน พักเดี่ยว)";

  test("f03: 2,000 a night, single room, in Dec 2568: over travel lodging 1,500 beyond the +25% (1,875): an error", () => {
    const f = check(F03, 2000, DEC68);
    expect(shape(f)).toEqual(["rate-over-ceiling:error:lodging-standard-single"]);
    expect(f[0]).toMatchObject({ expected: B(1500), actual: B(2000) });
    expect(f[0].message.th).toContain("เกินกว่าที่เบิกเพิ่มได้ 25%");
  });

  test.each([
    ["ค่าเช่าที่พักเดินทางไปราชการ ศึกษาดูงาน", 1500, []],
    ["ค่าเช่าที่พักเดินทางไปราชการ ศึกษาดูงาน", 1800, ["rate-over-ceiling:warning:lodging-standard-single"]],
    ["ค่าเช่าที่พัก ไปราชการ สัมมนาวิชาการ พักเดี่ยว", 1900, ["rate-over-ceiling:error:lodging-standard-single"]],
    ["ค่าเช่าที่พักเดินทางไปราชการ ค่ายวิชาการ ห้องพักคู่", 900, ["rate-over-ceiling:warning:lodging-standard-shared"]],
  ] as const)("%s at %d in Dec 2568 → %j", (item, baht, want) => {
    expect(shape(check(item, baht, DEC68))).toEqual(want);
  });

  test("the same words in an activity named a training: still travel lodging", () => {
    expect(shape(check(F03, 2000, DEC68, "อบรมเชิงปฏิบัติการครูวิทยาศาสตร์"))).toEqual(["rate-over-ceiling:error:lodging-standard-single"]);
  });
});

describe("both readings possible: the one with a ceiling in force, as a warning that says so", () => {
  test("a study visit (no travel, no training word) in Dec 2568: training lodging has no ceiling, travel lodging judges", () => {
    const f = check("ค่าเช่าที่พัก ศึกษาดูงาน พักเดี่ยว", 2000, DEC68);
    expect(shape(f)).toEqual(["rate-over-ceiling:warning:lodging-standard-single"]);
    expect(f[0].message.th).toContain("อ่านได้ทั้ง ค่าเช่าที่พัก (เดินทางไปราชการ) และ ค่าเช่าที่พัก (ฝึกอบรม)");
    expect(f[0].message.th).toContain("ไม่มีเพดานที่ใช้บังคับใน ธ.ค. 2568");
    expect(f[0].message.en).toContain("has no ceiling in force in Dec 2025");
    // within the travel ceiling: nothing (no info that the training ceiling is unknown either)
    expect(check("ค่าเช่าที่พัก ศึกษาดูงาน พักเดี่ยว", 1400, DEC68)).toEqual([]);
  });

  test("a study visit in Feb 2560: both in force (training ข 1,450, travel 1,500): the higher judges, as a warning", () => {
    expect(check("ค่าเช่าที่พัก ศึกษาดูงาน พักเดี่ยว", 1480, FEB60)).toEqual([]);
    const f = check("ค่าเช่าที่พัก ศึกษาดูงาน พักเดี่ยว", 2000, FEB60);
    expect(shape(f)).toEqual(["rate-over-ceiling:warning:lodging-standard-single"]);
    expect(f[0].message.th).toContain("จึงเทียบกับอัตราที่สูงกว่า");
  });

  test("official travel to attend a training (both said outright): never an error on one reading alone", () => {
    const item = "ค่าเช่าที่พักเดินทางไปราชการเพื่อเข้ารับการอบรม พักเดี่ยว";
    expect(check(item, 1500, FEB60)).toEqual([]);
    expect(shape(check(item, 2000, FEB60))).toEqual(["rate-over-ceiling:warning:lodging-standard-single"]);
    expect(shape(check(item, 2000, DEC68))).toEqual(["rate-over-ceiling:warning:lodging-standard-single"]);
  });

  test("a training said outright keeps training lodging: not guessed after Oct 2568", () => {
    expect(shape(check("ค่าที่พักผู้เข้ารับการอบรม พักเดี่ยว", 2000, DEC68, "อบรมครู"))).toEqual(["rate-ceiling-unknown:info"]);
    expect(shape(check("ค่าที่พักผู้เข้ารับการอบรม พักเดี่ยว", 1500, FEB60, "อบรมครู", { trainingType: "b" }))).toEqual(["rate-over-ceiling:warning:training-lodging-b-single"]);
  });
});
