/**
 * @jest-environment jsdom
 */
/**
 * Drop-downs in the preview grid (blind test of the preview, finding 6): a cell with a list validation
 * shows an arrow when selected, and Alt+↓ (or the arrow) opens the list the template's validation offers —
 * the project's venue and training type, the budget's rate categories (read from the rates sheet) — as in
 * Excel. Picking types the choice into the cell as the user's edit; Escape closes; a cell without a list has
 * no arrow.
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { PreviewGrid, PreviewWorkbookHost } from "../../src/adapters/preview";
import { seedPlan } from "../../src/core/examples/seed2560";
import { buildWorkbookSpec } from "../../src/workbook";
import { projectFieldRow } from "../../src/workbook/layout";

(globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let container: HTMLDivElement;
let root: Root;
beforeEach(() => {
  container = document.createElement("div");
  document.body.appendChild(container);
  root = createRoot(container);
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

const q = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const fire = (el: Element, type: string, init: Record<string, unknown> = {}) =>
  act(() => {
    el.dispatchEvent(type.startsWith("key") ? new KeyboardEvent(type, { bubbles: true, cancelable: true, ...init }) : new MouseEvent(type, { bubbles: true, cancelable: true, ...init }));
  });
const options = () => [...container.querySelectorAll('[data-testid="cell-choices-list"] [role="option"]')].map((o) => o.textContent);

async function setup() {
  const host = new PreviewWorkbookHost();
  await host.insertTemplate(buildWorkbookSpec({ ...seedPlan(), project: { ...seedPlan().project, venue: "unknown" } }, { lang: "th" }), "fail");
  act(() => root.render(<PreviewGrid host={host} lang="th" />));
  return host;
}

function selectCell(host: PreviewWorkbookHost, sheet: string, cell: string) {
  act(() => host.workbook.setActiveSheet(sheet, "user"));
  const el = q(`cell-${sheet}!${cell}`);
  if (!el) throw new Error(`${sheet}!${cell} not rendered`);
  fire(el, "mousedown");
}

describe("drop-downs of list validations", () => {
  it("Alt+↓ opens the venue's list; ↓ and Enter type the choice into the cell", async () => {
    const host = await setup();
    const cell = `B${projectFieldRow("venue")}`;
    selectCell(host, "โครงการ", cell);
    const choices = host.workbook.listOptions("โครงการ", cell)!;
    expect(choices.length).toBeGreaterThan(1);
    expect(q("cell-dropdown")).not.toBeNull();
    expect(q("cell-choices-list")).toBeNull();
    fire(q("grid-input")!, "keydown", { key: "ArrowDown", altKey: true });
    expect(options()).toEqual(choices);
    // Alt+↓ does not move the selection
    expect(container.querySelector('[aria-selected="true"][role="gridcell"]')?.getAttribute("data-testid")).toBe(`cell-โครงการ!${cell}`);
    const list = q("cell-choices-list")!;
    const start = choices.indexOf(String(host.workbook.readCell("โครงการ", cell).value ?? ""));
    fire(list, "keydown", { key: "ArrowDown" });
    fire(list, "keydown", { key: "Enter" });
    expect(host.workbook.readCell("โครงการ", cell).value).toBe(choices[Math.min(choices.length - 1, Math.max(0, start) + 1)]);
    expect(q("cell-choices-list")).toBeNull();
  });

  it("the arrow opens the budget's rate categories (read from the rates sheet); a click picks; Escape closes", async () => {
    const host = await setup();
    const spec = buildWorkbookSpec(seedPlan(), { lang: "th" });
    const v = spec.sheets.find((s) => s.name === "งบประมาณ")!.validations!.find((x) => typeof x.source === "string" && x.source.includes("อัตรา"))!;
    const cell = v.range.split(":")[0];
    selectCell(host, "งบประมาณ", cell);
    fire(q("cell-dropdown")!, "mousedown");
    const choices = host.workbook.listOptions("งบประมาณ", cell)!;
    expect(choices).toContain("ค่าอาหารว่างและเครื่องดื่ม");
    expect(options()).toEqual(choices);
    fire(q("cell-choices-list")!, "keydown", { key: "Escape" });
    expect(q("cell-choices-list")).toBeNull();
    fire(q("cell-dropdown")!, "mousedown");
    const snack = [...container.querySelectorAll('[role="option"]')].find((o) => o.textContent === "ค่าอาหารว่างและเครื่องดื่ม")!;
    fire(snack, "mousedown");
    expect(host.workbook.readCell("งบประมาณ", cell).value).toBe("ค่าอาหารว่างและเครื่องดื่ม");
  });

  it("a cell without a list has no arrow, and Alt+↓ opens nothing", async () => {
    const host = await setup();
    selectCell(host, "โครงการ", `B${projectFieldRow("name")}`);
    expect(q("cell-dropdown")).toBeNull();
    fire(q("grid-input")!, "keydown", { key: "ArrowDown", altKey: true });
    expect(q("cell-choices-list")).toBeNull();
  });
});
