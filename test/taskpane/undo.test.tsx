/**
 * @jest-environment jsdom
 */
/**
 * The pane's undo never writes over what the user typed after a fix, and each step has one undo control, shown
 * where the step was made. Against the real preview workbook (HyperFormula) as the host.
 */
import { act } from "react";
import { PreviewWorkbookHost } from "../../src/adapters/preview";
import { templateSpec } from "../../src/taskpane/workbookApi";
import { setupPaneDom, q, all, until, click, renderPane } from "../helpers/paneDom";

setupPaneDom();

const CELL = "กิจกรรม!D7";
const idle = () => q("taskpane")?.getAttribute("aria-busy") === "false";
const monthFinding = () => all('[data-testid="finding"]').find((e) => e.dataset.cell === CELL && e.dataset.rule === "month-as-text");

/** The seed plan with a month typed as text the sheet cannot read in กิจกรรม!D7, checked, its fix applied from the pane. */
async function fixedMonth(live: boolean) {
  const host = new PreviewWorkbookHost();
  await host.insertTemplate(await templateSpec("example", 2560, "th"), "fail");
  host.workbook.setCells([{ sheet: "กิจกรรม", cell: "D7", content: { value: "มีนาคม 2560" } }], "api");
  const pane = await renderPane(host, "preview", "th");
  await click(q("tab-validate"));
  await until(() => monthFinding() !== undefined && idle());
  if (!live) await click(q("validate-live"));
  await click(monthFinding()!.parentElement!.querySelector('[data-testid="fix-button"]') as HTMLElement);
  await until(() => q("fix-result") !== null && monthFinding() === undefined && idle());
  const fixed = host.workbook.readCell("กิจกรรม", "D7").value;
  expect(typeof fixed).toBe("number");
  return { host, pane, fixed };
}

describe("undo after the user typed in a fixed cell", () => {
  it("live checks see the typing: the fix's undo is disabled and says which cell changed; typing it back enables it", async () => {
    const { host, pane, fixed } = await fixedMonth(true);
    try {
      expect(q("fix-undo")?.hasAttribute("disabled") || q("fix-undo")?.getAttribute("aria-disabled") === "true").toBe(false);
      act(() => host.workbook.setCellInput("กิจกรรม", "D7", "ธ.ค. 2560", "user"));
      await until(() => q("undo-blocked") !== null && idle());
      expect(q("fix-undo")?.getAttribute("aria-disabled")).toBe("true");
      expect(q("undo-blocked")?.textContent).toBe(`เซลล์ ${CELL} ถูกแก้ไขหลังจากแก้ให้แล้ว จึงไม่เลิกทำ (ไม่เขียนทับสิ่งที่พิมพ์ใหม่)`);
      // the button is described by its reason (a screen reader says why it does nothing)
      expect(q("fix-undo")?.getAttribute("aria-describedby")).toBe(q("undo-blocked")?.id);
      await click(q("fix-undo"));
      expect(host.workbook.readCell("กิจกรรม", "D7").value).not.toBe("มีนาคม 2560");
      // the fix's value typed back: the undo is offered again and takes the cell back to the text
      act(() => host.workbook.setCells([{ sheet: "กิจกรรม", cell: "D7", content: { value: fixed } }], "user"));
      await until(() => q("undo-blocked") === null && idle());
      await click(q("fix-undo"));
      await until(() => monthFinding() !== undefined && idle());
      expect(host.workbook.readCell("กิจกรรม", "D7").value).toBe("มีนาคม 2560");
    } finally {
      await pane.close();
    }
  });

  it("without a check since the typing (live off): the undo is refused, nothing written, the notice names the cell", async () => {
    const { host, pane } = await fixedMonth(false);
    try {
      act(() => host.workbook.setCellInput("กิจกรรม", "D7", "ธ.ค. 2560", "user"));
      const typed = host.workbook.readCell("กิจกรรม", "D7");
      await click(q("fix-undo"));
      await until(() => q("notice") !== null && idle());
      expect(q("notice")?.textContent).toContain(`เซลล์ ${CELL} ถูกแก้ไขหลังจากแก้ให้แล้ว จึงไม่เลิกทำ`);
      expect(host.workbook.readCell("กิจกรรม", "D7")).toEqual(typed);
      // the step stays, its button disabled with the reason
      expect(q("fix-undo")?.getAttribute("aria-disabled")).toBe("true");
      expect(q("undo-blocked")?.textContent).toContain(CELL);
    } finally {
      await pane.close();
    }
  });
});

describe("banners and undo controls", () => {
  it("'inserted sheets' can be closed, and the next action clears it", async () => {
    const host = new PreviewWorkbookHost();
    const pane = await renderPane(host, "preview", "th");
    try {
      await until(() => q("template-insert") !== null && idle());
      await click(q("template-insert"));
      await until(() => (q("notice")?.textContent ?? "").includes("ใส่แผ่นงานแล้ว") && idle());
      await click(all('[data-testid="notice"] button').at(-1)!);
      await until(() => q("notice") === null);
      await click(q("tab-template"));
      await until(() => q("template-insert") !== null && idle());
      await click(q("template-insert"));
      await until(() => q("conflict-suffix") !== null && idle());
      await click(q("conflict-suffix"));
      await until(() => (q("notice")?.textContent ?? "").includes("ใส่แผ่นงานแล้ว") && idle());
      // the next action (a check) clears it
      await click(q("validate-run"));
      await until(() => q("notice") === null && idle());
    } finally {
      await pane.close();
    }
  });

  it("a tab's success notice and its undo stay on that tab; elsewhere the step has one named undo control", async () => {
    const host = new PreviewWorkbookHost();
    await host.insertTemplate(await templateSpec("example", 2560, "th"), "fail");
    const pane = await renderPane(host, "preview", "th");
    try {
      await click(q("tab-indicators"));
      await until(() => q("indicators-generate") !== null && !q("indicators-generate")?.hasAttribute("disabled") && idle());
      await click(q("indicators-generate"));
      await until(() => q("notice-undo") !== null && idle());
      expect(q("notice")?.textContent).toContain("เพิ่มตัวชี้วัดลงตารางแล้ว");
      // on another tab the notice and its undo are gone: its undo would undo something not on that tab
      await click(q("tab-schedule"));
      await until(() => q("schedule") !== null);
      expect(q("notice")).toBeNull();
      expect(q("notice-undo")).toBeNull();
      // on the check tab the step is still there, named, as the one undo control
      await click(q("tab-validate"));
      await until(() => q("validate-undo") !== null && idle());
      expect(q("validate-undo")?.textContent).toBe("เลิกทำ: เพิ่มตัวชี้วัด");
      expect(all("button").filter((b) => b.textContent?.startsWith("เลิกทำ"))).toHaveLength(1);
      await click(q("validate-undo"));
      await until(() => (q("notice")?.textContent ?? "").includes("เลิกทำแล้ว") && idle());
      expect(q("validate-undo")).toBeNull();
      // the next action clears the information notice
      await click(q("validate-run"));
      await until(() => q("notice") === null && idle());
    } finally {
      await pane.close();
    }
  });
});
