/**
 * `budget-plan pdf` through a real LibreOffice: the example and a blank plan rendered to PDF and checked
 * with poppler (pdfinfo, pdftotext): every page A4, the proposal first and portrait with its signature
 * block on its last page, no table's columns split across pages (each page with a table's first header
 * has its last one too), the full rationale in the text, no "###". Pages are kept as PNG artifacts under
 * test-artifacts/print/. Where the pages break, with the font: ./pdfPages.test.ts.
 * Two LibreOffice runs in all.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { main } from "../../src/cli/main";
import type { CliIO } from "../../src/cli/io";
import { seedPlan } from "../../src/core/examples/seed2560";
import { printCopy, rewriteWorkbookXml } from "../../src/adapters/xlsx/printCopy";
import { specToBuffer } from "../../src/adapters/xlsx/write";
import { buildWorkbookSpec } from "../../src/workbook";
import { MAPPING_SHEET } from "../../src/workbook/mapping";
import { PreviewWorkbookHost } from "../../src/adapters/preview";
import { previewXlsxBytes } from "../../src/adapters/preview/download";

const ARTIFACTS = resolve(__dirname, "..", "..", "test-artifacts", "print");
const dir = mkdtempSync(join(tmpdir(), "budget-plan-pdf-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = "";
  let err = "";
  const io: CliIO = { out: (t) => void (out += t + "\n"), err: (t) => void (err += t + "\n"), errIsTTY: false };
  const code = await main(args, io);
  return { code, out, err };
}

const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
function pageSizes(pdf: string): [number, number][] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", String(pageCount(pdf)), pdf], { encoding: "utf8" });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
}
const pageText = (pdf: string, n: number) => execFileSync("pdftotext", ["-f", String(n), "-l", String(n), "-layout", pdf, "-"], { encoding: "utf8" });
/** Text compared without spaces and without the marks above and below Thai letters (pdftotext moves them). */
const bare = (s: string) => s.replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, "");
const has = (text: string, words: string) => bare(text).includes(bare(words));

/**
 * [first, last] printed headers of each table, as adjacent words of its header row (unique to the table;
 * a header cell may wrap, so the words are its first line): when the table's columns were split over
 * pages, a page would show the first without the last.
 */
const TABLES: [string, string][] = [
  ["ที่ รายการ ค่าตอบแทน", "ค่าวัสดุ รวม"], // the proposal's budget
  ["วิธีการวัด", "เครื่องมือที่ใช้"], // the proposal's evaluation, and the indicators sheet
  ["ผู้รับผิดชอบ เริ่ม", "งบประมาณ (บาท)"], // the activities sheet (its month headers print whole: "ก.ย. 69")
  ["รายการ หมวดรายจ่าย หมวดอัตรา", "เดือนที่ใช้"], // the budget sheet
];

describe.each([
  ["example", ["new", "--example"]],
  ["blank", ["new", "--fiscal-year", "2569"]],
])("budget-plan pdf: the %s plan", (name, make) => {
  const xlsx = join(dir, `${name}.xlsx`);
  const pdf = join(dir, `${name}.pdf`);
  let pages: string[] = [];
  beforeAll(async () => {
    expect((await cli(...make, xlsx)).code).toBe(0);
    const r = await cli("pdf", xlsx, "-o", pdf);
    expect([r.code, r.err]).toEqual([0, ""]);
    expect(r.out).toMatch(/ไม่พิมพ์: อัตรา/);
    // each page's text without its footer (page numbers "3 / 12")
    pages = Array.from({ length: pageCount(pdf) }, (_, i) => pageText(pdf, i + 1).replace(/^\s*\d+ \/ \d+\s*$/gm, ""));
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const f of readdirSync(ARTIFACTS)) if (f.startsWith(`${name}-`)) rmSync(join(ARTIFACTS, f));
    execFileSync("pdftoppm", ["-r", "60", "-png", pdf, join(ARTIFACTS, name)]);
  }, 300_000);

  test("every page is A4; the proposal comes first, in portrait, and ends with the signature block", () => {
    const sizes = pageSizes(pdf);
    expect(sizes).toHaveLength(pages.length);
    for (const [w, h] of sizes) expect([Math.round(Math.min(w, h)), Math.round(Math.max(w, h))]).toEqual([595, 842]);
    expect(has(pages[0], "แบบเสนอโครงการ")).toBe(true);
    const sign = pages.findIndex((t) => has(t, "ผู้อนุมัติโครงการ"));
    expect(sign).toBeGreaterThanOrEqual(0);
    for (let i = 0; i <= sign; i++) expect(sizes[i][0]).toBeLessThan(sizes[i][1]);
    // the next page starts the data sheets (the project sheet's own labels), so the signatures close the proposal
    expect(has(pages[sign + 1], "ปีงบประมาณ (พ.ศ.)")).toBe(true);
    for (const w of ["ลงชื่อ", "ผู้เสนอโครงการ", "ผู้เห็นชอบโครงการ", "ตำแหน่ง"]) expect([w, has(pages[sign], w)]).toEqual([w, true]);
    // the data sheets print without their instruction lines, and the rates sheet is left out
    const all = pages.join("\n");
    expect(has(all, "ช่องสีเหลือง")).toBe(false);
    expect(has(all, "อัตราเพดานค่าใช้จ่ายที่ใช้ตรวจ")).toBe(false);
  });

  test("no table's columns split across pages", () => {
    let seen = 0;
    for (const t of pages)
      for (const [first, last] of TABLES)
        if (has(t, first)) {
          seen++;
          expect([first, has(t, last)]).toEqual([first, true]);
        }
    expect(seen).toBeGreaterThanOrEqual(5);
  });

  test('the full rationale is printed, and no "###"', () => {
    const all = pages.join("\n");
    expect(all).not.toContain("###");
    if (name === "example") expect(bare(all)).toContain(bare(seedPlan().project.rationale!));
  });
});

test("the installed command (node bin/budget-plan.js, the bundle) writes the proposal's PDF", () => {
  const xlsx = join(dir, "bundle.xlsx");
  const pdf = join(dir, "bundle.pdf");
  const bin = resolve(__dirname, "..", "..", "bin", "budget-plan.js");
  const run = (...args: string[]) => spawnSync(process.execPath, [bin, ...args], { encoding: "utf8", timeout: 300_000 });
  expect(run("new", "--example", xlsx).status).toBe(0);
  const r = run("pdf", xlsx, "-o", pdf, "--proposal");
  expect([r.status, r.stderr]).toEqual([0, ""]);
  expect(has(pageText(pdf, 1), "แบบเสนอโครงการ")).toBe(true);
}, 300_000);

test("sheets hidden in the workbook (the add-in's mapping sheet, a layout kept hidden) stay out of the PDF", async () => {
  // a workbook as the preview downloads it, with the add-in's own hidden sheet and a hidden copy of the proposal
  const host = new PreviewWorkbookHost();
  await host.insertTemplate(buildWorkbookSpec(seedPlan(), { lang: "th" }), "fail");
  await host.applyEdits([{ sheet: MAPPING_SHEET, cell: "A1", value: "แผ่นงานซ่อนของโปรแกรม" }]);
  host.workbook.addSheet("แบบเสนอโครงการ (เดิม 2)");
  host.workbook.setCellInput("แบบเสนอโครงการ (เดิม 2)", "A1", "ฉบับที่ซ่อนไว้ไม่ต้องพิมพ์");
  host.workbook.hideSheet("แบบเสนอโครงการ (เดิม 2)");
  const xlsx = join(dir, "hidden.xlsx");
  const pdf = join(dir, "hidden.pdf");
  writeFileSync(xlsx, Buffer.from(await previewXlsxBytes(host.workbook)));
  host.workbook.destroy();
  const r = await cli("pdf", xlsx, "-o", pdf);
  expect([r.code, r.err]).toEqual([0, ""]);
  expect(r.out).toMatch(new RegExp(`ไม่พิมพ์: อัตรา, ${MAPPING_SHEET}, แบบเสนอโครงการ \\(เดิม 2\\)`));
  const text = Array.from({ length: pageCount(pdf) }, (_, i) => pageText(pdf, i + 1)).join("\n");
  expect(has(text, "แบบเสนอโครงการ")).toBe(true);
  expect(has(text, "แผ่นงานซ่อนของโปรแกรม")).toBe(false);
  expect(has(text, "ฉบับที่ซ่อนไว้ไม่ต้องพิมพ์")).toBe(false);
}, 300_000);

describe("budget-plan pdf without LibreOffice, and the print copy", () => {
  test("says so plainly, in Thai and in English, exit 2", async () => {
    const xlsx = join(dir, "plain.xlsx");
    expect((await cli("new", "--fiscal-year", "2569", xlsx)).code).toBe(0);
    const saved = process.env.SOFFICE_PATH;
    process.env.SOFFICE_PATH = "";
    try {
      const th = await cli("pdf", xlsx);
      expect(th.code).toBe(2);
      expect(th.err).toContain("ไม่พบ LibreOffice");
      const en = await cli("pdf", xlsx, "--lang", "en");
      expect(en.code).toBe(2);
      expect(en.err).toContain("LibreOffice is not installed");
    } finally {
      if (saved === undefined) delete process.env.SOFFICE_PATH;
      else process.env.SOFFICE_PATH = saved;
    }
  });

  test("the proposal moves first, the rates sheet is hidden, sheet-scoped names follow their sheets", async () => {
    const xml =
      '<workbook><bookViews><workbookView activeTab="0"/></bookViews><sheets><sheet name="a" sheetId="1" r:id="rId1"/><sheet name="b" sheetId="2" r:id="rId2"/><sheet name="P" sheetId="3" r:id="rId3"/></sheets>' +
      '<definedNames><definedName name="_xlnm.Print_Area" localSheetId="2">P!$A$1:$O$9</definedName><definedName name="_xlnm.Print_Area" localSheetId="0">a!$A$1</definedName></definedNames></workbook>';
    const out = rewriteWorkbookXml(xml, { first: ["P"], hide: ["b"] });
    // a sheet hidden in the workbook stays hidden (veryHidden too)
    expect(rewriteWorkbookXml(xml.replace('name="a" sheetId="1" r:id="rId1"', 'name="a" sheetId="1" state="veryHidden" r:id="rId1"'), { first: ["P"] })).toContain(
      '<sheet name="a" sheetId="1" r:id="rId1" state="veryHidden"/>',
    );
    expect(out).toContain('<sheets><sheet name="P" sheetId="3" r:id="rId3"/><sheet name="a" sheetId="1" r:id="rId1"/><sheet name="b" sheetId="2" r:id="rId2" state="hidden"/></sheets>');
    expect(out).toContain('localSheetId="0">P!$A$1:$O$9');
    expect(out).toContain('localSheetId="1">a!$A$1');
    const copy = await printCopy(await specToBuffer(buildWorkbookSpec(seedPlan())), { first: ["แบบเสนอโครงการ"], hide: ["อัตรา"] });
    expect(copy.sheets[0]).toBe("แบบเสนอโครงการ");
    expect(copy.sheets).toHaveLength(8);
  });
});
