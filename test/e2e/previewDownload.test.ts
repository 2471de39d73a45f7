/**
 * End-to-end, issue 11 (the preview): the preview workbook downloads as an .xlsx written by the CLI's writer
 * (opened again here with ExcelJS: the number typed in the grid, the formulas, the sheets, the template version
 * stamp, only the tabs the preview shows visible, named after the project, formulas with the values the preview
 * computed as their cached results), and the grid fills
 * the window's height and follows it when the window is resized. Screenshots: test-artifacts/e2e/download-*.png;
 * the downloaded file: test-artifacts/e2e/download-preview.xlsx.
 */
import * as path from "path";
import { readFileSync } from "fs";
import ExcelJS from "exceljs";
import { readXlsxBytes } from "../../src/adapters/xlsx/read";
import { TEMPLATE_VERSION, readPlan } from "../../src/workbook";
import { DOWNLOAD_NAME, fileNameFor } from "../../src/adapters/preview/fileName";
import type { Page } from "playwright-core";
import { ARTIFACTS, byTestId, openPreview, type PreviewSession } from "./kit";

/** The grid's frame and scrolling area, and the window's height, in px. */
const sizes = (page: Page) =>
  page.evaluate(() => {
    const frame = document.querySelector('[data-testid="grid-frame"]')!.getBoundingClientRect();
    const scroll = document.querySelector('[data-testid="grid-scroll"]')!.getBoundingClientRect();
    return { window: window.innerHeight, frameTop: frame.top, frameBottom: frame.bottom, scroll: scroll.height, page: document.documentElement.scrollHeight };
  });

describe("the preview: download as .xlsx, a grid as high as the window (Chromium)", () => {
  let s: PreviewSession;
  let page: Page;

  beforeAll(async () => {
    s = await openPreview({ width: 1280, height: 700 });
    page = s.page;
  }, 15 * 60 * 1000);

  afterAll(async () => {
    await s?.close();
  });

  it("the grid fills the window's height, and follows a resize", async () => {
    await page.click(byTestId("tab-template"));
    await page.check(byTestId("template-example"));
    await page.click(byTestId("template-insert"));
    await page.locator(`${byTestId("finding")}[data-rule="line-amount-mismatch"]`).first().waitFor();
    const at700 = await sizes(page);
    // the frame reaches the bottom of the window (no page scrollbar), the rows area takes what is left
    expect(Math.abs(at700.frameBottom - at700.window)).toBeLessThanOrEqual(2);
    expect(at700.page).toBeLessThanOrEqual(at700.window);
    expect(at700.scroll).toBeGreaterThan(at700.window - 150);
    await page.setViewportSize({ width: 1280, height: 1000 });
    await page.waitForFunction(() => Math.abs(document.querySelector('[data-testid="grid-frame"]')!.getBoundingClientRect().bottom - window.innerHeight) <= 2);
    const at1000 = await sizes(page);
    expect(at1000.scroll - at700.scroll).toBeGreaterThanOrEqual(290);
    // the rows rendered cover the taller area: the last visible row number is further down
    await page.click(byTestId("sheet-tab-งบประมาณ"));
    await page.locator(byTestId("cell-งบประมาณ!A30")).waitFor();
    await s.shot("download-01-grid-fills-window");
  });

  it("downloads the workbook as it is now: ExcelJS opens it with the number typed in the grid", async () => {
    await page.dblclick(byTestId("cell-งบประมาณ!J9"));
    await page.fill(byTestId("cell-editor"), "2300");
    await page.press(byTestId("cell-editor"), "Enter");
    await page.locator(`${byTestId("finding")}[data-rule="line-amount-mismatch"][data-cell="งบประมาณ!J9"]`).waitFor();
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), page.click(byTestId("preview-download"))]);
    const file = path.join(ARTIFACTS, "download-preview.xlsx");
    await download.saveAs(file);
    await s.shot("download-02-downloaded");

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const tabs = await page.$$eval('[role="tablist"] [data-testid^="sheet-tab-"]', (els) => els.map((e) => e.textContent));
    expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(tabs as string[]));
    const budget = wb.getWorksheet("งบประมาณ")!;
    expect(budget.getCell("J9").value).toBe(2300);
    expect((budget.getCell("J5").value as ExcelJS.CellFormulaValue).formula).toBe("PRODUCT(E5,F5,H5)");
    expect(budget.getCell("B5").value).toBe("ค่าเครื่องดื่มและอาหารว่าง");
    // the tabs shown are the file's visible sheets, and the file is stamped as the template wrote it
    expect(wb.worksheets.filter((w) => w.state === "visible").map((w) => w.name)).toEqual(tabs);
    const read = readXlsxBytes(readFileSync(file), { evaluate: "never" });
    expect(read.templateStamp).toEqual({ version: TEMPLATE_VERSION, sheet: "โครงการ" });
    // named after the project as the file itself holds it (Thai kept), not the generic name
    const project = readPlan(read.snapshot).plan.project.name!.trim();
    expect(download.suggestedFilename()).toBe(fileNameFor(project));
    expect(download.suggestedFilename()).not.toBe(DOWNLOAD_NAME);
    expect(project.startsWith(download.suggestedFilename().replace(/\.xlsx$/, "").slice(0, 20))).toBe(true);
    // formulas carry the values the preview computed: line 1's amount is its quantity × price × count in the file
    const j5 = budget.getCell("J5").value as ExcelJS.CellFormulaValue;
    expect(j5.result).toBe((budget.getCell("E5").value as number) * (budget.getCell("F5").value as number) * (budget.getCell("H5").value as number));
    expect(s.outside).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
