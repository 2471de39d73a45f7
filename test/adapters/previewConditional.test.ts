/**
 * The template's conditional formats in the preview (blind test of the preview, finding 8): a typed amount
 * that differs from unit cost × quantity × times is red on the budget sheet, as docs/rules.md says and as
 * Excel draws it from the rules the template writes into the .xlsx. The rows the preview colours are the rows
 * whose amounts LibreOffice, recalculating the written file, finds different from their computation, and the
 * cells the pane reports; exceljs reads the same rule back from the file.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { PreviewWorkbookHost } from "../../src/adapters/preview";
import { conditionalLook, shiftFormula } from "../../src/adapters/preview/conditional";
import { readXlsx } from "../../src/adapters/xlsx/read";
import { saveXlsx } from "../../src/adapters/xlsx/write";
import { seedPlan } from "../../src/core/examples/seed2560";
import { buildWorkbookSpec, readPlan, validateWorkbook } from "../../src/workbook";
import { colLetter } from "../../src/workbook/a1";
import { recalcXlsxToXlsx } from "../helpers/libreoffice";

const BUDGET = "งบประมาณ";
const RED = "#F8CBAD";

test("a rule's formula moves with the cell: relative references shift, absolute ones stay", () => {
  expect(shiftFormula("=ROUND(N($J5)-N($P5),2)<>0", 2, 0)).toBe("=ROUND(N($J7)-N($P7),2)<>0");
  expect(shiftFormula("=$M$20=\"x\"", 5, 3)).toBe("=$M$20=\"x\"");
  expect(shiftFormula("=SUM(A1:B2)>C$3", 1, 1)).toBe("=SUM(B2:C3)>D$3");
  expect(shiftFormula("='งบ ประมาณ'!A1=\"A1\"", 1, 0)).toBe("='งบ ประมาณ'!A2=\"A1\"");
  expect(shiftFormula("=A1>0", -1, 0)).toBeUndefined();
});

describe("amounts that differ from their computation are red", () => {
  const spec = buildWorkbookSpec(seedPlan(), { lang: "th" });

  test("in the preview, typed over and put back", async () => {
    const host = new PreviewWorkbookHost();
    await host.insertTemplate(buildWorkbookSpec({ ...seedPlan(), budgetLines: seedPlan().budgetLines.map((l) => ({ ...l, statedAmount: null })) }, { lang: "th" }), "fail");
    const wb = host.workbook;
    const found = readPlan(wb.snapshot()).located.budget!;
    const col = found.cols.amount - 1;
    const row = found.rows.map((r) => r - 1).find((r) => typeof wb.cellAt(wb.sheetId(BUDGET), r, found.cols.unitCost - 1).value === "number")!;
    const cell = `${colLetter(col + 1)}${row + 1}`;
    expect(wb.readCell(BUDGET, cell).formula).toMatch(/^=PRODUCT/);
    expect(conditionalLook(wb, BUDGET, row, col)).toBeUndefined();
    const formula = wb.readCell(BUDGET, cell).formula!;
    wb.setCellInput(BUDGET, cell, "6900");
    expect(conditionalLook(wb, BUDGET, row, col)).toEqual({ fill: RED, fontColor: "#9C0006" });
    // the line below keeps its formula: not red
    expect(conditionalLook(wb, BUDGET, row + 1, col)).toBeUndefined();
    wb.setCellInput(BUDGET, cell, formula);
    expect(conditionalLook(wb, BUDGET, row, col)).toBeUndefined();
  });

  test("the written .xlsx: exceljs reads the rule back; the rows LibreOffice finds different are the preview's red rows and the pane's findings", async () => {
    const dir = mkdtempSync(join(tmpdir(), "cf-"));
    const file = join(dir, "seed.xlsx");
    await saveXlsx(spec, file);
    const ej = new ExcelJS.Workbook();
    await ej.xlsx.readFile(file);
    const ws = ej.getWorksheet(BUDGET)!;
    const cfs = (ws as unknown as { conditionalFormattings: { ref: string; rules: { type: string; formulae?: string[] }[] }[] }).conditionalFormattings;
    const amountRule = spec.sheets.find((s) => s.name === BUDGET)!.conditionalFormats!.find((c) => /ROUND\(N\(/.test(c.formula) && /\d+:[A-Z]+\d+$/.test(c.range) && !c.range.includes("$"))!;
    const written = cfs.find((c) => c.ref === amountRule.range);
    expect(written?.rules[0].type).toBe("expression");
    expect(written?.rules[0].formulae?.[0].replace(/^=/, "")).toBe(amountRule.formula.replace(/^=/, ""));

    const out = join(dir, "seed-lo.xlsx");
    await recalcXlsxToXlsx(file, out);
    const lo = await readXlsx(out, { evaluate: "never" });
    const sheet = lo.sheets.find((s) => s.name === BUDGET)!;
    const v = validateWorkbook(lo);
    const found = readPlan(lo).located.budget!;
    const amountCol = found.cols.amount;
    const computedCol = found.cols.computed!;
    const n = (x: unknown) => (typeof x === "number" ? x : 0);
    const loRed = found.rows.filter((r) => Math.round((n(sheet.values[r - 1][amountCol - 1]) - n(sheet.values[r - 1][computedCol - 1])) * 100) !== 0);
    expect(loRed.length).toBeGreaterThan(0);

    const host = new PreviewWorkbookHost();
    await host.insertTemplate(spec, "fail");
    const previewRed = found.rows.filter((r) => conditionalLook(host.workbook, BUDGET, r - 1, amountCol - 1)?.fill === RED);
    expect(previewRed).toEqual(loRed);
    const paneCells = new Set(
      v.findings.filter((f) => f.sheet === BUDGET && (f.rule === "line-amount-mismatch" || f.also?.includes("line-amount-mismatch"))).map((f) => f.cell),
    );
    expect([...paneCells].sort()).toEqual(loRed.map((r) => `${colLetter(amountCol)}${r}`).sort());
  }, 180_000);
});
