/**
 * @jest-environment jsdom
 */
import { act } from "react";
import { createRoot, type Root } from "react-dom/client";
import { PreviewGrid, PreviewWorkbookHost } from "../../src/adapters/preview";
import type { Finding } from "../../src/core/findings";
import { budgetSpec } from "./specFixture";

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

const byId = (id: string) =>
  ([...container.querySelectorAll("[data-testid]")].find((el) => el.getAttribute("data-testid") === id) as HTMLElement | undefined) ?? null;

function cell(sheet: string, a1: string): HTMLElement {
  const el = byId(`cell-${sheet}!${a1}`);
  if (!el) throw new Error(`cell ${sheet}!${a1} not rendered`);
  return el;
}

function fire(el: Element, type: string, init: Record<string, unknown> = {}) {
  act(() => {
    const ev = type.startsWith("key") ? new KeyboardEvent(type, { bubbles: true, cancelable: true, ...init }) : new MouseEvent(type, { bubbles: true, cancelable: true, ...init });
    el.dispatchEvent(ev);
  });
}

function typeInto(input: HTMLInputElement, text: string) {
  act(() => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")!.set!;
    setter.call(input, text);
    input.dispatchEvent(new Event("input", { bubbles: true }));
  });
}

async function setup(rows = 3) {
  const host = new PreviewWorkbookHost();
  await host.insertTemplate(budgetSpec(rows), "fail");
  act(() => root.render(<PreviewGrid host={host} lang="th" />));
  return host;
}

describe("PreviewGrid", () => {
  it("shows sheet tabs and computed, formatted values", async () => {
    const host = await setup();
    expect(byId("sheet-tab-อัตรา")?.getAttribute("aria-selected")).toBe("true");
    fire(byId("sheet-tab-งบประมาณ")!, "click");
    expect(host.workbook.activeSheet).toBe("งบประมาณ");
    expect(cell("งบประมาณ", "B4").textContent).toBe("ค่าอาหารกลางวัน");
    expect(cell("งบประมาณ", "G4").textContent).toBe("12,000.00");
    expect(cell("งบประมาณ", "G7").textContent).toBe("27,500.00");
    expect(cell("งบประมาณ", "H5").textContent).toBe("35.00");
    // the merged title spans A1:H1
    expect(cell("งบประมาณ", "A1").getAttribute("colspan")).toBe("8");
    expect(byId("cell-งบประมาณ!B1")).toBeNull();
  });

  it("click selects and shows the formula; double-click edits; Enter commits, recalculates and reports a user change", async () => {
    const host = await setup();
    let userChanges = 0;
    await host.onUserChange(() => userChanges++);
    act(() => host.workbook.setActiveSheet("งบประมาณ", "user"));

    fire(cell("งบประมาณ", "G4"), "mousedown");
    expect(cell("งบประมาณ", "G4").getAttribute("aria-selected")).toBe("true");
    expect((byId("formula-bar") as HTMLInputElement).value).toBe("=D4*E4*F4");

    fire(cell("งบประมาณ", "E4"), "dblclick");
    const editor = byId("cell-editor") as HTMLInputElement;
    expect(editor).not.toBeNull();
    expect(editor.value).toBe("50");
    typeInto(editor, "10");
    fire(editor, "keydown", { key: "Enter" });
    expect(byId("cell-editor")).toBeNull();
    expect(cell("งบประมาณ", "E4").textContent).toBe("10");
    expect(cell("งบประมาณ", "G4").textContent).toBe("2,400.00");
    expect(userChanges).toBe(1);
    // Enter moved the selection down
    expect(cell("งบประมาณ", "E5").getAttribute("aria-selected")).toBe("true");
    // Thai digits stay text, as in Excel: the cell keeps what was typed and the product is no number
    fire(cell("งบประมาณ", "E4"), "dblclick");
    typeInto(byId("cell-editor") as HTMLInputElement, "๑๐");
    fire(byId("cell-editor") as HTMLInputElement, "keydown", { key: "Enter" });
    expect(host.workbook.readCell("งบประมาณ", "E4").value).toBe("๑๐");
    expect(typeof host.workbook.readCell("งบประมาณ", "G4").value).not.toBe("number");
    expect(userChanges).toBe(2);
  });

  it("Ctrl+Z undoes typed edits and Delete, Ctrl+Y redoes them; an edit by the add-in forgets them", async () => {
    const host = await setup();
    const e5 = host.workbook.readCell("งบประมาณ", "E5").value;
    expect(e5).not.toBeNull();
    act(() => host.workbook.select("งบประมาณ", "E4", "user"));
    const sink = byId("grid-input") as HTMLInputElement;
    typeInto(sink, "8");
    fire(byId("cell-editor")!, "keydown", { key: "Enter" });
    expect(host.workbook.readCell("งบประมาณ", "E4").value).toBe(8);
    fire(sink, "keydown", { key: "Delete" });
    expect(host.workbook.readCell("งบประมาณ", "E5").value).toBeNull();
    fire(sink, "keydown", { key: "z", ctrlKey: true });
    expect(host.workbook.readCell("งบประมาณ", "E5").value).toBe(e5);
    fire(sink, "keydown", { key: "z", ctrlKey: true });
    expect(host.workbook.readCell("งบประมาณ", "E4").value).toBe(50);
    expect(cell("งบประมาณ", "E4").getAttribute("aria-selected")).toBe("true");
    fire(sink, "keydown", { key: "z", ctrlKey: true }); // nothing more to undo
    expect(host.workbook.readCell("งบประมาณ", "E4").value).toBe(50);
    fire(sink, "keydown", { key: "y", ctrlKey: true });
    expect(host.workbook.readCell("งบประมาณ", "E4").value).toBe(8);
    // a formula typed over is put back as the formula
    act(() => host.workbook.select("งบประมาณ", "G4", "user"));
    typeInto(sink, "1");
    fire(byId("cell-editor")!, "keydown", { key: "Enter" });
    fire(sink, "keydown", { key: "z", ctrlKey: true });
    expect(host.workbook.readCell("งบประมาณ", "G4").formula).toBe("=D4*E4*F4");
    // the add-in edits a cell: the typed edits are forgotten (an older one is never undone over the add-in's)
    await act(async () => {
      await host.applyEdits([{ sheet: "งบประมาณ", cell: "D4", value: 101 }]);
    });
    fire(sink, "keydown", { key: "z", ctrlKey: true });
    expect(host.workbook.readCell("งบประมาณ", "E4").value).toBe(8);
    expect(host.workbook.readCell("งบประมาณ", "D4").value).toBe(101);
  });

  it("typing on a selected cell opens the editor with that character; Escape cancels", async () => {
    const host = await setup();
    act(() => host.workbook.select("งบประมาณ", "D5", "user"));
    const sink = byId("grid-input") as HTMLInputElement;
    typeInto(sink, "7");
    const editor = byId("cell-editor") as HTMLInputElement;
    expect(editor.value).toBe("7");
    fire(editor, "keydown", { key: "Escape" });
    expect(byId("cell-editor")).toBeNull();
    expect(cell("งบประมาณ", "D5").textContent).toBe("35.00");
    fire(sink, "keydown", { key: "ArrowRight" });
    expect(host.workbook.selection).toEqual({ sheet: "งบประมาณ", cell: "E5" });
  });

  it("edits made through the host re-render without counting as user changes", async () => {
    const host = await setup();
    let userChanges = 0;
    await host.onUserChange(() => userChanges++);
    act(() => host.workbook.setActiveSheet("งบประมาณ", "user"));
    await act(async () => {
      await host.applyEdits([{ sheet: "งบประมาณ", cell: "D4", value: 100 }]);
    });
    expect(cell("งบประมาณ", "G4").textContent).toBe("10,000.00");
    expect(userChanges).toBe(0);
  });

  it("renders only a window of a 2,000-row sheet; selectCell switches tab and reveals a far cell; marks outline cells", async () => {
    const host = await setup(2000);
    const rendered = () => container.querySelectorAll('tbody tr:not([aria-hidden="true"])').length;
    expect(rendered()).toBeLessThan(60);

    await act(async () => {
      await host.selectCell("งบประมาณ", "G1500");
    });
    expect(byId("sheet-tab-งบประมาณ")?.getAttribute("aria-selected")).toBe("true");
    expect(cell("งบประมาณ", "G1500").getAttribute("aria-selected")).toBe("true");
    expect(rendered()).toBeLessThan(80);
    expect(byId("cell-งบประมาณ!G4")).toBeNull();
    // the frozen header rows (freezeRows: 3) stay rendered and sticky
    expect(cell("งบประมาณ", "G3").textContent).toBe("จำนวนเงิน");
    expect(cell("งบประมาณ", "G3").style.position).toBe("sticky");

    const finding: Finding = { rule: "line-amount-mismatch", severity: "error", message: { th: "ผิด", en: "wrong" }, sheet: "งบประมาณ", cell: "G1500" };
    await act(async () => {
      await host.markFindings([finding, { ...finding, cell: "D1501", severity: "warning" }]);
    });
    expect(cell("งบประมาณ", "G1500").getAttribute("data-mark")).toBe("error");
    expect(cell("งบประมาณ", "G1500").style.outline).toContain("solid");
    expect(cell("งบประมาณ", "D1501").getAttribute("data-mark")).toBe("warning");
    // the tooltip carries the finding's message (short), not only the severity and the value
    expect(cell("งบประมาณ", "G1500").getAttribute("title")).toBe("ข้อผิดพลาด: ผิด");
    const long = "ราคาต่อหน่วยเกินอัตรา: ค่าอาหารว่าง 60 บาท เกินเพดาน 50 บาท ".repeat(8);
    await act(async () => {
      await host.markFindings([{ ...finding, severity: "warning", message: { th: long, en: "over" } }]);
    });
    const title = cell("งบประมาณ", "G1500").getAttribute("title")!;
    expect(title.startsWith("คำเตือน: ราคาต่อหน่วยเกินอัตรา: ค่าอาหารว่าง 60 บาท เกินเพดาน 50 บาท")).toBe(true);
    expect(title.length).toBeLessThan(200);
    expect(title.endsWith("…")).toBe(true);
    await act(async () => {
      await host.clearMarks();
    });
    expect(cell("งบประมาณ", "G1500").getAttribute("data-mark")).toBeNull();
  });

  it("offers the choices of a list validation while editing", async () => {
    const host = await setup();
    act(() => host.workbook.setActiveSheet("งบประมาณ", "user"));
    fire(cell("งบประมาณ", "C4"), "dblclick");
    expect(byId("cell-editor")?.getAttribute("list")).toBe("preview-grid-choices");
    const literal = [...byId("cell-choices")!.querySelectorAll("option")].map((o) => o.getAttribute("value"));
    expect(literal).toEqual(["ค่าตอบแทน", "ค่าใช้สอย", "ค่าวัสดุ"]);
    fire(byId("cell-editor")!, "keydown", { key: "Escape" });
    fire(cell("งบประมาณ", "B5"), "dblclick");
    const fromRange = [...byId("cell-choices")!.querySelectorAll("option")].map((o) => o.getAttribute("value"));
    expect(fromRange).toEqual(["ค่าอาหารกลางวัน", "ค่าอาหารว่าง"]);
    fire(byId("cell-editor")!, "keydown", { key: "Escape" });
    fire(cell("งบประมาณ", "G4"), "dblclick");
    expect(byId("cell-editor")?.getAttribute("list")).toBeNull();
    expect(byId("cell-choices")).toBeNull();
  });

  it("says so when given a host that is not a preview workbook", () => {
    act(() => root.render(<PreviewGrid lang="en" />));
    expect(container.textContent).toBe("No preview workbook");
  });
});
