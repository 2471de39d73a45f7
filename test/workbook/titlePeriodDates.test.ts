/**
 * Where a hand-made budget sheet says when it happens, besides an activity table: a period in the title area
 * ("(ดำเนินการ กุมภาพันธ์ 2569)", "(ระยะเวลาดำเนินการ …)"), and a column of real dates (Excel dates or Buddhist-era
 * date text) headed วันที่จัด / วันที่ดำเนินการ.
 */
import { readPlan, validateWorkbook } from "../../src/workbook";
import { quarterTotals } from "../../src/core/budget";
import { bahtToSatang } from "../../src/core/money";
import { serialFromYmd } from "../../src/core/dateSerial";
import type { WorkbookSnapshot } from "../../src/workbook/types";
import { book, flaggedFindings, sheet, type Row } from "../helpers/snapshots";

const TODAY = { year: 2569, month: 1 };

const titled = (title: string): WorkbookSnapshot =>
  book(
    sheet("ประมาณการ", [
      ["โครงการประชุมผู้ปกครองนักเรียน ประจำปีการศึกษา 2568"],
      [title],
      [],
      ["ที่", "รายการ", "จำนวน", "ราคา", "เป็นเงิน"],
      [1, "ค่าอาหารว่างและเครื่องดื่ม", 60, 35, 2100],
      [2, "ค่าป้ายไวนิล", 1, 500, 500],
      ["", "รวมทั้งสิ้น", "", "", 2600],
    ]),
  );

describe("a period in the title area of a budget sheet", () => {
  test.each([
    ["ปีงบประมาณ 2569 (ดำเนินการ กุมภาพันธ์ 2569)  งบประมาณ 3,000 บาท", { year: 2569, month: 2 }, { year: 2569, month: 2 }],
    ["ปีงบประมาณ 2569 (ระยะเวลาดำเนินการ ม.ค. – มี.ค. 2569)  งบประมาณ 3,000 บาท", { year: 2569, month: 1 }, { year: 2569, month: 3 }],
    ["งบประมาณ ๓,๐๐๐ บาท  ระยะเวลาดำเนินการ ธันวาคม ๒๕๖๘", { year: 2568, month: 12 }, { year: 2568, month: 12 }],
  ])("%s", (title, start, end) => {
    const read = readPlan(titled(title));
    expect(read.plan.project).toMatchObject({ periodStart: start, periodEnd: end, allocation: bahtToSatang(3000) });
    // an info note says where the period was read from
    expect(read.issues.some((i) => /ระยะเวลาดำเนินการ .* อ่านจากข้อความ/.test(i.th))).toBe(true);
  });

  test("a one-month period puts the lines in its quarter", () => {
    const q = quarterTotals(readPlan(titled("ปีงบประมาณ 2569 (ดำเนินการ กุมภาพันธ์ 2569)  งบประมาณ 3,000 บาท")).plan);
    expect([q[1], q[2], q.unscheduled]).toEqual([0, bahtToSatang(2600), 0]);
  });

  test("a bracketed month with no period word is not taken for the period (it may be a revision date)", () => {
    const read = readPlan(titled("ปีงบประมาณ 2569 (ฉบับปรับปรุง มกราคม 2569)  งบประมาณ 3,000 บาท"));
    expect(read.plan.project.periodStart).toBeUndefined();
  });
});

const serial = (y: number, m: number, d: number) => serialFromYmd(y, m, d);
const HEAD: Row = ["ลำดับ", "รายการ", "จำนวน", "หน่วยนับ", "ราคา/หน่วย", "รวมเงิน"];
const dated = (dateHeader: string, dates: (string | number)[], extra?: { header: string; values: (string | number)[] }): WorkbookSnapshot =>
  book(
    sheet("งบ", [
      ["โครงการอบรมการปฐมพยาบาลเบื้องต้นสำหรับนักเรียน"],
      ["ปีงบประมาณ ๒๕๖๙   งบประมาณ ๑๐,๐๐๐ บาท"],
      [],
      [...HEAD, dateHeader, ...(extra ? [extra.header] : [])],
      ["๑", "ค่าอาหารว่างและเครื่องดื่ม", "๘๐", "มื้อ", 35, 2800, dates[0], ...(extra ? [extra.values[0]] : [])],
      ["๒", "ค่าเกียรติบัตรพร้อมกรอบ", "๔๐", "ชุด", 45, 1800, dates[1], ...(extra ? [extra.values[1]] : [])],
      ["๓", "ค่าวัสดุสาธิตการปฐมพยาบาล", "๑", "ชุด", 2200, 2200, dates[2], ...(extra ? [extra.values[2]] : [])],
      ["", "รวม", "", "", "", 6800],
    ]),
  );

describe("a column of dates in the budget table", () => {
  test.each([
    ["วันที่จัด", [serial(2025, 12, 15), serial(2025, 12, 15), serial(2026, 2, 2)]],
    ["วันที่ดำเนินการ", ["15 ธ.ค. 2568", "๑๕ ธ.ค. ๒๕๖๘", "2 ก.พ. 2569"]],
    ["ว.ด.ป.", ["15/12/2568", "15/12/2568", "02/02/2569"]],
  ])("%s: each line's month, and the quarters", (header, dates) => {
    const plan = readPlan(dated(header, dates)).plan;
    expect(plan.budgetLines.map((l) => l.month)).toEqual([
      { year: 2568, month: 12 },
      { year: 2568, month: 12 },
      { year: 2569, month: 2 },
    ]);
    const q = quarterTotals(plan);
    expect([q[1], q[2], q.unscheduled]).toEqual([bahtToSatang(4600), bahtToSatang(2200), 0]);
  });

  test("a date outside the fiscal year is the schedule warning at its cell", () => {
    expect(flaggedFindings(dated("วันที่จัด", [serial(2025, 12, 15), serial(2025, 12, 15), serial(2026, 10, 5)]), TODAY)).toEqual(["schedule-outside-period@งบ!G7"]);
  });

  test("a second date column is not read, and a note says so", () => {
    const snap = dated("วันที่เริ่ม", ["1 ธ.ค. 2568", "1 ธ.ค. 2568", "1 ก.พ. 2569"], { header: "วันที่สิ้นสุด", values: ["20 ธ.ค. 2568", "20 ธ.ค. 2568", "20 ก.พ. 2569"] });
    const v = validateWorkbook(snap, { today: TODAY });
    expect(v.plan.budgetLines.map((l) => l.month?.month)).toEqual([12, 12, 2]);
    const note = v.findings.find((f) => /วันที่สิ้นสุด/.test(f.message.th));
    expect(note).toMatchObject({ severity: "info", cell: "H4" });
    expect(note!.message.th).toMatch(/มีวันที่ 3 แถว แต่ไม่ได้ใช้ เพราะเดือนของรายการอ่านจากคอลัมน์ "วันที่เริ่ม" แล้ว/);
    expect(note!.message.en).toMatch(/has dates in 3 rows but is not used/);
  });
});
