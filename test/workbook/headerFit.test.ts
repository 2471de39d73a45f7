/**
 * The template is readable in Excel: every table header either wraps (Excel then makes its row as high as
 * the lines need) or fits its column on one line; the month headers of the activities grid, which are
 * dates (Excel never wraps a number and shows "####" when it is wider than its column), fit on one line in
 * both languages; the project sheet's labels in column A fit beside the values in column B, and the
 * "ระยะเวลาโครงการ" note fits its column (the month formulas beside it stop it running on).
 * Widths are measured with TH Sarabun's own advance widths and Excel's column pixels
 * (src/workbook/proposal/textLayout.ts), with 10% to spare for Thai and for a substituted font.
 */
import { ACTIVITIES_TABLE, BUDGET_TABLE, INDICATORS_TABLE, PROJECT_FIELDS, RATES_TABLE, STYLES, TARGETS_TABLE, GRID_KEYS } from "../../src/workbook/layout";
import { textPt, textWidthPt } from "../../src/workbook/proposal/textLayout";
import { buildWorkbookSpec } from "../../src/workbook/writeTemplate";
import { emptyPlan } from "../../src/core/model";
import { formatCellValue } from "../../src/adapters/preview/format";
import { MONTH_FORMAT } from "../../src/workbook/i18n";
import { serialFromYmd } from "../../src/core/dateSerial";
import type { TableDef } from "../../src/workbook/layoutTypes";

const SPARE = 1.1;
const fits = (text: string, widthUnits: number, style: { size: number; bold?: boolean }) => textPt(text, style) * SPARE <= textWidthPt(widthUnits);

describe("the template's headers are readable at its font", () => {
  const tables: TableDef[] = [BUDGET_TABLE, ACTIVITIES_TABLE, INDICATORS_TABLE, RATES_TABLE, TARGETS_TABLE];

  it("every header wraps or fits its column", () => {
    expect(STYLES.header.wrap).toBe(true);
    const cut: string[] = [];
    for (const t of tables)
      for (const c of t.columns)
        for (const lang of ["th", "en"] as const)
          if (!STYLES.header.wrap && !fits(c.header[lang], c.width, STYLES.header)) cut.push(`${t.key}.${c.key}: ${c.header[lang]}`);
    expect(cut).toEqual([]);
  });

  it("a wrapped header needs no more than three lines (no word is cut inside a column)", () => {
    const tall: string[] = [];
    for (const t of tables)
      for (const c of t.columns)
        for (const lang of ["th", "en"] as const) {
          const lines = Math.ceil((textPt(c.header[lang], STYLES.header) * SPARE) / textWidthPt(c.width));
          if (lines > 3) tall.push(`${t.key}.${c.key}: ${c.header[lang]} (${lines} lines)`);
        }
    expect(tall).toEqual([]);
  });

  it("the month headers (dates, never wrapped) fit their columns in Thai and in English, for every month", () => {
    const widths = GRID_KEYS.map((k) => ACTIVITIES_TABLE.columns.find((c) => c.key === k)!.width);
    const cut: string[] = [];
    for (const lang of ["th", "en"] as const)
      for (let m = 1; m <= 12; m++)
        for (const year of [2016, 2025]) {
          const shown = formatCellValue(serialFromYmd(year, m, 1), MONTH_FORMAT[lang].short);
          widths.forEach((w, i) => {
            if (!fits(shown, w, STYLES.header)) cut.push(`${GRID_KEYS[i]} ${shown}`);
          });
        }
    expect(cut).toEqual([]);
  });

  it("the project sheet's labels fit column A, and the period note fits its column", () => {
    const plan = buildWorkbookSpec(emptyPlan(2569), { lang: "th" });
    const project = plan.sheets.find((s) => s.key === "project")!;
    const activities = plan.sheets.find((s) => s.key === "activities")!;
    const widthA = project.columnWidths!.A;
    const cut = PROJECT_FIELDS.flatMap((f) => (["th", "en"] as const).filter((l) => !fits(f.label[l], widthA, STYLES.label)).map((l) => f.label[l]));
    expect(cut).toEqual([]);
    const note = activities.cells.find((c) => c.value === "ระยะเวลาโครงการ")!;
    const letter = note.address.replace(/\d+$/, "");
    expect(fits("ระยะเวลาโครงการ", activities.columnWidths![letter], STYLES.note)).toBe(true);
    expect(fits("Project period", activities.columnWidths![letter], STYLES.note)).toBe(true);
  });
});
