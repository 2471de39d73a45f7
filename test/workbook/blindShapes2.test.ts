/**
 * Shapes a second blind tester's hand-made workbooks showed (test/corpus/workbooks/blind/p2-*): the venue
 * written as a place (a labelled field, "ณ โรงแรม…" in a title, "โรงแรม" in a line's note), a grand total
 * stating its figure with the amount in words in one cell, the period inside a title cell shared with the year.
 */
import { readPlan, validateWorkbook } from "../../src/workbook";
import { venueOfPlace } from "../../src/workbook/read/looseFields";
import { figureInText } from "../../src/workbook/read/handRows";
import type { WorkbookSnapshot } from "../../src/workbook/types";
import { sheet, flaggedFindings, type Row, book } from "../helpers/snapshots";

const TODAY = { year: 2569, month: 1 };
const check = (snap: WorkbookSnapshot) => validateWorkbook(snap, { today: TODAY }).findings;
const flagged = (snap: WorkbookSnapshot) => flaggedFindings(snap, TODAY);

const HEAD: Row = ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน", "หมายเหตุ"];
const meeting = (fields: Row[], snackNote = ""): WorkbookSnapshot =>
  book(sheet("Sheet1", [["โครงการประชุมเครือข่ายผู้ปกครอง"], ["ปีงบประมาณ", 2569], ["ระยะเวลา", "ธันวาคม 2568"], ...fields, [], HEAD, [1, "ค่าอาหารว่างและเครื่องดื่ม", 40, 50, 2000, snackNote], [2, "ค่าวัสดุ", 1, 1000, 1000, ""], ["", "รวมทั้งสิ้น", "", "", 3000, ""]]));

describe("the venue from a place", () => {
  test.each([
    ["โรงแรมสกลนครอินน์", "private"],
    ["ห้องประชุมภูผารีสอร์ท", "private"],
    ["ห้องประชุมโรงเรียนบ้านนาดี", "gov"],
    ["สำนักงานเขตพื้นที่การศึกษา", "gov"],
    ["บ้านผู้ใหญ่บ้าน", "unknown"],
  ])("%s → %s", (text, venue) => expect(venueOfPlace(text)).toBe(venue));

  test.each(["สถานที่", "สถานที่จัด", "สถานที่ดำเนินการ :"])("a field labelled %s naming a hotel: snacks 50 are within the private ceiling", (label) => {
    const snap = meeting([[label, "โรงแรมในตัวจังหวัด"]]);
    expect(readPlan(snap).plan.project.venue).toBe("private");
    expect(flagged(snap)).toEqual([]);
  });

  test("a government place: snacks 50 are over 35, and the venue is no longer an assumption", () => {
    const snap = meeting([["สถานที่จัด", "ห้องประชุมโรงเรียน"]]);
    const f = check(snap).find((x) => x.rule === "rate-over-ceiling");
    expect(f?.cell).toBe("D7");
    expect(f?.message.th).not.toMatch(/สมมติ: จัดในสถานที่ราชการ/);
  });

  test("no place: the government venue is assumed and the message says so", () => {
    const f = check(meeting([])).find((x) => x.rule === "rate-over-ceiling");
    expect(f?.message.th).toMatch(/สมมติ: จัดในสถานที่ราชการ/);
  });

  test("a line's note naming a hotel judges that line at a private venue", () => {
    expect(flagged(meeting([], "จัดที่โรงแรม"))).toEqual([]);
  });

  test("a title's \"ณ โรงแรม…\"", () => {
    const snap = meeting([["จัดประชุม ณ โรงแรมริมโขง"]]);
    expect(readPlan(snap).plan.project.venue).toBe("private");
  });
});

describe("a total with its figure and the amount in words in one cell", () => {
  test.each([
    ["รวมทั้งสิ้น 45,600 บาท (สี่หมื่นห้าพันหกร้อยบาทถ้วน)", 4560000],
    ["45,600 บาท (สี่หมื่นห้าพันหกร้อยบาทถ้วน)", 4560000],
    ["รวมทั้งสิ้น ๑๒,๕๐๐.-", 1250000],
    ["รวมกิจกรรมที่ 2", null],
    ["(สี่หมื่นห้าพันหกร้อยบาทถ้วน)", null],
  ])("%s", (text, value) => expect(figureInText(text)?.value ?? null).toBe(value));

  const lines: Row[] = [["ค่าใช้จ่าย ปีงบประมาณ 2569"], HEAD.slice(0, 5), [1, "ค่าวัสดุ", 10, 100, 1000], [2, "ค่าเอกสาร", 10, 50, 500]];
  test.each([
    [["", "รวมทั้งสิ้น 1,600 บาท (หนึ่งพันหกร้อยบาทถ้วน)", "", "", ""], "B5"],
    [["", "รวมทั้งสิ้น", "", "", "1,600 บาท (หนึ่งพันหกร้อยบาทถ้วน)"], "E5"],
  ])("%j: the stated total is checked", (total, cell) => {
    const snap = book(sheet("งบ", [...lines, total]));
    expect(readPlan(snap).plan.project.statedTotal).toBe(160000);
    expect(flagged(snap)).toEqual([`total-mismatch@งบ!${cell}`]);
  });

  test("words that say another amount than the figure are a warning (the figure is right against the lines)", () => {
    const snap = book(sheet("งบ", [...lines, ["", "รวมทั้งสิ้น 1,500 บาท (หนึ่งพันหกร้อยบาทถ้วน)", "", "", ""]]));
    expect(flagged(snap)).toEqual(["read-problem@งบ!B5"]);
    expect(check(snap).some((f) => f.severity === "warning" && f.rule === "read-problem" && /ตัวอักษร/.test(f.message.th))).toBe(true);
  });

  test.each([
    // the figure in the amount column, the words in the label or in another cell of the row
    [["", "รวมทั้งสิ้น (หนึ่งพันห้าร้อยบาทถ้วน)", "", "", 1500], []],
    [["", "รวมทั้งสิ้น (หนึ่งพันหกร้อยบาทถ้วน)", "", "", 1500], ["read-problem@งบ!B5"]],
    [["", "รวมทั้งสิ้น (ตัวอักษร)", "(หนึ่งพันหกร้อยบาทถ้วน)", "", 1600], ["total-mismatch@งบ!E5"]],
    [["", "รวมทั้งสิ้น (ตัวอักษร)", "หนึ่งพันห้าร้อยเอ็ดบาท", "", 1500], ["read-problem@งบ!C5"]],
    [["", "รวมเป็นเงินทั้งสิ้น", "", "", "๑,๖๐๐"], ["total-mismatch@งบ!E5"]],
  ])("%j: read as the stated total, its words checked", (total, expected) => {
    const snap = book(sheet("งบ", [...lines, total]));
    expect(readPlan(snap).plan.budgetLines).toHaveLength(2);
    expect(flagged(snap)).toEqual(expected);
  });
});

describe("the period inside a title cell shared with the year", () => {
  test.each([
    ["ปีงบประมาณ 2569   ดำเนินการ 20-22 มกราคม 2569 ณ โรงแรมในจังหวัด", { year: 2569, month: 1 }],
    ["ปีงบประมาณ 2569 จัดระหว่างวันที่ 3-4 ก.พ. 2569", { year: 2569, month: 2 }],
  ])("%s", (title, start) => {
    const snap = book(sheet("Sheet1", [["โครงการอบรมครู"], [title], [], HEAD.slice(0, 5), [1, "ค่าวัสดุ", 10, 100, 1000]]));
    const read = readPlan(snap);
    expect(read.plan.project.periodStart).toEqual(start);
    expect(check(snap).some((f) => f.severity === "info" && /ระยะเวลาดำเนินการ .* อ่านจากข้อความ/.test(f.message.th))).toBe(true);
  });

  test("a bare verb followed by other words is no period", () => {
    const snap = book(sheet("Sheet1", [["โครงการอบรมครู"], ["ปีงบประมาณ 2569 ดำเนินการโดยกลุ่มบริหารวิชาการ"], [], HEAD.slice(0, 5), [1, "ค่าวัสดุ", 10, 100, 1000]]));
    expect(readPlan(snap).plan.project.periodStart).toBeUndefined();
  });
});
