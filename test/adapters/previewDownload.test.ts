/**
 * The preview's "download .xlsx" (src/adapters/preview/download.ts): the workbook as it is now, typed cells
 * and all, written by the CLI's .xlsx writer, opened again with ExcelJS and read back by the CLI's reader (which
 * recalculates with HyperFormula): the same plan, the same findings as the preview shows.
 */
import ExcelJS from "exceljs";
import { PreviewWorkbookHost } from "../../src/adapters/preview";
import { previewXlsxBytes } from "../../src/adapters/preview/download";
import { readXlsxBytes } from "../../src/adapters/xlsx/read";
import { seedPlan } from "../../src/core/examples/seed2560";
import { buildWorkbookSpec, validateWorkbook } from "../../src/workbook";

const TODAY = { year: 2559, month: 10 };
const keys = (snap: Parameters<typeof validateWorkbook>[0]) =>
  validateWorkbook(snap, { today: TODAY })
    .findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`)
    .sort();

test("the downloaded file holds the workbook as it is now: values typed, formulas, styles, widths, print setup", async () => {
  const host = new PreviewWorkbookHost();
  await host.insertTemplate(buildWorkbookSpec(seedPlan(), { lang: "th" }), "fail");
  host.workbook.setCellInput("งบประมาณ", "J9", "2300"); // a number typed over the amount formula
  const bytes = await previewXlsxBytes(host.workbook);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  expect(wb.worksheets.map((w) => w.name)).toEqual(host.workbook.sheetNames());
  const budget = wb.getWorksheet("งบประมาณ")!;
  expect(budget.getCell("J9").value).toBe(2300);
  expect((budget.getCell("J5").value as ExcelJS.CellFormulaValue).formula).toBe("PRODUCT(E5,F5,H5)");
  expect(budget.getCell("J5").numFmt).toMatch(/#,##0/);
  expect(budget.getColumn("B").width).toBeGreaterThan(20);
  const proposal = wb.worksheets.find((w) => w.name.startsWith("แบบเสนอ"));
  expect(proposal?.pageSetup.paperSize).toBe(9); // A4, as the template writes it
  expect(proposal?.pageSetup.printArea).toMatch(/^A1:O\d+$/);

  // read back as the CLI reads files: the same findings as the preview
  const back = readXlsxBytes(Buffer.from(bytes), { evaluate: "checks" }).snapshot;
  const shown = keys(host.workbook.snapshot());
  expect(shown).toContain("error line-amount-mismatch งบประมาณ!J9");
  expect(keys(back)).toEqual(shown);
  host.workbook.destroy();
}, 120_000);
