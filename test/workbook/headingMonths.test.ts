/**
 * Months written in the activity headings of a hand-made budget table ("กิจกรรมที่ 1 ศึกษาดูงาน (กุมภาพันธ์ 2569)"):
 * read as the activity's months, taken out of its name, used for rate dates, quarters and the schedule check.
 */
import { readPlan, validateWorkbook } from "../../src/workbook";
import { monthsInHeading } from "../../src/workbook/read/headingMonth";
import { quarterTotals } from "../../src/core/budget";
import { bahtToSatang } from "../../src/core/money";
import type { WorkbookSnapshot } from "../../src/workbook/types";
import { book, flaggedFindings, sheet, type Row } from "../helpers/snapshots";

const TODAY = { year: 2569, month: 1 };

describe("monthsInHeading", () => {
  test.each([
    ["ศึกษาดูงานโรงเรียนต้นแบบ (กุมภาพันธ์ 2569)", "ศึกษาดูงานโรงเรียนต้นแบบ", 2569, 2, 2569, 2],
    ["ศึกษาดูงาน (ก.พ. 69)", "ศึกษาดูงาน", 2569, 2, 2569, 2],
    ["ประชุมผู้ปกครอง เดือน มี.ค. 2569", "ประชุมผู้ปกครอง", 2569, 3, 2569, 3],
    ["ประชุมผู้ปกครอง เดือน มี.ค. ๒๕๖๙", "ประชุมผู้ปกครอง", 2569, 3, 2569, 3],
    ["สอนเสริม ระยะเวลา พ.ย. 2568 – ส.ค. 2569", "สอนเสริม", 2568, 11, 2569, 8],
    ["ค่ายวิทยาศาสตร์ (๑๕ ธันวาคม ๒๕๖๘)", "ค่ายวิทยาศาสตร์", 2568, 12, 2568, 12],
    ["(มกราคม 2569) อบรมครู ณ โรงเรียน", "อบรมครู ณ โรงเรียน", 2569, 1, 2569, 1],
    ["อบรมครู: ดำเนินการ มกราคม 2569", "อบรมครู", 2569, 1, 2569, 1],
  ])("%s → %s", (title, name, sy, sm, ey, em) => {
    expect(monthsInHeading(title)).toEqual({ name, start: { year: sy, month: sm }, end: { year: ey, month: em }, text: expect.any(String) });
  });

  test.each([
    "ศึกษาดูงาน",
    "วันแม่ 12 สิงหาคม", // no year: not read here
    "อบรมตามหนังสือ ลงวันที่ 5 มกราคม 2569 เรื่องการวัดผล", // a reference's date
    "ภาคเรียนที่ 2/2568 สอนเสริม", // a semester, not read from a heading
  ])("%s → none", (title) => expect(monthsInHeading(title)).toBeUndefined());
});

const HEAD: Row = ["ที่", "รายการ", "จำนวน", "หน่วย", "วัน", "ราคาต่อหน่วย", "จำนวนเงิน"];
const plan = (h1: string, h2: string, perDiem = 240): WorkbookSnapshot =>
  book(
    sheet("โครงการ", [
      ["โครงการศึกษาดูงาน ปีงบประมาณ 2569"],
      ["งบประมาณที่ได้รับจัดสรร", "", 20000],
      [],
      HEAD,
      ["", h1],
      [1, "ค่าเบี้ยเลี้ยงเดินทางไปราชการ ครูระดับชำนาญการ", 10, "คน", 2, perDiem, 20 * perDiem],
      [2, "ค่าเช่ารถตู้", 2, "คัน", 2, 1800, 7200],
      ["", "รวมกิจกรรมที่ 1", "", "", "", "", 7200 + 20 * perDiem],
      ["", h2],
      [1, "ค่าวัสดุ", 1, "ชุด", 1, 3000, 3000],
      ["", "รวมกิจกรรมที่ 2", "", "", "", "", 3000],
      ["", "รวมทั้งสิ้น", "", "", "", "", 10200 + 20 * perDiem],
    ]),
  );

describe("activity headings with months in a budget table", () => {
  test("the months are the activities', out of their names, and the quarters follow them", () => {
    const read = readPlan(plan("กิจกรรมที่ 1 ศึกษาดูงานโรงเรียนต้นแบบ (กุมภาพันธ์ 2569)", "กิจกรรมที่ 2 สรุปผล (ก.ค. 69)"));
    const [a1, a2] = read.plan.activities;
    expect(a1).toMatchObject({ id: "1", name: "ศึกษาดูงานโรงเรียนต้นแบบ", start: { year: 2569, month: 2 }, end: { year: 2569, month: 2 } });
    expect(a1.cells?.start).toEqual({ sheet: "โครงการ", cell: "B5" });
    expect(a2).toMatchObject({ id: "2", name: "สรุปผล", start: { year: 2569, month: 7 } });
    const q = quarterTotals(read.plan);
    expect([q[1], q[2], q[3], q[4], q.unscheduled]).toEqual([0, bahtToSatang(12000), 0, bahtToSatang(3000), 0]);
    // the note says where the months came from
    expect(read.issues.map((i) => i.th).join("\n")).toMatch(/เดือนดำเนินการจากแถวหัวข้อ/);
  });

  test("the rate of a line is judged as of its heading's month", () => {
    const f = validateWorkbook(plan("กิจกรรมที่ 1 ศึกษาดูงาน (กุมภาพันธ์ 2569)", "กิจกรรมที่ 2 สรุปผล (มีนาคม 2569)", 270), { today: TODAY }).findings;
    const over = f.filter((x) => x.severity !== "info");
    expect(over.map((x) => `${x.rule}@${x.cell}`)).toEqual(["rate-over-ceiling@F6"]);
    expect(over[0].message.th).toMatch(/ณ ก\.พ\. 2569/);
  });

  test("a heading month outside the fiscal year is the schedule warning at the heading", () => {
    expect(flaggedFindings(plan("กิจกรรมที่ 1 ศึกษาดูงาน (กุมภาพันธ์ 2569)", "กิจกรรมที่ 2 สรุปผล (ตุลาคม 2569)"), TODAY)).toEqual(["schedule-outside-period@โครงการ!B9"]);
  });

  test("a heading without a month still reads, without months", () => {
    const read = readPlan(plan("กิจกรรมที่ 1 ศึกษาดูงาน", "กิจกรรมที่ 2 สรุปผล"));
    expect(read.plan.activities.map((a) => [a.name, a.start])).toEqual([
      ["ศึกษาดูงาน", undefined],
      ["สรุปผล", undefined],
    ]);
  });

  test("an activity table's months win over a heading's", () => {
    const snap = plan("กิจกรรมที่ 1 ศึกษาดูงาน (กุมภาพันธ์ 2569)", "กิจกรรมที่ 2 สรุปผล (มีนาคม 2569)");
    snap.sheets.push(
      sheet("กิจกรรม", [
        ["ที่", "กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ"],
        [1, "ศึกษาดูงาน", "ม.ค. 2569", "ครูสมชาย"],
        [2, "สรุปผล", "เม.ย. 2569", "ครูสมหญิง"],
      ]),
    );
    const acts = readPlan(snap).plan.activities;
    expect(acts.map((a) => a.start)).toEqual([
      { year: 2569, month: 1 },
      { year: 2569, month: 4 },
    ]);
  });
});
