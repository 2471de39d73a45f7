/**
 * The template version stamp, and workbooks made by the version-1 template (committed fixtures written by
 * `budget-plan new --example` / `new --fiscal-year 2569` on 30 Nov 2026, before any layout change) keep
 * reading: the plan comes back and the seed's known mistakes (test/fixtures/seed-facts.md) are found.
 * Version 2 fixtures: the same two commands, 30 Nov 2026, before the print layout (version 3).
 * Do NOT regenerate the fixtures when the layout changes: they stand for workbooks already in schools.
 */
import path from "path";
import { promises as fs } from "fs";
import { execFileSync } from "child_process";
import os from "os";
import { emptyPlan } from "../../src/core/model";
import { seedPlan } from "../../src/core/examples/seed2560";
import { buildWorkbookSpec, readPlan, validateWorkbook, TEMPLATE_VERSION, readTemplateStamp, templateStamp } from "../../src/workbook";
import { loadWorkbook, snapshotOf, templateStampOf } from "../../src/adapters/xlsx/read";
import { specToBuffer } from "../../src/adapters/xlsx/write";
import { applyEdits } from "../../src/adapters/xlsx/edit";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const TODAY = { year: 2559, month: 10 };

describe("readTemplateStamp", () => {
  test("finds the version in the name and the sheet in the reference", () => {
    expect(readTemplateStamp([{ name: "BudgetPlan_Template_v1", refersTo: "'โครงการ'!$A$1" }])).toEqual({ version: 1, sheet: "โครงการ" });
    expect(readTemplateStamp([{ name: "budgetplan_template_V12", refersTo: "=Project!$A$1" }])).toEqual({ version: 12, sheet: "Project" });
    expect(readTemplateStamp([{ name: "BudgetPlan_Template_v2", refersTo: "'it''s (2)'!$A$1" }])).toEqual({ version: 2, sheet: "it's (2)" });
  });
  test("the highest stamp wins; other names and malformed stamps are ignored", () => {
    const names = [
      { name: "Print_Area", refersTo: "A1:B2" },
      { name: "BudgetPlan_Template_v1", refersTo: "'โครงการ'!$A$1" },
      { name: "BudgetPlan_Template_v3", refersTo: "'โครงการ (2)'!$A$1" },
      { name: "BudgetPlan_Template_vx", refersTo: "A1" },
      { name: "BudgetPlan_Template_v0", refersTo: "A1" },
      { name: "MyBudgetPlan_Template_v9", refersTo: "A1" },
    ];
    expect(readTemplateStamp(names)).toEqual({ version: 3, sheet: "โครงการ (2)" });
    expect(readTemplateStamp([{ name: "Anything" }])).toBeUndefined();
    expect(readTemplateStamp([])).toBeUndefined();
  });
  test("the stamp refers to A1 of the project sheet, quoted", () => {
    expect(templateStamp("โครงการ")).toEqual({ name: `BudgetPlan_Template_v${TEMPLATE_VERSION}`, refersTo: "'โครงการ'!$A$1" });
  });
});

describe("the template writes the stamp", () => {
  test.each(["th", "en"] as const)("%s: one stamp naming the project sheet, and no cell holds it", (lang) => {
    const spec = buildWorkbookSpec(emptyPlan(2569), { lang });
    expect(spec.names).toHaveLength(1);
    const info = readTemplateStamp(spec.names!);
    expect(info).toEqual({ version: TEMPLATE_VERSION, sheet: spec.sheets[0].name });
    for (const s of spec.sheets) for (const c of s.cells) expect(String(c.value ?? "") + (c.formula ?? "")).not.toContain("BudgetPlan_Template");
  });

  test("it survives the .xlsx writer, a reload and a fix (edit + save) through ExcelJS", async () => {
    const buf = await specToBuffer(buildWorkbookSpec(seedPlan(), { lang: "en" }));
    const wb = await loadWorkbook(buf);
    expect(templateStampOf(wb)).toEqual({ version: TEMPLATE_VERSION, sheet: "Project" });
    applyEdits(wb, [{ sheet: "Budget", cell: "J8", formula: "=PRODUCT(E8,F8,H8)" }]);
    const again = await loadWorkbook(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(templateStampOf(again)).toEqual({ version: TEMPLATE_VERSION, sheet: "Project" });
  });

  const soffice = (() => {
    try {
      return execFileSync("sh", ["-c", "command -v soffice || command -v libreoffice"]).toString().trim();
    } catch {
      return "";
    }
  })();
  // LibreOffice is installed by .ci/run; the name must survive a save by a real spreadsheet application.
  test("it survives a round trip through LibreOffice", async () => {
    expect(soffice).not.toBe("");
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), "stamp-lo-"));
    const src = path.join(dir, "in.xlsx");
    await fs.copyFile(path.join(FIXTURES, "template-v1-blank.xlsx"), src);
    const out = path.join(dir, "out");
    execFileSync(soffice, [`-env:UserInstallation=file://${dir}/profile`, "--headless", "--convert-to", "xlsx:Calc MS Excel 2007 XML", "--outdir", out, src], {
      stdio: "ignore",
      timeout: 120000,
    });
    const wb = await loadWorkbook(path.join(out, "in.xlsx"));
    expect(templateStampOf(wb)).toEqual({ version: 1, sheet: "โครงการ" });
    await fs.rm(dir, { recursive: true, force: true });
  }, 180000);
});

describe.each([1, 2])("workbooks made by the version-%i template keep reading", (version) => {
  test("the example: stamp, the plan as written and the seed's mistakes", async () => {
    const wb = await loadWorkbook(path.join(FIXTURES, `template-v${version}-example.xlsx`));
    expect(templateStampOf(wb)).toEqual({ version, sheet: "โครงการ" });
    const snap = snapshotOf(wb);
    const read = readPlan(snap);
    expect(read.isPlan).toBe(true);
    expect(read.problems).toEqual([]);
    const p = read.plan;
    expect(p.project.fiscalYear).toBe(2560);
    expect(p.project.allocation).toBe(12000000);
    expect(p.activities).toHaveLength(7);
    const seed = seedPlan();
    expect(p.budgetLines.map((l) => [l.unitCost, l.statedAmount])).toEqual(seed.budgetLines.map((l) => [l.unitCost, l.statedAmount]));

    const v = validateWorkbook(snap, { today: TODAY });
    const errors = v.findings.filter((f) => f.severity === "error");
    // copying 200 × 80 stated 13,000 (it is 16,000); lunch 100 × 100 × 1 stated 100,000 (it is 10,000)
    expect(errors.some((f) => f.sheet === "งบประมาณ" && f.expected === 1600000 && f.actual === 1300000)).toBe(true);
    expect(errors.some((f) => f.sheet === "งบประมาณ" && f.expected === 1000000 && f.actual === 10000000)).toBe(true);
    // block ๕ stated 22,200, its lines sum to 23,200
    expect(v.findings.some((f) => f.expected === 2320000 && f.actual === 2220000)).toBe(true);
    // the lines sum to 121,000: over the 120,000 allocation
    expect(v.findings.some((f) => f.rule === "over-allocation")).toBe(true);
    // activity 1 (November 2559) before the funds arrive (January 2560)
    expect(v.findings.some((f) => f.rule === "spend-before-funds" && f.activityId === "1")).toBe(true);
  });

  test("the blank template: stamp and an empty plan of FY 2569", async () => {
    const wb = await loadWorkbook(path.join(FIXTURES, `template-v${version}-blank.xlsx`));
    expect(templateStampOf(wb)).toEqual({ version, sheet: "โครงการ" });
    const read = readPlan(snapshotOf(wb));
    expect(read.isPlan).toBe(true);
    expect(read.plan.project.fiscalYear).toBe(2569);
    expect(read.plan.activities).toEqual([]);
    expect(read.plan.budgetLines).toEqual([]);
  });
});
