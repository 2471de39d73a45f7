/**
 * TEXT with thousands separators as Excel (and LibreOffice) show them: HyperFormula's own TEXT gave
 * "121000,##0.00" for "#,##0.00", so the printable proposal in the preview read "35,##0 บาท". Other formats
 * are still HyperFormula's (dates here). Oracle: the figures written out by hand.
 */
import { HyperFormula } from "hyperformula";
import { ensureExcelFunctions, groupedNumberText } from "../../src/adapters/hyperformula/excelFunctions";

test.each([
  [121000, "#,##0.00", "121,000.00"],
  [35, "#,##0", "35"],
  [1234567.891, "#,##0.0", "1,234,567.9"],
  [-1234.565, "#,##0.00", "-1,234.57"],
  [999.995, "#,##0.00", "1,000.00"],
  [-0.001, "#,##0.00", "0.00"],
  [0, "#,##0", "0"],
])("groupedNumberText(%d, %s) = %s", (n, f, want) => expect(groupedNumberText(n, f)).toBe(want));

test("other formats are not ours", () => {
  expect(groupedNumberText(1, "0.00")).toBeUndefined();
  expect(groupedNumberText(1, "yyyy-mm")).toBeUndefined();
});

test("TEXT in a HyperFormula workbook: grouped numbers as Excel shows them, dates still formatted, text refused", () => {
  ensureExcelFunctions();
  const hf = HyperFormula.buildFromArray(
    [['=TEXT(121000,"#,##0.00")', '=TEXT(A2,"#,##0")&" บาท"', '=TEXT(DATE(2017,3,1),"yyyy-mm")', '=TEXT("abc","#,##0")'], [35000]],
    { licenseKey: "gpl-v3" },
  );
  const row = hf.getSheetValues(0)[0];
  expect(row.slice(0, 3)).toEqual(["121,000.00", "35,000 บาท", "2017-03"]);
  expect(String((row[3] as { value?: unknown }).value)).toBe("#VALUE!");
  hf.setCellContents({ sheet: 0, row: 1, col: 0 }, 1234567);
  expect(hf.getCellValue({ sheet: 0, row: 0, col: 1 })).toBe("1,234,567 บาท");
  hf.destroy();
});
