/**
 * @jest-environment jsdom
 */
/**
 * The pane's "What was read" (issue 9): against the real preview workbook (HyperFormula) as the host, a
 * hand-made budget sheet is read; the pane shows each table's sheet, header row, the role each column was
 * read as and the rows that are headings and totals; the user corrects a column's role and saves; the
 * choice lands in the add-in's hidden mapping sheet (no user cell written), the check runs again with it,
 * and undo takes it back. Reading problems are listed once (as findings), not counted again.
 */
import { act } from "react";
import { PreviewWorkbookHost } from "../../src/adapters/preview";
import { MAPPING_SHEET, readMapping } from "../../src/workbook/mapping";
import { problemsNotInFindings } from "../../src/taskpane/workbookApi";
import type { Finding } from "../../src/core/findings";
import { renderPane, setupPaneDom, q, until, click } from "../helpers/paneDom";

setupPaneDom();

async function choose(select: HTMLElement | null, value: string): Promise<void> {
  if (!(select instanceof HTMLSelectElement)) throw new Error("no select");
  await act(async () => {
    const set = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, "value")!.set!;
    set.call(select, value);
    select.dispatchEvent(new Event("change", { bubbles: true }));
  });
}

const CELLS: [string, string | number][] = [
  ["A1", "ชื่อโครงการ"],
  ["B1", "ทดสอบการอ่าน"],
  ["A2", "ปีงบประมาณ"],
  ["B2", 2567],
  ["A4", "ที่"],
  ["B4", "รายการ"],
  ["C4", "จำนวน"],
  ["D4", "ค่าละ"], // a unit-cost header the reader does not know
  ["E4", "จำนวนเงิน"],
  ["A5", "กิจกรรมที่ 1 ประชุม"],
  ["A6", 1],
  ["B6", "ค่าอาหารว่าง"],
  ["C6", 20],
  ["D6", 30],
  ["E6", 900],
  ["A7", 2],
  ["B7", "ค่าเอกสาร"],
  ["C7", 20],
  ["D7", 10],
  ["E7", 200],
  ["B8", "รวมทั้งสิ้น"],
  ["E8", 1100],
];

describe("What was read, and correcting a column", () => {
  let pane: { close(): Promise<void> };
  let host: PreviewWorkbookHost;

  beforeAll(async () => {
    host = new PreviewWorkbookHost();
    host.workbook.setCells(CELLS.map(([cell, v]) => ({ sheet: "Sheet1", cell, content: { value: v } })));
    pane = await renderPane(host, "excel", "en");
  });

  afterAll(async () => {
    await pane.close();
  });

  it("shows the table, the role of each column and the rows that are not lines", async () => {
    await until(() => q("reading") !== null);
    // the section is collapsed until its header is clicked
    expect(q("reading-table-0")).toBeNull();
    await click(q("reading-open"));
    await until(() => q("reading-table-0") !== null);
    const table = q("reading-table-0")!;
    expect(table.textContent).toContain("Sheet Sheet1 · header row 4 · 2 line rows");
    expect((q("reading-role-B") as HTMLSelectElement).value).toBe("item");
    expect((q("reading-role-C") as HTMLSelectElement).value).toBe("quantity");
    expect((q("reading-role-D") as HTMLSelectElement).value).toBe("");
    expect((q("reading-role-E") as HTMLSelectElement).value).toBe("amount");
    const rows = q("reading-rows-0")!.textContent!;
    expect(rows).toContain("Row 5: activity heading");
    expect(rows).toContain("Row 8: grand total");
    expect(q("reading-year")!.textContent).toContain("2567");
    // the save button waits for a change
    expect((q("reading-save-0") as HTMLButtonElement).disabled).toBe(true);
  });

  it("saves a corrected column to the hidden mapping sheet; the check uses it; undo takes it back", async () => {
    const userBefore = (await host.loadSnapshot()).sheets.find((s) => s.name === "Sheet1")!.values;
    await choose(q("reading-role-D"), "unitCost");
    expect((q("reading-save-0") as HTMLButtonElement).disabled).toBe(false);
    // a check runs again before the user saves (live checking, or the check button): the reading it brings is
    // a new object for the same table, and the unsaved choice stays
    const loads = jest.spyOn(host, "loadSnapshot");
    await click(q("validate-run"));
    await until(() => loads.mock.calls.length > 0);
    await act(async () => {
      await loads.mock.results[0].value;
      await new Promise((r) => setTimeout(r, 50));
    });
    await until(() => !(q("reading-save-0") as HTMLButtonElement).disabled);
    loads.mockRestore();
    expect((q("reading-role-D") as HTMLSelectElement).value).toBe("unitCost");
    await click(q("reading-save-0"));
    await until(() => q("reading-corrected") !== null);

    const snap = await host.loadSnapshot();
    expect(readMapping(snap).find((c) => c.role === "unitCost")).toEqual({ sheet: "Sheet1", role: "unitCost", col: 4, headerRow: 4 });
    expect(host.workbook.visibleSheetNames()).toEqual(["Sheet1"]);
    expect(host.workbook.sheetNames()).toContain(MAPPING_SHEET);
    expect(snap.sheets.find((s) => s.name === "Sheet1")!.values).toEqual(userBefore);
    // 20 × 30 = 600, not 900: found now that D is the unit cost
    await until(() => (q("group-error")?.textContent ?? "").includes("E6") || (q("group-error")?.textContent ?? "").includes("900"));
    expect((q("reading-role-D") as HTMLSelectElement).value).toBe("unitCost");

    // the step's one undo control is the notice's (the toolbar does not repeat it)
    expect(q("validate-undo")).toBeNull();
    await click(q("notice-undo"));
    await until(() => q("reading-corrected") === null);
    expect(readMapping(await host.loadSnapshot())).toEqual([]);
    expect((q("reading-role-D") as HTMLSelectElement).value).toBe("");
  });
});

describe("reading problems are listed once", () => {
  it("a problem shown as a read-problem finding is not counted again", () => {
    const f: Finding = { rule: "read-problem", severity: "info", message: { th: "ก", en: "a" } };
    expect(problemsNotInFindings(["ก / a", "ข / b"], [f])).toEqual(["ข / b"]);
    // merged into another finding at its cell (one finding per cell): shown there
    const merged: Finding = { rule: "bad-number", severity: "warning", message: { th: "ค", en: "c" }, sheet: "S", cell: "B2", also: ["read-problem"] };
    expect(problemsNotInFindings(["ข / b"], [merged], [{ th: "ข", en: "b", sheet: "S", cell: "B2" }])).toEqual([]);
  });
});

describe("the panel's own catalogue", () => {
  it("has Thai and English for every key, with the same placeholders", async () => {
    const { READING_STRINGS, rt } = await import("../../src/taskpane/i18n/readingStrings");
    for (const [key, { th, en }] of Object.entries(READING_STRINGS)) {
      expect(th.trim()).not.toBe("");
      expect(en.trim()).not.toBe("");
      const vars = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      expect({ key, vars: vars(en) }).toEqual({ key, vars: vars(th) });
    }
    expect(rt("th", "row", { row: 5 })).toBe("แถว 5");
    expect(rt("en", "where", { sheet: "S", header: 4, lines: 2 })).toBe("Sheet S · header row 4 · 2 line rows");
  });
});
