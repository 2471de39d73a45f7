import { hourlyPrice } from "../../../src/core/rates/perHour";
import type { Satang } from "../../../src/core/model";

const s = (baht: number) => (baht * 100) as Satang;

describe("a price per day or session against a ceiling per hour", () => {
  it("takes the stated hourly rate when hours × rate is the price", () => {
    expect(hourlyPrice("ค่าตอบแทนวิทยากรภายนอก (วันละ 3 ชม. ชม.ละ 1,200 บาท)", s(3600))).toEqual({ kind: "converted", hourly: s(1200), hours: 3 });
    expect(hourlyPrice("วิทยากร ครั้งละ ๒ ชั่วโมง ชั่วโมงละ ๖๐๐ บาท", s(1200))).toEqual({ kind: "converted", hourly: s(600), hours: 2 });
  });
  it("divides by the hours when no hourly rate is written", () => {
    expect(hourlyPrice("ค่าตอบแทนวิทยากร วันละ 6 ชั่วโมง", s(3600))).toEqual({ kind: "converted", hourly: s(600), hours: 6 });
  });
  it("a price equal to the stated hourly rate is per hour already", () => {
    expect(hourlyPrice("วิทยากร วันละ 3 ชม. ชม.ละ 1,200", s(1200))).toEqual({ kind: "as-is" });
  });
  it("does not judge a per-day price whose text does not give it back", () => {
    expect(hourlyPrice("วิทยากร วันละ 3 ชม. ชม.ละ 1,000", s(3600))).toEqual({ kind: "other-unit" });
    expect(hourlyPrice("วิทยากร วันละ 7 ชม.", s(1000))).toEqual({ kind: "other-unit" });
  });
  it("reads a text with no hours per day as written", () => {
    expect(hourlyPrice("ค่าตอบแทนวิทยากร 6 ชั่วโมง", s(600))).toEqual({ kind: "as-is" });
  });
});
