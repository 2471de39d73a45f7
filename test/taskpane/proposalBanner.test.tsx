/**
 * @jest-environment jsdom
 */
/**
 * The printable proposal (แบบเสนอโครงการ) in the pane (issue 15; the seventh blind test's items 1 and 2), against
 * the real preview workbook:
 * - a template's layout the user never laid out nor edited is never "stale": typing the first activities gives a
 *   quiet line offering to follow the data (no warning), and laying it out keeps the old one hidden (no tab);
 * - a layout the user asked for, or one they typed in, gets the warning naming the parts that changed;
 * - the old sheet is kept as a visible copy only when it holds something typed: dated, after the sheet and after
 *   the copies kept before it, in order; the pane's undo (one step) gives it its name and place back.
 */
import { PreviewWorkbookHost } from "../../src/adapters/preview";
import { templateSpec } from "../../src/taskpane/workbookApi";
import { readPlan } from "../../src/workbook";
import { FLAG_TEXT } from "../../src/workbook/proposal/sheet";
import { renderPane, setupPaneDom, q, until, click } from "../helpers/paneDom";

setupPaneDom();

const P = "แบบเสนอโครงการ";
const COPY = /^แบบเสนอโครงการ \(เดิม \d\d\/\d\d(\/\d\d|-\d)\)$/;

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

  const visible = () => host.workbook.visibleSheetNames();
  const rationale = () => (readPlan(host.workbook.snapshot()).plan.project.cells as Record<string, { sheet: string; cell: string }>).rationale;
  const check = async () => {
    await click(q("tab-validate"));
    await click(q("validate-run"));
  };

  it("a new plan: typing activities gives no warning, only a quiet offer; following the data adds no sheet; a layout the user asked for then warns", async () => {
    await host.insertTemplate(await templateSpec("blank", 2569, "th"), "fail");
    const tabs = visible();
    const act = readPlan(host.workbook.snapshot()).located.activities!;
    host.workbook.setCellInput(act.sheet, `B${act.firstRow}`, "ประชุมชี้แจงครู", "user");
    await check();
    await until(() => q("proposal-behind") !== null);
    expect(q("proposal-stale")).toBeNull();
    expect(q("proposal-behind")?.textContent).toContain(`แผ่นงาน ${P} ยังจัดหน้าตามข้อมูลตอนใส่แม่แบบ`);
    expect(q("proposal-behind")?.textContent).toContain("(กิจกรรม)");
    expect(q("proposal-relayout")?.textContent).toBe("จัดหน้าแบบเสนอโครงการใหม่");
    expect(FLAG_TEXT.th).toContain("จัดหน้าแบบเสนอโครงการใหม่");

    await click(q("proposal-relayout"));
    await until(() => q("proposal-behind") === null && q("notice") !== null);
    // the old layout is kept hidden, and the notice says so and names it
    const hidden = host.workbook.sheetNames().filter((n) => !visible().includes(n) && n.startsWith(P));
    expect(hidden).toHaveLength(1);
    expect(q("notice")?.textContent).toContain(`ซ่อนไว้เป็นแผ่นงาน ${hidden[0]}`);
    expect(visible()).toEqual(tabs);

    // the layout the user asked for (and may have printed): a change now warns, naming what changed
    host.workbook.setCellInput(act.sheet, `B${act.firstRow + 1}`, "อบรมนักเรียน", "user");
    await check();
    await until(() => q("proposal-stale") !== null);
    expect(q("proposal-stale")?.textContent).toContain(`ข้อมูลโครงการเปลี่ยนหลังจัดหน้าแผ่นงาน ${P} (กิจกรรม`);
    expect(q("proposal-stale")?.textContent).toContain("ฉบับเดิมมีแต่ที่ส่วนเสริมเขียน จะซ่อนไว้");
    await click(q("proposal-relayout"));
    await until(() => q("proposal-stale") === null && q("notice") !== null);
    expect(visible()).toEqual(tabs);
    // undo shows the kept layout again under its name, in its place
    await click(q("notice-undo"));
    await until(() => q("proposal-stale") !== null);
    expect(visible()).toEqual(tabs);
  });

  it("a proposal the user typed in: kept as a dated copy after it, the next copy after that one; undo puts the last back", async () => {
    await host.insertTemplate(await templateSpec("example", 2560, "th"), "fail");
    const at = host.workbook.sheetNames().indexOf(P);
    const tabs = visible();
    const edit = async (note: string) => {
      // a line the planner typed on the form, then a longer rationale
      host.workbook.setCellInput(P, "A3", note, "user");
      const cell = rationale();
      const text = String(host.workbook.readCell(cell.sheet, cell.cell).value);
      host.workbook.setCellInput(cell.sheet, cell.cell, `${text}\n${text}`, "user");
      await check();
      await until(() => q("proposal-stale") !== null);
      expect(q("proposal-stale")?.textContent).toContain(`ข้อมูลโครงการเปลี่ยนหลังจัดหน้าแผ่นงาน ${P} (หลักการและเหตุผล`);
      expect(q("proposal-stale")?.textContent).toContain("จะเก็บเป็นแผ่นงานแยก");
    };
    await edit("เสนอที่ประชุม 1");
    await click(q("proposal-relayout"));
    await until(() => visible().length === tabs.length + 1 && q("proposal-stale") === null && q("notice") !== null);
    const first = visible()[at + 1];
    expect(first).toMatch(COPY);
    expect(visible()[at]).toBe(P);
    expect(q("notice")?.textContent).toContain(`ฉบับเดิมเก็บไว้ในแผ่นงาน ${first}`);
    expect(host.workbook.readCell(first, "A3").value).toBe("เสนอที่ประชุม 1");

    await edit("เสนอที่ประชุม 2");
    await click(q("proposal-relayout"));
    await until(() => visible().length === tabs.length + 2 && q("proposal-stale") === null);
    const second = visible()[at + 2];
    expect(visible()[at]).toBe(P);
    expect(visible()[at + 1]).toBe(first);
    expect(second).toMatch(COPY);
    expect(second).not.toBe(first);
    expect(host.workbook.readCell(second, "A3").value).toBe("เสนอที่ประชุม 2");
    expect(visible().filter((n) => !COPY.test(n))).toEqual(tabs);

    await click(q("notice-undo"));
    await until(() => !visible().includes(second));
    expect(visible()[at]).toBe(P);
    expect(visible()[at + 1]).toBe(first);
    expect(host.workbook.readCell(P, "A3").value).toBe("เสนอที่ประชุม 2");
  });

  it("English: the offer and its button come from the catalogue", async () => {
    await host.insertTemplate(await templateSpec("example", 2560, "th"), "fail");
    const cell = rationale();
    host.workbook.setCellInput(cell.sheet, cell.cell, "x".repeat(3000), "user");
    await click(q("lang-en"));
    await check();
    await until(() => q("proposal-behind") !== null);
    expect(q("proposal-behind")?.textContent).toContain(`The sheet ${P} is still laid out for the data as the template was inserted`);
    // one name for the button, the one the sheet's note (column Q) gives it
    expect(q("proposal-relayout")?.textContent).toBe("Lay the proposal out again");
    expect(FLAG_TEXT.en).toContain("Lay the proposal out again");
  });
});
