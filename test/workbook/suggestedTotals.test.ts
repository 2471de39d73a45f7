/**
 * Every formula a finding suggests for a total or a subtotal (sum-range-incomplete: "แก้สูตรเป็น =G12+G21+G26"),
 * over every corpus workbook: put in a copy of the workbook at the finding's cell, recalculated by LibreOffice,
 * it must show the figure the same message says the cell should be ("ควรเป็น 28,000 บาท"). A suggestion that
 * double-counts subtotal rows (=SUM(G5:G25) over blocks with their รวม rows) would show another figure.
 */
import ExcelJS from "exceljs";
import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { corpusFiles } from "../../scripts/accuracy";
import { loadPlanFile } from "../../src/cli/load";
import { loRecalc } from "../helpers/lo";

jest.setTimeout(900_000);

interface Suggestion {
  file: string;
  sheet: string;
  cell: string;
  formula: string;
  /** The figure the message says the cell should show, in baht. */
  shouldBe: number;
}

/** The figure the message's part that suggests `formula` names: "ควรเป็น 28,000 บาท". */
function figureOf(message: string, formula: string): number | undefined {
  const part = message.split(" · ").find((p) => p.includes(formula));
  const m = part ? /ควรเป็น ([0-9,]+(?:\.[0-9]+)?) บาท/.exec(part) : null;
  return m ? Number(m[1].replace(/,/g, "")) : undefined;
}

describe("suggested total formulas, recalculated by LibreOffice", () => {
  const dir = mkdtempSync(join(tmpdir(), "suggested-totals-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("show the figure their message says, in every corpus workbook", async () => {
    const suggestions: Suggestion[] = [];
    for (const { file } of corpusFiles("workbooks")) {
      let findings;
      try {
        findings = (await loadPlanFile(file)).findings;
      } catch {
        continue; // not a plan (the corpus's unusable files)
      }
      for (const f of findings) {
        if (!f.formula || !f.sheet || !f.cell) continue;
        const shouldBe = figureOf(f.message.th, f.formula);
        expect({ file: basename(file), formula: f.formula, shouldBe }).toEqual({ file: basename(file), formula: f.formula, shouldBe: expect.any(Number) });
        suggestions.push({ file, sheet: f.sheet, cell: f.cell, formula: f.formula, shouldBe: shouldBe! });
      }
    }
    expect(suggestions.length).toBeGreaterThanOrEqual(12);
    // the tester's f06 (a + chain that forgets a subtotal) and our variants are among them
    const names = suggestions.map((s) => `${basename(s.file)} ${s.formula}`);
    expect(names).toEqual(expect.arrayContaining(["p8-f06-class-groups-chain.xlsx =G12+G21+G26", "p8-h2-groups-chain-forgets-one.xlsx =E4+E7+E9"]));
    expect(names.some((n) => n.startsWith("p8-h5-chain-forgets-one-subtotal-wrong.xlsx =SUM("))).toBe(true);

    // one copy per suggestion, the formula put in its cell, all recalculated in one LibreOffice run
    const copies: string[] = [];
    for (const [i, s] of suggestions.entries()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(s.file);
      const ws = wb.getWorksheet(s.sheet);
      expect(ws).toBeDefined();
      ws!.getCell(s.cell).value = { formula: s.formula.replace(/^=/, "") } as ExcelJS.CellFormulaValue;
      const out = join(dir, `s${i}.xlsx`);
      await wb.xlsx.writeFile(out);
      copies.push(out);
    }
    const recalculated = await loRecalc(copies, join(dir, "out"));
    const shown: { name: string; value: unknown; shouldBe: number }[] = [];
    for (const [i, s] of suggestions.entries()) {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.readFile(recalculated[i]);
      const v = wb.getWorksheet(s.sheet)!.getCell(s.cell).value as ExcelJS.CellFormulaValue;
      shown.push({ name: `${basename(s.file)} ${s.sheet}!${s.cell} ${s.formula}`, value: v?.result, shouldBe: s.shouldBe });
    }
    expect(shown.map((x) => ({ name: x.name, value: x.value }))).toEqual(shown.map((x) => ({ name: x.name, value: x.shouldBe })));
  });
});
