/**
 * An activity table right after the allocation stated among the header fields ("งบประมาณที่ได้รับจัดสรร
 * 12,000 บาท", "งบประมาณ  10,000 บาท"): the allocation opened the budget section, and the table that followed
 * was taken for budget text — the activities were made up from the budget blocks (no months, 12 false
 * "ไม่ได้ระบุระยะเวลาดำเนินงาน" warnings, months outside the period and blocks without an activity missed).
 * Seventh blind test (f04 spaces, f07 tabs without a number column, f10 "1. …" name cells).
 */
import { importProjectText } from "../../src/import";
import { validatePlan } from "../../src/core/validation/engine";

function read(lines: string[]) {
  const r = importProjectText(lines.join("\n"));
  const findings = validatePlan(r.plan);
  return { r, findings, rules: findings.map((f) => f.rule), codes: r.problems.map((p) => p.code) };
}

const HEAD = ["โครงการ ทดสอบตารางกิจกรรม", "ผู้รับผิดชอบโครงการ นางสาวทดสอบ ใจดี", "ระยะเวลาดำเนินการ 1 พฤศจิกายน 2568 – 30 กันยายน 2569"];

const BLOCKS = [
  "งบประมาณ",
  "กิจกรรมที่ 1 ประชุมชี้แจงครู",
  "- ค่าอาหารว่าง 20 คน 1 มื้อ มื้อละ 35 บาท เป็นเงิน 700 บาท",
  "กิจกรรมที่ 2 อบรมนักเรียนแกนนำ",
  "- ค่าวัสดุ 10 ชุด ชุดละ 50 บาท เป็นเงิน 500 บาท",
  "รวมทั้งสิ้น 1,200 บาท",
];

const ALLOCATIONS = ["งบประมาณที่ได้รับจัดสรร    5,000 บาท", "งบประมาณ  5,000 บาท", "งบประมาณที่ได้รับ\t5,000 บาท"];

const TABLES: [string, string[]][] = [
  [
    "typed with runs of spaces",
    [
      "ที่    กิจกรรม                 ระยะเวลา              ผู้รับผิดชอบ",
      "1     ประชุมชี้แจงครู           พ.ย. 68 – ธ.ค. 68      นางสาวทดสอบ ใจดี",
      "2     อบรมนักเรียนแกนนำ        มกราคม 2569           นางสาวทดสอบ ใจดี",
    ],
  ],
  ["tabs, name cells numbered '1. …'", ["กิจกรรม\tระยะเวลา\tผู้รับผิดชอบ", "1. ประชุมชี้แจงครู\tพ.ย. 68 – ธ.ค. 68\tนางสาวทดสอบ ใจดี", "2. อบรมนักเรียนแกนนำ\tม.ค. 2569\tนางสาวทดสอบ ใจดี"]],
  [
    "tabs, name cells labelled 'กิจกรรมที่ N'",
    ["กิจกรรม\tระยะเวลา\tผู้รับผิดชอบ", "กิจกรรมที่ 1 ประชุมชี้แจงครู\tพ.ย. 68 – ธ.ค. 68\tนางสาวทดสอบ ใจดี", "กิจกรรมที่ 2 อบรมนักเรียนแกนนำ\tม.ค. 2569\tนางสาวทดสอบ ใจดี"],
  ],
  [
    "under a numbered section heading, tabs without a number column",
    ["4. กิจกรรมและระยะเวลา", "กิจกรรม\tระยะเวลา\tผู้รับผิดชอบ", "ประชุมชี้แจงครู\tพ.ย. 68 – ธ.ค. 68\tนางสาวทดสอบ ใจดี", "อบรมนักเรียนแกนนำ\tม.ค. 2569\tนางสาวทดสอบ ใจดี"],
  ],
  [
    "under 'กิจกรรมและขั้นตอนการดำเนินงาน', typed with spaces",
    [
      "กิจกรรมและขั้นตอนการดำเนินงาน",
      "ที่    กิจกรรม                 ระยะเวลา              ผู้รับผิดชอบ",
      "1     ประชุมชี้แจงครู           พฤศจิกายน 2568        นางสาวทดสอบ ใจดี",
      "2     อบรมนักเรียนแกนนำ        มกราคม 2569           นางสาวทดสอบ ใจดี",
    ],
  ],
];

describe("an activity table after the header's allocation is read as the activities", () => {
  for (const allocation of ALLOCATIONS)
    for (const [label, table] of TABLES)
      test(`${allocation.split(/\s/)[0]} / ${label}`, () => {
        const { r, rules, codes } = read([...HEAD, allocation, "", ...table, "", ...BLOCKS]);
        expect(r.plan.project.allocation).toBe(500000);
        expect(r.plan.activities.map((a) => a.name)).toEqual(["ประชุมชี้แจงครู", "อบรมนักเรียนแกนนำ"]);
        expect(r.plan.activities.every((a) => a.start && a.end)).toBe(true);
        expect(r.plan.activities[1].start).toEqual({ year: 2569, month: 1 });
        expect(codes).not.toContain("activities-from-blocks");
        expect(rules).not.toContain("schedule-missing");
        // each block is the table's activity: its lines carry that activity's id
        expect(r.plan.budgetLines.map((l) => l.activityId)).toEqual(["1", "2"]);
        expect(rules).not.toContain("budget-without-activity");
      });
});

describe("what the table says is checked", () => {
  test("a month outside the project's period, a block for an activity not in the table", () => {
    const { findings } = read([
      ...HEAD,
      "งบประมาณ  5,000 บาท",
      "",
      "ที่    กิจกรรม                 ระยะเวลา              ผู้รับผิดชอบ",
      "1     ประชุมชี้แจงครู           พฤศจิกายน 2568        นางสาวทดสอบ ใจดี",
      "2     อบรมนักเรียนแกนนำ        ตุลาคม 2569           นางสาวทดสอบ ใจดี",
      "",
      ...BLOCKS.slice(0, 5),
      "กิจกรรมที่ 3 ทัศนศึกษา",
      "- ค่าจ้างเหมารถ 1 คัน คันละ 3,000 บาท เป็นเงิน 3,000 บาท",
      "รวมทั้งสิ้น 4,200 บาท",
    ]);
    const outside = findings.find((f) => f.rule === "schedule-outside-period");
    expect(outside?.severity).toBe("warning");
    expect(findings.find((f) => f.rule === "budget-without-activity")?.message.th).toContain("ทัศนศึกษา");
  });

  test("'ตลอดปีการศึกษา' runs over the project's period, not the whole fiscal year", () => {
    const { r, rules } = read([
      ...HEAD,
      "งบประมาณ  5,000 บาท",
      "",
      "กิจกรรม\tระยะเวลา\tผู้รับผิดชอบ",
      "1. ประชุมชี้แจงครู\tตลอดปีการศึกษา\tนางสาวทดสอบ ใจดี",
      "2. อบรมนักเรียนแกนนำ\tม.ค. 2569\tนางสาวทดสอบ ใจดี",
      "",
      ...BLOCKS,
    ]);
    expect([r.plan.activities[0].start, r.plan.activities[0].end]).toEqual([
      { year: 2568, month: 11 },
      { year: 2569, month: 9 },
    ]);
    expect(rules).not.toContain("schedule-outside-period");
  });

  test("a budget table header after the allocation is still the budget's", () => {
    const { r, codes } = read([
      ...HEAD,
      "งบประมาณที่ได้รับจัดสรร  2,000 บาท",
      "ที่\tรายการ\tจำนวน\tหน่วย\tราคาต่อหน่วย\tจำนวนเงิน",
      "1\tค่าวัสดุสำนักงาน\t10\tชุด\t50\t500",
      "รวมทั้งสิ้น\t500",
    ]);
    expect(r.plan.budgetLines).toHaveLength(1);
    expect(r.plan.budgetLines[0].statedAmount).toBe(50000);
    expect(codes).not.toContain("activities-from-blocks");
  });

  test("activities made up from the budget blocks keep no 'กิจกรรมที่ N' label in their names", () => {
    const { r, codes } = read([...HEAD, "งบประมาณ  5,000 บาท", "", ...BLOCKS]);
    expect(codes).toContain("activities-from-blocks");
    expect(r.plan.activities.map((a) => [a.id, a.name])).toEqual([
      ["1", "ประชุมชี้แจงครู"],
      ["2", "อบรมนักเรียนแกนนำ"],
    ]);
  });
});
