/**
 * Word project documents (.docx) through the CLI, run as a user runs it (node bin/budget-plan.js): the seed
 * document as LibreOffice Writer saved it (test/fixtures/seed-project-2560.docx, from the .txt beside it)
 * gives the findings of the .txt, each placed at its paragraph; import writes a workbook from a document
 * with Word tables; inspect says what was read where; consolidate takes a .docx as it takes a .txt.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import ExcelJS from "exceljs";
import { runCli, type CliRun } from "../helpers/cli";

const ROOT = resolve(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "budget-plan-docx-"));
const SPORTS = "sportsday-word-tables-thai-digits.docx";

const run = (...args: string[]): CliRun => runCli(dir, args);

interface Rec {
  rule: string;
  severity: string;
  message: string;
  line: number | null;
  place: string | null;
}

beforeAll(() => {
  copyFileSync(join(ROOT, "test/fixtures/seed-project-2560.txt"), join(dir, "seed.txt"));
  copyFileSync(join(ROOT, "test/fixtures/seed-project-2560.docx"), join(dir, "seed.docx"));
  copyFileSync(join(ROOT, "test/corpus/texts-docx", SPORTS), join(dir, SPORTS));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the seed document saved as .docx gives the .txt's findings, rule by rule, each at the paragraph of its line", () => {
  const r = run("validate", "seed.txt", "seed.docx", "--format", "json", "--lang", "en");
  expect(r.code).toBe(1);
  const [txt, doc] = (JSON.parse(r.stdout) as { files: { findings: Rec[] }[] }).files;
  expect(txt.findings.length).toBeGreaterThan(5);
  expect(doc.findings.map((f) => f.rule)).toEqual(txt.findings.map((f) => f.rule));
  expect(doc.findings.map((f) => f.severity)).toEqual(txt.findings.map((f) => f.severity));
  // Writer made one paragraph per line of the text: line N is paragraph N
  txt.findings.forEach((f, i) => {
    const d = doc.findings[i];
    expect(d.line).toBeNull();
    if (f.line === null) expect(d.place).toBeNull();
    else expect(d.place).toBe(`paragraph ${f.line}`);
    expect(d.message).toBe(f.message.replace(/\b(L|l)ine (\d+)/g, (_, l: string, n: string) => `${l === "L" ? "P" : "p"}aragraph ${n}`));
  });
  const text = run("validate", "seed.docx", "--lang", "th").stdout;
  expect(text).toMatch(/\[ย่อหน้า 167\] .*13,000/);
  expect(text).not.toMatch(/บรรทัด \d/);
});

test("Word tables: findings at 'table T, row R'; inspect shows the rows as read and where each part came from", () => {
  const v = JSON.parse(run("validate", SPORTS, "--format", "json", "--lang", "en").stdout) as { files: { findings: Rec[] }[] };
  const at = v.files[0].findings.filter((f) => f.severity === "error").map((f) => `${f.rule}@${f.place}`);
  expect(at.sort()).toEqual(["over-allocation@table 1, row 5", "subtotal-mismatch@table 3, row 7", "subtotal-mismatch@table 4, row 3", "total-mismatch@paragraph 12"]);
  const i = run("inspect", SPORTS, "--lang", "en");
  expect(i.code).toBe(0);
  expect(i.stdout).toMatch(/Shape: a Word document \(\.docx\): 17 paragraphs, 4 tables/);
  expect(i.stdout).toMatch(/Allocation: 20,000 baht {2}\[table 1, row 5\]/);
  expect(i.stdout).toMatch(/activity 2: ถ้วยรางวัล = 4,800 baht {2}\[table 3, row 3\]/);
  // the subtotal row merges four cells: its amount stays in the amount column
  expect(i.stdout).toMatch(/\[table 3, row 7\] {2}\| รวม \| {2}\| {2}\| {2}\| ๑๙,๘๐๐/);
  // automatic list numbers in Thai digits (numbering.xml), at their paragraph
  const j = JSON.parse(run("inspect", SPORTS, "--format", "json").stdout) as { lines: { place: string; text: string }[] };
  expect(j.lines.find((l) => l.text.includes("เพื่อส่งเสริมให้นักเรียน"))).toEqual({ line: 9, place: "ย่อหน้า 4", text: "๑. เพื่อส่งเสริมให้นักเรียนออกกำลังกายและเล่นกีฬา" });
});

test("import writes a workbook from a .docx; consolidate takes it beside the .txt", async () => {
  const r = run("import", SPORTS, "-o", "sports.xlsx", "--lang", "en");
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/Project: กีฬาสีภายในโรงเรียน.*; 3 activities; 6 budget lines/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(join(dir, "sports.xlsx")) as unknown as ArrayBuffer);
  expect(wb.worksheets.length).toBeGreaterThan(2);
  const v = JSON.parse(run("validate", "sports.xlsx", "--format", "json").stdout) as { files: { findings: Rec[] }[] };
  expect(v.files[0].findings.some((f) => f.rule === "subtotal-mismatch")).toBe(true);
  const c = run("consolidate", "seed.txt", "seed.docx", SPORTS, "-o", "sum.xlsx", "--lang", "en");
  expect(c.code).toBeLessThan(2);
  const sum = new ExcelJS.Workbook();
  await sum.xlsx.load(readFileSync(join(dir, "sum.xlsx")) as unknown as ArrayBuffer);
  const cells = sum.worksheets.flatMap((ws) => ws.getSheetValues().flat().map(String));
  expect(cells.filter((t) => t.includes("seed.docx")).length).toBeGreaterThan(0);
  expect(cells.filter((t) => t.includes(SPORTS)).length).toBeGreaterThan(0);
  // the findings sheet points at the table row of a Word document's finding
  expect(cells).toContain("table 3, row 7");
});

test("import: what could not be read is listed at its paragraph, and kept so that validate of the workbook says it again; a Word package named .xlsx is read as Word", () => {
  copyFileSync(join(ROOT, "test/corpus/texts-docx/text-pdf-collapsed-no-header.docx"), join(dir, "collapsed.docx"));
  const r = run("import", "collapsed.docx", "-o", "collapsed.xlsx", "--lang", "en");
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/4 places not read or uncertain:\n {4}- Paragraph 15: Could not read this budget line — "ค่าหนังสือ 40 เล่ม 120 4,800"/);
  expect(r.stdout).not.toMatch(/[Ll]ine 15/);
  const th = run("import", "collapsed.docx", "-o", "collapsed-th.xlsx", "--lang", "th");
  expect(th.stdout).toMatch(/- ย่อหน้า 15: อ่านรายการงบประมาณนี้ไม่ได้/);
  const v = run("validate", "collapsed.xlsx", "--lang", "en");
  expect(v.stdout).toMatch(/When the text was imported, Paragraph 16: Could not read this budget line/);
  copyFileSync(join(dir, "seed.docx"), join(dir, "word-named.xlsx"));
  const named = JSON.parse(run("validate", "word-named.xlsx", "seed.docx", "--format", "json").stdout) as { files: { findings: Rec[] }[] };
  expect(named.files[0].findings).toEqual(named.files[1].findings);
});
