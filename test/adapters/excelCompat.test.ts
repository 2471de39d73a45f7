import { HyperFormula } from "hyperformula";
import { PreviewWorkbookHost } from "../../src/adapters/preview";
import { EXCEL_COMPATIBLE_CONFIG, ensureExcelFunctions } from "../../src/adapters/hyperformula/excelFunctions";
import { buildWorkbookSpec, readPlan, monthToSerial } from "../../src/workbook";
import { seedPlan } from "../../src/core/examples/seed2560";
import { planTotal } from "../../src/core/budget";

describe("HyperFormula computes as Excel does", () => {
  beforeAll(() => ensureExcelFunctions());

  test("date serials equal Excel's (1 = 1900-01-01, 61 = 1900-03-01, 42675 = 2016-11-01)", () => {
    const hf = HyperFormula.buildFromArray(
      [["=DATE(1900,1,1)", "=DATE(1900,3,1)", "=DATE(2016,11,1)", "=MONTH(42675)", "=YEAR(42675)", "=PRODUCT(Z1,Z2)", "=BAHTTEXT(1234.5)"]],
      EXCEL_COMPATIBLE_CONFIG as never,
    );
    expect(hf.getSheetValues(0)[0]).toEqual([1, 61, 42675, 11, 2016, 0, "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"]);
    expect(monthToSerial(2559, 11)).toBe(42675);
    hf.destroy();
  });

  test("the preview workbook reads the seed example back with its months and its total", async () => {
    const host = new PreviewWorkbookHost();
    const plan = seedPlan();
    await host.insertTemplate(buildWorkbookSpec(plan, { lang: "th" }), "fail");
    const back = readPlan(await host.loadSnapshot()).plan;
    expect(back.activities.map((a) => [a.id, a.start, a.end])).toEqual(plan.activities.map((a) => [a.id, a.start, a.end]));
    expect(planTotal(back)).toBe(planTotal(plan));
    expect(planTotal(plan)).toBe(12_100_000);
  });

  test("ISFORMULA follows its cell: the check column (ผลตรวจ) changes when a number is typed over a formula and when it is put back", async () => {
    const host = new PreviewWorkbookHost();
    await host.insertTemplate(buildWorkbookSpec(seedPlan(), { lang: "th" }), "fail");
    const wb = host.workbook;
    // the check column of the budget table, found by its header
    const headers = (await host.loadSnapshot(["งบประมาณ"])).sheets[0].values[3];
    const col = String.fromCharCode(65 + headers.indexOf("ผลตรวจ"));
    const status = () => wb.readCell("งบประมาณ", `${col}9`).value;
    expect(wb.readCell("งบประมาณ", "J9").formula).not.toBeNull();
    const asFormula = status();
    expect(asFormula).not.toBe("พิมพ์ตัวเลขแทนสูตร");
    wb.setCellInput("งบประมาณ", "J9", "9999");
    expect(status()).toBe("พิมพ์ตัวเลขแทนสูตร");
    const inverse = await host.applyEdits([{ sheet: "งบประมาณ", cell: "J9", formula: "=PRODUCT(E9,F9,H9)" }]);
    expect(status()).toBe(asFormula);
    await host.applyEdits(inverse);
    expect(status()).toBe("พิมพ์ตัวเลขแทนสูตร");
    // a plain HyperFormula sheet too: typing the very value the formula had
    const hf = HyperFormula.buildFromArray([[2, 3, "=PRODUCT(A1,B1)", "=ISFORMULA(C1)"]], EXCEL_COMPATIBLE_CONFIG as never);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 3 })).toBe(true);
    hf.setCellContents({ sheet: 0, row: 0, col: 2 }, [[6]]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 3 })).toBe(false);
    hf.setCellContents({ sheet: 0, row: 0, col: 2 }, [["=PRODUCT(A1,B1)"]]);
    expect(hf.getCellValue({ sheet: 0, row: 0, col: 3 })).toBe(true);
    hf.destroy();
  });
});
