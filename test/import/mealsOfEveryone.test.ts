/**
 * A food line counted only in meals ("80 มื้อ", "(2 วัน)") counts everyone's meals: the meals a person has
 * a day come from the meal it names or "วันละ N มื้อ", or from the people of the activity — never 40 lunches
 * a person a day.
 */
import { checkProjectText } from "../../src/import/check";

const doc = (rows: string[]) =>
  [
    "โครงการอบรมเชิงปฏิบัติการการจัดการเรียนรู้เชิงรุก",
    "ปีงบประมาณ 2569",
    "ผู้รับผิดชอบโครงการ  นางสุภาพร วงศ์ใหญ่",
    "ระยะเวลาดำเนินการ  1 ตุลาคม 2568 – 31 ตุลาคม 2568",
    "งบประมาณ  45,000 บาท",
    "",
    "รายละเอียดการใช้งบประมาณ",
    "กิจกรรมที่ 1 อบรมเชิงปฏิบัติการการจัดการเรียนรู้เชิงรุก",
    "ที่\tรายการ\tจำนวน\tหน่วย\tราคาต่อหน่วย\tจำนวนเงิน",
    ...rows,
  ].join("\n");

const foodFindings = (text: string) =>
  checkProjectText(text).findings.filter((f) => f.rule === "rate-over-ceiling" && /ค่าอาหารการฝึกอบรม/.test(f.message.th));

describe("meals counted for everyone", () => {
  test("80 lunches over 2 days at 120 is 120 a person a day, not 40 lunches a person", () => {
    const text = doc([
      "1\tค่าอาหารกลางวัน (2 วัน)\t80\tมื้อ\t120\t9,600",
      "2\tค่าอาหารว่างและเครื่องดื่ม (2 วัน วันละ 2 มื้อ)\t160\tมื้อ\t35\t5,600",
      "3\tค่าจัดทำเอกสารประกอบการอบรม\t40\tเล่ม\t50\t2,000",
    ]);
    expect(foodFindings(text)).toEqual([]);
  });

  test("a real excess is still found: 80 lunches over 2 days at 450 (450 a person a day > 400)", () => {
    const text = doc(["1\tค่าอาหารกลางวัน (2 วัน)\t80\tมื้อ\t450\t36,000"]);
    const f = foodFindings(text);
    expect(f).toHaveLength(1);
    expect(f[0].message.th).toContain("450 บาท/คน/วัน");
    expect(f[0].message.th).not.toMatch(/× 40 มื้อ\/วัน/);
  });

  test("unnamed meals counted for everyone: the people of the activity give the meals a person has a day", () => {
    // 40 people, 2 days, 160 meals → 2 meals a person a day at 150 = 300; at 350 → 700, over the all-meals ceiling of 600
    const ok = doc(["1\tค่าอาหาร (2 วัน)\t160\tมื้อ\t150\t24,000", "2\tค่าเอกสาร 40 คน\t40\tชุด\t10\t400", "3\tค่าเกียรติบัตร\t40\tคน\t10\t400"]);
    expect(foodFindings(ok)).toEqual([]);
    const over = doc(["1\tค่าอาหาร (2 วัน)\t160\tมื้อ\t350\t56,000", "2\tค่าเกียรติบัตร\t40\tคน\t10\t400"]);
    const f = foodFindings(over);
    expect(f).toHaveLength(1);
    expect(f[0].message.th).toContain("700 บาท/คน/วัน");
  });
});
