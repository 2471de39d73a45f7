/**
 * Workbook classes the ninth blind tester found (test/corpus/workbooks/blind9): the factors written in one count
 * cell ("30 คน x 2 วัน"), English or bilingual headings and labels, percentage lines.
 */
import { readPlan, validateWorkbook } from "../../src/workbook";
import { combinedCounts } from "../../src/workbook/read/countText";
import { roleOf, applyChoices, findHandHeader } from "../../src/workbook/read/handHeader";
import { thaiLabel } from "../../src/workbook/read/looseFields";
import type { WorkbookSnapshot } from "../../src/workbook/types";
import { sheet, book, flaggedFindings, type Row } from "../helpers/snapshots";

const TODAY = { year: 2568, month: 1 };
const flagged = (snap: WorkbookSnapshot) => flaggedFindings(snap, TODAY);
const findings = (snap: WorkbookSnapshot) => validateWorkbook(snap, { today: TODAY }).findings;

const fields: Row[] = [["ชื่อโครงการ", "อบรมครู"], ["ปีงบประมาณ", 2568], ["งบประมาณที่ได้รับจัดสรร", 40000], ["ระยะเวลาดำเนินการ", "มกราคม 2568"], []];

describe("several factors in one count cell", () => {
  test.each([
    ["30 คน x 2 วัน", 30, 2],
    ["30 คน × 2 มื้อ × 2 วัน", 30, 4],
    ["๓๐ คน ๒ วัน", 30, 2],
    ["1 คน x 6 ชม. x 2 วัน", 1, 12],
    ["2 คืน 3 ห้อง", 3, 2],
  ])("%s → quantity %d, times %d", (text, quantity, times) => {
    expect(combinedCounts(text)).toMatchObject({ quantity, times });
  });

  test.each(["1 ชุด", "30 คน x 50 บาท", "ประมาณ 30 คน", "ครู 30 คน x 2 วัน", "5%", "30 2"])("%s is not several factors", (text) => {
    expect(combinedCounts(text)).toBeNull();
  });

  const rows = (header: string, wrong: number): Row[] => [
    ...fields,
    ["รายการ", header, "อัตรา", "จำนวนเงิน"],
    ["ค่าอาหารกลางวัน", "30 คน x 2 วัน", 100, 6000],
    ["ค่าอาหารว่างและเครื่องดื่ม", "30 คน x 2 มื้อ x 2 วัน", 35, 4200],
    ["ค่าพาหนะ", "5 คน x 3 วัน", 200, wrong],
    ["ค่าวัสดุ", "1 ชุด", 3000, 3000],
    ["รวมทั้งสิ้น", "", "", 16200 - 3000 + wrong],
  ];

  test.each(["จำนวน (คน/วัน)", "จำนวน", "ปริมาณ"])("header %s: the column is the quantities, the correct lines are clean", (header) => {
    const snap = book(sheet("Sheet1", rows(header, 3000)));
    const plan = readPlan(snap).plan;
    expect(plan.budgetLines.map((l) => [l.quantity, l.times])).toEqual([[30, 2], [30, 4], [5, 3], [1, null]]);
    expect(flagged(snap)).toEqual([]);
  });

  test("the wrong line is found at its amount cell, with the factors in the message", () => {
    const snap = book(sheet("Sheet1", rows("จำนวน (คน/วัน)", 3300)));
    expect(flagged(snap)).toEqual(["line-amount-mismatch@Sheet1!D9"]);
    const f = findings(snap).find((x) => x.rule === "line-amount-mismatch");
    expect(f?.message.th).toMatch(/200 บาท × 5 คน × 3 วัน = 3,000 บาท แต่ระบุ 3,300 บาท/);
  });

  test("a user's column correction quantity=B reads the factors (no bad-number)", () => {
    const s = sheet("Sheet1", rows("คน/วัน", 3000));
    const h = applyChoices(findHandHeader(s), s, { cols: { quantity: 2 } });
    expect(h?.cols.quantity).toBe(2);
  });
});

describe("English and bilingual headings and labels", () => {
  test.each([
    ["Item / รายการ", "item"],
    ["Persons / คน", "quantity"],
    ["Times / ครั้ง (มื้อ, ชม.)", "times"],
    ["Days / วัน", "times"],
    ["Unit cost (THB)", "unitCost"],
    ["Amount (THB)", "amount"],
    ["รวม (Total)", "amount"],
    ["Qty/Persons", "quantity"],
    ["ราคาต่อหน่วย (Unit cost)", "unitCost"],
  ])("%s → %s", (text, role) => expect(roleOf(text)?.role).toBe(role));

  test.each([
    ["Project / ชื่อโครงการ", "ชื่อโครงการ"],
    ["Budget allocated / งบประมาณที่ได้รับจัดสรร", "งบประมาณที่ได้รับจัดสรร"],
    ["ปีงบประมาณ / Fiscal year", "ปีงบประมาณ"],
    ["ผู้รับผิดชอบ (Owner)", "ผู้รับผิดชอบ"],
    ["โครงการ English Camp", "โครงการ English Camp"],
  ])("label %s reads as %s", (text, label) => expect(thaiLabel(text)).toBe(label));

  const bilingual = (total: number): WorkbookSnapshot =>
    book(
      sheet("Budget", [
        ["Project / ชื่อโครงการ", "English Camp"],
        ["Fiscal year / ปีงบประมาณ", 2568],
        ["Budget allocated / งบประมาณที่ได้รับจัดสรร", 30000],
        ["Date / ระยะเวลา", "กรกฎาคม 2568"],
        [],
        ["No.", "Item / รายการ", "Persons / คน", "Times / ครั้ง", "Days / วัน", "Unit cost (THB)", "Amount (THB)"],
        [1, "ค่าอาหารกลางวัน", 40, 1, 2, 100, 8000],
        [2, "ค่าวัสดุ", 1, 1, 1, total - 8000, total - 8000],
        ["", "Total / รวมทั้งสิ้น", "", "", "", "", total],
      ]),
    );

  test("a bilingual table is read: fields, three factors, no false finding", () => {
    const snap = bilingual(28000);
    const plan = readPlan(snap).plan;
    expect(plan.project.name).toBe("English Camp");
    expect(plan.project.fiscalYear).toBe(2568);
    expect(plan.budgetLines[0]).toMatchObject({ quantity: 40, times: 2 });
    expect(flagged(snap)).toEqual([]);
  });

  test("the total over the allocation is found", () => {
    expect(flagged(bilingual(34000))).toEqual(["over-allocation@Budget!B3"]);
  });

  test("a days column a user names (days=E) is a further factor", () => {
    const s = bilingual(28000).sheets[0];
    const h = applyChoices(findHandHeader(s), s, { cols: { times: 4, days: 5 } });
    expect(h?.cols.times).toBe(4);
    expect(h?.extraFactors).toContain(5);
  });
});

describe("percentage lines", () => {
  const table = (pctCell: string | number, amount: number, item = "ค่าบริหารจัดการโครงการ 5% ของค่าใช้จ่าย"): WorkbookSnapshot =>
    book(
      sheet("งบ", [
        ...fields,
        ["ที่", "รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "จำนวนเงิน"],
        [1, "ค่าวัสดุวิทยาศาสตร์", 1, "ชุด", 12000, 12000],
        [2, "ค่าจ้างเหมาซ่อมแซม", 1, "งาน", 6000, 6000],
        [3, item, pctCell, "", "", amount],
        ["", "รวม", "", "", "", 18000 + amount],
      ]),
    );

  test.each<[string | number, string]>([
    ["5%", "ค่าบริหารจัดการโครงการ 5% ของค่าใช้จ่าย"],
    ["ร้อยละ 5", "ค่าบริหารจัดการโครงการ"],
    [0.05, "ค่าบริหารจัดการโครงการ"],
    ["", "ค่าบริหารจัดการ 5%"],
  ])("%s (%s): a lump sum, no bad number, no unit cost against the rates", (cell, item) => {
    const snap = table(cell, 900, item);
    const line = readPlan(snap).plan.budgetLines[2];
    expect(line).toMatchObject({ unitCost: null, quantity: null, statedAmount: 90000 });
    expect(findings(snap).filter((f) => f.rule !== "under-allocation" && f.rule !== "read-problem")).toEqual([]);
  });

  test("over the share of the lines above: a warning at the amount cell", () => {
    expect(flagged(table("5%", 1500))).toEqual(["line-amount-mismatch@งบ!F9"]);
    expect(findings(table("5%", 1500)).find((f) => f.rule === "line-amount-mismatch")?.severity).toBe("warning");
  });

  test("under the share is the writer's choice: no finding", () => {
    expect(flagged(table("5%", 500))).toEqual([]);
  });

  test("over the share of a base the line states: an error", () => {
    const snap = table("", 1200, "ค่าดำเนินการ ร้อยละ 5 ของ 18,000 บาท");
    const f = findings(snap).find((x) => x.rule === "line-amount-mismatch");
    expect(f).toMatchObject({ severity: "error", cell: "F9", expected: 90000, actual: 120000 });
  });

  test("a fraction in the quantity column that is not a share of the lines above stays a quantity", () => {
    const snap = table(0.5, 600, "ค่ากระดาษ (รีม)");
    const snapLine = readPlan(snap).plan.budgetLines[2];
    expect(snapLine.quantity).toBe(0.5);
  });
});

describe("activity tables with start and end dates", () => {
  // Excel date serials (as a Google Sheets export writes them): 45601 = 2024-11-05, 45672 = 2025-01-15, 45950 = 2025-10-20
  const plan = (head: Row): WorkbookSnapshot =>
    book(
      sheet("Sheet1", [
        ["ชื่อโครงการ", "แข่งขันทักษะ"],
        ["ปีงบประมาณ", 2568],
        ["งบประมาณที่ได้รับ", 6000],
        [],
        head,
        [1, "ประชุมวางแผน", 45601, 45601],
        [2, "แข่งขันทักษะ", 45672, 45673],
        [3, "สรุปผล", 45950, 45950],
        [],
        ["กิจกรรมที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"],
        [1, "ค่าอาหารว่างและเครื่องดื่ม", 15, 35, 525],
        [2, "ค่ารางวัล", 12, 300, 3600],
        [3, "ค่าจัดทำรูปเล่มรายงาน", 5, 120, 600],
        ["", "รวม", "", "", 4725],
      ]),
    );

  test.each<Row>([
    ["กิจกรรมที่", "ชื่อกิจกรรม", "วันที่เริ่ม", "วันที่สิ้นสุด"],
    ["ที่", "กิจกรรม", "วันเริ่มต้น", "วันสิ้นสุด"],
    ["No.", "Activity", "Start date", "End date"],
  ])("%s …: each activity has its months; the one after the fiscal year is found", (...head) => {
    const snap = plan(head);
    const acts = readPlan(snap).plan.activities;
    expect(acts.map((a) => a.start)).toEqual([{ year: 2567, month: 11 }, { year: 2568, month: 1 }, { year: 2568, month: 10 }]);
    expect(flagged(snap)).toEqual(["schedule-outside-period@Sheet1!C8"]);
  });
});

describe("a percentage in an item that is no share", () => {
  test.each([
    ["แอลกอฮอล์ 70% (เหมาจ่าย)", "", ""],
    ["น้ำยาฆ่าเชื้อ 70%", "", 100],
  ])("%s: read as usual, no percentage check", (item, qty, unit) => {
    const snap = book(
      sheet("งบ", [
        ...fields,
        ["รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"],
        ["ค่าวัสดุ", 1, 1000, 1000],
        [item, qty, unit, 8000],
        ["รวม", "", "", 9000],
      ]),
    );
    expect(flagged(snap).filter((f) => f.startsWith("line-amount-mismatch"))).toEqual(unit === "" ? [] : ["line-amount-mismatch@งบ!D8"]);
  });
});
