/**
 * The lean .xlsx reader in-process: what it reads of real packages (written by ExcelJS, hand-made XML as
 * other writers produce it), and how it refuses broken or hostile ones, with small limits so that each
 * cap is hit by a small file.
 */
import { deflateRawSync } from "zlib";
import ExcelJS from "exceljs";
import { readXlsx, readXlsxFile, snapshotOf, loadWorkbook } from "../../src/adapters/xlsx/read";
import { XlsxReadError } from "../../src/adapters/xlsx/errors";
import { listEntries, ZipPackage, ZipTooLargeError } from "../../src/adapters/xlsx/zip";
import { XmlScanner, decodeText } from "../../src/adapters/xlsx/xml";
import { shiftFormula, usableNumber } from "../../src/adapters/xlsx/sheetXml";
import { impossibleDate } from "../../src/workbook/monthCells";
import { cleanForTerminal } from "../../src/cli/sanitize";
import { deflateRepeated, entriesOf, numberGrid, seedWorkbook, writeZip, type RawEntry } from "./kit";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/** A minimal package of hand-written parts (as writers other than ExcelJS produce them). */
function pkg(parts: Record<string, string>): Buffer {
  const base: Record<string, string> = {
    "[Content_Types].xml": '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    "_rels/.rels":
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
    "xl/workbook.xml": `<?xml version="1.0"?><workbook ${NS}><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    "xl/_rels/workbook.xml.rels":
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/></Relationships>',
  };
  const all = { ...base, ...parts };
  return writeZip(Object.entries(all).map(([name, text]) => ({ name, deflated: deflateRawSync(Buffer.from(text)), declaredSize: Buffer.byteLength(text) })));
}

function sheet(data: string, extra = ""): string {
  return `<?xml version="1.0"?><worksheet ${NS}><sheetData>${data}</sheetData>${extra}</worksheet>`;
}

async function code(p: Promise<unknown>): Promise<string> {
  try {
    await p;
    return "ok";
  } catch (e) {
    if (e instanceof XlsxReadError) return e.code;
    throw e;
  }
}

describe("what is read", () => {
  test("shared and inline strings (rich text without phonetic runs), booleans, errors, ISO dates, Excel's _xHHHH_ escapes, prefixed tags", async () => {
    const sst =
      '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>หนึ่ง</t></si><si><r><t>ค่า</t></r><r><rPr><b/></rPr><t xml:space="preserve">อาหาร </t></r><rPh><t>ignored</t></rPh></si><si><t>a_x000D_b &amp; &lt;c&gt; &#x0E01;</t></si></sst>';
    const data =
      '<x:row r="1"><x:c r="A1" t="s"><x:v>1</x:v></x:c><x:c r="B1" t="s"><x:v>2</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>ข้อความ</x:t></x:is></x:c></x:row>' +
      '<x:row r="2"><x:c r="A2" t="b"><x:v>1</x:v></x:c><x:c r="B2" t="e"><x:v>#REF!</x:v></x:c><x:c r="C2" t="d"><x:v>2016-11-01T00:00:00Z</x:v></x:c><x:c r="D2" t="s"><x:v>0</x:v></x:c></x:row>';
    const buf = pkg({ "xl/worksheets/sheet1.xml": sheet(data).replace(/<sheetData>|<\/sheetData>/g, (t) => t.replace("sheetData", "x:sheetData")).replace(`<worksheet ${NS}>`, `<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`).replace("</worksheet>", "</x:worksheet>"), "xl/sharedStrings.xml": sst });
    const s = (await readXlsx(buf)).sheets[0];
    expect(s.values).toEqual([
      ["ค่าอาหาร ", "a\rb & <c> ก", "ข้อความ", null],
      [true, "#REF!", 42675, "หนึ่ง"],
    ]);
  });

  test("shared formulas are translated to each cell; cached results are used", async () => {
    const data =
      '<row r="1"><c r="A1"><v>2</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*$A$1+SUM(A$1:A1)</f><v>6</v></c></row>' +
      '<row r="2"><c r="A2"><v>3</v></c><c r="B2"><f t="shared" si="0"/><v>11</v></c></row>' +
      '<row r="3"><c r="A3"><v>4</v></c><c r="B3"><f t="shared" si="0"/><v>17</v></c></row>';
    const s = (await readXlsx(pkg({ "xl/worksheets/sheet1.xml": sheet(data) }))).sheets[0];
    expect(s.formulas.map((r) => r[1])).toEqual(["=A1*$A$1+SUM(A$1:A1)", "=A2*$A$1+SUM(A$1:A2)", "=A3*$A$1+SUM(A$1:A3)"]);
    expect(s.values.map((r) => r[1])).toEqual([6, 11, 17]);
    expect(shiftFormula("Sheet2!B2+'งบ ประมาณ'!$C3:D$4", 2, 1)).toBe("Sheet2!C4+'งบ ประมาณ'!$C5:E$4");
    expect(shiftFormula("A1", -1, 0)).toBe("#REF!");
  });

  test("the same snapshot as the ExcelJS reader for our own template (values evaluated, formulas, every sheet)", async () => {
    const seed = await seedWorkbook("th");
    const lean = await readXlsx(seed);
    const full = snapshotOf(await loadWorkbook(seed));
    expect(lean).toEqual(full);
  });

  test("cells without r attributes follow one another; cells past the last row or column are ignored", async () => {
    const data = '<row><c><v>1</v></c><c><v>2</v></c></row><row><c r="C2"><v>3</v></c><c><v>4</v></c></row><row r="3"><c r="XFE3"><v>9</v></c></row>';
    const s = (await readXlsx(pkg({ "xl/worksheets/sheet1.xml": sheet(data) }))).sheets[0];
    expect(s.values).toEqual([
      [1, 2, null, null],
      [null, null, 3, 4],
    ]);
  });

  test("numbers no spreadsheet holds are kept as the text written (for a bad-number finding), and noted", async () => {
    const data = '<row r="1"><c r="A1"><v>NaN</v></c><c r="B1"><v>-Infinity</v></c><c r="C1"><v>1e-320</v></c><c r="D1"><v>0x10</v></c><c r="E1"><f>1/0</f><v>INF</v></c><c r="F1"><v>1.5e3</v></c></row>';
    const r = await readXlsxFile(pkg({ "xl/worksheets/sheet1.xml": sheet(data) }));
    expect(r.snapshot.sheets[0].values[0]).toEqual(["NaN", "-Infinity", "1e-320", "0x10", "#NUM!", 1500]);
    expect(r.notes.filter((n) => n.kind === "bad-number").map((n) => n.cell)).toEqual(["A1", "B1", "C1", "D1"]);
    expect([usableNumber("2.2250738585072014e-308"), usableNumber("5e-324"), usableNumber("1e308"), usableNumber("1e309")]).toEqual([2.2250738585072014e-308, null, 1e308, null]);
  });
});

describe("limits: the area read, cells per sheet and in total", () => {
  test("a far-away cell is left out and noted; the area stays within rows × columns", async () => {
    const data = '<row r="1"><c r="A1"><v>1</v></c><c r="B1"><v>2</v></c></row><row r="500"><c r="A500"><v>3</v></c></row><row r="1048576"><c r="XFD1048576"><v>4</v></c></row>';
    const r = await readXlsxFile(pkg({ "xl/worksheets/sheet1.xml": sheet(data) }));
    const s = r.snapshot.sheets[0];
    expect([s.values.length, s.values[0].length]).toEqual([500, 2]);
    expect(r.notes).toEqual([expect.objectContaining({ kind: "cropped", cell: "XFD1048576" })]);
    const small = await readXlsxFile(pkg({ "xl/worksheets/sheet1.xml": sheet(numberGrid(100, 10)) }), { limits: { areaPerSheet: 300 } });
    expect([small.snapshot.sheets[0].values.length, small.snapshot.sheets[0].values[0].length]).toEqual([30, 10]);
    expect(small.notes[0].message.en).toMatch(/cell A31 and 699 more lie far outside the data and were not read \(read A1:J30 only\)/);
  });

  test("cells per sheet: a plan sheet over the cap refuses the file, another sheet is left out; the total is capped too", async () => {
    const many = sheet(numberGrid(20, 10));
    const twoSheets = (first: string) =>
      pkg({
        "xl/workbook.xml": `<?xml version="1.0"?><workbook ${NS}><sheets><sheet name="${first}" sheetId="1" r:id="rId1"/><sheet name="B" sheetId="2" r:id="rId3"/></sheets></workbook>`,
        "xl/_rels/workbook.xml.rels":
          '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="/xl/worksheets/sheet2.xml"/></Relationships>',
        "xl/worksheets/sheet1.xml": many,
        "xl/worksheets/sheet2.xml": sheet(numberGrid(5, 5)),
      });
    // (a plan sheet's own cap is higher: a 50,000-line budget is about 700,000 cells)
    expect(await code(readXlsx(twoSheets("งบประมาณ"), { limits: { cellsPerPlanSheet: 150 } }))).toBe("too-many-cells");
    expect(await code(readXlsx(twoSheets("งบประมาณ"), { limits: { cellsPerSheet: 150 } }))).toBe("ok");
    const r = await readXlsxFile(twoSheets("Data"), { limits: { cellsPerSheet: 150 } });
    expect(r.snapshot.sheets.map((s) => [s.name, s.values.length])).toEqual([
      ["Data", 0],
      ["B", 5],
    ]);
    expect(r.notes[0].message.en).toMatch(/Sheet "Data" has more than 150 filled cells and is not a plan sheet/);
    expect(await code(readXlsx(twoSheets("Data"), { limits: { cellsTotal: 210 } }))).toBe("too-many-cells");
  });
});

describe("what is refused", () => {
  test("a part whose declared size is over the cap is not unpacked; one that lies stops at the cap", async () => {
    const entries = await entriesOf(pkg({ "xl/worksheets/sheet1.xml": sheet('<row r="1"><c r="A1"><v>1</v></c></row>') }));
    const bomb = (declared: number): RawEntry[] =>
      entries.map((e) => (e.name === "xl/worksheets/sheet1.xml" ? { name: e.name, deflated: deflateRepeated(`<worksheet ${NS}><sheetData>`, " ", 65536, 64, "</sheetData></worksheet>"), declaredSize: declared } : e));
    const limits = { entryBytes: 1024 * 1024 };
    for (const declared of [4 * 1024 * 1024 + 60, 100]) {
      const buf = writeZip(bomb(declared));
      await expect(readXlsx(buf, { limits })).rejects.toThrow(/too large when unpacked \(part xl\/worksheets\/sheet1\.xml exceeds 1 MB\)/);
    }
    const zip = new ZipPackage(writeZip(bomb(100)), { entry: 1024 * 1024, total: 2 * 1024 * 1024 });
    expect(() => zip.read("xl/worksheets/sheet1.xml")).toThrow(ZipTooLargeError);
  });

  test("what kind of file it is, before anything is unpacked", async () => {
    const cfb = Buffer.alloc(600);
    cfb.writeUInt32BE(0xd0cf11e0, 0);
    cfb.writeUInt32BE(0xa1b11ae1, 4);
    const encrypted = Buffer.concat([cfb, Buffer.from("EncryptionInfo", "utf16le")]);
    const word = writeZip([{ name: "word/document.xml", deflated: deflateRawSync(Buffer.from("<w/>")), declaredSize: 4 }]);
    const seed = await seedWorkbook("en");
    const cut = seed.subarray(0, seed.length - 200);
    const results = await Promise.all([cfb, encrypted, word, Buffer.from("a,b\n1,2\n"), cut, Buffer.alloc(0)].map((b) => code(readXlsx(b))));
    expect(results).toEqual(["legacy-xls", "encrypted", "word-document", "not-zip", "corrupt", "empty"]);
  });

  test("document type declarations (entity expansion) are refused; broken XML is 'damaged', never a crash", async () => {
    const dtd = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;">]><worksheet><sheetData><row><c t="inlineStr"><is><t>&b;</t></is></c></row></sheetData></worksheet>';
    await expect(readXlsx(pkg({ "xl/worksheets/sheet1.xml": dtd }))).rejects.toThrow(/damaged or unreadable \(document type declarations are not accepted\)/);
    for (const broken of [sheet('<row r="1"><c r="A1"><v>1</v>'), '<worksheet><sheetData><row><c r="A1" t="s"><v>0</v></c></row></sheetData></worksheet>', "not xml at all <"]) {
      expect(["ok", "corrupt"]).toContain(await code(readXlsx(pkg({ "xl/worksheets/sheet1.xml": broken }))));
    }
    expect(decodeText("&lt;&amp;&#65;&#x0E01;&unknown;")).toBe("<&Aก&unknown;");
    // not references: left as written; references outside Unicode (or NUL) decode to nothing; a name that is
    // a property of every object is not one of the five entities
    expect(decodeText("a & b; &#x; &#X41; &#12345678; &amp&lt; &constructor; &#0; &#x110000; &#x1F600;")).toBe("a & b; &#x; &#X41; &#12345678; &amp< &constructor;   \u{1F600}");
    // the text of an element in one slice, with a prefix on the end tag, and split by markup
    const texts = new XmlScanner(Buffer.from("<r><v>1 &amp; 2</v><x:t>a</x:t><t>b<i>c</i>d</t></r>"));
    const read: string[] = [];
    for (let t = texts.next(); t; t = texts.next()) if (!t.close && t.name !== "r") read.push(texts.textUntilClose(t));
    expect(read).toEqual(["1 & 2", "a", "bcd"]);
    const sc = new XmlScanner(Buffer.from('<a x="1>2"><!-- <b> --><![CDATA[<c>]]><d/></a>'));
    expect([sc.next(), sc.next(), sc.next()].map((t) => t && `${t.close ? "/" : ""}${t.name}${t.selfClosing ? "/" : ""}`)).toEqual(["a", "d/", "/a"]);
  });

  test("a zip directory that points outside the file is damaged", () => {
    const z = writeZip([{ name: "a", deflated: deflateRawSync(Buffer.from("x")), declaredSize: 1 }]);
    z.writeUInt32LE(0x7fffffff, z.length - 6); // central directory offset
    expect(() => listEntries(z)).toThrow(/outside the file/);
  });

  test("loadWorkbook (for fix) still opens a normal package through ExcelJS (the refusal of a huge one: inputs.test.ts)", async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("S").getCell("A1").value = 1;
    const ok = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect((await loadWorkbook(ok)).getWorksheet("S")!.getCell("A1").value).toBe(1);
  });
});

describe("small pure helpers", () => {
  test("impossible dates in text (Buddhist-era years: 2560 = 2017, no 29 February)", () => {
    expect(impossibleDate("2560-02-29")).toBe("2560-02-29");
    expect(["2560-02-30", "31/04/2560", "31 เม.ย. 2560", "๓๐/๐๒/๒๕๖๐", "2016-13-01"].map(impossibleDate)).toEqual(["2560-02-30", "31/04/2560", "31 เม.ย. 2560", "30/02/2560", "2016-13-01"]);
    expect(["2559-02-29", "29/02/2559", "28 ก.พ. 2560", "พ.ย. 2559", "2016-11"].map(impossibleDate)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  test("terminal escapes and control characters are removed, text and line breaks kept", () => {
    expect(cleanForTerminal("a\u001b]0;title\u0007b\u001b[2J\u001b[31mc\u009b1md\u0000e\u202ef\r\ng\th")).toBe("abcdef\ng\th");
  });
});
