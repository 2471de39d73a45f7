/**
 * Thai pasted from a PDF (ninth blind test, f11): spaces, line breaks and private-use glyphs around the marks
 * written above or below a consonant are mended before reading, so that "๑. ค่ าอาหาร … x ๑๐๐ บาท" is a budget
 * line (not an activity heading with a subtotal of 100); words that really stand apart stay apart, and typed
 * text without the pattern is left as it is.
 */
import { repairPdfSpacing, isCombiningThai } from "../../src/import/pdfSpacing";
import { importProjectText } from "../../src/import";
import { checkProjectText } from "../../src/import/check";

describe("repairPdfSpacing", () => {
  test.each([
    ["a space before a tone mark", "มื ้อ", "มื้อ"],
    ["a space after a tone mark before sara aa", "ค่ าอาหาร", "ค่าอาหาร"],
    ["several spaces before an upper vowel", "ผู   ้เข้าร่วม", "ผู้เข้าร่วม"],
    ["mai taikhu then a consonant, once the pattern is seen", "ค่ า เป็ นเงิน", "ค่า เป็นเงิน"],
    ["sara am split with a space", "ดํ าเนินการ", "ดําเนินการ"],
    ["a space before sara am", "จ ำนวน", "จำนวน"],
    ["tone mark then a consonant, once the pattern is seen", "เครื่ องดื่ม ค่ าวัสดุ", "เครื่องดื่ม ค่าวัสดุ"],
    ["a private-use tone mark glyph", "ผู\uf70bรับผิดชอบ", "ผู้รับผิดชอบ"],
  ])("%s", (_name, input, expected) => {
    expect(repairPdfSpacing([input])[0]).toBe(expected);
  });

  test("words that stand apart keep their space in a PDF copy", () => {
    const out = repairPdfSpacing(["ที ่ รายการ จํ านวน", "โรงเรียนมุ่ งให้ ครู จัดกิจกรรมที ่ ช่ วยให้ นักเรียน"]);
    expect(out[0]).toBe("ที่ รายการ จํานวน");
    expect(out[1]).toBe("โรงเรียนมุ่งให้ ครู จัดกิจกรรมที่ ช่วยให้ นักเรียน");
  });

  test("typed text without the pattern keeps its spaces after tone marks", () => {
    const typed = ["ผู้เดินทาง ครูชำนาญการพิเศษ", "ค่าอาหารว่าง นักเรียน ค่ายลูกเสือ", "แม่ ครัว", "เป็ น"];
    expect(repairPdfSpacing(typed)).toEqual(typed);
  });

  test("a line break before a vowel joins the word to the line above and leaves an empty line (lines keep their numbers)", () => {
    expect(repairPdfSpacing(["๓) ค่ าวัสดุค่", "ายและเอกสาร ๑ ชุด ๒,๕๐๐ บาท", "รวม"])).toEqual(["๓) ค่าวัสดุค่ายและเอกสาร ๑ ชุด ๒,๕๐๐ บาท", "", "รวม"]);
  });

  test("a line that starts with a mark after a line that ends in a figure stays apart", () => {
    expect(repairPdfSpacing(["รวม 100", "ําเภอ"])).toEqual(["รวม 100", "ําเภอ"]);
  });

  test("combining marks", () => {
    expect([..."ั่้ิีึืุู็์ํ"].every((c) => isCombiningThai(c))).toBe(true);
    expect([..."กาำเะ "].some((c) => isCombiningThai(c))).toBe(false);
  });
});

describe("a plan pasted from a PDF reads as the same plan typed", () => {
  const typed = [
    "โครงการอบรมปฐมพยาบาลเบื้องต้นสำหรับครู",
    "ผู้รับผิดชอบโครงการ นางสาวศิริพร มีสุข",
    "ระยะเวลาดำเนินการ มกราคม ๒๕๖๘",
    "งบประมาณที่ได้รับจัดสรร ๑๐,๐๐๐ บาท",
    "กิจกรรม",
    "๑. อบรมปฐมพยาบาลเบื้องต้น มกราคม ๒๕๖๘ นางสาวศิริพร มีสุข",
    "งบประมาณ",
    "๑. ค่าอาหารกลางวัน ๔๐ คน x ๑ มื้อ x ๑๐๐ บาท เป็นเงิน ๔,๐๐๐ บาท",
    "๒. ค่าอาหารว่างและเครื่องดื่ม ๔๐ คน x ๒ มื้อ x ๓๕ บาท เป็นเงิน ๒,๘๐๐ บาท",
    "๓. ค่าวัสดุ เป็นเงิน ๕,๐๐๐ บาท",
    "รวมเป็นเงินทั้งสิ้น ๑๑,๘๐๐ บาท",
  ];
  // the same with the spaces a PDF copy puts around the marks
  const pdf = typed.map((l) => l.replace(/([\u0e48-\u0e4b\u0e47])/g, " $1").replace(/่า/g, "่ า").replace(/ื่/g, "ื่ "));

  test("same budget lines, activities and findings", () => {
    expect(pdf.join("\n")).not.toBe(typed.join("\n"));
    const a = importProjectText(typed.join("\n")).plan;
    const b = importProjectText(pdf.join("\n")).plan;
    expect(b.activities.map((x) => x.name)).toEqual(a.activities.map((x) => x.name));
    expect(b.budgetLines.map((l) => [l.item, l.statedAmount])).toEqual(a.budgetLines.map((l) => [l.item, l.statedAmount]));
    expect(b.budgetLines).toHaveLength(3);
    const rules = (t: string[]) => checkProjectText(t.join("\n")).findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.line]);
    expect(rules(pdf)).toEqual(rules(typed));
    expect(rules(pdf)).toEqual([["over-allocation", 4]]);
  });
});
