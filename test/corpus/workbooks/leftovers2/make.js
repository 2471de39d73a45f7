// Hand-made workbooks of the classes the blind tests left over (wbleft), made by the developers; each writes
// its .xlsx and its key beside it:
// - the calculation written as text in the only description column ("รายละเอียด", "รายละเอียดการใช้จ่าย",
//   "คำอธิบาย"), beside the amount, with no price or count columns (alone, or after the item's name);
// - per diem and lodging with the travellers' staff level stated in the line, its note or the project fields;
// - an allocation with no budget line that can be read; an expense-class row whose class cells do not add up
//   to its own รวม cell.
//   node test/corpus/workbooks/leftovers2/make.js
const ExcelJS = require('exceljs');
const D = 'A hand-made workbook of a class the blind tests left over, made by the developers; ';
const save = require('../make-lib').saveWithKey(__dirname);

// c01: รายการ | รายละเอียดการใช้จ่าย (the calculation) | จำนวนเงิน, "×" and "@", no price/count columns.
async function c01() {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('งบประมาณ');
  s.addRow(['โครงการพัฒนาทักษะการคิดคำนวณ ปีงบประมาณ 2568']);
  s.addRow(['ระยะเวลาดำเนินการ', 'ธันวาคม 2567 - มีนาคม 2568']);
  s.addRow(['งบประมาณที่ได้รับ', 9000]);
  s.addRow([]);
  s.addRow(['ลำดับ', 'รายการ', 'รายละเอียดการใช้จ่าย', 'จำนวนเงิน (บาท)']);
  s.addRow([1, 'ค่าอาหารกลางวัน', '40 คน × 70 บาท × 1 มื้อ', 2800]);
  s.addRow([2, 'ค่าอาหารว่างและเครื่องดื่ม', '40 คน × 2 มื้อ @ 30 บาท', 2600]);
  s.addRow([3, 'ค่าแบบฝึกทักษะ', '40 เล่ม × 45 บาท', 1800]);
  s.addRow([4, 'ค่าวัสดุสำนักงาน', 'เหมาจ่าย', 1000]);
  s.addRow(['', 'รวมทั้งสิ้น', '', 8200]);
  await save(wb, 'c01-item-then-spending-detail', {
    description: D + 'a numeracy project (FY2568): รายการ | รายละเอียดการใช้จ่าย | จำนวนเงิน, the calculation written in the detail column with × and "@ 30 บาท"; the snack line is 40 × 2 × 30 = 2,400 typed 2,600.',
    planted: [{ rule: 'line-amount-mismatch', at: 'งบประมาณ!D7', note: '40 × 2 × 30 = 2,400 typed 2,600' }],
    correct: [
      { at: 'งบประมาณ!D6', note: '40 × 70 = 2,800' },
      { at: 'งบประมาณ!D8', note: '40 × 45 = 1,800' },
      { at: 'งบประมาณ!D9', note: 'lump sum' },
      { at: 'งบประมาณ!D10', note: 'total as written' },
    ],
  });
}

// c02: one description column "รายละเอียด" holding the item and its calculation, Thai digits as text.
async function c02() {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('Sheet1');
  s.addRow(['โครงการส่งเสริมสุขภาพอนามัยนักเรียน ประจำปีงบประมาณ ๒๕๖๘']);
  s.addRow(['ระยะเวลา', 'มกราคม ๒๕๖๘']);
  s.addRow(['งบประมาณ', '๗,๐๐๐ บาท']);
  s.addRow([]);
  s.addRow(['ที่', 'รายละเอียด', 'จำนวนเงิน (บาท)', 'หมายเหตุ']);
  s.addRow(['๑', 'ค่าอาหารว่างและเครื่องดื่ม ๕๐ คน × ๓๕ บาท × ๒ มื้อ', '๓,๕๐๐', '']);
  s.addRow(['๒', 'ค่าป้ายไวนิล ๒ ป้าย x ๕๐๐ บาท', '๑,๒๐๐', '']);
  s.addRow(['๓', 'ค่าชุดตรวจสุขภาพ ๕๐ ชุด x ๔๐ บาท', '๒,๐๐๐', '']);
  s.addRow(['', 'รวม', '๖,๗๐๐', '']);
  await save(wb, 'c02-detail-holds-item-and-calc', {
    description: D + 'a health project (FY2568, Thai digits typed as text): ที่ | รายละเอียด | จำนวนเงิน | หมายเหตุ, the only description column holding the item and its calculation in one cell; the banner line is 2 × 500 = 1,000 typed 1,200.',
    planted: [{ rule: 'line-amount-mismatch', at: 'Sheet1!C7', note: '2 × 500 = 1,000 typed 1,200' }],
    correct: [
      { at: 'Sheet1!C6', note: '50 × 35 × 2 = 3,500' },
      { at: 'Sheet1!C8', note: '50 × 40 = 2,000' },
      { at: 'Sheet1!C9', note: 'total as written' },
    ],
  });
}

// c03: กิจกรรม blocks; รายการ | คำอธิบาย | งบประมาณ (บาท) | หมวดรายจ่าย, the calculation in คำอธิบาย.
async function c03() {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('รายละเอียดงบ');
  s.addRow(['โครงการยกระดับผลสัมฤทธิ์ทางการเรียน ปีงบประมาณ 2568']);
  s.addRow(['ระยะเวลา', 'พฤศจิกายน 2567 - สิงหาคม 2568']);
  s.addRow(['งบประมาณที่ได้รับจัดสรร', 20000]);
  s.addRow([]);
  s.addRow(['รายการ', 'คำอธิบาย', 'งบประมาณ (บาท)', 'หมวดรายจ่าย']);
  s.addRow(['กิจกรรมที่ 1 ติวเข้มก่อนสอบ']);
  s.addRow(['ค่าตอบแทนวิทยากรภายนอก', '6 ชม. x 600 บาท', 3600, 'ค่าตอบแทน']);
  s.addRow(['ค่าอาหารว่างและเครื่องดื่ม', '60 คน x 30 บาท x 2 มื้อ', 3900, 'ค่าใช้สอย']);
  s.addRow(['กิจกรรมที่ 2 สอบวัดความรู้']);
  s.addRow(['ค่าถ่ายเอกสารข้อสอบ', '120 ชุด x 25 บาท', 3000, 'ค่าใช้สอย']);
  s.addRow(['ค่าวัสดุ', 'เหมาจ่าย', 2500, 'ค่าวัสดุ']);
  s.addRow(['รวมทั้งสิ้น', '', 13000, '']);
  await save(wb, 'c03-explanation-column', {
    description: D + 'a tutoring project (FY2568) in activity blocks: รายการ | คำอธิบาย | งบประมาณ | หมวดรายจ่าย, the calculation written in the คำอธิบาย column; the snack line is 60 × 30 × 2 = 3,600 typed 3,900.',
    planted: [{ rule: 'line-amount-mismatch', at: 'รายละเอียดงบ!C8', note: '60 × 30 × 2 = 3,600 typed 3,900' }],
    correct: [
      { at: 'รายละเอียดงบ!C7', note: '6 × 600 = 3,600' },
      { at: 'รายละเอียดงบ!C10', note: '120 × 25 = 3,000' },
      { at: 'รายละเอียดงบ!C11', note: 'lump sum' },
      { at: 'รายละเอียดงบ!C12', note: 'total as written' },
    ],
  });
}


// u01: the allocation stated, the budget table's amounts left blank on every row (to be costed later).
async function u01() {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('แผนงาน');
  s.addRow(['โครงการปรับปรุงภูมิทัศน์โรงเรียน ปีงบประมาณ 2568']);
  s.addRow(['ระยะเวลา', 'มกราคม - มีนาคม 2568']);
  s.addRow(['งบประมาณที่ได้รับจัดสรร', 25000]);
  s.addRow([]);
  s.addRow(['ที่', 'รายการ', 'จำนวน', 'ราคาต่อหน่วย', 'จำนวนเงิน']);
  s.addRow([1, 'ค่าต้นไม้ประดับ', '', '', '']);
  s.addRow([2, 'ค่าดินปลูกและปุ๋ย', '', '', '']);
  s.addRow([3, 'ค่าจ้างเหมาแรงงาน', '', '', '']);
  s.addRow(['', 'รวม', '', '', '']);
  await save(wb, 'u01-allocation-no-amounts', {
    description: D + 'a landscaping project (FY2568) that states its allocation (25,000) while every amount of its budget table is still blank: nothing can be checked, which is said at the allocation cell (not "25,000 not planned").',
    planted: [{ rule: 'read-problem', at: 'แผนงาน!B3', note: 'allocation stated, no budget line read' }],
    correct: [{ at: 'แผนงาน!B6', note: 'an item with no amount yet: no finding of its own' }],
  });
}

// u02: the allocation stated in a sentence, the amounts written as words on every row.
async function u02() {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('Sheet1');
  s.addRow(['โครงการห้องเรียนสีเขียว']);
  s.addRow(['ปีงบประมาณ', 2568]);
  s.addRow(['งบประมาณ', '12,000 บาท']);
  s.addRow([]);
  s.addRow(['ลำดับ', 'รายการ', 'จำนวนเงิน (บาท)']);
  s.addRow([1, 'ค่าวัสดุปลูกผัก', 'ตามจริง']);
  s.addRow([2, 'ค่าอุปกรณ์รดน้ำ', 'ตามใบเสร็จ']);
  await save(wb, 'u02-allocation-amounts-in-words', {
    description: D + 'a green-classroom project (FY2568): the allocation is stated, the amount cells hold words (ตามจริง, ตามใบเสร็จ): each is a bad number, and the budget as a whole is said to be unread at the allocation cell.',
    planted: [
      { rule: 'read-problem', at: 'Sheet1!B3', note: 'allocation stated, no budget line read' },
      { rule: 'bad-number', at: 'Sheet1!C6', note: 'ตามจริง' },
      { rule: 'bad-number', at: 'Sheet1!C7', note: 'ตามใบเสร็จ' },
    ],
    correct: [{ at: 'Sheet1!B6', note: 'the item itself' }],
  });
}

// s01: amounts split by expense class with a รวม column; one line's class cells miss its own รวม cell.
async function s01() {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('งบประมาณ');
  s.addRow(['โครงการพัฒนาครูสู่ครูมืออาชีพ ปีงบประมาณ 2568']);
  s.addRow(['ระยะเวลา', 'ธันวาคม 2567']);
  s.addRow(['งบประมาณที่ได้รับจัดสรร', 30000]);
  s.addRow([]);
  s.addRow(['ที่', 'รายการ', 'ค่าตอบแทน', 'ค่าใช้สอย', 'ค่าวัสดุ', 'รวม']);
  s.addRow([1, 'อบรมการสอนแบบ Active Learning', 7200, 8000, 1500, 17700]);
  s.addRow([2, 'จัดทำสื่อการเรียนรู้', '-', 2000, 6000, 8000]);
  s.addRow([3, 'สรุปรายงานผล', '', 1000, 500, 1500]);
  s.addRow(['', 'รวมทั้งสิ้น', 7200, 11000, 8000, 27200]);
  await save(wb, 'sp01-class-split-line-total', {
    description: D + 'a teacher-development project (FY2568): amounts split by expense class (ค่าตอบแทน / ค่าใช้สอย / ค่าวัสดุ) with a รวม column; line 1\'s class cells add up to 16,700 but its รวม cell says 17,700.',
    planted: [{ rule: 'line-amount-mismatch', at: 'งบประมาณ!F6', note: '7,200 + 8,000 + 1,500 = 16,700, รวม 17,700' }],
    correct: [
      { at: 'งบประมาณ!F7', note: '2,000 + 6,000 ("-" for none)' },
      { at: 'งบประมาณ!F8', note: '1,000 + 500' },
    ],
  });
}

// s02: a two-row header (งบประมาณ over the classes, then รวม); lines right, the grand total's class cells miss its รวม
// cell; a line whose รวม is a formula is not judged by its class cells.
async function s02() {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('รายละเอียดงบ');
  s.addRow(['โครงการส่งเสริมกีฬาและนันทนาการ ปีงบประมาณ 2568']);
  s.addRow(['ระยะเวลา', 'พฤศจิกายน 2567 - กุมภาพันธ์ 2568']);
  s.addRow(['งบประมาณ', 40000]);
  s.addRow([]);
  s.addRow(['ที่', 'รายการ', 'งบประมาณ (บาท)', '', '', 'รวม (บาท)']);
  s.addRow(['', '', 'ค่าตอบแทน', 'ค่าใช้สอย', 'ค่าวัสดุ', '']);
  s.mergeCells('C5:E5');
  s.addRow([1, 'แข่งขันกีฬาภายใน', 4000, 12000, 6000, 22000]);
  s.addRow([2, 'ซื้ออุปกรณ์กีฬา', 0, 0, 15000, { formula: 'SUM(C8:E8)', result: 15000 }]);
  s.addRow(['', 'รวมทั้งสิ้น', 4000, 12000, 20000, 37000]);
  await save(wb, 'sp02-class-split-grand-total', {
    description: D + 'a sports project (FY2568): a two-row header (งบประมาณ over ค่าตอบแทน / ค่าใช้สอย / ค่าวัสดุ, then รวม); the lines are right (22,000 and 15,000 = 37,000) but the grand total\'s class cells add up to 36,000 against its own รวม 37,000 (ค่าวัสดุ should be 21,000).',
    planted: [{ rule: 'total-mismatch', at: 'รายละเอียดงบ!F9', note: '4,000 + 12,000 + 20,000 = 36,000, รวม 37,000' }],
    correct: [
      { at: 'รายละเอียดงบ!F7', note: '4,000 + 12,000 + 6,000 = 22,000' },
      { at: 'รายละเอียดงบ!F8', note: 'a formula: not judged by its class cells' },
    ],
  });
}

// l01: a study trip whose travellers are all expert level, said in a field above the table: per diem 260 and a
// single room at 2,000 are within the senior ceilings (270; 2,200), not over the standard ones (240; 1,500).
async function l01() {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('ค่าใช้จ่าย');
  s.addRow(['โครงการศึกษาดูงานการบริหารสถานศึกษา ปีงบประมาณ 2568']);
  s.addRow(['ระยะเวลา', 'กุมภาพันธ์ 2568']);
  s.addRow(['งบประมาณ', 40000]);
  s.addRow(['ผู้เดินทาง', 'ผู้อำนวยการสถานศึกษา วิทยฐานะเชี่ยวชาญ จำนวน 5 คน']);
  s.addRow([]);
  s.addRow(['ที่', 'รายการ', 'จำนวน (คน)', 'จำนวนวัน/คืน', 'อัตรา (บาท)', 'จำนวนเงิน (บาท)']);
  s.addRow([1, 'ค่าเบี้ยเลี้ยงเดินทางไปราชการ', 5, 3, 260, 3900]);
  s.addRow([2, 'ค่าเช่าที่พักเดินทางไปราชการ ห้องพักเดี่ยว', 5, 2, 2000, 20000]);
  s.addRow([3, 'ค่าจ้างเหมารถตู้', 1, 3, 1800, 5400]);
  s.addRow(['', 'รวมทั้งสิ้น', '', '', '', 29300]);
  await save(wb, 'l01-travellers-expert-field', {
    description: D + 'a study trip (FY2568) whose travellers are named in a field above the table as expert level (วิทยฐานะเชี่ยวชาญ): their per diem 260 and single room 2,000 are within the senior ceilings (270 and 2,200), so nothing is flagged (the standard ceilings 240 and 1,500 + 25% would have been assumed before).',
    control: true,
    planted: [],
    correct: [
      { at: 'ค่าใช้จ่าย!E7', note: 'per diem 260 ≤ 270 (expert)' },
      { at: 'ค่าใช้จ่าย!E8', note: 'single room 2,000 ≤ 2,200 (expert)' },
      { at: 'ค่าใช้จ่าย!F10', note: 'total right' },
    ],
  });
}

// l02: the level written in the line ("ข้าราชการระดับชำนาญการพิเศษ") and in the note column ("ซี 9"): each line
// is judged at its own level.
async function l02() {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('Sheet1');
  s.addRow(['โครงการนิเทศติดตามการจัดการเรียนรู้ ปีงบประมาณ 2568']);
  s.addRow(['ระยะเวลาดำเนินการ', 'มกราคม 2568']);
  s.addRow(['งบประมาณที่ได้รับจัดสรร', 20000]);
  s.addRow([]);
  s.addRow(['ที่', 'รายการ', 'จำนวน', 'ครั้ง/วัน', 'ราคาต่อหน่วย', 'จำนวนเงิน', 'หมายเหตุ']);
  s.addRow([1, 'ค่าเบี้ยเลี้ยง ศึกษานิเทศก์ (ข้าราชการระดับชำนาญการพิเศษ)', 4, 2, 270, 2160, '']);
  s.addRow([2, 'ค่าเบี้ยเลี้ยง ผู้อำนวยการกลุ่มนิเทศ', 1, 2, 270, 540, 'ซี 9']);
  s.addRow([3, 'ค่าเช่าที่พัก ห้องพักคนเดียว', 1, 1, 2100, 2100, 'ซี 9']);
  s.addRow([4, 'ค่าเช่าที่พัก ห้องพักคนเดียว', 4, 1, 1500, 6000, 'ระดับ ชำนาญการ']);
  s.addRow(['', 'รวม', '', '', '', 10800, '']);
  await save(wb, 'l02-level-in-line-and-note', {
    description: D + 'a supervision project (FY2568): the travellers\' level in the item ("ข้าราชการระดับชำนาญการพิเศษ") or the note ("ซี 9", "ระดับ ชำนาญการ"): the ชำนาญการพิเศษ per diem 270 is over 240 for sure (an error, no longer an assumption); the ซี 9 per diem 270 and room 2,100 are within the senior ceilings.',
    planted: [{ rule: 'rate-over-ceiling', at: 'Sheet1!E6', note: 'per diem 270 > 240 for ชำนาญการพิเศษ' }],
    correct: [
      { at: 'Sheet1!E7', note: 'ซี 9 per diem 270' },
      { at: 'Sheet1!E8', note: 'ซี 9 single room 2,100 ≤ 2,200' },
      { at: 'Sheet1!E9', note: 'ชำนาญการ single room 1,500' },
      { at: 'Sheet1!F10', note: 'total right' },
    ],
  });
}

(async () => {
  await l01();
  await l02();
  await u01();
  await u02();
  await s01();
  await s02();
  await c01();
  await c02();
  await c03();
})();
