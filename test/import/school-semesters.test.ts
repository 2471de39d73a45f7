// A semester's months: the usual ones ("ภาคเรียนที่ 2/2568" = Nov 2568 – Mar 2569), or the school's own dates when
// the document states them.
import { monthsOf, schoolSemesters } from "../../src/import/months";
import { importProjectText } from "../../src/import/index";
import { splitLines } from "../../src/import/lines";

const sems = (...texts: string[]) => schoolSemesters(splitLines(texts.join("\n")));

describe("the school's own semester dates", () => {
  it("are read from a line that names a semester and gives its dates, with or without the year after it", () => {
    const s = sems(
      "ปีการศึกษา 2568 โรงเรียนเปิดภาคเรียนที่ 2 ระหว่างวันที่ 17 ตุลาคม 2568 – 10 เมษายน 2569",
      "ภาคเรียนที่ ๑/๒๕๖๘ (๒ มิ.ย. – ๓๐ ก.ย. ๒๕๖๘)",
    );
    expect(s.get("2/2568")).toMatchObject({ start: { year: 2568, month: 10 }, end: { year: 2569, month: 4 }, line: 1 });
    expect(s.get("1/2568")).toMatchObject({ start: { year: 2568, month: 6 }, end: { year: 2568, month: 9 }, line: 2 });
  });

  it("are not taken from a month or two inside a semester, or dates far from the semester's", () => {
    expect(sems("ภาคเรียนที่ 1/2568 จัดกิจกรรม มิถุนายน 2568").size).toBe(0);
    expect(sems("ภาคเรียนที่ 2/2568 ประชุม มกราคม – กุมภาพันธ์ 2569").size).toBe(0);
    expect(sems("ภาคเรียนที่ 1/2568 1 มกราคม – 30 ธันวาคม 2568").size).toBe(0);
  });

  it("give the months of 'ภาคเรียนที่ 2/2568' when stated, else the usual months", () => {
    const s = sems("ภาคเรียนที่ 2/2568 ระหว่างวันที่ 17 ตุลาคม 2568 – 10 เมษายน 2569");
    expect(monthsOf("ภาคเรียนที่ 2/2568", s)).toMatchObject({ start: { year: 2568, month: 10 }, end: { year: 2569, month: 4 }, schoolLine: 1 });
    expect(monthsOf("ภาคเรียนที่ 2/2568")).toEqual({ start: { year: 2568, month: 11 }, end: { year: 2569, month: 3 }, fromSemester: true });
    expect(monthsOf("ภาคเรียนที่ 1/2568", s)).toEqual({ start: { year: 2568, month: 5 }, end: { year: 2568, month: 10 }, fromSemester: true });
  });

  it("set the project period and the activities' months, and the note says where they came from", () => {
    const r = importProjectText(
      [
        "โครงการ ค่ายคณิตศาสตร์",
        "ระยะเวลาดำเนินการ ภาคเรียนที่ 2/2568",
        "งบประมาณ 6,000 บาท",
        "หลักการและเหตุผล",
        "โรงเรียนเปิดภาคเรียนที่ 2/2568 ระหว่างวันที่ 17 ตุลาคม 2568 – 10 เมษายน 2569",
        "ที่\tกิจกรรม\tระยะเวลา",
        "1\tค่ายคณิตศาสตร์\tภาคเรียนที่ 2/2568",
        "งบประมาณ",
        "- ค่าวัสดุ 30 ชุด x 200 บาท เป็นเงิน 6,000 บาท",
      ].join("\n"),
    );
    expect(r.plan.project.periodStart).toEqual({ year: 2568, month: 10 });
    expect(r.plan.project.periodEnd).toEqual({ year: 2569, month: 4 });
    expect(r.plan.activities[0]).toMatchObject({ start: { year: 2568, month: 10 }, end: { year: 2569, month: 4 } });
    const note = r.problems.find((p) => p.code === "months-from-semester");
    expect(note?.message.th).toContain("บรรทัด 5");
  });
});
