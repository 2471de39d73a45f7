/**
 * Corpus: figures typed as TEXT in budget cells (docs/rules.md, "Figures typed as text"). The template as
 * inserted (FY2570, allocation 20,000) with a lump sum's amount typed "2,500 บาท" or a quantity typed "๓๐", and
 * hand-made sheets whose total is a SUM (skips the text) or a "+" chain (#VALUE!). Every file is re-saved by
 * LibreOffice, so its formulas carry the values a spreadsheet computes. Run: npx tsx test/corpus/workbooks/textcells/make.ts
 */
import { mkdtempSync, copyFileSync, readdirSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { emptyPlan } from "../../../../src/core/model";
import { satang } from "../../../../src/core/money";
import { buildWorkbookSpec } from "../../../../src/workbook";
import { BUDGET_TABLE, TABLE_HEADER_ROW, templateCol } from "../../../../src/workbook/layout";
import { SHEET_NAMES } from "../../../../src/workbook/i18n";
import { addr } from "../../../../src/workbook/a1";
import type { WorkbookSpec } from "../../../../src/workbook/types";
import { saveXlsx } from "../../../../src/adapters/xlsx/write";
import { convertWithLibreOffice } from "../../../helpers/libreoffice";

const here = __dirname;
const tmp = mkdtempSync(join(tmpdir(), "textcells-"));

function template(field: string, line: number, text: string): WorkbookSpec {
  const p = emptyPlan(2570);
  p.project.name = "โครงการอบรมครูด้านการอ่าน";
  p.project.owner = "นางสาวสมใจ ใจดี";
  p.project.allocation = satang(2_000_000);
  p.project.periodStart = { year: 2569, month: 11 };
  p.project.periodEnd = { year: 2569, month: 11 };
  p.activities.push({ id: "1", name: "อบรมครู", owners: ["นางสาวสมใจ ใจดี"], start: { year: 2569, month: 11 }, end: { year: 2569, month: 11 } });
  const add = (id: string, item: string, u: number | null, q: number | null, t: number | null, stated: number | null) =>
    p.budgetLines.push({ id, activityId: "1", item, unitCost: u === null ? null : satang(u * 100), quantity: q, times: t, statedAmount: stated === null ? null : satang(stated * 100) });
  add("L1", "ค่าอาหารว่างและเครื่องดื่ม", 35, 30, 2, null);
  add("L2", "ค่าวัสดุอุปกรณ์", null, null, null, 2500);
  add("L3", "ค่าอาหารกลางวัน", 70, 30, 1, null);
  add("L4", "ค่าตอบแทนวิทยากร", null, null, null, 15900);
  const spec = buildWorkbookSpec(p, { lang: "th" });
  const a1 = addr(TABLE_HEADER_ROW + 1 + line, templateCol(BUDGET_TABLE, field));
  return {
    ...spec,
    sheets: spec.sheets.map((s) => (s.name !== SHEET_NAMES.th.budget ? s : { ...s, cells: [...s.cells.filter((c) => c.address !== a1), { address: a1, value: text }] })),
  };
}

async function handMade(file: string, total: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("แผนงบประมาณ");
  ws.getCell("A1").value = "โครงการพัฒนาการอ่าน ปีงบประมาณ 2570";
  ws.getCell("A2").value = "งบประมาณที่ได้รับจัดสรร";
  ws.getCell("C2").value = 20000;
  ["ที่", "รายการ", "ราคาต่อหน่วย", "จำนวน", "ครั้ง", "จำนวนเงิน"].forEach((h, i) => (ws.getCell(3, i + 1).value = h));
  const lines: [string, number | null, number | null, number | null, number | string][] = [
    ["ค่าอาหารว่างและเครื่องดื่ม", 35, 30, 2, 2100],
    ["ค่าวัสดุอุปกรณ์", null, null, null, "2,500 บาท"],
    ["ค่าอาหารกลางวัน", 70, 30, 1, 2100],
    ["ค่าตอบแทนวิทยากร", null, null, null, 15900],
  ];
  lines.forEach((l, i) => {
    const r = 4 + i;
    ws.getCell(r, 1).value = i + 1;
    ws.getCell(r, 2).value = l[0];
    if (l[1] !== null) ws.getCell(r, 3).value = l[1];
    if (l[2] !== null) ws.getCell(r, 4).value = l[2];
    if (l[3] !== null) ws.getCell(r, 5).value = l[3];
    ws.getCell(r, 6).value = l[4];
  });
  ws.getCell("B8").value = "รวมทั้งสิ้น";
  ws.getCell("F8").value = { formula: total };
  await wb.xlsx.writeFile(file);
}

async function main(): Promise<void> {
  const files: string[] = [];
  const t = async (name: string, spec: WorkbookSpec) => {
    const f = join(tmp, `${name}.xlsx`);
    await saveXlsx(spec, f);
    files.push(f);
  };
  await t("t01-template-lump-text", template("amount", 1, "2,500 บาท"));
  await t("t02-template-quantity-thai", template("quantity", 0, "๓๐"));
  const h = async (name: string, total: string) => {
    const f = join(tmp, `${name}.xlsx`);
    await handMade(f, total);
    files.push(f);
  };
  await h("t03-hand-sum-text", "SUM(F4:F7)");
  await h("t04-hand-plus-text", "F4+F5+F6+F7");
  const out = join(tmp, "lo");
  await convertWithLibreOffice(files, "xlsx:Calc MS Excel 2007 XML", out);
  for (const f of readdirSync(out)) copyFileSync(join(out, f), join(here, f));
}

void main().then(
  () => process.exit(0),
  (e) => {
    console.error(e);
    process.exit(1);
  },
);
