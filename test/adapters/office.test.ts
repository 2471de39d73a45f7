// office-addin-mock needs only the OfficeApp enum from office-addin-manifest, whose dependency chain ships
// ES modules that jest (CommonJS, Node 20) cannot require; stand in for that enum.
jest.mock("office-addin-manifest", () => ({
  OfficeApp: { Excel: "excel", OneNote: "onenote", Outlook: "outlook", PowerPoint: "powerpoint", Project: "project", Word: "word" },
}));
import { OfficeMockObject } from "office-addin-mock";
import type { Finding } from "../../src/core/findings";
import { parseCell } from "./fakeA1";
import { isMarkFormula, listSource, markFormula, OfficeWorkbookHost, toCellInput, type ExcelRunner } from "../../src/adapters/office/OfficeWorkbookHost";
import { DEFAULT_FONT_SIZE, MARK_FILLS, MONEY_FORMAT, NUMBER_FORMAT, STYLE_LOOKS } from "../../src/workbook/styles";
import { FakeWorkbook } from "./fakeExcel";
import { budgetSpec } from "./specFixture";

function hostFor(book: FakeWorkbook, extra: { now?: () => number; eventGraceMs?: number } = {}) {
  return new OfficeWorkbookHost({ excel: book.excel as unknown as ExcelRunner, isSetSupported: book.isSetSupported, ...extra });
}

const flushEvents = () => new Promise((r) => setImmediate(r));

describe("OfficeWorkbookHost.requirements (Office global mocked with office-addin-mock)", () => {
  const g = globalThis as unknown as { Office?: unknown };
  afterEach(() => delete g.Office);

  it("reads requirement sets through Office.context.requirements.isSetSupported", () => {
    const asked: string[] = [];
    g.Office = new OfficeMockObject({
      context: {
        requirements: {
          isSetSupported(set: string, version: string) {
            asked.push(`${set} ${version}`);
            return set === "ExcelApi" && Number(version.split(".")[1]) <= 9;
          },
        },
      },
    });
    const host = new OfficeWorkbookHost({ excel: new FakeWorkbook().excel as unknown as ExcelRunner });
    expect(host.requirements()).toEqual([
      { set: "ExcelApi", version: "1.8", supported: true },
      { set: "ExcelApi", version: "1.9", supported: true },
      { set: "ExcelApi", version: "1.11", supported: false },
      { set: "ExcelApi", version: "1.14", supported: false },
      { set: "ExcelApi", version: "1.20", supported: false },
    ]);
    expect(asked).toContain("ExcelApi 1.8");
  });

  it("reports nothing supported outside Office", () => {
    const host = new OfficeWorkbookHost({ excel: new FakeWorkbook().excel as unknown as ExcelRunner });
    expect(host.requirements().every((r) => !r.supported)).toBe(true);
  });
});

describe("insertTemplate", () => {
  it.each([10, 5000])("writes a %i-row template in ≤ 3 syncs with a bounded number of commands", async (rows) => {
    const book = new FakeWorkbook({ apiVersion: "1.9" });
    const host = hostFor(book);
    const result = await host.insertTemplate(budgetSpec(rows), "suffix");
    expect(result).toEqual({ created: ["อัตรา", "งบประมาณ"], conflicts: [] });
    expect(book.runs).toHaveLength(1);
    expect(book.syncCount).toBeLessThanOrEqual(3);
    expect(book.suspendCalls).toBe(1);
    // values/formulas one array per sheet, number formats a few rectangles: independent of the row count
    expect(book.arrayWrites).toBeLessThanOrEqual(12);
    expect(book.commands).toBeLessThan(250);
    expect(book.brokenRefs).toEqual([]);

    const last = 3 + rows;
    expect(book.cell("งบประมาณ", "B4")?.value).toBe("ค่าอาหารกลางวัน");
    expect(book.cell("งบประมาณ", "D5")?.value).toBe(35);
    expect(book.cell("งบประมาณ", `G${last}`)?.formula).toBe(`=D${last}*E${last}*F${last}`);
    expect(book.cell("งบประมาณ", `G${last + 1}`)?.formula).toBe(`=SUM(G4:G${last})`);
    // text that looks like a number stays text
    expect(book.cell("งบประมาณ", `A${last + 3}`)?.value).toBe("00123");
    expect(book.cell("อัตรา", "B4")?.value).toBe(120);

    const budget = book.sheet("งบประมาณ");
    expect(budget.font).toEqual({ name: "TH SarabunPSK", size: DEFAULT_FONT_SIZE });
    const k = (a: string) => {
      const p = parseCell(a);
      return `${p.row},${p.col}`;
    };
    expect(budget.fills.get(k("D4"))).toBe(STYLE_LOOKS.inputMoney.fill);
    expect(budget.fills.get(k(`G${last}`))).toBe(STYLE_LOOKS.formulaMoney.fill);
    expect(STYLE_LOOKS.inputMoney.fill).not.toBe(STYLE_LOOKS.formulaMoney.fill);
    expect(budget.locked.get(k("D4"))).toBe(false);
    expect(budget.locked.get(k("G4"))).toBe(true);
    expect(budget.bold.has(k("B3"))).toBe(true);
    expect(budget.numberFormats.get(k(`D${last}`))).toBe(MONEY_FORMAT);
    expect(budget.numberFormats.get(k("E4"))).toBe(NUMBER_FORMAT);
    // borders: the whole table (header and lines, input and formula cells alike) is one rectangle
    expect(budget.borders.filter((b) => b.edge === "InsideHorizontal").map((b) => b.range)).toEqual([`A3:H${last}`]);
    expect(budget.numberFormats.has(k("B4"))).toBe(false);
    expect(budget.columnWidths.B).toBeGreaterThan(budget.columnWidths.A);
    expect(budget.merges).toEqual(["A1:H1"]);
    expect(budget.validations).toEqual([
      { range: `C4:C${last}`, rule: { list: { inCellDropDown: true, source: "ค่าตอบแทน,ค่าใช้สอย,ค่าวัสดุ" } } },
      { range: `B4:B${last}`, rule: { list: { inCellDropDown: true, source: "='อัตรา'!$A$4:$A$5" } } },
    ]);
    expect(budget.cfs).toEqual([expect.objectContaining({ type: "Custom", range: `D4:D${last}`, formula: "=AND(ISNUMBER(H4),D4>H4)", fill: "#F8CBAD" })]);
    expect(budget.frozenRows).toBe(3);
    expect(budget.orientation).toBe("Landscape");
    expect(budget.printTitleRows).toBe("$3:$3");
    expect(budget.tabColor).toBe("#2F5597");
    expect(budget.charts).toEqual([
      expect.objectContaining({ title: "งบประมาณ", values: `งบประมาณ!G4:G${last}`, categories: `งบประมาณ!B4:B${last}`, anchor: "J3" }),
    ]);
    expect(book.activeSheet).toBe("อัตรา");
  });

  it("a month drop-down that also takes a date typed in any form: no alert for values outside the list", async () => {
    const book = new FakeWorkbook({ apiVersion: "1.9" });
    const spec = budgetSpec(5);
    spec.sheets[1].validations!.push({ range: "E4:E9", source: ["ต.ค. 2559", "พ.ย. 2559"], allowOther: true });
    await hostFor(book).insertTemplate(spec, "fail");
    const v = book.sheet("งบประมาณ").validations;
    expect(v.find((x) => x.range === "E4:E9")).toEqual({
      range: "E4:E9",
      rule: { list: { inCellDropDown: true, source: "ต.ค. 2559,พ.ย. 2559" } },
      errorAlert: expect.objectContaining({ showAlert: false }),
    });
    // the other lists keep Excel's alert
    expect(v.filter((x) => x.errorAlert !== undefined)).toHaveLength(1);
  });

  it("queues the same number of commands for 10 and 5,000 rows", async () => {
    const count = async (rows: number) => {
      const book = new FakeWorkbook();
      await hostFor(book).insertTemplate(budgetSpec(rows), "fail");
      return [book.commands, book.arrayWrites];
    };
    expect(await count(5000)).toEqual(await count(10));
  });

  it("on ExcelApi 1.8 leaves page layout alone (the fake throws if it is touched) and does not ask for delayForCellEdit", async () => {
    const book = new FakeWorkbook({ apiVersion: "1.8" });
    await hostFor(book).insertTemplate(budgetSpec(3), "fail");
    expect(book.sheet("งบประมาณ").orientation).toBeUndefined();
    expect(book.runs[0].options).toBeUndefined();
    const newer = new FakeWorkbook({ apiVersion: "1.11" });
    await hostFor(newer).insertTemplate(budgetSpec(3), "fail");
    expect(newer.runs[0].options).toEqual({ delayForCellEdit: true });
  });

  const userBook = () =>
    new FakeWorkbook({
      apiVersion: "1.9",
      sheets: { งบประมาณ: { A1: "ของผู้ใช้", B2: 42 }, Other: { A1: { formula: "=งบประมาณ!B2", value: 42 } } },
    });

  it('mode "fail" writes nothing and reports the conflicts', async () => {
    const book = userBook();
    const result = await hostFor(book).insertTemplate(budgetSpec(5), "fail");
    expect(result).toEqual({ created: [], conflicts: ["งบประมาณ"] });
    expect(book.sheets.map((s) => s.name)).toEqual(["งบประมาณ", "Other"]);
    expect(book.grid("งบประมาณ")).toEqual([["ของผู้ใช้", null], [null, 42]]);
    expect(book.syncCount).toBe(1);
  });

  it('mode "suffix" creates "งบประมาณ (2)" and points the template\'s own references at it', async () => {
    const book = userBook();
    const spec = budgetSpec(5);
    spec.sheets[0].cells.push({ address: "D1", formula: "=SUM('งบประมาณ'!G4:G8)+งบประมาณ!G9" });
    const result = await hostFor(book).insertTemplate(spec, "suffix");
    expect(result).toEqual({ created: ["อัตรา", "งบประมาณ (2)"], conflicts: ["งบประมาณ"] });
    expect(book.grid("งบประมาณ")).toEqual([["ของผู้ใช้", null], [null, 42]]);
    expect(book.cell("อัตรา", "D1")?.formula).toBe("=SUM('งบประมาณ (2)'!G4:G8)+'งบประมาณ (2)'!G9");
    expect(book.sheet("งบประมาณ (2)").charts[0].values).toBe("งบประมาณ (2)!G4:G8");
    expect(book.brokenRefs).toEqual([]);
    expect(book.syncCount).toBeLessThanOrEqual(3);
  });

  it('mode "replace" never deletes: the old sheet is kept as "งบประมาณ (เดิม)", Excel\'s undo stack survives', async () => {
    const book = new FakeWorkbook({ sheets: { งบประมาณ: { A1: "เก่า", B2: 7 }, Other: { A1: { formula: "=งบประมาณ!B2", value: 7 } } } });
    book.userEdit("Other", "C1", 1);
    book.undoStack.push({ cells: [] }); // the user's own earlier step
    const result = await hostFor(book).insertTemplate(budgetSpec(4), "replace");
    expect(result).toEqual({ created: ["อัตรา", "งบประมาณ"], conflicts: ["งบประมาณ"], keptAs: [{ name: "งบประมาณ", keptAs: "งบประมาณ (เดิม)" }] });
    expect(book.sheets.map((s) => s.name)).toEqual(["งบประมาณ (เดิม)", "Other", "อัตรา", "งบประมาณ"]);
    expect(book.grid("งบประมาณ (เดิม)")).toEqual([["เก่า", null], [null, 7]]);
    expect(book.cell("งบประมาณ", "A1")?.value).toBe("งบประมาณโครงการ");
    expect(book.undoCleared).toBe(0);
    expect(book.undoStack.length).toBeGreaterThan(0);
    expect(book.syncCount).toBeLessThanOrEqual(2);
    // a second replace keeps that one too, under the next free name
    const again = await hostFor(book).insertTemplate(budgetSpec(2), "replace");
    expect(again.keptAs).toEqual([
      { name: "อัตรา", keptAs: "อัตรา (เดิม)" },
      { name: "งบประมาณ", keptAs: "งบประมาณ (เดิม 2)" },
    ]);
    expect(book.sheets).toHaveLength(6);
  });

  it("suffixes repeatedly: (2), then (3)", async () => {
    const book = new FakeWorkbook({ sheets: { Sheet1: {} } });
    const host = hostFor(book);
    await host.insertTemplate(budgetSpec(2), "suffix");
    await host.insertTemplate(budgetSpec(2), "suffix");
    const again = await host.insertTemplate(budgetSpec(2), "suffix");
    expect(again.created).toEqual(["อัตรา (3)", "งบประมาณ (3)"]);
    expect(book.cell("งบประมาณ (3)", "H4")?.formula).toBe(`=IFERROR(VLOOKUP(B4,'อัตรา (3)'!$A$4:$B$5,2,FALSE),"")`);
  });
});

describe("loadSnapshot", () => {
  it("anchors the used range at A1 and separates formulas from constants", async () => {
    const book = new FakeWorkbook({
      sheets: {
        Plan: { B3: "รายการ", C3: 120, D4: { formula: "=C3*2", value: 240 }, C5: "#REF!" },
        Empty: {},
      },
    });
    const snap = await hostFor(book).loadSnapshot();
    expect(snap.sheets.map((s) => s.name)).toEqual(["Plan", "Empty"]);
    const plan = snap.sheets[0];
    expect(plan.values).toEqual([
      [null, null, null, null],
      [null, null, null, null],
      [null, "รายการ", 120, null],
      [null, null, null, 240],
      [null, null, "#REF!", null],
    ]);
    expect(plan.formulas[3][3]).toBe("=C3*2");
    expect(plan.formulas[2][2]).toBeNull();
    expect(plan.formulas.flat().filter(Boolean)).toEqual(["=C3*2"]);
    expect(snap.sheets[1]).toEqual({ name: "Empty", values: [], formulas: [] });
    expect(book.syncCount).toBeLessThanOrEqual(2);
  });

  it("names the active sheet (the pane checks its plan set) in the first sync; a read of chosen sheets leaves it out", async () => {
    const book = new FakeWorkbook({ apiVersion: "1.9", sheets: { งบประมาณ: { A1: "ของผู้ใช้" } } });
    const host = hostFor(book);
    await host.insertTemplate(budgetSpec(5), "suffix");
    const syncsBefore = book.syncCount;
    const snap = await host.loadSnapshot();
    expect(snap.activeSheet).toBe("อัตรา");
    expect(book.syncCount - syncsBefore).toBeLessThanOrEqual(2);
    expect((await host.loadSnapshot(["งบประมาณ (2)"])).activeSheet).toBeUndefined();
    await host.selectCell("งบประมาณ (2)", "B3");
    expect((await host.loadSnapshot()).activeSheet).toBe("งบประมาณ (2)");
  });

  it("returns only the requested sheets (case-insensitive), skipping missing ones", async () => {
    const book = new FakeWorkbook({ sheets: { A: { A1: 1 }, B: { A1: 2 }, C: { A1: 3 } } });
    const snap = await hostFor(book).loadSnapshot(["c", "Nope", "A"]);
    expect(snap.sheets.map((s) => [s.name, s.values[0][0]])).toEqual([
      ["C", 3],
      ["A", 1],
    ]);
  });

  it("reads in one sync once the sheet names are known, and notices added, renamed and deleted sheets", async () => {
    const book = new FakeWorkbook({ sheets: { A: { A1: 1 }, B: { A1: 2 } } });
    const host = hostFor(book);
    const read = async (sheets?: string[]) => {
      const before = book.syncCount;
      const snap = await host.loadSnapshot(sheets);
      return { names: snap.sheets.map((s) => `${s.name}=${s.values[0]?.[0] ?? ""}`), syncs: book.syncCount - before };
    };
    expect(await read()).toEqual({ names: ["A=1", "B=2"], syncs: 2 });
    expect(await read()).toEqual({ names: ["A=1", "B=2"], syncs: 1 });
    expect(await read(["b"])).toEqual({ names: ["B=2"], syncs: 1 });
    // a sheet added by the user
    book.createSheet("C").cells.set("0,0", { value: 3, formula: null });
    expect(await read()).toEqual({ names: ["A=1", "B=2", "C=3"], syncs: 2 });
    expect(await read()).toEqual({ names: ["A=1", "B=2", "C=3"], syncs: 1 });
    // renamed
    book.sheet("B").name = "B2";
    expect(await read(["B2", "A"])).toEqual({ names: ["B2=2", "A=1"], syncs: 2 });
    // deleted: the known names are probed with getItemOrNullObject, so a missing sheet costs nothing
    book.sheets.splice(0, 1);
    expect(await read(["A", "C"])).toEqual({ names: ["C=3"], syncs: 1 });
    // after an insert the host knows the new names
    await host.insertTemplate(budgetSpec(2), "fail");
    const after = await read();
    expect(after.syncs).toBe(1);
    expect(book.payloads.every((p) => p.request < 4e6 && p.response < 4e6)).toBe(true);
    expect(after.names).toEqual(["B2=2", "C=3", "อัตรา=อัตราค่าใช้จ่าย", "งบประมาณ=งบประมาณโครงการ"]);
  });

  it.each([10, 5000])("reads an inserted %i-row plan back in ≤ 2 syncs", async (rows) => {
    const book = new FakeWorkbook();
    const host = hostFor(book);
    await host.insertTemplate(budgetSpec(rows), "fail");
    const before = book.syncCount;
    const snap = await host.loadSnapshot();
    expect(book.syncCount - before).toBeLessThanOrEqual(2);
    const budget = snap.sheets.find((s) => s.name === "งบประมาณ")!;
    expect(budget.values.length).toBe(rows + 6);
    expect(budget.formulas[3 + rows - 1][6]).toBe(`=D${3 + rows}*E${3 + rows}*F${3 + rows}`);
    expect(budget.values[3][1]).toBe("ค่าอาหารกลางวัน");
  });
});

describe("applyEdits", () => {
  it("writes in 2 syncs and returns edits that undo (each with what the edit left: value or formula, number format)", async () => {
    const book = new FakeWorkbook({ sheets: { S: { A1: 10, B1: { formula: "=A1*2", value: 20 }, C1: "ข้อความ" } } });
    book.userFormat("S", "A1", "#,##0.00");
    const host = hostFor(book);
    const undo = await host.applyEdits([
      { sheet: "S", cell: "A1", value: 99 },
      { sheet: "S", cell: "B1", value: 5 },
      { sheet: "S", cell: "C1", formula: "=A1+1" },
      { sheet: "S", cell: "D1", value: "007" },
    ]);
    expect(book.syncCount).toBe(2);
    expect(book.grid("S")).toEqual([[99, 5, "=A1+1", "007"]]);
    expect(undo).toEqual([
      { sheet: "S", cell: "D1", value: null, expect: { value: "007", numberFormat: "General" } },
      { sheet: "S", cell: "C1", value: "ข้อความ", expect: { formula: "=A1+1", numberFormat: "General" } },
      { sheet: "S", cell: "B1", formula: "=A1*2", expect: { value: 5, numberFormat: "General" } },
      { sheet: "S", cell: "A1", value: 10, expect: { value: 99, numberFormat: "#,##0.00" } },
    ]);
    const before = book.syncCount;
    const outcome = await host.undoEdits(undo);
    // one read of every cell, one write
    expect(book.syncCount - before).toBe(2);
    expect(outcome.leftAlone).toEqual([]);
    expect(outcome.undone).toHaveLength(4);
    expect(book.grid("S")).toEqual([[10, "=A1*2", "ข้อความ"]]);
  });

  it("undo re-reads the cells in one sync and, when any changed since the fix (typed over, moved by an inserted row), writes nothing", async () => {
    const book = new FakeWorkbook({ apiVersion: "1.14", sheets: { S: { A1: 10, A2: 20, A3: 30 } } });
    const host = hostFor(book);
    const undo = await host.applyEdits([
      { sheet: "S", cell: "A1", value: 11 },
      { sheet: "S", cell: "A2", value: 21 },
      { sheet: "S", cell: "A3", formula: "=A1+A2" },
    ]);
    book.userEdit("S", "A2", 500); // typed over the fix
    book.sheet("S").cells.set("2,0", { value: "inserted row", formula: null }); // a row inserted above moved A3 down
    const before = book.syncCount;
    const writes = book.arrayWrites;
    const outcome = await host.undoEdits(undo);
    expect(book.syncCount - before).toBe(1);
    expect(book.arrayWrites).toBe(writes);
    expect(outcome.undone).toEqual([]);
    expect(outcome.leftAlone.map((e) => e.cell).sort()).toEqual(["A2", "A3"]);
    // A1, still the fix's, is not taken back alone either: the step is undone whole or not at all
    expect(book.grid("S")).toEqual([[11], [500], ["inserted row"]]);
  });

  it("the tester's case: a month fixed to a date, then 'ธ.ค. 2569' typed in the cell: undo refuses and keeps the typing", async () => {
    const book = new FakeWorkbook({ apiVersion: "1.14", sheets: { กิจกรรม: { E5: "พ.ย. ๒๕๖๙" } } });
    book.userFormat("กิจกรรม", "E5", "[$-th-TH]mmm yy");
    const host = hostFor(book);
    const undo = await host.applyEdits([{ sheet: "กิจกรรม", cell: "E5", value: 46692 }]);
    expect(undo[0].expect).toEqual({ value: 46692, numberFormat: "[$-th-TH]mmm yy" });
    book.userEdit("กิจกรรม", "E5", "ธ.ค. 2569");
    const before = book.syncCount;
    const outcome = await host.undoEdits(undo);
    expect(book.syncCount - before).toBe(1);
    expect(outcome.leftAlone.map((e) => `${e.sheet}!${e.cell}`)).toEqual(["กิจกรรม!E5"]);
    expect(book.cell("กิจกรรม", "E5")?.value).toBe("ธ.ค. 2569");
  });

  it("a number format changed since the fix is a change too: undo refuses", async () => {
    const book = new FakeWorkbook({ apiVersion: "1.14", sheets: { S: { A1: "๑๐๐" } } });
    const host = hostFor(book);
    const undo = await host.applyEdits([{ sheet: "S", cell: "A1", value: 100 }]);
    book.userFormat("S", "A1", "0.00%");
    const outcome = await host.undoEdits(undo);
    expect(outcome.undone).toEqual([]);
    expect(outcome.leftAlone).toHaveLength(1);
    expect(book.cell("S", "A1")?.value).toBe(100);
    // put back as it was after the fix: the undo goes through
    book.userFormat("S", "A1", "General");
    expect((await host.undoEdits(undo)).undone).toHaveLength(1);
    expect(book.cell("S", "A1")?.value).toBe("๑๐๐");
  });

  it("ExcelApi 1.20: each fix is one step on Excel's own undo stack (mergeUndoGroup); older Excel is not asked", async () => {
    const book = new FakeWorkbook({ apiVersion: "1.20", sheets: { S: { A1: 1, B1: 2 } } });
    const host = hostFor(book);
    await host.applyEdits([
      { sheet: "S", cell: "A1", value: 10 },
      { sheet: "S", cell: "B1", value: 20 },
    ]);
    expect(book.runs.at(-1)?.options).toEqual({ delayForCellEdit: true, mergeUndoGroup: true });
    expect(book.undoStack).toHaveLength(1);
    expect(book.undo()).toBe(true); // Ctrl+Z in Excel takes back the whole fix
    expect(book.grid("S")).toEqual([[1, 2]]);
    const old = new FakeWorkbook({ apiVersion: "1.14", sheets: { S: { A1: 1 } } });
    await hostFor(old).applyEdits([{ sheet: "S", cell: "A1", value: 5 }]);
    expect(old.runs.at(-1)?.options).toEqual({ delayForCellEdit: true });
  });

  it("does nothing for no edits", async () => {
    const book = new FakeWorkbook();
    expect(await hostFor(book).applyEdits([])).toEqual([]);
    expect(book.syncCount).toBe(0);
  });
});

describe("applyEdits: a row added to a table takes the table's format", () => {
  it.each(["1.9", "1.8"])("ExcelApi %s", async (apiVersion) => {
    const book = new FakeWorkbook({ apiVersion });
    const host = hostFor(book);
    await host.insertTemplate(budgetSpec(3), "fail");
    const s = book.sheet("งบประมาณ");
    const fill = s.fills.get("3,3");
    expect(fill).toBeDefined();
    await host.applyEdits([{ sheet: "งบประมาณ", cell: "D12", value: 5, formatLike: "D4" }]);
    expect(book.cell("งบประมาณ", "D12")?.value).toBe(5);
    // Range.copyFrom is ExcelApi 1.9: older Excel gets the value without the format
    expect(s.fills.get("11,3")).toBe(apiVersion === "1.9" ? fill : undefined);
  });
});

describe("selectCell and sheetNames", () => {
  it("activates the sheet and selects the cell in one sync", async () => {
    const book = new FakeWorkbook({ sheets: { A: {}, งบประมาณ: {} } });
    const host = hostFor(book);
    expect(await host.sheetNames()).toEqual(["A", "งบประมาณ"]);
    await host.selectCell("งบประมาณ", "G12");
    expect(book.activeSheet).toBe("งบประมาณ");
    expect(book.selection).toEqual({ sheet: "งบประมาณ", address: "G12" });
    expect(book.runs.map((r) => r.syncs)).toEqual([1, 1]);
  });
});

describe("markFindings / clearMarks", () => {
  const finding = (cell: string, severity: Finding["severity"], sheet = "งบประมาณ"): Finding => ({
    rule: "line-amount-mismatch",
    severity,
    message: { th: "ไม่ตรง", en: "mismatch" },
    sheet,
    cell,
  });

  it("adds add-in-owned conditional formats and removes only those", async () => {
    const book = new FakeWorkbook({ sheets: { งบประมาณ: { A1: 1 }, Other: {} } });
    const host = hostFor(book);
    // the user's own rule and fill
    book.sheet("งบประมาณ").cfs.push({ id: "{user}", type: "Custom", range: "G5:G9", formula: "=G5>1000", fill: "#00FF00" });
    book.sheet("งบประมาณ").cfs.push({ id: "{user-bar}", type: "DataBar", range: "H5:H9" });
    book.sheet("งบประมาณ").fills.set("4,6", "#123456");

    await host.markFindings([
      finding("G5", "error"),
      finding("G6", "error"),
      finding("G5", "warning"),
      finding("D9", "warning"),
      finding("A1", "info", "NoSuchSheet"),
      { ...finding("A1", "info"), cell: undefined },
    ]);
    const ours = book.sheet("งบประมาณ").cfs.filter((c) => isMarkFormula(c.formula));
    expect(ours.map((c) => [c.range, c.formula, c.fill])).toEqual([
      ["G5:G6", markFormula("error"), MARK_FILLS.error],
      ["D9", markFormula("warning"), MARK_FILLS.warning],
    ]);
    expect(book.sheet("งบประมาณ").fills.get("4,6")).toBe("#123456");
    expect(book.runs.at(-1)!.syncs).toBeLessThanOrEqual(4);

    // marking again replaces the previous marks
    await host.markFindings([finding("B2", "info")]);
    expect(book.sheet("งบประมาณ").cfs.filter((c) => isMarkFormula(c.formula)).map((c) => c.range)).toEqual(["B2"]);

    // a fresh host (task pane reloaded) still finds and clears our marks
    await hostFor(book).clearMarks();
    expect(book.sheet("งบประมาณ").cfs.map((c) => c.id)).toEqual(["{user}", "{user-bar}"]);
    expect(book.sheet("งบประมาณ").fills.get("4,6")).toBe("#123456");
  });

  it("leaves protected sheets alone instead of failing the whole batch", async () => {
    const book = new FakeWorkbook({ sheets: { งบประมาณ: {}, Locked: {} } });
    const host = hostFor(book);
    await host.markFindings([finding("G5", "error"), finding("A1", "error", "Locked")]);
    book.sheet("งบประมาณ").protected = true;
    book.sheet("Locked").protected = false;
    await host.markFindings([finding("G6", "error"), finding("A2", "error", "Locked")]);
    expect(book.sheet("งบประมาณ").cfs.map((c) => c.range)).toEqual(["G5"]);
    expect(book.sheet("Locked").cfs.map((c) => c.range)).toEqual(["A2"]);
    await host.clearMarks();
    expect(book.sheet("Locked").cfs).toEqual([]);
    expect(book.sheet("งบประมาณ").cfs).toHaveLength(1);
  });

  it("hasMarks tells whether marks of ours are in the workbook (a user's own rule is not one)", async () => {
    const book = new FakeWorkbook({ sheets: { งบประมาณ: { A1: 1 } } });
    book.sheet("งบประมาณ").cfs.push({ id: "{user}", type: "Custom", range: "G5:G9", formula: "=G5>1000", fill: "#00FF00" });
    expect(await hostFor(book).hasMarks()).toBe(false);
    await hostFor(book).markFindings([finding("G5", "error")]);
    expect(await hostFor(book).hasMarks()).toBe(true);
    await hostFor(book).clearMarks();
    expect(await hostFor(book).hasMarks()).toBe(false);
  });

  it("clearMarks with nothing to clear writes nothing", async () => {
    const book = new FakeWorkbook();
    await hostFor(book).clearMarks();
    expect(book.syncCount).toBe(2);
  });
});

describe("onUserChange", () => {
  it("ExcelApi 1.8: per-sheet handlers; our own writes are ignored, user edits reported; new sheets get subscribed", async () => {
    let clock = 1000;
    const book = new FakeWorkbook({ apiVersion: "1.8", sheets: { S: { A1: 1 } } });
    const host = hostFor(book, { now: () => clock, eventGraceMs: 500 });
    const calls: number[] = [];
    const unsubscribe = await host.onUserChange(() => calls.push(clock));
    expect(book.sheet("S").handlers).toHaveLength(1);
    expect(book.collectionHandlers).toHaveLength(0);

    await host.applyEdits([{ sheet: "S", cell: "A1", value: 2 }]);
    await flushEvents();
    expect(calls).toEqual([]);

    clock += 1000;
    book.userEdit("S", "B2", 5);
    await flushEvents();
    expect(calls).toEqual([2000]);

    await host.insertTemplate(budgetSpec(2), "fail");
    await flushEvents();
    await flushEvents();
    expect(calls).toEqual([2000]);
    clock += 1000;
    expect(book.sheet("งบประมาณ").handlers).toHaveLength(1);
    book.userEdit("งบประมาณ", "D4", 130);
    await flushEvents();
    expect(calls).toEqual([2000, 3000]);

    unsubscribe();
    await flushEvents();
    expect(book.sheet("S").handlers).toHaveLength(0);
    book.userEdit("S", "B2", 6);
    await flushEvents();
    expect(calls).toEqual([2000, 3000]);
  });

  it("ExcelApi 1.9: one collection handler; without triggerSource our writes are recognised by the write window", async () => {
    let clock = 0;
    const book = new FakeWorkbook({ apiVersion: "1.9", sheets: { S: {} } });
    const host = hostFor(book, { now: () => clock, eventGraceMs: 300 });
    let calls = 0;
    const unsubscribe = await host.onUserChange(() => calls++);
    expect(book.collectionHandlers).toHaveLength(1);
    expect(book.sheet("S").handlers).toHaveLength(0);
    await host.applyEdits([{ sheet: "S", cell: "A1", value: 1 }]);
    await flushEvents();
    expect(calls).toBe(0);
    clock += 301;
    book.userEdit("S", "A2", 1);
    await flushEvents();
    expect(calls).toBe(1);
    unsubscribe();
    await flushEvents();
    expect(book.collectionHandlers).toHaveLength(0);
  });

  it("ExcelApi 1.14: one collection handler, and triggerSource tells our writes apart without a grace window", async () => {
    const clock = 0;
    const book = new FakeWorkbook({ apiVersion: "1.14", sheets: { S: {} } });
    const host = hostFor(book, { now: () => clock, eventGraceMs: 0 });
    let calls = 0;
    await host.onUserChange(() => calls++);
    expect(book.collectionHandlers).toHaveLength(1);
    await host.applyEdits([{ sheet: "S", cell: "A1", value: 1 }]);
    await flushEvents();
    expect(calls).toBe(0);
    book.userEdit("S", "A2", 1);
    await flushEvents();
    expect(calls).toBe(1);
  });
});

describe("pure helpers", () => {
  it("toCellInput keeps text as text", () => {
    expect(toCellInput(null)).toBe("");
    expect(toCellInput(12.5)).toBe(12.5);
    expect(toCellInput("ค่าอาหาร")).toBe("ค่าอาหาร");
    expect(toCellInput("001")).toBe("'001");
    expect(toCellInput("1,060")).toBe("'1,060");
    expect(toCellInput("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(toCellInput("1/10")).toBe("'1/10");
    expect(toCellInput("TRUE")).toBe("'TRUE");
    expect(toCellInput("- ค่าวัสดุ")).toBe("'- ค่าวัสดุ");
  });

  it("listSource keeps Excel's limits on literal lists", () => {
    expect(listSource(["ในที่ตั้ง", "นอกที่ตั้ง"])).toBe("ในที่ตั้ง,นอกที่ตั้ง");
    expect(listSource(["a", "", "b,c", "d"])).toBe("a,d");
    expect(listSource(Array.from({ length: 40 }, (_, i) => `รายการที่ ${i}`))).toBeUndefined();
    expect(listSource("=อัตรา!$A$5:$A$9", new Map([["อัตรา", "อัตรา (2)"]]))).toBe("='อัตรา (2)'!$A$5:$A$9");
  });
});
