/**
 * English and mixed labels read as their Thai equivalents (issue 9, class 2b of the fourth blind test):
 * an English "Total" is a total, never a budget line; "Budget งบประมาณ:" is the allocation; "Owner/ผู้รับผิดชอบ"
 * the owner; "Activity 1 …" an activity.
 */
import { bahtToSatang } from "../../src/core/money";
import { checkProjectText } from "../../src/import/check";
import { thaiLabels } from "../../src/import/englishLabels";

describe("a label at the start of a line", () => {
  test.each([
    ["Total 42,700 บาท", "รวม 42,700 บาท"],
    ["Grand total 17,500 บาท", "รวมทั้งสิ้น 17,500 บาท"],
    ["TOTAL BUDGET: 9,600 บาท", "รวมทั้งสิ้น: 9,600 บาท"],
    ["Subtotal 4,200 บาท", "รวม 4,200 บาท"],
    ["Budget งบประมาณ: 42,700 บาท", "งบประมาณ: 42,700 บาท"],
    ["Budget: 8,500 บาท", "งบประมาณ: 8,500 บาท"],
    ["Budget", "งบประมาณ"],
    ["Owner ผู้รับผิดชอบ: Mr. Kittipong", "ผู้รับผิดชอบ: Mr. Kittipong"],
    ["Owner/ผู้รับผิดชอบ: นางสาวสุดา", "ผู้รับผิดชอบ: นางสาวสุดา"],
    ["Person in charge: นายวีระ", "ผู้รับผิดชอบโครงการ: นายวีระ"],
    ["Activity 1 Workshop อบรม", "กิจกรรมที่ 1 Workshop อบรม"],
    ["Activity 2: Showcase", "กิจกรรมที่ 2 Showcase"],
    ["Period: ส.ค.68 – ก.ย.68", "ระยะเวลาดำเนินการ: ส.ค.68 – ก.ย.68"],
    ["Objectives", "วัตถุประสงค์"],
    ["Expected results", "ผลที่คาดว่าจะได้รับ"],
    ["Project: ทดสอบ", "ชื่อโครงการ: ทดสอบ"],
  ])("%s", (written, read) => expect(thaiLabels(written)).toBe(read));

  test.each([
    "Project-based learning กิจกรรม",
    "Project based learning ครู 30 คน",
    "Totally new kit 10 ชุด x 850 บาท",
    "Activities of the club are listed below",
    "Micro:bit kit 10 ชุด x 850 บาท = 8,500 บาท",
    "ค่าวัสดุ Total Station 1 ชุด",
  ])("left as written: %s", (line) => expect(thaiLabels(line)).toBe(line));
});

describe("a document written with English labels", () => {
  const doc = [
    "Project: ทดสอบ",
    "Owner/ผู้รับผิดชอบ: นายวีระ ศรีสุข",
    "ระยะเวลา ส.ค.68 – ก.ย.68",
    "Budget งบประมาณ: 8,500 บาท",
    "",
    "Activities",
    "Activity 1 Workshop อบรม   20–21 ส.ค.68",
    "Activity 2 Showcase นำเสนอผลงาน   ก.ย.68",
    "",
    "Budget",
    "Activity 1 Workshop อบรม",
    "- ค่าวัสดุ kit 10 ชุด x 850 บาท = 8,500 บาท",
    "Total 8,500 บาท",
  ].join("\n");

  test("the total is not a budget line, the allocation, owner and activities are read", () => {
    const r = checkProjectText(doc);
    expect(r.plan.budgetLines).toHaveLength(1);
    expect(r.plan.project.allocation).toBe(bahtToSatang(8500));
    expect(r.plan.project.owner).toContain("วีระ");
    expect(r.plan.activities.map((a) => [a.id, a.name])).toEqual([
      ["1", "Workshop อบรม"],
      ["2", "Showcase นำเสนอผลงาน"],
    ]);
    expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
    // the activity with no budget is noticed
    expect(r.findings.find((f) => f.rule === "activity-without-budget")?.activityId).toBe("2");
  });

  test("a doubled plan is no longer hidden: a wrong English total is reported", () => {
    const r = checkProjectText(doc.replace("Total 8,500 บาท", "Total 9,500 บาท"));
    expect(r.plan.budgetLines).toHaveLength(1);
    expect(r.findings.some((f) => f.severity === "error" && f.line === 13)).toBe(true);
  });
});
