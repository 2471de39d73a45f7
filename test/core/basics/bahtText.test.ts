import { satang } from "../../../src/core/money";
import fc from "fast-check";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import ExcelJS from "exceljs";
import { bahtText } from "../../../src/core/bahtText";
import { recalcXlsxToCsv } from "../../helpers/libreoffice";

describe("bahtText (Excel BAHTTEXT)", () => {
  test.each([
    [100000000, "หนึ่งล้านบาทถ้วน"],
    [123450, "หนึ่งพันสองร้อยสามสิบสี่บาทห้าสิบสตางค์"],
    [25, "ยี่สิบห้าสตางค์"],
    [-500, "ลบห้าบาทถ้วน"],
    [2100, "ยี่สิบเอ็ดบาทถ้วน"],
    [0, "ศูนย์บาทถ้วน"],
    [100, "หนึ่งบาทถ้วน"],
    [1100, "สิบเอ็ดบาทถ้วน"],
    [1000, "สิบบาทถ้วน"],
    // Excel and LibreOffice say เอ็ด only after a tens digit (not the formal หนึ่งร้อยเอ็ด)
    [10100, "หนึ่งร้อยหนึ่งบาทถ้วน"],
    [20100, "สองร้อยหนึ่งบาทถ้วน"],
    [100000100, "หนึ่งล้านหนึ่งบาทถ้วน"],
    [5100000100, "ห้าสิบเอ็ดล้านหนึ่งบาทถ้วน"],
    [306121, "สามพันหกสิบเอ็ดบาทยี่สิบเอ็ดสตางค์"],
    [2100000000, "ยี่สิบเอ็ดล้านบาทถ้วน"],
    [10, "สิบสตางค์"],
    [1, "หนึ่งสตางค์"],
    [11, "สิบเอ็ดสตางค์"],
    [21, "ยี่สิบเอ็ดสตางค์"],
    [101, "หนึ่งบาทหนึ่งสตางค์"],
    [-25, "ลบยี่สิบห้าสตางค์"],
    [12000000, "หนึ่งแสนสองหมื่นบาทถ้วน"],
    [2380000, "สองหมื่นสามพันแปดร้อยบาทถ้วน"],
    [100000000000000, "หนึ่งล้านล้านบาทถ้วน"],
    [100000500000000, "หนึ่งล้านห้าล้านบาทถ้วน"],
  ])("%d satang → %s", (n, words) => {
    expect(bahtText(satang(n))).toBe(words);
  });

  test("structure: ends with ถ้วน iff whole baht; never หนึ่งสิบ / สองสิบ; ลบ iff negative", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e15, max: 1e15 }), (s) => {
        const w = bahtText(satang(s));
        expect(w.endsWith("ถ้วน")).toBe(s % 100 === 0);
        expect(w.endsWith("สตางค์")).toBe(s % 100 !== 0);
        expect(w.startsWith("ลบ")).toBe(s < 0);
        expect(w).not.toMatch(/หนึ่งสิบ|สองสิบ|ศูนย์(?!บาทถ้วน)/);
        expect(w.includes("บาท")).toBe(Math.abs(s) >= 100 || s === 0);
        if (Math.abs(s) < 1e14) expect(w).not.toMatch(/ล้านล้าน/);
        expect(w).not.toMatch(/^(ลบ)?เอ็ด|(บาท|ล้าน)เอ็ด/);
      }),
    );
  });
});

describe("bahtText agrees with LibreOffice Calc's BAHTTEXT", () => {
  test("fixed and sampled values", async () => {
    const fixed = [
      0, 1, 10, 11, 21, 25, 99, 100, 101, 110, 111, 1000, 1100, 2100, 10000, 10100, 10500, 123450, 1234567, 2380000,
      12000000, 100000000, 100000100, 110000000, 2100000000, 10000000000, 12345678901, -500, -25, -100100, 99999999999,
      100000000000000, 100000500000000, 100000000000100,
    ];
    const sampled = fc.sample(fc.integer({ min: -1e13, max: 1e13 }), { numRuns: 200, seed: 2560 });
    const small = fc.sample(fc.integer({ min: 0, max: 300000 }), { numRuns: 200, seed: 42 });
    const values = [...fixed, ...sampled, ...small];

    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("bahttext");
    values.forEach((s, i) => {
      ws.getCell(i + 1, 1).value = s / 100;
      ws.getCell(i + 1, 2).value = { formula: `_xlfn.BAHTTEXT(A${i + 1})` } as ExcelJS.CellFormulaValue;
    });
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "bahttext-"));
    const file = path.join(dir, "bahttext.xlsx");
    await wb.xlsx.writeFile(file);
    const rows = await recalcXlsxToCsv(file);
    fs.rmSync(dir, { recursive: true, force: true });

    expect(rows.length).toBeGreaterThanOrEqual(values.length);
    const mismatches = values
      .map((s, i) => ({ satang: s, libreoffice: rows[i][1], ours: bahtText(satang(s)) }))
      .filter((r) => r.libreoffice !== r.ours);
    expect(mismatches).toEqual([]);
  });
});
