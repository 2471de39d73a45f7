/**
 * The funds month typed as shown (blind test of the preview, finding 7): "ม.ค. 2570" in the project sheet's
 * เดือนที่เงินงบประมาณเข้า is read as January 2570 and, since no formula of the sheet reads that cell, is no
 * `month-as-text` warning — the same text the activities sheet takes (one rule: sheetMonthOfText). The
 * project period, which the sheet's formulas do read as a date, still says so; text that is no month still is
 * `month-unreadable`.
 */
import { seedPlan } from "../../src/core/examples/seed2560";
import { buildWorkbookSpec, readPlan } from "../../src/workbook";
import { monthCellFindings } from "../../src/workbook/monthCells";
import { projectFieldRow } from "../../src/workbook/layout";
import { fiscalMonthLabels, sheetMonthOfText } from "../../src/workbook/monthText";
import { HfBook } from "../helpers/hfSnapshot";

function withProjectCell(field: "fundsAvailableFrom" | "periodStart", text: string) {
  const spec = buildWorkbookSpec(seedPlan(), { lang: "th" });
  const book = HfBook.fromSpec(spec);
  const cell = `B${projectFieldRow(field)}`;
  book.set("โครงการ", cell, { value: text });
  const snapshot = book.snapshot();
  book.destroy();
  // the month-cell checks the pane and the CLI add to the workbook's findings (src/taskpane/workbookApi.ts, src/cli/load.ts)
  const read = readPlan(snapshot);
  const findings = monthCellFindings(snapshot, read.located);
  return { plan: read.plan, at: (rule: string) => findings.filter((f) => f.sheet === "โครงการ" && f.cell === cell && f.rule === rule) };
}

describe("the funds month written as shown", () => {
  // every label of the fiscal year's drop-down, Thai and English, and the spacing variants the sheet reads
  const texts = [...fiscalMonthLabels(2560, "th"), ...fiscalMonthLabels(2560, "en"), "ม.ค.2560", "  ก.พ.   2560 "];
  test.each(texts)("%s: read as its month, no month-as-text finding", (text) => {
    const { plan, at } = withProjectCell("fundsAvailableFrom", text);
    expect(plan.project.fundsAvailableFrom).toEqual(sheetMonthOfText(text));
    expect(at("month-as-text")).toEqual([]);
    expect(at("month-unreadable")).toEqual([]);
  });

  test("a text that is no month is still reported", () => {
    expect(withProjectCell("fundsAvailableFrom", "เร็ว ๆ นี้").at("month-unreadable")).toHaveLength(1);
  });

  test("the project start, which the sheet's formulas read as a date, still says the text is not used", () => {
    expect(withProjectCell("periodStart", "ต.ค. 2559").at("month-as-text")).toHaveLength(1);
  });
});
