/**
 * End-to-end: undo never writes over what the user typed after a fix (the blind tester's case), and each step
 * has one undo control, on the tab that made it. The production build of the pane beside the browser preview, in
 * Debian's Chromium (playwright-core). A month is typed as text the sheet cannot read into กิจกรรม!D7, the pane's
 * one-click fix turns it into a date, then another month is typed over it in the grid: the fix's undo is
 * disabled and says which cell changed; the typing stays. Screenshots go to test-artifacts/e2e/.
 */
import type { Page } from "playwright-core";
import { byTestId, openPreview, settled, typeInCell, type PreviewSession } from "./kit";

const CELL = "กิจกรรม!D7";

describe("undo after the user typed in a fixed cell (Chromium)", () => {
  let session: PreviewSession;
  let page: Page;
  const monthFinding = () => page.locator(`${byTestId("finding")}[data-rule="month-as-text"][data-cell="${CELL}"]`);
  const type = (ref: string, text: string) => typeInCell(page, ref, text);

  beforeAll(async () => {
    session = await openPreview({ width: 1280, height: 900 });
    page = session.page;
  }, 15 * 60 * 1000);

  afterAll(async () => {
    await session?.close();
  });

  it("the fix's result sits above the list, outside the counted groups, with one short undo", async () => {
    await page.click(byTestId("tab-template"));
    await page.check(byTestId("template-example"));
    await page.click(byTestId("template-insert"));
    await page.waitForSelector(byTestId("validate-summary"));
    await page.click(byTestId("sheet-tab-กิจกรรม"));
    await type(CELL, "มีนาคม 2560");
    await monthFinding().waitFor();
    await settled(page);
    await monthFinding().locator("xpath=..").locator(byTestId("fix-button")).click();
    await page.waitForSelector(byTestId("fix-result"));
    await monthFinding().waitFor({ state: "detached" });
    await settled(page);
    const layout = await page.evaluate(() => {
      const result = document.querySelector('[data-testid="fix-result"]')!;
      const groups = [...document.querySelectorAll('[data-testid^="group-"]')];
      return {
        insideGroup: result.closest('[data-testid^="group-"]') !== null,
        counts: groups.map((g) => [Number(g.querySelector("span")?.textContent), g.querySelectorAll('[data-testid="finding"]').length]),
        undoButtons: [...document.querySelectorAll('[data-testid="taskpane"] button')].filter((b) => b.textContent?.startsWith("เลิกทำ")).map((b) => b.textContent),
      };
    });
    expect(layout.insideGroup).toBe(false);
    for (const [shown, cards] of layout.counts) expect(shown).toBe(cards);
    expect(layout.undoButtons).toEqual(["เลิกทำ"]);
    await session.shot("undo-01-fixed");
  });

  it("typing over the fixed cell disables its undo, naming the cell; the typing is never overwritten", async () => {
    await type(CELL, "ธ.ค. 2560");
    await page.waitForSelector(byTestId("undo-blocked"));
    await settled(page);
    expect(await page.getAttribute(byTestId("fix-undo"), "aria-disabled")).toBe("true");
    expect(await page.textContent(byTestId("undo-blocked"))).toBe(`เซลล์ ${CELL} ถูกแก้ไขหลังจากแก้ให้แล้ว จึงไม่เลิกทำ (ไม่เขียนทับสิ่งที่พิมพ์ใหม่)`);
    const typed = await page.locator(byTestId(`cell-${CELL}`)).innerText();
    await page.click(byTestId("fix-undo"), { force: true });
    await settled(page);
    expect(await page.locator(byTestId(`cell-${CELL}`)).innerText()).toBe(typed);
    expect(typed).not.toContain("มีนาคม");
    await session.shot("undo-02-blocked");
  });

  it("a tab's notice with its undo does not follow the user to another tab", async () => {
    await page.click(byTestId("tab-indicators"));
    await page.locator(byTestId("indicators-generate")).waitFor();
    await settled(page);
    await page.click(byTestId("indicators-generate"));
    await page.waitForSelector(`${byTestId("notice")}:has-text("ตัวชี้วัด")`);
    await page.waitForSelector(byTestId("notice-undo"));
    await page.click(byTestId("tab-schedule"));
    await page.waitForSelector(byTestId("timeline"));
    expect(await page.locator(byTestId("notice")).count()).toBe(0);
    expect(await page.locator(byTestId("notice-undo")).count()).toBe(0);
  });

  it("made no request outside localhost and threw no page errors", () => {
    expect(session.outside).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
