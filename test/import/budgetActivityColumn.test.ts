/**
 * A budget table that names each row's activity (ninth blind test, f15 and its Thai copy): an activity column
 * ("กิจกรรมที่", "Activity") or row numbers "1.1", "1.2", "2.1" put the rows under their activities; such a table
 * right under the activity table is the budget, not more activities; bilingual labels ("Item / รายการ",
 * "Budget allocated / งบประมาณที่ได้รับจัดสรร") are read by their Thai part.
 */
import { importProjectText } from "../../src/import";
import { checkProjectText } from "../../src/import/check";
import { thaiOfBilingual } from "../../src/import/bilingual";

const j = (...c: string[]) => c.join("\t");
const HEAD = [
  "โครงการทดสอบตารางงบประมาณ",
  "ระยะเวลาดำเนินการ 1 ธันวาคม 2567 - 31 มีนาคม 2568",
  "งบประมาณที่ได้รับจัดสรร 10,000 บาท",
  j("กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ"),
  j("1. อบรมครู", "ธันวาคม 2567", "นายทดสอบ ใจดี"),
  j("2. ผลิตสื่อ", "มกราคม 2568", "นางทดสอบ มีสุข"),
];
const findings = (lines: string[]) => checkProjectText(lines.join("\n")).findings.filter((f) => f.severity !== "info").map((f) => `${f.rule}@${f.line}`);

describe("a budget table with the activity on every row", () => {
  test.each([
    ["กิจกรรมที่", ["1", "1", "1", "2", "2"]],
    ["กิจกรรม", ["กิจกรรมที่ 1", "", "1", "2", ""]],
    ["Activity", ["1", "1", "1", "2", "2"]],
  ])("column %s", (col, acts) => {
    const lines = [
      ...HEAD,
      j(col, "รายการ", "จำนวนคน", "ครั้ง", "อัตรา", "จำนวนเงิน"),
      j(acts[0], "ค่าอาหารกลางวัน", "20", "1", "100", "2,000"),
      j(acts[1], "ค่าอาหารว่าง", "20", "2", "35", "1,400"),
      j(acts[2], "รวมกิจกรรมที่ 1", "", "", "", "3,400"),
      j(acts[3], "ค่ากระดาษ", "10", "1", "120", "1,200"),
      j(acts[4], "รวมกิจกรรมที่ 2", "", "", "", "1,200"),
      j("", "รวมทั้งสิ้น", "", "", "", "4,600"),
    ];
    const plan = importProjectText(lines.join("\n")).plan;
    expect(plan.activities.map((a) => a.id)).toEqual(["1", "2"]);
    expect(plan.budgetLines.map((l) => [l.activityId, l.statedAmount])).toEqual([
      ["1", 200000],
      ["1", 140000],
      ["2", 120000],
    ]);
    expect(findings(lines)).toEqual([]);
  });

  test("a wrong subtotal of the activity named in the column is found at its row", () => {
    const lines = [
      ...HEAD,
      j("กิจกรรมที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"),
      j("1", "ค่าอาหารกลางวัน", "20", "100", "2,000"),
      j("1", "รวมกิจกรรมที่ 1", "", "", "2,500"),
      j("2", "ค่ากระดาษ", "10", "120", "1,200"),
      j("2", "รวมกิจกรรมที่ 2", "", "", "1,200"),
    ];
    expect(findings(lines)).toContain("subtotal-mismatch@9");
  });

  test("row numbers 1.1, 1.2, 2.1 give the activity when there are no headings", () => {
    const lines = [
      ...HEAD,
      j("ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "รวมเงิน"),
      j("1.1", "ค่าอาหารกลางวัน", "20", "100", "2,000"),
      j("1.2", "ค่าเกียรติบัตร", "20", "10", "200"),
      j("2.1", "ค่ากระดาษ", "10", "120", "1,200"),
    ];
    const plan = importProjectText(lines.join("\n")).plan;
    expect(plan.budgetLines.map((l) => l.activityId)).toEqual(["1", "1", "2"]);
  });

  test("a line numbered 1 with sub-lines 1.1, 1.2 stays one group of the same block", () => {
    const lines = [
      ...HEAD,
      "งบประมาณ",
      j("ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "รวมเงิน"),
      j("1", "ค่าใช้จ่ายในการอบรม", "", "", "3,400"),
      j("1.1", "ค่าอาหารกลางวัน", "20", "100", "2,000"),
      j("1.2", "ค่าอาหารว่าง", "40", "35", "1,400"),
    ];
    const plan = importProjectText(lines.join("\n")).plan;
    expect(new Set(plan.budgetLines.map((l) => l.activityId)).size).toBe(1);
    expect(findings(lines)).toEqual([]);
  });
});

describe("bilingual labels", () => {
  test.each([
    ["Item / รายการ", "รายการ"],
    ["Budget allocated / งบประมาณที่ได้รับจัดสรร 16,000 บาท", "งบประมาณที่ได้รับจัดสรร 16,000 บาท"],
    ["Fiscal year / ปีงบประมาณ 2568", "ปีงบประมาณ 2568"],
    [j("Activity", "Item / รายการ", "Amount / จำนวนเงิน"), j("Activity", "รายการ", "จำนวนเงิน")],
    [j("รายการ / Item", "จำนวนเงิน / Amount"), j("รายการ", "จำนวนเงิน")],
    ["ค่าอาหาร 25 คน x 100 บาท/มื้อ", "ค่าอาหาร 25 คน x 100 บาท/มื้อ"],
    ["อบรม Google Classroom / Padlet", "อบรม Google Classroom / Padlet"],
  ])("%s", (input, expected) => expect(thaiOfBilingual(input)).toBe(expected));

  test("a bilingual plan gives its allocation, fiscal year and lines", () => {
    const lines = [
      "Project / โครงการ ค่ายทดสอบ",
      "Fiscal year / ปีงบประมาณ 2568",
      "Period / ระยะเวลาดำเนินการ มกราคม 2568",
      "Budget allocated / งบประมาณที่ได้รับจัดสรร 5,000 บาท",
      "Budget details / รายละเอียดงบประมาณ",
      j("Item / รายการ", "Persons / คน", "Rate / อัตรา", "Amount / จำนวนเงิน"),
      j("ค่าอาหารกลางวัน", "30", "100", "3,000"),
      j("ค่าวัสดุ", "1", "2,500", "2,500"),
      j("Grand total / รวมทั้งสิ้น", "", "", "5,500"),
    ];
    const r = importProjectText(lines.join("\n"));
    expect(r.plan.project.allocation).toBe(500000);
    expect(r.plan.project.fiscalYear).toBe(2568);
    expect(r.plan.budgetLines.map((l) => [l.quantity, l.unitCost, l.statedAmount])).toEqual([
      [30, 10000, 300000],
      [1, 250000, 250000],
    ]);
    expect(findings(lines)).toEqual(["over-allocation@4"]);
  });
});
