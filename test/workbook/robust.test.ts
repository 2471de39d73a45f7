/**
 * What users do to sheets: insert and delete rows, add activities, sort the budget table, rename a
 * sheet, type text into number cells, break a formula (#REF!); and workbooks that are empty or not
 * plans at all. HyperFormula adjusts formulas as a spreadsheet does.
 */
import { seedPlan } from "../../src/core/examples/seed2560";
import { buildWorkbookSpec, readPlan, validateWorkbook, planFixes } from "../../src/workbook";
import type { WorkbookSnapshot } from "../../src/workbook/types";
import { findingHasRule } from "../../src/core/findings";
import { lineAmount } from "../../src/core/budget";
import { HfBook } from "../helpers/hfSnapshot";
import { comparable } from "./compare";

const TODAY = { year: 2559, month: 10 };
const seedBook = () => HfBook.fromSpec(buildWorkbookSpec(seedPlan(), { lang: "th" }));
// every rule reported at a cell, including those merged into one finding there
const rules = (snap: WorkbookSnapshot) =>
  validateWorkbook(snap, { today: TODAY }).findings.flatMap((f) => [f.rule, ...(f.also ?? [])].map((r) => `${r}@${f.sheet}!${f.cell}`));

describe("rows inserted and deleted", () => {
  test("rows inserted above the header and between lines: same plan, cells follow", () => {
    const book = seedBook();
    book.insertRows("งบประมาณ", 2, 3); // above the header: header now row 7
    book.insertRows("งบประมาณ", 10, 1); // an empty row between lines 3 and 4
    book.insertRows("กิจกรรม", 1, 2);
    book.insertRows("โครงการ", 5, 1);
    const read = readPlan(book.snapshot());
    expect(read.problems).toEqual([]);
    expect(comparable(read.plan)).toEqual(comparable(seedPlan()));
    expect(read.plan.budgetLines[3].cells?.statedAmount).toEqual({ sheet: "งบประมาณ", cell: "J12" });
    expect(read.plan.project.cells?.statedTotal).toEqual({ sheet: "โครงการ", cell: "B17" });
    // the checks still point at the right cells
    const found = rules(book.snapshot());
    expect(found).toContain("line-amount-mismatch@งบประมาณ!J12");
    expect(found).toContain("line-amount-hardcoded@งบประมาณ!J12");
    expect(found).not.toContain("sum-range-incomplete@งบประมาณ!J29");
    book.destroy();
  });

  test("a new line typed into an inserted row inside the table is read and summed", () => {
    const book = seedBook();
    book.insertRows("งบประมาณ", 9, 1); // after line 4 (row 8): new row 9
    book.set("งบประมาณ", "A9", { value: 1 });
    book.set("งบประมาณ", "B9", { value: "ค่าถ่ายเอกสาร" });
    book.set("งบประมาณ", "E9", { value: 2 });
    book.set("งบประมาณ", "F9", { value: 100 });
    book.set("งบประมาณ", "J9", { formula: "=PRODUCT(E9,F9,H9)" });
    const snap = book.snapshot();
    const read = readPlan(snap);
    expect(read.plan.budgetLines).toHaveLength(16);
    expect(read.plan.budgetLines[4]).toMatchObject({ activityId: "1", item: "ค่าถ่ายเอกสาร", unitCost: 200, quantity: 100, statedAmount: 20000 });
    // inside the SUM's range: the total grew, no range finding
    expect(book.value("งบประมาณ", "J26")).toBe(208200);
    expect(rules(snap).filter((r) => r.startsWith("sum-range"))).toEqual([]);
    book.destroy();
  });

  test("a line added just above the total row is left out of the SUM: sum-range-incomplete, and the fix widens it", () => {
    const book = seedBook();
    book.insertRows("งบประมาณ", 25, 1); // at the total row: the total moves to 26, SUM(J5:J24) misses row 25
    book.set("งบประมาณ", "A25", { value: 7 });
    book.set("งบประมาณ", "B25", { value: "ค่าจัดทำรายงาน" });
    book.set("งบประมาณ", "J25", { value: 500 });
    const snap = book.snapshot();
    expect(rules(snap)).toContain("sum-range-incomplete@งบประมาณ!J26");
    const fixes = planFixes(snap, { today: TODAY });
    const fix = fixes.find((f) => f.cell === "J26")!;
    expect(fix.formula).toBe("=SUM(J5:J25)");
    expect(fix.description.th).toContain("J26");
    // activity 7's SUMIF misses the new line too (the others are unaffected)
    expect(rules(snap).filter((r) => r.startsWith("sum-range-incomplete@กิจกรรม"))).toEqual(["sum-range-incomplete@กิจกรรม!R11"]);
    expect(fixes.find((f) => f.cell === "R11")?.formula).toContain("'งบประมาณ'!$N$5:$N$25");
    // the new row has no computed-amount formula and the computed total misses it: both found, both fixed
    expect(rules(snap)).toEqual(expect.arrayContaining(["formula-inconsistent@งบประมาณ!N25", "sum-range-incomplete@งบประมาณ!N26"]));
    expect(fixes.find((f) => f.cell === "N26")?.formula).toBe("=SUM(N5:N25)");
    book.apply(fixes.filter((f) => f.kind === "formula"));
    expect(book.value("งบประมาณ", "J26")).toBe(121500); // the two typed-over amounts were restored too: 208,000 − 87,000 + 500
    expect(book.value("งบประมาณ", "N26")).toBe(121500); // as written = as computed now
    expect(rules(book.snapshot()).filter((r) => r.startsWith("sum-range"))).toEqual([]);
    book.destroy();
  });

  test("deleted rows: a deleted line is gone, the rest reads", () => {
    const book = seedBook();
    book.removeRows("งบประมาณ", 7, 1); // ค่าวัสดุ of activity 1
    book.removeRows("กิจกรรม", 11, 1); // activity 7
    const read = readPlan(book.snapshot());
    const expected = seedPlan();
    expected.budgetLines.splice(2, 1);
    expected.activities.splice(6, 1);
    expect(comparable(read.plan)).toEqual(comparable(expected));
    expect(book.value("งบประมาณ", "J24")).toBe(207000); // total row moved up, SUM shrank with it
    book.destroy();
  });

  test("an activity added in a spare row is read, and its budget formula works", () => {
    const book = seedBook();
    book.set("กิจกรรม", "A12", { value: 8 });
    book.set("กิจกรรม", "B12", { value: "ประชุมสรุปบทเรียน" });
    book.set("กิจกรรม", "D12", { value: 42948 }); // 1 Aug 2017
    book.set("งบประมาณ", "A20", { value: 8 });
    book.set("งบประมาณ", "B20", { value: "ค่าอาหารว่างและเครื่องดื่ม" });
    book.set("งบประมาณ", "E20", { value: 35 });
    book.set("งบประมาณ", "F20", { value: 30 });
    const read = readPlan(book.snapshot());
    expect(read.plan.activities[7]).toMatchObject({ id: "8", name: "ประชุมสรุปบทเรียน", start: { year: 2560, month: 8 } });
    expect(read.plan.budgetLines[15]).toMatchObject({ activityId: "8", unitCost: 3500, quantity: 30, statedAmount: 105000 });
    expect(book.value("กิจกรรม", "R12")).toBe(1050);
    book.destroy();
  });
});

describe("columns inserted", () => {
  test("a column inserted in the budget table (and one in the activities table) changes nothing but addresses", () => {
    const book = seedBook();
    book.insertColumns("งบประมาณ", 3, 1); // after the item: everything from "expense class" moves right
    book.set("งบประมาณ", "C4", { value: "ผู้จัดซื้อ" });
    book.insertColumns("กิจกรรม", 3, 1);
    const snap = book.snapshot();
    const read = readPlan(snap);
    expect(comparable(read.plan)).toEqual(comparable(seedPlan()));
    expect(read.plan.budgetLines[3].cells?.statedAmount).toEqual({ sheet: "งบประมาณ", cell: "K8" });
    const f = validateWorkbook(snap, { today: TODAY }).findings;
    expect(f.filter((x) => ["formula-inconsistent", "sum-range-incomplete", "formula-error"].includes(x.rule))).toEqual([]);
    expect(planFixes(snap, { today: TODAY }).find((x) => x.cell === "K8")?.formula).toBe("=PRODUCT(F8,G8,I8)");
    book.destroy();
  });
});

describe("sorted and renamed", () => {
  test("budget table sorted by item: same lines (in the new order), same findings", () => {
    const book = seedBook();
    const before = readPlan(book.snapshot()).plan.budgetLines;
    const order = before.map((l, i) => ({ l, row: 5 + i })).sort((a, b) => a.l.item.localeCompare(b.l.item, "th") || a.row - b.row).map((x) => x.row);
    book.reorderRows("งบประมาณ", 5, 19, order);
    const snap = book.snapshot();
    const read = readPlan(snap);
    const key = (l: (typeof before)[number]) => `${l.activityId}|${l.item}|${l.unitCost}|${l.quantity}|${l.times}|${l.statedAmount}`;
    expect(read.plan.budgetLines.map(key).sort()).toEqual(before.map(key).sort());
    expect(read.plan.budgetLines.map((l) => l.item)).toEqual(order.map((r) => before[r - 5].item));
    const f = validateWorkbook(snap, { today: TODAY }).findings;
    expect(f.filter((x) => x.rule === "line-amount-mismatch")).toHaveLength(2);
    expect(f.filter((x) => x.rule === "formula-inconsistent")).toEqual([]);
    expect(book.value("งบประมาณ", "J25")).toBe(208000);
    book.destroy();
  });

  test("renamed sheets are recognised by their content", () => {
    const book = seedBook();
    book.renameSheet("งบประมาณ", "Budget 2560 (draft)");
    book.renameSheet("กิจกรรม", "แผนงาน");
    book.renameSheet("โครงการ", "ข้อมูลทั่วไป");
    const snap = book.snapshot();
    const read = readPlan(snap);
    expect(read.isPlan).toBe(true);
    expect(comparable(read.plan)).toEqual(comparable(seedPlan()));
    expect(read.plan.budgetLines[3].cells?.statedAmount).toEqual({ sheet: "Budget 2560 (draft)", cell: "J8" });
    expect(rules(snap)).toContain("subtotal-mismatch@แผนงาน!S10");
    book.destroy();
  });
});

describe("bad values", () => {
  test("text in number cells: unreadable text goes to the line's invalid (core bad-number), number-as-text warns", () => {
    const book = seedBook();
    book.set("งบประมาณ", "F5", { value: "ยี่สิบ" });
    book.set("งบประมาณ", "E6", { value: "๑๐๐" }); // Thai digits typed as text
    const snap = book.snapshot();
    const read = readPlan(snap);
    expect(read.plan.budgetLines[0].invalid).toEqual({ quantity: "ยี่สิบ" });
    expect(read.plan.budgetLines[1].unitCost).toBe(10000);
    const f = validateWorkbook(snap, { today: TODAY }).findings;
    expect(f.find((x) => x.rule === "bad-number" && x.cell === "F5")).toMatchObject({ severity: "error", sheet: "งบประมาณ", lineId: "L1" });
    expect(f.find((x) => x.rule === "bad-number" && x.cell === "E6")).toMatchObject({ severity: "warning", sheet: "งบประมาณ" });
    book.destroy();
  });

  test("#REF! in an amount formula: formula-error at the cell, and the fix restores the formula", () => {
    const book = seedBook();
    book.set("งบประมาณ", "J5", { formula: "=#REF!*F5*H5" });
    const snap = book.snapshot();
    const f = validateWorkbook(snap, { today: TODAY }).findings;
    // the cause only, not the totals that echo it
    expect(f.filter((x) => x.rule === "formula-error")).toHaveLength(1);
    const err = f.find((x) => x.rule === "formula-error")!;
    expect(err).toMatchObject({ sheet: "งบประมาณ", cell: "J5", severity: "error", actual: "#REF!" });
    const fix = planFixes(snap, { today: TODAY }).find((x) => x.cell === "J5")!;
    expect(fix.formula).toBe("=PRODUCT(E5,F5,H5)");
    book.apply([fix]);
    expect(book.value("งบประมาณ", "J5")).toBe(2800);
    expect(validateWorkbook(book.snapshot(), { today: TODAY }).findings.filter((x) => x.rule === "formula-error")).toEqual([]);
    book.destroy();
  });

  test("an amount formula that refers to another row is formula-inconsistent", () => {
    const book = seedBook();
    book.set("งบประมาณ", "J6", { formula: "=PRODUCT(E5,F5,H5)" });
    const snap = book.snapshot();
    const f = validateWorkbook(snap, { today: TODAY }).findings.find((x) => findingHasRule(x, "formula-inconsistent"))!;
    expect(f).toMatchObject({ sheet: "งบประมาณ", cell: "J6", severity: "error", lineId: "L2" });
    expect(f.message.en).toContain("another row");
    expect(planFixes(snap, { today: TODAY }).find((x) => x.cell === "J6")?.formula).toBe("=PRODUCT(E6,F6,H6)");
    // an equivalent same-row product is fine
    book.set("งบประมาณ", "J6", { formula: "=E6*F6*H6" });
    expect(validateWorkbook(book.snapshot(), { today: TODAY }).findings.filter((x) => x.rule === "formula-inconsistent")).toEqual([]);
    book.destroy();
  });

  test("a lump sum may be its own formula; one that refers to another row is still flagged", () => {
    const book = seedBook();
    book.set("งบประมาณ", "J7", { formula: "=500*2" }); // ค่าวัสดุ 1,000 as a formula
    expect(validateWorkbook(book.snapshot(), { today: TODAY }).findings.filter((x) => x.rule === "formula-inconsistent")).toEqual([]);
    book.set("งบประมาณ", "J7", { formula: "=J6/4" });
    const f = validateWorkbook(book.snapshot(), { today: TODAY }).findings.filter((x) => x.rule === "formula-inconsistent");
    expect(f.map((x) => x.cell)).toEqual(["J7"]);
    // no template formula for a lump sum: the fix keeps its amount as a number
    const fix = planFixes(book.snapshot(), { today: TODAY }).find((x) => x.cell === "J7")!;
    expect(fix).toMatchObject({ value: 1000 });
    expect(fix.formula).toBeUndefined();
    book.destroy();
  });

  test("a typed activity budget (SUMIF overwritten) is flagged and restored", () => {
    const book = seedBook();
    book.set("กิจกรรม", "R6", { value: 19000 });
    const snap = book.snapshot();
    const f = validateWorkbook(snap, { today: TODAY }).findings.find((x) => x.rule === "line-amount-hardcoded" && x.cell === "R6");
    expect(f).toMatchObject({ sheet: "กิจกรรม", activityId: "2", severity: "warning" });
    // what the cell should show is a number (the activity's computed lines), never a formula
    const lines2 = seedPlan().budgetLines.filter((l) => l.activityId === "2");
    const want = lines2.reduce((s, l) => s + (lineAmount(l) ?? 0), 0);
    expect(f).toMatchObject({ expected: want, actual: 1900000, valueKind: "money" });
    expect(f!.message.th).not.toMatch(/=|SUMIF/);
    expect(planFixes(snap, { today: TODAY }).find((x) => x.cell === "R6")?.formula).toBe(
      "=IF($A6=\"\",\"\",SUMIF('งบประมาณ'!$A$5:$A$24,$A6,'งบประมาณ'!$N$5:$N$24))",
    );
    book.destroy();
  });
});

describe("not a plan", () => {
  test("an empty workbook", () => {
    const r = readPlan({ sheets: [] });
    expect(r.isPlan).toBe(false);
    expect(r.problems[0]).toContain("สมุดงานว่าง");
    expect(r.problems[0]).toContain("empty");
    expect(validateWorkbook({ sheets: [] }).findings).toEqual([]);
    expect(planFixes({ sheets: [] })).toEqual([]);
  });

  test("a workbook that is not a plan", () => {
    const snap: WorkbookSnapshot = {
      sheets: [
        {
          name: "Sheet1",
          values: [["ชื่อ", "คะแนน"], ["สมชาย", 12], ["สมหญิง", 15]],
          formulas: [[null, null], [null, null], [null, null]],
        },
      ],
    };
    const r = readPlan(snap);
    expect(r.isPlan).toBe(false);
    expect(r.problems[0]).toMatch(/ไม่พบแผ่นงานของแผนโครงการ.*Sheet1/);
    expect(r.problems[0]).toMatch(/No plan sheets found/);
  });

  test("garbage snapshots never throw", () => {
    const bad = [
      { sheets: [{ name: "x", values: [[null, 1, "#REF!"]], formulas: [] }] },
      { sheets: [{ name: "งบประมาณ", values: [[]], formulas: [[]] }] },
      { sheets: [{ name: "งบประมาณ", values: [["รายการ", "จำนวนเงิน", "อัตรา"], ["a", "#VALUE!", "x"]], formulas: [[null], [null]] }] },
      {} as WorkbookSnapshot,
    ] as unknown as WorkbookSnapshot[];
    for (const s of bad) {
      expect(() => readPlan(s)).not.toThrow();
      expect(() => validateWorkbook(s)).not.toThrow();
      expect(() => planFixes(s)).not.toThrow();
    }
    const r = readPlan(bad[2]);
    expect(r.isPlan).toBe(true);
    expect(r.plan.budgetLines).toHaveLength(1);
    expect(r.sheetFindings.find((f) => f.rule === "formula-error")).toMatchObject({ cell: "B2" });
  });

  test("a hand-made budget sheet with block subtotals (รวม) and a typed grand total, as plans are written today", () => {
    const rows: (string | number | null)[][] = [
      ["รายละเอียดการใช้งบประมาณ"],
      ["กิจกรรมที่", "รายการ", "อัตรา", "จำนวน", "ครั้ง", "เป็นเงิน"],
      [1, "ค่าเครื่องดื่มและอาหารว่าง", 35, 20, 4, 2800],
      [1, "ค่าสำเนา", 80, 200, null, 13000],
      [null, "รวม", null, null, null, 15800],
      ["๖", "ค่าอาหารกลางวัน", 100, 100, 1, 100000],
      [null, "รวม", null, null, null, 100000],
      [null, "รวมทั้งสิ้น", null, null, null, 120000],
    ];
    const snap: WorkbookSnapshot = { sheets: [{ name: "Sheet1", values: rows, formulas: rows.map((r) => r.map(() => null)) }] };
    const r = readPlan(snap);
    expect(r.isPlan).toBe(true);
    expect(r.plan.budgetLines.map((l) => [l.activityId, l.item, l.statedAmount])).toEqual([
      ["1", "ค่าเครื่องดื่มและอาหารว่าง", 280000],
      ["1", "ค่าสำเนา", 1300000],
      ["6", "ค่าอาหารกลางวัน", 10000000],
    ]);
    expect(r.plan.subtotals).toEqual([
      { activityId: "1", statedAmount: 1580000, cell: { sheet: "Sheet1", cell: "F5" } },
      { activityId: "6", statedAmount: 10000000, cell: { sheet: "Sheet1", cell: "F7" } },
    ]);
    expect(r.plan.project.statedTotal).toBe(12000000);
    const f = validateWorkbook(snap, { today: TODAY }).findings.flatMap((x) => [x.rule, ...(x.also ?? [])].map((r) => `${r}@${x.cell}`));
    expect(f).toEqual(expect.arrayContaining(["line-amount-mismatch@F4", "line-amount-mismatch@F6", "total-mismatch@F8"]));
    // the block totals are the sums of the amounts as written: the two wrong lines are the mistakes, not also their blocks
    expect(f.filter((x) => x.startsWith("subtotal-mismatch"))).toEqual([]);
    // typed amounts are how this sheet is written: no line-amount-hardcoded warning for them
    expect(f.filter((x) => x.startsWith("line-amount-hardcoded"))).toEqual([]);
  });

  test("a hand-made single sheet laid out like the document: project fields, activity table, budget table", () => {
    const rows: (string | number | null)[][] = [
      ["โครงการตามแผนปฏิบัติการ"],
      ["ชื่อโครงการ", "ส่งเสริมการอ่าน"],
      ["ปีงบประมาณ", "๒๕๖๐"],
      ["งบประมาณที่ได้รับจัดสรร", "50,000.-"],
      ["ผู้รับผิดชอบโครงการ", "นางสาวพรพิมล ชนะศรี"],
      [],
      ["ที่", "กิจกรรม", "ระยะเวลาดำเนินงาน", "ผู้รับผิดชอบ"],
      ["1.", "ประชุมวางแผน", "พฤศจิกายน 2559", "นางสาวพรพิมล ชนะศรี"],
      ["2.", "นิเทศ ติดตาม", "มกราคม 2560 – กุมภาพันธ์ 2560", "นายวิฑูรย์ ชั่งโต, นางสาวนวลฉวี คนเที่ยง"],
      ["กิจกรรมที่", "รายการ", "อัตรา", "จำนวน", "ครั้ง", "เป็นเงิน"],
      [1, "ค่าเครื่องดื่มและอาหารว่าง", 35, 20, 2, 1400],
      [2, "ค่าวัสดุ", null, null, null, 3000],
      [null, "รวมทั้งสิ้น", null, null, null, 4400],
    ];
    const snap: WorkbookSnapshot = { sheets: [{ name: "แผน 2560", values: rows, formulas: rows.map((r) => r.map(() => null)) }] };
    const r = readPlan(snap);
    expect(r.isPlan).toBe(true);
    expect(r.plan.project).toMatchObject({ name: "ส่งเสริมการอ่าน", fiscalYear: 2560, allocation: 5000000, owner: "นางสาวพรพิมล ชนะศรี", statedTotal: 440000 });
    expect(r.plan.activities.map((a) => [a.id, a.name, a.start, a.end, a.owners])).toEqual([
      ["1", "ประชุมวางแผน", { year: 2559, month: 11 }, { year: 2559, month: 11 }, ["นางสาวพรพิมล ชนะศรี"]],
      ["2", "นิเทศ ติดตาม", { year: 2560, month: 1 }, { year: 2560, month: 2 }, ["นายวิฑูรย์ ชั่งโต", "นางสาวนวลฉวี คนเที่ยง"]],
    ]);
    expect(r.plan.budgetLines.map((l) => [l.activityId, l.item, l.statedAmount])).toEqual([
      ["1", "ค่าเครื่องดื่มและอาหารว่าง", 140000],
      ["2", "ค่าวัสดุ", 300000],
    ]);
    const f = validateWorkbook(snap, { today: TODAY }).findings;
    expect(f.filter((x) => x.severity === "error")).toEqual([]);
  });

  test("a minimal hand-made budget table (any column order, English headers) is read", () => {
    const snap: WorkbookSnapshot = {
      sheets: [
        {
          name: "My budget",
          values: [
            ["Planned spending"],
            ["Amount", "Item", "Unit cost", "Quantity", "Activity no."],
            [700, "Snacks", 35, 20, 1],
            [1000, "Materials", null, null, 1],
            [null, "Total", null, null, null],
          ],
          formulas: [[null], [null], ["=C3*D3", null, null, null, null], [null], ["=SUM(A3:A4)"]],
        },
      ],
    };
    const r = readPlan(snap);
    expect(r.isPlan).toBe(true);
    expect(r.plan.budgetLines.map((l) => [l.activityId, l.item, l.unitCost, l.quantity, l.statedAmount])).toEqual([
      ["1", "Snacks", 3500, 20, 70000],
      ["1", "Materials", null, null, 100000],
    ]);
    expect(r.located.budget?.totalRow).toBe(5);
  });
});

describe("months typed as text, results", () => {
  test("Thai and English month text in the start/end cells is read like dates", () => {
    const book = seedBook();
    book.set("กิจกรรม", "D5", { value: "ธันวาคม 2559" });
    book.set("กิจกรรม", "E5", { value: "ก.พ. ๒๕๖๐" });
    book.set("กิจกรรม", "D6", { value: "มีนาคม 2560 – พฤษภาคม 2560" }); // a range in one cell
    book.set("กิจกรรม", "E6", { value: null });
    book.set("กิจกรรม", "D7", { value: "Apr 2017" });
    const read = readPlan(book.snapshot());
    const [a1, a2, a3] = read.plan.activities;
    expect([a1.start, a1.end]).toEqual([{ year: 2559, month: 12 }, { year: 2560, month: 2 }]);
    expect([a2.start, a2.end]).toEqual([{ year: 2560, month: 3 }, { year: 2560, month: 5 }]);
    expect(a3.start).toEqual({ year: 2560, month: 4 });
    expect(read.problems).toEqual([]);
    book.destroy();
  });

  test("unreadable month text is a reading problem in both languages, not a crash", () => {
    const book = seedBook();
    book.set("กิจกรรม", "D5", { value: "ต้นปี" });
    const read = readPlan(book.snapshot());
    expect(read.plan.activities[0].start).toBeUndefined();
    expect(read.problems.join("\n")).toMatch(/ต้นปี.*cannot read the start month/);
    book.destroy();
  });

  test("a typed remaining that differs from received − spent: the plan check reports it and the fix puts the formula back", () => {
    const book = seedBook();
    book.set("ผลการดำเนินงาน", "B5", { value: 10000 });
    const snap = book.snapshot();
    const f = validateWorkbook(snap, { today: TODAY }).findings.find((x) => x.rule === "remaining-mismatch")!;
    expect(f).toMatchObject({ sheet: "ผลการดำเนินงาน", cell: "B5" });
    const fix = planFixes(snap, { today: TODAY }).find((x) => x.cell === "B5")!;
    expect(fix.formula).toBe("=N($B$3)-N($B$4)");
    book.apply([fix]);
    expect(book.value("ผลการดำเนินงาน", "B5")).toBe(100000);
    book.destroy();
  });

  test("English workbook: fixes use the English sheet names and formulas", () => {
    const book = HfBook.fromSpec(buildWorkbookSpec(seedPlan(), { lang: "en" }));
    const fixes = planFixes(book.snapshot(), { today: TODAY });
    expect(fixes.map((f) => `${f.sheet}!${f.cell}`).sort()).toEqual(["Activities!S10", "Budget!J17", "Budget!J8"]); // Project!B16 over the allocation: a decision
    expect(fixes.find((f) => f.cell === "J8")!.description.en).toContain("Budget!J8");
    book.destroy();
  });
});
