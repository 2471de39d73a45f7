/**
 * The preview grid in a real browser (Chromium through playwright-core): real layout, focus, keyboard and
 * scrolling, with a 2,000-row budget. The page is bundled with esbuild from test/adapters/browser/gridPage.tsx.
 * Timings are printed for the record, never asserted.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { build } from "esbuild";
import { chromium, type Browser, type Page } from "playwright-core";

const CHROMIUM = "/usr/bin/chromium";
const ROWS = 2000;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}`);
  const bundle = await build({
    entryPoints: [path.join(__dirname, "browser", "gridPage.tsx")],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    target: "chrome100",
    jsx: "automatic",
    define: { "process.env.NODE_ENV": '"production"' },
    // as webpack.config.js (resolve.fallback fs: false): the .xlsx writer behind the preview's download imports fs
    // for the CLI's saveXlsx, which the browser never calls
    plugins: [
      {
        name: "no-fs",
        setup(b) {
          b.onResolve({ filter: /^fs$/ }, () => ({ path: "fs", namespace: "empty" }));
          b.onLoad({ filter: /.*/, namespace: "empty" }, () => ({ contents: "module.exports = {};", loader: "js" }));
        },
      },
    ],
    logLevel: "silent",
  });
  const script = bundle.outputFiles[0].text;
  browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
  page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  // waits on conditions, with room for a loaded CI machine (a recalculation of the 2,000-row sheet is seconds there)
  page.setDefaultTimeout(90_000);
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  // the grid fills its container's height (as in the preview page), so the container gets one
  await page.setContent(`<!doctype html><html><head><meta charset="utf-8"></head><body style="margin:0"><div id="root" style="height:600px"></div><script>window.ROWS=${ROWS}</script></body></html>`);
  await page.addScriptTag({ content: script });
  await page.waitForFunction(() => (window as unknown as { timings?: unknown }).timings !== undefined, undefined, { timeout: 60000 });
  if (errors.length) throw new Error(errors.join("\n"));
  const timings = await page.evaluate(() => (window as unknown as { timings: unknown }).timings);
  console.log(`preview grid, ${ROWS}-row budget in Chromium:`, timings);
}, 300_000);

afterAll(async () => {
  await browser?.close();
});

const cell = (sheet: string, a1: string) => page.locator(`[data-testid="cell-${sheet}!${a1}"]`);

describe("PreviewGrid in Chromium", () => {
  it("switches sheets, selects, edits with the keyboard and recalculates", async () => {
    await page.click('[data-testid="sheet-tab-งบประมาณ"]');
    await cell("งบประมาณ", "G4").click();
    expect(await cell("งบประมาณ", "G4").getAttribute("aria-selected")).toBe("true");
    expect(await page.inputValue('[data-testid="formula-bar"]')).toBe("=D4*E4*F4");
    expect(await cell("งบประมาณ", "G4").textContent()).toBe("12,000.00");

    await cell("งบประมาณ", "E4").dblclick();
    await page.fill('[data-testid="cell-editor"]', "10");
    const t = Date.now();
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector('[data-testid="cell-งบประมาณ!G4"]')?.textContent === "2,400.00");
    console.log(`edit → recalculated cell shown: ${Date.now() - t} ms (includes the protocol round trip)`);
    expect(await page.evaluate(() => (window as unknown as { userChanges: number }).userChanges)).toBe(1);
    expect(await cell("งบประมาณ", "E5").getAttribute("aria-selected")).toBe("true");

    // typing straight onto the selected cell, Thai digits (inserted as text, as a Thai layout or an IME does):
    // they stay text, as in Excel (the add-in's bad-number check finds them)
    await page.keyboard.press("ArrowUp");
    expect(await cell("งบประมาณ", "E4").getAttribute("aria-selected")).toBe("true");
    await page.keyboard.type("๒๐");
    expect(await page.inputValue('[data-testid="cell-editor"]')).toBe("๒๐");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector('[data-testid="cell-งบประมาณ!E4"]')?.textContent === "๒๐");
    expect(await cell("งบประมาณ", "G4").textContent()).not.toMatch(/\d/);
    await page.keyboard.press("ArrowUp");
    await page.keyboard.type("20");
    await page.keyboard.press("Enter");
    // shown once the grid has drawn the recalculated sheet, as after the first edit
    await page.waitForFunction(() => document.querySelector('[data-testid="cell-งบประมาณ!G4"]')?.textContent === "4,800.00");
    expect(await cell("งบประมาณ", "G4").textContent()).toBe("4,800.00");
    const total = await cell("งบประมาณ", `G${ROWS + 4}`).count();
    expect(total).toBe(0); // far rows are not rendered
  });

  it("renders a window of rows and scrolls a far cell into view on selectCell", async () => {
    const renderedRows = () => page.locator('tbody tr:not([aria-hidden="true"])').count();
    expect(await renderedRows()).toBeLessThan(80);
    await page.evaluate(() => (window as unknown as { host: { selectCell(s: string, c: string): Promise<void> } }).host.selectCell("งบประมาณ", "G1500"));
    const target = cell("งบประมาณ", "G1500");
    await target.waitFor();
    expect(await target.getAttribute("aria-selected")).toBe("true");
    const box = await target.boundingBox();
    const scroller = await page.locator('[data-testid="grid-scroll"]').boundingBox();
    expect(box && scroller).toBeTruthy();
    expect(box!.y).toBeGreaterThanOrEqual(scroller!.y);
    expect(box!.y + box!.height).toBeLessThanOrEqual(scroller!.y + scroller!.height);
    expect(await renderedRows()).toBeLessThan(80);
    // the frozen header row is still on screen, at the top of the scrolling area
    const header = await cell("งบประมาณ", "G3").boundingBox();
    expect(header!.y).toBeGreaterThanOrEqual(scroller!.y);
    expect(header!.y).toBeLessThan(scroller!.y + 4 * 26 + 2);
    expect(header!.y + header!.height).toBeLessThanOrEqual(box!.y + 1);

    // scrolling by the user moves the window
    await page.locator('[data-testid="grid-scroll"]').evaluate((el) => (el.scrollTop = 0));
    await cell("งบประมาณ", "G4").waitFor();
    expect(await page.locator('[data-testid="cell-งบประมาณ!G1500"]').count()).toBe(0);
  });

  it("outlines marked cells", async () => {
    await page.evaluate(() =>
      (window as unknown as { host: { markFindings(f: unknown[]): Promise<void> } }).host.markFindings([
        { rule: "line-amount-mismatch", severity: "error", message: { th: "ผิด", en: "wrong" }, sheet: "งบประมาณ", cell: "G5" },
      ]),
    );
    await page.waitForSelector('[data-testid="cell-งบประมาณ!G5"][data-mark="error"]');
    const outline = await cell("งบประมาณ", "G5").evaluate((el) => getComputedStyle(el).outlineStyle);
    expect(outline).toBe("solid");
  });
});
