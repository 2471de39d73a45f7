/**
 * End-to-end: the production build of the task pane, served from a local static server, in Debian's
 * Chromium (headless) through playwright-core. Outside Excel the pane runs beside the in-browser
 * preview workbook. Every request must stay on localhost; office.js (Microsoft's CDN address) is
 * served from node_modules/@microsoft/office-js; anything else is recorded and fails the test.
 * Screenshots go to test-artifacts/e2e/.
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import webpack from "webpack";

const root = path.join(__dirname, "..", "..");
const artifacts = path.join(root, "test-artifacts", "e2e");
const officeDist = path.join(root, "node_modules", "@microsoft", "office-js", "dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const CHROMIUM = "/usr/bin/chromium";

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
};

async function buildProduction(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require("../../webpack.config.js");
  const config = await makeConfig({ outDir, noSourceMaps: true }, { mode: "production" });
  await new Promise<void>((resolve, reject) => {
    webpack(config).run((err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) return reject(new Error(stats ? stats.toString({ all: false, errors: true }) : "no stats"));
      resolve();
    });
  });
}

function serve(dir: string): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = path.normalize(path.join(dir, urlPath === "/" ? "taskpane.html" : urlPath));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404);
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": MIME[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, origin: `http://localhost:${(server.address() as AddressInfo).port}` })),
  );
}

const byTestId = (id: string) => `[data-testid="${id}"]`;

describe("task pane in the browser preview (Chromium)", () => {
  let outDir: string;
  let userDir: string;
  let server: http.Server;
  let origin: string;
  let context: BrowserContext;
  let page: Page;
  const outside: string[] = [];
  const pageErrors: string[] = [];

  beforeAll(async () => {
    // E2E_DIST=<dir> reuses an existing production build (while iterating); normally we build here.
    const prebuilt = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : undefined;
    outDir = prebuilt ?? fs.mkdtempSync(path.join(os.tmpdir(), "taskpane-dist-"));
    userDir = fs.mkdtempSync(path.join(os.tmpdir(), "taskpane-chromium-"));
    fs.mkdirSync(artifacts, { recursive: true });
    if (!prebuilt) await buildProduction(outDir);
    ({ server, origin } = await serve(outDir));
    context = await chromium.launchPersistentContext(userDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
      viewport: { width: 1280, height: 860 },
      locale: "th-TH",
    });
    await context.route("**/*", async (route) => {
      const url = new URL(route.request().url());
      if (url.hostname === "localhost" || url.hostname === "127.0.0.1") return route.continue();
      if (url.href.startsWith(OFFICE_CDN)) {
        const rel = url.pathname.slice(new URL(OFFICE_CDN).pathname.length);
        const file = path.normalize(path.join(officeDist, rel));
        if (file.startsWith(officeDist) && fs.existsSync(file) && fs.statSync(file).isFile()) {
          return route.fulfill({ path: file, contentType: MIME[path.extname(file)] ?? "application/octet-stream" });
        }
      }
      outside.push(url.href);
      return route.abort();
    });
    page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(e.message));
  }, 15 * 60 * 1000);

  afterAll(async () => {
    await context?.close();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    const built = process.env.E2E_DIST ? undefined : outDir;
    for (const dir of [built, userDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  const shot = (name: string) => page.screenshot({ path: path.join(artifacts, `${name}.png`) });
  const finding = (rule: string, cell: string) => page.locator(`${byTestId("finding")}[data-rule="${rule}"][data-cell="${cell}"]`);

  it("the build: Excel's taskpane bundle stays under its 270 KB ceiling gzipped, preview code in its own chunks, manifest copied", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { measure, BUDGET_BYTES } = require("../../scripts/bundle-size.js");
    const r = measure(outDir);
    expect(BUDGET_BYTES).toBe(270 * 1024);
    expect(r.total).toBeLessThan(BUDGET_BYTES);
    expect(r.files.map((f: { file: string }) => f.file).join(" ")).not.toMatch(/preview|chunk/);
    // HyperFormula is not in what Excel loads, but it is in the lazy chunks
    const loaded = r.files.filter((f: { file: string }) => f.file.endsWith(".js")).map((f: { file: string }) => fs.readFileSync(path.join(outDir, f.file), "utf8")).join("");
    expect(loaded).not.toContain("HyperFormula");
    const lazy = r.lazy.map((f: { file: string }) => fs.readFileSync(path.join(outDir, f.file), "utf8")).join("");
    expect(lazy).toContain("HyperFormula");
    const manifest = fs.readFileSync(path.join(outDir, "manifest.xml"), "utf8");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(manifest).toContain(`<SourceLocation DefaultValue="${require("../../webpack.config.js").addinUrl()}taskpane.html"/>`);
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
    expect(await page.locator(byTestId("rate-rule")).count()).toBeGreaterThan(3);
    await page.click(byTestId("rates-edit"));
    await page.waitForSelector(`${byTestId("cell-อัตรา!A1")}[aria-selected="true"]`);
  });

  it("switches to English", async () => {
    await page.click(byTestId("lang-en"));
    await page.getByRole("tab", { name: "Validate" }).waitFor();
    expect(await page.getByRole("tab", { name: "ตรวจสอบ" }).count()).toBe(0);
    await page.click(byTestId("tab-validate"));
    await page.waitForSelector(byTestId("validate-summary"));
    expect(await page.textContent(byTestId("validate-summary"))).toMatch(/errors/);
    await shot("08-english");
    const stored = await page.evaluate(() => window.localStorage.getItem("budgetPlan.lang"));
    expect(stored).toBe("en");
  });

  it("imports the seed text, previews it, and asks before adding sheets of the same names", async () => {
    const text = fs.readFileSync(path.join(root, "test", "fixtures", "seed-project-2560.txt"), "utf8");
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
    expect(outside).toEqual([]);
    expect(pageErrors).toEqual([]);
  });
});
