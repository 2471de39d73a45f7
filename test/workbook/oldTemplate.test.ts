/**
 * Workbooks made by the version-1 template (test/fixtures/template-v1-*.xlsx, before the budget sheet got
 * its computed-amount column) keep reading after the one-total layout change: the same plan, the same
 * mistakes, one finding per cell, and their own formulas (SUMIF over the amount column) are not reported.
 */
import { join } from "path";
import { readXlsx } from "../../src/adapters/xlsx/read";
import { planFixes, validateWorkbook } from "../../src/workbook";
import { planTotal } from "../../src/core/budget";

const TODAY = { year: 2559, month: 10 };
const fixture = (name: string) => join(__dirname, "..", "fixtures", name);

describe("a workbook made by the earlier template", () => {
  test("the seed example reads with its lines, totals and mistakes", async () => {
    const snap = await readXlsx(fixture("template-v1-example.xlsx"));
    const v = validateWorkbook(snap, { today: TODAY });
    expect(v.isPlan).toBe(true);
    expect(v.problems).toEqual([]);
    expect(v.plan.activities).toHaveLength(7);
    expect(v.plan.budgetLines).toHaveLength(15);
    expect(planTotal(v.plan)).toBe(12100000);
    const at = (rule: string) => v.findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell}`);
    expect(at("line-amount-mismatch")).toEqual(["งบประมาณ!J8", "งบประมาณ!J17"]);
    expect(at("subtotal-mismatch")).toEqual(["กิจกรรม!S10"]);
    expect(at("total-mismatch")).toEqual(["โครงการ!B16"]);
    expect(at("over-allocation")).toEqual(["โครงการ!B11"]);
    expect(at("spend-before-funds")).toEqual(["กิจกรรม!E5"]);
    // the old layout's own formulas are not reported as broken
    expect(v.findings.filter((f) => ["formula-inconsistent", "sum-range-incomplete", "formula-error"].includes(f.rule))).toEqual([]);
    const fixes = planFixes(snap, { today: TODAY, stated: false });
    expect(fixes.map((f) => `${f.sheet}!${f.cell}=${f.formula}`)).toEqual(["งบประมาณ!J8==PRODUCT(E8,F8,H8)", "งบประมาณ!J17==PRODUCT(E17,F17,H17)"]);
  });

  test("the blank template reads as an empty plan without findings or problems", async () => {
    const snap = await readXlsx(fixture("template-v1-blank.xlsx"));
    const v = validateWorkbook(snap);
    expect(v.isPlan).toBe(true);
    expect(v.problems).toEqual([]);
    expect(v.plan.project.fiscalYear).toBe(2569);
    expect(v.plan.budgetLines).toEqual([]);
    expect(v.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });
});
