import { satang } from "../../src/core/money";
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import type { WorkbookSpec } from "../../src/workbook/types";
import { saveXlsx, specToBuffer, writeWorkbookSpec, toArgb } from "../../src/adapters/xlsx/write";
import { readXlsx } from "../../src/adapters/xlsx/read";
import { serialFromDate as dateToSerial } from "../../src/core/dateSerial";
import { XlsxReadError } from "../../src/adapters/xlsx/errors";
import { toFileFormula, fromFileFormula } from "../../src/adapters/xlsx/formula";
import { quoteSheetRefs } from "../../src/workbook/formulaText";
import { evaluateSnapshot } from "../../src/adapters/xlsx/evaluate";
import { bahtText } from "../../src/core/bahtText";
import { STYLES } from "../../src/workbook/layout";

const dir = mkdtempSync(join(tmpdir(), "xlsx-adapter-"));

const spec: WorkbookSpec = {
  sheets: [
    {
      key: "budget",
      name: "งบประมาณ",
      cells: [
        { address: "A1", value: "รายละเอียดงบประมาณ", style: "title" },
        { address: "A2", value: "รายการ", style: "header" },
        { address: "A3", value: "ค่าอาหารว่าง", style: "input" },
        { address: "B3", value: 35, style: "inputMoney" },
        { address: "C3", value: 20, style: "inputNumber" },
        { address: "D3", value: 4, style: "inputNumber" },
        { address: "E3", formula: "=B3*C3*D3", style: "formulaMoney" },
        { address: "A4", value: "ค่าอาหารกลางวัน", style: "input" },
        { address: "B4", value: 100, style: "inputMoney" },
        { address: "C4", value: 20, style: "inputNumber" },
        { address: "D4", value: 2, style: "inputNumber" },
        { address: "E4", formula: "=B4*C4*D4", style: "formulaMoney" },
        { address: "E5", formula: "=SUM(E3:E4)", style: "totalMoney" },
        { address: "E6", formula: "=BAHTTEXT(E5)", style: "formula" },
        { address: "E7", formula: '=MINIFS(E3:E4,E3:E4,">0")', style: "formulaMoney" },
        { address: "E8", formula: '=REPT("█",ROUND(E5/1000,0))', style: "formula" },
        { address: "E9", value: "1,060", style: "input" },
        { address: "E10", formula: "=1/0" },
        { address: "F3", value: true },
      ],
      columnWidths: { A: 40, E: 16 },
      merges: ["A1:E1"],
      validations: [
        { range: "F3:F50", source: ["ก", "ข"] },
        { range: "G3:G50", source: "=อัตรา!$A$2:$A$5" },
      ],
      conditionalFormats: [{ range: "E3:E4", formula: "=E3>3000", fill: "#FFC7CE", fontColor: "9C0006" }],
      freezeRows: 2,
      landscape: true,
      printTitleRows: "2:2",
      tabColor: "#70AD47",
    },
    {
      key: "summary",
      name: "สรุป",
      cells: [
        { address: "A1", formula: "='งบประมาณ'!E5*2", style: "formulaMoney" },
        { address: "A2", formula: "=งบประมาณ!E3+1" },
      ],
    },
    { key: "rates", name: "อัตรา", cells: [{ address: "A2", value: "snack" }] },
  ],
  charts: [{ sheet: "สรุป", title: "งบตามกิจกรรม", categoriesRange: "สรุป!B1:B2", valuesRange: "สรุป!A1:A2", anchor: "D2" }],
};

describe("formula text", () => {
  test("prefixes newer functions and BAHTTEXT, not text inside strings or sheet names", () => {
    expect(toFileFormula("=BAHTTEXT(A1)")).toBe("_xlfn.BAHTTEXT(A1)");
    expect(toFileFormula('=MINIFS(A:A,B:B,"MAXIFS(")+maxifs(A1:A2,A1:A2,1)')).toBe('_xlfn.MINIFS(A:A,B:B,"MAXIFS(")+_xlfn.MAXIFS(A1:A2,A1:A2,1)');
    expect(toFileFormula("=SUM('IFS('!A1:A3)")).toBe("SUM('IFS('!A1:A3)");
    expect(fromFileFormula("_xlfn.BAHTTEXT(_xlfn.MINIFS(A1:A3,A1:A3,\">0\"))")).toBe('=BAHTTEXT(MINIFS(A1:A3,A1:A3,">0"))');
  });
  test("quotes unquoted Thai sheet references only", () => {
    expect(quoteSheetRefs('งบ!A1+\'งบ\'!B2&"งบ!C3"', ["งบ"])).toBe("'งบ'!A1+'งบ'!B2&\"งบ!C3\"");
    expect(quoteSheetRefs("SUM(งบ!A1,งบ!A2)+งบประมาณ!B1+xงบ!C1", ["งบ", "งบประมาณ"])).toBe("SUM('งบ'!A1,'งบ'!A2)+'งบประมาณ'!B1+xงบ!C1");
  });
  test("colours", () => {
    expect(toArgb("#ffeb9c")).toBe("FFFFEB9C");
    expect(toArgb("80FFEB9C")).toBe("80FFEB9C");
    expect(() => toArgb("red")).toThrow();
  });
});

describe("writer", () => {
  test("maps styles, protection, layout and print settings", async () => {
    const buf = await specToBuffer(spec);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
    const ws = wb.getWorksheet("งบประมาณ")!;
    expect(ws.getCell("A1").font.name).toBe("TH SarabunPSK");
    expect(ws.getCell("A1").font.size).toBe(STYLES.title.size);
    expect(ws.getCell("A1").font.bold).toBe(true);
    expect(ws.getCell("B3").font.size).toBe(STYLES.inputMoney.size);
    expect(ws.getCell("B3").numFmt).toBe(STYLES.inputMoney.numberFormat);
    expect(ws.getCell("B3").numFmt).toMatch(/^#,##0\.00/);
    expect(ws.getCell("B3").protection?.locked).toBe(false);
    expect(ws.getCell("E3").protection?.locked).not.toBe(false);
    expect((ws.getCell("B3").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFFFF9DB");
    expect((ws.getCell("E3").fill as ExcelJS.FillPattern).fgColor?.argb).toBe("FFF2F2F2");
    expect(ws.getCell("E3").border.top?.style).toBe("thin");
    expect(ws.getColumn("A").width).toBe(40);
    expect(ws.getCell("B1").isMerged).toBe(true);
    expect(ws.pageSetup.paperSize).toBe(9);
    expect(ws.pageSetup.orientation).toBe("landscape");
    expect(ws.pageSetup.fitToWidth).toBe(1);
    expect(ws.pageSetup.printTitlesRow).toBe("2:2");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 2 });
    expect(ws.properties.tabColor?.argb).toBe("FF70AD47");
    expect((ws as unknown as { sheetProtection?: unknown }).sheetProtection ?? null).toBeNull();
    expect(ws.getCell("E6").formula).toBe("_xlfn.BAHTTEXT(E5)");
    expect(ws.getCell("F10").dataValidation).toMatchObject({ type: "list", formulae: ['"ก,ข"'] });
    expect(ws.getCell("G10").dataValidation).toMatchObject({ type: "list", formulae: ["อัตรา!$A$2:$A$5"] });
  });

  test("stores the _xlfn. prefix in the sheet XML and a data bar for the chart", async () => {
    const wb = writeWorkbookSpec(spec);
    const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    // unzip with ExcelJS's own dependency (jszip) to look at the raw XML
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const JSZip = require("jszip");
    const zip = await JSZip.loadAsync(buf);
    const sheet1: string = await zip.file("xl/worksheets/sheet1.xml").async("string");
    const sheet2: string = await zip.file("xl/worksheets/sheet2.xml").async("string");
    expect(sheet1).toContain("<f>_xlfn.BAHTTEXT(E5)</f>");
    expect(sheet1).toContain("_xlfn.MINIFS(");
    expect(sheet2).toContain("dataBar");
    const workbookXml: string = await zip.file("xl/workbook.xml").async("string");
    expect(workbookXml).toContain('fullCalcOnLoad="1"');
    expect(workbookXml).toMatch(/_xlnm\.Print_Titles[^>]*>(&apos;)?งบประมาณ(&apos;)?!\$2:\$2</);
  });
});

describe("reader", () => {
  test("round trip: formulas with '=', no prefixes, values evaluated with HyperFormula", async () => {
    const path = join(dir, "roundtrip.xlsx");
    await saveXlsx(spec, path);
    const snap = await readXlsx(path);
    expect(snap.sheets.map((s) => s.name)).toEqual(["งบประมาณ", "สรุป", "อัตรา"]);
    const b = snap.sheets[0];
    expect(b.values[0][0]).toBe("รายละเอียดงบประมาณ");
    expect(b.formulas[2][4]).toBe("=B3*C3*D3");
    expect(b.values[2][4]).toBe(2800);
    expect(b.values[3][4]).toBe(4000);
    expect(b.values[4][4]).toBe(6800);
    expect(b.formulas[5][4]).toBe("=BAHTTEXT(E5)");
    expect(b.values[5][4]).toBe(bahtText(satang(680000)));
    expect(b.values[5][4]).toBe("หกพันแปดร้อยบาทถ้วน");
    expect(b.values[6][4]).toBe(2800);
    expect(b.values[7][4]).toBe("███████");
    expect(b.values[8][4]).toBe("1,060"); // text stays text
    expect(b.values[9][4]).toBe("#DIV/0!");
    expect(b.values[2][5]).toBe(true);
    // merged cells: only the top-left holds the value
    expect(b.values[0][1]).toBeNull();
    // rectangular arrays anchored at A1
    for (const row of b.values) expect(row.length).toBe(b.values[0].length);
    const s = snap.sheets[1];
    expect(s.values[0][0]).toBe(13600);
    expect(s.values[1][0]).toBe(2801);
  });

  test("keeps cached values, flattens rich text, dates as serials, errors as text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Data");
    ws.getCell("A1").value = { richText: [{ text: "ค่า" }, { font: { bold: true }, text: "อาหาร" }] };
    ws.getCell("A2").value = new Date(Date.UTC(2017, 0, 1));
    ws.getCell("A3").value = { formula: "1+1", result: 99 } as ExcelJS.CellFormulaValue; // stale cache is kept
    ws.getCell("A4").value = { error: "#REF!" } as ExcelJS.CellErrorValue;
    ws.getCell("A5").value = { formula: "A9", result: { error: "#N/A" } } as ExcelJS.CellFormulaValue;
    ws.getCell("A6").value = { text: "ลิงก์", hyperlink: "https://example.org" };
    const path = join(dir, "cached.xlsx");
    await wb.xlsx.writeFile(path);
    const snap = await readXlsx(path);
    const v = snap.sheets[0].values;
    expect(v[0][0]).toBe("ค่าอาหาร");
    expect(v[1][0]).toBe(42736);
    expect(v[2][0]).toBe(99);
    expect(snap.sheets[0].formulas[2][0]).toBe("=1+1");
    expect(v[3][0]).toBe("#REF!");
    expect(v[4][0]).toBe("#N/A");
    expect(v[5][0]).toBe("ลิงก์");
    expect(dateToSerial(new Date(Date.UTC(1900, 2, 1)))).toBe(61);
  });

  test("evaluate: 'all' recomputes stale caches", async () => {
    const snap = evaluateSnapshot(
      { sheets: [{ name: "ชีต", values: [[2, 3, 99, null]], formulas: [[null, null, "=A1*B1", "=BAHTTEXT(C1+0.5)"]] }] },
      { onlyMissing: false },
    );
    expect(snap.sheets[0].values[0]).toEqual([2, 3, 6, "หกบาทห้าสิบสตางค์"]);
  });

  test("reads a buffer as well as a path", async () => {
    const snap = await readXlsx(await specToBuffer(spec), { label: "memory.xlsx" });
    expect(snap.sheets[0].values[4][4]).toBe(6800);
  });
});

describe("unusable input", () => {
  async function failure(p: string | Buffer): Promise<XlsxReadError> {
    try {
      await readXlsx(p, { label: typeof p === "string" ? p : "buf.xlsx" });
    } catch (e) {
      return e as XlsxReadError;
    }
    throw new Error("expected a failure");
  }

  test("missing file", async () => {
    const e = await failure(join(dir, "nope.xlsx"));
    expect(e).toBeInstanceOf(XlsxReadError);
    expect(e.code).toBe("missing");
    expect(e.messages.th).toContain("nope.xlsx");
    expect(e.messages.en).toContain("nope.xlsx");
  });
  test("empty file", async () => {
    const p = join(dir, "empty.xlsx");
    writeFileSync(p, "");
    expect((await failure(p)).code).toBe("empty");
  });
  test("text renamed to .xlsx", async () => {
    const p = join(dir, "text.xlsx");
    writeFileSync(p, "hello, this is not a workbook");
    const e = await failure(p);
    expect(e.code).toBe("not-zip");
    expect(e.messages.th).toContain("ไม่ใช่ไฟล์ Excel");
  });
  test("a zip that is not a workbook", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const JSZip = require("jszip");
    const zip = new JSZip();
    zip.file("hello.txt", "hi");
    const p = join(dir, "zip.xlsx");
    writeFileSync(p, await zip.generateAsync({ type: "nodebuffer" }));
    expect(["corrupt"]).toContain((await failure(p)).code);
  });
  test("a Word document (renamed or not)", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const JSZip = require("jszip");
    const zip = new JSZip();
    zip.file("[Content_Types].xml", "<Types/>");
    zip.file("word/document.xml", "<w:document/>");
    const e = await failure(await zip.generateAsync({ type: "nodebuffer" }));
    expect(e.code).toBe("word-document");
    expect(e.messages.th).toContain("budget-plan import");
  });
  test("password-protected (OLE container with EncryptionInfo) and legacy .xls", async () => {
    const header = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const enc = Buffer.concat([header, Buffer.alloc(512), Buffer.from("EncryptionInfo", "utf16le")]);
    expect((await failure(enc)).code).toBe("encrypted");
    const xls = Buffer.concat([header, Buffer.alloc(512), Buffer.from("Workbook", "utf16le")]);
    expect((await failure(xls)).code).toBe("legacy-xls");
  });
  test("truncated workbook", async () => {
    const full = await specToBuffer(spec);
    const e = await failure(full.subarray(0, Math.floor(full.length / 2)));
    expect(e.code).toBe("corrupt");
  });
});

describe("HyperFormula evaluation matches Excel's date serials and the layout's functions", () => {
  test("dates, EOMONTH, ISFORMULA, MINIFS, SUMIF, INDEX/MATCH, N", () => {
    const fs = [
      "=DATE(2017,1,1)",
      "=DATE(1900,3,1)",
      "=EOMONTH(DATE(2017,1,15),-1)+1",
      "=MONTH(42736)",
      '=MINIFS(A1:A3,B1:B3,"x",A1:A3,"<="&5)',
      "=ISFORMULA(D1)",
      '=N("")',
      '=SUMIF(B1:B3,"x",A1:A3)',
      '=IFERROR(INDEX(A1:A3,MATCH("y",B1:B3,0)),"")',
      "=PRODUCT(A1,A2,C9)",
    ];
    const snap = evaluateSnapshot({
      sheets: [{ name: "ชีต", values: [[2, "x", null, ...fs.map(() => null)], [4, "x"], [9, "y"]], formulas: [[null, null, null, ...fs]] }],
    });
    expect(snap.sheets[0].values[0].slice(3)).toEqual([42736, 61, 42736, 1, 2, true, 0, 6, 9, 8]);
  });
});

describe("files saved by a calculating application", () => {
  test("cached results are used; a formula without one held empty text", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    ws.getCell("A1").value = 5;
    ws.getCell("B1").value = { formula: "A1*2", result: 10 } as ExcelJS.CellFormulaValue;
    ws.getCell("C1").value = { formula: 'IF(A1>9,"big","")' } as ExcelJS.CellFormulaValue; // "" is stored as <v></v>
    const buf = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const auto = await readXlsx(buf);
    expect(auto.sheets[0].values[0]).toEqual([5, 10, ""]);
    const never = await readXlsx(buf, { evaluate: "never" });
    expect(never.sheets[0].values[0]).toEqual([5, 10, null]);
    const all = await readXlsx(buf, { evaluate: "all" });
    expect(all.sheets[0].values[0]).toEqual([5, 10, ""]);
    ws.getCell("B1").value = { formula: "A1*2", result: 99 } as ExcelJS.CellFormulaValue; // stale
    const stale = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect((await readXlsx(stale)).sheets[0].values[0][1]).toBe(99);
    expect((await readXlsx(stale, { evaluate: "all" })).sheets[0].values[0][1]).toBe(10);
  });
});

describe("applying fixes to a saved workbook", () => {
  test("edits return the previous content; every cached result is dropped and recomputed", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("งบ");
    ws.getCell("A1").value = 80;
    ws.getCell("B1").value = 200;
    ws.getCell("C1").value = 13000; // typed over the formula
    ws.getCell("C2").value = { formula: "SUM(C1:C1)", result: 13000 } as ExcelJS.CellFormulaValue;
    ws.getCell("D1").value = "หมายเหตุ";
    ws.getCell("C1").numFmt = "#,##0.00";
    const saved = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    const { loadWorkbook, snapshotOf } = await import("../../src/adapters/xlsx/read");
    const { applyEdits } = await import("../../src/adapters/xlsx/edit");
    const loaded = await loadWorkbook(saved, "saved.xlsx");
    const before = applyEdits(loaded, [
      { sheet: "งบ", cell: "C1", formula: "=PRODUCT(A1,B1)" },
      { sheet: "งบ", cell: "D1", value: "แก้แล้ว" },
    ]);
    expect(before.get("งบ!C1")).toBe(13000);
    expect(before.get("งบ!D1")).toBe("หมายเหตุ");
    expect(loaded.getWorksheet("งบ")!.getCell("C1").numFmt).toBe("#,##0.00"); // formatting kept
    const out = Buffer.from((await loaded.xlsx.writeBuffer()) as ArrayBuffer);
    const snap = await readXlsx(out);
    expect(snap.sheets[0].formulas[0][2]).toBe("=PRODUCT(A1,B1)");
    expect(snap.sheets[0].values[0][2]).toBe(16000);
    expect(snap.sheets[0].values[1][2]).toBe(16000); // the stale 13,000 cache is gone
    expect(snap.sheets[0].values[0][3]).toBe("แก้แล้ว");
    expect(snapshotOf(await loadWorkbook(out), { evaluate: "never" }).sheets[0].values[1][2]).toBeNull();
  });
});

describe("shared formulas (as Excel saves filled-down formulas)", () => {
  test("each cell gets its own translated formula and value", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("S");
    [1, 2, 3].forEach((n) => (ws.getCell(`A${n}`).value = n));
    ws.getCell("B1").value = { formula: "A1*2", shareType: "shared", ref: "B1:B3" } as unknown as ExcelJS.CellValue;
    ws.getCell("B2").value = { sharedFormula: "B1" } as unknown as ExcelJS.CellValue;
    ws.getCell("B3").value = { sharedFormula: "B1" } as unknown as ExcelJS.CellValue;
    const snap = await readXlsx(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    expect(snap.sheets[0].formulas.map((r) => r[1])).toEqual(["=A1*2", "=A2*2", "=A3*2"]);
    expect(snap.sheets[0].values.map((r) => r[1])).toEqual([2, 4, 6]);
  });
});
