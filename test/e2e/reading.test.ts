/**
 * End-to-end (issue 9): "What was read" in the production build of the pane beside the browser preview, in
 * Debian's Chromium (playwright-core). A hand-made budget table is typed into the preview grid; its
 * unit-cost column has a header the reader does not know. The pane shows how each column was read; the
 * user takes that column as the unit cost and saves; the choice goes to the add-in's hidden mapping sheet
 * (no tab, no user cell written), the check finds the wrong amount it now can, and undo takes it back.
 * Screenshots go to test-artifacts/e2e/.
 */
import type { Page } from "playwright-core";
import { byTestId, openPreview, settled, type PreviewSession } from "./kit";

const CELLS: [string, string][] = [
  ["A1", "ชื่อโครงการ"],
  ["B1", "ทดสอบการอ่าน"],
  ["A2", "ปีงบประมาณ"],
  ["B2", "2567"],
  ["A4", "ที่"],
  ["B4", "รายการ"],
  ["C4", "จำนวน"],
  ["D4", "ค่าละ"],
  ["E4", "จำนวนเงิน"],
  ["A5", "1"],
  ["B5", "ค่าอาหารว่าง"],
  ["C5", "20"],
  ["D5", "30"],
  ["E5", "900"],
  ["A6", "2"],
  ["B6", "ค่าเอกสาร"],
  ["C6", "20"],
  ["D6", "10"],
  ["E6", "200"],
];

describe("What was read, corrected in the pane (Chromium)", () => {
  let session: PreviewSession;
  let page: Page;
  const shot = (name: string) => session.shot(name);

  beforeAll(async () => {
    session = await openPreview({ width: 1280, height: 900 });
    page = session.page;
  }, 15 * 60 * 1000);

  afterAll(async () => {
    await session?.close();
  });

  it("shows how a hand-made table typed in the grid was read", async () => {
    // with no plan in the workbook the pane opens on the template tab (issue 11, first open): go to the check tab
    await page.waitForSelector(byTestId("tab-validate"));
    await page.click(byTestId("tab-validate"));
    await page.waitForSelector(byTestId("validate-no-plan"));
    for (const [cell, text] of CELLS) {
      await page.dblclick(byTestId(`cell-Sheet1!${cell}`));
      await page.fill(byTestId("cell-editor"), text);
      await page.press(byTestId("cell-editor"), "Enter");
    }
    await page.click(byTestId("validate-run"));
    await page.waitForSelector(byTestId("reading"));
    await page.click(byTestId("reading-open"));
    await page.waitForSelector(byTestId("reading-table-0"));
    // the live check of the last cell typed and the check asked for are done: the table shows what they read
    await settled(page);
    expect(await page.textContent(byTestId("reading-table-0"))).toContain("Sheet1");
    expect(await page.inputValue(byTestId("reading-role-B"))).toBe("item");
    // the choice shown follows what is read again (D is no longer the unit cost)
    await page.waitForFunction((sel) => (document.querySelector(sel) as HTMLSelectElement | null)?.value === "", byTestId("reading-role-D"));
    await settled(page);
    expect(await page.inputValue(byTestId("reading-role-D"))).toBe("");
    expect(await page.inputValue(byTestId("reading-role-E"))).toBe("amount");
    expect(await page.locator(`${byTestId("finding")}[data-rule="line-amount-mismatch"]`).count()).toBe(0);
    await page.locator(byTestId("reading")).scrollIntoViewIfNeeded();
    await shot("10-reading");
  });

  it("a column taken as the unit cost is saved in the hidden mapping sheet, checked with, and undone", async () => {
    await settled(page);
    await page.selectOption(byTestId("reading-role-D"), "unitCost");
    await page.click(byTestId("reading-save-0"));
    await page.waitForSelector(byTestId("reading-corrected"));
    // 20 × 30 = 600, stated 900: found now that D is the unit cost
    await page.locator(`${byTestId("finding")}[data-rule="line-amount-mismatch"][data-cell="Sheet1!E5"]`).waitFor();
    // the add-in's sheet is hidden: no tab for it
    expect(await page.locator(byTestId("sheet-tab-_budgetplan_mapping")).count()).toBe(0);
    expect(await page.textContent(byTestId("cell-Sheet1!D4"))).toBe("ค่าละ");
    await page.locator(byTestId("reading")).scrollIntoViewIfNeeded();
    await shot("11-reading-corrected");
    await page.click(byTestId("notice-undo"));
    await page.waitForSelector(byTestId("reading-corrected"), { state: "detached" });
    await page.locator(`${byTestId("finding")}[data-rule="line-amount-mismatch"]`).first().waitFor({ state: "detached" });
    expect(await page.inputValue(byTestId("reading-role-D"))).toBe("");
  });

  it("made no request outside localhost and threw no page errors", () => {
    expect(session.outside).toEqual([]);
    expect(session.pageErrors).toEqual([]);
  });
});
