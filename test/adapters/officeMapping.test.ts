/**
 * Storing a column correction from the pane in Excel (issue 9): the choices go through the Office adapter's
 * applyEdits into the add-in's hidden mapping sheet (created hidden on the first write), never into a user's
 * cell; the next read of the workbook uses them; the write is one undo step and its inverse undoes it.
 * Run against the fake Excel object model (it enforces load/sync rules and payload limits).
 */
jest.mock("office-addin-manifest", () => ({ OfficeApp: { Excel: "excel" } }));
import { OfficeWorkbookHost, type ExcelRunner } from "../../src/adapters/office/OfficeWorkbookHost";
import { FakeWorkbook } from "./fakeExcel";
import { analyze } from "../../src/taskpane/workbookApi";
import { columnMappingEdits, readingOf } from "../../src/taskpane/reading";
import { MAPPING_SHEET, readMapping } from "../../src/workbook/mapping";

// a hand-made budget table whose unit-cost column has a header the reader does not know ("ค่าละ")
const BUDGET = {
  A1: "ชื่อโครงการ",
  B1: "ทดสอบ",
  A2: "ปีงบประมาณ",
  B2: 2567,
  A4: "ที่",
  B4: "รายการ",
  C4: "จำนวน",
  D4: "ค่าละ",
  E4: "จำนวนเงิน",
  A5: 1,
  B5: "ค่าอาหารว่าง",
  C5: 20,
  D5: 30,
  E5: 900,
  A6: 2,
  B6: "ค่าเอกสาร",
  C6: 20,
  D6: 10,
  E6: 200,
};

const hostFor = (book: FakeWorkbook) => new OfficeWorkbookHost({ excel: book.excel as unknown as ExcelRunner, isSetSupported: book.isSetSupported });

describe("saving a column correction through the Office adapter", () => {
  it("writes only the hidden mapping sheet, the next read uses it, and the inverse undoes it", async () => {
    const book = new FakeWorkbook({ apiVersion: "1.20", sheets: { งบ: BUDGET } });
    const host = hostFor(book);
    const before = analyze(await host.loadSnapshot());
    const table = readingOf(before)!.tables.find((t) => t.table === "budget")!;
    // as read: D is not used, so nothing is checked against a unit cost
    expect(table.columns.some((c) => c.column === "D")).toBe(false);
    expect(before.findings.filter((f) => f.rule === "line-amount-mismatch")).toEqual([]);

    const userCells = new Map(book.sheets[0].cells);
    const syncsBefore = book.syncCount;
    const edits = columnMappingEdits(before.snapshot, table, { B: "item", C: "quantity", D: "unitCost", E: "amount" });
    expect(edits.every((e) => e.sheet === MAPPING_SHEET)).toBe(true);
    const inverse = await host.applyEdits(edits);

    // the mapping sheet exists, hidden; the user's sheet is untouched
    const mapping = book.sheets.find((s) => s.name === MAPPING_SHEET)!;
    expect(mapping.visibility).toBe("Hidden");
    expect(book.sheets[0].cells).toEqual(userCells);
    // one Excel.run, as one undo group, in 3 syncs (probe the sheet, read the cells, write)
    expect(book.runs[book.runs.length - 1].options?.mergeUndoGroup).toBe(true);
    expect(book.syncCount - syncsBefore).toBe(3);
    expect(Math.max(...book.payloads.map((p) => p.request))).toBeLessThan(5 * 1024 * 1024);

    // the next read takes D as the unit cost: 20 × 30 = 600, not 900
    const after = analyze(await host.loadSnapshot());
    expect(readMapping(after.snapshot)).toEqual([
      { sheet: "งบ", role: "item", col: 2, headerRow: 4 },
      { sheet: "งบ", role: "quantity", col: 3, headerRow: 4 },
      { sheet: "งบ", role: "unitCost", col: 4, headerRow: 4 },
      { sheet: "งบ", role: "amount", col: 5, headerRow: 4 },
    ]);
    expect(readingOf(after)!.tables.find((t) => t.table === "budget")!.corrected).toBe(true);
    expect(after.findings.filter((f) => f.rule === "line-amount-mismatch").map((f) => `${f.sheet}!${f.cell}`)).toEqual(["งบ!E5"]);

    // a second save rewrites the sheet in place (no second sheet), and undo restores the first save
    const again = columnMappingEdits(after.snapshot, readingOf(after)!.tables.find((t) => t.table === "budget")!, { B: "item", C: "quantity", D: "", E: "amount" });
    const inverse2 = await host.applyEdits(again);
    expect(book.sheets.filter((s) => s.name === MAPPING_SHEET)).toHaveLength(1);
    expect(readMapping(await host.loadSnapshot()).find((c) => c.role === "unitCost")).toEqual({ sheet: "งบ", role: "unitCost", col: null, headerRow: 4 });
    const outcome = await host.undoEdits(inverse2);
    expect(outcome.leftAlone).toEqual([]);
    expect(readMapping(await host.loadSnapshot()).find((c) => c.role === "unitCost")?.col).toBe(4);
    // undoing the first save empties the mapping: the table is read as found again (the hidden sheet stays)
    await host.undoEdits(inverse);
    const undone = analyze(await host.loadSnapshot());
    expect(readMapping(undone.snapshot)).toEqual([]);
    expect(undone.findings.filter((f) => f.rule === "line-amount-mismatch")).toEqual([]);
    expect(book.sheets[0].cells).toEqual(userCells);
  });

  it("never creates or hides a user's sheet: an edit of a missing user sheet fails as before", async () => {
    const book = new FakeWorkbook({ sheets: { งบ: BUDGET } });
    await expect(hostFor(book).applyEdits([{ sheet: "ไม่มี", cell: "A1", value: 1 }])).rejects.toThrow();
    expect(book.sheets.map((s) => [s.name, s.visibility])).toEqual([["งบ", undefined]]);
  });
});
