/**
 * A plan with no activity table (a memo, a budget-only page): when the document states the project's period,
 * the one activity made up for it runs over that period — its months are the document's, so no "no period"
 * warning — and an info note says so. Several budget blocks without an activity table stay undated (which
 * block runs when is not written anywhere). A memo's sentence "ดำเนินการในเดือน…" is the period, not a
 * budget line. (Fifth blind test: three false "ไม่ได้ระบุระยะเวลาดำเนินงาน" warnings.)
 */
import { importProjectText } from "../../src/import";
import { validatePlan } from "../../src/core/validation/engine";

const budget = ["รายละเอียดงบประมาณ", "1. ค่าวัสดุ จำนวน 10 ชุด ชุดละ 50 บาท เป็นเงิน 500 บาท", "รวมทั้งสิ้น 500 บาท"];

function read(head: string[], rest = budget) {
  const r = importProjectText(["โครงการ ทดสอบการอ่าน", "ปีงบประมาณ 2567", ...head, ...rest].join("\n"));
  const rules = validatePlan(r.plan).map((f) => f.rule);
  return { r, rules, codes: r.problems.map((p) => p.code) };
}

describe("the project is its one activity over the stated period", () => {
  test.each([
    [["ระยะเวลา กรกฎาคม 2567"], { year: 2567, month: 7 }, { year: 2567, month: 7 }],
    [["ระยะเวลาดำเนินการ วันที่ 15 มกราคม 2567 ณ ห้องประชุม"], { year: 2567, month: 1 }, { year: 2567, month: 1 }],
    [["ระยะเวลาดำเนินการ ๓ – ๕ มีนาคม ๒๕๖๗"], { year: 2567, month: 3 }, { year: 2567, month: 3 }],
    [["ระยะเวลาดำเนินการ พฤศจิกายน 2566 – สิงหาคม 2567"], { year: 2566, month: 11 }, { year: 2567, month: 8 }],
  ])("%j", (head, start, end) => {
    const { r, rules, codes } = read(head);
    expect(r.plan.activities).toHaveLength(1);
    expect([r.plan.activities[0].start, r.plan.activities[0].end]).toEqual([start, end]);
    expect(rules).not.toContain("schedule-missing");
    expect(codes).toContain("activity-from-project");
    expect(codes).not.toContain("activities-from-blocks");
  });

  test("no period stated: the activity stays undated and the note says so", () => {
    const { r, rules, codes } = read([]);
    expect(r.plan.activities[0].start).toBeUndefined();
    expect(codes).toContain("activities-from-blocks");
    expect(rules).toContain("schedule-missing");
  });

  test("several budget blocks and no activity table: not dated from the project's period", () => {
    const blocks = [
      "รายละเอียดงบประมาณ",
      "กิจกรรมที่ 1 ประชุมครู",
      "1. ค่าอาหารว่าง จำนวน 20 คน คนละ 1 มื้อ มื้อละ 25 บาท เป็นเงิน 500 บาท",
      "กิจกรรมที่ 2 ทัศนศึกษา",
      "1. ค่าเช่ารถ จำนวน 1 คัน คันละ 3,000 บาท เป็นเงิน 3,000 บาท",
    ];
    const { r, codes } = read(["ระยะเวลา พฤศจิกายน 2566 – สิงหาคม 2567"], blocks);
    expect(r.plan.activities).toHaveLength(2);
    expect(r.plan.activities.map((a) => a.start)).toEqual([undefined, undefined]);
    expect(codes).toContain("activities-from-blocks");
  });
});

test("a memo's 'ดำเนินการในเดือน…' sentence is the period, not a budget line", () => {
  const memo = [
    "บันทึกข้อความ",
    "เรื่อง ขออนุมัติโครงการปรับปรุงมุมหนังสือ ปีงบประมาณ 2567",
    "ด้วยงานห้องสมุดจะจัดทำมุมหนังสือ โดยใช้งบประมาณ 900 บาท ดังนี้",
    "ค่าป้ายชื่อมุมหนังสือ จำนวน 6 ป้าย ป้ายละ 150 บาท เป็นเงิน 900 บาท",
    "ดำเนินการในเดือนมิถุนายน 2567",
    "จึงเรียนมาเพื่อโปรดพิจารณา",
  ].join("\n");
  const r = importProjectText(memo);
  expect([r.plan.project.periodStart, r.plan.project.periodEnd]).toEqual([
    { year: 2567, month: 6 },
    { year: 2567, month: 6 },
  ]);
  expect(r.plan.budgetLines).toHaveLength(1);
  expect(r.problems.filter((p) => p.severity !== "info")).toEqual([]);
  expect(validatePlan(r.plan).filter((f) => f.severity !== "info")).toEqual([]);
});
