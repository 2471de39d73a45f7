import fc from "fast-check";
import {
  isoDateToSerial,
  monthToSerial,
  serialFromDate,
  serialFromIso,
  serialFromYmd,
  serialToDate,
  ymdFromSerial,
} from "../../../src/core/dateSerial";

/**
 * Oracle: a day count written without Date — days since 0000-03-01 in the proleptic Gregorian calendar
 * (years start in March so the leap day is last), as in Hinnant's "days_from_civil".
 */
function dayNumber(y: number, m: number, d: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const mp = (m + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe;
}
const EXCEL_DAY_ZERO = dayNumber(1899, 12, 30);
const daysIn = (y: number, m: number) => [31, y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];

const ymd = fc
  .record({ y: fc.integer({ min: 1900, max: 9999 }), m: fc.integer({ min: 1, max: 12 }), d: fc.integer({ min: 1, max: 31 }) })
  .map(({ y, m, d }) => ({ y, m, d: Math.min(d, daysIn(y, m)) }))
  .filter(({ y, m }) => y > 1900 || m >= 3);

describe("date serials", () => {
  test("Excel's own anchors (1900 system, with the phantom 29 Feb 1900)", () => {
    expect(serialFromYmd(1900, 3, 1)).toBe(61);
    expect(monthToSerial(2559, 11)).toBe(42675); // 1 Nov 2016
    expect(serialToDate(42675)).toEqual({ year: 2559, month: 11, day: 1 });
    expect(monthToSerial(2503, 3)).toBe(21976); // 1 Mar 1960
    expect(serialFromIso("1904-01-02", true)).toBe(1);
    expect(serialFromIso("2017-10-01T12:00:00")).toBe(isoDateToSerial("2017-10-01") + 0.5);
    expect(serialFromIso("not a date")).toBeNull();
    expect(serialToDate(0)).toBeNull();
    expect(serialToDate(Number.NaN)).toBeNull();
    expect(serialToDate(2958466)).toBeNull();
  });

  test("a calendar day's serial is its day count from 30 Dec 1899 (independent day count)", () => {
    fc.assert(
      fc.property(ymd, ({ y, m, d }) => {
        const want = dayNumber(y, m, d) - EXCEL_DAY_ZERO;
        expect(serialFromYmd(y, m, d)).toBe(want);
        expect(monthToSerial(y + 543, m, d)).toBe(want);
        expect(isoDateToSerial(`${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`)).toBe(want);
      }),
    );
  });

  test("a serial (with any time of day) reads back as the day the oracle counts", () => {
    fc.assert(
      fc.property(ymd, fc.integer({ min: 0, max: 86399 }), ({ y, m, d }, seconds) => {
        const serial = dayNumber(y, m, d) - EXCEL_DAY_ZERO + seconds / 86400;
        expect(ymdFromSerial(serial)).toEqual({ year: y, month: m, day: d });
        expect(serialToDate(serial)).toEqual({ year: y + 543, month: m, day: d });
      }),
    );
  });

  test("a Date's serial counts whole seconds; the 1904 system is 1462 days behind", () => {
    fc.assert(
      fc.property(ymd, fc.integer({ min: 0, max: 86399 }), ({ y, m, d }, seconds) => {
        const date = new Date(Date.UTC(y, m - 1, d, 0, 0, seconds));
        const want = dayNumber(y, m, d) - EXCEL_DAY_ZERO + seconds / 86400;
        expect(serialFromDate(date)).toBeCloseTo(want, 9);
        expect(serialFromDate(date, true)).toBeCloseTo(want - (dayNumber(1904, 1, 1) - EXCEL_DAY_ZERO), 9);
      }),
    );
  });
});
