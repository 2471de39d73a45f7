/**
 * @jest-environment jsdom
 */
/**
 * Component test of the pane (React 18's act + DOM events) against the real in-browser preview workbook
 * (HyperFormula) as the host: the UI only talks to the WorkbookHost interface. Each test mounts its own pane
 * over its own workbook (mountPane), so the tests pass in any order or alone.
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { PreviewWorkbookHost } from "../../src/adapters/preview";
import type { CellEdit } from "../../src/workbook/host";
import { App } from "../../src/taskpane/App";
import { paneTheme } from "../../src/taskpane/theme";
import { templateSpec } from "../../src/taskpane/workbookApi";
import { findingKey } from "../../src/taskpane/state/validation";
import { setupPaneDom, q, all, until, click } from "../helpers/paneDom";

setupPaneDom();

/** A fresh pane over a fresh preview workbook for each test: no test depends on another's state. */
function mountPane(hostKind: "excel" | "preview") {
  const ctx = {} as { container: HTMLDivElement; root: Root; host: PreviewWorkbookHost; applied: CellEdit[][] };
  beforeEach(async () => {
    ctx.applied = [];
    ctx.host = new PreviewWorkbookHost();
    const apply = ctx.host.applyEdits.bind(ctx.host);
    ctx.host.applyEdits = async (edits) => {
      ctx.applied.push(edits);
      return apply(edits);
    };
    const undoEdits = ctx.host.undoEdits.bind(ctx.host);
    ctx.host.undoEdits = async (edits) => {
      ctx.applied.push(edits);
      return undoEdits(edits);
    };
    ctx.container = document.createElement("div");
    document.body.appendChild(ctx.container);
    ctx.root = createRoot(ctx.container);
    await act(async () => {
      ctx.root.render(
        <FluentProvider theme={paneTheme}>
          <App host={ctx.host} hostKind={hostKind} initialLang="th" />
        </FluentProvider>,
      );
    });
    // no plan in the workbook: the pane opens on inserting one
    await until(() => q("template-insert") !== null);
  });
  afterEach(async () => {
    await act(async () => ctx.root.unmount());
    ctx.container.remove();
  });
  return ctx;
}

describe("App with a workbook host", () => {
  const pane = mountPane("excel");

  /** The seed plan inserted and validated, its findings shown. */
  async function validatedSeed(): Promise<void> {
    await pane.host.insertTemplate(await templateSpec("example", 2560, "th"), "fail");
    await click(q("tab-validate"));
    await click(q("validate-run"));
    await until(() => q("validate-summary") !== null);
  }

  it("opens on inserting a plan when the workbook has none; the check tab offers that action first", async () => {
    await until(() => q("panel-template") !== null);
    expect(q("host-kind")?.textContent).toBe("เชื่อมต่อกับ Excel");
    expect(q("template-insert")).not.toBeNull();
    await click(q("tab-validate"));
    await until(() => q("validate-no-plan") !== null);
    expect(q("validate-no-plan")?.textContent).toContain("ใส่แม่แบบ");
    expect(q("validate-clear-marks")?.hasAttribute("disabled")).toBe(true);
    expect(q("validate-mark")?.hasAttribute("disabled")).toBe(true);
    await click(q("validate-start-template"));
    await until(() => q("panel-template") !== null);
    await click(q("tab-validate"));
    await until(() => q("validate-no-plan") !== null);
  });

  it("validates a workbook with the seed plan and groups findings by severity", async () => {
    await validatedSeed();
    const errors = Number(q("count-error")?.textContent);
    expect(errors).toBeGreaterThanOrEqual(4);
    expect(all('[data-testid="group-error"] [data-testid="finding"]')).toHaveLength(errors);
    const j8 = all('[data-testid="finding"][data-rule="line-amount-mismatch"]').find((e) => e.dataset.cell === "งบประมาณ!J8");
    expect(j8?.textContent).toContain("ควรเป็น: 16,000 บาท");
    expect(j8?.textContent).toContain("ที่ระบุ: 13,000 บาท");
  });

  it("clicking a finding selects its cell in the workbook", async () => {
    await validatedSeed();
    const f = all('[data-testid="finding"]').find((e) => e.dataset.cell === "งบประมาณ!J17");
    await click(f ?? null);
    await until(() => pane.host.workbook.selection?.sheet === "งบประมาณ" && pane.host.workbook.selection?.cell === "J17");
  });

  it("'clear marks' is enabled only while there are marks to clear", async () => {
    await validatedSeed();
    const host = pane.host;
    expect(q("validate-clear-marks")?.hasAttribute("disabled")).toBe(true);
    await click(q("validate-mark"));
    await until(() => host.workbook.hasMarks() && !q("validate-clear-marks")?.hasAttribute("disabled"));
    await click(q("validate-clear-marks"));
    await until(() => !host.workbook.hasMarks() && q("validate-clear-marks")?.hasAttribute("disabled") === true);
    // the "marked" notice was about the action before: the next one (clearing) took it away
    expect(q("notice")).toBeNull();
  });

  it("a one-click fix writes the edit; undo writes back the inverse the host returned", async () => {
    await validatedSeed();
    const applied = pane.applied;
    const row = all('[data-testid="finding"][data-rule="line-amount-mismatch"]').find((e) => e.dataset.cell === "งบประมาณ!J8")!.parentElement!;
    const at = all('[data-testid="group-error"] [data-testid="finding"]').findIndex((e) => e.dataset.cell === "งบประมาณ!J8");
    const errorsBefore = all('[data-testid="group-error"] [data-testid="finding"]').length;
    await click(row.querySelector('[data-testid="fix-button"]'));
    await until(() => !all('[data-testid="finding"]').some((e) => e.dataset.cell === "งบประมาณ!J8"));
    const fix = applied[applied.length - 1];
    expect(fix).toEqual([{ sheet: "งบประมาณ", cell: "J8", formula: expect.stringMatching(/^=/) }]);
    // the result and its one undo sit just above the list, outside the counted groups, not in the notice bar
    const result = q("fix-result");
    expect(result?.textContent).toContain("แก้ไขแล้ว");
    expect(q("notice")).toBeNull();
    expect(result!.closest('[data-testid^="group-"]')).toBeNull();
    expect(result!.nextElementSibling?.getAttribute("data-testid")).toBe("group-error");
    // each group's count is the number of its cards
    for (const g of all('[data-testid^="group-"]')) expect(g.querySelectorAll('[data-testid="finding"]').length).toBe(Number(g.querySelector("span")?.textContent));
    expect(all('[data-testid="group-error"] [data-testid="finding"]').length).toBe(at >= 0 ? errorsBefore - 1 : errorsBefore);
    // one undo control for the fix, short: the toolbar does not repeat it with the whole fix text
    expect(all("button").filter((b) => b.textContent?.startsWith("เลิกทำ"))).toHaveLength(1);
    expect(q("fix-undo")?.textContent).toBe("เลิกทำ");
    expect(q("validate-undo")).toBeNull();
    await click(q("fix-undo"));
    await until(() => all('[data-testid="finding"]').some((e) => e.dataset.cell === "งบประมาณ!J8"));
    expect(applied[applied.length - 1]).toEqual([expect.objectContaining({ sheet: "งบประมาณ", cell: "J8", value: 13000 })]);
  });

  it("switches to English", async () => {
    await validatedSeed();
    await click(q("lang-en"));
    await until(() => q("validate-run")?.textContent === "Validate");
    expect(q("validate-summary")?.textContent).toMatch(/errors/);
  });
});

describe("opening a workbook that already has a plan and marks from an earlier session", () => {
  it("opens on the check tab, and 'clear marks' can clear the marks it finds", async () => {
    const host = new PreviewWorkbookHost();
    await host.insertTemplate(await templateSpec("example", 2560, "th"), "fail");
    host.workbook.setMarks([{ sheet: "งบประมาณ", cell: "J8", severity: "error" }]);
    const container = document.createElement("div");
    document.body.appendChild(container);
    const root = createRoot(container);
    await act(async () => {
      root.render(
        <FluentProvider theme={paneTheme}>
          <App host={host} hostKind="excel" initialLang="th" />
        </FluentProvider>,
      );
    });
    try {
      await until(() => container.querySelector('[data-testid="validate-summary"]') !== null);
      expect(container.querySelector('[data-testid="panel-validate"]')).not.toBeNull();
      const clear = () => container.querySelector('[data-testid="validate-clear-marks"]') as HTMLElement;
      await until(() => !clear().hasAttribute("disabled"));
      await click(clear());
      await until(() => !host.workbook.hasMarks() && clear().hasAttribute("disabled"));
    } finally {
      await act(async () => root.unmount());
      container.remove();
    }
  });
});

describe("the first read of an empty workbook ends after the user chose a tab", () => {
  it("the check tab clicked while the first read runs stays open (the pane does not jump to inserting a plan)", async () => {
    const host = new PreviewWorkbookHost();
    // Excel's first read can take seconds: hold it until the user has clicked the check tab
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    const load = host.loadSnapshot.bind(host);
    let reads = 0;
    host.loadSnapshot = async (sheets) => {
      reads++;
      await held;
      return load(sheets);
    };
    const container = document.createElement("div");
    document.body.appendChild(container);
    const root = createRoot(container);
    await act(async () => {
      root.render(
        <FluentProvider theme={paneTheme}>
          <App host={host} hostKind="excel" initialLang="th" />
        </FluentProvider>,
      );
    });
    try {
      await until(() => reads > 0 && q("tab-validate") !== null);
      await click(q("tab-validate"));
      expect(q("validate-not-run")).not.toBeNull();
      await act(async () => release());
      await until(() => q("validate-no-plan") !== null);
      expect(q("panel-validate")).not.toBeNull();
      expect(q("panel-template")).toBeNull();
    } finally {
      release();
      await act(async () => root.unmount());
      container.remove();
    }
  });
});

describe("checks asked for while one is running (Excel's reads are slow)", () => {
  it("run one after another: a check begun before an edit never ends after the check that follows it", async () => {
    const host = new PreviewWorkbookHost();
    await host.insertTemplate(await templateSpec("example", 2560, "th"), "fail");
    const load = host.loadSnapshot.bind(host);
    // while held, a read takes the workbook as it is when asked but answers only when the test releases it
    let hold = false;
    const waiting: (() => void)[] = [];
    host.loadSnapshot = async (sheets) => {
      const snap = await load(sheets);
      if (!hold) return snap;
      await new Promise<void>((r) => waiting.push(r));
      return snap;
    };
    const container = document.createElement("div");
    document.body.appendChild(container);
    const root = createRoot(container);
    await act(async () => {
      root.render(
        <FluentProvider theme={paneTheme}>
          <App host={host} hostKind="excel" initialLang="th" />
        </FluentProvider>,
      );
    });
    const j9 = () => all('[data-testid="finding"][data-rule="line-amount-mismatch"]').filter((e) => e.getAttribute("data-cell") === "งบประมาณ!J9");
    const busy = () => q("taskpane")?.getAttribute("aria-busy");
    try {
      await until(() => q("validate-summary") !== null && busy() === "false");
      expect(j9()).toHaveLength(0);
      hold = true;
      await click(q("validate-run")); // check 1 reads the workbook before the edit
      await until(() => waiting.length === 1);
      expect(busy()).toBe("true");
      await act(async () => {
        await host.applyEdits([{ sheet: "งบประมาณ", cell: "J9", value: 9999 }]);
      });
      await click(q("validate-run")); // check 2, asked for after the edit
      // answer the newest read first, as a slow first read would: the older check must not have the last word
      for (let rounds = 0; rounds < 50 && busy() !== "false"; rounds++) {
        await act(async () => {
          waiting.pop()?.();
          await new Promise((r) => setTimeout(r, 20));
        });
      }
      await until(() => busy() === "false");
      expect(j9()).toHaveLength(1);
    } finally {
      hold = false;
      waiting.forEach((r) => r());
      await act(async () => root.unmount());
      container.remove();
    }
  });
});

describe("indicator table edits", () => {
  it("adds only the indicators the sheet lacks, and nothing the second time", async () => {
    const { analyze, indicatorEdits } = await import("../../src/taskpane/workbookApi");
    const host = new PreviewWorkbookHost();
    await host.insertTemplate(await templateSpec("example", 2560, "th"), "fail");
    const before = analyze(await host.loadSnapshot());
    const first = indicatorEdits(before.plan, await host.loadSnapshot(), before.sheetLang);
    expect(first.count).toBeGreaterThan(0);
    expect(first.edits.every((e) => e.sheet === "ตัวชี้วัด")).toBe(true);
    await host.applyEdits(first.edits);
    const after = analyze(await host.loadSnapshot());
    expect(after.plan.indicators.length).toBe(before.plan.indicators.length + first.count);
    const second = indicatorEdits(after.plan, await host.loadSnapshot(), after.sheetLang);
    expect(second).toEqual({ edits: [], count: 0, matched: before.plan.targets.length });
  });
});

describe("template tab", () => {
  const pane = mountPane("preview");

  /** Insert a blank template for the fiscal year picked last in the list; returns that year. */
  async function insertBlank(): Promise<string> {
    await click(q("tab-template"));
    const select = q("template-fy") as HTMLSelectElement;
    const year = select.options[select.options.length - 1].value;
    await act(async () => {
      select.value = year;
      select.dispatchEvent(new Event("change", { bubbles: true }));
    });
    await click(q("template-insert"));
    await until(() => q("validate-summary") !== null || q("validate-none") !== null);
    return year;
  }

  it("inserts a blank template for the chosen fiscal year", async () => {
    const year = await insertBlank();
    expect(await pane.host.sheetNames()).toEqual(expect.arrayContaining(["โครงการ", "กิจกรรม", "งบประมาณ", "อัตรา"]));
    const { analyze } = await import("../../src/taskpane/workbookApi");
    expect(analyze(await pane.host.loadSnapshot()).plan.project.fiscalYear).toBe(Number(year));
  });

  it("asks before touching sheets of the same names; cancel changes nothing", async () => {
    await insertBlank();
    const before = await pane.host.sheetNames();
    await click(q("tab-template"));
    await click(q("template-insert"));
    await until(() => q("conflict-prompt") !== null);
    expect(q("conflict-prompt")?.textContent).toContain("โครงการ");
    await click(q("conflict-cancel"));
    await until(() => q("conflict-prompt") === null);
    expect(q("notice")?.textContent).toContain("ยกเลิก");
    expect(await pane.host.sheetNames()).toEqual(before);
  });

  it("suffix adds a second set alongside", async () => {
    await insertBlank();
    const before = await pane.host.sheetNames();
    await click(q("tab-template"));
    await click(q("template-insert"));
    await until(() => q("conflict-suffix") !== null);
    await click(q("conflict-suffix"));
    await until(() => q("notice")?.textContent?.includes("(2)") ?? false);
    const after = await pane.host.sheetNames();
    expect(after.slice(0, before.length)).toEqual(before);
    expect(after).toContain("โครงการ (2)");
  });
});

describe("months typed as text in the pane", () => {
  it("a month typed as shown ('มี.ค. 2560') is read by the sheet: no finding, its quarter already computed", async () => {
    const { analyze } = await import("../../src/taskpane/workbookApi");
    const host = new PreviewWorkbookHost();
    await host.insertTemplate(await templateSpec("example", 2560, "th"), "fail");
    await host.applyEdits([{ sheet: "กิจกรรม", cell: "D7", value: "มี.ค. 2560" }]);
    const snap = await host.loadSnapshot();
    expect(analyze(snap).findings.filter((x) => x.sheet === "กิจกรรม" && x.cell === "D7")).toEqual([]);
    expect(snap.sheets.find((s) => s.name === "กิจกรรม")!.values[6][19]).toBe("2"); // the quarters the months touch, as text ("2", "3–4")
  });

  it("a month text the sheet cannot read ('มีนาคม 2560') is shown with a one-click fix; after it the sheet computes its quarter", async () => {
    const { analyze } = await import("../../src/taskpane/workbookApi");
    const host = new PreviewWorkbookHost();
    await host.insertTemplate(await templateSpec("example", 2560, "th"), "fail");
    await host.applyEdits([{ sheet: "กิจกรรม", cell: "D7", value: "มีนาคม 2560" }]);
    const before = analyze(await host.loadSnapshot());
    const f = before.findings.find((x) => x.sheet === "กิจกรรม" && x.cell === "D7")!;
    expect(f.rule === "month-as-text" || f.also?.includes("month-as-text")).toBe(true);
    const offer = before.fixes.find((o) => o.findingKey === findingKey(f))!;
    expect(offer.label.th).toContain("มีนาคม 2560");
    await host.applyEdits(offer.edits);
    const snap = await host.loadSnapshot();
    const after = analyze(snap);
    expect(after.findings.filter((x) => x.sheet === "กิจกรรม" && x.cell === "D7" && x.rule === "month-as-text")).toEqual([]);
    const acts = snap.sheets.find((s) => s.name === "กิจกรรม")!;
    expect(acts.values[6][19]).toBe("2"); // quarter 2, computed by the sheet from the converted date
  });
});
