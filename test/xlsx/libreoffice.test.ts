/**
 * LibreOffice agreement: the blank template and the example plan, written by our ExcelJS writer and
 * recalculated by LibreOffice headless (own profile, OOXMLRecalcMode=0), hold exactly the domain core's
 * numbers: every line amount (as written and as computed), activity and grand totals, class and quarter
 * totals (the sheet's quarterly totals equal the pane's quarterTotals), ceiling lookups and the baht text. Every formula cell evaluated by our HyperFormula reader agrees with LibreOffice too.
 */
import { satang, ZERO_SATANG } from "../../src/core/money";
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { BudgetLine, Plan, Satang } from "../../src/core/model";
import { emptyPlan } from "../../src/core/model";
import { seedPlan } from "../../src/core/examples/seed2560";
import { classTotals, lineAmount, lineMonth, planTotal, quarterTotals } from "../../src/core/budget";
import { bahtText } from "../../src/core/bahtText";
import { loadRateBook } from "../../src/core/rates/rateBook";
import { sheetRateCategory } from "../../src/core/rates/lineCategory";
import { buildWorkbookSpec } from "../../src/workbook";
import { BUDGET_TABLE, ACTIVITIES_TABLE, TABLE_HEADER_ROW, projectFieldRow, templateCol } from "../../src/workbook/layout";
import { EXPENSE_CLASS_CHOICES, SHEET_NAMES } from "../../src/workbook/i18n";
import type { CellScalar, SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/types";
import { saveXlsx } from "../../src/adapters/xlsx/write";
import { readXlsx } from "../../src/adapters/xlsx/read";
import { recalcXlsxToXlsx } from "../helpers/libreoffice";

const dir = mkdtempSync(join(tmpdir(), "xlsx-lo-"));
const names = SHEET_NAMES.th;
const rateBook = loadRateBook();

interface Pair {
  lo: WorkbookSnapshot;
  hf: WorkbookSnapshot;
}

async function writeAndRecalc(name: string, plan: Plan): Promise<Pair> {
  const file = join(dir, `${name}.xlsx`);
  await saveXlsx(buildWorkbookSpec(plan, { lang: "th" }), file);
  const out = join(dir, `${name}-lo.xlsx`);
  await recalcXlsxToXlsx(file, out);
  return { lo: await readXlsx(out, { evaluate: "never" }), hf: await readXlsx(file) };
}

function sheet(s: WorkbookSnapshot, name: string): SheetSnapshot {
  const found = s.sheets.find((x) => x.name === name);
  if (!found) throw new Error(`no sheet ${name}`);
  return found;
}

function at(s: SheetSnapshot, row: number, col: number): CellScalar {
  return s.values[row - 1]?.[col - 1] ?? null;
}

/** The amount the sheet holds for a line: the formula's result, or the stated number typed over it. */
function sheetAmount(line: BudgetLine): Satang {
  const computed = lineAmount(line);
  if (line.unitCost === null) return line.statedAmount ?? ZERO_SATANG;
  if (line.statedAmount === null || computed === line.statedAmount) return computed ?? ZERO_SATANG;
  return line.statedAmount;
}

function baht(s: Satang): number {
  return s / 100;
}

/** Find the row whose cell in column `col` equals `text` (searching down from the header row). */
function rowWith(s: SheetSnapshot, col: number, text: string): number {
  for (let r = TABLE_HEADER_ROW; r <= s.values.length; r++) if (at(s, r, col) === text) return r;
  throw new Error(`no row with "${text}" in ${s.name}`);
}

/** Checks every number; returns how many ceiling lookups found a rule. */
function checkPlan(pair: Pair, plan: Plan): number {
  let ceilings = 0;
  const amountCol = templateCol(BUDGET_TABLE, "amount");
  const computedCol = templateCol(BUDGET_TABLE, "computed");
  const ceilingCol = templateCol(BUDGET_TABLE, "ceiling");
  const itemCol = templateCol(BUDGET_TABLE, "item");
  const firstRow = TABLE_HEADER_ROW + 1;
  for (const snap of [pair.lo, pair.hf]) {
    const budget = sheet(snap, names.budget);
    // every line amount and every ceiling lookup
    plan.budgetLines.forEach((line, i) => {
      const row = firstRow + i;
      expect(at(budget, row, itemCol)).toBe(line.item);
      expect(at(budget, row, amountCol)).toBeCloseTo(baht(sheetAmount(line)), 6);
      expect(at(budget, row, computedCol)).toBeCloseTo(baht(satang(lineAmount(line) ?? 0)), 6);
      const category = sheetRateCategory(line, plan);
      const month = lineMonth(plan, line);
      const match = category && month ? rateBook.find(category, month, { venue: plan.project.venue, trainingType: plan.project.trainingType, staffLevel: plan.project.staffLevel }) : undefined;
      const ceiling = at(budget, row, ceilingCol);
      if (match) {
        expect(ceiling).toBeCloseTo(baht(match.ceiling), 6);
        ceilings++;
      }
      else expect(ceiling === null || ceiling === "" || ceiling === 0).toBe(true);
    });
    // grand totals: the amounts as written and as computed; every other total is the computed one (the pane's)
    const written = plan.budgetLines.reduce((s, l) => s + sheetAmount(l), 0);
    const total = planTotal(plan);
    const totalRow = rowWith(budget, itemCol, BUDGET_TABLE.totalLabel!.th);
    expect(at(budget, totalRow, amountCol)).toBeCloseTo(baht(satang(written)), 6);
    expect(at(budget, totalRow, computedCol)).toBeCloseTo(baht(total), 6);
    // per activity
    const activities = sheet(snap, names.activities);
    const budgetCol = templateCol(ACTIVITIES_TABLE, "budget");
    plan.activities.forEach((a, i) => {
      const expected = plan.budgetLines.filter((l) => l.activityId === a.id).reduce((s, l) => s + (lineAmount(l) ?? 0), 0);
      expect(at(activities, firstRow + i, budgetCol)).toBeCloseTo(baht(satang(expected)), 6);
    });
    // project sheet: total, balance, baht text
    const project = sheet(snap, names.project);
    expect(at(project, projectFieldRow("computedTotal"), 2)).toBeCloseTo(baht(total), 6);
    expect(at(project, projectFieldRow("balance"), 2)).toBeCloseTo(baht(satang((plan.project.allocation ?? 0) - total)), 6);
    expect(at(project, projectFieldRow("totalText"), 2)).toBe(bahtText(total));
    // summary sheet: expense classes, quarters, allocation block and the baht text
    const summary = sheet(snap, names.summary);
    const label = (text: string, col: number) => {
      for (let r = 1; r <= summary.values.length; r++) if (at(summary, r, col) === text) return r;
      throw new Error(`no "${text}" in summary`);
    };
    const classes = classTotals(plan);
    for (const c of EXPENSE_CLASS_CHOICES) expect(at(summary, label(c.th, 2), 3)).toBeCloseTo(baht(classes[c.id as keyof typeof classes]), 6);
    // the quarterly spending plan equals the pane's (quarterTotals), line by line month
    const quarters = quarterTotals(plan);
    for (const q of [1, 2, 3, 4] as const) expect(at(summary, label(`ไตรมาส ${q}`, 1), 3)).toBeCloseTo(baht(quarters[q]), 6);
    expect(at(summary, label("ไม่ระบุเดือน", 1), 3)).toBeCloseTo(baht(quarters.unscheduled), 6);
    expect(at(summary, label("งบประมาณตามแผน (ตามการคำนวณ อัตรา × จำนวน × ครั้ง)", 2), 3)).toBeCloseTo(baht(total), 6);
    expect(at(summary, label("รวมจำนวนเงินตามที่เขียนในรายการ", 2), 3)).toBeCloseTo(baht(satang(written)), 6);
    expect(at(summary, label("งบประมาณตามแผน (ตัวอักษร)", 2), 3)).toBe(bahtText(total));
  }
  return ceilings;
}

/** Every formula cell: HyperFormula (our reader) and LibreOffice give the same value. */
function checkEveryFormula(pair: Pair): number {
  let count = 0;
  const differences: string[] = [];
  pair.hf.sheets.forEach((s, si) => {
    const lo = pair.lo.sheets[si];
    expect(lo.name).toBe(s.name);
    s.formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (!f) return;
        count++;
        const a = s.values[r][c];
        const b = lo.values[r]?.[c] ?? null;
        const same =
          a === b ||
          (typeof a === "number" && typeof b === "number" && Math.abs(a - b) < 1e-9) ||
          ((a === "" || a === null) && (b === "" || b === null));
        if (!same) differences.push(`${s.name}!R${r + 1}C${c + 1} ${f}: HyperFormula ${JSON.stringify(a)}, LibreOffice ${JSON.stringify(b)}`);
      }),
    );
  });
  expect(differences).toEqual([]);
  return count;
}

describe("LibreOffice recalculation agrees with the domain core", () => {
  test("blank template", async () => {
    const plan = emptyPlan(2569);
    const pair = await writeAndRecalc("blank", plan);
    checkPlan(pair, plan);
    expect(checkEveryFormula(pair)).toBeGreaterThan(300);
    expect(at(sheet(pair.lo, names.project), projectFieldRow("totalText"), 2)).toBe("ศูนย์บาทถ้วน");
  });

  test("example (seed project as written, mistakes included)", async () => {
    const plan = seedPlan();
    const pair = await writeAndRecalc("example", plan);
    // snacks (35) and lunches (ceilings by venue and training type) are looked up, in both engines
    expect(checkPlan(pair, plan)).toBeGreaterThanOrEqual(2 * 4);
    expect(checkEveryFormula(pair)).toBeGreaterThan(300);
    // the amount column holds the document's typed-over amounts: 13,000 and 100,000, so it adds up to 208,000;
    // the plan's total (project sheet, its baht text, the summary) is the computed 121,000 the pane shows
    const written = plan.budgetLines.reduce((s, l) => s + sheetAmount(l), 0);
    expect(written).toBe(20800000);
    expect(at(sheet(pair.lo, names.project), projectFieldRow("totalText"), 2)).toBe("หนึ่งแสนสองหมื่นหนึ่งพันบาทถ้วน");
    // the computed (correct) amounts of the domain are 16,000 and 10,000
    const computed = plan.budgetLines.map((l) => lineAmount(l));
    expect(computed).toContain(1600000);
    expect(computed).toContain(1000000);
  });
});
