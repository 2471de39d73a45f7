import { fiscalMonthLabels, monthValueExpr } from "../../src/workbook/monthText";
import { emptyPlan } from "../../src/core/model";
import { seedPlan } from "../../src/core/examples/seed2560";
import { buildWorkbookSpec, SHEET_NAMES, STYLES, BUDGET_TABLE, ACTIVITIES_TABLE } from "../../src/workbook";
import type { SheetSpec, WorkbookSpec } from "../../src/workbook/types";
import { monthToSerial } from "../../src/core/dateSerial";
import { colLetter } from "../../src/workbook/a1";

const sheet = (spec: WorkbookSpec, key: string): SheetSpec => spec.sheets.find((s) => s.key === key)!;
const cell = (s: SheetSpec, a: string) => s.cells.find((c) => c.address === a);

describe("buildWorkbookSpec", () => {
  test("Thai and English sheet names, in reading order", () => {
    expect(buildWorkbookSpec(emptyPlan(2569), { lang: "th" }).sheets.map((s) => s.name)).toEqual([
      "โครงการ", "กิจกรรม", "งบประมาณ", "สรุป", "ตัวชี้วัด", "ผลการดำเนินงาน", "แบบเสนอโครงการ", "อัตรา",
    ]);
    const en = buildWorkbookSpec(emptyPlan(2569), { lang: "en" });
    expect(en.sheets.map((s) => s.name).sort()).toEqual([...Object.values(SHEET_NAMES.en), "Proposal"].sort());
  });

  test("budget table: headers, per-row amount formula, total row, styles, validations", () => {
    const spec = buildWorkbookSpec(seedPlan(), { lang: "th" });
    const b = sheet(spec, "budget");
    expect(cell(b, "A4")?.value).toBe("กิจกรรมที่");
    expect(cell(b, "J4")?.value).toBe("จำนวนเงิน (บาท)");
    // line 1 (row 5): stated 2,800 = 35 × 20 × 4 → formula
    expect(cell(b, "J5")?.formula).toBe("=PRODUCT(E5,F5,H5)");
    expect(cell(b, "J5")?.style).toBe("formulaMoney");
    expect(cell(b, "E5")).toMatchObject({ value: 35, style: "inputMoney" });
    // line 3: lump sum (no unit cost) → typed amount
    expect(cell(b, "J7")).toMatchObject({ value: 1000, style: "inputMoney" });
    expect(cell(b, "J7")?.formula).toBeUndefined();
    // line 4: stated 13,000 ≠ 80 × 200 → the stated number, as written
    expect(cell(b, "J8")).toMatchObject({ value: 13000 });
    expect(cell(b, "J8")?.formula).toBeUndefined();
    // line 13: 100,000 as written
    expect(cell(b, "J17")).toMatchObject({ value: 100000 });
    // total row after 15 lines + 5 spare rows: rows 5..24, total in 25
    expect(cell(b, "B25")?.value).toBe("รวมทั้งสิ้น");
    expect(cell(b, "J25")?.formula).toBe("=SUM(J5:J24)");
    expect(cell(b, "J24")?.formula).toBe("=PRODUCT(E24,F24,H24)");
    // the lowest ceiling in force, with functions Excel 2016 has (no MINIFS)
    expect(cell(b, "L5")?.formula).toMatch(/^=IF\(\$D5="","",IFERROR\(ROUND\(MOD\(10000000000-SUMPRODUCT\(MAX\(\('อัตรา'!\$B\$5:\$B\$\d+=\$D5\)\*/);
    expect(cell(b, "L5")?.formula).not.toContain("MINIFS");
    expect(b.freezeRows).toBe(4);
    expect(b.landscape).toBe(true);
    expect(b.printTitleRows).toBe("4:4");
    const cat = b.validations!.find((v) => v.range.startsWith("D"))!;
    expect(cat.source).toMatch(/^='อัตรา'!\$B\$5:\$B\$\d+$/);
  });

  test("activities: dates with BE format, month grid formulas, SUMIF budget, stated subtotal", () => {
    const spec = buildWorkbookSpec(seedPlan(), { lang: "th" });
    const a = sheet(spec, "activities");
    expect(cell(a, "D5")).toMatchObject({ value: monthToSerial(2559, 11), numberFormat: "[$-107041E]mmm yyyy;;" });
    expect(cell(a, "F4")?.formula).toBe("=DATE(N('โครงการ'!$B$6)-544,10,1)");
    // the grid reads the months "as date" (Y, Z: a date, or a month typed as shown, "มี.ค. 2560")
    expect(cell(a, "Y4")?.value).toBe("เริ่ม (เป็นวันที่)");
    expect(cell(a, "Y5")?.formula).toBe(`=${monthValueExpr("$D5")}`);
    expect(cell(a, "Z5")?.formula).toBe(`=${monthValueExpr("$E5")}`);
    expect(cell(a, "G5")?.formula).toBe('=IF(ISNUMBER($Y5),IF(AND(G$4>=EOMONTH($Y5,-1)+1,G$4<=IF(ISNUMBER($Z5),$Z5,$Y5)),"●",""),"")');
    // a drop-down of the fiscal year's months on the month cells, a date typed in any form taken too
    expect(a.validations).toContainEqual({ range: "D5:E64", source: fiscalMonthLabels(2560, "th"), allowOther: true });
    expect(fiscalMonthLabels(2560, "th")[0]).toBe("ต.ค. 2559");
    expect(fiscalMonthLabels(2560, "th")[11]).toBe("ก.ย. 2560");
    const budgetCol = colLetter(ACTIVITIES_TABLE.columns.findIndex((c) => c.key === "budget") + 1);
    expect(cell(a, `${budgetCol}5`)?.formula).toBe(`=IF($A5="","",SUMIF('งบประมาณ'!$A$5:$A$24,$A5,'งบประมาณ'!$N$5:$N$24))`);
    const statedCol = colLetter(ACTIVITIES_TABLE.columns.findIndex((c) => c.key === "stated") + 1);
    expect(cell(a, `${statedCol}5`)).toMatchObject({ value: 23800, style: "inputMoney" });
    expect(a.conditionalFormats?.length).toBeGreaterThanOrEqual(2);
    expect(a.landscape).toBe(true);
  });

  test("project sheet: stated total next to the computed total, BAHTTEXT, landscape without the legend", () => {
    const spec = buildWorkbookSpec(seedPlan(), { lang: "th" });
    const p = sheet(spec, "project");
    expect(cell(p, "A16")?.value).toBe("รวมทั้งสิ้นตามเอกสาร (บาท)");
    expect(cell(p, "B16")).toMatchObject({ value: 120000, style: "inputMoney" });
    expect(cell(p, "B17")?.formula).toBe("='งบประมาณ'!$N$25"); // the computed total (the one model)
    expect(cell(p, "B19")?.formula).toBe('=IFERROR(BAHTTEXT($B$17),TEXT($B$17,"#,##0.00")&" บาท")');
    // printed across (label and text columns at full width), from the first field: the legend is not printed
    expect(p.landscape).toBe(true);
    expect(p.printArea).toMatch(/^A3:D\d+$/);
    // the stated total is marked when it differs from the lines, the balance when it is negative
    expect(p.conditionalFormats?.map((c) => c.range)).toEqual(["B16", "B18"]);
  });

  test("summary: totals by activity, class and quarter, and a chart of the budget by activity", () => {
    const spec = buildWorkbookSpec(seedPlan(), { lang: "en" });
    const s = sheet(spec, "summary");
    expect(s.cells.some((c) => c.formula?.startsWith("=SUMIFS("))).toBe(true);
    expect(s.cells.some((c) => c.formula?.startsWith("=BAHTTEXT("))).toBe(true);
    expect(spec.charts).toHaveLength(1);
    expect(spec.charts![0]).toMatchObject({ sheet: "Summary", categoriesRange: "B5:B14", valuesRange: "C5:C14" });
  });

  test("every input column is styled input*, every formula column formula*, and styles use TH SarabunPSK 14–16+", () => {
    const spec = buildWorkbookSpec(seedPlan(), { lang: "th" });
    const b = sheet(spec, "budget");
    BUDGET_TABLE.columns.forEach((c, i) => {
      const x = cell(b, `${colLetter(i + 1)}5`)!;
      if (c.kind === "input") expect(x.style).toMatch(/^input/);
      if (c.kind === "formula") expect(x.style).toMatch(/^(formula|status)/);
    });
    for (const st of Object.values(STYLES)) {
      expect(st.font).toBe("TH SarabunPSK");
      expect(st.size).toBeGreaterThanOrEqual(14);
    }
    expect(STYLES.formula.locked).toBe(true);
    expect(STYLES.input.locked).toBe(false);
  });
});
