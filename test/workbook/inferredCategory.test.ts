/**
 * A rate finding on a category inferred from the item's name (the หมวดอัตรา cell left empty, as when a line is
 * typed into the inserted template): the sheet's ceiling and check columns stay blank until the category is
 * chosen. The finding says so, and its one-click fix writes the inferred category into the EMPTY cell — after
 * which the sheet (recalculated by HyperFormula) shows the ceiling and "เกินเพดาน". A chosen category is never
 * overwritten. A snack above every venue's ceiling that stays a warning says why in plain words.
 */
import type { Plan } from "../../src/core/model";
import { emptyPlan } from "../../src/core/model";
import { satang } from "../../src/core/money";
import { buildWorkbookSpec, planFixes, validateWorkbook } from "../../src/workbook";
import { BUDGET_TABLE, TABLE_HEADER_ROW, templateCol } from "../../src/workbook/layout";
import { SHEET_NAMES } from "../../src/workbook/i18n";
import { addr } from "../../src/workbook/a1";
import type { WorkbookSpec } from "../../src/workbook/types";
import { HfBook } from "../helpers/hfSnapshot";

const TODAY = { year: 2569, month: 10 };
const names = SHEET_NAMES.th;
const row = TABLE_HEADER_ROW + 1;
const col = (k: string) => templateCol(BUDGET_TABLE, k);
const K = addr(row, col("rateCategory"));

function plan(): Plan {
  const p = emptyPlan(2570);
  p.project.name = "ประชุมผู้ปกครอง";
  p.project.allocation = satang(2_000_000);
  p.activities.push({ id: "1", name: "ประชุมผู้ปกครองนักเรียน", owners: [], start: { year: 2569, month: 11 }, end: { year: 2569, month: 11 } });
  p.budgetLines.push({ id: "L1", activityId: "1", item: "ค่าอาหารว่างและเครื่องดื่ม", unitCost: satang(6000), quantity: 40, times: 1, statedAmount: null });
  return p;
}

/** The template as inserted, with the line typed in and its หมวดอัตรา cell left as the user left it. */
function book(category: string | null): HfBook {
  const spec: WorkbookSpec = buildWorkbookSpec(plan(), { lang: "th" });
  const sheets = spec.sheets.map((s) => {
    if (s.name !== names.budget) return s;
    const cells = s.cells.filter((c) => c.address !== K);
    if (category !== null) cells.push({ address: K, value: category });
    return { ...s, cells };
  });
  return HfBook.fromSpec({ ...spec, sheets });
}

const cellOf = (b: HfBook, a1: string) => {
  const s = b.snapshot().sheets.find((x) => x.name === names.budget)!;
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  return s.values[Number(m[2]) - 1]?.[c - 1] ?? null;
};

describe("a rate category inferred from the item's name", () => {
  test("the finding says to choose it; the fix writes it into the empty cell; then the sheet shows the ceiling and the check", () => {
    const b = book(null);
    const ceilingCell = addr(row, col("ceiling"));
    const statusCell = addr(row, col("status"));
    expect(cellOf(b, ceilingCell) ?? "").toBe("");
    expect(cellOf(b, statusCell) ?? "").toBe("");
    const snap = b.snapshot();
    const v = validateWorkbook(snap, { today: TODAY });
    const f = v.findings.find((x) => x.rule === "rate-over-ceiling")!;
    expect(f).toBeDefined();
    expect(f.message.th).toContain("อนุมานจากชื่อรายการ");
    expect(f.message.th).toContain(`เลือกในช่อง ${K} แล้วแผ่นงานจะแสดงเพดาน`);
    // it stays a warning (the rule's confidence), and says why in plain words — not because of the venue
    expect(f.severity).toBe("warning");
    expect(f.message.th).toContain("เป็นคำเตือน เพราะหัวหน้าส่วนราชการอาจอนุมัติต่างจากอัตรานี้");
    const fix = planFixes(snap, { today: TODAY }).find((x) => x.rule === "rate-over-ceiling")!;
    expect(fix).toMatchObject({ sheet: names.budget, cell: K });
    expect(typeof fix.value).toBe("string");
    // the value is one the cell's drop-down list offers (the template's data validation on the หมวดอัตรา column)
    const spec = buildWorkbookSpec(plan(), { lang: "th" });
    const list = spec.sheets.find((x) => x.name === names.budget)!.validations!.find((x) => x.range.startsWith(K.replace(/\d+$/, "")))!;
    const m = /^=(.+)!\$([A-Z]+)\$(\d+):\$[A-Z]+\$(\d+)$/.exec(String(list.source))!;
    const rates = snap.sheets.find((x) => x.name === m[1].replace(/'/g, ""))!;
    const colIndex = m[2].charCodeAt(0) - 65;
    const offered = rates.values.slice(Number(m[3]) - 1, Number(m[4])).map((r) => r[colIndex]);
    expect(offered).toContain(fix.value);
    expect(fix.finding).toEqual(f);
    b.apply(fix.edits);
    // the sheet now shows the ceiling of the rules in force and says the line is over it
    const ceiling = Number(cellOf(b, ceilingCell));
    expect(ceiling).toBeGreaterThan(0);
    expect(ceiling).toBeLessThan(60);
    expect(cellOf(b, statusCell)).toBe("เกินเพดาน");
    // the pane reads the category back as the one it inferred: the same finding, no fix left for it
    const after = b.snapshot();
    const v2 = validateWorkbook(after, { today: TODAY });
    expect(v2.findings.find((x) => x.rule === "rate-over-ceiling")?.expected).toBe(f.expected);
    expect(v2.findings.find((x) => x.rule === "rate-over-ceiling")?.message.th).not.toContain("อนุมานจากชื่อรายการ");
    expect(planFixes(after, { today: TODAY }).filter((x) => x.rule === "rate-over-ceiling")).toEqual([]);
    b.destroy();
  });

  test("a category the user chose is never overwritten", () => {
    const b = book("ค่าอาหารว่างและเครื่องดื่ม");
    const snap = b.snapshot();
    expect(validateWorkbook(snap, { today: TODAY }).findings.some((x) => x.rule === "rate-over-ceiling")).toBe(true);
    expect(planFixes(snap, { today: TODAY }).filter((x) => x.cell === K)).toEqual([]);
    b.destroy();
  });
});
