/**
 * The Word reader (src/adapters/docx): what becomes text and where each line comes from, on packages
 * written part by part (kit.ts); what is refused and how, for broken and hostile packages.
 */
import { deflateRawSync } from "zlib";
import { readDocxBytes, DOCX_LIMITS } from "../../src/adapters/docx/read";
import { XlsxReadError } from "../../src/adapters/xlsx/errors";
import { placeFindings, placeLabel, placeMessage } from "../../src/cli/docx";
import { checkProjectText } from "../../src/import/check";
import { deflateRepeated, writeZip } from "../hostile/kit";
import { docx, li, numberingXml, p, tbl, tc, tr, W } from "./kit";

const texts = (buf: Buffer) => readDocxBytes(buf).lines.map((l) => l.text);
const places = (buf: Buffer) => readDocxBytes(buf).lines.map((l) => placeLabel(l.place).en);

function refusal(buf: Buffer): XlsxReadError {
  try {
    readDocxBytes(buf, { label: "x.docx" });
  } catch (e) {
    if (e instanceof XlsxReadError) return e;
    throw e;
  }
  throw new Error("read without error");
}

describe("paragraphs and runs", () => {
  test("runs joined, tabs kept, line breaks start a line at the same paragraph, symbols and ticks, hyphens", async () => {
    const body =
      p("โครงการ ", "ส่งเสริม", "การอ่าน") +
      '<w:p><w:r><w:t>ค่าอาหาร</w:t><w:tab/><w:t>1,500 บาท</w:t><w:br/><w:t>บรรทัดที่สอง</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">ลักษณะโครงการ ( ) ใหม่ </w:t><w:sym w:font="Wingdings" w:char="F0FE"/><w:t xml:space="preserve"> ต่อเนื่อง ☒ ทดลอง</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t>0</w:t><w:noBreakHyphen/><w:t>2</w:t><w:softHyphen/><w:t>3</w:t></w:r></w:p>' +
      "<w:p/>";
    const buf = await docx(body);
    expect(texts(buf)).toEqual(["โครงการ ส่งเสริมการอ่าน", "ค่าอาหาร\t1,500 บาท", "บรรทัดที่สอง", "ลักษณะโครงการ ( ) ใหม่ ☑ ต่อเนื่อง ☑ ทดลอง", "0-23", ""]);
    expect(places(buf)).toEqual(["paragraph 1", "paragraph 2", "paragraph 2", "paragraph 3", "paragraph 4", "paragraph 5"]);
  });

  test("tracked changes: deletions skipped, insertions kept; fields: the result, not the instruction; hidden text skipped", async () => {
    const body =
      '<w:p><w:r><w:t xml:space="preserve">งบประมาณ </w:t></w:r><w:del w:id="1" w:author="ก"><w:r><w:delText>10,000</w:delText></w:r></w:del><w:ins w:id="2" w:author="ก"><w:r><w:t>12,000</w:t></w:r></w:ins><w:r><w:t xml:space="preserve"> บาท</w:t></w:r></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">รวม </w:t></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> =SUM(ABOVE) </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>3,500</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:fldSimple w:instr=" PAGE "><w:r><w:t xml:space="preserve"> บาท</w:t></w:r></w:fldSimple></w:p>' +
      '<w:p><w:r><w:t xml:space="preserve">เห็น </w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>ซ่อน</w:t></w:r><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>ไม่ซ่อน</w:t></w:r></w:p>';
    expect(texts(await docx(body))).toEqual(["งบประมาณ 12,000 บาท", "รวม 3,500 บาท", "เห็น ไม่ซ่อน"]);
  });

  test("a text box is read once (its VML copy skipped), placed at its paragraph; headers are not read", async () => {
    const box = (t: string) => `<w:txbxContent>${p(t)}</w:txbxContent>`;
    const body =
      p("ก่อน") +
      `<w:p><w:r><w:t xml:space="preserve">ยึด </w:t></w:r><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box("ในกล่อง")}</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox>${box("ในกล่อง")}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
      '<w:p><w:r><w:object><v:shape/></w:object></w:r></w:p>';
    const read = readDocxBytes(await docx(body, { header: p("หัวกระดาษ โรงเรียน") }));
    expect(read.lines.map((l) => l.text)).toEqual(["ก่อน", "ยึด ", "ในกล่อง", ""]);
    expect(read.lines.map((l) => placeLabel(l.place))).toEqual([
      { th: "ย่อหน้า 1", en: "paragraph 1" },
      { th: "ย่อหน้า 2", en: "paragraph 2" },
      { th: "กล่องข้อความที่ย่อหน้า 2", en: "text box at paragraph 2" },
      { th: "ย่อหน้า 3", en: "paragraph 3" },
    ]);
    expect(read.notes.map((n) => n.en)).toEqual([expect.stringMatching(/1 embedded object .* not read/)]);
  });
});

describe("automatic list numbers (numbering.xml)", () => {
  test("decimal levels %1. and %1.%2, Thai numbers, Thai letters, bullets, a restart, numbers through a paragraph style", async () => {
    const numbering = numberingXml([
      { id: 1, levels: [{ fmt: "decimal", text: "%1." }, { fmt: "decimal", text: "%1.%2" }] },
      { id: 2, levels: [{ fmt: "thaiNumbers", text: "%1)" }] },
      { id: 3, levels: [{ fmt: "thaiLetters", text: "%1." }] },
      { id: 4, levels: [{ fmt: "bullet", text: "\uF0B7" }] },
      { id: 5, levels: [], abstractId: 1, startOverride: { ilvl: 0, start: 7 } },
    ]);
    const styles = `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}><w:style w:type="paragraph" w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style></w:styles>`;
    const body =
      li(1, 0, "หลักการ") +
      li(1, 1, "ย่อย") +
      li(1, 1, "ย่อยสอง") +
      li(1, 0, "วัตถุประสงค์") +
      li(1, 1, "ใหม่") +
      li(2, 0, "หนึ่ง") +
      li(2, 0, "สอง") +
      li(3, 0, "ก") +
      li(3, 0, "ข") +
      li(4, 0, "จุด") +
      li(5, 0, "เริ่มใหม่ที่เจ็ด") +
      '<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>ตามสไตล์</w:t></w:r></w:p>' +
      '<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="0"/></w:numPr></w:pPr><w:r><w:t>ไม่มีเลข</w:t></w:r></w:p>';
    expect(texts(await docx(body, { numbering, styles }))).toEqual([
      "1. หลักการ",
      "1.1 ย่อย",
      "1.2 ย่อยสอง",
      "2. วัตถุประสงค์",
      "2.1 ใหม่",
      "๑) หนึ่ง",
      "๒) สอง",
      "ก. ก",
      "ข. ข",
      "• จุด",
      "7. เริ่มใหม่ที่เจ็ด",
      "๓) ตามสไตล์",
      "ไม่มีเลข",
    ]);
  });

  test("a document without numbering.xml reads its list paragraphs without numbers", async () => {
    expect(texts(await docx(li(1, 0, "ข้อ")))).toEqual(["ข้อ"]);
  });
});

describe("tables", () => {
  test("rows as tab-separated cells; merged across (gridSpan) and down (vMerge) keep the columns; tabs in a cell become spaces", async () => {
    const body = tbl(
      tr(tc("ที่", { merge: "restart" }), tc("รายการ", { merge: "restart" }), tc("จำนวน", { span: 2 }), tc("จำนวนเงิน", { merge: "restart" })),
      tr(tc("", { merge: "continue" }), tc("", { merge: "continue" }), tc("จำนวน"), tc("หน่วย"), tc("", { merge: "continue" })),
      tr(tc("๑"), tc("ค่าอาหาร\nกลางวัน"), tc("30"), tc("คน"), tc("1,500")),
      '<w:tr><w:tc><w:p><w:r><w:t>2</w:t><w:tab/><w:t>x</w:t></w:r></w:p></w:tc></w:tr>',
      tr(tc("รวม", { span: 4 }), tc("1,500")),
    );
    const buf = await docx(p("ตารางงบ") + body + p("หลังตาราง"));
    expect(texts(buf)).toEqual(["ตารางงบ", "ที่\tรายการ\tจำนวน\t\tจำนวนเงิน", "\t\tจำนวน\tหน่วย\t", "๑\tค่าอาหาร กลางวัน\t30\tคน\t1,500", "2 x", "รวม\t\t\t\t1,500", "หลังตาราง"]);
    expect(places(buf)).toEqual(["paragraph 1", "table 1, row 1", "table 1, row 2", "table 1, row 3", "table 1, row 4", "table 1, row 5", "paragraph 2"]);
  });

  test("a one-column frame table gives its paragraphs; a table inside a cell gives its rows after the row; a deleted row is skipped", async () => {
    const inner = tbl(tr(tc("ค่าวัสดุ"), tc("500")), tr(tc("รวม"), tc("500")));
    const frame = tbl(tr(tc("โครงการ ทดลอง\nผู้รับผิดชอบ นายก")));
    const outer = tbl(
      tr(tc("งบประมาณ"), `<w:tc>${p("รายละเอียด")}${inner}</w:tc>`),
      '<w:tr><w:trPr><w:del w:id="3" w:author="ก"/></w:trPr><w:tc><w:p><w:r><w:t>ลบ</w:t></w:r></w:p></w:tc><w:tc><w:p/></w:tc></w:tr>',
      tr(tc("ท้าย"), tc("")),
    );
    const buf = await docx(frame + outer);
    expect(texts(buf)).toEqual(["โครงการ ทดลอง", "ผู้รับผิดชอบ นายก", "งบประมาณ\tรายละเอียด", "ค่าวัสดุ\t500", "รวม\t500", "ท้าย\t"]);
    expect(places(buf)).toEqual(["table 1, row 1, paragraph 1", "table 1, row 1, paragraph 2", "table 2, row 1", "table 3, row 1", "table 3, row 2", "table 2, row 3"]);
    expect(placeLabel({ table: 2, row: 3 }).th).toBe("ตาราง 2 แถว 3");
  });
});

describe("a form laid out as a two-column table", () => {
  test("'label | text' rows: one-paragraph text stays beside its label; several paragraphs become a heading and lines, checked as typed", async () => {
    const body =
      p("โครงการ ทดสอบแบบฟอร์ม") +
      tbl(
        tr(tc("ผู้รับผิดชอบโครงการ"), tc("นายสมชาย ใจดี")),
        tr(tc("งบประมาณ"), tc("2,000 บาท")),
        tr(tc("๘. รายละเอียดงบประมาณ"), tc("กิจกรรมที่ 1 ประชุม\nค่าอาหาร 30 คน x 50 บาท = 1,600 บาท\nค่าวัสดุ 500 บาท\nรวม 2,100 บาท")),
      );
    const doc = readDocxBytes(await docx(body));
    expect(doc.lines.map((l) => `${placeLabel(l.place).en} | ${l.text}`)).toEqual([
      "paragraph 1 | โครงการ ทดสอบแบบฟอร์ม",
      "table 1, row 1 | ผู้รับผิดชอบโครงการ\tนายสมชาย ใจดี",
      "table 1, row 2 | งบประมาณ\t2,000 บาท",
      "table 1, row 3 | ๘. รายละเอียดงบประมาณ",
      "table 1, row 3, paragraph 1 | กิจกรรมที่ 1 ประชุม",
      "table 1, row 3, paragraph 2 | ค่าอาหาร 30 คน x 50 บาท = 1,600 บาท",
      "table 1, row 3, paragraph 3 | ค่าวัสดุ 500 บาท",
      "table 1, row 3, paragraph 4 | รวม 2,100 บาท",
    ]);
    const placed = placeFindings(checkProjectText(doc.text).findings, doc.lines);
    expect(placed.find((f) => f.rule === "line-amount-mismatch")?.place?.th).toBe("ตาราง 1 แถว 3 ย่อหน้า 2");
  });
});

describe("findings placed in the document", () => {
  test("a finding on a line gets the place of that line; 'บรรทัด N' / 'Line N' in messages name the place", async () => {
    const body =
      p("โครงการ ทดสอบการอ่านเอกสาร") +
      p("งบประมาณ 3,000 บาท") +
      p("กิจกรรมที่ 1 ประชุม") +
      tbl(tr(tc("ที่"), tc("รายการ"), tc("จำนวน"), tc("หน่วย"), tc("ราคาต่อหน่วย"), tc("จำนวนเงิน")), tr(tc("1"), tc("ค่าอาหารว่าง"), tc("๒๐"), tc("คน"), tc("๕๐"), tc("๒,๐๐๐"))) +
      p("รวมทั้งสิ้น 2,000 บาท");
    const doc = readDocxBytes(await docx(body));
    const checked = checkProjectText(doc.text);
    const placed = placeFindings(checked.findings, doc.lines);
    const mismatch = placed.find((f) => f.rule === "line-amount-mismatch");
    expect(mismatch).toMatchObject({ place: { th: "ตาราง 1 แถว 2", en: "table 1, row 2" } });
    expect(mismatch!.line).toBeUndefined();
    expect(placed.every((f) => f.line === undefined)).toBe(true);
    expect(placeMessage({ th: "บรรทัด 5: อ่านไม่ได้ (บรรทัด 1)", en: "Line 5: unreadable (line 1), on line 4" }, doc.lines)).toEqual({
      th: "ตาราง 1 แถว 2: อ่านไม่ได้ (ย่อหน้า 1)",
      en: "Table 1, row 2: unreadable (paragraph 1), on table 1, row 1",
    });
  });
});

describe("broken and hostile packages", () => {
  const docXml = (body: string) => `<?xml version="1.0"?><w:document ${W}><w:body>${body}</w:body></w:document>`;

  test("an entity declaration (billion laughs) is refused as damaged, nothing expanded", async () => {
    const xml = `<?xml version="1.0"?><!DOCTYPE w:document [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]><w:document ${W}><w:body>${p("&b;")}</w:body></w:document>`;
    const e = refusal(await docx("", { documentXml: xml }));
    expect(e.code).toBe("corrupt");
    expect(e.messages.en).toMatch(/x\.docx is damaged or unreadable \(document type declarations are not accepted\)/);
  });

  test("a cut-short package, a zip without a document, an old .doc, an encrypted package, not a zip at all", async () => {
    const good = await docx(p("ข้อความ"));
    expect(refusal(good.subarray(0, good.length - 40)).code).toBe("corrupt");
    const junk = writeZip([{ name: "readme.txt", deflated: deflateRawSync(Buffer.from("hello")), declaredSize: 5 }]);
    expect(refusal(junk)).toMatchObject({ code: "not-docx", messages: { en: expect.stringMatching(/a zip archive without a Word document inside/) } });
    const cfb = Buffer.alloc(1024);
    cfb.writeUInt32BE(0xd0cf11e0, 0);
    cfb.writeUInt32BE(0xa1b11ae1, 4);
    expect(refusal(cfb).code).toBe("legacy-doc");
    expect(refusal(cfb).messages.en).toMatch(/old Word 97-2003 document \(\.doc\); open it in Word, save it as \.docx/);
    const encrypted = Buffer.concat([cfb, Buffer.from("EncryptionInfo", "utf16le")]);
    expect(refusal(encrypted).code).toBe("encrypted");
    expect(refusal(Buffer.from("just text")).code).toBe("not-docx");
  });

  test("a document part that unpacks far past the cap (declaring a small size) stops at the cap", () => {
    const bomb = deflateRepeated(`<?xml version="1.0"?><w:document ${W}><w:body><w:p><w:r><w:t>`, "a", 1 << 20, 200, "</w:t></w:r></w:p></w:body></w:document>");
    const zip = writeZip([{ name: "word/document.xml", deflated: bomb, declaredSize: 4096 }]);
    // a cap of 16 MB keeps the test light; the CLI's own cap (96 MB) is held in test/hostile/docx.test.ts
    expect(() => readDocxBytes(zip, { label: "bomb.docx", limits: { entryBytes: 16 << 20 } })).toThrow(
      expect.objectContaining({ code: "too-large", message: expect.stringMatching(/bomb\.docx is too large when unpacked \(part word\/document\.xml exceeds 16 MB\)/) }),
    );
  });

  test("more lines than the cap, and elements nested past the cap, are refused with a clear message", async () => {
    const many = await docx("<w:p/>".repeat(DOCX_LIMITS.lines + 1));
    expect(refusal(many)).toMatchObject({ code: "too-large", messages: { en: expect.stringMatching(/more than 200,000 lines of text/) } });
    let deep = p("ลึก");
    for (let i = 0; i < 40; i++) deep = tbl(tr(`<w:tc>${deep}</w:tc>`));
    const e = refusal(await docx("", { documentXml: docXml(deep) }));
    expect(e).toMatchObject({ code: "corrupt", messages: { en: expect.stringMatching(/nested too deeply/) } });
  });
});

