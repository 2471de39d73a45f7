/**
 * Shapes a blind tester's hand-made workbooks showed (test/corpus/workbooks/blind): an activity table with
 * no ที่ column, project fields inside a cell shared with other text, totals split over expense-class
 * columns, the factors written as text (รายละเอียดการคำนวณ), months on activity heading rows, the project
 * name inside a title, and read notes that say only what is really missing.
 */
import { readPlan, validateWorkbook } from "../../src/workbook";
import { roleOf } from "../../src/workbook/read/handHeader";
import { tidyName } from "../../src/workbook/read/looseFields";
import { quoteAround } from "../../src/workbook/read/fiscalYear";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/types";
import { sheet, flaggedFindings, type Row, book } from "../helpers/snapshots";

const TODAY = { year: 2569, month: 1 };
const check = (snap: WorkbookSnapshot) => validateWorkbook(snap, { today: TODAY }).findings;
const flagged = (snap: WorkbookSnapshot) => flaggedFindings(snap, TODAY);
const notes = (snap: WorkbookSnapshot) =>
  check(snap)
    .filter((f) => f.severity === "info")
    .map((f) => f.message.th);

const budget = (rows: Row[] = []): SheetSnapshot =>
  sheet("งบประมาณ", [["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"], ["", "กิจกรรมที่ 1 ประชุม"], [1, "ค่าเอกสาร", 10, 50, 500], ["", "กิจกรรมที่ 2 อบรม"], [1, "ค่าวัสดุ", 10, 100, 1000], ...rows]);

describe("an activity table without a ที่ column", () => {
  test.each([
    [["กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ"], (n: string, m: string) => [n, m, "นางสาวก"]],
    [["ผู้รับผิดชอบ", "กิจกรรม/ขั้นตอนการดำเนินงาน", "ช่วงเวลา"], (n: string, m: string) => ["นายข", n, m]],
  ])("header %j: the number comes from the name, the month is checked", (header, row) => {
    const p = sheet("โครงการ", [["ชื่อโครงการ", "ทดสอบ"], ["ปีงบประมาณ", 2569], ["งบประมาณที่ได้รับจัดสรร", 5000], [], header, row("1. ประชุม", "พ.ย. 2568"), row("๒) อบรม", "ต.ค. 2569")]);
    const snap = book(p, budget());
    const read = readPlan(snap);
    expect(read.plan.activities.map((a) => [a.id, a.name])).toEqual([
      ["1", "ประชุม"],
      ["2", "อบรม"],
    ]);
    const monthCol = header.findIndex((h) => h === "ระยะเวลา" || h === "ช่วงเวลา");
    expect(flagged(snap)).toEqual([`schedule-outside-period@โครงการ!${"ABC"[monthCol]}7`]);
    expect(notes(snap).join("\n")).not.toMatch(/ไม่พบแผ่นงานโครงการ|ไม่พบตารางกิจกรรม/);
  });

  test("two columns (กิจกรรม | ผู้รับผิดชอบ) are not an activity table", () => {
    const p = sheet("โครงการ", [["กิจกรรม", "ผู้รับผิดชอบ"], ["ประชุม", "นางสาวก"]]);
    expect(readPlan(book(p, budget())).located.activities).toBeUndefined();
  });
});

describe("project fields inside a cell shared with other text", () => {
  test.each([
    ["โรงเรียนท่าใหม่  งบประมาณ ๓๕,๐๐๐ บาท", 3500000, undefined],
    ["โรงเรียนบ้านโคกสูง เขต 7   ระยะเวลา สิงหาคม 2568   งบประมาณที่ได้รับ 28,000 บาท", 2800000, { year: 2568, month: 8 }],
    ["กลุ่มบริหารทั่วไป  วงเงินงบประมาณ 12,500.-   ระยะเวลาดำเนินการ พ.ย. 2568 – มี.ค. 2569", 1250000, { year: 2568, month: 11 }],
  ])("%s", (text, allocation, start) => {
    const read = readPlan(book(sheet("Sheet1", [["โครงการทดสอบ"], [text], ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"], [1, "ค่าเอกสาร", 10, 50, 500]])));
    expect(read.plan.project.allocation).toBe(allocation);
    expect(read.plan.project.periodStart).toEqual(start);
    expect(read.located.looseFields?.allocation?.value).toEqual({ sheet: "Sheet1", cell: "A2" });
  });

  test("a year or an amount without baht is not an allocation; nothing is read from cells below the table", () => {
    const rows: Row[] = [["โครงการทดสอบ ประจำ งบประมาณ 2569"], ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"], [1, "ค่าเอกสาร", 10, 50, 500], [], [], [], ["หมายเหตุ ขอถัวจ่าย  งบประมาณ 9,000 บาท"]];
    expect(readPlan(book(sheet("Sheet1", rows))).plan.project.allocation).toBeUndefined();
  });
});

describe("the project name in a title", () => {
  test.each([
    ["พัฒนาห้องสมุดมีชีวิต โรงเรียนเชียงคำวิทยาคม ปีงบประมาณ 2569", "พัฒนาห้องสมุดมีชีวิต"],
    ["ประชุมเชิงปฏิบัติการ ประจำปีงบประมาณ พ.ศ. 2568", "ประชุมเชิงปฏิบัติการ"],
    ["ทัศนศึกษา  ระยะเวลา ส.ค. 2568", "ทัศนศึกษา"],
    ["กีฬาสีภายในโรงเรียน \"ลูกวัดเกมส์\" ปีงบประมาณ 2569", "กีฬาสีภายในโรงเรียน \"ลูกวัดเกมส์\""],
  ])("%s → %s", (text, name) => expect(tidyName(text)).toBe(name));

  test("after other words in the title cell", () => {
    const read = readPlan(book(sheet("Sheet1", [["รายละเอียดงบประมาณ โครงการทัศนศึกษานอกสถานศึกษา ประจำปีงบประมาณ ๒๕๖๘"], ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"], [1, "ค่าเอกสาร", 10, 50, 500]])));
    expect(read.plan.project.name).toBe("ทัศนศึกษานอกสถานศึกษา");
  });
});

describe("read notes say only what is missing", () => {
  test("fields found beside the table: no 'no project sheet' note; a missing allocation is named", () => {
    const withAll = book(sheet("Sheet1", [["โครงการทดสอบ ปีงบประมาณ 2569"], ["งบประมาณ 5,000 บาท"], ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"], [1, "ค่าเอกสาร", 10, 50, 500]]));
    expect(notes(withAll).join("\n")).not.toMatch(/ไม่พบแผ่นงานโครงการ|ไม่พบ ?ชื่อโครงการ|ไม่พบ ?งบประมาณ/);
    const noAllocation = book(sheet("Sheet1", [["โครงการทดสอบ ปีงบประมาณ 2569"], ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"], [1, "ค่าเอกสาร", 10, 50, 500]]));
    const n = notes(noAllocation).join("\n");
    // named with what was looked for, never "no project sheet"
    expect(n).toContain('ไม่พบ งบประมาณที่ได้รับจัดสรร (ป้าย "งบประมาณที่ได้รับจัดสรร" หรือ "งบประมาณ" ตามด้วยจำนวนเงิน) ในช่องใดของทุกแผ่นงาน');
    expect(n).not.toContain("ไม่มีแผ่นงานโครงการ");
    expect(n).not.toContain("ชื่อโครงการ และ");
  });
});

describe("a total row split over expense-class columns", () => {
  const header: Row = ["ที่", "รายการ", "จำนวน", "ราคา/หน่วย", "ค่าวัสดุ", "ค่าใช้สอย", "ค่าตอบแทน"];
  test("states the sum of its class cells (a '-' is nothing), pointed at by the leftmost", () => {
    const rows = (sub: number): Row[] => [
      ["โครงการทดสอบ ปีงบประมาณ 2569"],
      header,
      ["", "กิจกรรมที่ 1 ซ่อม"],
      [1, "ค่าซ่อม", 2, 1500, null, 3000, null],
      [2, "ค่าสาย", 10, 80, 800, null, null],
      ["", "รวม", "", "", 800, sub, "-"],
      ["", "กิจกรรมที่ 2 ค่าย"],
      [1, "ค่าตอบแทนวิทยากร", 6, 600, null, null, 3600],
      ["", "รวม", "", "", "-", "-", 3600],
      ["", "รวมทั้งสิ้น", "", "", 800, 3000, 3600],
    ];
    expect(flagged(book(sheet("งบ", rows(3000))))).toEqual([]);
    expect(readPlan(book(sheet("งบ", rows(3000)))).plan.project.statedTotal).toBe(740000);
    expect(flagged(book(sheet("งบ", rows(3500))))).toEqual(["subtotal-mismatch@งบ!E6"]);
  });
});

describe("the factors written as text (รายละเอียดการคำนวณ)", () => {
  test.each(["รายละเอียดการคำนวณ", "วิธีคำนวณ", "การคำนวณ (บาท)"])("%s is the calculation column", (h) => expect(roleOf(h)?.role).toBe("calcText"));

  const snap = (calc: string, amount: number) =>
    book(
      sheet("โครงการ", [
        ["โครงการทดสอบ ปีงบประมาณ 2569"],
        ["งบประมาณ 50,000 บาท"],
        ["ที่", "กิจกรรม/รายการ", "จำนวนเงิน (บาท)", "รายละเอียดการคำนวณ", "ระยะเวลา"],
        ["1", "กิจกรรมที่ 1 อ่าน", "", "", "ธ.ค. 2568"],
        ["", "ค่ารางวัล", amount, calc, ""],
        ["", "ค่าวัสดุ", 3000, "เหมาจ่าย", ""],
        ["2", "กิจกรรมที่ 2 เขียน", "", "", "พ.ย. 2569"],
        ["", "ค่าเอกสาร", 400, "20 ชุด x 20 บาท", ""],
      ]),
    );
  test.each([
    ["10 รางวัล x 300 บาท", 3000],
    ["๓๐ คน × ๕๐ บาท × ๒ มื้อ", 3000],
    ["40 คน x 2 มื้อ @ 35 บาท", 2800],
  ])("%s: the multiplication is checked, the months of the headings are the activities'", (calc, right) => {
    const read = readPlan(snap(calc, right));
    expect(read.plan.activities.map((a) => a.start)).toEqual([
      { year: 2568, month: 12 },
      { year: 2569, month: 11 },
    ]);
    expect(flagged(snap(calc, right))).toEqual(["schedule-outside-period@โครงการ!E7"]);
    expect(flagged(snap(calc, right + 500))).toEqual(["line-amount-mismatch@โครงการ!C5", "schedule-outside-period@โครงการ!E7"]);
  });
  test("figures whose roles cannot be told are not guessed: an info note, the amount kept", () => {
    const s = snap("10x300", 3500);
    expect(flagged(s)).toEqual(["schedule-outside-period@โครงการ!E7"]);
    expect(notes(s).join("\n")).toContain('อ่านรายละเอียดการคำนวณ "10x300"');
    expect(readPlan(s).plan.budgetLines[0]).toMatchObject({ unitCost: null, quantity: null, statedAmount: 350000 });
  });
});

describe("the fiscal-year note quotes the title with its year", () => {
  test("a long title is quoted up to and with the year, never cut before it", () => {
    const long = `โครงการกีฬาสีภายในโรงเรียน "ลูกวัดบางพลีใหญ่กลางเกมส์" ประจำปีงบประมาณ 2569 ณ สนามกีฬาโรงเรียน`;
    const q = quoteAround(long);
    expect(q).toMatch(/ปีงบประมาณ 2569…$/);
    expect(q.length).toBeLessThanOrEqual(62);
    expect(quoteAround("โครงการทดสอบ ปีงบประมาณ 2569")).toBe("โครงการทดสอบ ปีงบประมาณ 2569");
    const snap = book(sheet("Sheet1", [[long], ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"], [1, "ค่าเอกสาร", 10, 50, 500]]));
    expect(notes(snap).find((n) => n.includes("ไม่มีช่องปีงบประมาณ"))).toContain("ปีงบประมาณ 2569");
  });
});

describe("an activity table whose months are a grid of marks (Gantt)", () => {
  test.each([
    [["ที่", "กิจกรรม", "ต.ค. 68", "พ.ย. 68", "ธ.ค. 68", "ม.ค. 69", "ก.พ. 69", "ผู้รับผิดชอบ"], (n: string, marks: string[]) => [n.slice(0, 1), n.slice(3), ...marks, "ก"]],
    [["กิจกรรม", "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค.", "ก.พ."], (n: string, marks: string[]) => [n, ...marks]],
  ])("header %j: the marked months are the activity's, none is reported missing", (header, row) => {
    const p = sheet("โครงการ", [["ชื่อโครงการ", "ทดสอบ"], ["ปีงบประมาณ", 2569], ["งบประมาณที่ได้รับจัดสรร", 5000], [], header, row("1. ประชุม", ["", "✓", "", "", ""]), row("2. อบรม", ["-", "", "", "/", "/"])]);
    const snap = book(p, budget());
    const read = readPlan(snap);
    expect(read.plan.activities.map((a) => [a.id, a.start, a.end])).toEqual([
      ["1", { year: 2568, month: 11 }, { year: 2568, month: 11 }],
      ["2", { year: 2569, month: 1 }, { year: 2569, month: 2 }],
    ]);
    expect(flagged(snap)).toEqual([]);
  });
});
