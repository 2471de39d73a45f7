/**
 * Misreadings of hand-made workbooks left over from the blind tests, each as a class of layouts:
 * the calculation written as text in the only description column ("รายละเอียด", "รายละเอียดการใช้จ่าย",
 * "คำอธิบาย"), beside the amount, with no price or count columns.
 */
import { readPlan, validateWorkbook } from "../../src/workbook";
import type { WorkbookSnapshot } from "../../src/workbook/types";
import { sheet, book, type Row } from "../helpers/snapshots";
import { specSnapshot } from "../helpers/hfSnapshot";
import { buildWorkbookSpec } from "../../src/workbook";
import { emptyPlan } from "../../src/core/model";
import { bahtToSatang } from "../../src/core/money";
import { parseAddr } from "../../src/workbook/a1";

const TODAY = { year: 2568, month: 1 };
const check = (snap: WorkbookSnapshot) => validateWorkbook(snap, { today: TODAY }).findings;
const top: Row[] = [["โครงการส่งเสริมนิสัยรักการอ่าน ปีงบประมาณ 2568"], ["ระยะเวลา", "ธันวาคม 2567"], ["งบประมาณที่ได้รับ", 7200], []];

describe("the calculation written in a description column", () => {
  test.each(["รายละเอียด", "รายละเอียดการใช้จ่าย", "คำอธิบาย", "คำอธิบายรายการ"])("รายการ | %s | จำนวนเงิน: the factors are read and the amount checked", (head) => {
    const snap = book(
      sheet("แผน", [
        ...top,
        ["ที่", "รายการ", head, "จำนวนเงิน"],
        [1, "ค่าอาหารว่างและเครื่องดื่ม", "30 คน x 35 บาท x 2 มื้อ", 2400],
        [2, "ค่ากระดาษ A4", "10 รีม x 120 บาท", 1200],
        [3, "ค่าหนังสือนิทาน", "20 เล่ม × 150 บาท", 3000],
        [4, "ค่าวัสดุ", "เหมาจ่าย", 600],
        ["", "รวมทั้งสิ้น", "", 7200],
      ]),
    );
    const lines = readPlan(snap).plan.budgetLines;
    expect(lines.map((l) => [l.item, l.unitCost, l.quantity, l.times])).toEqual([
      ["ค่าอาหารว่างและเครื่องดื่ม", 3500, 30, 2],
      ["ค่ากระดาษ A4", 12000, 10, null],
      ["ค่าหนังสือนิทาน", 15000, 20, null],
      ["ค่าวัสดุ", null, null, null],
    ]);
    const wrong = check(snap).filter((f) => f.severity !== "info");
    expect(wrong.map((f) => [f.rule, f.cell])).toEqual([["line-amount-mismatch", "D6"]]);
  });

  test("one description column holding the item and its calculation (Thai digits, ×): the item is the words before it", () => {
    const snap = book(
      sheet("Sheet1", [
        ...top,
        ["ที่", "รายละเอียด", "จำนวนเงิน (บาท)"],
        ["๑", "ค่าอาหารว่าง ๓๐ คน × ๓๕ บาท × ๒ มื้อ", "๒,๔๐๐"],
        ["๒", "ค่าป้ายไวนิล 2 ป้าย x 500 บาท", 1000],
        ["", "รวม", 3400],
      ]),
    );
    const lines = readPlan(snap).plan.budgetLines;
    expect(lines.map((l) => [l.item, l.unitCost, l.quantity, l.times])).toEqual([
      ["ค่าอาหารว่าง", 3500, 30, 2],
      ["ค่าป้ายไวนิล", 50000, 2, null],
    ]);
    expect(check(snap).filter((f) => f.rule === "line-amount-mismatch").map((f) => f.cell)).toEqual(["C6"]);
  });

  test("a description column of words (not calculations) stays a description: no factor read, no finding", () => {
    const snap = book(
      sheet("แผน", [
        ...top,
        ["ที่", "รายการ", "รายละเอียด", "จำนวนเงิน"],
        [1, "ค่าอาหารว่าง", "สำหรับนักเรียน 30 คน", 2400],
        [2, "ค่าวัสดุ", "กระดาษ ปากกา", 4800],
        ["", "รวมทั้งสิ้น", "", 7200],
      ]),
    );
    expect(readPlan(snap).plan.budgetLines.every((l) => l.unitCost === null)).toBe(true);
    expect(check(snap).filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("a table with price and count columns keeps them; a detail column beside them is not read as the calculation", () => {
    const snap = book(
      sheet("แผน", [
        ...top,
        ["ที่", "รายการ", "รายละเอียด", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"],
        [1, "ค่าอาหารว่าง", "30 คน x 40 บาท x 2 มื้อ", 60, 35, 2100],
        [2, "ค่าวัสดุ", "", 1, 5100, 5100],
        ["", "รวมทั้งสิ้น", "", "", "", 7200],
      ]),
    );
    const l = readPlan(snap).plan.budgetLines[0];
    expect([l.unitCost, l.quantity]).toEqual([3500, 60]);
  });
});

describe("an allocation stated but no budget line read", () => {
  const unread = (snap: WorkbookSnapshot) => check(snap).filter((f) => f.rule === "read-problem" && f.severity === "warning");

  test("every amount blank: a warning at the allocation cell, not '7,200 not planned'", () => {
    const snap = book(sheet("แผน", [...top, ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"], [1, "ค่าต้นไม้", "", "", ""], [2, "ค่าปุ๋ย", "", "", ""]]));
    const w = unread(snap);
    expect(w.map((f) => f.cell)).toEqual(["B3"]);
    expect(w[0].message.th).toMatch(/อ่านงบประมาณไม่ได้.*7,200 บาท/);
    expect(w[0].message.en).toMatch(/could not be read.*7,200 baht/);
    expect(check(snap).some((f) => f.rule === "under-allocation")).toBe(false);
  });

  test("every amount in words: the bad numbers and the unread budget", () => {
    const snap = book(sheet("แผน", [...top, ["ที่", "รายการ", "จำนวนเงิน"], [1, "ค่าวัสดุ", "ตามจริง"], [2, "ค่าอุปกรณ์", "ตามใบเสร็จ"]]));
    const f = check(snap).filter((x) => x.severity !== "info");
    expect(f.map((x) => `${x.rule}@${x.cell}`).sort()).toEqual(["bad-number@C6", "bad-number@C7", "read-problem@B3"]);
  });

  test("one line read: no such warning; no allocation: none either", () => {
    const one = book(sheet("แผน", [...top, ["ที่", "รายการ", "จำนวนเงิน"], [1, "ค่าวัสดุ", 7200], [2, "ค่าอุปกรณ์", ""]]));
    expect(unread(one)).toEqual([]);
    const noAllocation = book(sheet("แผน", [top[0], top[1], [], ["ที่", "รายการ", "จำนวนเงิน"], [1, "ค่าวัสดุ", ""]]));
    expect(unread(noAllocation).filter((f) => f.cell)).toEqual([]);
  });
});

describe("a row split over expense-class columns with its own รวม cell", () => {
  const head: Row = ["ที่", "รายการ", "ค่าตอบแทน", "ค่าใช้สอย", "ค่าวัสดุ", "รวม"];
  const rows = (line1: Row, total: Row): WorkbookSnapshot => book(sheet("งบ", [...top, head, line1, [2, "ค่าวัสดุ", "-", "", 1200, 1200], total]));

  test("a line's class cells that miss its รวม: line-amount-mismatch at the รวม cell", () => {
    const f = check(rows([1, "อบรม", 3000, 2000, 500, 6000], ["", "รวมทั้งสิ้น", 3000, 2000, 1700, 7200]));
    expect(f.filter((x) => x.severity === "error").map((x) => `${x.rule}@${x.cell}`)).toEqual(["line-amount-mismatch@F6"]);
  });

  test("the grand total's class cells that miss its รวม (lines right): total-mismatch at the รวม cell", () => {
    const f = check(rows([1, "อบรม", 3000, 2000, 1000, 6000], ["", "รวมทั้งสิ้น", 3000, 2000, 1200, 7200]));
    expect(f.filter((x) => x.severity === "error").map((x) => `${x.rule}@${x.cell}`)).toEqual(["total-mismatch@F8"]);
  });

  test("cells that are not all plain numbers (a formula, a text) are not judged this way", () => {
    const snap = rows([1, "อบรม", 3000, "สองพัน", 1000, 6000], ["", "รวมทั้งสิ้น", 3000, 2000, 2200, 7200]);
    expect(check(snap).filter((x) => x.rule === "line-amount-mismatch")).toEqual([]);
    const s = rows([1, "อบรม", 3000, 2000, 500, 6000], ["", "รวมทั้งสิ้น", 3000, 2000, 1700, 7200]);
    s.sheets[0].formulas![5][5] = "=SUM(C6:E6)";
    expect(check(s).filter((x) => x.rule === "line-amount-mismatch")).toEqual([]);
  });
});

describe("the travellers' staff level stated on the sheet", () => {
  const head: Row = ["ที่", "รายการ", "จำนวน", "วัน", "อัตรา", "จำนวนเงิน", "หมายเหตุ"];
  const trip = (fields: Row[], lines: Row[]): WorkbookSnapshot =>
    book(sheet("Sheet1", [["โครงการนิเทศติดตาม ปีงบประมาณ 2568"], ["ระยะเวลา", "มกราคม 2568"], ["งบประมาณ", 30000], ...fields, [], head, ...lines]));
  const rate = (snap: WorkbookSnapshot) => check(snap).filter((f) => f.rule === "rate-over-ceiling").map((f) => `${f.severity}@${f.cell}`);
  const perDiem = (price: number, note = "", item = "ค่าเบี้ยเลี้ยงเดินทางไปราชการ"): Row => [1, item, 4, 2, price, 8 * price, note];

  test("nothing stated: 260 a day is a warning (the standard level is assumed)", () => {
    expect(rate(trip([], [perDiem(260)]))).toEqual(["warning@E6"]);
  });

  test.each([
    [[["ผู้เดินทาง", "ข้าราชการครู ระดับเชี่ยวชาญ"]]],
    [[["ระดับตำแหน่ง", "ซี 9"]]],
    [[["คณะครูผู้เดินทาง ครูเชี่ยวชาญ จำนวน 4 คน"]]],
  ])("a senior level stated in the project fields %j: 260 is within 270", (fields) => {
    const snap = trip(fields as Row[], [perDiem(260)]);
    expect(readPlan(snap).plan.project.staffLevel).toBe("senior");
    expect(rate(snap)).toEqual([]);
  });

  test("a standard level stated in the fields: 260 is over 240 for sure (an error)", () => {
    expect(rate(trip([["ผู้เดินทาง", "ประเภทวิชาการ ระดับชำนาญการพิเศษ"]], [perDiem(260)]))).toEqual(["error@E7"]);
  });

  test("the owner's own position is not the travellers' level", () => {
    const snap = trip([["ผู้รับผิดชอบโครงการ", "นางสาวสมใจ ใจดี ครูชำนาญการ"]], [perDiem(260)]);
    expect(readPlan(snap).plan.project.staffLevel).toBeUndefined();
    expect(rate(snap)).toEqual(["warning@E7"]);
  });

  test("a category spanning both groups (ประเภททั่วไป/วิชาการ) or two groups states no level", () => {
    expect(rate(trip([["ผู้เดินทาง", "ประเภททั่วไป/วิชาการ"]], [perDiem(260)]))).toEqual(["warning@E7"]);
    expect(rate(trip([["ผู้เดินทาง", "ครูชำนาญการ - ครูเชี่ยวชาญ"]], [perDiem(260)]))).toEqual(["warning@E7"]);
  });

  test("the level in the line's item or note decides for that line", () => {
    const snap = trip([], [perDiem(270, "ซี 9"), [2, "ค่าเบี้ยเลี้ยง (ข้าราชการระดับชำนาญการพิเศษ)", 2, 2, 270, 1080, ""], [3, "ค่าเช่าที่พักเดินทางไปราชการ ห้องพักคนเดียว", 1, 1, 2100, 2100, "ระดับ ซี 10"]]);
    // row 6: ซี 9, 270 within 270; row 7: ชำนาญการพิเศษ, 270 over 240 for sure; row 8: ซี 10, a room of 2,100 within 2,200
    expect(rate(snap)).toEqual(["error@E7"]);
  });
});

describe("the template: an allocation with no budget line read", () => {
  const templatePlan = () => {
    const p = emptyPlan(2568);
    p.project.name = "โครงการทดสอบ";
    p.project.allocation = bahtToSatang(10000);
    p.activities = [{ id: "1", name: "อบรม", start: { year: 2568, month: 1 }, end: { year: 2568, month: 1 }, owners: [] }];
    p.budgetLines = [{ id: "L1", activityId: "1", item: "ค่าวัสดุ", unitCost: bahtToSatang(500), quantity: 2, times: null, statedAmount: null }];
    return p;
  };
  const warnings = (snap: WorkbookSnapshot) => check(snap).filter((f) => f.rule === "read-problem" && f.severity === "warning" && /อ่านงบประมาณไม่ได้/.test(f.message.th));

  test("a filled template: nothing said", () => {
    expect(warnings(specSnapshot(buildWorkbookSpec(templatePlan(), { lang: "th" })))).toEqual([]);
  });

  test("a blank template table (no line yet): nothing said, a plan being written", () => {
    const p = templatePlan();
    p.budgetLines = [];
    expect(warnings(specSnapshot(buildWorkbookSpec(p, { lang: "th" })))).toEqual([]);
  });

  test("the budget sheet gone: the warning at the allocation cell", () => {
    const snap = specSnapshot(buildWorkbookSpec(templatePlan(), { lang: "th" }));
    const alloc = readPlan(snap).plan.project.cells?.allocation;
    const w = warnings({ ...snap, sheets: snap.sheets.filter((s) => s.name !== "งบประมาณ") });
    expect(w.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`${alloc!.sheet}!${alloc!.cell}`]);
    expect(w[0].message.th).toMatch(/ไม่พบตารางงบประมาณ/);
  });

  test("the line's unit cost and amount typed as words: the warning as well as the bad numbers", () => {
    const snap = specSnapshot(buildWorkbookSpec(templatePlan(), { lang: "th" }));
    const read = readPlan(snap);
    const line = read.plan.budgetLines[0].cells!;
    const budget = snap.sheets.find((s) => s.name === line.unitCost!.sheet)!;
    const at = parseAddr(line.unitCost!.cell)!;
    budget.values[at.row - 1][at.col - 1] = "ตามจริง";
    // the amount formula typed over with words too
    const am = parseAddr(line.statedAmount!.cell)!;
    budget.values[am.row - 1][am.col - 1] = "ตามใบเสร็จ";
    budget.formulas![am.row - 1][am.col - 1] = null;
    expect(warnings(snap)).toHaveLength(1);
    expect(check(snap).filter((f) => f.rule === "bad-number").length).toBeGreaterThan(0);
  });
});
