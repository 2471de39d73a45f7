/**
 * Months typed as they are shown (issue 11, item 3): the sheet reads "มี.ค. 2560" as the pane does. The
 * formula (monthValueExpr) and its TypeScript twin (sheetMonthOfText) agree on every text, and agree with
 * the pane's reader where the sheet reads a month; with months typed as text in the activities and budget
 * sheets, the summary's quarterly totals equal the pane's, recalculated by HyperFormula and by LibreOffice.
 */
import { mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { HyperFormula } from "hyperformula";
import { EXCEL_COMPATIBLE_CONFIG, ensureExcelFunctions } from "../../src/adapters/hyperformula/excelFunctions";
import { readXlsx } from "../../src/adapters/xlsx/read";
import { saveXlsx } from "../../src/adapters/xlsx/write";
import { quarterTotals } from "../../src/core/budget";
import { parseMonth } from "../../src/core/calendar";
import { seedPlan } from "../../src/core/examples/seed2560";
import { buildWorkbookSpec, readPlan, validateWorkbook } from "../../src/workbook";
import { serialToDate } from "../../src/core/dateSerial";
import { fiscalMonthLabels, monthValueExpr, sheetMonthOfText } from "../../src/workbook/monthText";
import type { WorkbookSnapshot, WorkbookSpec } from "../../src/workbook/types";
import { recalcXlsxToXlsx } from "../helpers/libreoffice";

const TEXTS = [
  ...fiscalMonthLabels(2560, "th"),
  ...fiscalMonthLabels(2569, "en"),
  "มี.ค.2560",
  "  มี.ค.   2560 ",
  "MAR 2017",
  "mar 2560",
  "มี.ค. 2017",
  "มีนาคม 2560",
  "มี.ค. ๒๕๖๐",
  "มี.ค. 60",
  "มี.ค. 560",
  "มี.ค. 0560",
  "ม.ค 2560",
  "xx 2560",
  "2560",
  "",
  "มี.ค. 2560.5",
  "1/3/2560",
];

describe("a month typed as shown", () => {
  beforeAll(() => ensureExcelFunctions());

  test("the sheet's formula and sheetMonthOfText agree on every text; where the sheet reads a month, the pane reads the same", () => {
    const hf = HyperFormula.buildFromArray(
      TEXTS.map((t) => [t === "" ? null : `'${t}`, `=${monthValueExpr("A" + (TEXTS.indexOf(t) + 1))}`]),
      EXCEL_COMPATIBLE_CONFIG as never,
    );
    // (the rows were addressed by their first occurrence: keep the texts unique)
    expect(new Set(TEXTS).size).toBe(TEXTS.length);
    let read = 0;
    TEXTS.forEach((text, row) => {
      const v = hf.getCellValue({ sheet: 0, row, col: 1 });
      const expected = sheetMonthOfText(text);
      if (expected === undefined) {
        expect([text, v]).toEqual([text, ""]);
        return;
      }
      read++;
      const d = serialToDate(v as number)!;
      expect([text, { year: d.year, month: d.month }, d.day]).toEqual([text, expected, 1]);
      expect([text, parseMonth(text)]).toEqual([text, expected]);
    });
    expect(read).toBeGreaterThanOrEqual(28);
    expect(sheetMonthOfText("มี.ค. 2560")).toEqual({ year: 2560, month: 3 });
    expect(sheetMonthOfText("Oct 2025")).toEqual({ year: 2568, month: 10 });
    expect(sheetMonthOfText("มีนาคม 2560")).toBeUndefined();
    hf.destroy();
  });
});

/** The seed plan with months typed as text: activities 2 and 3 in the drop-down's form (their lines' months follow). */
function specWithTextMonths(): WorkbookSpec {
  const spec = buildWorkbookSpec(seedPlan(), { lang: "th" });
  const put = (sheet: string, address: string, value: string) => {
    const s = spec.sheets.find((x) => x.name === sheet)!;
    const c = s.cells.find((x) => x.address === address);
    if (c) {
      delete c.formula;
      c.value = value;
    } else s.cells.push({ address, value });
  };
  put("กิจกรรม", "D6", "มี.ค. 2560"); // activity 2: Jan → March, still quarter 2
  put("กิจกรรม", "E6", "เม.ย. 2560"); // ends in quarter 3
  put("กิจกรรม", "D7", "ก.ค.2560"); // activity 3 moves to quarter 4
  put("กิจกรรม", "E7", "ก.ค.2560");
  return spec;
}

function sheetQuarters(snap: WorkbookSnapshot): number[] {
  const s = snap.sheets.find((x) => x.name === "สรุป")!;
  const row = (label: string) => Math.round(Number(s.values.find((r) => r[0] === label)![2]) * 100);
  return [row("ไตรมาส 1"), row("ไตรมาส 2"), row("ไตรมาส 3"), row("ไตรมาส 4"), row("ไม่ระบุเดือน")];
}
function paneQuarters(snap: WorkbookSnapshot): number[] {
  const q = quarterTotals(readPlan(snap).plan);
  return [q[1], q[2], q[3], q[4], q.unscheduled];
}

describe("months typed as text: the sheet's quarterly totals equal the pane's", () => {
  const dir = mkdtempSync(join(tmpdir(), "month-text-"));
  const file = join(dir, "text-months.xlsx");

  beforeAll(async () => {
    await saveXlsx(specWithTextMonths(), file);
  });

  test("recalculated by HyperFormula", async () => {
    const snap = await readXlsx(file, { evaluate: "all" });
    const plan = readPlan(snap).plan;
    expect(plan.activities[2].start).toEqual({ year: 2560, month: 7 });
    const pane = paneQuarters(snap);
    // the text months moved money between quarters: not the plan as the example wrote it
    expect(pane).not.toEqual(paneQuarters(await readXlsx(await seedFile(dir), { evaluate: "all" })));
    expect(sheetQuarters(snap)).toEqual(pane);
    // the activities sheet's quarter and month grid follow the text too
    const a = snap.sheets.find((s) => s.name === "กิจกรรม")!;
    expect(a.values[6][19]).toBe("4");
    expect(a.values[5][19]).toBe("2–3"); // March → April: every quarter the months touch
    expect(a.values[5].slice(5, 17).map((x) => (x === "●" ? 1 : 0)).join("")).toBe("000001100000");
    // and nothing is reported for the texts the sheet reads
    const v = validateWorkbook(snap, { today: { year: 2559, month: 10 } });
    expect(v.findings.filter((f) => f.rule === "month-as-text")).toEqual([]);
  });

  test("recalculated by LibreOffice", async () => {
    const out = join(dir, "text-months-lo.xlsx");
    await recalcXlsxToXlsx(file, out);
    const lo = await readXlsx(out, { evaluate: "never" });
    expect(sheetQuarters(lo)).toEqual(paneQuarters(lo));
    const a = lo.sheets.find((s) => s.name === "กิจกรรม")!;
    expect(a.values[6][19]).toBe("4");
    expect(a.values[5][19]).toBe("2–3"); // March → April: every quarter the months touch
  }, 180_000);
});

describe("the month drop-down in the .xlsx", () => {
  test("the fiscal year's months on the month cells, other values taken without an error box (a date typed in any form)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "month-list-"));
    const file = await seedFile(dir);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    const model = (wb.getWorksheet("กิจกรรม") as unknown as { dataValidations: { model: Record<string, { formulae: string[]; showErrorMessage?: boolean }> } })
      .dataValidations.model;
    expect(model.D5.formulae[0]).toBe(`"${fiscalMonthLabels(2560, "th").join(",")}"`);
    // (absent in the file: OOXML's default, false)
    expect(model.D5.showErrorMessage ?? false).toBe(false);
    expect(model.E12.showErrorMessage ?? false).toBe(false);
    // the status list still warns
    expect(model.U5.showErrorMessage).toBe(true);
    const budget = (wb.getWorksheet("งบประมาณ") as unknown as { dataValidations: { model: Record<string, { formulae: string[]; showErrorMessage?: boolean }> } })
      .dataValidations.model;
    expect(budget.K5.formulae[0]).toContain("ต.ค. 2559");
  });
});

async function seedFile(dir: string): Promise<string> {
  const f = join(dir, "seed.xlsx");
  await saveXlsx(buildWorkbookSpec(seedPlan(), { lang: "th" }), f);
  return f;
}
