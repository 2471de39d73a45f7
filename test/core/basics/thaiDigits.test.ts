import fc from "fast-check";
import { toArabicDigits, toThaiDigits, hasThaiDigits } from "../../../src/core/thaiDigits";

describe("thaiDigits", () => {
  test("converts both ways", () => {
    expect(toArabicDigits("๓,๕๐๐ บาท")).toBe("3,500 บาท");
    expect(toThaiDigits("ปี 2560")).toBe("ปี ๒๕๖๐");
    expect(toArabicDigits("๐๑๒๓๔๕๖๗๘๙")).toBe("0123456789");
    expect(hasThaiDigits("๒๕๖๒")).toBe(true);
    expect(hasThaiDigits("2562")).toBe(false);
  });

  test("round trip: Thai → Arabic → Thai and back", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const arabicOnly = toArabicDigits(s);
        expect(toArabicDigits(toThaiDigits(arabicOnly))).toBe(arabicOnly);
        const thaiOnly = toThaiDigits(s);
        expect(toThaiDigits(toArabicDigits(thaiOnly))).toBe(thaiOnly);
        expect(hasThaiDigits(arabicOnly)).toBe(false);
      }),
    );
  });

  test("only digits change", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = toThaiDigits(s);
        expect(out.length).toBe(s.length);
        for (let i = 0; i < s.length; i++) {
          if (!/[0-9]/.test(s[i])) expect(out[i]).toBe(s[i]);
        }
      }),
    );
  });
});
