/**
 * Issue 11, "one typo gives three errors", through the CLI: `budget-plan validate` on a hand-made .xlsx whose block
 * and grand totals are SUM formulas over the amounts (ExcelJS writes no cached results, so the CLI recalculates them
 * with HyperFormula) and on a document text whose block total adds up the amounts as typed. One wrong line amount is
 * one error; a total wrong by itself is still its own.
 */
import { spawnSync } from "child_process";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import ExcelJS from "exceljs";

const BIN = resolve(__dirname, "..", "..", "bin", "budget-plan.js");
const dir = mkdtempSync(join(tmpdir(), "budget-plan-typo-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function errorsOf(file: string): string[] {
  const r = spawnSync(process.execPath, [BIN, "validate", file, "--format", "json"], { cwd: dir, encoding: "utf8", timeout: 300_000, killSignal: "SIGKILL" });
  if (r.error) throw r.error;
  const report = JSON.parse(r.stdout) as { files: { findings: { rule: string; severity: string; sheet: string | null; cell: string | null }[] }[] };
  return report.files[0].findings
    .filter((f) => f.severity === "error")
    .map((f) => `${f.rule}@${f.cell ?? ""}`)
    .sort();
}

async function handMade(name: string, grandTotal: string | number): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("งบ");
  ws.addRows([
    ["รายละเอียดการใช้งบประมาณ ประจำปีงบประมาณ 2567"],
    ["ที่", "รายการ", "อัตรา", "จำนวน", "ครั้ง", "จำนวนเงิน"],
    ["กิจกรรมที่ 1 ประชุมวางแผน"],
    ["1.1", "ค่าอาหารว่าง", 35, 20, 2, 1400],
    ["1.2", "ค่าวัสดุ", null, null, null, 1000],
    [null, "รวมกิจกรรมที่ 1"],
    [],
    ["กิจกรรมที่ 2 อบรมครู"],
    ["2.1", "ค่าอาหารกลางวัน", 100, 20, 1, 3000], // 100 × 20 × 1 is 2,000
    [null, "รวม"],
    [null, "รวมทั้งสิ้น"],
  ]);
  ws.getCell("F6").value = { formula: "SUM(F4:F5)" } as ExcelJS.CellFormulaValue;
  ws.getCell("F10").value = { formula: "SUM(F9)" } as ExcelJS.CellFormulaValue;
  ws.getCell("F11").value = typeof grandTotal === "string" ? ({ formula: grandTotal } as ExcelJS.CellFormulaValue) : grandTotal;
  const file = join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

test("a hand-made .xlsx: the wrong line is the one error; its block's and the grand total's SUMs follow it", async () => {
  expect(errorsOf(await handMade("sums.xlsx", "F6+F10"))).toEqual(["line-amount-mismatch@F9"]);
  // a grand total typed wrong by both sums (2,400 + 2,000 computed, 2,400 + 3,000 written): its own error too
  expect(errorsOf(await handMade("typed.xlsx", 5000))).toEqual(["line-amount-mismatch@F9", "total-mismatch@F11"]);
}, 300_000);

function documentText(name: string, blockTotal: string, grandTotal: string): string {
  const file = join(dir, name);
  writeFileSync(
    file,
    [
      "ชื่อโครงการ ประชุมครู",
      "ปีงบประมาณ 2567",
      "กิจกรรม",
      "1. ประชุมครู ธันวาคม 2566 นางสาวใจดี มีสุข",
      "งบประมาณ",
      "กิจกรรมที่ 1 ประชุมครู",
      "- ค่าอาหารว่าง 20 คน x 35 บาท x 2 มื้อ เป็นเงิน 1,400 บาท",
      "- ค่าอาหารกลางวัน 20 คน x 100 บาท x 1 มื้อ เป็นเงิน 3,000 บาท",
      `รวม ${blockTotal} บาท`,
      `รวมทั้งสิ้น ${grandTotal} บาท`,
      "",
    ].join("\n"),
  );
  return file;
}

test("a document text whose block total adds up the amounts as typed: one error, at the line", () => {
  const errors = errorsOf(documentText("doc.txt", "4,400", "4,400"));
  expect(errors.map((e) => e.replace(/@.*/, ""))).toEqual(["line-amount-mismatch"]);
  // the same document with totals wrong by both sums (3,400 computed, 4,400 written): each is its own error
  const wrong = errorsOf(documentText("wrong.txt", "4,000", "4,100"));
  expect(wrong.map((e) => e.replace(/@.*/, ""))).toEqual(["line-amount-mismatch", "subtotal-mismatch", "total-mismatch"]);
}, 300_000);
