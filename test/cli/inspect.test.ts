/**
 * budget-plan inspect, run as a user runs it (node bin/budget-plan.js in a temp dir): what was read from a
 * hand-made workbook, and a column correction stored in the workbook that the next validate uses.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import ExcelJS from "exceljs";
import { runCli, type CliRun } from "../helpers/cli";

const ROOT = resolve(__dirname, "..", "..");
const dir = mkdtempSync(join(tmpdir(), "budget-plan-inspect-"));

const run = (...args: string[]): CliRun => runCli(dir, args);

beforeAll(async () => {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet("งบ");
  s.addRow(["ประมาณการค่าใช้จ่าย ประจำปีงบประมาณ 2567"]);
  s.addRow(["รายการ", "ราคา", "จำนวน", "ยอด", "รวมเงิน"]); // "ยอด" is not a known header
  s.addRow(["ค่าอาหารว่าง", 35, 20, 2, 1400]);
  s.addRow(["รวมทั้งสิ้น", null, null, null, 1400]);
  await wb.xlsx.writeFile(join(dir, "hand.xlsx"));
  const other = new ExcelJS.Workbook();
  other.addWorksheet("รายชื่อ").addRow(["เลขที่", "ชื่อ"]);
  await other.xlsx.writeFile(join(dir, "names.xlsx"));
});

test("inspect shows the columns taken and left out, the row kinds and the fiscal year's source", () => {
  const r = run("inspect", "hand.xlsx", "--lang", "en");
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/Fiscal year 2567 from a title \(งบ!A1\)/);
  expect(r.stdout).toMatch(/B: unit cost {2}← "ราคา"/);
  expect(r.stdout).toMatch(/D: not used \("ยอด"/);
  expect(r.stdout).toMatch(/row 4: grand total/);
  const j = JSON.parse(run("inspect", "hand.xlsx", "--format", "json").stdout);
  // --json is the same as --format json
  expect(JSON.parse(run("inspect", "hand.xlsx", "--json").stdout)).toEqual(j);
  expect(j.tables.find((t: { table: string }) => t.table === "budget").columns.map((c: { role: string }) => c.role)).toEqual(["item", "unitCost", "quantity", "amount"]);
});

test("a column correction is stored in the copy and used by validate; no plan → exit 2", () => {
  const before = JSON.parse(run("validate", "hand.xlsx", "--format", "json").stdout);
  expect(before.files[0].findings.map((f: { rule: string; cell: string }) => `${f.rule}@${f.cell}`)).toContain("line-amount-mismatch@E3");
  const w = run("inspect", "hand.xlsx", "--columns", "times=D", "-o", "fixed.xlsx", "--lang", "en");
  expect(w.code).toBe(0);
  expect(w.stdout).toMatch(/as corrected by the user/);
  expect(w.stdout).toMatch(/D: times/);
  const after = run("validate", "fixed.xlsx", "--format", "json");
  expect(after.code).toBe(0);
  expect(JSON.parse(after.stdout).files[0].findings.filter((f: { severity: string }) => f.severity !== "info")).toEqual([]);
  const bad = run("inspect", "names.xlsx");
  expect(bad.code).toBe(2);
  expect(run("inspect", "hand.xlsx", "--columns", "price=D", "-o", "x.xlsx").code).toBe(2);
});

test("inspect shows an activity table's month columns of ✓ / ▓▓ marks as the schedule the checks read", () => {
  for (const file of ["p6-f11-fy2570-garden-shaded-marks.xlsx", "p6-f02-reading-camp-marks.xlsx"]) {
    const r = run("inspect", join(ROOT, "test", "corpus", "workbooks", "blind", file), "--lang", "en");
    expect(r.code).toBe(0);
    // tables are named as the pane names them ("Activities table"), never by an internal id
    const activities = r.stdout.split(/\n {2}(?=[A-Z][a-z]+ table:)/).find((b) => b.startsWith("Activities table:"))!;
    expect(activities).toBeDefined();
    expect(activities).not.toMatch(/not used \("(ต\.ค\.|พ\.ย\.)/);
    expect(activities).toMatch(/: schedule, Oct \(a marked cell = the activity runs that month\) {2}← "ต\.ค\./);
    expect(activities).toMatch(/: schedule, Sep \(a marked cell/);
  }
});
