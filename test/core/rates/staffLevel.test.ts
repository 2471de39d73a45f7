import { staffLevelIn } from "../../../src/core/rates/staffLevel";

describe("the staff level a text states", () => {
  test.each([
    ["ระดับ ชำนาญการ", "standard"],
    ["ข้าราชการระดับ ชำนาญการพิเศษ", "standard"],
    ["ครูชำนาญการ – ครูชำนาญการพิเศษ จำนวน 20 คน", "standard"],
    ["ระดับปฏิบัติการ", "standard"],
    ["ประเภททั่วไป ระดับชำนาญงาน", "standard"],
    ["ซี 8", "standard"],
    ["ซี๘", "standard"],
    ["ระดับ 7", "standard"],
    ["ครูเชี่ยวชาญ", "senior"],
    ["ครูเชี่ยวชาญพิเศษ", "senior"],
    ["ซี ๙", "senior"],
    ["C10", "senior"],
    ["ระดับทรงคุณวุฒิ", "senior"],
    ["อำนวยการสูง", "senior"],
  ])("%s → %s", (text, level) => expect(staffLevelIn(text)).toBe(level));

  test.each([
    "ประเภททั่วไป/วิชาการ", // a category spanning both groups
    "ชำนาญการ - เชี่ยวชาญ", // both groups
    "อบรมเชิงปฏิบัติการ", // a workshop, not a level
    "แผนปฏิบัติการประจำปี",
    "โรงแรมระดับ 3 ดาว",
    "ผู้บริหาร 1 คัน",
    "ค่าเบี้ยเลี้ยงเดินทาง",
  ])("%s: no level", (text) => expect(staffLevelIn(text)).toBeUndefined());
});
