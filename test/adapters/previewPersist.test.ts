/**
 * The preview workbook across a reload (src/adapters/preview/persist.ts), with a fake page window: what is kept
 * in the tab's storage when the page goes away, what the next load restores, and when leaving asks first.
 * (test/e2e/previewReload.test.ts does the same in Chromium.)
 */
import { openPreviewHost, keeperOf, STORAGE_KEY, type PageWindow } from "../../src/adapters/preview/persist";
import { seedPlan } from "../../src/core/examples/seed2560";
import { buildWorkbookSpec, validateWorkbook } from "../../src/workbook";

/** A page window: its sessionStorage survives "reloads" (new windows over the same store). */
function fakePage(store: Map<string, string>) {
  const listeners = new Map<string, ((e: Event) => void)[]>();
  const win: PageWindow = {
    sessionStorage: {
      getItem: (k) => store.get(k) ?? null,
      setItem: (k, v) => void store.set(k, v),
      removeItem: (k) => void store.delete(k),
    },
    addEventListener: (type, l) => listeners.set(type, [...(listeners.get(type) ?? []), l as (e: Event) => void]),
  };
  /** Fires beforeunload: whether the page asked to stay (the prompt). */
  const leaving = () => {
    let asked = false;
    const e = { preventDefault: () => (asked = true), returnValue: undefined } as unknown as Event;
    for (const l of listeners.get("beforeunload") ?? []) l(e);
    for (const l of listeners.get("pagehide") ?? []) l({} as Event);
    return asked;
  };
  return { win, leaving };
}

const keys = (snap: Parameters<typeof validateWorkbook>[0]) =>
  validateWorkbook(snap, { today: { year: 2559, month: 10 } })
    .findings.map((f) => `${f.rule} ${f.sheet}!${f.cell}`)
    .sort();

test("an untouched preview keeps nothing and leaving asks nothing", () => {
  const store = new Map<string, string>();
  const page = fakePage(store);
  const host = openPreviewHost(page.win);
  expect(keeperOf(host.workbook)?.restored).toBe(false);
  expect(page.leaving()).toBe(false);
  expect(store.has(STORAGE_KEY)).toBe(false);
  host.workbook.destroy();
});

test("changes not downloaded: leaving asks; the next load restores the workbook (cells, hidden sheets, stamp) with the same findings", async () => {
  const store = new Map<string, string>();
  const first = fakePage(store);
  const host = openPreviewHost(first.win);
  await host.insertTemplate(buildWorkbookSpec(seedPlan(), { lang: "th" }), "fail");
  host.workbook.setCellInput("งบประมาณ", "J9", "2300");
  host.workbook.setActiveSheet("งบประมาณ");
  expect(first.leaving()).toBe(true);
  expect(store.has(STORAGE_KEY)).toBe(true);

  const second = fakePage(store);
  const back = openPreviewHost(second.win);
  const k = keeperOf(back.workbook)!;
  expect(k.restored).toBe(true);
  expect(k.dirty).toBe(true); // still not downloaded
  expect(back.workbook.sheetNames()).toEqual(host.workbook.sheetNames());
  expect(back.workbook.visibleSheetNames()).toEqual(host.workbook.visibleSheetNames());
  expect(back.workbook.activeSheet).toBe("งบประมาณ");
  expect(back.workbook.readCell("งบประมาณ", "J9").value).toBe(2300);
  expect(back.workbook.readCell("งบประมาณ", "J5").formula).toBe(host.workbook.readCell("งบประมาณ", "J5").formula);
  expect(await back.templateStamp()).toEqual(await host.templateStamp());
  expect(keys(back.workbook.snapshot())).toEqual(keys(host.workbook.snapshot()));
  expect(keys(back.workbook.snapshot())).toContain("line-amount-mismatch งบประมาณ!J9");

  // downloaded: leaving asks nothing, and the next load knows it
  k.markSaved(k.changes);
  expect(second.leaving()).toBe(false);
  const third = fakePage(store);
  const again = openPreviewHost(third.win);
  expect(keeperOf(again.workbook)!.dirty).toBe(false);
  // an edit after the download asks again
  again.workbook.setCellInput("งบประมาณ", "J9", "2400");
  expect(third.leaving()).toBe(true);
  for (const h of [host, back, again]) h.workbook.destroy();
}, 120_000);

test("what storage holds but cannot be read is dropped: the preview starts empty", () => {
  for (const bad of ["{not json", JSON.stringify({ v: 1, spec: { sheets: [] }, dirty: true }), JSON.stringify({ v: 1, spec: { sheets: [{ name: "a/b", cells: [] }] }, dirty: true })]) {
    const store = new Map([[STORAGE_KEY, bad]]);
    const host = openPreviewHost(fakePage(store).win);
    expect(keeperOf(host.workbook)!.restored).toBe(false);
    expect(host.workbook.sheetNames()).toEqual(["Sheet1"]);
    expect(store.has(STORAGE_KEY)).toBe(false);
    host.workbook.destroy();
  }
});
