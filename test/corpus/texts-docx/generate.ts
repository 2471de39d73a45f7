/**
 * Word project documents of the corpus (test/corpus/texts-docx/*.docx, keys beside them): each is written as
 * HTML with real tables (merged cells as colspan/rowspan) and lists, and turned into a .docx by LibreOffice
 * Writer (`soffice --convert-to docx`), so the packages are as a word processor writes them (w:tbl with
 * w:gridSpan and w:vMerge, list numbers in numbering.xml). Where Writer's HTML import cannot express
 * something Word writes (Thai list numbers: numFmt thaiNumbers), the numbering part is edited afterwards.
 * The .docx files are committed; run this again only to change them (needs libreoffice-writer):
 *
 *   npx tsx test/corpus/texts-docx/generate.ts [name …]
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";

const OUT = __dirname;

function html(body: string): string {
  return `<!DOCTYPE html><html><head><meta charset="utf-8"><title>โครงการ</title></head><body>${body}</body></html>`;
}

const table = (rows: string[][], opts: { border?: boolean } = {}) =>
  `<table border="${opts.border === false ? 0 : 1}">${rows.map((r) => `<tr>${r.join("")}</tr>`).join("")}</table>`;
const td = (t: string, attrs = "") => `<td${attrs ? " " + attrs : ""}>${t}</td>`;
const row = (...cells: string[]) => cells.map((c) => td(c));

/** A sports day in Thai digits: header fields in a borderless table, automatic Thai list numbers, tables. */
const sportsday = html(
  table(
    [
      row("ชื่อโครงการ", "กีฬาสีภายในโรงเรียน ประจำปีการศึกษา ๒๕๖๗"),
      row("โรงเรียน", "โรงเรียนวัดดอนตูม สำนักงานเขตพื้นที่การศึกษาประถมศึกษานครปฐม เขต ๑"),
      row("ผู้รับผิดชอบ", "นายสมศักดิ์ ใจกล้า"),
      row("ระยะเวลาดำเนินการ", "๑ ตุลาคม ๒๕๖๗ – ๓๐ กันยายน ๒๕๖๘"),
      row("งบประมาณ", "๒๐,๐๐๐ บาท"),
    ],
    { border: false },
  ) +
    `<p>๑. หลักการและเหตุผล</p><p>การกีฬาเป็นกิจกรรมที่ส่งเสริมสุขภาพกายและใจ ปลูกฝังความมีน้ำใจนักกีฬา ความสามัคคี และการทำงานเป็นทีม</p>` +
    `<p>๒. วัตถุประสงค์</p><ol><li>เพื่อส่งเสริมให้นักเรียนออกกำลังกายและเล่นกีฬา</li><li>เพื่อปลูกฝังความสามัคคีและน้ำใจนักกีฬา</li></ol>` +
    `<p>๓. เป้าหมาย</p><p>นักเรียนทุกคน จำนวน ๑๘๐ คน ได้เข้าร่วมการแข่งขันกีฬาสี</p>` +
    `<p>๔. กิจกรรมและระยะเวลาดำเนินการ</p>` +
    table([
      row("ที่", "กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ"),
      row("๑", "ประชุมครูแบ่งคณะสี", "พ.ย. ๒๕๖๗", "นายสมศักดิ์ ใจกล้า"),
      row("๒", "ฝึกซ้อมและแข่งขันกีฬาสี", "ธ.ค. ๒๕๖๗", "คณะครูทุกคน"),
      row("๓", "สรุปผลการจัดกิจกรรม", "ม.ค. ๒๕๖๘", "นายสมศักดิ์ ใจกล้า"),
    ]) +
    `<p>๕. งบประมาณ</p><p>กิจกรรมที่ ๒ ฝึกซ้อมและแข่งขันกีฬาสี</p>` +
    table([
      row("ที่", "รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "จำนวนเงิน"),
      row("๑", "อุปกรณ์กีฬา (ลูกฟุตบอล วอลเลย์บอล ตะกร้อ)", "๑", "ชุด", "๕,๐๐๐", "๕,๐๐๐"),
      row("๒", "ถ้วยรางวัล", "๖", "ใบ", "๘๐๐", "๔,๘๐๐"),
      row("๓", "ค่าอาหารว่างนักกีฬาและครู", "๒๐๐", "คน", "๒๕", "๕,๐๐๐"),
      row("๔", "ค่าน้ำดื่ม น้ำแข็ง", "๑", "เหมา", "๒,๐๐๐", "๒,๐๐๐"),
      row("๕", "ค่าตกแต่งขบวนพาเหรด", "๔", "สี", "๑,๐๐๐", "๔,๐๐๐"),
      [td(""), td("รวม", 'colspan="4"'), td("๑๙,๘๐๐")],
    ]) +
    `<p>กิจกรรมที่ ๓ สรุปผลการจัดกิจกรรม</p>` +
    table([
      row("ที่", "รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "จำนวนเงิน"),
      row("๑", "ค่าถ่ายเอกสารและเข้าเล่มรายงาน", "๓", "เล่ม", "๑๕๐", "๔๕๐"),
      [td(""), td("รวม", 'colspan="4"'), td("๕๕๐")],
    ]) +
    `<p>รวมทั้งสิ้น ๒๐,๓๕๐ บาท (สองหมื่นสามร้อยห้าสิบบาทถ้วน)</p>` +
    `<p>๖. การประเมินผล</p><p>๑) สังเกตการเข้าร่วมกิจกรรมของนักเรียน</p><p>๒) แบบสอบถามความพึงพอใจ</p>` +
    `<p>๗. ผลที่คาดว่าจะได้รับ</p><p>นักเรียนมีสุขภาพแข็งแรง มีน้ำใจนักกีฬา รู้แพ้ รู้ชนะ รู้อภัย</p>`,
);

/** A budget table with a two-row header (merged across and down) and lines in Arabic digits; one line mistyped. */
const mergedHeader = html(
  `<p>โครงการ ส่งเสริมการอ่าน</p><p>ผู้รับผิดชอบโครงการ นางสาวอรุณี ศรีสุข</p><p>ระยะเวลาดำเนินการ 1 พฤศจิกายน 2567 - 31 มีนาคม 2568</p>` +
    `<p>งบประมาณ 12,000 บาท</p><p>กิจกรรมและระยะเวลาดำเนินการ</p>` +
    table([
      row("ที่", "กิจกรรม", "ระยะเวลา", "ผู้รับผิดชอบ"),
      row("1", "จัดซื้อหนังสือเข้าห้องสมุด", "พ.ย. 2567", "นางสาวอรุณี ศรีสุข"),
      row("2", "ยอดนักอ่าน", "ม.ค. 2568", "นางสาวอรุณี ศรีสุข"),
    ]) +
    `<p>รายละเอียดการใช้งบประมาณ</p><p>กิจกรรมที่ 1 จัดซื้อหนังสือเข้าห้องสมุด</p>` +
    table([
      [td("ที่", 'rowspan="2"'), td("รายการ", 'rowspan="2"'), td("จำนวน", 'colspan="2"'), td("ราคาต่อหน่วย", 'rowspan="2"'), td("จำนวนเงิน", 'rowspan="2"')],
      row("จำนวน", "หน่วย"),
      row("1", "หนังสือนิทาน", "40", "เล่ม", "150", "6,000"),
      row("2", "หนังสือสารคดี", "20", "เล่ม", "200", "4,500"),
      [td("รวม", 'colspan="5"'), td("10,500")],
    ]) +
    `<p>กิจกรรมที่ 2 ยอดนักอ่าน</p>` +
    table([
      row("ที่", "รายการ", "จำนวน", "หน่วย", "ราคาต่อหน่วย", "จำนวนเงิน"),
      row("1", "เกียรติบัตรและของรางวัล", "20", "ชุด", "100", "2,000"),
      [td("รวม", 'colspan="5"'), td("2,000")],
    ]) +
    `<p>รวมทั้งสิ้น 12,500 บาท</p>`,
);

const DOCS: { name: string; html?: string; thaiLists?: boolean; fromText?: string }[] = [
  { name: "sportsday-word-tables-thai-digits", html: sportsday, thaiLists: true },
  { name: "merged-header-budget-table", html: mergedHeader },
  // a text of the corpus opened in Writer and saved as .docx: a paragraph per line, its key's "line N" → "paragraph N"
  { name: "text-pdf-collapsed-no-header", fromText: "blind-p2-v2-pdf-collapsed-no-header" },
  // memos (บันทึกข้อความ) whose allocation, owner and period are in a paragraph, activities as numbered lines
  { name: "memo-f02-allocation-in-prose", fromText: "blind-p7-f02-memo-allocation-in-prose" },
  { name: "memo-thai-digits-short-dates", fromText: "memo-thai-digits-short-dates" },
  { name: "memo-two-line-paragraph-over-allocation", fromText: "memo-two-line-paragraph-over-allocation" },
];

const TEXTS = join(__dirname, "..", "texts");

interface Key {
  description: string;
  planted: { rule: string; at: string; note?: string }[];
  correct: { at: string; note?: string }[];
  unusable?: boolean;
}

function keyFromText(name: string): Key {
  const key = JSON.parse(readFileSync(join(TEXTS, `${name}.key.json`), "utf8")) as Key;
  const at = (a: string) => a.replace(/^line (\d+)$/, "paragraph $1");
  return {
    ...key,
    description: `texts/${name}.txt opened in LibreOffice Writer and saved as .docx (a paragraph per line, so line N is paragraph N): ${key.description}`,
    planted: key.planted.map((p) => ({ ...p, at: at(p.at) })),
    correct: key.correct.map((c) => ({ ...c, at: at(c.at) })),
  };
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "docx-corpus-"));
  try {
    // names on the command line: only those documents are written again (the others stay as committed)
    const only = process.argv.slice(2);
    for (const d of DOCS.filter((x) => only.length === 0 || only.includes(x.name))) {
      const src = join(dir, `${d.name}.${d.fromText ? "txt" : "html"}`);
      writeFileSync(src, d.fromText ? readFileSync(join(TEXTS, `${d.fromText}.txt`)) : d.html!);
      const filter = d.fromText ? "Text (encoded):UTF8" : "HTML (StarWriter)";
      if (d.fromText) writeFileSync(join(OUT, `${d.name}.key.json`), JSON.stringify(keyFromText(d.fromText), null, 2) + "\n");
      const r = spawnSync(
        "soffice",
        [`-env:UserInstallation=file://${dir}/profile`, "--headless", `--infilter=${filter}`, "--convert-to", "docx:MS Word 2007 XML", "--outdir", dir, src],
        { encoding: "utf8", timeout: 120_000 },
      );
      if (r.status !== 0) throw new Error(`soffice failed for ${d.name}: ${r.stderr}`);
      let buf: Buffer = readFileSync(join(dir, `${d.name}.docx`));
      if (d.thaiLists) {
        // Word's Thai list numbers ("๑.", "๒.")
        const zip = await JSZip.loadAsync(buf);
        const xml = await zip.file("word/numbering.xml")!.async("string");
        zip.file("word/numbering.xml", xml.replace(/<w:numFmt w:val="decimal"\/>/g, '<w:numFmt w:val="thaiNumbers"/>'));
        buf = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
      }
      writeFileSync(join(OUT, `${d.name}.docx`), buf);
      console.log(`${d.name}.docx ${buf.length} bytes`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
