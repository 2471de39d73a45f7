/**
 * Reading hand-made budget sheets (issue 9): header scoring with synonyms, units and two-row headers,
 * row classification (headings, subtotals, totals, amount in words, notes), project fields beside the
 * table, the fiscal year and the finding that says how it was found, old copies never read, the stored
 * column correction, and "what was read".
 */
import { findHandHeader, roleOf } from "../../src/workbook/read/handHeader";
import { classifyRows } from "../../src/workbook/read/handRows";
import { nameSimilarity, matchHeading } from "../../src/workbook/read/activityNames";
import { yearInText } from "../../src/workbook/read/fiscalYear";
import { readPlan, validateWorkbook } from "../../src/workbook";
import { explainReading } from "../../src/workbook/explain";
import { MAPPING_SHEET, mappingEdits, readMapping } from "../../src/workbook/mapping";
import type { CellScalar, SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/types";

type Row = CellScalar[];
const sheet = (name: string, rows: Row[], formulas: Record<string, string> = {}): SheetSnapshot => {
  const f = rows.map((r) => r.map(() => null as string | null));
  for (const [a, v] of Object.entries(formulas)) {
    const m = /^([A-Z])(\d+)$/.exec(a)!;
    const r = Number(m[2]) - 1;
    const c = m[1].charCodeAt(0) - 65;
    while (f[r].length <= c) f[r].push(null);
    f[r][c] = v;
  }
  return { name, values: rows, formulas: f };
};
const book = (...sheets: SheetSnapshot[]): WorkbookSnapshot => ({ sheets });
const TODAY = { year: 2567, month: 1 };
const at = (snap: WorkbookSnapshot) =>
  validateWorkbook(snap, { today: TODAY })
    .findings.filter((f) => f.severity !== "info" && f.rule !== "read-problem")
    .map((f) => `${f.rule}@${f.cell}`)
    .sort();

describe("header roles", () => {
  test.each([
    ["ราคาต่อหน่วย (บาท)", "unitCost"],
    ["อัตรา (บาท)", "unitCost"],
    ["ราคา/หน่วย", "unitCost"],
    ["ราคา\nต่อหน่วย", "unitCost"],
    ["จำนวน (คน)", "quantity"],
    ["จำนวนคน", "quantity"],
    ["จำนวนวัน/คืน", "times"],
    ["ครั้ง/มื้อ/วัน", "times"],
    ["จำนวน (วัน)", "times"],
    ["มื้อ", "times"],
    ["จำนวนเงิน (บาท)", "amount"],
    ["รวมเงิน", "amount"],
    ["งบประมาณ (บาท)", "amount"],
    ["รายการค่าใช้จ่าย", "item"],
    ["รายการ", "item"],
    ["ที่", "seq"],
    ["กิจกรรมที่", "activityId"],
    ["ค่าวัสดุ", "classAmount"],
    ["ผู้รับผิดชอบ", undefined],
  ])("%s → %s", (text, role) => {
    expect(roleOf(text)?.role).toBe(role);
  });
});

describe("finding the table", () => {
  test("any column order, units in headers, the best-scoring row wins over a title and a form", () => {
    const s = sheet("Sheet1", [
      ["ประมาณการค่าใช้จ่าย โครงการส่งเสริมการอ่าน"],
      ["งบประมาณ", 20000, "บาท"],
      [],
      ["จำนวนเงิน (บาท)", "ครั้ง/มื้อ/วัน", "รายการ", "จำนวน (คน)", "ราคาต่อหน่วย (บาท)"],
      [1400, 2, "ค่าอาหารว่าง", 20, 35],
    ]);
    const h = findHandHeader(s)!;
    expect(h.rows).toEqual([4]);
    expect(h.cols).toMatchObject({ amount: 1, times: 2, item: 3, quantity: 4, unitCost: 5 });
  });

  test("a header over two rows with a merged parent: จำนวน over คน | วัน, amounts by expense class", () => {
    const s = sheet("Sheet1", [
      ["ที่", "รายการ", "ราคาต่อหน่วย", "จำนวน", null, "งบประมาณ", null, null],
      [null, null, null, "คน", "วัน", "ค่าตอบแทน", "ค่าใช้สอย", "ค่าวัสดุ"],
      [1, "ค่าอาหารกลางวัน", 100, 30, 2, null, 6000, null],
    ]);
    const h = findHandHeader(s)!;
    expect(h.rows).toEqual([1, 2]);
    expect(h.cols).toMatchObject({ item: 2, unitCost: 3, quantity: 4, times: 5 });
    expect(h.classCols).toEqual({ compensation: 6, services: 7, materials: 8 });
    const r = readPlan(book(s));
    expect(r.plan.budgetLines[0]).toMatchObject({ unitCost: 10000, quantity: 30, times: 2, statedAmount: 600000, expenseClass: "services" });
  });

  test("a unit column that holds numbers is a factor (หน่วย under จำนวน)", () => {
    const s = sheet("Sheet1", [
      ["รายการ", "ราคา", "จำนวน", null, "จำนวนเงิน"],
      [null, null, "หน่วย", "วัน", null],
      ["ค่าเช่ารถ", 3000, 2, 2, 12000],
    ]);
    const r = readPlan(book(s));
    expect(r.plan.budgetLines[0]).toMatchObject({ unitCost: 300000, quantity: 2, times: 2 });
  });
});

describe("rows of a hand-made table", () => {
  const rows: Row[] = [
    ["รายละเอียดการใช้งบประมาณ ประจำปีงบประมาณ ๒๕๖๗"],
    ["ที่", "รายการ", "อัตรา", "จำนวน", "ครั้ง", "จำนวนเงิน"],
    ["กิจกรรมที่ 1 ประชุมวางแผน"],
    ["1.1", "ค่าอาหารว่าง", 35, 20, 2, 1400],
    ["1.2", "ค่าวัสดุ", null, null, null, 1000],
    [null, "รวมกิจกรรมที่ 1", null, null, null, 2400],
    [],
    ["๒. อบรมครู"],
    ["2.1", "- ค่าอาหารกลางวัน", 100, 20, 1, 3000],
    [null, "รวม", null, null, null, 2000],
    [null, "รวมทั้งสิ้น", null, null, null, 4400],
    [null, "(สี่พันสี่ร้อยบาทถ้วน)"],
    ["หมายเหตุ ขอถัวจ่ายทุกรายการ"],
  ];
  const s = sheet("งบ", rows);

  test("headings, lines, subtotals, grand total, amount in words, note", () => {
    const h = findHandHeader(s)!;
    const kinds = classifyRows(s, h).map((r) => `${r.row}:${r.kind}`);
    expect(kinds).toEqual(["3:heading", "4:line", "5:line", "6:subtotal", "7:blank", "8:heading", "9:line", "10:subtotal", "11:total", "12:amountInWords", "13:note"]);
  });

  test("headings set the activity of the lines below; typed subtotals and total are compared with the lines", () => {
    const r = readPlan(book(s));
    expect(r.plan.activities.map((a) => [a.id, a.name])).toEqual([
      ["1", "ประชุมวางแผน"],
      ["2", "อบรมครู"],
    ]);
    expect(r.plan.budgetLines.map((l) => [l.activityId, l.item])).toEqual([
      ["1", "ค่าอาหารว่าง"],
      ["1", "ค่าวัสดุ"],
      ["2", "ค่าอาหารกลางวัน"],
    ]);
    expect(r.plan.project.fiscalYear).toBe(2567);
    // 100 × 20 × 1 is 2,000, not 3,000; the block and the grand total were written from the right figures
    expect(at(book(s))).toEqual(["line-amount-mismatch@F9"]);
    // the year was taken from the title, and a finding says so
    const info = validateWorkbook(book(s), { today: TODAY }).findings.find((f) => f.rule === "read-problem" && /2567/.test(f.message.en));
    expect(info).toMatchObject({ severity: "info", sheet: "งบ", cell: "A1" });
  });

  test("a plain รวม with no headings is the grand total; with several blocks the earlier ones are subtotals", () => {
    const t = sheet("Sheet1", [
      ["รายการ", "ราคาต่อหน่วย", "จำนวน", "รวมเงิน"],
      ["ค่าป้าย", 500, 2, 1000],
      ["ค่าเกียรติบัตร", 10, 100, 1000],
      ["รวม", null, null, 2500],
    ]);
    const r = readPlan(book(t));
    expect(r.plan.project.statedTotal).toBe(250000);
    expect(at(book(t))).toEqual(["total-mismatch@D4"]);
  });
});

describe("project fields beside the table, the fiscal year", () => {
  test("allocation in the same cell or a later one, period, Thai digits; over-allocation points at the value", () => {
    const s = sheet("แผน", [
      ["แบบเสนอโครงการ"],
      ["ชื่อโครงการ", null, "ส่งเสริมการอ่าน"],
      ["ระยะเวลาดำเนินการ", "๑ ต.ค. ๒๕๖๖ – ๓๐ ก.ย. ๒๕๖๗"],
      ["งบประมาณที่ได้รับจัดสรร จำนวน ๒,๐๐๐ บาท"],
      [],
      ["รายการ", "อัตรา", "จำนวน", "จำนวนเงิน"],
      ["ค่าอาหารว่าง", 35, 100, 3500],
    ]);
    const r = readPlan(book(s));
    expect(r.plan.project).toMatchObject({ name: "ส่งเสริมการอ่าน", allocation: 200000, fiscalYear: 2567, periodStart: { year: 2566, month: 10 } });
    expect(at(book(s))).toEqual(["over-allocation@A4"]);
  });

  test.each([
    ["ประจำปีงบประมาณ 2567", 2567],
    ["ปีงบประมาณ พ.ศ. ๒๕๖๖", 2566],
    ["Fiscal year 2024", 2567],
    ["ปีการศึกษา 2567", undefined],
  ])("year in %s", (t, y) => expect(yearInText(t)).toBe(y));

  test("no year anywhere: the current fiscal year, with a warning that says so", () => {
    const s = sheet("Sheet1", [
      ["รายการ", "อัตรา", "จำนวน", "จำนวนเงิน"],
      ["ค่าป้าย", 500, 2, 1000],
    ]);
    const f = validateWorkbook(book(s), { today: TODAY }).findings.filter((x) => x.rule === "read-problem" && x.severity === "warning");
    expect(f).toHaveLength(1);
    expect(f[0].message.en).toMatch(/current fiscal year/);
  });
});

describe("what is never read, corrections, what was read", () => {
  const table: Row[] = [
    ["รายการ", "ราคา", "จำนวน", "ยอด", "รวมเงิน"],
    ["ค่าอาหารว่าง", 35, 20, 2, 1400],
  ];

  test("a kept copy of an old sheet (เดิม) is never taken for a plan", () => {
    const old = sheet("งบประมาณ (เดิม)", [
      ["รายการ", "อัตรา", "จำนวน", "จำนวนเงิน"],
      ["ค่าอาหารว่าง", 35, 20, 9999],
    ]);
    expect(readPlan(book(old)).isPlan).toBe(false);
    const r = readPlan(book(old, sheet("งบประมาณ", table)));
    expect(r.located.budget?.sheet).toBe("งบประมาณ");
  });

  test("a stored column choice changes the reading, for every later check", () => {
    const s = sheet("Sheet1", table);
    // "ยอด" is not a known header: the line reads as 35 × 20 = 700 against 1,400
    expect(at(book(s))).toEqual(["line-amount-mismatch@E2"]);
    const edits = mappingEdits([], [{ sheet: "Sheet1", role: "times", col: 4 }]);
    const rows: Row[] = [];
    for (const e of edits) {
      const m = /^([A-D])(\d+)$/.exec(e.cell)!;
      const r = Number(m[2]) - 1;
      while (rows.length <= r) rows.push([null, null, null, null]);
      rows[r][m[1].charCodeAt(0) - 65] = e.value ?? null;
    }
    const mapped = book(s, sheet(MAPPING_SHEET, rows));
    expect(readMapping(mapped)).toEqual([{ sheet: "Sheet1", role: "times", col: 4 }]);
    expect(at(mapped)).toEqual([]);
    const e = explainReading(mapped, readPlan(mapped));
    expect(e.tables.find((t) => t.table === "budget")).toMatchObject({ corrected: true, columns: expect.arrayContaining([{ role: "times", column: "D", header: "ยอด" }]) });
    expect(e.sheets).toContainEqual({ name: MAPPING_SHEET, use: "mapping" });
  });

  test("what was read: columns taken, columns left out, row kinds", () => {
    const s = sheet("Sheet1", [
      ["รายการ", "อัตรา", "จำนวน", "ผู้จัดซื้อ", "จำนวนเงิน"],
      ["กิจกรรมที่ 1 ประชุม"],
      ["ค่าอาหารว่าง", 35, 20, "ครูเอ", 700],
      ["รวมทั้งสิ้น", null, null, null, 700],
    ]);
    const e = explainReading(book(s), readPlan(book(s)));
    const t = e.tables.find((x) => x.table === "budget")!;
    expect(t.columns.map((c) => `${c.column}:${c.role}`)).toEqual(["A:item", "B:unitCost", "C:quantity", "E:amount"]);
    expect(t.ignoredColumns).toEqual([{ column: "D", header: "ผู้จัดซื้อ" }]);
    expect(t.rows.map((r) => r.kind)).toEqual(["heading", "line", "total"]);
  });
});

describe("headings matched to the activity table", () => {
  test("by name first, by number when names agree", () => {
    const acts = [
      { id: "1", name: "ประชุมวางแผนการดำเนินงาน", owners: [] },
      { id: "2", name: "อบรมเชิงปฏิบัติการ", owners: [] },
      { id: "3", name: "ศึกษาดูงาน", owners: [] },
    ];
    expect(nameSimilarity("กิจกรรมที่ 2 อบรมเชิงปฏิบัติการ", "อบรมเชิงปฏิบัติการ")).toBe(1);
    expect(matchHeading(acts, "2", "ศึกษาดูงาน")).toEqual({ id: "3" }); // renumbered: the name decides
    expect(matchHeading(acts, "1", undefined)).toEqual({ id: "1" });
    expect(matchHeading(acts, "4", "ทัศนศึกษานอกสถานที่")).toEqual({ orphan: true });
  });
});
