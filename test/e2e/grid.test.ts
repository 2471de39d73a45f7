/**
 * End-to-end: the preview grid behaves like Excel where the add-in's checks and the template's readability
 * depend on it (Chromium, the production build, ./kit.ts). Thai digits typed into a number cell stay text,
 * so the bad-number check finds them; each sheet keeps its own scroll position; the template's headers are
 * not cut (wrapped text makes its row higher, as Excel does); sheet tabs that do not fit can be scrolled.
 */
import type { Page } from "playwright-core";
import { byTestId, openPreview, settled, type PreviewSession } from "./kit";

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

const box = async (page: Page, selector: string): Promise<Box> =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { left: r.left, right: r.right, top: r.top, bottom: r.bottom };
  });

describe("the preview grid (Chromium)", () => {
  let session: PreviewSession;
  let page: Page;
  const cell = (ref: string) => byTestId(`cell-${ref}`);
  const finding = (rule: string, ref: string) => page.locator(`${byTestId("finding")}[data-rule="${rule}"][data-cell="${ref}"]`);

  beforeAll(async () => {
    session = await openPreview();
    page = session.page;
    await page.click(byTestId("tab-template"));
    await page.check(byTestId("template-example"));
    await page.click(byTestId("template-insert"));
    await page.waitForSelector(byTestId("validate-summary"));
    await settled(page);
  }, 15 * 60 * 1000);

  afterAll(async () => {
    await session?.close();
  });

  it("Thai digits typed into a number cell stay text, as in Excel: the bad-number finding appears, and its fix makes the number", async () => {
    await page.click(byTestId("sheet-tab-งบประมาณ"));
    expect(await finding("bad-number", "งบประมาณ!F6").count()).toBe(0);
    await page.dblclick(cell("งบประมาณ!F6"));
    await page.fill(byTestId("cell-editor"), "๓๐");
    await page.press(byTestId("cell-editor"), "Enter");
    await page.click(cell("งบประมาณ!F6"));
    expect(await page.inputValue(byTestId("formula-bar"))).toBe("๓๐");
    await settled(page);
    const typed = finding("bad-number", "งบประมาณ!F6");
    await typed.waitFor();
    await session.shot("grid-01-thai-digits");
    await typed.locator("xpath=..").locator(byTestId("fix-button")).click();
    await typed.waitFor({ state: "detached" });
    await page.click(cell("งบประมาณ!F6"));
    expect(await page.inputValue(byTestId("formula-bar"))).toBe("30");
    await settled(page);
  });

  it("Ctrl+Z undoes what was typed and Ctrl+Y types it again, as in Excel", async () => {
    await page.click(byTestId("sheet-tab-งบประมาณ"));
    await page.click(cell("งบประมาณ!F7"));
    const before = await page.inputValue(byTestId("formula-bar"));
    await page.dblclick(cell("งบประมาณ!F7"));
    await page.fill(byTestId("cell-editor"), "777");
    await page.press(byTestId("cell-editor"), "Enter");
    await page.waitForSelector(`${cell("งบประมาณ!F7")}:text-is("777")`);
    await page.keyboard.press("Control+z");
    await page.waitForSelector(`${cell("งบประมาณ!F7")}[aria-selected="true"]`);
    expect(await page.inputValue(byTestId("formula-bar"))).toBe(before);
    await page.keyboard.press("Control+y");
    await page.waitForSelector(`${cell("งบประมาณ!F7")}:text-is("777")`);
    await page.keyboard.press("Control+z");
    await page.waitForFunction(([sel, text]) => document.querySelector<HTMLInputElement>(sel)!.value === text, [byTestId("formula-bar"), before] as const);
    await settled(page);
  });

  it("each sheet keeps its own scroll position; a sheet shown first starts at A1, column A whole beside the row numbers", async () => {
    await page.click(byTestId("sheet-tab-งบประมาณ"));
    const scroller = byTestId("grid-scroll");
    await page.$eval(scroller, (el) => {
      el.scrollLeft = 600;
    });
    await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLElement).scrollLeft >= 600, scroller);
    for (const sheet of ["โครงการ", "ตัวชี้วัด", "กิจกรรม"]) {
      await page.click(byTestId(`sheet-tab-${sheet}`));
      await page.waitForSelector(cell(`${sheet}!A4`));
      expect(await page.$eval(scroller, (el) => el.scrollLeft)).toBe(0);
      const frame = await box(page, scroller);
      const rowNumber = await box(page, `${scroller} tbody th`);
      const a = await box(page, cell(`${sheet}!A4`));
      // column A starts where the row numbers end (nothing of it hidden under them) and is inside the view
      expect(a.left).toBeGreaterThanOrEqual(rowNumber.right - 0.5);
      expect(a.left).toBeLessThan(rowNumber.right + 2);
      expect(a.right).toBeLessThanOrEqual(frame.right);
      expect(rowNumber.left).toBeGreaterThanOrEqual(frame.left - 0.5);
    }
    await page.click(byTestId("sheet-tab-โครงการ"));
    await session.shot("grid-02-project-after-budget-scrolled");
    // back on the budget sheet: where it was left
    await page.click(byTestId("sheet-tab-งบประมาณ"));
    await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLElement).scrollLeft >= 600, scroller);
  });

  it("the template's headers and labels are not cut: each fits its cell (wrapped ones in a higher row)", async () => {
    const cutIn = (sheet: string, rows: number[]) =>
      page.evaluate(
        ([name, rs]) => {
          const out: string[] = [];
          for (const td of Array.from(document.querySelectorAll<HTMLElement>(`[data-testid^="cell-${name}!"]`))) {
            const ref = td.dataset.testid!.slice(`cell-${name}!`.length);
            const row = Number(ref.replace(/^[A-Z]+/, ""));
            if (!rs.includes(row) || !td.textContent) continue;
            if (td.scrollWidth > td.clientWidth + 1 || td.scrollHeight > td.clientHeight + 1) out.push(`${ref} "${td.textContent}" ${td.scrollWidth}×${td.scrollHeight} in ${td.clientWidth}×${td.clientHeight}`);
          }
          return out;
        },
        [sheet, rows] as const,
      );
    await page.click(byTestId("sheet-tab-งบประมาณ"));
    await page.$eval(byTestId("grid-scroll"), (el) => {
      el.scrollLeft = 0;
    });
    for (const sheet of ["งบประมาณ", "กิจกรรม", "ตัวชี้วัด"]) {
      await page.click(byTestId(`sheet-tab-${sheet}`));
      await page.waitForSelector(cell(`${sheet}!A4`));
      // the header row (4) and, on the activities sheet, the period note above the months (3)
      expect(await cutIn(sheet, sheet === "กิจกรรม" ? [3, 4] : [4])).toEqual([]);
      await session.shot(`grid-03-headers-${sheet}`);
    }
    // the project sheet's labels in column A (the values are in B, so a label cannot run on)
    await page.click(byTestId("sheet-tab-โครงการ"));
    const labels = await page.$$eval('[data-testid^="cell-โครงการ!A"]', (els) =>
      els.filter((e) => e.textContent && (e as HTMLElement).scrollWidth > (e as HTMLElement).clientWidth + 1 && e.nextElementSibling?.textContent).map((e) => e.textContent),
    );
    expect(labels).toEqual([]);
  });

  it("wrapped text in the table stays in its cell (it does not run over the next columns)", async () => {
    await page.click(byTestId("sheet-tab-ตัวชี้วัด"));
    await page.waitForSelector(cell("ตัวชี้วัด!A4"));
    const spill = await page.$$eval('[data-testid^="cell-ตัวชี้วัด!"]', (els) =>
      els
        .filter((e) => /![A-Z]+([5-9]|\d\d)$/.test(e.getAttribute("data-testid")!) && e.textContent)
        .filter((e) => Array.from(e.querySelectorAll("*")).some((c) => c.getBoundingClientRect().right > e.getBoundingClientRect().right + 1) || getComputedStyle(e).overflow === "visible")
        .map((e) => e.getAttribute("data-testid")),
    );
    expect(spill).toEqual([]);
  });

  it("sheet tabs that do not fit scroll with arrows, and the active tab is brought into view", async () => {
    await page.setViewportSize({ width: 900, height: 860 });
    await page.click(byTestId("sheet-tab-โครงการ"));
    const strip = byTestId("sheet-tabs");
    await page.waitForFunction((sel) => {
      const el = document.querySelector(sel) as HTMLElement;
      return el.scrollWidth > el.clientWidth;
    }, strip);
    await page.waitForSelector(`${byTestId("sheet-tabs-right")}:not([disabled])`);
    await page.waitForSelector(`${byTestId("sheet-tabs-left")}[disabled]`);
    const last = byTestId("sheet-tab-อัตรา");
    const hidden = async () => (await box(page, last)).right - (await box(page, strip)).right;
    expect(await hidden()).toBeGreaterThan(1);
    for (let i = 0; i < 10 && (await page.isEnabled(byTestId("sheet-tabs-right"))); i++) await page.click(byTestId("sheet-tabs-right"));
    // at the end of the strip: the last tab whole, the right arrow off
    expect(await hidden()).toBeLessThanOrEqual(1);
    expect(await page.isEnabled(byTestId("sheet-tabs-right"))).toBe(false);
    await page.waitForSelector(`${byTestId("sheet-tabs-left")}:not([disabled])`);
    await page.click(last);
    await page.waitForSelector(`${last}[aria-selected="true"]`);
    await session.shot("grid-04-tabs-scrolled");
    await page.setViewportSize({ width: 1280, height: 860 });
  });

  it("threw no page errors and made no request outside localhost", () => {
    expect(session.pageErrors).toEqual([]);
    expect(session.outside).toEqual([]);
  });
});
