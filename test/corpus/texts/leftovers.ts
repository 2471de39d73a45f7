/**
 * Project texts of the classes of the last leftovers of issue 9 (generate.ts writes them with the others):
 * - budget lines with counts and an amount but no price ("20 คน x 2 วัน เป็นเงิน 4,000", "30 คน 2 มื้อ รวม
 *   4,200 บาท", a table with a quantity column and no unit-cost column): the unit cost is the amount ÷ the
 *   counts when that divides to whole satang, and the rate checks judge it; when it does not divide the
 *   line is only noted (never a finding that counts);
 * - a meal line held at a hotel ("ค่าอาหารกลางวัน (โรงแรม)") in a training at a school: that training's food
 *   is judged at the private-venue ceiling.
 */
import type { Doc, Entry } from "./generate";

const P = (rule: string, note: string, t: string): Entry => ({ t, planted: [{ rule, note }] });
const C = (note: string, t: string): Entry => ({ t, correct: note });

export const LEFTOVER_DOCS: Doc[] = [];

// A. Prose, Arabic digits, a training: counts with "เป็นเงิน"/"รวม" and no price.
LEFTOVER_DOCS.push({
  name: "counts-no-price-prose",
  description:
    "A teacher training (FY2568) whose budget lines give counts and an amount but no price ('20 คน x 2 วัน เป็นเงิน 4,000 บาท', '30 คน 2 มื้อ รวม 4,200 บาท'); the unit cost is derived (amount ÷ counts) and judged: snacks at 50 and an outside speaker at 1,500 an hour are over their ceilings; a line that does not divide (1,000 ÷ 30) is only noted. Form: แบบเสนอโครงการ of a school (plan-form.md).",
  lines: [
    "โครงการ  อบรมเชิงปฏิบัติการการจัดการเรียนรู้เชิงรุก",
    "ผู้รับผิดชอบ  นางสาวกนกพร ใจดี",
    "ระยะเวลาดำเนินการ  มกราคม – กุมภาพันธ์ 2568",
    "งบประมาณ  30,000 บาท",
    "1. หลักการและเหตุผล",
    "     ครูต้องพัฒนาการจัดการเรียนรู้เชิงรุกให้นักเรียนได้ลงมือปฏิบัติ",
    "2. กิจกรรมและระยะเวลา",
    "ที่\tกิจกรรม\tระยะเวลา\tผู้รับผิดชอบ",
    "1\tอบรมเชิงปฏิบัติการ\tม.ค. 2568\tนางสาวกนกพร ใจดี",
    "2\tนิเทศติดตาม\tก.พ. 2568\tนางสาวกนกพร ใจดี",
    "3. งบประมาณ",
    "กิจกรรมที่ 1 อบรมเชิงปฏิบัติการ",
    C("4,000 ÷ (20 × 2 days) = 100 a day for lunch: within the training food ceiling", "     - ค่าอาหารกลางวัน 20 คน x 2 วัน เป็นเงิน 4,000 บาท"),
    P("rate-over-ceiling", "4,000 ÷ (20 × 4) = 50 a snack, over 35 at a government venue", "     - ค่าอาหารว่างและเครื่องดื่ม 20 คน x 4 มื้อ เป็นเงิน 4,000 บาท"),
    P("rate-over-ceiling", "9,000 ÷ 6 hours = 1,500 an hour, over 1,200 for an outside speaker (type ข)", "     - ค่าตอบแทนวิทยากรภายนอก 6 ชั่วโมง เป็นเงิน 9,000 บาท"),
    C("3,000 ÷ 20 = 150 a set, materials have no ceiling", "     - ค่าวัสดุอบรม 20 ชุด เป็นเงิน 3,000 บาท"),
    C("1,000 ÷ 30 does not divide: noted, not judged", "     - ค่าถ่ายเอกสาร 30 ชุด เป็นเงิน 1,000 บาท"),
    C("block total right", "     รวม 21,000 บาท"),
    "กิจกรรมที่ 2 นิเทศติดตาม",
    C("4,200 ÷ (30 × 2) = 70 a meal (a meeting meal, 120)", "     - ค่าอาหาร 30 คน 2 มื้อ รวม 4,200 บาท"),
    C("2,100 ÷ (30 × 2) = 35 a snack, at the ceiling", "     - ค่าอาหารว่าง 30 คน 2 มื้อ รวม 2,100 บาท"),
    C("2,700 ÷ 30 = 90 a booklet", "     - ค่าเอกสารนิเทศ 30 เล่ม เป็นเงิน 2,700 บาท"),
    C("block total right", "     รวม 9,000 บาท"),
    C("grand total right", "รวมทั้งสิ้น 30,000 บาท (สามหมื่นบาทถ้วน)"),
    "4. ผลที่คาดว่าจะได้รับ",
    "     ครูจัดการเรียนรู้เชิงรุกได้",
  ],
});

// B. Thai digits, a meeting, "=" and ".-", counts with no price.
LEFTOVER_DOCS.push({
  name: "counts-no-price-thai-digits",
  description:
    "A parents' meeting (FY2568) written with Thai digits; budget lines give counts and the amount with '=', '.-' and 'เป็นเงิน' but no price; lunch at 7,500 for 50 people (150 a meal) is over the meeting-meal rate; a lodging line per room is within it; hire lines have no ceiling. Form: แบบเสนอโครงการ (plan-form.md).",
  thaiDigits: true,
  lines: [
    "ชื่อโครงการ ประชุมเครือข่ายผู้ปกครองนักเรียน",
    "ผู้รับผิดชอบโครงการ นายสมชาย ทองดี",
    "ระยะเวลาดำเนินการ 1 – 30 พฤศจิกายน 2567",
    "งบประมาณ 19,900 บาท",
    "หลักการและเหตุผล",
    "โรงเรียนต้องสร้างความร่วมมือกับผู้ปกครองในการดูแลนักเรียน",
    "กิจกรรมและระยะเวลาดำเนินการ",
    "1. ประชุมเครือข่ายผู้ปกครอง พฤศจิกายน 2567",
    "รายละเอียดการใช้งบประมาณ",
    P("rate-over-ceiling", "7,500 ÷ (50 × 1) = 150 a meal, over the meeting meal of 120", "1) ค่าอาหารกลางวัน 50 คน 1 มื้อ เป็นเงิน 7,500 บาท"),
    C("3,500 ÷ (50 × 2) = 35 a snack", "2) ค่าอาหารว่างและเครื่องดื่ม 50 คน × 2 มื้อ = 3,500.-"),
    C("4,000 ÷ (2 rooms × 2 nights) = 1,000 a room a night: within the single-room rate", "3) ค่าที่พักวิทยากร 2 ห้อง 2 คืน เป็นเงิน 4,000 บาท"),
    C("hire, no ceiling", "4) ค่าจ้างเหมารถตู้ 2 คัน × 1 วัน = 3,600 บาท"),
    C("1,300 ÷ 3 does not divide: noted only", "5) ค่าป้ายไวนิล 3 ผืน เป็นเงิน 1,300 บาท"),
    C("grand total right", "รวมทั้งสิ้น 19,900 บาท"),
    "ผลที่คาดว่าจะได้รับ",
    "ผู้ปกครองมีส่วนร่วมในการดูแลนักเรียน",
  ],
});

// C. A tab table with a quantity column and no unit-cost column.
LEFTOVER_DOCS.push({
  name: "counts-no-price-table-tabs",
  description:
    "A meeting (FY2568) copied out of Word: the budget table has รายการ | จำนวน | หน่วย | จำนวนเงิน (บาท) and no unit-cost column; each row's unit cost is its amount ÷ its count: the lunch at 150 a person is over the meeting-meal rate, a wrong total is planted. Form: ประมาณการค่าใช้จ่าย (plan-form.md).",
  lines: [
    "โครงการ\tประชุมผู้ปกครองนักเรียนชั้นเรียน",
    "ผู้รับผิดชอบ\tนางวันเพ็ญ ศรีสุข",
    "ระยะเวลาดำเนินการ\tพฤศจิกายน 2567",
    "งบประมาณ\t12,000 บาท",
    "1. หลักการและเหตุผล",
    "\tโรงเรียนต้องสร้างความร่วมมือกับผู้ปกครอง",
    "2. กิจกรรมและระยะเวลา",
    "ที่\tกิจกรรม\tระยะเวลา\tผู้รับผิดชอบ",
    "1\tประชุมผู้ปกครองชั้นเรียน\tพ.ย. 2567\tนางวันเพ็ญ ศรีสุข",
    "3. งบประมาณ",
    "ที่\tรายการ\tจำนวน\tหน่วย\tจำนวนเงิน (บาท)",
    P("rate-over-ceiling", "9,000 ÷ 60 = 150 a person, over the meeting meal of 120", "1\tค่าอาหารกลางวันผู้ปกครอง\t60\tคน\t9,000"),
    C("2,100 ÷ 60 = 35", "2\tค่าอาหารว่างและเครื่องดื่ม\t60\tคน\t2,100"),
    C("900 ÷ 60 = 15 a set", "3\tค่าเอกสารประกอบการประชุม\t60\tชุด\t900"),
    P("total-mismatch", "the rows add up to 12,000; stated 12,500", "\tรวมทั้งสิ้น\t\t\t12,500"),
    "4. ผลที่คาดว่าจะได้รับ",
    "\tผู้ปกครองร่วมมือกับโรงเรียน",
  ],
});

// D. Meals at a hotel in a training: the venue of those lines decides the ceiling.
LEFTOVER_DOCS.push({
  name: "hotel-meal-lines",
  description:
    "A two-activity teacher training (FY2568) whose project names no place; the meal lines of activity 1 say '(โรงแรม)', so that training's food is judged at the private-venue ceiling (700 a day with not all meals): lunch 400 + dinner 300 is within it (at a government venue it would be over 400); activity 2 at a hotel, lunch 500 + dinner 400 = 900 a day, is over 700; the snack line with (โรงแรม) is judged at 50. Form: แบบเสนอโครงการ (plan-form.md).",
  lines: [
    "โครงการ  อบรมเชิงปฏิบัติการพัฒนาหลักสูตรสถานศึกษา",
    "ผู้รับผิดชอบ  นางสาวรัชนี พรหมวงศ์",
    "ระยะเวลาดำเนินการ  ธันวาคม 2567 – มกราคม 2568",
    "งบประมาณ  94,000 บาท",
    "1. หลักการและเหตุผล",
    "     โรงเรียนต้องปรับหลักสูตรสถานศึกษาให้ทันสมัย",
    "2. กิจกรรมและระยะเวลา",
    "ที่\tกิจกรรม\tระยะเวลา\tผู้รับผิดชอบ",
    "1\tอบรมเชิงปฏิบัติการพัฒนาหลักสูตร\tธ.ค. 2567\tนางสาวรัชนี พรหมวงศ์",
    "2\tอบรมเชิงปฏิบัติการจัดทำหน่วยการเรียนรู้\tม.ค. 2568\tนางสาวรัชนี พรหมวงศ์",
    "3. งบประมาณ",
    "กิจกรรมที่ 1 อบรมเชิงปฏิบัติการพัฒนาหลักสูตร",
    C("400 a day for lunch at a hotel: with dinner 700 a day, within the private-venue 700", "     - ค่าอาหารกลางวัน (โรงแรม) 30 คน x 2 วัน x 400 บาท เป็นเงิน 24,000 บาท"),
    C("300 for dinner at a hotel", "     - ค่าอาหารเย็น (โรงแรม) 30 คน x 2 มื้อ x 300 บาท เป็นเงิน 18,000 บาท"),
    C("50 a snack at a hotel: the private-venue snack rate", "     - ค่าอาหารว่างและเครื่องดื่ม (โรงแรม) 30 คน x 4 มื้อ x 50 บาท เป็นเงิน 6,000 บาท"),
    C("block total right", "     รวม 48,000 บาท"),
    "กิจกรรมที่ 2 อบรมเชิงปฏิบัติการจัดทำหน่วยการเรียนรู้",
    P("rate-over-ceiling", "lunch 500 + dinner 400 = 900 a day at a hotel, over 700 (not all meals)", "     - ค่าอาหารกลางวัน (โรงแรม) 20 คน x 2 วัน x 500 บาท เป็นเงิน 20,000 บาท"),
    C("dinner 400: part of the day's food", "     - ค่าอาหารเย็น (โรงแรม) 20 คน x 2 มื้อ x 400 บาท เป็นเงิน 16,000 บาท"),
    C("50 a snack at a hotel", "     - ค่าอาหารว่างและเครื่องดื่ม (โรงแรม) 20 คน x 4 มื้อ x 50 บาท เป็นเงิน 4,000 บาท"),
    C("3,000 ÷ 20 = 150 a set", "     - ค่าวัสดุ 20 ชุด x 150 บาท เป็นเงิน 3,000 บาท"),
    C("block total right", "     รวม 43,000 บาท"),
    P("total-mismatch", "the blocks add up to 91,000; stated 94,000", "รวมทั้งสิ้น 94,000 บาท"),
    "4. ผลที่คาดว่าจะได้รับ",
    "     หลักสูตรสถานศึกษาทันสมัย",
  ],
});

// E. Amounts in words beside figures: a grand total whose words say another amount, words on the next line.
LEFTOVER_DOCS.push({
  name: "total-words-mismatch",
  description:
    "A reading-promotion project (FY2568) in the official style with amounts in words: the grand total 45,600 is right against the lines but its words say 45,650; the allocation's words are right; a block total has its words on the next line ('(ตัวอักษร …)'), wrong; Thai digits in the figures. Form: แบบเสนอโครงการ (plan-form.md).",
  lines: [
    "ชื่อโครงการ ส่งเสริมนิสัยรักการอ่าน",
    "ผู้รับผิดชอบโครงการ นางสาวสุดา แก้วมณี",
    "ระยะเวลาดำเนินการ พฤศจิกายน 2567 – มีนาคม 2568",
    C("the allocation's words agree", "งบประมาณ ๔๕,๖๐๐ บาท (สี่หมื่นห้าพันหกร้อยบาทถ้วน)"),
    "กิจกรรมและระยะเวลาดำเนินการ",
    "1. จัดซื้อหนังสือ พฤศจิกายน 2567",
    "2. สัปดาห์ห้องสมุด มีนาคม 2568",
    "รายละเอียดการใช้งบประมาณ",
    "กิจกรรมที่ 1 จัดซื้อหนังสือ",
    C("200 × 150", "- ค่าหนังสือเสริมการอ่าน 200 เล่ม x 150 บาท เป็นเงิน 30,000 บาท (สามหมื่นบาทถ้วน)"),
    C("block total right", "รวม 30,000 บาท"),
    "กิจกรรมที่ 2 สัปดาห์ห้องสมุด",
    C("6 × 800", "- ค่ารางวัลการประกวด 6 รางวัล x 800 บาท เป็นเงิน 4,800 บาท"),
    C("1 × 10,800", "- ค่าวัสดุจัดนิทรรศการ 1 ชุด x 10,800 บาท เป็นเงิน 10,800 บาท"),
    C("the figure is right", "รวม 15,600 บาท"),
    P("read-problem", "the words say 16,500, the figure 15,600", "(ตัวอักษร หนึ่งหมื่นหกพันห้าร้อยบาทถ้วน)"),
    P("read-problem", "words 45,650 against the figure 45,600 (right against the lines)", "รวมทั้งสิ้น ๔๕,๖๐๐ บาท (สี่หมื่นห้าพันหกร้อยห้าสิบบาทถ้วน)"),
    "ผลที่คาดว่าจะได้รับ",
    "นักเรียนรักการอ่าน",
  ],
});

// F. A PDF copy: the activity table has no number column and its columns collapsed to single spaces; names of one word.
LEFTOVER_DOCS.push({
  name: "pdf-collapsed-unnumbered-activities",
  description:
    "A sports project (FY2569) copied out of a PDF: every table collapsed to single spaces; the activity table has no number column ('กิจกรรม ระยะเวลา ผู้รับผิดชอบ') and one-word names ('ประชุม', 'แข่งขัน', 'สรุปผล'), so each row's months come from the row itself (no false 'no period'); one activity is outside the project period and one line's amount is wrong.",
  lines: [
    "โครงการ กีฬาภายในสานสัมพันธ์",
    "ผู้รับผิดชอบ นายประเสริฐ ใจกล้า",
    "ระยะเวลา ตุลาคม 2568 - มีนาคม 2569",
    "งบประมาณ 15,000 บาท",
    "1. หลักการและเหตุผล",
    "การแข่งขันกีฬาช่วยให้นักเรียนมีสุขภาพดีและรู้จักการทำงานเป็นทีม",
    "2. วัตถุประสงค์",
    "เพื่อให้นักเรียนออกกำลังกายและมีน้ำใจนักกีฬา",
    "3. กิจกรรมดำเนินการ",
    "กิจกรรม ระยะเวลา ผู้รับผิดชอบ",
    C("a one-word name under an unnumbered header: its month is read", "ประชุม พฤศจิกายน 2568 นายประเสริฐ ใจกล้า"),
    C("one word, abbreviated month", "แข่งขัน ธ.ค. 2568 คณะครูทุกคน"),
    P("schedule-outside-period", "April 2569 is after the period (Oct 2568 - Mar 2569)", "สรุปผล เมษายน 2569 นายประเสริฐ ใจกล้า"),
    "4. รายละเอียดงบประมาณ",
    "ที่ รายการ จำนวน หน่วย ราคา/หน่วย จำนวนเงิน",
    "กิจกรรมที่ 2 แข่งขัน",
    C("12 × 450 = 5,400", "1 ค่าอุปกรณ์กีฬา 12 ชุด 450 5,400"),
    P("line-amount-mismatch", "20 × 150 = 3,000, stated 3,500", "2 ค่าเหรียญรางวัล 20 เหรียญ 150 3,500"),
    C("5 × 600 = 3,000", "3 ค่าถ้วยรางวัล 5 ใบ 600 3,000"),
    "รวม 11,900",
    "กิจกรรมที่ 3 สรุปผล",
    C("30 × 100 = 3,000", "1 ค่าจัดทำรูปเล่มรายงาน 30 เล่ม 100 3,000"),
    C("block total right", "รวม 3,000"),
    "รวมทั้งสิ้น 14,900",
    "5. การประเมินผล",
    "นักเรียนร้อยละ 90 เข้าร่วมการแข่งขัน",
  ],
});

// G. The same class with Thai digits, a budget column and a two-word owner column; names of one word.
LEFTOVER_DOCS.push({
  name: "pdf-collapsed-unnumbered-thai-digits",
  description:
    "A school-garden project (FY2568) copied out of a PDF with Thai digits: the activity table 'กิจกรรม ระยะเวลา งบประมาณ ผู้รับผิดชอบ' has no number column and one-word names, a budget figure in each row; the budget blocks are named, one block total is wrong.",
  thaiDigits: true,
  lines: [
    "โครงการ สวนผักปลอดสารพิษ",
    "ผู้รับผิดชอบ นางมาลี ศรีสวัสดิ์",
    "ระยะเวลา พฤศจิกายน 2567 - สิงหาคม 2568",
    "งบประมาณ 9,000 บาท",
    "1. หลักการและเหตุผล",
    "โรงเรียนใช้พื้นที่ว่างปลูกผักเป็นอาหารกลางวัน",
    "2. กิจกรรมและระยะเวลา",
    "กิจกรรม ระยะเวลา งบประมาณ ผู้รับผิดชอบ",
    C("one word, its months read", "เตรียมดิน พ.ย. 2567 4,000 นางมาลี ศรีสวัสดิ์"),
    C("one word, a range of months", "เพาะปลูก ธ.ค. 2567 - ก.พ. 2568 5,000 นางมาลี ศรีสวัสดิ์"),
    "3. งบประมาณ",
    "กิจกรรมที่ 1 เตรียมดิน",
    C("40 × 100 = 4,000", "- ค่าปุ๋ยอินทรีย์ 40 กระสอบ x 100 บาท เป็นเงิน 4,000 บาท"),
    C("block total right", "รวม 4,000 บาท"),
    "กิจกรรมที่ 2 เพาะปลูก",
    C("50 × 60 = 3,000", "- ค่าเมล็ดพันธุ์ผัก 50 ซอง x 60 บาท เป็นเงิน 3,000 บาท"),
    C("4 × 500 = 2,000", "- ค่าตาข่ายกันแมลง 4 ม้วน x 500 บาท เป็นเงิน 2,000 บาท"),
    P("subtotal-mismatch", "the lines add up to 5,000; stated 5,500", "รวม 5,500 บาท"),
    C("grand total right against the lines", "รวมทั้งสิ้น 9,000 บาท"),
    "4. ผลที่คาดว่าจะได้รับ",
    "นักเรียนมีผักปลอดสารพิษรับประทาน",
  ],
});

// H. Semesters: the school states its own semester dates, which then give the months of "ภาคเรียนที่ 2/2568".
LEFTOVER_DOCS.push({
  name: "semester-school-dates",
  description:
    "A maths camp (academic year 2568) whose period and activities are given as 'ภาคเรียนที่ 2/2568', while the rationale states the school's own semester dates (17 Oct 2568 – 10 Apr 2569): the semester's months are those (an April report is inside the period; with the usual Nov–Mar it would be outside); a May activity is outside; one line's amount is wrong. Tab-separated activity table.",
  lines: [
    "โครงการ ค่ายคณิตศาสตร์สร้างสรรค์",
    "ผู้รับผิดชอบ นางสาวพรทิพย์ ใจงาม",
    "ระยะเวลาดำเนินการ ภาคเรียนที่ 2/2568",
    "งบประมาณ 12,000 บาท",
    "1. หลักการและเหตุผล",
    "ปีการศึกษา 2568 โรงเรียนเปิดภาคเรียนที่ 2 ระหว่างวันที่ 17 ตุลาคม 2568 – 10 เมษายน 2569 ตามปฏิทินของโรงเรียน",
    "2. กิจกรรมและระยะเวลา",
    "ที่\tกิจกรรม\tระยะเวลา\tผู้รับผิดชอบ",
    C("the semester's months are the school's", "1\tค่ายคณิตศาสตร์\tภาคเรียนที่ 2/2568\tนางสาวพรทิพย์ ใจงาม"),
    C("April is within the school's semester 2", "2\tรายงานผลการดำเนินงาน\tเมษายน 2569\tนางสาวพรทิพย์ ใจงาม"),
    P("schedule-outside-period", "May 2569 is after the semester (ends 10 April 2569)", "3\tเผยแพร่ผลงานนักเรียน\tพฤษภาคม 2569\tนางสาวพรทิพย์ ใจงาม"),
    "3. งบประมาณ",
    "กิจกรรมที่ 1 ค่ายคณิตศาสตร์",
    C("30 × 200 = 6,000", "- ค่าวัสดุกิจกรรม 30 ชุด x 200 บาท เป็นเงิน 6,000 บาท"),
    P("line-amount-mismatch", "30 × 25 × 4 = 3,000, stated 3,600", "- ค่าอาหารว่าง 30 คน x 25 บาท x 4 มื้อ เป็นเงิน 3,600 บาท"),
    "กิจกรรมที่ 2 รายงานผลการดำเนินงาน",
    C("30 × 80 = 2,400", "- ค่าจัดทำรูปเล่มรายงาน 30 เล่ม x 80 บาท เป็นเงิน 2,400 บาท"),
    "รวมทั้งสิ้น 12,000 บาท",
  ],
});

// I. The school's semester 1 opened late: a May activity is before it (the usual May–Oct would take it in). Thai digits.
LEFTOVER_DOCS.push({
  name: "semester-dates-late-opening",
  description:
    "A reading project (academic year 2568) written with Thai digits: the project runs 'ภาคเรียนที่ ๑ ปีการศึกษา ๒๕๖๘', and a note states the school's semester 1 as 2 June – 30 September 2568 (a late opening): a May activity is outside the period (the usual May–Oct would accept it), a June one inside. Numbered free-text activity list.",
  thaiDigits: true,
  lines: [
    "โครงการ รักการอ่าน",
    "ผู้รับผิดชอบ นางสาวมณีรัตน์ ทองสุข",
    "ระยะเวลาดำเนินการ ภาคเรียนที่ 1 ปีการศึกษา 2568",
    "งบประมาณ 5,000 บาท",
    "หลักการและเหตุผล",
    "นักเรียนควรอ่านหนังสือทุกวัน ปีนี้โรงเรียนเปิดภาคเรียนที่ 1/2568 ช้ากว่าปกติ (2 มิถุนายน – 30 กันยายน 2568)",
    "กิจกรรมและระยะเวลาดำเนินการ",
    P("schedule-outside-period", "May 2568 is before the school's semester 1 (2 June – 30 September 2568)", "1. ประชุมชี้แจง พฤษภาคม 2568 นางสาวมณีรัตน์ ทองสุข"),
    C("June is inside the semester", "2. บันทึกการอ่าน มิถุนายน – กันยายน 2568 นางสาวมณีรัตน์ ทองสุข"),
    "งบประมาณ",
    "กิจกรรมที่ 2 บันทึกการอ่าน",
    C("100 × 50 = 5,000", "- ค่าสมุดบันทึกการอ่าน 100 เล่ม x 50 บาท เป็นเงิน 5,000 บาท"),
    "รวมทั้งสิ้น 5,000 บาท",
  ],
});

// J. The table of C copied out of a PDF: its columns collapsed to single spaces, no unit-cost column.
const tabsDoc = LEFTOVER_DOCS.find((d) => d.name === "counts-no-price-table-tabs")!;
const collapse = (t: string) => t.replace(/\t+/g, " ").trim();
LEFTOVER_DOCS.push({
  name: "counts-no-price-table-pdf",
  description:
    "The meeting of counts-no-price-table-tabs copied out of a PDF: every table collapsed to single spaces ('ที่ รายการ จำนวน หน่วย จำนวนเงิน (บาท)', rows '1 ค่าอาหารกลางวันผู้ปกครอง 60 คน 9,000'); no unit-cost column, so each row's unit cost is its amount ÷ its count, as in the tabbed copy.",
  lines: tabsDoc.lines.map((e) => (typeof e === "string" ? collapse(e) : { ...e, t: collapse(e.t) })),
});
