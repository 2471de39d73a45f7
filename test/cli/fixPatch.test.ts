/**
 * `budget-plan fix` writes only the fixed cells into the user's package (the patch writer): on the seed plan
 * with a hidden sheet, merged cells, a defined name of the user's and the template's charts, and on the same
 * plan as LibreOffice saved it (cached results). The result is read with ExcelJS and recalculated by
 * LibreOffice; every other entry of the package is the same bytes, and in the fixed sheets every other cell too.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import ExcelJS from "exceljs";
import { seedPlan } from "../../src/core/examples/seed2560";
import { buildWorkbookSpec, validateWorkbook } from "../../src/workbook";
import { writeWorkbookSpec } from "../../src/adapters/xlsx/write";
import { addCharts } from "../../src/adapters/xlsx/chart";
import { readXlsx } from "../../src/adapters/xlsx/read";
import { loRecalc } from "../helpers/lo";
import { docOrder, entry, fixedCells, sheetParts, withoutCells, zipDiff } from "../helpers/patchCompare";

const BIN = join(resolve(__dirname, "..", ".."), "bin", "budget-plan.js");
// (the stated grand total stays: over the allocation, raising it is the user's decision, not a fix)
const ARITHMETIC = ["line-amount-mismatch", "line-amount-hardcoded", "formula-inconsistent", "formula-error", "sum-range-incomplete"];
const TODAY = { year: 2559, month: 10 };
let dir: string;

function fix(input: string, output: string) {
  const r = spawnSync(process.execPath, [BIN, "fix", input, "-o", output], { cwd: dir, encoding: "utf8", env: { ...process.env, BUDGET_PLAN_LANG: "" }, timeout: 600_000, killSignal: "SIGKILL" });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

async function excel(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  return wb;
}

let input: Buffer;
let output: Buffer;
let stdout: string;
let savedIn: Buffer;
let savedOut: Buffer;
let savedStdout: string;
let recalculated: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fix-patch-"));
  const spec = buildWorkbookSpec(seedPlan(), { lang: "th" });
  const wb = writeWorkbookSpec(spec);
  const notes = wb.addWorksheet("บันทึก", { state: "hidden" });
  notes.getCell("A1").value = "บันทึกของผู้ใช้";
  notes.getCell("A2").value = 42;
  notes.mergeCells("A1:C1");
  wb.definedNames.add("'บันทึก'!$A$2", "UserFigure");
  const plain = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  input = await addCharts(plain, spec.charts ?? []);
  writeFileSync(join(dir, "plan.xlsx"), input);
  const r = fix("plan.xlsx", "fixed.xlsx");
  expect(r).toMatchObject({ code: 0, stderr: "" });
  stdout = r.stdout;
  output = readFileSync(join(dir, "fixed.xlsx"));
  // the same plan as a calculating application saved it: formulas with cached results
  const [saved] = await loRecalc([join(dir, "plan.xlsx")], join(dir, "saved"));
  copyFileSync(saved, join(dir, "saved.xlsx"));
  savedIn = readFileSync(join(dir, "saved.xlsx"));
  const s = fix("saved.xlsx", "saved-fixed.xlsx");
  expect(s).toMatchObject({ code: 0, stderr: "" });
  savedStdout = s.stdout;
  savedOut = readFileSync(join(dir, "saved-fixed.xlsx"));
  recalculated = await loRecalc([join(dir, "fixed.xlsx"), join(dir, "saved-fixed.xlsx")], join(dir, "lo"));
}, 600_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("only the fixed sheets differ; every other entry (styles, strings, charts, drawings, workbook) is the same bytes, packed as it was", () => {
  const cells = fixedCells(stdout);
  expect([...cells.keys()].length).toBeGreaterThan(0);
  const parts = sheetParts(input);
  const d = zipDiff(input, output);
  expect(d.names[1]).toEqual(d.names[0]);
  expect(d.names[0]).toEqual(expect.arrayContaining(["xl/charts/chart1.xml", "xl/styles.xml", "xl/workbook.xml"]));
  expect(d.differ).toEqual([...cells.keys()].map((s) => parts.get(s)!).sort());
  expect(d.repacked).toEqual([]);
});

test("in the fixed sheets, every cell but the fixed ones is the same bytes", () => {
  const parts = sheetParts(input);
  for (const [sheet, cells] of fixedCells(stdout)) {
    const refs = [...cells.keys()].sort(docOrder);
    const a = withoutCells(entry(input, parts.get(sheet)!), refs);
    const b = withoutCells(entry(output, parts.get(sheet)!), refs);
    expect({ sheet, same: a.equals(b) }).toEqual({ sheet, same: true });
  }
});

test("ExcelJS reads the fixes with the cells' formats, and the hidden sheet, merged cells and defined names as they were", async () => {
  const a = await excel(join(dir, "plan.xlsx"));
  const b = await excel(join(dir, "fixed.xlsx"));
  const fixed = fixedCells(stdout);
  expect(b.worksheets.map((w) => [w.name, w.state])).toEqual(a.worksheets.map((w) => [w.name, w.state]));
  expect(b.getWorksheet("บันทึก")!.state).toBe("hidden");
  expect(b.definedNames.model).toEqual(a.definedNames.model);
  for (const ws of a.worksheets) {
    const wsB = b.getWorksheet(ws.name)!;
    expect((wsB.model as { merges: string[] }).merges).toEqual((ws.model as { merges: string[] }).merges);
    const cells = fixed.get(ws.name) ?? new Map<string, string>();
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const other = wsB.getCell(cell.address);
        expect(other.style).toEqual(cell.style);
        const want = cells.get(cell.address);
        if (want === undefined) expect({ at: cell.address, v: other.value }).toEqual({ at: cell.address, v: cell.value });
        else if (want.startsWith("=")) expect(`=${other.formula}`).toBe(want);
        else expect(other.value).toBe(Number(want.replace(/,/g, "")));
      }),
    );
  }
});

test("LibreOffice computes the fixed amounts: no arithmetic finding is left, over-allocation stays (a decision)", async () => {
  for (const file of recalculated) {
    const snap = await readXlsx(file, { evaluate: "never" });
    const budget = snap.sheets.find((s) => s.name === "งบประมาณ")!;
    expect(budget.values[7][9]).toBe(16000); // =PRODUCT(E8,F8,H8) put back over the typed 13,000
    const findings = validateWorkbook(snap, { today: TODAY }).findings;
    expect(findings.filter((f) => ARITHMETIC.includes(f.rule))).toEqual([]);
    expect(findings.some((f) => f.rule === "over-allocation")).toBe(true);
    expect(findings.filter((f) => f.rule === "total-mismatch").map((f) => f.cell)).toEqual(["B16"]);
  }
});

test("a file saved with cached results: they are dropped in every sheet (no stale figure), the fixes are the same", async () => {
  expect(fixedCells(savedStdout)).toEqual(fixedCells(stdout));
  const parts = sheetParts(savedOut);
  for (const part of parts.values()) expect(entry(savedOut, part).toString()).not.toMatch(/<\/f><v>|<f [^>]*\/><v>/);
  expect(entry(savedOut, "xl/workbook.xml").toString()).toContain('fullCalcOnLoad="1"');
  const d = zipDiff(savedIn, savedOut);
  expect(d.names[1]).toEqual(d.names[0]);
  // only worksheets and the workbook part change
  expect(d.differ.every((n) => n === "xl/workbook.xml" || [...parts.values()].includes(n))).toBe(true);
  const wb = await excel(join(dir, "saved-fixed.xlsx"));
  expect(wb.getWorksheet("งบประมาณ")!.getCell("J8").formula).toBe("PRODUCT(E8,F8,H8)");
  expect(wb.getWorksheet("บันทึก")!.state).toBe("hidden");
});
