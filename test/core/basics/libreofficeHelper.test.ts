import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { parseCsv, recalcXlsxToCsv, recalcXlsxToSheets, recalcXlsxToXlsx, sofficePath } from "../../helpers/libreoffice";

describe("test/helpers/libreoffice", () => {
  test("parseCsv handles quotes, commas, newlines and BOM", () => {
    expect(parseCsv('\uFEFFa,"b,c","d ""e""\nf"\r\n1,,3\n')).toEqual([
      ["a", "b,c", 'd "e"\nf'],
      ["1", "", "3"],
    ]);
    expect(parseCsv("x")).toEqual([["x"]]);
    expect(parseCsv("")).toEqual([]);
  });

  test("soffice is installed", () => {
    expect(fs.existsSync(sofficePath())).toBe(true);
  });

  test("recalculates stale cached values, exports every sheet in order, writes a recalculated xlsx", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "lo-helper-"));
    try {
      const wb = new ExcelJS.Workbook();
      const a = wb.addWorksheet("งบประมาณ");
      a.getCell("A1").value = 35;
      a.getCell("B1").value = 20;
      // a deliberately wrong cached result: LibreOffice must recalculate it
      a.getCell("C1").value = { formula: "A1*B1*4", result: 1 } as ExcelJS.CellFormulaValue;
      const b = wb.addWorksheet("Second sheet");
      b.getCell("A1").value = 'text, with "quotes"';
      b.getCell("A2").value = { formula: "'งบประมาณ'!C1+1" } as ExcelJS.CellFormulaValue;
      const file = path.join(dir, "book.xlsx");
      await wb.xlsx.writeFile(file);

      const sheets = await recalcXlsxToSheets(file);
      expect([...sheets.keys()]).toEqual(["งบประมาณ", "Second sheet"]);
      expect(sheets.get("งบประมาณ")![0]).toEqual(["35", "20", "2800"]);
      expect(sheets.get("Second sheet")).toEqual([['text, with "quotes"'], ["2801"]]);

      expect(await recalcXlsxToCsv(file, { sheet: 1 })).toEqual([['text, with "quotes"'], ["2801"]]);
      await expect(recalcXlsxToCsv(file, { sheet: "missing" })).rejects.toThrow(/sheets: งบประมาณ, Second sheet/);

      const out = path.join(dir, "recalc.xlsx");
      await recalcXlsxToXlsx(file, out);
      const back = new ExcelJS.Workbook();
      await back.xlsx.readFile(out);
      const c1 = back.getWorksheet("งบประมาณ")!.getCell("C1").value as ExcelJS.CellFormulaValue;
      expect(c1.result).toBe(2800);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
