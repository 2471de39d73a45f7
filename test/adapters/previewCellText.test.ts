// What the preview's formula bar shows for a cell, and dates typed as they are shown there.
import { dateForBar, formulaBarText, isDateFormat, parseDateText } from "../../src/adapters/preview/cellText";
import { PreviewWorkbook, formatCellValue, parseCellInput } from "../../src/adapters/preview";
import { serialFromYmd } from "../../src/core/dateSerial";

describe("preview cell text", () => {
  it("knows date formats from number formats", () => {
    for (const f of ["[$-107041E]mmm yy;;", "d mmm yyyy;;", "[$-107041E]d mmm yyyy;;", "d/m/yyyy", "mmmm"]) expect(isDateFormat(f)).toBe(true);
    for (const f of [undefined, "General", "@", "0.0%", '#,##0.00;-#,##0.00;"-"', "#,##0.##"]) expect(isDateFormat(f)).toBe(false);
  });

  it("reads day/month/year in either era, and refuses days that do not exist", () => {
    expect(parseDateText("1/11/2568")).toEqual({ serial: serialFromYmd(2025, 11, 1), buddhist: true });
    expect(parseDateText("01-11-2025")).toEqual({ serial: serialFromYmd(2025, 11, 1), buddhist: false });
    expect(parseDateText("29.2.2567")).toEqual({ serial: serialFromYmd(2024, 2, 29), buddhist: true });
    for (const bad of ["29/2/2566", "31/4/2568", "0/1/2568", "1/13/2568", "1/11/68", "1/11-2568", "11/2568", "ต.ค. 2568"]) expect(parseDateText(bad)).toBeUndefined();
  });

  it("the formula bar shows a date cell as a date (Buddhist era in Thai), numbers and text as typed, formulas as formulas", () => {
    const serial = serialFromYmd(2016, 10, 1);
    const date = { value: serial, formula: null, numberFormat: "[$-107041E]mmm yy;;" };
    expect(formulaBarText(date, "th")).toBe("1/10/2559");
    expect(formulaBarText(date, "en")).toBe("1/10/2016");
    expect(formulaBarText({ value: serial, formula: null }, "th")).toBe(String(serial));
    expect(formulaBarText({ value: serial, formula: null }, "th", "d mmm yyyy;;")).toBe("1/10/2559");
    expect(formulaBarText({ value: 1234.5, formula: null, numberFormat: "#,##0.00" }, "th")).toBe("1234.5");
    expect(formulaBarText({ value: 5, formula: "=A1+1" }, "th")).toBe("=A1+1");
    expect(formulaBarText({ value: "ข้อความ", formula: null }, "th")).toBe("ข้อความ");
    // what the bar shows reads back as the same day
    for (const s of [serialFromYmd(2017, 9, 30), serialFromYmd(2025, 11, 1)]) {
      expect(parseDateText(dateForBar(s, "th"))?.serial).toBe(s);
      expect(parseDateText(dateForBar(s, "en"))?.serial).toBe(s);
    }
  });

  it("a date typed into a cell is stored as a date: a month cell keeps its format, a plain cell gets one in the era typed", () => {
    expect(parseCellInput("1/11/2568")).toEqual({ value: serialFromYmd(2025, 11, 1), numberFormat: "[$-107041E]d/m/yyyy" });
    expect(parseCellInput("๑/๑๑/๒๕๖๘")).toEqual({ value: "๑/๑๑/๒๕๖๘" }); // Thai digits stay text in Excel
    const wb = new PreviewWorkbook();
    wb.insertSheets([{ name: "S", spec: { key: "s", name: "S", cells: [{ address: "A1", value: serialFromYmd(2016, 10, 1), numberFormat: "[$-107041E]mmm yy;;" }] } }]);
    wb.setCellInput("S", "A1", "1/3/2560");
    expect(wb.readCell("S", "A1")).toMatchObject({ value: serialFromYmd(2017, 3, 1), numberFormat: "[$-107041E]mmm yy;;" });
    wb.setCellInput("S", "B1", "1/3/2017");
    const b1 = wb.readCell("S", "B1");
    expect(b1).toMatchObject({ value: serialFromYmd(2017, 3, 1), numberFormat: "d/m/yyyy" });
    expect(formatCellValue(b1.value, b1.numberFormat)).toBe("1/3/2017");
  });
});
