/**
 * The printable proposal (แบบเสนอโครงการ): its text layout, and its formulas evaluated on a real .xlsx
 * (written by ExcelJS, computed by the reader's HyperFormula): the totals of the one model, the amount in
 * words, the full texts, the signers, and the flags that ask for a new layout when the data changed.
 */
import { satang } from "../../src/core/money";
import { seedPlan } from "../../src/core/examples/seed2560";
import { emptyPlan } from "../../src/core/model";
import { lineAmount } from "../../src/core/budget";
import { bahtText } from "../../src/core/bahtText";
import { buildWorkbookSpec, readPlan } from "../../src/workbook";
import { PRINT_SHEET_NAMES } from "../../src/workbook/i18n";
import { FLAG_COL, LAST_PRINT_COL } from "../../src/workbook/proposal/sheet";
import { MAX_ROW_PT, heightFor, linesOf, pieces, visualLength } from "../../src/workbook/proposal/textLayout";
import { specToBuffer } from "../../src/adapters/xlsx/write";
import { loadWorkbook, readXlsx } from "../../src/adapters/xlsx/read";
import type { SheetSnapshot, WorkbookSnapshot } from "../../src/workbook/types";
import { proposalFlags, proposalStale } from "../../src/workbook/proposal/relayout";
import { main } from "../../src/cli/main";
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

const strip = (s: string) => s.replace(/\s+/g, "");

describe("text layout", () => {
  const text = seedPlan().project.rationale!;
  test("the pieces cover every paragraph in order, none beyond Excel's 409 pt, none starting on a mark", () => {
    const ps = pieces(text, 92, "        ", 15);
    expect(ps.length).toBeGreaterThan(2);
    const joined = ps.map((p) => text.substr(p.start - 1, p.length)).join("");
    expect(strip(joined)).toBe(strip(text));
    for (const p of ps) {
      expect(heightFor(p.lines)).toBeLessThanOrEqual(MAX_ROW_PT);
      expect(text[p.start - 1]).not.toMatch(/[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E ]/);
    }
  });
  test("a paragraph without spaces is still cut; marks take no width", () => {
    const long = "ก".repeat(3000);
    const ps = pieces(long, 92);
    expect(ps.length).toBeGreaterThan(3);
    expect(ps.reduce((n, p) => n + p.length, 0)).toBe(3000);
    expect(visualLength("ที่นี่")).toBe(2);
    expect(linesOf("a\nb", 92)).toBe(2);
    expect(heightFor(1000)).toBe(MAX_ROW_PT);
  });
});

function sheet(snap: WorkbookSnapshot, name: string): SheetSnapshot {
  const s = snap.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}
const texts = (s: SheetSnapshot, maxCol = LAST_PRINT_COL) =>
  s.values.map((row) => row.slice(0, maxCol).filter((v) => v !== null && v !== "").map(String).join(" ")).join("\n");
const column = (s: SheetSnapshot, col: number) => s.values.map((row) => row[col - 1]).filter((v) => v !== null && v !== "");

describe("the proposal of the example, computed", () => {
  let snap: WorkbookSnapshot;
  let buf: Buffer;
  beforeAll(async () => {
    buf = await specToBuffer(buildWorkbookSpec(seedPlan()));
    snap = await readXlsx(buf);
  });

  test("header lines, every section in the usual order, the full texts and the signers", () => {
    const t = texts(sheet(snap, PRINT_SHEET_NAMES.th));
    const p = seedPlan().project;
    const order = ["แบบเสนอโครงการ", "ชื่อโครงการ", "สนองกลยุทธ์ สพฐ.", "ระยะเวลาดำเนินการ  1 ตุลาคม 2559 – 30 กันยายน 2560", "1. หลักการและเหตุผล", "2. วัตถุประสงค์", "3. เป้าหมาย", "4. วิธีดำเนินการ", "5. ปฏิทินการดำเนินงาน", "6. งบประมาณ", "7. การประเมินผล", "8. ผลที่คาดว่าจะได้รับ", "9. การวิเคราะห์ความเสี่ยง", "ผู้อนุมัติโครงการ"];
    let at = -1;
    for (const w of order) {
      const i = t.indexOf(w);
      expect([w, i > at]).toEqual([w, true]);
      at = i;
    }
    expect(strip(t)).toContain(strip(p.rationale!));
    for (const x of [...p.objectives!, ...p.expectedResults!, ...p.risks!, ...p.riskResponses!]) expect(strip(t)).toContain(strip(x));
    expect(t).toContain(`สถานที่ดำเนินการ  ${p.place}`);
    // the proposer is the project owner until a name is given; the others leave a line to write on
    expect(t).toContain(`(${p.owner})`);
    expect(t).toContain("ลงชื่อ");
  });

  test("the budget: each activity's รวม, the grand total of the one model (121,000) and the amount in words", () => {
    const s = sheet(snap, PRINT_SHEET_NAMES.th);
    const plan = seedPlan();
    const computed = (id: string) => plan.budgetLines.filter((l) => l.activityId === id).reduce((n, l) => n + (lineAmount(l) ?? 0), 0) / 100;
    const totals = s.values.filter((r) => r[0] === "รวม").map((r) => r[LAST_PRINT_COL - 1]);
    expect(totals).toEqual(["1", "2", "3", "5", "6"].map(computed));
    const grand = s.values.find((r) => r[0] === "รวมทั้งสิ้น")!;
    expect(grand[LAST_PRINT_COL - 1]).toBe(121000);
    // the three class columns add up to the grand total here (every seed line has one of the three classes)
    expect((grand[2] as number) + (grand[6] as number) + (grand[10] as number)).toBe(121000);
    expect(texts(s)).toContain(`(${bahtText(satang(12100000))})`);
  });

  test("no flag while the layout is current; changing the rationale or adding a line raises them", async () => {
    expect(column(sheet(snap, PRINT_SHEET_NAMES.th), FLAG_COL)).toEqual([]);
    const wb = await loadWorkbook(buf);
    const project = wb.getWorksheet("โครงการ")!;
    const read = readPlan(snap);
    const at = read.plan.project.cells;
    expect(at).toBeDefined();
    const rationaleRow = read.located.project!.rows.rationale;
    project.getCell(rationaleRow, 2).value = "หลักการใหม่";
    const budget = wb.getWorksheet("งบประมาณ")!;
    budget.getCell(read.located.budget!.rows[read.located.budget!.rows.length - 1] + 1, read.located.budget!.cols.item).value = "ค่าวัสดุเพิ่ม";
    const again = await readXlsx(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const flags = column(sheet(again, PRINT_SHEET_NAMES.th), FLAG_COL).map(String);
    expect(flags.some((f) => f.startsWith("หลักการและเหตุผล:"))).toBe(true);
    expect(flags.some((f) => f.startsWith("รายการงบประมาณ:"))).toBe(true);
  });

  test("the data sheets still read as the plan; the proposal is never read as data", () => {
    const read = readPlan(snap);
    expect(read.problems).toEqual([]);
    expect(read.plan.activities).toHaveLength(7);
    expect(read.plan.project.risks).toEqual(seedPlan().project.risks);
    expect(Object.values(read.located.sheets)).not.toContain(PRINT_SHEET_NAMES.th);
  });
});

describe("budget-plan fix lays the proposal out again", () => {
  test("after the rationale grew and a line was added: no flag left, the new text and line printed in full", async () => {
    const dir = mkdtempSync(join(tmpdir(), "proposal-fix-"));
    const wb = await loadWorkbook(await specToBuffer(buildWorkbookSpec(seedPlan())));
    const snap = await readXlsx(Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const read = readPlan(snap);
    const longer = `${seedPlan().project.rationale}\n\nย่อหน้าที่เพิ่ม ${"การพัฒนาคุณภาพ ".repeat(60)}จบ`;
    wb.getWorksheet("โครงการ")!.getCell(read.located.project!.rows.rationale, 2).value = longer;
    const bu = read.located.budget!;
    const row = bu.rows[bu.rows.length - 1] + 1;
    const b = wb.getWorksheet("งบประมาณ")!;
    b.getCell(row, bu.cols.activityId).value = 7;
    b.getCell(row, bu.cols.item).value = "ค่าจัดทำรูปเล่มรายงาน";
    b.getCell(row, bu.cols.expenseClass).value = "ค่าวัสดุ";
    b.getCell(row, bu.cols.amount).value = 1500;
    const input = join(dir, "in.xlsx");
    writeFileSync(input, Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer));
    const before = await readXlsx(input);
    expect(proposalFlags(before).length).toBeGreaterThanOrEqual(2);
    expect(proposalStale(before, readPlan(before))).toBe(true);
    expect(proposalStale(snap, readPlan(snap))).toBe(false);
    const out = join(dir, "out.xlsx");
    const logs: string[] = [];
    const code = await main(["fix", input, "-o", out], { out: (t) => void logs.push(t), err: (t) => void logs.push(t), errIsTTY: false });
    expect([code, logs.join("\n")]).toEqual([0, expect.stringContaining("แบบเสนอโครงการ: จัดหน้าใหม่")]);
    const after = await readXlsx(out);
    expect(proposalFlags(after)).toEqual([]);
    expect(proposalStale(after, readPlan(after))).toBe(false);
    const t = texts(sheet(after, PRINT_SHEET_NAMES.th));
    expect(strip(t)).toContain(strip(longer));
    expect(t).toContain("ค่าจัดทำรูปเล่มรายงาน");
    // the sheet keeps its place in the tab order
    expect(after.sheets.map((x) => x.name)).toEqual(snap.sheets.map((x) => x.name));
    rmSync(dir, { recursive: true, force: true });
  }, 120_000);
});

describe("print setup of every sheet", () => {
  test.each(["th", "en"] as const)("%s: print areas, orientation, repeated headers; the proposal portrait with a signature row", (lang) => {
    const spec = buildWorkbookSpec(emptyPlan(2569), { lang });
    for (const s of spec.sheets) expect([s.key, typeof s.printArea]).toEqual([s.key, "string"]);
    const by = (k: string) => spec.sheets.find((s) => s.key === k)!;
    expect(by("proposal").landscape).toBeFalsy();
    expect(by("proposal").name).toBe(PRINT_SHEET_NAMES[lang]);
    for (const k of ["activities", "budget", "indicators", "rates", "project"]) expect(by(k).landscape).toBe(true);
    for (const k of ["activities", "budget", "indicators", "rates"]) expect(by(k).printTitleRows).toMatch(/^\d+:\d+$/);
    // the budget sheet prints from its header row, without the checker's columns (ceiling, check, computed)
    expect(by("budget").printArea).toMatch(/^A4:K\d+$/);
  });
});
