/**
 * The worksheet reader reads plain cells straight from the bytes (cellScan.ts) and everything else with
 * the generic scanner: both paths must give the same cells, counts and notes for every kind of cell text —
 * hand-written odd cases, random cells, and the sheets of real workbooks written by the template.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { readSheetXml, type SparseSheet } from "../../src/adapters/xlsx/sheetXml";
import { listEntries, unpackEntry } from "../../src/adapters/xlsx/zip";
import { plainFormula, plainInteger, plainText } from "../../src/adapters/xlsx/cellScan";
import { decodeText } from "../../src/adapters/xlsx/xml";
import { rng } from "../../bench/rng";

const OPTS = { date1904: false, maxCells: 1_000_000, maxChars: 32_767 };

function both(xml: string | Buffer, opts: Partial<typeof OPTS> = {}): { fast: SparseSheet; generic: SparseSheet } {
  const buf = typeof xml === "string" ? Buffer.from(xml, "utf8") : xml;
  return {
    fast: readSheetXml(buf, { ...OPTS, ...opts }),
    generic: readSheetXml(buf, { ...OPTS, ...opts, fast: false }),
  };
}

const sheet = (rows: string) => `<?xml version="1.0"?><worksheet xmlns="urn:x"><sheetData>${rows}</sheetData></worksheet>`;

const CELLS: string[] = [
  '<c r="A1"><v>12</v></c>',
  '<c r="A1" s="3"><v>-0</v></c>',
  '<c r="A1"><v>1234567890123456789</v></c>',
  '<c r="A1"><v>0.1</v></c>',
  '<c r="A1"><v> 7 </v></c>',
  '<c r="A1"><v>1e400</v></c>',
  '<c r="A1"><v>abc</v></c>',
  '<c r="A1"><v></v></c>',
  '<c r="A1"><v/></c>',
  '<c r="A1"/>',
  '<c r="A1" t="s"><v>3</v></c>',
  '<c r="A1" t="s"><v>0003</v></c>',
  '<c r="A1" t="s"><v>x</v></c>',
  '<c r="A1" t="s"><v>1234567890</v></c>',
  '<c r="A1" t="str"><v>a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;</v></c>',
  '<c r="A1" t="str"><v>&#3591; &#x0E07; &amp;lt; &foo; & x; &am</v></c>',
  '<c r="A1" t="str"><v>งบประมาณ_x000D_ปี</v></c>',
  '<c r="A1" t="b"><v>1</v></c>',
  '<c r="A1" t="b"><v>TRUE</v></c>',
  '<c r="A1" t="e"><v>#REF!</v></c>',
  '<c r="A1" t="d"><v>2024-10-01T00:00:00</v></c>',
  '<c r="A1" t="n"><v>5</v></c>',
  '<c r="A1" t="zz"><v>5</v></c>',
  '<c r="A1" t="inlineStr"><is><t>in</t><r><t>line</t></r></is></c>',
  '<c r="A1"><f>SUM(B1:B3)</f><v>6</v></c>',
  '<c r="A1"><f>IF(A2=&quot;&quot;,&quot;ผ่าน&quot;,_xlfn.ISFORMULA(B2))</f></c>',
  '<c r="A1"><f>  A2 + 1 </f></c>',
  '<c r="A1"><f>=A2</f></c>',
  '<c r="A1"><f>A2\u00a0</f></c>',
  '<c r="A1"><f>\u3000A2</f></c>',
  '<c r="A1"><f>A2&#32;</f></c>',
  '<c r="A1"><f>_xlfn.BAHTTEXT(A2)&amp;&quot;บาท&quot;</f></c>',
  '<c r="A1"><f>IF(A2&gt;0,"&lt;&gt;",_xlws.SORT(B1:B2))</f></c>',
  '<c r="A1"><f></f><v>1</v></c>',
  '<c r="A1"><f/><v>1</v></c>',
  '<c r="A1" t="str"><f>&#x41;&amp;"x"</f><v>Ax</v></c>',
  '<c r="A1"><f><![CDATA[1+2]]></f></c>',
  '<c r="A1"><f>1</f><f>2</f></c>',
  '<c r="A1"><v>1</v><v>2</v></c>',
  '<c r="A1"><f t="shared" ref="A1:A3" si="0">B1*2</f></c><c r="A2"><f t="shared" si="0"/></c><c r="A3"><f t=\'shared\' si=\'0\'></f></c>',
  '<c r="A1"><f t="array" ref="A1">B1</f></c>',
  '<c r="$B$7"><v>1</v></c>',
  '<c r="b7"><v>1</v></c>',
  '<c r="XFE3"><v>1</v></c>',
  '<c r="A0"><v>1</v></c>',
  '<c r="A1048577"><v>1</v></c>',
  '<c r="ABCD1"><v>1</v></c>',
  '<c r="A12345678"><v>1</v></c>',
  '<c r="1A"><v>1</v></c>',
  '<c><v>1</v></c><c><v>2</v></c>',
  '<c s="1"><v>1</v></c><c r="D1"><v>2</v></c><c><v>3</v></c>',
  '<x:c r="A1"><x:v>1</x:v></x:c>',
  '<c x:r="A1"><v>1</v></c>',
  '<c r="A1"><x:v>1</x:v></c>',
  '<c r=\'A1\' t=\'s\'><v>2</v></c>',
  '<c  r="A1"\n\tt="s" ><v>2</v></c>',
  '<c r="A1"s="2"><v>2</v></c>',
  '<c r="A1" t="s" ><v>2</v ></c >',
  '<c r="A1"><!-- note --><v>2</v></c>',
  '<c r="A1"> <v>2</v> </c>',
  '<c r="A1"><v xml:space="preserve"> 2</v></c>',
  '<c r="A1"><extLst><ext/></extLst><v>2</v></c>',
  '<c r="A1" t="str"><v>ก&#10;ข</v></c>',
  '<c r="A1" cm="1"><f>A2</f><v>4</v></c>',
  '<c r="A1" t="s"><v>9</v></c><c r="B1" s="2"/><c r="C1" t="s"/>',
];

function expectSame(xml: string | Buffer, opts: Partial<typeof OPTS> = {}): SparseSheet {
  const { fast, generic } = both(xml, opts);
  expect(fast).toEqual(generic);
  // toEqual treats -0 and 0 alike: the numbers must be the same bits
  fast.cells.values.forEach((v, i) => expect(Object.is(v, generic.cells.values[i])).toBe(true));
  return fast;
}

describe("worksheet reader: the plain-cell path gives what the generic path gives", () => {
  it.each(CELLS)("%s", (cell) => {
    const rows = `<row r="1">${cell}</row><row r="2"><c r="B2"><v>9</v></c></row>`;
    const out = expectSame(sheet(rows));
    expect(out.cells.rows.length).toBeGreaterThan(0);
  });

  it("reads the cells that are plain (rows, columns, numbers, strings, formulas)", () => {
    const out = expectSame(sheet('<row r="3"><c r="B3" t="s"><v>4</v></c><c r="C3"><v>-15</v></c><c r="D3"><f>PRODUCT(B3,C3)</f></c><c r="E3" t="str"><v>x</v></c></row>'));
    expect(out.cells).toEqual({ rows: [3, 3, 3, 3], cols: [2, 3, 4, 5], values: [null, -15, null, "x"], formulas: [null, null, "=PRODUCT(B3,C3)", null], sst: [4, -1, -1, -1] });
    expect(out.missing).toBe(1);
  });

  it("stops at the cell cap on both paths", () => {
    const rows = Array.from({ length: 30 }, (_, i) => `<row r="${i + 1}"><c r="A${i + 1}"><v>${i}</v></c><c r="B${i + 1}"><f>A${i + 1}</f></c></row>`).join("");
    const out = expectSame(sheet(rows), { maxCells: 17 });
    expect(out.overCap).toBe(true);
    expect(out.cells.rows.length).toBe(17);
  });

  it("cuts long text at maxChars on both paths", () => {
    expectSame(sheet(`<row r="1"><c r="A1" t="str"><v>${"ก".repeat(50)}&amp;${"x".repeat(50)}</v></c></row>`), { maxChars: 60 });
  });

  it("gives the same cells for random sheets mixing plain and odd cells", () => {
    const r = rng(42);
    const pick = <T,>(xs: T[]) => xs[Math.floor(r() * xs.length)];
    for (let n = 0; n < 200; n++) {
      let rows = "";
      for (let row = 1; row <= 8; row++) {
        let cells = "";
        for (let k = 0; k < 6; k++) {
          const cell = pick(CELLS).replace(/A1\b/g, `${pick(["A", "B", "C", "AA", "$D$"])}${row}`);
          cells += r() < 0.2 ? cell.replace(/ r="[^"]*"/, "") : cell;
        }
        rows += r() < 0.1 ? cells : `<row r="${row}"${r() < 0.2 ? ' hidden="1"' : ""}>${cells}</row>`;
      }
      expectSame(sheet(rows));
    }
  });

  it("gives the same cells for every sheet of the template's workbooks", () => {
    for (const name of ["template-v2-example.xlsx", "template-v1-example.xlsx", "template-v2-blank.xlsx"]) {
      const buf = readFileSync(join(__dirname, "..", "fixtures", name));
      const parts = listEntries(buf).filter((e) => /worksheets\/sheet\d+\.xml$/.test(e.name));
      expect(parts.length).toBeGreaterThan(3);
      for (const e of parts) expectSame(unpackEntry(buf, e, 100_000_000));
    }
  });
});

describe("plain text and numbers from bytes", () => {
  it("decodes the five entities as decodeText does, and declines character references", () => {
    const r = rng(7);
    const bits = ["a", "ก", "&amp;", "&lt;", "&gt;", "&quot;", "&apos;", "&", ";", "&lt", "&foo;", "amp;", "q", "_x000D_"];
    for (let n = 0; n < 2000; n++) {
      let s = "";
      for (let k = Math.floor(r() * 12); k > 0; k--) s += bits[Math.floor(r() * bits.length)];
      const buf = Buffer.from(`<v>${s}</v>`, "utf8");
      expect(plainText(buf, 3, buf.length - 4)).toBe(decodeText(s));
      if (s) expect(plainFormula(buf, 3, buf.length - 4)).toBe("=" + decodeText(s));
    }
    const ref = Buffer.from("a&#65;b");
    expect(plainText(ref, 0, ref.length)).toBeUndefined();
    expect(plainFormula(ref, 0, ref.length)).toBeUndefined();
  });

  it("reads whole numbers exactly as Number() does, and declines the rest", () => {
    for (const s of ["0", "-0", "7", "-12", "000123", "999999999999999", "-999999999999999"]) {
      const buf = Buffer.from(s);
      expect(Object.is(plainInteger(buf, 0, buf.length), Number(s))).toBe(true);
    }
    for (const s of ["", "-", "1.5", "1e3", " 1", "9999999999999999", "+1", "0x10"]) {
      const buf = Buffer.from(s);
      expect(plainInteger(buf, 0, buf.length)).toBeUndefined();
    }
  });
});
