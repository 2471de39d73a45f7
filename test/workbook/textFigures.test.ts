/**
 * Figures typed as TEXT ("2,500 บาท", "๒,๕๐๐", "30") in the budget: the sheet's formulas skip them (SUM and
 * PRODUCT skip text, ISNUMBER is false, "+" gives #VALUE!), so the pane's totals and over-allocation must state the
 * figure the sheet shows, and a warning at the text cell must say what the total will be once it is a number.
 * The proof is LibreOffice: each case is a real .xlsx recalculated by it; the pane's figure (the same functions as
 * the CLI) equals the recalculated sheet cell, and the explained "if typed as a number" total equals what
 * LibreOffice shows after the one-click fix is applied.
 */
import { mkdtempSync, mkdirSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import type { Plan } from "../../src/core/model";
import { emptyPlan } from "../../src/core/model";
import { satang } from "../../src/core/money";
import { planTotal } from "../../src/core/budget";
import { buildWorkbookSpec, planFixes, validateWorkbook } from "../../src/workbook";
import { BUDGET_TABLE, TABLE_HEADER_ROW, projectFieldRow, templateCol } from "../../src/workbook/layout";
import { SHEET_NAMES } from "../../src/workbook/i18n";
import { addr } from "../../src/workbook/a1";
import type { CellScalar, WorkbookSnapshot, WorkbookSpec } from "../../src/workbook/types";
import { saveXlsx } from "../../src/adapters/xlsx/write";
import { readXlsx } from "../../src/adapters/xlsx/read";
import { convertWithLibreOffice } from "../helpers/libreoffice";

jest.setTimeout(600_000);

const dir = mkdtempSync(join(tmpdir(), "text-figures-"));
const names = SHEET_NAMES.th;
const TODAY = { year: 2569, month: 10 };
const row = (i: number) => TABLE_HEADER_ROW + 1 + i;
const col = (k: string) => templateCol(BUDGET_TABLE, k);

/** FY2570, allocation 20,000: 2,100 + 2,500 (lump) + 4,200 + 13,800 (lump) = 22,600 when every figure is a number. */
function plan(): Plan {
  const p = emptyPlan(2570);
  p.project.name = "โครงการทดสอบตัวเลขที่เป็นข้อความ";
  p.project.allocation = satang(2_000_000);
  p.activities.push({ id: "1", name: "อบรมครู", owners: [], start: { year: 2569, month: 11 }, end: { year: 2569, month: 11 } });
  const line = (id: string, item: string, u: number | null, q: number | null, t: number | null, stated: number | null) =>
    p.budgetLines.push({ id, activityId: "1", item, unitCost: u === null ? null : satang(u * 100), quantity: q, times: t, statedAmount: stated === null ? null : satang(stated * 100) });
  line("L1", "ค่าอาหารว่างและเครื่องดื่ม", 35, 30, 2, null);
  line("L2", "ค่าวัสดุอุปกรณ์", null, null, null, 2500);
  line("L3", "ค่าอาหารกลางวัน", 70, 30, 2, null);
  line("L4", "ค่าตอบแทนวิทยากร", null, null, null, 13800);
  return p;
}

interface Case {
  name: string;
  line: number; // 0-based line index
  field: "amount" | "unitCost" | "quantity" | "times";
  text: string;
  /** the number the one-click fix types */
  number: number;
}

const CASES: Case[] = [
  { name: "lump-amount", line: 1, field: "amount", text: "2,500 บาท", number: 2500 },
  { name: "lump-amount-thai", line: 1, field: "amount", text: "๒,๕๐๐", number: 2500 },
  { name: "unit-cost", line: 0, field: "unitCost", text: "35 บาท", number: 35 },
  { name: "quantity", line: 0, field: "quantity", text: "30", number: 30 },
  { name: "times-thai", line: 2, field: "times", text: "๒", number: 2 },
  { name: "amount-beside-unit-cost", line: 0, field: "amount", text: "2,100", number: 2100 },
];

function withText(spec: WorkbookSpec, c: Case, value: CellScalar): WorkbookSpec {
  const address = addr(row(c.line), col(c.field));
  const sheets = spec.sheets.map((s) => {
    if (s.name !== names.budget) return s;
    const cells = s.cells.filter((x) => x.address !== address);
    cells.push({ address, value });
    return { ...s, cells };
  });
  return { ...spec, sheets };
}

/** Recalculates every file with one LibreOffice run; returns the recalculated snapshots by file name. */
async function recalcAll(files: string[]): Promise<Map<string, WorkbookSnapshot>> {
  const outDir = join(dir, `lo-${Date.now()}`);
  mkdirSync(outDir, { recursive: true });
  await convertWithLibreOffice(files, "xlsx:Calc MS Excel 2007 XML", outDir);
  const out = new Map<string, WorkbookSnapshot>();
  for (const f of readdirSync(outDir)) out.set(f, await readXlsx(join(outDir, f), { evaluate: "never" }));
  return out;
}

const money = (snap: WorkbookSnapshot, sheet: string, a1: string): number => {
  const s = snap.sheets.find((x) => x.name === sheet)!;
  const m = /^([A-Z]+)(\d+)$/.exec(a1)!;
  let c = 0;
  for (const ch of m[1]) c = c * 26 + ch.charCodeAt(0) - 64;
  return Math.round(Number(s.values[Number(m[2]) - 1][c - 1]) * 100);
};
const computedTotalCell = `B${projectFieldRow("computedTotal")}`;

describe("figures typed as text in the template: the pane states the sheet's total (LibreOffice)", () => {
  const before = new Map<string, WorkbookSnapshot>();
  const after = new Map<string, WorkbookSnapshot>();

  beforeAll(async () => {
    const spec = buildWorkbookSpec(plan(), { lang: "th" });
    const files: string[] = [];
    for (const c of CASES) {
      const f = join(dir, `${c.name}.xlsx`);
      await saveXlsx(withText(spec, c, c.text), f);
      files.push(f);
    }
    for (const [k, v] of await recalcAll(files)) before.set(k, v);
    // the one-click fix applied to each (the fix's own edit, written into the recalculated file)
    const fixed: string[] = [];
    for (const c of CASES) {
      const snap = before.get(`${c.name}.xlsx`)!;
      const fix = planFixes(snap, { today: TODAY }).find((f) => f.rule === "bad-number" && f.cell === addr(row(c.line), col(c.field)));
      expect(fix).toBeDefined();
      expect(fix!.value).toBe(c.number);
      const f = join(dir, `${c.name}-fixed.xlsx`);
      await saveXlsx(withText(spec, c, fix!.value as number), f);
      fixed.push(f);
    }
    for (const [k, v] of await recalcAll(fixed)) after.set(k, v);
  });

  test.each(CASES.map((c) => [c.name, c] as const))("%s: the pane's total is the sheet's, the text cell says what it will be", (name, c) => {
    const snap = before.get(`${name}.xlsx`)!;
    const sheetTotal = money(snap, names.project, computedTotalCell);
    const v = validateWorkbook(snap, { today: TODAY });
    // one story: the pane's (and the CLI's) computed total is the sheet's own รวมงบประมาณตามการคำนวณ
    expect(planTotal(v.plan)).toBe(sheetTotal);
    const over = v.findings.find((f) => f.rule === "over-allocation");
    if (sheetTotal > 2_000_000) {
      expect(over?.actual).toBe(sheetTotal);
      expect(over!.message.th).toContain(`${(sheetTotal / 100).toLocaleString("en-US")} บาท ตามการคำนวณ`);
    } else expect(over).toBeUndefined();
    // the sheet's balance says the same
    expect(money(snap, names.project, `B${projectFieldRow("balance")}`)).toBe(2_000_000 - sheetTotal);
    // the text cell is explained, with what the total will be once typed as a number — what LibreOffice shows after the fix
    const cell = addr(row(c.line), col(c.field));
    const text = v.findings.filter((f) => f.rule === "bad-number" && f.cell === cell);
    expect(text).toHaveLength(1);
    expect(text[0].severity).toBe("warning");
    expect(text[0].message.th).toContain(`"${c.text}" เป็นข้อความ`);
    const fixedTotal = money(after.get(`${name}-fixed.xlsx`)!, names.project, computedTotalCell);
    expect(fixedTotal).toBe(2_260_000);
    expect(text[0].message.th).toContain(`${(fixedTotal / 100).toLocaleString("en-US")} บาท`);
    if (sheetTotal !== fixedTotal) expect(text[0].message.th).toContain("เกินจัดสรร 2,600 บาท");
    // after the fix the pane and the sheet still agree, and the text finding is gone
    const fixedSnap = after.get(`${name}-fixed.xlsx`)!;
    const v2 = validateWorkbook(fixedSnap, { today: TODAY });
    expect(planTotal(v2.plan)).toBe(fixedTotal);
    expect(v2.findings.filter((f) => f.rule === "bad-number")).toEqual([]);
  });

  test("the blind tester's case: over-allocation by 100 as the sheet shows, and the text cell explains the 2,600", () => {
    const v = validateWorkbook(before.get("lump-amount.xlsx")!, { today: TODAY });
    const over = v.findings.find((f) => f.rule === "over-allocation")!;
    expect(over.message.th).toContain("รายการรวม 20,100 บาท ตามการคำนวณ แต่ได้รับจัดสรร 20,000 บาท (เกิน 100 บาท)");
    const text = v.findings.find((f) => f.rule === "bad-number")!;
    expect(text.message.th).toContain(`"2,500 บาท" เป็นข้อความ จึงไม่ถูกนับในยอดรวมของแผ่นงาน — ถ้าแก้เป็นตัวเลข ยอดรวมจะเป็น 22,600 บาท เกินจัดสรร 2,600 บาท`);
  });
});

/** A hand-made budget sheet: typed amounts and a total row whose formula is `total` over F4:F7. */
async function handMade(file: string, textCell: { cell: string; text: string } | undefined, total: (from: number, to: number) => string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("แผนงบประมาณ");
  ws.getCell("A1").value = "โครงการพัฒนาการอ่าน ปีงบประมาณ 2570";
  ws.getCell("A2").value = "งบประมาณที่ได้รับจัดสรร";
  ws.getCell("C2").value = 20000;
  ["ที่", "รายการ", "ราคาต่อหน่วย", "จำนวน", "ครั้ง", "จำนวนเงิน"].forEach((h, i) => (ws.getCell(3, i + 1).value = h));
  const lines: [string, number | null, number | null, number | null, number][] = [
    ["ค่าอาหารว่างและเครื่องดื่ม", 35, 30, 2, 2100],
    ["ค่าวัสดุอุปกรณ์", null, null, null, 2500],
    ["ค่าอาหารกลางวัน", 70, 30, 2, 4200],
    ["ค่าตอบแทนวิทยากร", null, null, null, 13800],
  ];
  lines.forEach((l, i) => {
    const r = 4 + i;
    ws.getCell(r, 1).value = i + 1;
    ws.getCell(r, 2).value = l[0];
    if (l[1] !== null) ws.getCell(r, 3).value = l[1];
    if (l[2] !== null) ws.getCell(r, 4).value = l[2];
    if (l[3] !== null) ws.getCell(r, 5).value = l[3];
    ws.getCell(r, 6).value = l[4];
  });
  ws.getCell("B8").value = "รวมทั้งสิ้น";
  ws.getCell("F8").value = { formula: total(4, 7).slice(1) };
  if (textCell) ws.getCell(textCell.cell).value = textCell.text;
  await wb.xlsx.writeFile(file);
}

describe("hand-made sheets: SUM skips a text figure, a '+' chain shows #VALUE! (LibreOffice)", () => {
  const sum = (a: number, b: number) => `=SUM(F${a}:F${b})`;
  const plus = (a: number, b: number) => `=${Array.from({ length: b - a + 1 }, (_, i) => `F${a + i}`).join("+")}`;
  const snaps = new Map<string, WorkbookSnapshot>();

  beforeAll(async () => {
    const files: string[] = [];
    const make = async (name: string, text: { cell: string; text: string } | undefined, total: typeof sum) => {
      const f = join(dir, `${name}.xlsx`);
      await handMade(f, text, total);
      files.push(f);
    };
    await make("hand-sum", { cell: "F5", text: "2,500 บาท" }, sum);
    await make("hand-sum-thai", { cell: "F5", text: "๒,๕๐๐" }, sum);
    await make("hand-plus", { cell: "F5", text: "2,500 บาท" }, plus);
    await make("hand-plus-clean", undefined, plus);
    for (const [k, v] of await recalcAll(files)) snaps.set(k, v);
  });

  test.each(["hand-sum", "hand-sum-thai"])("%s: the pane's total is the SUM the sheet shows; no false total error", (name) => {
    const snap = snaps.get(`${name}.xlsx`)!;
    const sheetTotal = money(snap, "แผนงบประมาณ", "F8");
    expect(sheetTotal).toBe(2_010_000);
    const v = validateWorkbook(snap, { today: TODAY });
    expect(planTotal(v.plan)).toBe(sheetTotal);
    expect(v.findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
    expect(v.findings.find((f) => f.rule === "over-allocation")?.actual).toBe(sheetTotal);
    const text = v.findings.filter((f) => f.rule === "bad-number" && f.cell === "F5");
    expect(text).toHaveLength(1);
    expect(text[0].message.th).toContain("ถ้าแก้เป็นตัวเลข ยอดรวมจะเป็น 22,600 บาท เกินจัดสรร 2,600 บาท");
  });

  test("a '+' chain over the text figure: the sheet's total is #VALUE!, said at the total with its cause", () => {
    const snap = snaps.get("hand-plus.xlsx")!;
    const s = snap.sheets.find((x) => x.name === "แผนงบประมาณ")!;
    expect(String(s.values[7][5])).toBe("#VALUE!");
    const v = validateWorkbook(snap, { today: TODAY });
    const err = v.findings.find((f) => f.rule === "formula-error" && f.cell === "F8");
    expect(err).toBeDefined();
    expect(err!.message.th).toContain("F5");
    expect(err!.message.th).toContain("2,500 บาท");
    // the pane states no total of its own as if the sheet had one: the lines it can count, and the text cell explained
    expect(v.findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
    expect(v.findings.filter((f) => f.rule === "bad-number" && f.cell === "F5")).toHaveLength(1);
    // the same sheet with a number there adds up as the pane does
    const clean = snaps.get("hand-plus-clean.xlsx")!;
    expect(money(clean, "แผนงบประมาณ", "F8")).toBe(planTotal(validateWorkbook(clean, { today: TODAY }).plan));
  });
});
