/**
 * The template's formulas as LibreOffice computes them (a real, independent spreadsheet engine):
 * the seed workbook written to .xlsx, recalculated by soffice, read back without any HyperFormula
 * evaluation. The rate ceiling (SUMPRODUCT over MAX, in place of MINIFS), ISFORMULA, EOMONTH, SUMIF(S), INDEX/MATCH and BAHTTEXT must all work there.
 */
import { mkdtempSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { seedPlan } from "../../src/core/examples/seed2560";
import { emptyPlan } from "../../src/core/model";
import { isErrorValue } from "../../src/workbook/a1";
import { specToBuffer } from "../../src/adapters/xlsx/write";
import { readXlsx } from "../../src/adapters/xlsx/read";
import { buildWorkbookSpec, validateWorkbook } from "../../src/workbook";
import type { WorkbookSnapshot } from "../../src/workbook/types";
import { loRecalc } from "../helpers/lo";
import { specSnapshot } from "../helpers/hfSnapshot";

const TODAY = { year: 2559, month: 10 };
let dir: string;
let lo: WorkbookSnapshot;
let blank: WorkbookSnapshot;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "wb-lo-"));
  const file = join(dir, "seed.xlsx");
  const blankFile = join(dir, "blank.xlsx");
  writeFileSync(file, await specToBuffer(buildWorkbookSpec(seedPlan(), { lang: "th" })));
  writeFileSync(blankFile, await specToBuffer(buildWorkbookSpec(emptyPlan(2569), { lang: "en" })));
  const [out, outBlank] = await loRecalc([file, blankFile], join(dir, "out"));
  lo = await readXlsx(out, { evaluate: "never" });
  blank = await readXlsx(outBlank, { evaluate: "never" });
}, 180000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const v = (s: WorkbookSnapshot, sheet: string, row: number, col: number) => s.sheets.find((x) => x.name === sheet)!.values[row - 1]?.[col - 1];

test("LibreOffice computes the template's formulas as expected", () => {
  expect(v(lo, "งบประมาณ", 5, 10)).toBe(2800); // =PRODUCT(E5,F5,H5)
  expect(v(lo, "งบประมาณ", 25, 10)).toBe(208000); // total, as written
  expect(v(lo, "งบประมาณ", 5, 12)).toBe(35); // the lowest ceiling for snacks at a government venue
  expect(v(lo, "งบประมาณ", 5, 13)).toBe("ผ่าน");
  expect(v(lo, "งบประมาณ", 8, 13)).toBe("พิมพ์ตัวเลขแทนสูตร"); // ISFORMULA sees the typed 13,000
  expect(v(lo, "กิจกรรม", 5, 7)).toBe("●"); // November in the month grid
  expect(v(lo, "งบประมาณ", 8, 14)).toBe(16000); // the computed amount beside the typed 13,000
  expect(v(lo, "งบประมาณ", 25, 14)).toBe(121000); // total, as computed
  expect(v(lo, "งบประมาณ", 25, 13)).toBe("ตามที่เขียน ≠ ตามการคำนวณ");
  expect(v(lo, "กิจกรรม", 5, 18)).toBe(23800); // SUMIF per activity over the computed amounts
  expect(v(lo, "โครงการ", 17, 2)).toBe(121000); // the project's total is the computed one, as in the pane
  expect(v(lo, "โครงการ", 19, 2)).toBe("หนึ่งแสนสองหมื่นหนึ่งพันบาทถ้วน"); // BAHTTEXT
});

test("LibreOffice and HyperFormula agree on every value the checks read", () => {
  const hf = specSnapshot(buildWorkbookSpec(seedPlan(), { lang: "th" }));
  const a = validateWorkbook(lo, { today: TODAY }).findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`);
  const b = validateWorkbook(hf, { today: TODAY }).findings.map((f) => `${f.rule}@${f.sheet}!${f.cell}`);
  expect(a).toEqual(b);
  for (const name of ["งบประมาณ", "กิจกรรม", "สรุป"]) {
    const x = lo.sheets.find((s) => s.name === name)!;
    const y = hf.sheets.find((s) => s.name === name)!;
    y.formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (!f || /TODAY\(\)/.test(f)) return;
        const lv = x.values[r]?.[c] ?? null;
        const hv = y.values[r]?.[c] ?? null;
        const norm = (z: unknown) => (z === null ? "" : typeof z === "number" ? Math.round(z * 1e6) / 1e6 : z);
        if (norm(lv) !== norm(hv)) throw new Error(`${name}!${String.fromCharCode(65 + c)}${r + 1} ${f}: LibreOffice ${lv} vs HyperFormula ${hv}`);
      }),
    );
  }
});

test("the blank English template shows no error value anywhere and reads as an empty plan", () => {
  const errors: string[] = [];
  for (const s of blank.sheets) s.values.forEach((row, r) => row.forEach((x, c) => isErrorValue(x) && errors.push(`${s.name}!${String.fromCharCode(65 + c)}${r + 1}=${x}`)));
  expect(errors).toEqual([]);
  const r = validateWorkbook(blank);
  expect(r.isPlan).toBe(true);
  expect(r.plan.project.fiscalYear).toBe(2569);
  expect(r.plan.budgetLines).toEqual([]);
  expect(r.findings.filter((f) => f.severity !== "info")).toEqual([]);
});
