/**
 * What the import used to lose or garble (fourth blind test §4): activity names that picked up pieces of
 * the date ("แข่งขันกีฬาสี ๑๘", "… วันที่ 16", "จัดซื้อวัสดุ 1", "… ระยะเวลา"), a memo whose project is named
 * only in its subject line, signers' positions appended to the expected results.
 */
import { importProjectText } from "../../src/import";

const names = (text: string) => importProjectText(text).plan.activities.map((a) => a.name);

describe("an activity's name stops where its date starts", () => {
  test.each([
    ["กิจกรรมที่ 1 จัดซื้อวัสดุคอมพิวเตอร์ 1 – 30 พฤศจิกายน 2568", "จัดซื้อวัสดุคอมพิวเตอร์"],
    ["กิจกรรมที่ 1 ศึกษาดูงานโรงเรียนต้นแบบ จังหวัดเชียงใหม่ วันที่ 16 – 17 มีนาคม 2569", "ศึกษาดูงานโรงเรียนต้นแบบ จังหวัดเชียงใหม่"],
    ["กิจกรรมที่ 1 ประชุมวางแผน ระยะเวลา มกราคม 2569", "ประชุมวางแผน"],
    ["กิจกรรมที่ 1 แข่งขันกีฬาสี ๑๘ – ๑๙ ธันวาคม ๒๕๖๘", "แข่งขันกีฬาสี"],
    ["กิจกรรมที่ 1 อบรมครู 5 ถึง 6 มกราคม 2569", "อบรมครู"],
    ["กิจกรรมที่ 1 ทัศนศึกษา ตั้งแต่ 12-13 กุมภาพันธ์ 2569", "ทัศนศึกษา"],
    // an ordinal before the month is part of the name, not a day
    ["กิจกรรมที่ 1 ประชุมผู้บริหาร ครั้งที่ 1 ธันวาคม 2568", "ประชุมผู้บริหาร ครั้งที่ 1"],
    ["กิจกรรมที่ 1 อบรมครู รุ่นที่ 2 มกราคม 2569", "อบรมครู รุ่นที่ 2"],
  ])("%s", (row, name) => {
    const doc = ["โครงการ ทดสอบ", "ระยะเวลาดำเนินการ ตุลาคม 2568 – กันยายน 2569", "", "วิธีดำเนินการ", row].join("\n");
    expect(names(doc)).toEqual([name]);
  });

  test("a tab-separated row in Thai digits", () => {
    const doc = ["โครงการ ทดสอบ", "", "๔. วิธีดำเนินการ", "\t๔.๑ ประชุมคณะครู\t๑ – ๕ ธันวาคม ๒๕๖๘", "\t๔.๒ สรุปผล\t๒๒ – ๓๑ ธันวาคม ๒๕๖๘"].join("\n");
    const acts = importProjectText(doc).plan.activities;
    expect(acts.map((a) => a.name)).toEqual(["ประชุมคณะครู", "สรุปผล"]);
    expect(acts[0].start).toEqual({ year: 2568, month: 12 });
  });
});

describe("a memo (บันทึกข้อความ) names its project in the subject", () => {
  const memo = [
    "บันทึกข้อความ",
    "ส่วนราชการ โรงเรียนบ้านหนองบัว",
    "ที่ ศธ 04xxx/ พิเศษ   วันที่ 20 ตุลาคม 2568",
    "เรื่อง ขออนุมัติโครงการประชุมผู้ปกครองนักเรียน ภาคเรียนที่ 2",
    "",
    "เรียน ผู้อำนวยการโรงเรียนบ้านหนองบัว",
    "",
    "กิจกรรม",
    "1. ประชุมผู้ปกครองนักเรียน 15 พ.ย. 2568",
    "",
    "รายละเอียดค่าใช้จ่าย",
    "1. ค่าอาหารว่างและเครื่องดื่ม ผู้ปกครอง 120 คน คนละ 25 บาท 1 มื้อ เป็นเงิน 3,000 บาท",
  ].join("\n");

  test("the subject gives the name", () => {
    expect(importProjectText(memo).plan.project.name).toBe("ประชุมผู้ปกครองนักเรียน ภาคเรียนที่ 2");
  });

  test("a name line wins over the subject", () => {
    const doc = memo.replace("เรียน ผู้อำนวยการโรงเรียนบ้านหนองบัว", "ชื่อโครงการ ประชุมผู้ปกครอง ปีการศึกษา 2568");
    expect(importProjectText(doc).plan.project.name).toBe("ประชุมผู้ปกครอง ปีการศึกษา 2568");
  });

  test("a subject that names no project gives no name", () => {
    const doc = memo.replace("เรื่อง ขออนุมัติโครงการประชุมผู้ปกครองนักเรียน ภาคเรียนที่ 2", "เรื่อง ขออนุมัติจัดซื้อวัสดุ");
    expect(importProjectText(doc).plan.project.name).not.toContain("จัดซื้อ");
  });
});

test("signers' positions are not expected results", () => {
  const doc = [
    "โครงการ ทดสอบ",
    "",
    "ผลที่คาดว่าจะได้รับ",
    "\tนักเรียนมีนิสัยรักการอ่าน",
    "",
    "ลงชื่อ ............................................ ผู้เสนอโครงการ",
    "(นางสมศรี ใจดี)",
    "ครู ชำนาญการพิเศษ",
    "",
    "ลงชื่อ ............................................ ผู้เห็นชอบโครงการ",
    "(นายวิชัย สุขสม)",
    "รองผู้อำนวยการโรงเรียน",
    "",
    "ลงชื่อ ............................................ ผู้อนุมัติโครงการ",
    "(นางประภา ศรีสุข)",
    "ผู้อำนวยการโรงเรียนบ้านหนองบัว",
  ].join("\n");
  expect(importProjectText(doc).plan.project.expectedResults).toEqual(["นักเรียนมีนิสัยรักการอ่าน"]);
});
