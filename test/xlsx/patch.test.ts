/**
 * The patch writer of `fix` (src/adapters/xlsx/patchWorkbook.ts) on unusual but valid worksheet XML:
 * self-closing rows, rows and cells without r=, shared formulas whose first cell is edited, rich and inline
 * strings, prefixed element names, comments, a calculation chain. Each case is either patched — then read
 * back with ExcelJS and recalculated by LibreOffice (real engines) — or refused with a Thai and English
 * reason; every entry of the package but the patched ones stays byte for byte what it was.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { patchWorkbook, PatchRefusal } from "../../src/adapters/xlsx/patchWorkbook";
import { crc32, rewriteZip } from "../../src/adapters/xlsx/zipWrite";
import { ZipPackage } from "../../src/adapters/xlsx/zip";
import { readXlsx } from "../../src/adapters/xlsx/read";
import type { CellEdit } from "../../src/workbook/host";
import type { WorkbookSnapshot } from "../../src/workbook/types";
import { loRecalc } from "../helpers/lo";

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const SHEET = "xl/worksheets/sheet1.xml";
let dir: string;
let base: Buffer;

/** Every entry of a package, unpacked. */
function entries(buf: Buffer): Map<string, Buffer> {
  const zip = new ZipPackage(buf, { entry: 1 << 28, total: 1 << 30 });
  return new Map(zip.entries.map((e) => [e.name, zip.read(e.name)!]));
}

/** A package written by ExcelJS (styles: s="1" has a number format), with its sheet part replaced by `xml`. */
function withSheet(xml: string, extra: Map<string, Buffer> = new Map()): Buffer {
  return rewriteZip(base, new Map([[SHEET, Buffer.from(xml, "utf8")], ...extra]));
}

const sheet = (data: string, before = "") => `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet ${NS}>${before}<sheetData>${data}</sheetData></worksheet>`;

async function excel(buf: Buffer): Promise<ExcelJS.Worksheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ArrayBuffer);
  return wb.getWorksheet("S")!;
}

/** Only the patched parts differ (and the workbook part, for calcPr); the rest byte for byte. */
function othersUnchanged(before: Buffer, after: Buffer, changed: string[]): void {
  const a = entries(before);
  const b = entries(after);
  expect([...b.keys()].sort()).toEqual([...a.keys()].filter((k) => k !== "xl/calcChain.xml" || b.has(k)).sort());
  for (const [name, bytes] of b) if (!changed.includes(name)) expect({ name, same: bytes.equals(a.get(name)!) }).toEqual({ name, same: true });
}

interface Case {
  name: string;
  xml: string;
  edits: Omit<CellEdit, "sheet">[];
}

const cases: Case[] = [
  {
    name: "self-closing row, cell inserted in column order, style index kept",
    xml: sheet(`<row r="1"><c r="A1"><v>1</v></c><c r="C1" s="1"><v>3</v></c></row><row r="2" spans="1:3" ht="30" customHeight="1"/><row r="4"><c r="A4"><v>4</v></c></row>`),
    edits: [{ cell: "B1", value: 2 }, { cell: "B2", formula: "=A1+C1" }, { cell: "C1", value: 30 }, { cell: "A3", value: 9 }],
  },
  {
    name: "cells and rows without r=, edited in place",
    xml: sheet(`<row><c><v>1</v></c><c><v>2</v></c><c><v>3</v></c></row><row><c><v>10</v></c></row>`),
    edits: [{ cell: "B1", value: 20 }, { cell: "A2", formula: "=SUM(A1:C1)" }],
  },
  {
    name: "shared formula whose first cell is edited",
    xml: sheet(
      `<row r="1"><c r="A1"><v>1</v></c><c r="B1"><f t="shared" ref="B1:B3" si="0">A1*2</f><v>2</v></c></row>` +
        `<row r="2"><c r="A2"><v>2</v></c><c r="B2"><f t="shared" si="0"/><v>4</v></c></row>` +
        `<row r="3"><c r="A3"><v>3</v></c><c r="B3"><f t="shared" si="0"/><v>6</v></c></row>`,
    ),
    edits: [{ cell: "B1", value: 100 }],
  },
  {
    name: "rich and inline strings, a comment between rows, text written as an inline string",
    xml: sheet(
      `<row r="1"><c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>ตัวหนา</t></r><r><t xml:space="preserve"> ปกติ</t></r></is></c><c r="B1" t="inlineStr"><is><t>เดิม</t></is></c></row>` +
        `<!-- a comment --><row r="2"><c r="A2"><v>5</v></c></row>`,
    ),
    edits: [{ cell: "B1", value: "ค่า & <ทดสอบ>" }, { cell: "C1", value: "_x0041_ อยู่ตามที่พิมพ์" }, { cell: "C2", formula: '=A2&" บาท"' }],
  },
];

let lo: WorkbookSnapshot[] = [];
const patched: Buffer[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "patch-"));
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("S");
  ws.getCell("A1").value = 1;
  ws.getCell("B1").value = 2;
  ws.getCell("B1").numFmt = "#,##0.00";
  wb.definedNames.add("S!$A$1", "Anchor");
  base = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const files: string[] = [];
  cases.forEach((c, i) => {
    const out = patchWorkbook(withSheet(c.xml), c.edits.map((e) => ({ sheet: "S", ...e })), `case${i}.xlsx`).bytes;
    patched.push(out);
    files.push(join(dir, `case${i}.xlsx`));
    writeFileSync(files[i], out);
  });
  const outs = await loRecalc(files, join(dir, "lo"));
  lo = await Promise.all(outs.map((f) => readXlsx(f, { evaluate: "never" })));
}, 300_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const at = (s: WorkbookSnapshot, a1: string) => {
  const m = /^([A-Z])(\d+)$/.exec(a1)!;
  return s.sheets[0].values[Number(m[2]) - 1]?.[m[1].charCodeAt(0) - 65];
};

test("only the patched sheet and the workbook part change; every other entry is the same bytes", () => {
  cases.forEach((c, i) => othersUnchanged(withSheet(c.xml), patched[i], [SHEET, "xl/workbook.xml"]));
  for (const p of patched) expect(entries(p).get("xl/workbook.xml")!.toString()).toContain('fullCalcOnLoad="1"');
});

test("self-closing row, insertion in column and row order, style kept: ExcelJS and LibreOffice read the edits", async () => {
  const ws = await excel(patched[0]);
  expect(ws.getCell("B1").value).toBe(2);
  expect(ws.getCell("C1").value).toBe(30);
  expect(ws.getCell("C1").numFmt).toBe("#,##0.00"); // s="1" kept
  expect(ws.getCell("A3").value).toBe(9);
  expect(ws.getCell("A4").value).toBe(4);
  expect((ws.getCell("B2").value as ExcelJS.CellFormulaValue).formula).toBe("A1+C1");
  expect(ws.getRow(2).height).toBe(30); // the row's attributes kept
  const xml = entries(patched[0]).get(SHEET)!.toString();
  expect(xml).toMatch(/<row r="2" spans="1:3" ht="30" customHeight="1"><c r="B2"><f>A1\+C1<\/f><\/c><\/row><row r="3"><c r="A3"><v>9<\/v><\/c><\/row><row r="4">/);
  expect(at(lo[0], "B2")).toBe(31);
});

test("rows and cells without r=: edited in place, the cells after them keep their columns", async () => {
  // ExcelJS cannot load rows without r= at all (the input neither); LibreOffice and our reader can
  await expect(excel(withSheet(cases[1].xml))).rejects.toThrow(/Invalid row number/);
  await expect(excel(patched[1])).rejects.toThrow(/Invalid row number/);
  const ours = await readXlsx(patched[1], { evaluate: "all" });
  expect([at(ours, "A1"), at(ours, "B1"), at(ours, "C1"), at(ours, "A2")]).toEqual([1, 20, 3, 24]);
  expect(at(lo[1], "A2")).toBe(24);
  expect([at(lo[1], "A1"), at(lo[1], "B1"), at(lo[1], "C1")]).toEqual([1, 20, 3]);
});

test("a shared formula's first cell edited: the other cells of the group keep their formulas", async () => {
  const ws = await excel(patched[2]);
  expect(ws.getCell("B1").value).toBe(100);
  expect(ws.getCell("B2").formula).toBe("A2*2");
  expect(ws.getCell("B3").formula).toBe("A3*2");
  expect([at(lo[2], "B1"), at(lo[2], "B2"), at(lo[2], "B3")]).toEqual([100, 4, 6]);
  // no stale cached result is left behind
  expect(entries(patched[2]).get(SHEET)!.toString()).not.toMatch(/<\/f><v>/);
});

test("rich text untouched, text written as an inline string with XML and Excel escapes", async () => {
  const xml = entries(patched[3]).get(SHEET)!.toString();
  expect(xml).toContain(`<c r="A1" t="inlineStr"><is><r><rPr><b/></rPr><t>ตัวหนา</t></r><r><t xml:space="preserve"> ปกติ</t></r></is></c>`);
  expect(xml).toContain("<!-- a comment -->");
  const ws = await excel(patched[3]);
  expect(ws.getCell("B1").value).toBe("ค่า & <ทดสอบ>");
  expect(at(lo[3], "B1")).toBe("ค่า & <ทดสอบ>");
  // text that reads as Excel's escape is escaped itself (ExcelJS does not decode these escapes; Excel and LibreOffice do)
  expect(xml).toContain("<t xml:space=\"preserve\">_x005F_x0041_ อยู่ตามที่พิมพ์</t>");
  expect(at(lo[3], "C1")).toBe("_x0041_ อยู่ตามที่พิมพ์");
  expect(at(await readXlsx(patched[3]), "C1")).toBe("_x0041_ อยู่ตามที่พิมพ์");
  expect(at(lo[3], "C2")).toBe("5 บาท");
});

test("prefixed element names (x:c) are patched with the same prefix", async () => {
  const xml = `<?xml version="1.0" encoding="UTF-8"?><x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData><x:row r="1"><x:c r="A1"><x:v>7</x:v></x:c></x:row></x:sheetData></x:worksheet>`;
  const out = patchWorkbook(withSheet(xml), [{ sheet: "S", cell: "B1", formula: "=A1*3" }, { sheet: "S", cell: "A2", value: 1 }], "p.xlsx").bytes;
  const text = entries(out).get(SHEET)!.toString();
  expect(text).toContain(`<x:c r="A1"><x:v>7</x:v></x:c><x:c r="B1"><x:f>A1*3</x:f></x:c></x:row><x:row r="2"><x:c r="A2"><x:v>1</x:v></x:c></x:row></x:sheetData>`);
  const snap = await readXlsx(out, { evaluate: "all" });
  expect(at(snap, "B1")).toBe(21);
});

test("what cannot be patched exactly is refused in Thai and English, never written", () => {
  const refused = (xml: string, edits: Omit<CellEdit, "sheet">[]) => {
    try {
      patchWorkbook(withSheet(xml), edits.map((e) => ({ sheet: "S", ...e })), "r.xlsx");
    } catch (e) {
      expect(e).toBeInstanceOf(PatchRefusal);
      const r = (e as PatchRefusal).reason;
      expect(r.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(r.en).toMatch(/^sheet "S": /);
      return r.en;
    }
    throw new Error("not refused");
  };
  expect(refused(sheet(`<row r="1"><c r="A1"><f t="array" ref="A1:A2">{1;2}</f><v>1</v></c></row><row r="2"><c r="A2"><v>2</v></c></row>`), [{ cell: "A2", value: 5 }])).toMatch(/array formula/);
  expect(refused(sheet(`<row><c><v>1</v></c></row><row><c><v>2</v></c></row>`), [{ cell: "A5", value: 5 }])).toMatch(/out of order or have no address/);
  expect(refused(sheet(`<row r="3"><c r="A3"><v>1</v></c></row><row r="1"><c r="A1"><v>2</v></c></row>`), [{ cell: "B2", value: 5 }])).toMatch(/out of order/);
  expect(refused(sheet(`<row r="1"><c r="B2"><v>1</v></c></row>`), [{ cell: "B2", value: 5 }])).toMatch(/written inside row 1/);
  expect(() => patchWorkbook(withSheet(sheet("")), [{ sheet: "Nope", cell: "A1", value: 1 }], "r.xlsx")).toThrow(/no sheet named "Nope"/);
});

test("cached results dropped, the calculation chain left out with its relationship and content type", async () => {
  const chain = Buffer.from(`<?xml version="1.0" encoding="UTF-8"?><calcChain ${NS}><c r="B1" i="1"/></calcChain>`);
  const files = entries(base);
  const rels = files.get("xl/_rels/workbook.xml.rels")!.toString().replace("</Relationships>", `<Relationship Id="rIdChain" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/calcChain" Target="calcChain.xml"/></Relationships>`);
  const types = files.get("[Content_Types].xml")!.toString().replace("</Types>", `<Override PartName="/xl/calcChain.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.calcChain+xml"/></Types>`);
  // Excel's calculation chain added as a new entry (rewriteZip only replaces entries)
  const input = withSheet(sheet(`<row r="1"><c r="A1"><v>1</v></c><c r="B1" t="str"><f>A1&amp;"x"</f><v>1x</v></c><c r="C1"><f>A1+1</f><v>2</v></c></row>`), new Map([["xl/_rels/workbook.xml.rels", Buffer.from(rels)], ["[Content_Types].xml", Buffer.from(types)]]));
  const withChain = addEntry(input, "xl/calcChain.xml", chain);
  const out = patchWorkbook(withChain, [{ sheet: "S", cell: "A1", value: 5 }], "c.xlsx");
  expect(out.calcChainDropped).toBe(true);
  expect(out.dropped).toBe(2);
  const e = entries(out.bytes);
  expect(e.has("xl/calcChain.xml")).toBe(false);
  expect(e.get("xl/_rels/workbook.xml.rels")!.toString()).not.toContain("calcChain");
  expect(e.get("[Content_Types].xml")!.toString()).not.toContain("calcChain");
  expect(e.get(SHEET)!.toString()).toContain(`<c r="B1"><f>A1&amp;"x"</f></c><c r="C1"><f>A1+1</f></c>`);
  othersUnchanged(withChain, out.bytes, [SHEET, "xl/workbook.xml", "xl/_rels/workbook.xml.rels", "[Content_Types].xml"]);
  const ws = await excel(out.bytes);
  expect(ws.getCell("C1").formula).toBe("A1+1");
  writeFileSync(join(dir, "chain.xlsx"), out.bytes);
  const [recalc] = await loRecalc([join(dir, "chain.xlsx")], join(dir, "lo2"));
  const snap = await readXlsx(recalc, { evaluate: "never" });
  expect([at(snap, "A1"), at(snap, "B1"), at(snap, "C1")]).toEqual([5, "5x", 6]);
}, 180_000);

/** The package with one more stored entry (written after the others; the directory rebuilt). */
function addEntry(buf: Buffer, name: string, content: Buffer): Buffer {
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  const nameBytes = Buffer.from(name, "utf8");
  const crc = crc32(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(20, 4);
  local.writeUInt32LE(crc, 14);
  local.writeUInt32LE(content.length, 18);
  local.writeUInt32LE(content.length, 22);
  local.writeUInt16LE(nameBytes.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(20, 4);
  central.writeUInt16LE(20, 6);
  central.writeUInt32LE(crc, 16);
  central.writeUInt32LE(content.length, 20);
  central.writeUInt32LE(content.length, 24);
  central.writeUInt16LE(nameBytes.length, 28);
  central.writeUInt32LE(cdOffset, 42);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(count + 1, 8);
  end.writeUInt16LE(count + 1, 10);
  end.writeUInt32LE(cdSize + 46 + nameBytes.length, 12);
  end.writeUInt32LE(cdOffset + 30 + nameBytes.length + content.length, 16);
  return Buffer.concat([buf.subarray(0, cdOffset), local, nameBytes, content, buf.subarray(cdOffset, cdOffset + cdSize), central, nameBytes, end]);
}
