/**
 * What typing into a preview cell stores, as a table of inputs → what Excel stores for the same typing.
 * Sources for Excel's behaviour: Microsoft's "Excel worksheet and expression evaluation" (a leading apostrophe
 * keeps the typed characters as text; "=" starts a formula) and "ErrorCheckingOptions.NumberAsText" (text that
 * looks like a number stays text and is flagged "number stored as text"); Excel's number recognition takes the
 * locale's digits 0–9, thousands separator, decimal point, a leading sign, parentheses for negatives, an
 * exponent, a trailing percent and the locale's currency symbol (th-TH: ฿, en-US: $). Thai digits are a
 * display form (number formats with [$-D07041E]), never read from typing, so "๓๐" stays text.
 */
import { parseCellInput } from "../../src/adapters/preview";
import { parseTypedNumber } from "../../src/adapters/preview/cellText";
import { serialFromYmd } from "../../src/core/dateSerial";

const NUMBERS: Array<[string, number]> = [
  ["30", 30],
  [" 30 ", 30],
  ["0", 0],
  ["1,060", 1060],
  ["1,234,567.25", 1234567.25],
  ["2500.50", 2500.5],
  [".5", 0.5],
  ["5.", 5],
  ["-12.5", -12.5],
  ["+7", 7],
  ["(30)", -30],
  ["(1,200.50)", -1200.5],
  ["15%", 0.15],
  ["-2.5%", -0.025],
  ["1e3", 1000],
  ["1.5E-2", 0.015],
  ["฿1,200", 1200],
  ["$35", 35],
  ["-฿30", -30],
  ["007", 7],
];

const TEXTS = [
  "๓๐", // Thai digits
  "๓,๕๐๐.๕๐",
  "-๓๐",
  "3๐", // mixed digits
  "2,500 บาท",
  "35 บาท",
  "35 x 2",
  "35*2",
  "1,06", // misplaced thousands separator
  "12,34,567",
  "1.2.3",
  "-",
  "+",
  ".",
  "%",
  "30-",
  "(30",
  "--5",
  "฿",
  "ค่าอาหาร 2 มื้อ",
  "1 000",
  "๑/๑๑/๒๕๖๘",
];

describe("typing into a preview cell, as Excel stores it", () => {
  it.each(NUMBERS)("%j becomes the number %p", (typed, value) => {
    expect(parseTypedNumber(typed)).toBe(value);
    expect(parseCellInput(typed)).toEqual({ value });
  });

  it.each(TEXTS.map((t) => [t]))("%j stays text, exactly as typed", (typed) => {
    expect(parseTypedNumber(typed)).toBeUndefined();
    expect(parseCellInput(typed)).toEqual({ value: typed });
  });

  it("formulas, forced text, booleans, dates and clearing", () => {
    expect(parseCellInput("=D6*E6")).toEqual({ formula: "=D6*E6" });
    expect(parseCellInput("=")).toEqual({ value: "=" });
    expect(parseCellInput("'30")).toEqual({ value: "30" });
    expect(parseCellInput("'๓๐")).toEqual({ value: "๓๐" });
    expect(parseCellInput("TRUE")).toEqual({ value: true });
    expect(parseCellInput("false")).toEqual({ value: false });
    expect(parseCellInput("1/10/2568")).toEqual({ value: serialFromYmd(2025, 10, 1), numberFormat: "[$-107041E]d/m/yyyy" });
    expect(parseCellInput("   ")).toEqual({ value: null });
    expect(parseCellInput("")).toEqual({ value: null });
  });
});
