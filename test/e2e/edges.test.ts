/**
 * End-to-end, the edges a planner meets first (issue 11, items 9–12), in Chromium against the production
 * build of the browser preview (see ./kit.ts): the pane at the widths Excel gives it (320–500 px) on every
 * tab, the language of each view, the first open of an empty workbook, and the preview's grid. Screenshots
 * at 320 px go to test-artifacts/e2e/edges-*.png.
 */
import type { Page } from "playwright-core";
import { byTestId, openPreview, type PreviewSession } from "./kit";
import { labelGaps, layoutReport, visibleText, type LayoutReport } from "./pageChecks";

const TABS = ["validate", "template", "import", "schedule", "indicators", "results", "rates"] as const;
const PANE = byTestId("pane");

/** Sets the pane to `px` wide, as Excel's task pane can be. */
async function paneWidth(page: Page, px: number): Promise<void> {
  await page.evaluate((w) => {
    const pane = document.querySelector('[data-testid="pane"]') as HTMLElement;
    pane.style.flex = `0 0 ${w}px`;
    pane.style.width = `${w}px`;
  }, px);
}

async function openTab(page: Page, tab: string): Promise<void> {
  await page.click(byTestId(`tab-${tab}`));
  await page.waitForSelector(byTestId(`panel-${tab}`));
  // a tab that is its own chunk shows a spinner until the chunk is in: measure the panel, not the spinner
  await page.waitForSelector(byTestId("tab-loading"), { state: "detached" });
  // let Fluent's layout (tab indicator, fields) settle
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

const THAI = /[\u0E00-\u0E7F]/;
/** Latin words a Thai view may show: product and file names, the language switch, the grid's fx. */
const LATIN_ALLOWED = new Set(["Excel", "English", "Word", "PDF", "fx"]);

/**
 * Lines of a Thai text that hold English words, once allowed names, cell addresses (J8, A1:B2) and formulas
 * (=PRODUCT(E9,F9,H9): the sheet's own language, not English) are taken out.
 */
function englishLines(text: string): string[] {
  return text.split("\n").filter((line) => {
    const words = line.replace(/=[A-Z][A-Z0-9.]*\(.*$/, "").match(/[A-Za-z][A-Za-z'-]+/g) ?? [];
    return words.some((w) => !LATIN_ALLOWED.has(w) && !/^[A-Z]{1,3}$/.test(w));
  });
}

/** Gregorian dates: ISO (2025-11-01), or a day and month with a year before 2400 ("1 พ.ย. 2025", "1 Nov 2025"). */
const THAI_MONTH = "(?:ม\\.ค\\.|ก\\.พ\\.|มี\\.ค\\.|เม\\.ย\\.|พ\\.ค\\.|มิ\\.ย\\.|ก\\.ค\\.|ส\\.ค\\.|ก\\.ย\\.|ต\\.ค\\.|พ\\.ย\\.|ธ\\.ค\\.)";
const GREGORIAN = [/\b\d{4}-\d{2}-\d{2}\b/, new RegExp(`${THAI_MONTH}\\s*(1[5-9]|2[0-3])\\d\\d(?!\\d)`), /\b\d{1,2}\/\d{1,2}\/(19|20)\d\d\b/];

describe("the pane's edges in the browser preview (Chromium)", () => {
  let s: PreviewSession;
  let page: Page;

  beforeAll(async () => {
    s = await openPreview({ goto: false });
    page = s.page;
  }, 15 * 60 * 1000);

  afterAll(async () => {
    await s?.close();
  });

  it("first open of an empty workbook: the pane opens on inserting a plan; the check tab offers it first and 'clear marks' is off", async () => {
    await page.goto(`${s.origin}/taskpane.html`);
    await page.waitForSelector(byTestId("preview-layout"));
    await page.waitForSelector(`${byTestId("panel-template")} ${byTestId("template-insert")}`);
    await paneWidth(page, 320);
    await s.shot("edges-01-first-open-320");
    await openTab(page, "validate");
    await page.waitForSelector(byTestId("validate-no-plan"));
    expect(await page.isDisabled(byTestId("validate-clear-marks"))).toBe(true);
    expect(await page.isDisabled(byTestId("validate-mark"))).toBe(true);
    await page.click(byTestId("validate-start-template"));
    await page.waitForSelector(byTestId("panel-template"));
  });

  it("inserts the example; each fix button's accessible name says which cell it fixes", async () => {
    await page.check(byTestId("template-example"));
    await page.click(byTestId("template-insert"));
    await page.waitForSelector(byTestId("validate-summary"));
    await page.waitForSelector(byTestId("fix-button"));
    const names = await page.$$eval(byTestId("fix-button"), (els) => els.map((e) => e.getAttribute("aria-label") ?? ""));
    expect(names.length).toBeGreaterThan(1);
    expect(new Set(names).size).toBe(names.length);
    expect(await page.getByRole("button", { name: "แก้ไข จำนวนเงิน J8", exact: true }).count()).toBe(1);
  });

  it.each([320, 450, 500])("at %i px, on every tab in both languages: nothing wider than the pane, no text over text", async (width) => {
    await paneWidth(page, width);
    const problems: string[] = [];
    for (const lang of ["th", "en"] as const) {
      await page.click(byTestId(`lang-${lang}`));
      for (const tab of TABS) {
        await openTab(page, tab);
        const r: LayoutReport = await page.evaluate(layoutReport, PANE);
        expect(Math.round(r.paneWidth)).toBe(width);
        for (const p of r.tooWide) problems.push(`${lang} ${tab}: wider than the pane: ${p}`);
        for (const p of r.overlaps) problems.push(`${lang} ${tab}: overlapping text: ${p}`);
        for (const p of r.spills) problems.push(`${lang} ${tab}: text spills out of its box: ${p}`);
        if (r.sideScroll > 0) problems.push(`${lang} ${tab}: scrolls sideways by ${r.sideScroll}px`);
        if (width === 320) await s.shot(`edges-${lang}-${tab}-320`);
      }
    }
    await page.click(byTestId("lang-th"));
    expect(problems).toEqual([]);
  });

  it("schedule at 320 px: month labels apart, activity names whole, the 'เสร็จแล้ว' badge not clipped", async () => {
    await paneWidth(page, 320);
    await openTab(page, "schedule");
    const labels = await page.evaluate(labelGaps, `${byTestId("timeline")} [data-month-label]`);
    expect(labels).toHaveLength(12);
    for (let i = 1; i < labels.length; i++) expect(labels[i].left - labels[i - 1].right).toBeGreaterThanOrEqual(3);
    // names wrap instead of being cut
    const cut = await page.$$eval(`${byTestId("schedule")} [data-activity-name]`, (els) =>
      els.filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1).map((e) => e.textContent),
    );
    expect(cut).toEqual([]);
    expect(await page.locator(`${byTestId("schedule")} [data-activity-name]`).count()).toBeGreaterThanOrEqual(7);
    await page.click(byTestId("mark-done-2"));
    await page.waitForSelector(`${byTestId("status-2")}:text-is("เสร็จแล้ว")`);
    const badge = await page.$eval(byTestId("status-2"), (e) => ({ sw: e.scrollWidth, cw: e.clientWidth, sh: e.scrollHeight, ch: e.clientHeight }));
    expect(badge.sw).toBeLessThanOrEqual(badge.cw);
    expect(badge.sh).toBeLessThanOrEqual(badge.ch);
    await s.shot("edges-schedule-done-320");
  });

  it("the Thai view has no English notes and no Gregorian dates; the English view shows rates in English", async () => {
    await paneWidth(page, 380);
    await page.click(byTestId("lang-th"));
    const found: string[] = [];
    for (const tab of TABS) {
      await openTab(page, tab);
      const text = await page.evaluate(visibleText, PANE);
      const lines = englishLines(text);
      if (lines.length) found.push(`th ${tab}: English in ${lines.slice(0, 6).join(" | ")}`);
      for (const re of GREGORIAN) {
        const m = re.exec(text);
        if (m) found.push(`th ${tab}: Gregorian date "${m[0]}"`);
      }
    }
    await openTab(page, "rates");
    expect(await page.textContent(byTestId("rates-list"))).toMatch(/ต่อคน\/มื้อ/);
    await page.click(byTestId("lang-en"));
    await openTab(page, "rates");
    // the rates tab in English: rule names, units, sources and notes all English (the language switch says ไทย)
    const rates = await page.evaluate(visibleText, byTestId("panel-rates"));
    const thaiLines = rates.split("\n").filter((l) => THAI.test(l));
    if (thaiLines.length) found.push(`en rates: Thai text: ${thaiLines.slice(0, 5).join(" | ")}`);
    expect(rates).toMatch(/35\.00 baht per person\/meal|35 baht per person\/meal/);
    for (const tab of ["template", "import"] as const) {
      await openTab(page, tab);
      const text = await page.evaluate(visibleText, byTestId(`panel-${tab}`));
      const lines = text.split("\n").filter((l) => THAI.test(l));
      if (lines.length) found.push(`en ${tab}: Thai text: ${lines.slice(0, 5).join(" | ")}`);
    }
    await page.click(byTestId("lang-th"));
    expect(found).toEqual([]);
  });

  it("grid: Enter and Escape leave the view where it was (no jump back to column A)", async () => {
    await page.click(byTestId("sheet-tab-งบประมาณ"));
    const scroller = page.locator(byTestId("grid-scroll"));
    await scroller.evaluate((el) => (el.scrollLeft = 500));
    const before = await scroller.evaluate((el) => el.scrollLeft);
    expect(before).toBeGreaterThan(0);
    await page.dblclick(byTestId("cell-งบประมาณ!L10"));
    await page.keyboard.press("End");
    await page.keyboard.press("Enter");
    await page.waitForSelector(`${byTestId("cell-งบประมาณ!L11")}[aria-selected="true"]`);
    expect(await scroller.evaluate((el) => el.scrollLeft)).toBe(before);
    await page.keyboard.press("F2");
    await page.waitForSelector(byTestId("cell-editor"));
    await page.keyboard.press("Escape");
    await page.waitForSelector(byTestId("cell-editor"), { state: "detached" });
    expect(await scroller.evaluate((el) => el.scrollLeft)).toBe(before);
    // arrows keep the selected cell in view
    await page.keyboard.press("ArrowRight");
    await page.waitForSelector(`${byTestId("cell-งบประมาณ!M11")}[aria-selected="true"]`);
    const inView = await page.$eval(byTestId("cell-งบประมาณ!M11"), (cell) => {
      const r = cell.getBoundingClientRect();
      const v = (document.querySelector('[data-testid="grid-scroll"]') as HTMLElement).getBoundingClientRect();
      return { inside: r.left >= v.left && r.right <= v.right, cell: [r.left, r.right], view: [v.left, v.right] };
    });
    expect(inView).toEqual(expect.objectContaining({ inside: true }));
  });

  it("grid: a date cell shows its date in the formula bar, and a date typed that way stays a date", async () => {
    await page.click(byTestId("lang-th"));
    await page.click(byTestId("sheet-tab-อัตรา"));
    // the rates sheet's "in force from" column holds dates
    const dateCell = page.locator('[data-testid^="cell-อัตรา!"]', { hasText: /^\d{1,2} [ก-๙.]+ 25\d\d$/ }).first();
    const shown = (await dateCell.textContent()) ?? "";
    await dateCell.click();
    const bar = await page.inputValue(byTestId("formula-bar"));
    expect(bar).toMatch(/^\d{1,2}\/\d{1,2}\/25\d\d$/);
    expect(shown.endsWith(bar.split("/")[2])).toBe(true);
    await page.keyboard.press("F2");
    await page.fill(byTestId("cell-editor"), "1/11/2568");
    await page.keyboard.press("Enter");
    await page.waitForFunction((id) => document.querySelector(`[data-testid="${id}"]`)?.textContent === "1 พ.ย. 2568", await dateCell.getAttribute("data-testid"));
    await page.keyboard.press("ArrowUp");
    expect(await page.inputValue(byTestId("formula-bar"))).toBe("1/11/2568");
    await page.click(byTestId("lang-en"));
    await page.waitForFunction(() => (document.querySelector('[data-testid="formula-bar"]') as HTMLInputElement).value === "1/11/2025");
    await page.click(byTestId("lang-th"));
    await page.keyboard.press("Control+z").catch(() => undefined);
  });

  it("grid: a long title runs into the empty cells to its right", async () => {
    await page.click(byTestId("sheet-tab-โครงการ"));
    const a1 = page.locator(byTestId("cell-โครงการ!A1"));
    const m = await a1.evaluate((td) => {
      const range = document.createRange();
      range.selectNodeContents(td);
      const text = range.getBoundingClientRect();
      const cell = td.getBoundingClientRect();
      const b1 = document.querySelector('[data-testid="cell-โครงการ!B1"]') as HTMLElement;
      return { textWidth: text.width, cellWidth: cell.width, b1Empty: b1.textContent === "", visibleRight: Math.min(text.right, (td.firstElementChild ?? td).getBoundingClientRect().right) - cell.left };
    });
    expect(m.b1Empty).toBe(true);
    expect(m.textWidth).toBeGreaterThan(m.cellWidth);
    expect(m.visibleRight).toBeGreaterThan(m.cellWidth + 20);
    // a click on the empty cell under the run-on text selects that cell
    await page.click(byTestId("cell-โครงการ!B1"));
    await page.waitForSelector(`${byTestId("cell-โครงการ!B1")}[aria-selected="true"]`);
    await paneWidth(page, 320);
    await s.shot("edges-grid-title");
  });

  it("grid: Tab from the pane's last control goes on into the grid; F6 switches between pane and grid", async () => {
    await openTab(page, "rates");
    // the grid follows the pane in the page's order (it is shown on the left by the layout, as in Excel)
    expect(
      await page.evaluate(() => {
        const pane = document.querySelector('[data-testid="pane"]') as HTMLElement;
        const grid = document.querySelector('[data-testid="preview-grid"]') as HTMLElement;
        const order = !!(pane.compareDocumentPosition(grid) & Node.DOCUMENT_POSITION_FOLLOWING);
        return order && grid.getBoundingClientRect().right <= pane.getBoundingClientRect().left + 1;
      }),
    ).toBe(true);
    await page.evaluate(() => {
      const pane = document.querySelector('[data-testid="pane"]') as HTMLElement;
      const focusables = Array.from(pane.querySelectorAll<HTMLElement>("button, input, select, textarea, a[href], [tabindex]")).filter(
        (e) => !(e as HTMLButtonElement).disabled && e.tabIndex >= 0 && e.getClientRects().length > 0 && !e.closest("[data-tabster-dummy]"),
      );
      focusables[focusables.length - 1].focus();
    });
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => !!document.activeElement?.closest('[data-testid="preview-grid"]'))).toBe(true);
    // F6 back to the pane's current tab, and again to the grid
    await page.keyboard.press("F6");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("tab-rates");
    // the arrow keys move along the tab row, round from the last to the first, without choosing
    await page.keyboard.press("ArrowRight");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("tab-validate");
    expect(await page.getAttribute(byTestId("tab-rates"), "aria-selected")).toBe("true");
    await page.keyboard.press("ArrowLeft");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("tab-rates");
    await page.keyboard.press("F6");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("grid-input");
    // and from the formula bar too (leaving it ends the edit without pulling the focus back)
    await page.click(byTestId("formula-bar"));
    await page.keyboard.press("F6");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("data-testid"))).toBe("tab-rates");
  });

  it("made no request outside localhost and threw no page errors", () => {
    expect(s.outside).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
