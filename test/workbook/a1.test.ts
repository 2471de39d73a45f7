import fc from "fast-check";
import {
  absRangeRef,
  addr,
  colIndex,
  colLetter,
  groupRectangles,
  parseAddr,
  parseCell,
  parseRange,
  quoteSheet,
  rangeAddress,
  sheetOf,
  stripSheet,
  zeroBased,
} from "../../src/workbook/a1";
import { MAX_SHEET_NAME, suffixedName } from "../../src/workbook/insertPlan";

/** Oracle: every column name in order, produced by counting like an odometer over A–Z (no arithmetic). */
const COLUMNS: string[] = (() => {
  const out: string[] = [];
  let cur = ["A"];
  while (out.length < 16384) {
    out.push(cur.join(""));
    let i = cur.length - 1;
    while (i >= 0 && cur[i] === "Z") cur[i--] = "A";
    if (i < 0) cur = ["A", ...cur];
    else cur[i] = String.fromCharCode(cur[i].charCodeAt(0) + 1);
  }
  return out;
})();

const col = fc.integer({ min: 1, max: 16384 });
const row = fc.integer({ min: 1, max: 1048576 });

describe("A1 addresses (1-based)", () => {
  test("column letters are the n-th name in the odometer order, both ways", () => {
    expect(COLUMNS[26]).toBe("AA");
    expect(COLUMNS[16383]).toBe("XFD");
    fc.assert(
      fc.property(col, (n) => {
        expect(colLetter(n)).toBe(COLUMNS[n - 1]);
        expect(colIndex(COLUMNS[n - 1].toLowerCase())).toBe(n);
      }),
    );
    expect(() => colIndex("A1")).toThrow();
  });

  test("cell addresses: written, parsed with or without $ and a sheet part", () => {
    fc.assert(
      fc.property(row, col, fc.boolean(), fc.boolean(), (r, c, absC, absR) => {
        const text = `${absC ? "$" : ""}${COLUMNS[c - 1]}${absR ? "$" : ""}${r}`;
        expect(addr(r, c)).toBe(`${COLUMNS[c - 1]}${r}`);
        expect(parseAddr(text)).toEqual({ row: r, col: c });
        expect(parseCell(`'งบ ประมาณ'!${text}`)).toEqual({ row: r, col: c });
        expect(zeroBased(parseCell(text))).toEqual({ row: r - 1, col: c - 1 });
      }),
    );
    expect(parseAddr("A1B")).toBeNull();
    expect(() => parseCell("Sheet1!1A")).toThrow();
  });

  test("ranges: corners in any order give the ordered rectangle, and its address", () => {
    fc.assert(
      fc.property(row, col, row, col, (r1, c1, r2, c2) => {
        const rect = parseRange(`Sheet1!${COLUMNS[c1 - 1]}${r1}:${COLUMNS[c2 - 1]}${r2}`);
        expect(rect).toEqual({ top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) });
        const back = rangeAddress(rect);
        const a = `${COLUMNS[rect.left - 1]}${rect.top}`;
        const b = `${COLUMNS[rect.right - 1]}${rect.bottom}`;
        expect(back).toBe(a === b ? a : `${a}:${b}`);
      }),
    );
  });

  test("sheet names: quoted when needed, read back unquoted", () => {
    expect(quoteSheet("Rates")).toBe("Rates");
    for (const name of ["งบประมาณ", "My sheet", "A1", "R", "C12", "It's"]) expect(quoteSheet(name)).toBe(`'${name.replace(/'/g, "''")}'`);
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 31 }).filter((s) => !/[!\\/?*[\]:]/.test(s)), (name) => {
        expect(sheetOf(`${quoteSheet(name)}!B2`)).toBe(name);
        expect(stripSheet(`${quoteSheet(name)}!B2`)).toBe("B2");
      }),
    );
    expect(sheetOf("B2")).toBeUndefined();
    expect(absRangeRef("สรุป", "b6:B12")).toBe("'สรุป'!$B$6:$B$12");
    expect(absRangeRef("x", "='It''s'!c1:c3")).toBe("'It''s'!$C$1:$C$3");
    expect(() => absRangeRef("x", "B:B")).toThrow();
  });

  test("groupRectangles covers exactly the given cells with disjoint rectangles", () => {
    const cell = fc.record({ row: fc.integer({ min: 1, max: 12 }), col: fc.integer({ min: 1, max: 8 }) });
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 60 }), (cells) => {
        const want = new Set(cells.map((c) => `${c.row},${c.col}`));
        const got: string[] = [];
        for (const r of groupRectangles(cells)) for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) got.push(`${i},${j}`);
        expect(got.length).toBe(new Set(got).size);
        expect(new Set(got)).toEqual(want);
      }),
    );
    const tall = [];
    for (let r = 4; r < 1004; r++) tall.push({ row: r, col: 4 }, { row: r, col: 5 });
    expect(groupRectangles(tall)).toEqual([{ top: 4, left: 4, bottom: 1003, right: 5 }]);
  });

  test("suffixedName: the first free (n) name, within Excel's 31 characters", () => {
    expect(suffixedName("งบประมาณ", ["งบประมาณ", "งบประมาณ (2)"])).toBe("งบประมาณ (3)");
    fc.assert(
      fc.property(fc.string({ minLength: 1, maxLength: 40 }), fc.integer({ min: 0, max: 12 }), (base, taken) => {
        const names = [base, ...Array.from({ length: taken }, (_, i) => `${base.slice(0, MAX_SHEET_NAME - ` (${i + 2})`.length)} (${i + 2})`)];
        const got = suffixedName(base, names.map((n) => n.toUpperCase()));
        expect(got.length).toBeLessThanOrEqual(MAX_SHEET_NAME);
        expect(got.endsWith(` (${taken + 2})`)).toBe(true);
      }),
    );
  });
});
