/**
 * Project texts of the classes added after the first corpus (generate.ts writes them with the others):
 * budgets written as prose with every multiplication sign people use in one document, items with
 * sub-items (5.1 over 5.1.1 …) whose parent line states the sum of its children, amounts ending in
 * "บ.", ".-", "-" and "= … บาท" with Thai and Arabic digits mixed inside one line, sections in another
 * order numbered with Thai digits, a budget table of รายการ | จำนวนเงิน only (no factors to check), and
 * Buddhist-era dates written out in full ("1 พฤศจิกายน 2567 – 31 สิงหาคม 2568").
 */
import type { Doc, Entry } from "./generate";

const P = (rule: string, note: string, t: string): Entry => ({ t, planted: [{ rule, note }] });
const C = (note: string, t: string): Entry => ({ t, correct: note });

export const MORE_DOCS: Doc[] = [];

// A. Prose budget lines with "คนละ … บาท", "x", "X", "*", "×", "คูณ" and "@" mixed in one document.
MORE_DOCS.push({
  name: "prose-mixed-signs",
  description: "A school health project (FY2568) whose budget lines are sentences and use every multiplication style in one document: 'คนละ 70 บาท', x, X, *, ×, คูณ, @; block totals per activity. Form: แบบเสนอโครงการ of a school (plan-form.md).",
  lines: [
    "โครงการ ส่งเสริมสุขภาพและสุขอนามัยนักเรียน",
    "ผู้รับผิดชอบโครงการ นางสาวพิมพ์ใจ สุขสม",
    "ระยะเวลาดำเนินการ 1 ตุลาคม 2567 - 30 กันยายน 2568",
    "หลักการและเหตุผล",
    "นักเรียนที่มีสุขภาพดีย่อมเรียนรู้ได้ดี โรงเรียนจึงจัดทำโครงการนี้",
    "วัตถุประสงค์",
    "1. เพื่อพัฒนานักเรียนแกนนำด้านสุขภาพ",
    "2. เพื่อคัดกรองสุขภาพนักเรียนทุกคน",
    "กิจกรรมและระยะเวลาดำเนินการ",
    "1. อบรมนักเรียนแกนนำสุขภาพ ธันวาคม 2567",
    "2. ตรวจสุขภาพนักเรียน มิถุนายน 2568",
    "งบประมาณ 25,000 บาท",
    "รายละเอียดการใช้งบประมาณ",
    "กิจกรรมที่ 1 อบรมนักเรียนแกนนำสุขภาพ",
    C("40 × 70 × 2 = 5,600 in a sentence", "ค่าอาหารกลางวันสำหรับผู้เข้าอบรม จำนวน 40 คน คนละ 70 บาท จำนวน 2 มื้อ เป็นเงิน 5,600 บาท"),
    C("40 x 30 x 4 = 4,800", "ค่าอาหารว่างและเครื่องดื่ม 40 คน x 30 บาท x 4 มื้อ = 4,800 บาท"),
    C("6 X 600 = 3,600", "ค่าตอบแทนวิทยากร 6 ชั่วโมง X 600 บาท = 3,600 บาท"),
    P("line-amount-mismatch", "40 × 45 = 1,800, stated 2,000", "ค่าวัสดุอบรม 40 ชุด * 45 บาท = 2,000 บาท"),
    C("block total right with 1,800", "รวมกิจกรรมที่ 1 เป็นเงิน 15,800 บาท"),
    "กิจกรรมที่ 2 ตรวจสุขภาพนักเรียน",
    C("4 คูณ 850 = 3,400", "ค่าชุดตรวจวัดสายตา 4 ชุด คูณ 850 บาท เป็นเงิน 3,400 บาท"),
    C("320 @ 12 = 3,840", "ค่าสมุดบันทึกสุขภาพ 320 เล่ม @ 12 บาท = 3,840 บาท"),
    C("15 × 25 × 2 = 750", "ค่าอาหารว่างสำหรับอาสาสมัคร 15 คน × 25 บาท × 2 วัน เป็นเงิน 750 บาท"),
    C("block total right", "รวมกิจกรรมที่ 2 เป็นเงิน 7,990 บาท"),
    C("grand total right (with the right 1,800)", "รวมทั้งสิ้น 23,790 บาท"),
    "ผลที่คาดว่าจะได้รับ",
    "นักเรียนมีสุขภาพดี",
  ],
});

// B. Items with sub-items: a parent line states the sum of its children; the children carry the factors.
MORE_DOCS.push({
  name: "sub-items-hierarchy",
  description: "A teacher-training project (FY2567) whose budget items have sub-items: '5.1 ค่าใช้จ่ายในการอบรม เป็นเงิน …' over 5.1.1, 5.1.2 … with the factors; a parent whose stated amount is not the sum of its children, a child with a wrong product. Form: รายละเอียดการใช้งบประมาณ (plan-form.md).",
  lines: [
    "ชื่อโครงการ อบรมเชิงปฏิบัติการการวัดและประเมินผลการเรียนรู้",
    "ผู้รับผิดชอบ นางรัชนี วงศ์ใหญ่",
    "ระยะเวลา 1 ตุลาคม 2566 - 30 กันยายน 2567",
    "1. หลักการและเหตุผล",
    "ครูต้องวัดและประเมินผลได้ตรงตามตัวชี้วัด",
    "2. วัตถุประสงค์",
    "2.1 เพื่อพัฒนาครูด้านการวัดและประเมินผล",
    "3. กิจกรรมและระยะเวลา",
    "3.1 อบรมเชิงปฏิบัติการ มกราคม 2567",
    "4. งบประมาณ",
    "งบประมาณที่ได้รับจัดสรร 30,000 บาท",
    C("a parent item that states the sum of its children (4,800 + 3,600 + 5,000)", "4.1 ค่าใช้จ่ายในการอบรม เป็นเงิน 13,400 บาท"),
    C("60 × 80 × 1 = 4,800", "4.1.1 ค่าอาหารกลางวัน 60 คน × 80 บาท × 1 มื้อ = 4,800 บาท"),
    C("60 × 30 × 2 = 3,600", "4.1.2 ค่าอาหารว่างและเครื่องดื่ม 60 คน × 30 บาท × 2 มื้อ = 3,600 บาท"),
    C("5 × 1,000 = 5,000", "4.1.3 ค่าตอบแทนวิทยากรภายนอก 5 ชั่วโมง × 1,000 บาท = 5,000 บาท"),
    P("subtotal-mismatch", "the children add up to 8,400 (1,200 + 1,800 + 5,400); stated 9,000", "4.2 ค่าวัสดุ เป็นเงิน 9,000 บาท"),
    C("10 × 120 = 1,200", "4.2.1 ค่ากระดาษ A4 10 รีม × 120 บาท = 1,200 บาท"),
    C("4 × 450 = 1,800", "4.2.2 ค่าหมึกพิมพ์ 4 กล่อง × 450 บาท = 1,800 บาท"),
    P("line-amount-mismatch", "60 × 90 = 5,400, stated 5,500", "4.2.3 ค่าวัสดุฝึกปฏิบัติ 60 ชุด × 90 บาท = 5,500 บาท"),
    C("grand total right (13,400 + 8,400)", "รวมทั้งสิ้น 21,800 บาท"),
    "5. ผลที่คาดว่าจะได้รับ",
    "ครูวัดและประเมินผลได้ตรงตามตัวชี้วัด",
  ],
});

// C. Amount endings "บ.", "บ", ".-", "-", "= … บาท" and Thai and Arabic digits mixed inside one line.
MORE_DOCS.push({
  name: "mixed-digits-endings",
  description: "A library corner project (FY2568) typed by several people: Thai and Arabic digits mixed within one line ('๓๐ คน x 60 บาท = 1,800 บ.'), amounts ending in 'บ.', 'บ', '.-', '-' and '= … บาท', a lump sum written '= 600.- บาท'. Form: ประมาณการค่าใช้จ่าย (plan-form.md).",
  lines: [
    "โครงการ มุมรักการอ่านในห้องเรียน",
    "ผู้รับผิดชอบโครงการ นายสมพงษ์ ใจงาม",
    "ระยะเวลาดำเนินการ พฤศจิกายน 2567 - สิงหาคม 2568",
    "วัตถุประสงค์",
    "1. เพื่อจัดมุมหนังสือในทุกห้องเรียน",
    "กิจกรรม",
    "1. จัดมุมรักการอ่าน พฤศจิกายน 2567",
    "งบประมาณ ๑๕,๐๐๐ บาท",
    "ประมาณการค่าใช้จ่าย",
    C("๓๐ × 60 = 1,800 (Thai and Arabic digits in one line, 'บ.')", "- ค่าอาหารกลางวัน ๓๐ คน x 60 บาท = 1,800 บ."),
    C("30 × ๒๕ × ๒ = ๑,๕๐๐ ('.-')", "- ค่าอาหารว่าง 30 คน x ๒๕ บาท x ๒ มื้อ = ๑,๕๐๐.-"),
    C("๘ × 650 = 5,200 (ending '-')", "- ค่าชั้นวางหนังสือ ๘ ชุด x 650 บาท = 5,200-"),
    C("2 × 450 = 900 ('บ' without a dot)", "- ค่าป้ายไวนิล 2 ป้าย x ๔๕๐ บาท = 900 บ"),
    P("line-amount-mismatch", "30 × 10 = 300, stated 350", "- ค่าเกียรติบัตร ๓๐ แผ่น x 10 บาท เป็นเงิน = 350 บาท"),
    C("a lump sum written '= 600.- บาท'", "- ค่าถ่ายเอกสาร = 600.- บาท"),
    C("total right with 300 (1,800 + 1,500 + 5,200 + 900 + 300 + 600)", "รวมเป็นเงิน ๑๐,๓๐๐ บ."),
  ],
});

// D. Sections in another order (budget before activities, the period at the end), numbered with Thai digits.
MORE_DOCS.push({
  name: "sections-reordered",
  description: "A scout-camp project (FY2568) whose sections come in another order than the form's (งบประมาณ before กิจกรรม, ระยะเวลา at the end), section numbers in Thai digits and figures in Arabic digits; the lines add up to more than the allocation; an activity in October 2568, after the fiscal year. Form: แบบเสนอโครงการ (plan-form.md).",
  lines: [
    "ชื่อโครงการ ค่ายลูกเสือ เนตรนารี",
    "ผู้รับผิดชอบโครงการ นายธนากร พูนสุข",
    "๑. หลักการและเหตุผล",
    "กิจกรรมลูกเสือช่วยพัฒนาความมีระเบียบวินัยของนักเรียน",
    "๒. งบประมาณ",
    P("over-allocation", "the lines add up to 21,600, the allocation is 20,000", "งบประมาณที่ได้รับจัดสรร 20,000 บาท"),
    "กิจกรรมที่ 1 เตรียมความพร้อมผู้กำกับ",
    C("12 × 30 × 2 = 720", "- ค่าอาหารว่างผู้กำกับ 12 คน × 30 บาท × 2 มื้อ = 720 บาท"),
    C("3 × 360 = 1,080", "- ค่าวัสดุเตรียมค่าย 3 ชุด × 360 บาท = 1,080 บาท"),
    "กิจกรรมที่ 2 เข้าค่ายพักแรม",
    C("90 × 60 × 3 = 16,200", "- ค่าอาหาร 90 คน × 60 บาท × 3 มื้อ = 16,200 บาท"),
    C("2 × 1,800 = 3,600", "- ค่าเช่าเต็นท์ 2 หลัง × 1,800 บาท = 3,600 บาท"),
    C("grand total right", "รวมทั้งสิ้น 21,600 บาท"),
    "๓. วัตถุประสงค์",
    "๓.๑ เพื่อฝึกความมีระเบียบวินัย",
    "๔. กิจกรรมและระยะเวลา",
    "1. เตรียมความพร้อมผู้กำกับ มกราคม 2568",
    P("schedule-outside-period", "October 2568 is after the project period (FY2568 ends September 2568)", "2. เข้าค่ายพักแรม ตุลาคม 2568"),
    "๕. ระยะเวลาดำเนินการ ตุลาคม 2567 - กันยายน 2568",
    "๖. ผลที่คาดว่าจะได้รับ",
    "นักเรียนมีระเบียบวินัย",
  ],
});

// E. A budget table of รายการ | จำนวนเงิน only: counts in an item's name are not factors to check.
MORE_DOCS.push({
  name: "amounts-only-table",
  description: "A sports-day project (FY2567) whose budget is a tab table with two columns, รายการ | จำนวนเงิน (บาท), no unit costs: counts inside an item's name ('(30 คน x 2 มื้อ)') are description, not factors, so no line can be checked; the stated total is wrong. Form: ประมาณการค่าใช้จ่าย (plan-form.md).",
  lines: [
    "โครงการ กีฬาสีภายในโรงเรียน",
    "ผู้รับผิดชอบโครงการ นายชาญชัย แข็งแรง",
    "ระยะเวลาดำเนินการ ตุลาคม 2566 - กันยายน 2567",
    "วัตถุประสงค์",
    "1. เพื่อส่งเสริมการออกกำลังกาย",
    "กิจกรรม",
    "1. แข่งขันกีฬาสี ธันวาคม 2566",
    "งบประมาณ 15,000 บาท",
    "ประมาณการค่าใช้จ่าย",
    "รายการ\tจำนวนเงิน (บาท)",
    C("no factors: the counts in the name describe it", "ค่าอาหารว่างกรรมการ (30 คน x 2 มื้อ)\t1,500"),
    C("no unit cost", "ค่าถ้วยรางวัลและเหรียญรางวัล 4 ประเภท\t4,800"),
    C("no unit cost", "ค่าเช่าเครื่องเสียง 2 วัน\t3,000"),
    C("no unit cost", "ค่าวัสดุอุปกรณ์กีฬา\t2,750"),
    P("total-mismatch", "the lines add up to 12,050, stated 12,500", "รวม\t12,500"),
  ],
});

// F. Buddhist-era dates written out in full, day ranges, an activity after the period, a snack over the ceiling.
MORE_DOCS.push({
  name: "dates-written-out",
  description: "A district office's supervision project (FY2568) with dates written out in full ('1 พฤศจิกายน 2567 – 31 สิงหาคม 2568', '20–22 มกราคม พ.ศ. 2568'); an activity dated after the period; a snack at 50 baht in the office's own meeting room (ceiling 35 at a government venue). Form: แบบเสนอโครงการ of a สพป. (plan-form.md).",
  lines: [
    "ชื่อโครงการ นิเทศติดตามการจัดการเรียนรู้ในสถานศึกษา",
    "หน่วยงาน กลุ่มนิเทศ ติดตามและประเมินผลการจัดการศึกษา",
    "ผู้รับผิดชอบ นางสาวจันทร์เพ็ญ รุ่งเรือง",
    "ระยะเวลาดำเนินการ 1 พฤศจิกายน 2567 – 31 สิงหาคม 2568",
    "หลักการและเหตุผล",
    "การนิเทศช่วยให้ครูพัฒนาการจัดการเรียนรู้อย่างต่อเนื่อง",
    "วัตถุประสงค์",
    "1. เพื่อนิเทศติดตามสถานศึกษาในสังกัด",
    "กิจกรรมและระยะเวลา",
    C("a one-day date written out", "1. ประชุมชี้แจงคณะนิเทศ วันที่ 15 พฤศจิกายน 2567"),
    C("a day range in one month with พ.ศ.", "2. นิเทศติดตามในสถานศึกษา วันที่ 20–22 มกราคม พ.ศ. 2568"),
    P("schedule-outside-period", "15 September 2568 is after the period (ends 31 August 2568)", "3. สรุปและรายงานผล วันที่ 15 กันยายน 2568"),
    "งบประมาณ 25,000 บาท",
    "รายละเอียดการใช้งบประมาณ",
    "กิจกรรมที่ 1 ประชุมชี้แจงคณะนิเทศ ณ ห้องประชุม สพป.",
    P("rate-over-ceiling", "a snack at 50 baht in the office's meeting room: ceiling 35 at a government venue", "- ค่าอาหารว่างและเครื่องดื่ม 25 คน × 50 บาท × 2 มื้อ = 2,500 บาท"),
    C("25 × 120 = 3,000: a meeting meal at the ceiling", "- ค่าอาหารกลางวัน 25 คน × 120 บาท × 1 มื้อ = 3,000 บาท"),
    "กิจกรรมที่ 2 นิเทศติดตามในสถานศึกษา",
    C("8 × 3 × 240 = 5,760: per diem at the rate", "- ค่าเบี้ยเลี้ยง 8 คน × 3 วัน × 240 บาท = 5,760 บาท"),
    C("3 × 3 × 1,000 = 9,000: fuel, actual cost", "- ค่าน้ำมันเชื้อเพลิง 3 คัน × 3 วัน × 1,000 บาท = 9,000 บาท"),
    "กิจกรรมที่ 3 สรุปและรายงานผล",
    C("10 × 60 = 600", "- ค่าจัดทำรูปเล่มรายงาน 10 เล่ม × 60 บาท = 600 บาท"),
    C("grand total right", "รวมทั้งสิ้น 20,860 บาท"),
  ],
});

// G. A two-column budget (รายการ … จำนวนเงิน) aligned with one wide run of spaces, no tabs.
MORE_DOCS.push({
  name: "spaces-two-columns",
  description: "A sports-day project (FY2567) typed in a plain editor: the budget is two columns, รายการ and จำนวนเงิน, aligned with one wide run of spaces (no tabs, no unit costs); counts in an item's name are not factors; the stated total is wrong. Form: ประมาณการค่าใช้จ่าย (plan-form.md).",
  lines: [
    "โครงการ กีฬาสีสัมพันธ์",
    "ผู้รับผิดชอบโครงการ นายชาญชัย แข็งแรง",
    "ระยะเวลาดำเนินการ ตุลาคม 2566 - กันยายน 2567",
    "กิจกรรม",
    "1. แข่งขันกีฬาสี ธันวาคม 2566",
    "งบประมาณ 15,000 บาท",
    "ประมาณการค่าใช้จ่าย",
    "รายการ                                   จำนวนเงิน (บาท)",
    C("no factors: the counts in the name describe it", "ค่าอาหารว่างกรรมการ (30 คน x 2 มื้อ)          1,500"),
    C("no unit cost", "ค่าถ้วยรางวัล 4 ประเภท                         4,800"),
    C("no unit cost", "ค่าเช่าเครื่องเสียง 2 วัน                        3,000"),
    P("total-mismatch", "the lines add up to 9,300, stated 9,500", "รวม                                          9,500"),
  ],
});

// H. A numbered item with an amount over bulleted sub-items that carry the factors.
MORE_DOCS.push({
  name: "bullet-sub-items",
  description: "A teacher-training project (FY2568) whose numbered budget items carry their sub-items as bullets: '1. ค่าอาหาร จำนวน 30 คน 2 วันๆ ละ 3 มื้อ รวม 8,100 บาท' over '- อาหารกลางวัน 30 คน x 2 วัน x 80 บาท = 4,800 บาท' …; the item's stated sum is not its sub-items' (a meal left out); 'ๆ ละ' for each. Form: รายละเอียดการใช้งบประมาณ (plan-form.md).",
  lines: [
    "โครงการ อบรมครูด้านการจัดการเรียนรู้เชิงรุก",
    "ผู้รับผิดชอบโครงการ นางสาวอัญชลี ศรีงาม",
    "ระยะเวลาดำเนินการ 1 ธันวาคม 2567 - 31 มีนาคม 2568",
    "กิจกรรม",
    "1. อบรมครู มกราคม 2568",
    "งบประมาณ 20,000 บาท",
    "รายละเอียดการใช้งบประมาณ",
    P("subtotal-mismatch", "the sub-items add up to 7,800 (4,800 + 3,000); stated 8,100", "1. ค่าอาหาร จำนวน 30 คน 2 วันๆ ละ 3 มื้อ รวม 8,100 บาท"),
    C("30 × 2 × 80 = 4,800", "   - อาหารกลางวัน 30 คน x 2 วัน x 80 บาท = 4,800 บาท"),
    C("30 × 2 × 2 × 25 = 3,000", "   - อาหารว่าง 30 คน x 2 วัน x 2 มื้อ x 25 บาท = 3,000 บาท"),
    C("6 × 600 = 3,600 with 'ๆ ละ'", "2. ค่าตอบแทนวิทยากร 6 ชั่วโมงๆ ละ 600 บาท เป็นเงิน 3,600 บาท"),
    C("lump sum", "3. ค่าวัสดุ 1,500 บาท"),
    C("grand total right (7,800 + 3,600 + 1,500)", "รวมทั้งสิ้น 12,900 บาท"),
  ],
});

// I. Items whose names carry numbers that are not factors: sizes, paper weight, a year, a model number, a
//    length, a per-person price for several days written "(2 วัน)".
MORE_DOCS.push({
  name: "item-details-numbers",
  description: "A library project (FY2568) whose item names carry numbers that are not factors — a size '1.2 x 2.4 เมตร', 'A4 80 แกรม', 'ปี 2568', a model 'HP 680', 'ยาว 305 เมตร', '16 นิ้ว', '60x120 ซม.' — and a per-person price for two days written 'คนละ 260 บาท (2 วัน)'; one product is wrong. Form: รายละเอียดการใช้งบประมาณ (plan-form.md).",
  lines: [
    "โครงการ พัฒนาห้องสมุดมีชีวิต",
    "ผู้รับผิดชอบโครงการ นางสาววารุณี ทองคำ",
    "ระยะเวลาดำเนินการ ตุลาคม 2567 - กันยายน 2568",
    "กิจกรรม",
    "1. ปรับปรุงห้องสมุด มกราคม 2568",
    "งบประมาณ 30,000 บาท",
    "รายละเอียดการใช้งบประมาณ",
    C("2 × 500 = 1,000; the size is not a factor", "- ค่าป้ายไวนิล ขนาด 1.2 x 2.4 เมตร จำนวน 2 ป้าย ป้ายละ 500 บาท เป็นเงิน 1,000 บาท"),
    C("10 × 120 = 1,200; 80 แกรม is the paper", "- ค่ากระดาษ A4 80 แกรม 10 รีม x 120 บาท = 1,200 บาท"),
    C("2 × 450 = 900; the year is not a factor", "- ค่าจ้างเหมาจัดทำป้าย ปี 2568 จำนวน 2 ป้าย x 450 บาท = 900 บาท"),
    C("30 × 260 = 7,800: 260 a person for the two days", "- ค่าอาหารและอาหารว่าง 30 คน คนละ 260 บาท (2 วัน) เป็นเงิน 7,800 บาท"),
    C("50 × 20 × 0.50 = 500", "- ค่าถ่ายเอกสาร 50 ชุด ชุดละ 20 หน้า หน้าละ 0.50 บาท = 500 บาท"),
    C("1 × 3,500; the length is not a factor", "- ค่าสายแลน CAT6 ยาว 305 เมตร 1 กล่อง x 3,500 บาท = 3,500 บาท"),
    C("4 × 450 = 1,800; the model number is not a factor", "- ค่าหมึกพิมพ์ HP 680 จำนวน 4 ตลับ x 450 บาท = 1,800 บาท"),
    P("line-amount-mismatch", "4 × 1,200 = 4,800, stated 5,000", "- ค่าพัดลมติดผนัง ขนาด 16 นิ้ว 4 ตัว x 1,200 บาท = 5,000 บาท"),
    C("2 × 2,500 = 5,000; the size is not a factor", "- ค่าโต๊ะ ขนาด 60x120 ซม. 2 ตัว ตัวละ 2,500 บาท = 5,000 บาท"),
    C("grand total right (with 4,800)", "รวมทั้งสิ้น 26,500 บาท"),
  ],
});
