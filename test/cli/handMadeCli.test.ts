/**
 * The CLI on hand-made workbooks (the school's own layout, test/corpus/workbooks/blind8b): `consolidate` spreads a
 * month-grid spending plan over the quarters, `fix` declines kindly (fixes write into the template's tables only)
 * and writes nothing.
 */
import { spawnSync } from "child_process";
import { existsSync, mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import ExcelJS from "exceljs";

const BIN = resolve(__dirname, "..", "..", "bin", "budget-plan.js");
const CORPUS = resolve(__dirname, "..", "corpus", "workbooks");
const dir = mkdtempSync(join(tmpdir(), "budget-plan-hand-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const run = (...args: string[]) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, encoding: "utf8", timeout: 300_000, killSignal: "SIGKILL" });
  if (r.error) throw r.error;
  return r;
};

test("consolidate: a month-grid spending plan is spread over the quarters by its months", async () => {
  const input = join(CORPUS, "blind8b", "b8-g1-month-grid-every-month.xlsx");
  const r = run("consolidate", input, "-o", "summary.xlsx", "--lang", "en");
  expect(r.status).toBe(1); // the file has one planted error
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(join(dir, "summary.xlsx"));
  const ws = wb.worksheets[0];
  // the header row names the quarter columns; the project's row follows it
  let headerRow = 0;
  ws.eachRow((row, n) => {
    if (!headerRow && row.values && (row.values as unknown[]).some((v) => typeof v === "string" && /^Q1 /.test(v))) headerRow = n;
  });
  expect(headerRow).toBeGreaterThan(0);
  const header = ws.getRow(headerRow).values as unknown[];
  const at = (re: RegExp) => header.findIndex((v) => typeof v === "string" && re.test(v));
  const row = ws.getRow(headerRow + 1);
  const quarters = [/^Q1 /, /^Q2 /, /^Q3 /, /^Q4 /].map((re) => row.getCell(at(re)).value);
  expect(quarters).toEqual([3150, 3150, 3150, 3150]);
});

describe("fix on a hand-made workbook", () => {
  const input = join(CORPUS, "blind8", "p8-f06-class-groups-chain.xlsx");

  test("Thai: says the file was not changed, why, and how to fix it by hand", () => {
    const r = run("fix", input, "-o", "fixed.xlsx");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/ไม่ได้แก้ .*p8-f06-class-groups-chain\.xlsx \(ไฟล์ไม่ถูกเปลี่ยน\)/);
    expect(r.stderr).toMatch(/เขียนได้เฉพาะในตารางของแม่แบบ/);
    expect(r.stderr).toMatch(/budget-plan validate .*สูตรที่แนะนำ/);
    // not a request to rebuild the sheet as the template
    expect(r.stderr).not.toMatch(/หัวตารางตามแม่แบบ|ไม่พบตารางกิจกรรม/);
    expect(existsSync(join(dir, "fixed.xlsx"))).toBe(false);
  });

  test("English", () => {
    const r = run("fix", input, "-o", "fixed.xlsx", "--lang", "en");
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/was not changed: its tables are in its own layout, and automatic fixes write only into the template's tables/);
    expect(r.stderr).toMatch(/budget-plan validate .* names each cell to correct and the formula to type/);
    expect(existsSync(join(dir, "fixed.xlsx"))).toBe(false);
  });
});
