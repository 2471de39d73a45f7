/**
 * Two stated grand totals that differ are named with their figures (thousands separators) and the line of
 * the first; an activity's subtotal row in an expense-class table is not a second grand total (fourth blind
 * test, §3: "ยอดรวมที่ระบุไว้สองแห่งไม่เท่ากัน (19400 / 5600)").
 */
import { checkProjectText } from "../../src/import/check";

test("two differing grand totals: both figures with separators and the first one's line", () => {
  const doc = [
    "โครงการ ทดสอบ",
    "ระยะเวลาดำเนินการ มกราคม 2569",
    "",
    "วิธีดำเนินการ",
    "กิจกรรมที่ 1 อบรม มกราคม 2569",
    "",
    "งบประมาณ",
    "กิจกรรมที่ 1 อบรม",
    "- ค่าวัสดุ 10 ชุด x 1,250 บาท = 12,500 บาท",
    "รวมทั้งสิ้น 12,500 บาท",
    "รวมเป็นเงินทั้งสิ้น 13,500 บาท",
  ].join("\n");
  const p = checkProjectText(doc).problems.find((x) => x.code === "stated-total-conflict");
  expect(p?.line).toBe(11);
  expect(p?.message.th).toBe("ยอดรวมทั้งสิ้นที่ระบุไว้สองแห่งไม่เท่ากัน: 12,500 บาท (บรรทัด 10) และ 13,500 บาท ในบรรทัดนี้");
  expect(p?.message.en).toBe("Two stated grand totals differ: 12,500 baht (line 10) and 13,500 baht on this line");
});

test("an activity's subtotal row of an expense-class table is not a second grand total", () => {
  const doc = [
    "โครงการ ทดสอบ",
    "ระยะเวลาดำเนินการ มกราคม 2569",
    "",
    "วิธีดำเนินการ",
    "กิจกรรมที่ 1 ติวเข้ม มกราคม 2569",
    "กิจกรรมที่ 2 จัดหาสื่อ มกราคม 2569",
    "",
    "งบประมาณ",
    "รายการ\tค่าตอบแทน\tค่าใช้สอย\tค่าวัสดุ\tรวม",
    "ติวเข้ม\t12,000\t5,400\t2,000\t19,400",
    "รวมกิจกรรมที่ 1\t12,000\t5,400\t2,000\t19,400",
    "จัดหาสื่อ\t-\t-\t5,600\t5,600",
    "รวมกิจกรรมที่ 2\t-\t-\t5,600\t5,600",
    "รวมทั้งสิ้น\t12,000\t5,400\t7,600\t25,000",
  ].join("\n");
  const r = checkProjectText(doc);
  expect(r.problems.filter((x) => x.code === "stated-total-conflict")).toEqual([]);
  expect(r.plan.project.statedTotal).toBe(2_500_000);
});
