/**
 * The preview's "download .xlsx" (src/adapters/preview/download.ts): the workbook as it is now, typed cells
 * and all, written by the CLI's .xlsx writer, opened again with ExcelJS and read back by the CLI's reader (which
 * recalculates with HyperFormula): the same plan, the same findings as the preview shows; the template version
 * stamp (a defined name) goes with it and the add-in's own mapping sheet stays hidden.
 */
import ExcelJS from "exceljs";
import { PreviewWorkbookHost } from "../../src/adapters/preview";
import { DOWNLOAD_NAME, fileNameFor, previewXlsxBytes, projectNameOf } from "../../src/adapters/preview/download";
import { readXlsxBytes } from "../../src/adapters/xlsx/read";
import { seedPlan } from "../../src/core/examples/seed2560";
import { TEMPLATE_VERSION, buildWorkbookSpec, validateWorkbook } from "../../src/workbook";
import { MAPPING_SHEET } from "../../src/workbook/mapping";
import { emptyPlan } from "../../src/core/model";
import { main } from "../../src/cli/main";
import { OfficeWorkbookHost, type ExcelRunner } from "../../src/adapters/office/OfficeWorkbookHost";
import { FakeWorkbook } from "./fakeExcel";
import type { CliIO } from "../../src/cli/io";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const TODAY = { year: 2559, month: 10 };
const keys = (snap: Parameters<typeof validateWorkbook>[0]) =>
  validateWorkbook(snap, { today: TODAY })
    .findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`)
    .sort();

test("the downloaded file holds the workbook as it is now: values typed, formulas, styles, widths, print setup", async () => {
  const host = new PreviewWorkbookHost();
  await host.insertTemplate(buildWorkbookSpec(seedPlan(), { lang: "th" }), "fail");
  host.workbook.setCellInput("งบประมาณ", "J9", "2300"); // a number typed over the amount formula
  const bytes = await previewXlsxBytes(host.workbook);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  expect(wb.worksheets.map((w) => w.name)).toEqual(host.workbook.sheetNames());
  const budget = wb.getWorksheet("งบประมาณ")!;
  expect(budget.getCell("J9").value).toBe(2300);
  expect((budget.getCell("J5").value as ExcelJS.CellFormulaValue).formula).toBe("PRODUCT(E5,F5,H5)");
  expect(budget.getCell("J5").numFmt).toMatch(/#,##0/);
  expect(budget.getColumn("B").width).toBeGreaterThan(20);
  const proposal = wb.worksheets.find((w) => w.name.startsWith("แบบเสนอ"));
  expect(proposal?.pageSetup.paperSize).toBe(9); // A4, as the template writes it
  expect(proposal?.pageSetup.printArea).toMatch(/^A1:O\d+$/);

  // read back as the CLI reads files: the same findings as the preview
  const back = readXlsxBytes(Buffer.from(bytes), { evaluate: "checks" }).snapshot;
  const shown = keys(host.workbook.snapshot());
  expect(shown).toContain("error line-amount-mismatch งบประมาณ!J9");
  expect(keys(back)).toEqual(shown);
  host.workbook.destroy();
}, 120_000);

test("the downloaded file carries the template stamp, keeps the add-in's mapping sheet hidden, and `validate` reads it as the pane does", async () => {
  const host = new PreviewWorkbookHost();
  await host.insertTemplate(buildWorkbookSpec(seedPlan(), { lang: "th" }), "fail");
  // a column choice saved by the pane: the add-in's own sheet is made, hidden, on its first write
  await host.applyEdits([{ sheet: MAPPING_SHEET, cell: "A1", value: "sheet" }]);
  // a second plan set: its stamp is the workbook's one (a name is kept once, as in Excel)
  await host.insertTemplate(buildWorkbookSpec(emptyPlan(2569), { lang: "th" }), "suffix");
  expect(host.workbook.visibleSheetNames()).not.toContain(MAPPING_SHEET);
  expect(await host.templateStamp()).toEqual({ version: TEMPLATE_VERSION, sheet: "โครงการ" });
  const bytes = await previewXlsxBytes(host.workbook);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  const states = Object.fromEntries(wb.worksheets.map((w) => [w.name, w.state]));
  expect(states[MAPPING_SHEET]).toBe("hidden");
  expect(Object.entries(states).filter(([n, s]) => n !== MAPPING_SHEET && s !== "visible")).toEqual([]);
  // the stamp as the CLI's reader sees it: the project sheet of the first plan set
  const read = readXlsxBytes(Buffer.from(bytes), { evaluate: "checks" });
  expect(read.templateStamp).toEqual({ version: TEMPLATE_VERSION, sheet: "โครงการ" });

  // `budget-plan validate` on the downloaded file: the template's reading, the pane's findings
  const dir = mkdtempSync(join(tmpdir(), "preview-download-"));
  try {
    const file = join(dir, "download.xlsx");
    writeFileSync(file, Buffer.from(bytes));
    let out = "";
    const io: CliIO = { out: (t) => void (out += t + "\n"), err: () => undefined, errIsTTY: false };
    expect(await main(["validate", file, "--format", "json"], io)).toBe(1); // the seed's mistakes are errors
    const cli = (JSON.parse(out) as { files: { findings: { severity: string; rule: string; sheet: string; cell: string }[] }[] }).files[0].findings
      .map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`)
      .sort();
    const pane = validateWorkbook(host.workbook.snapshot(), {}).findings.map((f) => `${f.severity} ${f.rule} ${f.sheet}!${f.cell}`).sort();
    expect(cli).toContain("error total-mismatch โครงการ!B16");
    expect(cli).toEqual(pane);
    out = "";
    expect(await main(["inspect", file], io)).toBe(0);
    expect(out).toContain("แม่แบบของโปรแกรม");
    expect(out).toContain(`${MAPPING_SHEET}: การจับคู่คอลัมน์ที่ผู้ใช้กำหนด`); // read as the mapping, not as a plan sheet
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  host.workbook.destroy();
}, 120_000);

test("a sheet the spec marks hidden (what an import could not read) is hidden in the preview, in its download and in Excel", async () => {
  const notes = [{ line: 15, severity: "warning" as const, code: "unread", message: { th: "อ่านไม่ได้", en: "not read" }, text: "บรรทัดที่อ่านไม่ได้" }];
  const spec = buildWorkbookSpec(seedPlan(), { lang: "th", importNotes: notes });
  const hidden = spec.sheets.filter((s) => s.hidden).map((s) => s.name);
  expect(hidden).toEqual(["_budgetplan_import"]);
  const host = new PreviewWorkbookHost();
  await host.insertTemplate(spec, "fail");
  expect(host.workbook.sheetNames()).toContain(hidden[0]);
  expect(host.workbook.visibleSheetNames()).not.toContain(hidden[0]);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(await previewXlsxBytes(host.workbook));
  expect(wb.getWorksheet(hidden[0])?.state).toBe("hidden");
  host.workbook.destroy();

  const book = new FakeWorkbook({ apiVersion: "1.20", sheets: { Sheet1: {} } });
  await new OfficeWorkbookHost({ excel: book.excel as unknown as ExcelRunner, isSetSupported: book.isSetSupported }).insertTemplate(spec, "fail");
  expect(book.sheets.find((s) => s.name === hidden[0])?.visibility).toBe("Hidden");
  expect(book.sheets.filter((s) => s.visibility === "Hidden").map((s) => s.name)).toEqual(hidden);
}, 120_000);

test("every formula in the download carries the value the preview computed (viewers that do not recalculate show the amounts)", async () => {
  const host = new PreviewWorkbookHost();
  await host.insertTemplate(buildWorkbookSpec(seedPlan(), { lang: "th" }), "fail");
  host.workbook.setCellInput("งบประมาณ", "F5", "3"); // an input the amount formulas and the totals depend on
  host.workbook.setCellInput("งบประมาณ", "J9", "2300");
  const bytes = await previewXlsxBytes(host.workbook);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  let formulas = 0;
  for (const ws of wb.worksheets) {
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const v = cell.value as ExcelJS.CellFormulaValue;
        // (a merged area's other cells answer with its first cell's value)
        if (!v || typeof v !== "object" || !("formula" in v) || cell.master !== cell) return;
        formulas++;
        const computed = host.workbook.readCell(ws.name, cell.address).value;
        if (computed === null || computed === "") expect([undefined, null, ""]).toContain(v.result);
        // (the file holds <v>0</v>; ExcelJS's reader drops a zero result: the CLI's reader below checks zeros)
        else if (computed === 0) expect([0, undefined]).toContain(v.result);
        else if (typeof computed === "string" && computed.startsWith("#")) expect(v.result).toEqual({ error: expect.stringMatching(/^#/) });
        else {
          // (ExcelJS reads a number under a date format back as a Date: the serial is what the file holds)
          const r = v.result instanceof Date ? (v.result.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : v.result;
          expect([ws.name, cell.address, r]).toEqual([ws.name, cell.address, computed]);
        }
      }),
    );
  }
  expect(formulas).toBeGreaterThan(50);
  // the amount of line 1 as written in the file: quantity × unit price × count, from the file's own cells
  const budget = wb.getWorksheet("งบประมาณ")!;
  const product = (budget.getCell("E5").value as number) * (budget.getCell("F5").value as number) * (budget.getCell("H5").value as number);
  expect((budget.getCell("J5").value as ExcelJS.CellFormulaValue).result).toBe(product);
  // the CLI's reader, told never to calculate, reads the cached results: the same values as the preview
  const cached = readXlsxBytes(Buffer.from(bytes), { evaluate: "never" }).snapshot;
  const live = host.workbook.snapshot();
  for (const b of live.sheets) {
    const a = cached.sheets.find((x) => x.name === b.name)!;
    const shown = (rows: unknown[][]) => rows.flatMap((r, i) => r.map((v, j) => (v === null || v === "" ? "" : `${i},${j}=${String(v)}`))).filter(Boolean);
    expect([b.name, shown(a.values)]).toEqual([b.name, shown(b.values)]);
  }
  host.workbook.destroy();
}, 120_000);

describe("the downloaded file's name: the project's name, safe for file systems", () => {
  test("the project name read from the workbook, Thai kept", async () => {
    const host = new PreviewWorkbookHost();
    expect(fileNameFor(projectNameOf(host.workbook))).toBe(DOWNLOAD_NAME); // no plan yet
    const plan = seedPlan();
    plan.project.name = "ค่ายวิทยาศาสตร์ ป.6 ปี 2568";
    await host.insertTemplate(buildWorkbookSpec(plan, { lang: "th" }), "fail");
    expect(projectNameOf(host.workbook)).toBe("ค่ายวิทยาศาสตร์ ป.6 ปี 2568");
    expect(fileNameFor(projectNameOf(host.workbook))).toBe("ค่ายวิทยาศาสตร์ ป.6 ปี 2568.xlsx");
    // the name typed over in the workbook is the one used
    const at = host.workbook.snapshot().sheets.find((x) => x.name === "โครงการ")!.values.findIndex((r) => r.includes("ค่ายวิทยาศาสตร์ ป.6 ปี 2568"));
    const col = host.workbook.snapshot().sheets.find((x) => x.name === "โครงการ")!.values[at].indexOf("ค่ายวิทยาศาสตร์ ป.6 ปี 2568");
    host.workbook.setCellInput("โครงการ", `${String.fromCharCode(65 + col)}${at + 1}`, "อบรมครู/บุคลากร");
    expect(fileNameFor(projectNameOf(host.workbook))).toBe("อบรมครู บุคลากร.xlsx");
    host.workbook.destroy();
  });

  test.each([
    ["โครงการ: อบรม/พัฒนา \"ครู\" *2568*?", "โครงการ อบรม พัฒนา ครู 2568 .xlsx".replace(" .xlsx", ".xlsx")],
    ["  ...ค่าย\tวิทยาศาสตร์\n  ", "ค่าย วิทยาศาสตร์.xlsx"],
    ["<>|", DOWNLOAD_NAME],
    ["", DOWNLOAD_NAME],
    ["CON", DOWNLOAD_NAME],
    ["Project plan.", "Project plan.xlsx"],
  ])("%j → %j", (project, name) => {
    expect(fileNameFor(project)).toBe(name);
  });

  test("a long name is cut at 80 characters, never between a Thai consonant and its marks", () => {
    const long = "โครงการพัฒนาคุณภาพผู้เรียนด้านการอ่านออกเขียนได้และคิดคำนวณของนักเรียนชั้นประถมศึกษาปีที่หนึ่งถึงปีที่หก";
    const name = fileNameFor(long);
    const base = name.replace(/\.xlsx$/, "");
    expect(Array.from(base).length).toBeLessThanOrEqual(80);
    expect(long.startsWith(base)).toBe(true);
    // the next character of the full name is not a mark left behind by the cut
    expect(long.charAt(base.length)).not.toMatch(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/);
  });
});
