/**
 * A period or an activity given only as a Thai semester: the semester's months are taken (semester 1 of
 * academic year Y ≈ May–Oct Y, semester 2 ≈ Nov Y – Mar Y+1), said in an info note, never read as a
 * month number ("2/2568" is not February).
 */
import { semesterMonths, monthsOf } from "../../src/import/months";
import { checkProjectText } from "../../src/import/check";

describe("semesterMonths", () => {
  test.each([
    ["ภาคเรียนที่ 2/2568", { year: 2568, month: 11 }, { year: 2569, month: 3 }],
    ["ภาคเรียนที่ 1/2568", { year: 2568, month: 5 }, { year: 2568, month: 10 }],
    ["ภาคเรียนที่ ๒/๒๕๖๘", { year: 2568, month: 11 }, { year: 2569, month: 3 }],
    ["ภาคเรียนที่ 1 ปีการศึกษา 2569", { year: 2569, month: 5 }, { year: 2569, month: 10 }],
    ["ภาคเรียนที่ 1-2/2568", { year: 2568, month: 5 }, { year: 2569, month: 3 }],
    ["ภาคเรียนที่ 2/68", { year: 2568, month: 11 }, { year: 2569, month: 3 }],
  ])("%s", (text, start, end) => {
    expect(semesterMonths(text)).toEqual({ start, end });
    expect(monthsOf(text)).toEqual({ start, end, fromSemester: true });
  });

  test("months written beside the semester win; no semester, nothing", () => {
    expect(semesterMonths("ภาคเรียนที่ 2/2568 (ธันวาคม 2568)")).toBeUndefined();
    expect(monthsOf("ภาคเรียนที่ 2/2568 (ธันวาคม 2568)")).toEqual({ start: { year: 2568, month: 12 }, end: { year: 2568, month: 12 } });
    expect(semesterMonths("ปีการศึกษา 2568")).toBeUndefined();
  });
});

const TEXT = [
  "โครงการ ค่ายคณิตศาสตร์",
  "ผู้รับผิดชอบ นางสาวดวงใจ ตั้งใจ",
  "ระยะเวลาดำเนินการ ภาคเรียนที่ 1/2569",
  "งบประมาณ 5,000 บาท",
  "1. วิธีดำเนินการ",
  "กิจกรรม\tระยะเวลา\tผู้รับผิดชอบ",
  "1. ค่ายคณิตศาสตร์\tภาคเรียนที่ 1/2569\tนางสาวดวงใจ ตั้งใจ",
  "2. งบประมาณ",
  "- ค่าอาหารว่าง 40 คน x 2 มื้อ x 25 บาท เป็นเงิน 2,000 บาท",
  "- ค่าวัสดุ 40 ชุด x 75 บาท เป็นเงิน 3,000 บาท",
  "รวมทั้งสิ้น 5,000 บาท",
].join("\n");

test("a project given as semester 1/2569 is May–Oct 2569, said once in an info note, never February", () => {
  const r = checkProjectText(TEXT);
  expect(r.plan.project.periodStart).toEqual({ year: 2569, month: 5 });
  expect(r.plan.project.periodEnd).toEqual({ year: 2569, month: 10 });
  expect(r.plan.activities[0].start).toEqual({ year: 2569, month: 5 });
  const notes = r.findings.filter((f) => f.problemCode === "months-from-semester");
  expect(notes).toHaveLength(1);
  expect(notes[0]).toMatchObject({ severity: "info", line: 3 });
  expect(notes[0].message.th).toContain("พ.ค. 2569 – ต.ค. 2569");
});
