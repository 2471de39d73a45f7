// Row heights of the preview grid: rows with wrapped text that does not fit grow, as Excel sizes them.
import { MAX_ROW_PX, rowAt, rowHeights, rowTops, WRAP_LINE_PX, wrappedLines } from "../../src/adapters/preview/rowHeights";

/** A font where every character is 10 px wide. */
const tenPx = (s: string) => s.length * 10;

describe("preview row heights", () => {
  it("counts the lines of wrapped text: one when it fits, more when it does not, each line break a line", () => {
    expect(wrappedLines("abcd", 40, tenPx)).toBe(1);
    expect(wrappedLines("abcde", 40, tenPx)).toBeGreaterThanOrEqual(2);
    expect(wrappedLines("a".repeat(100), 100, tenPx)).toBeGreaterThanOrEqual(10);
    expect(wrappedLines("ab\ncd\nef", 100, tenPx)).toBe(3);
    expect(wrappedLines("", 100, tenPx)).toBe(1);
  });

  it("grows only the rows whose wrapped cells need more than one line, up to Excel's highest row", () => {
    const h = rowHeights(5, 26, [
      { row: 1, text: "short", room: 100 },
      { row: 2, text: "x".repeat(25), room: 100 },
      { row: 2, text: "y".repeat(5), room: 100 },
      { row: 3, text: "z".repeat(10000), room: 100 },
      { row: 9, text: "outside", room: 1 },
    ], tenPx);
    expect(h[0]).toBe(26);
    expect(h[1]).toBe(26);
    expect(h[2]).toBeGreaterThanOrEqual(3 * WRAP_LINE_PX);
    expect(h[3]).toBe(MAX_ROW_PX);
    expect(h[4]).toBe(26);
    expect(h).toHaveLength(5);
  });

  it("finds the row at a height from the rows' tops", () => {
    const tops = rowTops([26, 60, 26]);
    expect(tops).toEqual([0, 26, 86, 112]);
    expect(rowAt(tops, 0)).toBe(0);
    expect(rowAt(tops, 25)).toBe(0);
    expect(rowAt(tops, 26)).toBe(1);
    expect(rowAt(tops, 85)).toBe(1);
    expect(rowAt(tops, 86)).toBe(2);
    expect(rowAt(tops, 5000)).toBe(2);
    expect(rowAt(rowTops([]), 10)).toBe(0);
  });
});
