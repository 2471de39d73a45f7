import { PreviewWorkbook, PreviewWorkbookHost, formatCellValue, parseCellInput } from "../../src/adapters/preview";
import type { Finding } from "../../src/core/findings";
import { budgetSpec } from "./specFixture";

describe("PreviewWorkbookHost", () => {
  it("inserts a template and reads computed values back, A1-anchored", async () => {
    const host = new PreviewWorkbookHost();
    const result = await host.insertTemplate(budgetSpec(3), "fail");
    expect(result).toEqual({ created: ["อัตรา", "งบประมาณ"], conflicts: [] });
    expect(await host.sheetNames()).toEqual(["อัตรา", "งบประมาณ"]);
    const snap = await host.loadSnapshot(["งบประมาณ"]);
    expect(snap.sheets).toHaveLength(1);
    const s = snap.sheets[0];
    expect(s.name).toBe("งบประมาณ");
    expect(s.values[0][0]).toBe("งบประมาณโครงการ");
    // G4 = 120*50*2, G5 = 35*50*2; H = VLOOKUP into the rates sheet (Thai name, quoted)
    expect(s.values[3][6]).toBe(12000);
    expect(s.values[4][6]).toBe(3500);
    expect(s.values[3][7]).toBe(120);
    expect(s.values[4][7]).toBe(35);
    expect(s.formulas[3][6]).toBe("=D4*E4*F4");
    expect(s.formulas[3][3]).toBeNull();
    expect(s.values[6][6]).toBe(12000 + 3500 + 12000);
    expect(s.formulas[6][6]).toBe("=SUM(G4:G6)");
    expect(s.values[8][0]).toBe("00123");
    expect(host.workbook.activeSheet).toBe("อัตรา");
  });

  it("reports user edits from the grid, not edits made through the host", async () => {
    const host = new PreviewWorkbookHost();
    await host.insertTemplate(budgetSpec(2), "fail");
    let calls = 0;
    const unsubscribe = await host.onUserChange(() => calls++);
    await host.applyEdits([{ sheet: "งบประมาณ", cell: "D4", value: 100 }]);
    await host.selectCell("งบประมาณ", "D4");
    await host.markFindings([]);
    expect(calls).toBe(0);
    host.workbook.setCellInput("งบประมาณ", "E4", "30"); // typed in the grid
    expect(calls).toBe(1);
    expect(host.workbook.readCell("งบประมาณ", "G4").value).toBe(100 * 30 * 2);
    unsubscribe();
    host.workbook.setCellInput("งบประมาณ", "E4", "40");
    expect(calls).toBe(1);
  });

  it("applyEdits returns edits that restore values and formulas", async () => {
    const host = new PreviewWorkbookHost();
    await host.insertTemplate(budgetSpec(2), "fail");
    const before = await host.loadSnapshot();
    const undo = await host.applyEdits([
      { sheet: "งบประมาณ", cell: "G4", value: 99999 },
      { sheet: "งบประมาณ", cell: "D5", formula: "='อัตรา'!B5*2" },
      { sheet: "งบประมาณ", cell: "J9", value: "ใหม่" },
    ]);
    const mid = (await host.loadSnapshot(["งบประมาณ"])).sheets[0];
    expect(mid.values[3][6]).toBe(99999);
    expect(mid.formulas[3][6]).toBeNull();
    expect(mid.values[4][3]).toBe(70);
    expect(mid.values[4][6]).toBe(70 * 50 * 2);
    expect(undo.map(({ expect: _e, ...rest }) => rest)).toEqual([
      { sheet: "งบประมาณ", cell: "J9", value: null },
      { sheet: "งบประมาณ", cell: "D5", value: 35 },
      { sheet: "งบประมาณ", cell: "G4", formula: "=D4*E4*F4" },
    ]);
    // each carries what the edit left in its cell
    expect(undo.map((e) => e.expect)).toEqual([
      { value: "ใหม่", numberFormat: expect.any(String) },
      { formula: "='อัตรา'!B5*2", numberFormat: expect.any(String) },
      { value: 99999, numberFormat: expect.any(String) },
    ]);
    expect(await host.undoEdits(undo)).toEqual({ undone: undo, leftAlone: [] });
    expect(await host.loadSnapshot()).toEqual(before);
  });

  it("undo writes nothing when a cell was typed over since the fix, and names it", async () => {
    const host = new PreviewWorkbookHost();
    await host.insertTemplate(budgetSpec(2), "fail");
    const start = await host.loadSnapshot();
    const undo = await host.applyEdits([
      { sheet: "งบประมาณ", cell: "D4", value: 120 },
      { sheet: "งบประมาณ", cell: "D5", value: 80 },
    ]);
    host.workbook.setCellInput("งบประมาณ", "D5", "95", "user");
    const mid = await host.loadSnapshot();
    const outcome = await host.undoEdits(undo);
    expect(outcome.undone).toEqual([]);
    expect(outcome.leftAlone.map((e) => e.cell)).toEqual(["D5"]);
    // nothing written: D4 keeps the fix, D5 the typing
    expect(await host.loadSnapshot()).toEqual(mid);
    // the typing taken back by hand: the undo goes through
    host.workbook.setCellInput("งบประมาณ", "D5", "80", "user");
    expect((await host.undoEdits(undo)).undone).toHaveLength(2);
    expect(await host.loadSnapshot()).toEqual(start);
  });

  it("handles sheet-name conflicts: fail, suffix, replace", async () => {
    const host = new PreviewWorkbookHost();
    host.workbook.setCellInput("Sheet1", "A1", "ของผู้ใช้");
    host.workbook.addSheet("งบประมาณ");
    host.workbook.setCellInput("งบประมาณ", "B2", "42");

    expect(await host.insertTemplate(budgetSpec(2), "fail")).toEqual({ created: [], conflicts: ["งบประมาณ"] });
    expect(await host.sheetNames()).toEqual(["Sheet1", "งบประมาณ"]);

    const suffixed = await host.insertTemplate(budgetSpec(2), "suffix");
    expect(suffixed).toEqual({ created: ["อัตรา", "งบประมาณ (2)"], conflicts: ["งบประมาณ"] });
    expect(host.workbook.readCell("งบประมาณ", "B2").value).toBe(42);
    expect(host.workbook.readCell("งบประมาณ (2)", "G4").value).toBe(12000);
    // formulas of the template that named its own sheets follow the rename
    const withRef = budgetSpec(1, { rates: "อัตรา", budget: "งบประมาณ" });
    withRef.sheets[0].cells.push({ address: "D1", formula: "=SUM('งบประมาณ'!G4:G4)" });
    const third = await host.insertTemplate(withRef, "suffix");
    expect(third.created).toEqual(["อัตรา (2)", "งบประมาณ (3)"]);
    expect(host.workbook.readCell("อัตรา (2)", "D1")).toMatchObject({ value: 12000, formula: "=SUM('งบประมาณ (3)'!G4:G4)" });

    const replaced = await host.insertTemplate(budgetSpec(2), "replace");
    expect(replaced).toEqual({ created: ["อัตรา", "งบประมาณ"], conflicts: ["อัตรา", "งบประมาณ"] });
    expect(host.workbook.readCell("งบประมาณ", "B2").value).toBeNull();
    expect(host.workbook.readCell("งบประมาณ", "G4").value).toBe(12000);
    expect(await host.sheetNames()).toEqual(expect.arrayContaining(["Sheet1", "อัตรา", "งบประมาณ", "งบประมาณ (2)", "อัตรา (2)", "งบประมาณ (3)"]));
  });

  it("marks findings (most severe per cell) and clears them; selectCell switches sheet and selects", async () => {
    const host = new PreviewWorkbookHost();
    await host.insertTemplate(budgetSpec(3), "fail");
    const f = (cell: string, severity: Finding["severity"]): Finding => ({ rule: "line-amount-mismatch", severity, message: { th: "ก", en: "a" }, sheet: "งบประมาณ", cell });
    await host.markFindings([f("G4", "warning"), f("G4", "error"), f("G5", "error"), f("D6:E6", "info"), { ...f("A1", "info"), sheet: "ไม่มี" }]);
    expect(host.workbook.markedRanges()).toEqual(
      expect.arrayContaining([
        { sheet: "งบประมาณ", severity: "error", cells: ["G4:G5"] },
        { sheet: "งบประมาณ", severity: "info", cells: ["D6:E6"] },
      ]),
    );
    expect(host.workbook.readCell("งบประมาณ", "G4").mark).toBe("error");
    await host.clearMarks();
    expect(host.workbook.markedRanges()).toEqual([]);
    expect(host.workbook.readCell("งบประมาณ", "G4").mark).toBeUndefined();

    await host.selectCell("งบประมาณ", "G5");
    expect(host.workbook.activeSheet).toBe("งบประมาณ");
    expect(host.workbook.selection).toEqual({ sheet: "งบประมาณ", cell: "G5" });
  });

  it("computes BAHTTEXT, MINIFS and SUMIF", async () => {
    const wb = new PreviewWorkbook();
    wb.addSheet("S");
    wb.setCells(
      [
        { sheet: "S", cell: "A1", content: { value: 1234.5 } },
        { sheet: "S", cell: "B1", content: { formula: "=BAHTTEXT(A1)" } },
        { sheet: "S", cell: "B2", content: { formula: "=BAHTTEXT(21000000)" } },
        { sheet: "S", cell: "A3", content: { value: "x" } },
        { sheet: "S", cell: "A4", content: { value: "y" } },
        { sheet: "S", cell: "A5", content: { value: "x" } },
        { sheet: "S", cell: "C3", content: { value: 120 } },
        { sheet: "S", cell: "C4", content: { value: 80 } },
        { sheet: "S", cell: "C5", content: { value: 50 } },
        { sheet: "S", cell: "D1", content: { formula: '=MINIFS(C3:C5,A3:A5,"x")' } },
        { sheet: "S", cell: "D2", content: { formula: '=SUMIF(A3:A5,"x",C3:C5)' } },
        { sheet: "S", cell: "D3", content: { formula: "=BAHTTEXT(A3)" } },
      ],
      "api",
    );
    expect(wb.readCell("S", "B1").value).toBe("หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์");
    expect(wb.readCell("S", "B2").value).toBe("ยี่สิบเอ็ดล้านบาทถ้วน");
    expect(wb.readCell("S", "D1").value).toBe(50);
    expect(wb.readCell("S", "D2").value).toBe(170);
    expect(wb.readCell("S", "D3").value).toBe("#VALUE!");
  });

  it("handles a 2,000-row budget", async () => {
    const host = new PreviewWorkbookHost();
    await host.insertTemplate(budgetSpec(2000), "fail");
    const s = (await host.loadSnapshot(["งบประมาณ"])).sheets[0];
    expect(s.values.length).toBe(2006);
    expect(s.values[2003][6]).toBe(1000 * 12000 + 1000 * 3500);
  });
});

describe("cell input and display", () => {
  it("parses what a user types like Excel does", () => {
    expect(parseCellInput("=A1+1")).toEqual({ formula: "=A1+1" });
    expect(parseCellInput("1,060")).toEqual({ value: 1060 });
    expect(parseCellInput("๓,๕๐๐.๕๐")).toEqual({ value: "๓,๕๐๐.๕๐" }); // Excel keeps Thai digits as text
    expect(parseCellInput("-12.5")).toEqual({ value: -12.5 });
    expect(parseCellInput("15%")).toEqual({ value: 0.15 });
    expect(parseCellInput("'001")).toEqual({ value: "001" });
    expect(parseCellInput("ค่าอาหาร 2 มื้อ")).toEqual({ value: "ค่าอาหาร 2 มื้อ" });
    expect(parseCellInput("")).toEqual({ value: null });
    expect(parseCellInput("true")).toEqual({ value: true });
    expect(parseCellInput("1,06")).toEqual({ value: "1,06" });
  });

  it("formats numbers with the layout's formats", () => {
    const money = '#,##0.00;-#,##0.00;"-"';
    expect(formatCellValue(1234567.5, "#,##0.00")).toBe("1,234,567.50");
    expect(formatCellValue(1060, money)).toBe("1,060.00");
    expect(formatCellValue(-5, money)).toBe("-5.00");
    expect(formatCellValue(0, money)).toBe("-");
    expect(formatCellValue(2.5, "#,##0.##")).toBe("2.5");
    expect(formatCellValue(3, "#,##0.##")).toBe("3");
    expect(formatCellValue(0.125, "0.0%")).toBe("12.5%");
    expect(formatCellValue(0.1 + 0.2)).toBe("0.3");
    expect(formatCellValue("ข้อความ", money)).toBe("ข้อความ");
    expect(formatCellValue(null, money)).toBe("");
    // 1 Nov 2016 = serial 42675 → พ.ย. 59 / พ.ย. 2559 (Buddhist year)
    expect(formatCellValue(42675, "[$-107041E]mmm yy;;")).toBe("พ.ย. 59");
    expect(formatCellValue(42675, "[$-107041E]mmm yyyy;;")).toBe("พ.ย. 2559");
    expect(formatCellValue(42675, "d mmm yyyy;;")).toBe("1 Nov 2016");
    expect(formatCellValue(0, "mmm yy;;")).toBe("");
  });
});

describe("toHfFormula", () => {
  it("turns bare TRUE/FALSE into calls and quotes Thai sheet names, leaving strings alone", async () => {
    const { toHfFormula } = await import("../../src/adapters/hyperformula/bridge");
    expect(toHfFormula('=IF(A1=TRUE,VLOOKUP(B4,อัตรา!$A$4:$B$5,2,FALSE),"FALSE")', ["อัตรา"])).toBe(
      `=IF(A1=TRUE(),VLOOKUP(B4,'อัตรา'!$A$4:$B$5,2,FALSE()),"FALSE")`,
    );
    expect(toHfFormula("=TRUE()+FALSE ()", [])).toBe("=TRUE()+FALSE ()");
  });
});
