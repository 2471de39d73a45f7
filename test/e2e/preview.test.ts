/**
 * End-to-end: the production build of the task pane, served from a local static server, in Debian's
 * Chromium (headless) through playwright-core (./kit.ts). Outside Excel the pane runs beside the in-browser
 * preview workbook. Every request must stay on localhost; office.js (Microsoft's CDN address) is
 * served from node_modules/@microsoft/office-js; anything else is recorded and fails the test.
 * Screenshots go to test-artifacts/e2e/.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { byTestId, openPreview, REPO_ROOT, type PreviewSession } from "./kit";

describe("task pane in the browser preview (Chromium)", () => {
  let session: PreviewSession;
  let outDir: string;
  let origin: string;
  let page: Page;

  beforeAll(async () => {
    session = await openPreview({ goto: false });
    ({ origin, page } = session);
    outDir = session.build.outDir;
  }, 15 * 60 * 1000);

  afterAll(async () => {
    await session?.close();
  });

  const shot = (name: string) => session.shot(name);
  const finding = (rule: string, cell: string) => page.locator(`${byTestId("finding")}[data-rule="${rule}"][data-cell="${cell}"]`);

  it("the build: Excel's taskpane bundle stays under its 250 KB ceiling gzipped, preview code in its own chunks, manifest copied", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { measure, BUDGET_BYTES } = require("../../scripts/bundle-size.js");
    const r = measure(outDir);
    expect(BUDGET_BYTES).toBe(250 * 1024);
    expect(r.total).toBeLessThan(BUDGET_BYTES);
    expect(r.files.map((f: { file: string }) => f.file).join(" ")).not.toMatch(/preview|chunk/);
    // HyperFormula is not in what Excel loads, but it is in the lazy chunks
    const loaded = r.files.filter((f: { file: string }) => f.file.endsWith(".js")).map((f: { file: string }) => fs.readFileSync(path.join(outDir, f.file), "utf8")).join("");
    expect(loaded).not.toContain("HyperFormula");
    const lazy = r.lazy.map((f: { file: string }) => fs.readFileSync(path.join(outDir, f.file), "utf8")).join("");
    expect(lazy).toContain("HyperFormula");
    const manifest = fs.readFileSync(path.join(outDir, "manifest.xml"), "utf8");
    expect(manifest).toContain(`<SourceLocation DefaultValue="${session.build.env.ADDIN_URL}taskpane.html"/>`);
    expect(fs.existsSync(path.join(outDir, "assets", "icon-80.png"))).toBe(true);
    expect(fs.existsSync(path.join(outDir, "commands.html"))).toBe(true);
  });

  it("loads office.js from the CDN address and shows the pane beside the preview grid", async () => {
    await page.goto(`${origin}/taskpane.html`);
    await page.waitForSelector(byTestId("preview-layout"));
    await page.waitForSelector(byTestId("taskpane"));
    expect(await page.textContent(byTestId("app-title"))).toBe("แผนงบประมาณโครงการ");
    expect(await page.textContent(byTestId("host-kind"))).toContain("เบราว์เซอร์");
    expect(await page.evaluate(() => typeof (window as unknown as { Office?: unknown }).Office)).toBe("object");
    // no plan in the workbook: the pane opens on inserting one
    await page.waitForSelector(byTestId("template-insert"));
    // a Thai pane has not fetched the English texts (a chunk of their own)
    expect(await page.evaluate(() => performance.getEntriesByType("resource").map((e) => e.name).filter((n) => /strings-en\./.test(n)))).toEqual([]);
    await shot("01-open");
  });

  it("inserts the example and shows the seed's known mistakes", async () => {
    await page.click(byTestId("tab-template"));
    await page.check(byTestId("template-example"));
    await page.click(byTestId("template-insert"));
    await page.waitForSelector(byTestId("validate-summary"));
    // Block 1: copying 200 × 80 is stated 13,000 (it is 16,000); lunch 100 × 100 × 1 stated 100,000 (10,000).
    const copying = finding("line-amount-mismatch", "งบประมาณ!J8");
    await copying.waitFor();
    expect(await copying.textContent()).toContain("16,000");
    expect(await copying.textContent()).toContain("13,000");
    await finding("line-amount-mismatch", "งบประมาณ!J17").waitFor();
    expect(await page.locator(`${byTestId("finding")}[data-rule="over-allocation"]`).count()).toBe(1);
    expect(await page.locator(`${byTestId("finding")}[data-rule="spend-before-funds"]`).count()).toBe(1);
    expect(Number(await page.textContent(byTestId("count-error")))).toBeGreaterThanOrEqual(4);
    await page.waitForSelector(byTestId("sheet-tab-งบประมาณ"));
    await shot("02-example-findings");
  });

  it("live validation: a wrong amount typed in the grid appears as a finding; clicking it selects the cell", async () => {
    expect(await finding("line-amount-mismatch", "งบประมาณ!J9").count()).toBe(0);
    await page.click(byTestId("sheet-tab-งบประมาณ"));
    await page.dblclick(byTestId("cell-งบประมาณ!J9"));
    await page.fill(byTestId("cell-editor"), "9999");
    await page.press(byTestId("cell-editor"), "Enter");
    const typed = finding("line-amount-mismatch", "งบประมาณ!J9");
    await typed.waitFor();
    expect(await typed.textContent()).toContain("9,999");
    // move the grid's selection away, then click the finding: the grid selects J9 again
    await page.click(byTestId("cell-งบประมาณ!B3"));
    expect(await page.getAttribute(byTestId("cell-งบประมาณ!J9"), "aria-selected")).toBe("false");
    await typed.click();
    await page.waitForSelector(`${byTestId("cell-งบประมาณ!J9")}[aria-selected="true"]`);
    await shot("03-typed-wrong-amount");
  });

  it("applies the one-click fix, the finding goes, and undo brings it back", async () => {
    const row = finding("line-amount-mismatch", "งบประมาณ!J9").locator("xpath=..");
    await row.locator(byTestId("fix-button")).click();
    await page.waitForSelector(byTestId("fix-result"));
    await finding("line-amount-mismatch", "งบประมาณ!J9").waitFor({ state: "detached" });
    expect(await page.locator(`${byTestId("finding")}[data-cell="งบประมาณ!J9"]`).count()).toBe(0);
    await shot("04-fixed");
    await page.click(byTestId("fix-undo"));
    await finding("line-amount-mismatch", "งบประมาณ!J9").waitFor();
    // and fix it again, to leave the workbook clean
    await finding("line-amount-mismatch", "งบประมาณ!J9").locator("xpath=..").locator(byTestId("fix-button")).click();
    await finding("line-amount-mismatch", "งบประมาณ!J9").waitFor({ state: "detached" });
  });

  it("generates the indicator table into the indicators sheet", async () => {
    await page.click(byTestId("tab-indicators"));
    // the indicators tab is its own chunk, fetched on first use: wait for the panel before counting its rows
    await page.locator(byTestId("indicators-generate")).waitFor();
    const rowsBefore = await page.locator(`${byTestId("indicators-table")} tbody tr`).count();
    await page.click(byTestId("indicators-generate"));
    await page.waitForSelector(`${byTestId("notice")}:has-text("ตัวชี้วัด")`);
    await page.waitForFunction(
      ([sel, n]) => document.querySelectorAll(sel as string).length > (n as number),
      [`${byTestId("indicators-table")} tbody tr`, rowsBefore] as const,
    );
    await page.click(byTestId("sheet-tab-ตัวชี้วัด"));
    await shot("05-indicators");
  });

  it("shows the schedule on the fiscal-year timeline", async () => {
    await page.click(byTestId("tab-schedule"));
    await page.waitForSelector(byTestId("timeline"));
    expect(await page.textContent(byTestId("schedule"))).toContain("ปีงบประมาณ 2560");
    expect(await page.locator('[data-testid^="bar-1-"]').count()).toBe(1);
    expect(await page.textContent(byTestId("quarter-1"))).toContain("23,800");
    // mark activity 1 done: the status cell of the activities sheet is written and read back
    expect(await page.textContent(byTestId("status-1"))).not.toBe("เสร็จแล้ว");
    await page.click(byTestId("mark-done-1"));
    await page.waitForSelector(`${byTestId("status-1")}:text-is("เสร็จแล้ว")`);
    await shot("06-schedule");
  });

  it("marks the findings in the sheet and clears the marks", async () => {
    await page.click(byTestId("tab-validate"));
    await page.click(byTestId("sheet-tab-งบประมาณ"));
    await page.click(byTestId("validate-mark"));
    await page.waitForSelector(`${byTestId("cell-งบประมาณ!J17")}[data-mark="error"]`);
    await shot("07-marked");
    await page.click(byTestId("validate-clear-marks"));
    await page.waitForSelector(`${byTestId("cell-งบประมาณ!J17")}:not([data-mark])`);
  });

  it("results: remaining follows what is typed", async () => {
    await page.click(byTestId("tab-results"));
    expect(await page.inputValue(byTestId("results-received"))).toBe("120000");
    await page.fill(byTestId("results-spent"), "๓๐,๐๐๐");
    await page.waitForSelector(`${byTestId("results-remaining")}:has-text("90,000")`);
    await page.click(byTestId("results-save"));
    await page.waitForSelector(`${byTestId("notice")}:has-text("บันทึกแล้ว")`);
  });

  it("rates: lists the rules in force and opens the rates sheet", async () => {
    await page.click(byTestId("tab-rates"));
    // the rates tab is its own chunk, fetched on first use: wait for its list before counting
    await page.locator(byTestId("rate-rule")).first().waitFor();
    expect(await page.locator(byTestId("rate-rule")).count()).toBeGreaterThan(3);
    await page.click(byTestId("rates-edit"));
    await page.waitForSelector(`${byTestId("cell-อัตรา!A1")}[aria-selected="true"]`);
  });

  it("switches to English (its texts a chunk, fetched by the switch or by an earlier undo label, once)", async () => {
    await page.click(byTestId("lang-en"));
    await page.getByRole("tab", { name: "Validate" }).waitFor();
    expect(await page.getByRole("tab", { name: "ตรวจสอบ" }).count()).toBe(0);
    await page.click(byTestId("tab-validate"));
    await page.waitForSelector(byTestId("validate-summary"));
    expect(await page.textContent(byTestId("validate-summary"))).toMatch(/errors/);
    await shot("08-english");
    const stored = await page.evaluate(() => window.localStorage.getItem("budgetPlan.lang"));
    expect(stored).toBe("en");
    expect(await page.evaluate(() => performance.getEntriesByType("resource").filter((e) => /strings-en\./.test(e.name)).length)).toBe(1);
  });

  it("imports the seed text, previews it, and asks before adding sheets of the same names", async () => {
    const text = fs.readFileSync(path.join(REPO_ROOT, "test", "fixtures", "seed-project-2560.txt"), "utf8");
    await page.click(byTestId("tab-import"));
    await page.fill(byTestId("import-text"), text);
    await page.click(byTestId("import-read"));
    await page.waitForSelector(byTestId("import-preview"));
    expect(await page.textContent(byTestId("import-counts"))).toMatch(/^7 activities/);
    expect(await page.textContent(byTestId("import-total"))).toContain("121,000");
    await page.check(byTestId("import-lang-th"));
    await page.click(byTestId("import-insert"));
    await page.waitForSelector(byTestId("conflict-prompt"));
    const tabsBefore = await page.locator('[data-testid^="sheet-tab-"]').count();
    await page.click(byTestId("conflict-suffix"));
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid^="sheet-tab-"]').length >= n + 7,
      tabsBefore,
    );
    await shot("09-imported");
  });

  it("made no request outside localhost and threw no page errors", () => {
    expect(session.outside).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
