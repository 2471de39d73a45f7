// The amount an amount in words says (issue 9: a total's words are checked against its figure).
import fc from "fast-check";
import { bahtText, bahtTextValue } from "../../../src/core/bahtText";
import type { Satang } from "../../../src/core/model";

describe("bahtTextValue", () => {
  it("reads back every amount BAHTTEXT writes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999_999_99 }), (v) => {
        expect(bahtTextValue(bahtText(v as Satang))).toBe(v);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads the ways people write it: เอ็ด or หนึ่ง, ถ้วน/ตัว or nothing, brackets, spaces, ตัวอักษร", () => {
    expect(bahtTextValue("(หนึ่งร้อยเอ็ดบาทตัว)")).toBe(10100);
    expect(bahtTextValue("หนึ่งร้อยหนึ่งบาทถ้วน")).toBe(10100);
    expect(bahtTextValue("ร้อยเอ็ดบาท")).toBe(10100);
    expect(bahtTextValue("(ตัวอักษร) สี่หมื่นห้าพัน หกร้อยบาทถ้วน")).toBe(4560000);
    expect(bahtTextValue("ยี่สิบห้าบาทห้าสิบสตางค์")).toBe(2550);
    expect(bahtTextValue("ยี่สิบเอ็ดล้านห้าแสนบาทถ้วน")).toBe(2_150_000_000);
  });

  it("is undefined for text that is not an amount in words", () => {
    for (const t of ["สามพันห้าร้อย", "ค่าอาหารบาท", "บาทถ้วน", "รวมทั้งสิ้น", "45,600 บาท", ""]) expect(bahtTextValue(t)).toBeUndefined();
  });
});
