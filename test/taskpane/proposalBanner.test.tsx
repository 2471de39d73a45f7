/**
 * @jest-environment jsdom
 */
/**
 * The pane offers to lay the printable proposal out again when the plan's text changed (issue 15): a banner
 * with one button; the old sheet is kept under a new name right after the new one; the pane's undo (one step)
 * gives it its name back and puts the undone layout away as a hidden sheet. Against the real preview workbook.
 */
import { PreviewWorkbookHost } from "../../src/adapters/preview";
import { templateSpec } from "../../src/taskpane/workbookApi";
import { readPlan } from "../../src/workbook";
import { renderPane, setupPaneDom, q, until, click } from "../helpers/paneDom";

setupPaneDom();

const P = "แบบเสนอโครงการ";

describe("the proposal laid out again from the pane", () => {
  let pane: { close(): Promise<void> };
  let host: PreviewWorkbookHost;

  beforeEach(async () => {
    host = new PreviewWorkbookHost();
    pane = await renderPane(host, "preview", "th");
    await until(() => q("template-insert") !== null);
  });

  afterEach(async () => {
    await pane.close();
  });

  it("a longer rationale: the banner's one button replaces the sheet, keeping the old one; undo puts it back", async () => {
    await host.insertTemplate(await templateSpec("example", 2560, "th"), "fail");
    const names = host.workbook.sheetNames();
    const at = names.indexOf(P);
    expect(at).toBeGreaterThan(0);
    const rowsBefore = host.workbook.usedSize(P).rows;
    // the planner writes more in the rationale (as a user: a change the pane hears)
    const cell = (readPlan(host.workbook.snapshot()).plan.project.cells as Record<string, { sheet: string; cell: string }>).rationale;
    const text = String(host.workbook.readCell(cell.sheet, cell.cell).value);
    host.workbook.setCellInput(cell.sheet, cell.cell, `${text}\n${text}\n${text}`, "user");
    await click(q("tab-validate"));
    await click(q("validate-run"));
    await until(() => q("proposal-stale") !== null);
    expect(q("proposal-stale")?.textContent).toContain(`ข้อมูลโครงการเปลี่ยนหลังจัดหน้าแผ่นงาน ${P}`);
    expect(q("proposal-relayout")?.textContent).toBe("จัดหน้าแบบเสนอโครงการใหม่");

    await click(q("proposal-relayout"));
    await until(() => host.workbook.sheetNames().includes(`${P} (เดิม)`) && q("proposal-stale") === null && q("notice") !== null);
    const after = host.workbook.sheetNames();
    expect(after[at]).toBe(P);
    expect(after[at + 1]).toBe(`${P} (เดิม)`);
    expect(host.workbook.usedSize(P).rows).toBeGreaterThan(rowsBefore);
    expect(host.workbook.usedSize(`${P} (เดิม)`).rows).toBe(rowsBefore);
    expect(q("notice")?.textContent).toContain(`ฉบับเดิมเก็บไว้ในแผ่นงาน ${P} (เดิม)`);
    expect(q("validate-undo")?.textContent).toContain(`จัดหน้า ${P} ใหม่`);

    // one undo step: the kept sheet has its name and place back; the undone layout is hidden, not deleted
    await click(q("notice-undo"));
    await until(() => !host.workbook.sheetNames().includes(`${P} (เดิม)`) && q("proposal-stale") !== null);
    const undone = host.workbook.sheetNames();
    expect(undone[at]).toBe(P);
    expect(host.workbook.usedSize(P).rows).toBe(rowsBefore);
    expect(undone).toContain(`${P} (เดิม 2)`);
    expect(host.workbook.visibleSheetNames()).not.toContain(`${P} (เดิม 2)`);
  });

  it("English: the banner and its button come from the catalogue", async () => {
    await host.insertTemplate(await templateSpec("example", 2560, "th"), "fail");
    const cell = (readPlan(host.workbook.snapshot()).plan.project.cells as Record<string, { sheet: string; cell: string }>).rationale;
    host.workbook.setCellInput(cell.sheet, cell.cell, "x".repeat(3000), "user");
    await click(q("lang-en"));
    await click(q("tab-validate"));
    await click(q("validate-run"));
    await until(() => q("proposal-stale") !== null);
    expect(q("proposal-stale")?.textContent).toContain(`The plan changed after the sheet ${P} was laid out`);
    expect(q("proposal-relayout")?.textContent).toBe("Lay the proposal out again");
  });
});
