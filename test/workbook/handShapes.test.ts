/**
 * Shapes of hand-made budget sheets beyond one table with one amount per cell (issue 9): several
 * tables (one sheet per activity, tables one below another), a summary that repeats the budget, month
 * grids (months and quarters), baht and satang columns, headers over three rows, figures typed as text.
 */
import { roleOf, findHandHeader } from "../../src/workbook/read/handHeader";
import { monthHeader } from "../../src/workbook/read/monthHeader";
import { satangOf } from "../../src/workbook/read/handMoney";
import { readPlan, validateWorkbook } from "../../src/workbook";
import { explainReading } from "../../src/workbook/explain";
import type { WorkbookSnapshot } from "../../src/workbook/types";
import { sheet, flaggedFindings, type Row, book } from "../helpers/snapshots";

const TODAY = { year: 2567, month: 1 };
const flagged = (snap: WorkbookSnapshot) => flaggedFindings(snap, TODAY, { readProblems: false });

describe("month and satang headers", () => {
  test.each([
    ["ต.ค.", 0, undefined],
    ["ต.ค. 66", 0, 2566],
    ["มี.ค. ๖๗", 5, 2567],
    ["กันยายน 2567", 11, 2567],
    ["Jan", 3, undefined],
    ["ไตรมาสที่ 2\n(ม.ค.-มี.ค.)", 3, undefined],
    ["Q4", 9, undefined],
    ["ก.พ. 67", 4, 2567],
    ["พ.ค. พ.ศ. 2567", 7, 2567],
  ])("%s → month %d", (text, index, year) => {
    expect(monthHeader(text)).toEqual({ index, ...(year !== undefined ? { year } : {}) });
  });
  test.each(["เดือน", "ค่าอาหาร", "รายการ", "ตุลาคม 2566 – กันยายน 2567 ค่าใช้จ่าย"])("%s is not a month column", (t) => {
    expect(monthHeader(t)).toBeUndefined();
  });
  test("satang headers and cells", () => {
    expect(roleOf("สต.")?.role).toBe("satang");
    expect(roleOf("สตางค์")?.role).toBe("satang");
    expect([satangOf(50), satangOf("๕๐"), satangOf("-"), satangOf("00"), satangOf(120), satangOf("abc")]).toEqual([50, 50, 0, 0, null, null]);
  });
});

describe("several tables", () => {
  const fields = (alloc: number): Row[] => [["ชื่อโครงการ", "ทดสอบ"], ["ปีงบประมาณ", 2567], ["งบประมาณที่ได้รับจัดสรร", alloc, "บาท"], []];
  const header: Row = ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"];
  test("one sheet per activity: each table is its activity's, its total row is that activity's total", () => {
    const a1 = sheet("กิจกรรมที่ 1", [["กิจกรรมที่ 1 ประชุมชี้แจง"], [], header, [1, "ค่าอาหารว่าง", 20, 30, 600], [2, "ค่าเอกสาร", 20, 10, 200], [null, "รวม", null, null, 800]]);
    const a2 = sheet("กิจกรรมที่ 2", [["กิจกรรมที่ 2 อบรมครู"], [], header, [1, "ค่าวิทยากร", 3, 600, 1800], [2, "ค่าอาหารกลางวัน", 20, 80, 1700], [null, "รวม", null, null, 3500]]);
    const p = sheet("โครงการ", [...fields(5000), ["ที่", "กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ"], [1, "ประชุมชี้แจง", "พ.ย. 2566", "ก"], [2, "อบรมครู", "ม.ค. 2567", "ข"]]);
    const snap = book(p, a1, a2);
    const read = readPlan(snap);
    expect(read.plan.budgetLines.map((l) => [l.activityId, l.statedAmount])).toEqual([
      ["1", 60000],
      ["1", 20000],
      ["2", 180000],
      ["2", 170000],
    ]);
    expect(read.located.budgetTables?.map((t) => t.sheet)).toEqual(["กิจกรรมที่ 1", "กิจกรรมที่ 2"]);
    // 20 × 80 = 1,600 typed as 1,700; the second sheet's total (3,500) adds up the amounts as written, so the
    // one typo is one finding (the line), not also its total's
    expect(flagged(snap)).toEqual(["line-amount-mismatch@กิจกรรมที่ 2!E5"]);
    const ex = explainReading(snap, read);
    expect(ex.tables.filter((t) => t.table === "budget").map((t) => t.sheet)).toEqual(["กิจกรรมที่ 1", "กิจกรรมที่ 2"]);
  });

  test("tables one below another, then a grand total of all of them", () => {
    const rows: Row[] = [
      ...fields(10000),
      ["1. ประชุมชี้แจง"],
      header,
      [1, "ค่าอาหารว่าง", 20, 30, 600],
      [null, "รวม", null, null, 600],
      [],
      ["2. อบรมครู"],
      header,
      [1, "ค่าวิทยากร", 3, 600, 1800],
      [2, "ค่าเอกสาร", 20, 10, 200],
      [null, "รวม", null, null, 2000],
      [],
      [null, "รวมทั้งสิ้น", null, null, 2700],
    ];
    const snap = book(sheet("งบ", rows));
    const read = readPlan(snap);
    expect(read.plan.budgetLines).toHaveLength(3);
    expect(read.plan.project.statedTotal).toBe(270000);
    expect(flagged(snap)).toEqual(["total-mismatch@งบ!E16"]);
  });

  test("a summary of the same budget (its rows are the activities) is not counted twice", () => {
    const budget = sheet("งบประมาณ", [...fields(5000), header, ["1. ประชุม"], [1, "ค่าอาหารว่าง", 20, 30, 600], ["2. อบรม"], [1, "ค่าวิทยากร", 3, 600, 1800], [null, "รวมทั้งสิ้น", null, null, 2400]]);
    const grid = sheet("แผนการใช้จ่าย", [
      ["ที่", "รายการ", "งบประมาณ", "ต.ค.", "พ.ย.", "ธ.ค.", "ม.ค."],
      [1, "ประชุม", 600, 600, null, null, null],
      [2, "อบรม", 1800, null, null, 1800, null],
      [null, "รวม", 2400, 600, null, 1800, null],
    ]);
    const snap = book(budget, grid);
    const read = readPlan(snap);
    expect(read.plan.budgetLines).toHaveLength(2);
    expect(read.issues.some((i) => /not counted twice/.test(i.en))).toBe(true);
    expect(flagged(snap)).toEqual([]);
  });
});

describe("month grids", () => {
  test("months read from the grid; a row total that is not the sum of its months is an error at the total", () => {
    const rows: Row[] = [
      ["แผนการใช้จ่ายเงิน ปีงบประมาณ 2567"],
      ["ที่", "รายการ", "งบประมาณ", "แผนการใช้จ่ายเงิน"],
      [null, null, null, "ต.ค. 66", "พ.ย. 66", "ธ.ค. 66", "ม.ค. 67", "ก.พ. 67", "มี.ค. 67"],
      [1, "ค่าวัสดุ", 3000, null, 1000, null, 2000],
      [2, "ค่าถ่ายเอกสาร", 2500, null, null, null, null, 1200, 1200],
      [null, "รวม", 5500],
    ];
    const snap = book(sheet("Sheet1", rows));
    const read = readPlan(snap);
    expect(read.plan.budgetLines.map((l) => l.month)).toEqual([
      { year: 2566, month: 11 },
      { year: 2567, month: 2 },
    ]);
    expect(flagged(snap)).toEqual(["line-amount-mismatch@Sheet1!C5"]);
  });

  test("a schedule grid of marks is not a spending plan", () => {
    const s = sheet("ปฏิทิน", [
      ["ที่", "รายการ", "งบประมาณ", "ต.ค.", "พ.ย.", "ธ.ค."],
      [1, "ประชุม", 600, "✓", null, null],
      [2, "อบรม", 1800, null, "✓", "✓"],
    ]);
    expect(findHandHeader(s)?.monthCols).toBeUndefined();
  });
});

describe("baht and satang, three-row headers, text figures", () => {
  test("satang columns are added to the baht", () => {
    const snap = book(
      sheet("ประมาณการ", [
        ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", null, "จำนวนเงิน", null],
        [null, null, null, "บาท", "สต.", "บาท", "สต."],
        [1, "ค่าน้ำดื่ม", 30, 7, 50, 225, "-"],
        [2, "ค่าสบู่", 25, 14, 50, 362, 50],
        [null, "รวมทั้งสิ้น", null, null, null, 587, 50],
      ]),
    );
    const read = readPlan(snap);
    expect(read.plan.budgetLines.map((l) => [l.unitCost, l.statedAmount])).toEqual([
      [750, 22500],
      [1450, 36250],
    ]);
    expect(read.plan.project.statedTotal).toBe(58750);
    expect(flagged(snap)).toEqual([]);
  });

  test("a header over three rows: budget › expense class › baht | satang", () => {
    const snap = book(
      sheet("รายละเอียด", [
        ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "งบประมาณ"],
        [null, null, null, null, "ค่าตอบแทน", null, "ค่าใช้สอย", null],
        [null, null, null, null, "บาท", "สต.", "บาท", "สต."],
        [1, "ค่าวิทยากร", 3, 600, 1800, "-"],
        [2, "ค่าอาหารว่าง", 40, 30, null, null, 1000, "-"],
      ]),
    );
    const read = readPlan(snap);
    expect(read.located.budget?.handMade?.headerRows).toEqual([1, 2, 3]);
    expect(read.plan.budgetLines.map((l) => [l.expenseClass, l.statedAmount])).toEqual([
      ["compensation", 180000],
      ["services", 100000],
    ]);
    expect(flagged(snap)).toEqual(["line-amount-mismatch@รายละเอียด!G5"]);
  });

  test("a table typed as text with Thai digits is read, with one note instead of a bad-number per cell", () => {
    const snap = book(
      sheet("แบบเสนอ", [
        ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"],
        ["๑", "ค่าอาหารว่าง", "๔๐", "๓๐.-", "๑,๒๐๐.-"],
        ["๒", "ค่าเอกสาร", "๔๐", "๒๐ บาท", "๘๐๐"],
        ["๓", "ค่าเกียรติบัตร", "๔๐", "๑๐", "๔๐๐.-"],
      ]),
    );
    const v = validateWorkbook(snap, { today: TODAY });
    expect(v.plan.budgetLines.map((l) => l.statedAmount)).toEqual([120000, 80000, 40000]);
    expect(v.findings.filter((f) => f.rule === "bad-number")).toEqual([]);
    expect(v.findings.filter((f) => f.rule === "read-problem" && /typed as text/.test(f.message.en))).toHaveLength(1);
  });
});

describe("a sheet named แบบเสนอโครงการ", () => {
  const rows: Row[] = [
    ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"],
    [1, "ค่าอาหารว่าง", 20, 30, 600],
    [2, "ค่าเอกสาร", 20, 10, 200],
  ];
  test("typed by hand: read as the plan", () => {
    expect(readPlan(book(sheet("แบบเสนอโครงการ", rows))).plan.budgetLines).toHaveLength(2);
  });
  test("written by formulas from other sheets (the template's printable form): not read as data", () => {
    const s = sheet("แบบเสนอโครงการ", rows);
    s.formulas = rows.map((r, i) => r.map((_, c) => (i > 0 && c > 1 ? `=งบประมาณ!${String.fromCharCode(65 + c)}${i + 5}` : null)));
    expect(readPlan(book(s)).isPlan).toBe(false);
  });
});
