import fc from "fast-check";
import {
  THAI_MONTHS,
  THAI_MONTHS_SHORT,
  ENGLISH_MONTHS_SHORT,
  parseMonth,
  parseMonthName,
  parseMonthRange,
  fiscalYearOf,
  fiscalMonths,
  fiscalQuarterOf,
  quarterStartMonth,
  compareMonths,
  monthKey,
  monthFromKey,
  addMonths,
  formatMonth,
  formatMonthRange,
  monthOfDate,
  isoToMonth,
  monthToIso,
} from "../../../src/core/calendar";
import type { MonthRef } from "../../../src/core/model";
import { toThaiDigits } from "../../../src/core/thaiDigits";

const M = (year: number, month: number): MonthRef => ({ year, month });
const arbMonth = fc.record({ year: fc.integer({ min: 2450, max: 2650 }), month: fc.integer({ min: 1, max: 12 }) });

describe("month names", () => {
  test("tables", () => {
    expect(THAI_MONTHS).toHaveLength(12);
    expect(THAI_MONTHS[0]).toBe("มกราคม");
    expect(THAI_MONTHS[10]).toBe("พฤศจิกายน");
    expect(THAI_MONTHS_SHORT.join(" ")).toBe("ม.ค. ก.พ. มี.ค. เม.ย. พ.ค. มิ.ย. ก.ค. ส.ค. ก.ย. ต.ค. พ.ย. ธ.ค.");
    expect(ENGLISH_MONTHS_SHORT[10]).toBe("Nov");
  });

  test("every full and short name parses, with and without dots and spaces, Thai digits, 2- and 4-digit years", () => {
    for (let i = 0; i < 12; i++) {
      const want = M(2559, i + 1);
      expect(parseMonth(`${THAI_MONTHS[i]} 2559`)).toEqual(want);
      expect(parseMonth(`${THAI_MONTHS[i]}2559`)).toEqual(want);
      expect(parseMonth(`${THAI_MONTHS_SHORT[i]} 59`)).toEqual(want);
      expect(parseMonth(`${THAI_MONTHS_SHORT[i]}59`)).toEqual(want);
      expect(parseMonth(toThaiDigits(`${THAI_MONTHS_SHORT[i]} 2559`))).toEqual(want);
      expect(parseMonth(`${THAI_MONTHS_SHORT[i].replace(/\./g, "")} 2559`)).toEqual(want);
      expect(parseMonth(`${THAI_MONTHS_SHORT[i].replace(/\./, ". ")} 2559`)).toEqual(want);
      expect(parseMonth(`${THAI_MONTHS_SHORT[i].replace(/\.$/, "")} 2559`)).toEqual(want);
      expect(parseMonth(`${ENGLISH_MONTHS_SHORT[i]} 2016`)).toEqual(want);
      expect(parseMonth(formatMonth(want, "th", "long"))).toEqual(want);
      expect(parseMonth(formatMonth(want, "th", "short"))).toEqual(want);
      expect(parseMonth(formatMonth(want, "en", "long"))).toEqual(want);
      expect(parseMonth(formatMonth(want, "en", "short"))).toEqual(want);
      expect(parseMonthName(THAI_MONTHS[i])).toBe(i + 1);
      expect(parseMonthName(THAI_MONTHS_SHORT[i])).toBe(i + 1);
    }
  });

  test.each([
    ["พฤศจิกายน 2559", M(2559, 11)],
    ["พ.ย. 59", M(2559, 11)],
    ["ก.ค. ๒๕๖๒", M(2562, 7)],
    ["1 ตุลาคม 2559", M(2559, 10)],
    ["ตุลาคม พ.ศ. 2559", M(2559, 10)],
    ["กรกฏาคม 2560", M(2560, 7)],
    ["ตุลา 59", M(2559, 10)],
    ["November 2016", M(2559, 11)],
    ["Nov 2559", M(2559, 11)],
    ["2016-11-01", M(2559, 11)],
    ["11/2559", M(2559, 11)],
    ["1/11/2559", M(2559, 11)],
    ["ภายในเดือนมกราคม 2560", M(2560, 1)],
    ["กันยา 60", M(2560, 9)],
    ["ก.ค. 2559 ตามหลักเกณฑ์ ก.ค.ศ.", M(2559, 7)],
  ])("parseMonth(%s)", (text, want) => {
    expect(parseMonth(text)).toEqual(want);
  });

  test.each([
    "",
    "ตุลาคม",
    "ม.ค.",
    "ติดตาม ตรวจสอบร่วมกับ ก.ต.ป.น. ทุกโรงเรียน 2559",
    "ประชุม 20 คน",
    "13/2559",
    "หลักเกณฑ์ ก.ค.ศ. 2559",
    "ตามมติ อ.ก.ค.ศ. 2560",
    "ตัวชี้วัด ก.พ.ร. 2560",
    "นางกันยายนต์ 2559",
    "ศาลตุลาการ 2559",
  ])(
    "parseMonth(%s) → null",
    (text) => {
      expect(parseMonth(text)).toBeNull();
    },
  );
});

describe("parseMonthRange", () => {
  test.each([
    ["ธันวาคม 2563 – กุมภาพันธ์ 2564", M(2563, 12), M(2564, 2)],
    ["ก.ค.–ส.ค. ๒๕๖๒", M(2562, 7), M(2562, 8)],
    ["1 ตุลาคม 2559 – 30 กันยายน 2560", M(2559, 10), M(2560, 9)],
    ["พฤศจิกายน 2559 ถึง สิงหาคม 2560", M(2559, 11), M(2560, 8)],
    ["ต.ค. - ธ.ค. 2559", M(2559, 10), M(2559, 12)],
    ["พ.ย. — ม.ค. 2560", M(2559, 11), M(2560, 1)],
    ["ต.ค.59-ก.ย.60", M(2559, 10), M(2560, 9)],
    ["Oct 2016 to Sep 2017", M(2559, 10), M(2560, 9)],
    ["1/10/2559 - 30/9/2560", M(2559, 10), M(2560, 9)],
    ["2016-10-01 to 2017-09-30", M(2559, 10), M(2560, 9)],
    ["พฤศจิกายน 2559 - มกราคม", M(2559, 11), M(2560, 1)],
    ["มกราคม 2560", M(2560, 1), M(2560, 1)],
    ["ปีงบประมาณ 2560", M(2559, 10), M(2560, 9)],
    ["ปีงบประมาณ พ.ศ. ๒๕๖๐", M(2559, 10), M(2560, 9)],
  ])("%s", (text, start, end) => {
    expect(parseMonthRange(text)).toEqual({ start, end });
  });

  test.each(["", "ตุลาคม – ธันวาคม", "ไม่ระบุ", "ธันวาคม 2564 – มกราคม 2563"])("%s → null", (text) => {
    expect(parseMonthRange(text)).toBeNull();
  });

  test("format → parse round trip", () => {
    fc.assert(
      fc.property(arbMonth, fc.nat({ max: 36 }), fc.constantFrom("th", "en") , fc.constantFrom("long", "short"), (a, n, lang, style) => {
        const b = addMonths(a, n);
        const text = formatMonthRange(a, b, lang as "th" | "en", style as "long" | "short");
        expect(parseMonthRange(text)).toEqual({ start: a, end: b });
      }),
    );
  });
});

describe("fiscal year", () => {
  test("examples", () => {
    expect(fiscalYearOf(M(2559, 10))).toBe(2560);
    expect(fiscalYearOf(M(2559, 9))).toBe(2559);
    expect(fiscalYearOf(M(2560, 9))).toBe(2560);
    expect(fiscalMonths(2560)[0]).toEqual(M(2559, 10));
    expect(fiscalMonths(2560)[11]).toEqual(M(2560, 9));
    expect(fiscalQuarterOf(M(2559, 11))).toBe(1);
    expect(fiscalQuarterOf(M(2560, 1))).toBe(2);
    expect(fiscalQuarterOf(M(2560, 6))).toBe(3);
    expect(fiscalQuarterOf(M(2560, 9))).toBe(4);
    expect(quarterStartMonth(2560, 1)).toEqual(M(2559, 10));
    expect(quarterStartMonth(2560, 2)).toEqual(M(2560, 1));
    expect(quarterStartMonth(2560, 3)).toEqual(M(2560, 4));
    expect(quarterStartMonth(2560, 4)).toEqual(M(2560, 7));
  });

  test("every month of fiscalMonths(fy) has fiscalYearOf = fy, in order, with its index", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2400, max: 2700 }), (fy) => {
        const ms = fiscalMonths(fy);
        expect(ms).toHaveLength(12);
        ms.forEach((m, i) => {
          expect(fiscalYearOf(m)).toBe(fy);
          expect(compareMonths(m, M(fy - 1, 10))).toBe(i); // i months after October of fy − 1
          if (i > 0) expect(compareMonths(ms[i - 1], m)).toBeLessThan(0);
        });
      }),
    );
  });

  test("quarters 1..4 are 3 months each, starting at quarterStartMonth", () => {
    fc.assert(
      fc.property(fc.integer({ min: 2400, max: 2700 }), (fy) => {
        const ms = fiscalMonths(fy);
        for (const q of [1, 2, 3, 4] as const) {
          const inQ = ms.filter((m) => fiscalQuarterOf(m) === q);
          expect(inQ).toHaveLength(3);
          expect(inQ[0]).toEqual(quarterStartMonth(fy, q));
        }
      }),
    );
  });

  test("any month lies in its fiscal year's months", () => {
    fc.assert(
      fc.property(arbMonth, (m) => {
        expect(fiscalMonths(fiscalYearOf(m))).toContainEqual(m);
      }),
    );
  });
});

describe("month arithmetic and conversions", () => {
  test("addMonths inverse and key ordering", () => {
    fc.assert(
      fc.property(arbMonth, fc.integer({ min: -1000, max: 1000 }), (m, n) => {
        const b = addMonths(m, n);
        expect(b.month).toBeGreaterThanOrEqual(1);
        expect(b.month).toBeLessThanOrEqual(12);
        expect(addMonths(b, -n)).toEqual(m);
        expect(monthKey(b) - monthKey(m)).toBe(n);
        expect(compareMonths(m, b) < 0).toBe(n > 0);
        expect(compareMonths(m, b) === 0).toBe(n === 0);
        expect(monthFromKey(monthKey(m))).toEqual(m);
      }),
    );
  });

  test("monthKey", () => {
    expect(monthKey(M(2559, 11))).toBe(2559 * 12 + 10);
  });

  test("formatMonth", () => {
    expect(formatMonth(M(2559, 11), "th")).toBe("พ.ย. 2559");
    expect(formatMonth(M(2559, 11), "th", "short")).toBe("พ.ย. 2559");
    expect(formatMonth(M(2559, 11), "th", "long")).toBe("พฤศจิกายน 2559");
    expect(formatMonth(M(2559, 11), "en")).toBe("Nov 2016");
    expect(formatMonth(M(2559, 11), "en", "long")).toBe("November 2016");
  });

  test("ISO and Date", () => {
    expect(isoToMonth("2016-11-01")).toEqual(M(2559, 11));
    expect(monthToIso(M(2559, 11))).toBe("2016-11-01");
    expect(() => isoToMonth("2016-13-01")).toThrow();
    expect(() => isoToMonth("nope")).toThrow();
    expect(monthOfDate(new Date(2016, 10, 15))).toEqual(M(2559, 11));
    fc.assert(
      fc.property(arbMonth, (m) => {
        expect(isoToMonth(monthToIso(m))).toEqual(m);
      }),
    );
  });
});
