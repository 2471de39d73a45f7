/**
 * End-to-end, issue 15 item 2 and the seventh blind test's items 1–2, in Chromium against the browser preview: the
 * planner types a line on the printable proposal, then makes the rationale longer in the grid; the check tab warns
 * that the proposal was laid out for other text, naming the part, and offers one button; it lays the sheet out
 * again, keeping the old one (which holds the typed line) as a dated copy right after, its calendar marked and no cell
 * an error (the eighth blind test's item 1); the notice's undo puts it back.
 * Screenshots: test-artifacts/e2e/proposal-*.png.
 */
import type { Page } from "playwright-core";
import { seedPlan } from "../../src/core/examples/seed2560";
import { buildWorkbookSpec } from "../../src/workbook";
import { byTestId, columnTexts, openPreview, settled, type PreviewSession } from "./kit";

const P = "แบบเสนอโครงการ";
const tabs = (page: Page) => page.$$eval('[role="tablist"] [data-testid^="sheet-tab-"]', (els) => els.map((e) => e.textContent ?? ""));

/** Where the template puts the rationale (the cell holding the seed's text). */
function rationaleCell(): { sheet: string; cell: string; text: string } {
  const text = seedPlan().project.rationale!;
  for (const s of buildWorkbookSpec(seedPlan(), { lang: "th" }).sheets) {
    const c = s.cells.find((x) => x.value === text);
    if (c) return { sheet: s.name, cell: c.address, text };
  }
  throw new Error("no rationale cell");
}

describe("the printable proposal laid out again from the pane (Chromium, browser preview)", () => {
  let s: PreviewSession;
  let page: Page;

  beforeAll(async () => {
    s = await openPreview({ width: 1280, height: 800 });
    page = s.page;
  }, 15 * 60 * 1000);

  afterAll(async () => {
    await s?.close();
  });

  it("a line typed on the proposal, a longer rationale typed in the grid: the check tab offers to lay the proposal out again", async () => {
    await page.click(byTestId("tab-template"));
    await page.check(byTestId("template-example"));
    await page.click(byTestId("template-insert"));
    await page.locator(`${byTestId("finding")}[data-rule="line-amount-mismatch"]`).first().waitFor();
    const before = await tabs(page);
    expect(before).toContain(P);
    await page.click(byTestId(`sheet-tab-${P}`));
    await page.dblclick(byTestId(`cell-${P}!A3`));
    await page.fill(byTestId("cell-editor"), "เสนอที่ประชุมครู");
    await page.press(byTestId("cell-editor"), "Enter");
    const r = rationaleCell();
    await page.click(byTestId(`sheet-tab-${r.sheet}`));
    await page.dblclick(byTestId(`cell-${r.sheet}!${r.cell}`));
    await page.fill(byTestId("cell-editor"), `${r.text} ${r.text} ${r.text}`);
    await page.press(byTestId("cell-editor"), "Enter");
    await page.click(byTestId("tab-validate"));
    const banner = page.locator(byTestId("proposal-stale"));
    await banner.waitFor({ timeout: 60_000 });
    expect(await banner.innerText()).toContain(`ข้อมูลโครงการเปลี่ยนหลังจัดหน้าแผ่นงาน ${P} (หลักการและเหตุผล)`);
    await s.shot("proposal-01-offered");
  });

  it("one button: the new layout takes the sheet's place, the old one is kept right after it; undo puts it back", async () => {
    await settled(page);
    const before = await tabs(page);
    const at = before.indexOf(P);
    await page.click(byTestId("proposal-relayout"));
    await page.locator(byTestId("notice")).waitFor({ timeout: 60_000 });
    await page.locator(byTestId("proposal-stale")).waitFor({ state: "detached" });
    const after = await tabs(page);
    const kept = after[at + 1];
    expect(after[at]).toBe(P);
    expect(kept).toMatch(/^แบบเสนอโครงการ \(เดิม \d\d\/\d\d\/\d\d\)$/);
    expect(after.filter((n) => n !== kept)).toEqual(before);
    expect(await page.locator(byTestId("notice")).innerText()).toContain(`ฉบับเดิมเก็บไว้ในแผ่นงาน ${kept}`);
    await page.click(byTestId(`sheet-tab-${P}`));
    await settled(page);
    // the new layout computes (the preview's HyperFormula): its calendar (columns C–N, ต.ค.–ก.ย.) marks the
    // activities' months and no cell of the sheet shows an error (it was #ERROR! in every month: 'กิจกรรม'!$$5)
    // one column after the other: each scrolls the grid from its top
    const columns: Map<number, string>[] = [];
    for (const c of "ABCDEFGHIJKLMNO") columns.push(await columnTexts(page, P, c));
    const texts = columns.flatMap((m) => [...m.values()]);
    expect(texts.filter((t) => t.startsWith("#"))).toEqual([]);
    expect(columns.slice(2, 14).some((m) => [...m.values()].includes("●"))).toBe(true);
    await s.shot("proposal-02-laid-out-again");

    await page.click(byTestId("notice-undo"));
    await page.locator(byTestId(`sheet-tab-${kept}`)).waitFor({ state: "detached", timeout: 60_000 });
    await page.locator(byTestId("proposal-stale")).waitFor({ timeout: 60_000 });
    expect(await tabs(page)).toEqual(before);
    await s.shot("proposal-03-undone");
    expect(s.outside).toEqual([]);
    expect(s.pageErrors).toEqual([]);
  });
});
