/**
 * @jest-environment jsdom
 */
/**
 * Component tests (Testing Library) of the four panels that only the browser end-to-end tests reached:
 * schedule, rates, indicators, results. Each test renders the pane over its own in-browser workbook
 * (the real preview host, HyperFormula computing) holding the seed plan, and checks what the panel shows
 * against the workbook it reads, and what it writes back through the host.
 */
import { act, fireEvent, render, screen, waitFor, within } from "@testing-library/react";
import { FluentProvider } from "@fluentui/react-components";
import { PreviewWorkbookHost } from "../../src/adapters/preview";
import { App } from "../../src/taskpane/App";
import { paneTheme } from "../../src/taskpane/theme";
import { analyze, templateSpec } from "../../src/taskpane/workbookApi";
import { planTotal } from "../../src/core/budget";
import { colLetter } from "../../src/workbook/a1";
import { setupPaneDom } from "../helpers/paneDom";
import { STATUS_CHOICES } from "../../src/workbook/i18n";
import { THAI_MONTHS_SHORT } from "../../src/core/calendar";

setupPaneDom();

const LONG = { timeout: 60_000 };

/** The pane over a workbook with the seed plan (FY2560), read once; on the given tab. */
async function paneOnTab(tab: string): Promise<PreviewWorkbookHost> {
  const host = new PreviewWorkbookHost();
  await host.insertTemplate(await templateSpec("example", 2560, "th"), "fail");
  render(
    <FluentProvider theme={paneTheme}>
      <App host={host} hostKind="preview" initialLang="th" />
    </FluentProvider>,
  );
  await waitFor(() => expect(screen.queryByTestId("validate-summary") ?? screen.getByTestId("validate-none")).toBeTruthy(), LONG);
  fireEvent.click(screen.getByTestId(`tab-${tab}`));
  return host;
}

/** "1,060 บาท" → 106000 satang (the panel's figures read back as numbers). */
const satang = (text: string) => Math.round(Number(text.replace(/[^\d.-]/g, "")) * 100);

describe("schedule panel", () => {
  test("lists every activity of the workbook with a status; the quarters add up to the plan's total", async () => {
    const host = await paneOnTab("schedule");
    const plan = (await analyzeNow(host)).plan;
    await screen.findByTestId("timeline", {}, LONG);
    for (const a of plan.activities) {
      expect(screen.getByTestId(`activity-${a.id}`).textContent).toContain(a.name);
      // the words of the sheet's status column, never another name for the same status
      expect(STATUS_CHOICES.map((c) => c.th)).toContain(screen.getByTestId(`status-${a.id}`).textContent);
    }
    // month headers: the Thai abbreviations whole, with their final dot ("ต.ค.", "พ.ย."), October first
    const heads = Array.from(screen.getByTestId("timeline").querySelectorAll("[data-month-label]"), (e) => e.textContent);
    expect(heads).toEqual([9, 10, 11, 0, 1, 2, 3, 4, 5, 6, 7, 8].map((i) => THAI_MONTHS_SHORT[i]));
    expect(heads.slice(0, 2)).toEqual(["ต.ค.", "พ.ย."]);
    const quarters = [1, 2, 3, 4].map((q) => satang(screen.getByTestId(`quarter-${q}`).textContent!));
    const table = screen.getByTestId("quarter-plan");
    const rows = within(table).getAllByRole("row");
    // four quarters, then rows of lines with no month and outside the fiscal year (when there are any), then the total
    const amountOf = (row: HTMLElement) => satang(row.querySelectorAll("td")[row.querySelectorAll("td").length - 1].textContent!);
    const apart = rows.slice(4, -1).reduce((sum, row) => sum + amountOf(row), 0);
    // the core's sum of the lines (planTotal), not the timeline the panel draws, is the oracle
    expect(quarters.reduce((x, y) => x + y, 0) + apart).toBe(planTotal(plan));
    expect(amountOf(rows[rows.length - 1])).toBe(planTotal(plan));
  });

  test("'mark done' writes the status cell through the host; the activity then reads as done", async () => {
    const host = await paneOnTab("schedule");
    const first = (await analyzeNow(host)).plan.activities[0];
    const button = (await screen.findByTestId(`mark-done-${first.id}`, {}, LONG)) as HTMLButtonElement;
    await waitFor(() => expect(button.disabled).toBe(false), LONG);
    fireEvent.click(button);
    await waitFor(async () => expect((await analyzeNow(host)).plan.activities.find((a) => a.id === first.id)?.status).toBe("done"), LONG);
    await waitFor(() => expect(screen.queryByTestId(`mark-done-${first.id}`)).toBeNull(), LONG);
  });
});

/** The host's workbook read now (the pane reads the same way). */
async function analyzeNow(host: PreviewWorkbookHost) {
  return analyze(await host.loadSnapshot());
}

describe("rates panel", () => {
  test("shows the rules of the workbook's rates sheet in force in the plan's first month; 'edit' goes to that sheet", async () => {
    const host = await paneOnTab("rates");
    const list = await screen.findByTestId("rates-list", {}, LONG);
    const shown = within(list).getAllByTestId("rate-rule");
    const analysis = await analyzeNow(host);
    const month = analysis.plan.project.periodStart ?? { year: 2559, month: 10 };
    const iso = `${month.year - 543}-${String(month.month).padStart(2, "0")}-01`;
    const inForce = (analysis.sheetRates ?? []).filter((r) => (!r.effectiveFrom || r.effectiveFrom <= iso) && (!r.effectiveTo || r.effectiveTo >= iso));
    expect(shown).toHaveLength(inForce.length);
    for (const r of inForce) expect(list.textContent).toContain(r.label.th);
    fireEvent.click(screen.getByTestId("rates-edit"));
    await waitFor(() => expect(host.workbook.selection).toEqual({ sheet: "อัตรา", cell: "A1" }), LONG);
  });
});

describe("indicators panel", () => {
  test("says how many targets the plan has and where; its button selects the target table's first cell", async () => {
    const host = await paneOnTab("indicators");
    const a = await analyzeNow(host);
    const tg = a.read!.located.targets!;
    const n = a.plan.targets.filter((t) => t.text.trim()).length;
    expect(n).toBeGreaterThan(0);
    const line = await screen.findByTestId("indicators-targets", {}, LONG);
    expect(line.textContent).toContain(`พบเป้าหมาย ${n} รายการ`);
    fireEvent.click(screen.getByTestId("indicators-goto-targets"));
    await waitFor(() => expect(host.workbook.selection).toEqual({ sheet: tg.sheet, cell: `${colLetter(tg.cols.text)}${tg.firstRow}` }), LONG);
  });

  test("no targets yet: says so, offers the target table first; generating from the activities is the second, labelled choice", async () => {
    const host = new PreviewWorkbookHost();
    await host.insertTemplate(await templateSpec("blank", 2569, "th"), "fail");
    const act = analyze(await host.loadSnapshot()).read!.located.activities!;
    host.workbook.setCellInput(act.sheet, `B${act.firstRow}`, "ประชุมชี้แจงครู", "user");
    render(
      <FluentProvider theme={paneTheme}>
        <App host={host} hostKind="preview" initialLang="th" />
      </FluentProvider>,
    );
    fireEvent.click(await screen.findByTestId("tab-indicators", {}, LONG));
    const line = await screen.findByTestId("indicators-targets", {}, LONG);
    expect(line.textContent).toContain("ยังไม่มีเป้าหมาย");
    const generate = screen.getByTestId("indicators-generate");
    expect(generate.textContent).toBe("สร้างจากกิจกรรมแทน (ร้อยละ 100 ต่อกิจกรรม)");
    // the target table is the first choice (before the generate button in the pane)
    const goto = screen.getByTestId("indicators-goto-targets");
    expect(goto.compareDocumentPosition(generate) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(goto);
    const tg = analyze(await host.loadSnapshot()).read!.located.targets!;
    await waitFor(() => expect(host.workbook.selection?.sheet).toBe(tg.sheet), LONG);
  });

  test("shows the plan's indicators; 'generate' adds to the indicators sheet only what it lacks", async () => {
    const host = await paneOnTab("indicators");
    const plan = (await analyzeNow(host)).plan;
    if (plan.indicators.length > 0) {
      const table = await screen.findByTestId("indicators-table", {}, LONG);
      for (const ind of plan.indicators) expect(table.textContent).toContain(ind.text);
    } else {
      await screen.findByTestId("indicators-none", {}, LONG);
    }
    const before = (await host.loadSnapshot()).sheets.find((s) => s.name === "ตัวชี้วัด")!;
    const filled = (rows: unknown[][]) => rows.filter((r) => r.some((v) => v !== null && v !== "")).length;
    await waitFor(() => expect((screen.getByTestId("indicators-generate") as HTMLButtonElement).disabled).toBe(false), LONG);
    fireEvent.click(screen.getByTestId("indicators-generate"));
    await waitFor(() => expect(screen.getByTestId("notice")).toBeTruthy(), LONG);
    const after = (await host.loadSnapshot()).sheets.find((s) => s.name === "ตัวชี้วัด")!;
    expect(filled(after.values)).toBeGreaterThanOrEqual(filled(before.values));
    // a second time there is nothing to add: the sheet stays as it is
    await waitFor(() => expect((screen.getByTestId("indicators-generate") as HTMLButtonElement).disabled).toBe(false), LONG);
    fireEvent.click(screen.getByTestId("indicators-generate"));
    await waitFor(() => expect(screen.getByTestId("notice").textContent).not.toBe(""), LONG);
    const again = (await host.loadSnapshot()).sheets.find((s) => s.name === "ตัวชี้วัด")!;
    expect(again.values).toEqual(after.values);
  });
});

describe("results panel", () => {
  test("the remaining money is received − spent as typed; saving writes both into the results sheet", async () => {
    const host = await paneOnTab("results");
    const received = (await screen.findByTestId("results-received", {}, LONG)) as HTMLInputElement;
    const spent = screen.getByTestId("results-spent") as HTMLInputElement;
    await act(async () => {
      fireEvent.change(received, { target: { value: "๑๒,๕๐๐" } }); // Thai digits are accepted
      fireEvent.change(spent, { target: { value: "10,000.50" } });
    });
    expect(satang(screen.getByTestId("results-remaining").textContent!)).toBe(1_250_000 - 1_000_050);
    const save = screen.getByTestId("results-save") as HTMLButtonElement;
    await waitFor(() => expect(save.disabled).toBe(false), LONG);
    fireEvent.click(save);
    await waitFor(async () => {
      const r = (await analyzeNow(host)).plan.results;
      expect([r?.received, r?.spent]).toEqual([1_250_000, 1_000_050]);
    }, LONG);
  });

  test("what was typed and not saved is still there after another tab; a percentage target reads 'ร้อยละ 85 (เป้าหมาย ร้อยละ 80) — บรรลุ'", async () => {
    const host = await paneOnTab("results");
    const plan = (await analyzeNow(host)).plan;
    const i = plan.indicators.findIndex((x) => x.targetUnit === "ร้อยละ" && x.targetValue === 80);
    expect(i).toBeGreaterThanOrEqual(0);
    const received = (await screen.findByTestId("results-received", {}, LONG)) as HTMLInputElement;
    const achieved = () => within(screen.getByTestId(`result-indicator-${i}`)).getByRole("textbox") as HTMLInputElement;
    await act(async () => {
      fireEvent.change(received, { target: { value: "30,000" } });
      fireEvent.change(screen.getByTestId("results-spent"), { target: { value: "๒๕,๕๐๐" } });
      fireEvent.change(achieved(), { target: { value: "85" } });
    });
    expect(screen.getByTestId(`result-target-${i}`).textContent).toBe("/ ร้อยละ 80");
    expect(screen.getByTestId(`result-percent-${i}`).textContent).toBe("ร้อยละ 85 (เป้าหมาย ร้อยละ 80) — บรรลุ");
    // away to the schedule and back, without saving: the form is as it was typed
    fireEvent.click(screen.getByTestId("tab-schedule"));
    await screen.findByTestId("timeline", {}, LONG);
    fireEvent.click(screen.getByTestId("tab-results"));
    expect(((await screen.findByTestId("results-received", {}, LONG)) as HTMLInputElement).value).toBe("30,000");
    expect((screen.getByTestId("results-spent") as HTMLInputElement).value).toBe("๒๕,๕๐๐");
    expect(achieved().value).toBe("85");
    expect(satang(screen.getByTestId("results-remaining").textContent!)).toBe(450_000);
    expect((screen.getByTestId("results-save") as HTMLButtonElement).disabled).toBe(false);
    // a result under a percentage target is not met, as the results sheet's บรรลุ/ไม่บรรลุ column says
    await act(async () => {
      fireEvent.change(achieved(), { target: { value: "79.5" } });
    });
    expect(screen.getByTestId(`result-percent-${i}`).textContent).toBe("ร้อยละ 79.5 (เป้าหมาย ร้อยละ 80) — ไม่บรรลุ");
  });
});
