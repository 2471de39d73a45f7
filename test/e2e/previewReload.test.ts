/**
 * The preview workbook across a reload (src/adapters/preview/persist.ts), in Chromium: with changes not yet
 * downloaded, leaving the page asks first (the browser's beforeunload prompt); the page reloaded in the same tab
 * restores the workbook, says so, and the pane checks it again; after a download, leaving does not ask; a new tab
 * starts from an empty workbook. Screenshot: test-artifacts/e2e/reload-01-restored.png.
 */
import type { Dialog, Page } from "playwright-core";
import { byTestId, openPreview, settled, type PreviewSession } from "./kit";

describe("the preview across a reload (Chromium)", () => {
  let s: PreviewSession;
  let page: Page;
  const dialogs: string[] = [];
  const onDialog = (d: Dialog) => {
    dialogs.push(d.type());
    void d.accept();
  };

  beforeAll(async () => {
    s = await openPreview({ width: 1280, height: 800 });
    page = s.page;
    page.on("dialog", onDialog);
  }, 15 * 60 * 1000);

  afterAll(async () => {
    await s?.close();
  });

  const mismatchAtJ9 = `${byTestId("finding")}[data-rule="line-amount-mismatch"][data-cell="งบประมาณ!J9"]`;

  it("a fresh preview is not restored, and leaving it asks nothing", async () => {
    expect(await page.locator(byTestId("preview-restored")).count()).toBe(0);
    await page.click(byTestId("tab-template")); // an interaction (browsers prompt only after one)
    await page.reload();
    await settled(page);
    expect(dialogs).toEqual([]);
    expect(await page.locator(byTestId("preview-restored")).count()).toBe(0);
  });

  it("with an edit not downloaded, a reload asks first; the reloaded page restores the workbook and checks it again", async () => {
    await page.click(byTestId("tab-template"));
    await page.check(byTestId("template-example"));
    await page.click(byTestId("template-insert"));
    await settled(page);
    await page.click(byTestId("sheet-tab-งบประมาณ"));
    await page.dblclick(byTestId("cell-งบประมาณ!J9"));
    await page.fill(byTestId("cell-editor"), "2300");
    await page.press(byTestId("cell-editor"), "Enter");
    await page.locator(mismatchAtJ9).waitFor();
    await page.reload();
    // the reload finished only after the prompt was answered (accepted by the handler above)
    expect(dialogs).toEqual(["beforeunload"]);
    await settled(page);
    await page.locator(byTestId("preview-restored")).waitFor();
    expect(await page.locator(byTestId("preview-restored")).innerText()).toContain("กู้คืน");
    // the typed number is back, with what the pane found about it
    await page.click(byTestId("sheet-tab-งบประมาณ"));
    await page.click(byTestId("cell-งบประมาณ!J9"));
    await page.waitForFunction(() => /2,?300/.test((document.querySelector('[data-testid="formula-bar"]') as HTMLInputElement | null)?.value ?? ""));
    await page.click(byTestId("tab-validate"));
    await page.locator(mismatchAtJ9).waitFor();
    await s.shot("reload-01-restored");
  });

  it("still unsaved after the restore; once downloaded, leaving asks nothing", async () => {
    dialogs.length = 0;
    await page.click(byTestId("sheet-tab-งบประมาณ")); // an interaction on the reloaded page
    await Promise.all([page.waitForEvent("download"), page.click(byTestId("preview-download"))]);
    await page.waitForSelector(`${byTestId("preview-download")}:not([disabled])`);
    await page.reload();
    await settled(page);
    expect(dialogs).toEqual([]);
    // still restored (the storage keeps the downloaded state too)
    await page.locator(byTestId("preview-restored")).waitFor();
  });

  it("a new tab starts from an empty workbook", async () => {
    const other = await s.context.newPage();
    await other.goto(`${s.origin}/taskpane.html`);
    await other.waitForSelector(byTestId("preview-grid"));
    await settled(other);
    expect(await other.locator(byTestId("preview-restored")).count()).toBe(0);
    expect(await other.locator('[data-testid="sheet-tab-งบประมาณ"]').count()).toBe(0);
    await other.close();
    expect(s.pageErrors).toEqual([]);
  });
});
