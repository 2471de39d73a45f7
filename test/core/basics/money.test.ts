import fc from "fast-check";
import {
  parseMoney,
  parseNumber,
  bahtToSatang,
  satangToBaht,
  formatMoney,
  formatBaht,
  mulMoney,
  satang,
  roundSatang,
  addMoney,
  subMoney,
  sumMoney,
  absMoney,
  ZERO_SATANG,
} from "../../../src/core/money";

describe("parseMoney", () => {
  test.each([
    ["1,060", 106000],
    ["120,000.-บาท", 12000000],
    ["120,000.-", 12000000],
    [".....19,000.....บาท", 1900000],
    ["... .5,000..... .บาท", 500000],
    ["เป็นเงิน... .7,000.....บาท", 700000],
    ["๓,๕๐๐", 350000],
    ["๑๒๐,๐๐๐.-บาท", 12000000],
    ["1,234.50", 123450],
    ["1,234.5", 123450],
    ["-5", -500],
    ["−5", -500],
    ["0.29", 29],
    ["0.1", 10],
    ["1.005", 101],
    ["1.004", 100],
    ["-0.005", -1],
    ["0", 0],
    ["-0", 0],
    ["รวม.....23,800.....บาท", 2380000],
    ["100-200", 10000],
    ["99999999999.99", 9999999999999],
  ])("%s → %d satang", (text, satang) => {
    expect(parseMoney(text)).toBe(satang);
  });

  test("no number → null", () => {
    expect(parseMoney("")).toBeNull();
    expect(parseMoney("บาท")).toBeNull();
    expect(parseMoney("..... .-")).toBeNull();
    expect(parseMoney(null)).toBeNull();
    expect(parseMoney(undefined)).toBeNull();
    expect(parseMoney(NaN)).toBeNull();
  });

  test("numbers (cell values in baht) are accepted", () => {
    expect(parseMoney(1060)).toBe(106000);
    expect(parseMoney(0.29)).toBe(29);
  });

  test("round trip format → parse, Arabic and Thai digits, with and without decimals", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e13, max: 1e13 }), fc.boolean(), (s, thai) => {
        expect(parseMoney(formatMoney(satang(s), { thaiDigits: thai }))).toBe(s);
        expect(parseMoney(formatBaht(satang(s), thai ? "th" : "en", { thaiDigits: thai }))).toBe(s);
        const whole = s - (s % 100);
        expect(parseMoney(formatMoney(satang(whole), { decimals: false, thaiDigits: thai }))).toBe(whole === 0 ? 0 : whole);
      }),
    );
  });

  test("decimal strings are exact (no float drift)", () => {
    fc.assert(
      fc.property(fc.nat({ max: 1e9 }), fc.integer({ min: 0, max: 99 }), (baht, sat) => {
        const text = `${baht}.${String(sat).padStart(2, "0")}`;
        expect(parseMoney(text)).toBe(baht * 100 + sat);
      }),
    );
  });
});

describe("parseNumber", () => {
  test.each([
    ["20", 20],
    ["..20..คน", 20],
    ["๒๐๐ ชุด", 200],
    ["1,000", 1000],
    ["2.5", 2.5],
    ["-3", -3],
    ["100.คน", 100],
  ])("%s → %d", (text, n) => {
    expect(parseNumber(text)).toBe(n);
  });
  test("no number → null", () => {
    expect(parseNumber("คน")).toBeNull();
    expect(parseNumber(null)).toBeNull();
  });
  test("numbers pass through", () => {
    expect(parseNumber(4)).toBe(4);
    expect(parseNumber(Infinity)).toBeNull();
  });
});

describe("conversions and arithmetic", () => {
  test("bahtToSatang rounds half away from zero", () => {
    expect(bahtToSatang(1060)).toBe(106000);
    expect(bahtToSatang(0.29)).toBe(29);
    expect(bahtToSatang(1.005)).toBe(101);
    expect(bahtToSatang(-1.005)).toBe(-101);
    expect(bahtToSatang(0.125)).toBe(13);
    expect(bahtToSatang(1e21)).toBe(1e23);
    expect(bahtToSatang(1e-7)).toBe(0);
    expect(() => bahtToSatang(NaN)).toThrow();
  });

  test("satangToBaht ∘ bahtToSatang is identity on whole satang", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (s) => {
        expect(bahtToSatang(satangToBaht(satang(s)))).toBe(s);
      }),
    );
  });

  test("mulMoney", () => {
    expect(mulMoney(satang(3500), 20, 4)).toBe(280000);
    expect(mulMoney(satang(10000), 100, 1)).toBe(1000000);
    expect(mulMoney(satang(8000), 200)).toBe(1600000);
    expect(mulMoney(satang(5), 0.5)).toBe(3);
    expect(mulMoney(satang(-5), 0.5)).toBe(-3);
    expect(mulMoney(satang(1), 0.3, 5)).toBe(2); // 1.5 despite float noise (0.3*5 = 1.4999…)
    expect(mulMoney(satang(12345))).toBe(12345);
  });

  test("mulMoney with integer factors is exact multiplication", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e7 }), fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 100 }), (u, q, t) => {
        expect(mulMoney(satang(u), q, t)).toBe(u * q * t);
      }),
    );
  });
});

describe("formatting", () => {
  test("formatMoney", () => {
    expect(formatMoney(satang(106000))).toBe("1,060.00");
    expect(formatMoney(satang(106000), { decimals: false })).toBe("1,060");
    expect(formatMoney(satang(106050), { decimals: false })).toBe("1,061");
    expect(formatMoney(satang(12345678901))).toBe("123,456,789.01");
    expect(formatMoney(satang(-500))).toBe("-5.00");
    expect(formatMoney(satang(0))).toBe("0.00");
    expect(formatMoney(satang(350000), { thaiDigits: true })).toBe("๓,๕๐๐.๐๐");
  });
  test("formatBaht", () => {
    expect(formatBaht(satang(106000), "th")).toBe("1,060 บาท");
    expect(formatBaht(satang(106000), "en")).toBe("1,060 baht");
    expect(formatBaht(satang(106050), "th")).toBe("1,060.50 บาท");
    expect(formatBaht(satang(12000000), "th", { thaiDigits: true })).toBe("๑๒๐,๐๐๐ บาท");
  });
});

test("formatMoney with decimals 'auto' writes whole baht bare and satang as two decimals", () => {
  fc.assert(
    fc.property(fc.integer({ min: -10_000_000_000, max: 10_000_000_000 }), (n) => {
      const s = satang(n);
      const text = formatMoney(s, { decimals: "auto" });
      expect(parseMoney(text)).toBe(s);
      expect(/\.\d\d$/.test(text)).toBe(n % 100 !== 0);
    }),
    { numRuns: 2000, seed: 12 },
  );
  expect(formatMoney(satang(1_000_050), { decimals: "auto" })).toBe("10,000.50");
  expect(formatMoney(satang(-1_000_000), { decimals: "auto" })).toBe("-10,000");
});

describe("making and combining Satang", () => {
  test("satang takes whole numbers (and NaN, which readers keep for a value that is not a number); a fraction is an error", () => {
    expect(satang(106000)).toBe(106000);
    expect(Object.is(satang(-0), 0)).toBe(true);
    expect(Number.isNaN(satang(NaN))).toBe(true);
    expect(() => satang(1.5)).toThrow(RangeError);
  });
  test("roundSatang rounds half away from zero after removing float noise", () => {
    expect(roundSatang(2.5)).toBe(3);
    expect(roundSatang(-2.5)).toBe(-3);
    expect(roundSatang(1.005 * 100)).toBe(101);
    expect(Object.is(roundSatang(-0.4), 0)).toBe(true);
  });
  test("sums and differences are exact on whole satang", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -1e9, max: 1e9 }), { maxLength: 30 }), (xs) => {
        const amounts = xs.map(satang);
        const total = xs.reduce((a, b) => a + b, 0);
        expect(sumMoney(amounts)).toBe(total);
        expect(amounts.reduce(addMoney, ZERO_SATANG)).toBe(total);
        if (amounts.length) expect(subMoney(sumMoney(amounts), amounts[0])).toBe(total - xs[0]);
        expect(absMoney(sumMoney(amounts))).toBe(Math.abs(total));
      }),
      { numRuns: 500, seed: 3 },
    );
  });
});
