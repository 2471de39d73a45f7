// Variants of the second blind tester's classes (make3.js), made by the developers to prove the reading holds for
// the class and not for one file. Each writes its .xlsx and its key beside it.
//   node test/corpus/workbooks/blind/variants3.js
const ExcelJS = require('exceljs');
const D = 'A variant made by the developers of a class the second blind tester found (see make3.js); ';
const save = require('../make-lib').saveWithKey(__dirname);

// v06: the venue as a labelled field ("สถานที่ดำเนินการ :" then a resort in the next cell): snacks 50 are within
// the private-venue ceiling; lines otherwise correct.
async function v06() {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('รายละเอียด');
  s.addRow(['โครงการอบรมพัฒนาครูด้านการวัดและประเมินผล']);
  s.addRow(['ปีงบประมาณ', '2569']);
  s.addRow(['ระยะเวลา', 'กุมภาพันธ์ 2569']);
  s.addRow(['สถานที่ดำเนินการ :', 'ห้องประชุมภูผารีสอร์ท อำเภอเมือง']);
  s.addRow(['งบประมาณที่ได้รับจัดสรร', 16000]);
  s.addRow([]);
  s.addRow(['ที่', 'รายการ', 'จำนวน', 'ราคาต่อหน่วย', 'จำนวนเงิน', 'หมายเหตุ']);
  s.addRow([1, 'ค่าอาหารว่างและเครื่องดื่ม 60 คน 2 มื้อ', 120, 50, 6000, '']);
  s.addRow([2, 'ค่าวัสดุอบรม', 1, 4000, 4000, '']);
  s.addRow([3, 'ค่าตอบแทนวิทยากร 5 ชั่วโมง', 5, 1200, 6000, '']);
  s.addRow(['', 'รวมทั้งสิ้น', '', '', 16000, '']);
  await save(wb, 'v06-venue-field-resort', {
    description: D + 'the venue as a labelled field "สถานที่ดำเนินการ :" naming a resort: the rate checks take a private venue (snack ceiling 50).',
    planted: [],
    control: true,
    correct: [{ at: 'รายละเอียด!D8', note: 'snack 50 at a resort' }],
  });
}

// v07: the venue field names a school meeting room (a government venue): snacks 45 are over 35 (a real warning);
// a second snack line at a hotel says so in its note, so 50 there is within the ceiling.
async function v07() {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('Sheet1');
  s.addRow(['โครงการประชุมผู้ปกครองและเครือข่ายชุมชน ปีงบประมาณ 2569']);
  s.addRow(['ระยะเวลาดำเนินการ', 'ธันวาคม 2568']);
  s.addRow(['สถานที่จัด', 'ห้องประชุมโรงเรียนบ้านนาดี']);
  s.addRow(['งบประมาณ', '12,000 บาท']);
  s.addRow([]);
  s.addRow(['ลำดับ', 'รายการ', 'จำนวนคน', 'มื้อ', 'อัตรา', 'รวมเงิน', 'หมายเหตุ']);
  s.addRow([1, 'ค่าอาหารว่างและเครื่องดื่ม (ประชุมผู้ปกครอง)', 100, 1, 45, 4500, '']);
  s.addRow([2, 'ค่าอาหารว่างและเครื่องดื่ม (ประชุมเครือข่าย)', 30, 1, 50, 1500, 'จัดที่โรงแรมในตัวอำเภอ']);
  s.addRow([3, 'ค่าวัสดุและเอกสาร', 1, 1, 6000, 6000, '']);
  s.addRow(['', 'รวม', '', '', '', 12000, '']);
  await save(wb, 'v07-venue-field-school-note-hotel', {
    description: D + 'the venue field "สถานที่จัด" names a school meeting room (government venue: snack 45 > 35 is a warning); one line\'s note says it is held at a hotel, so its snack 50 is within the private-venue ceiling.',
    planted: [{ rule: 'rate-over-ceiling', at: 'Sheet1!E7', note: 'snack 45 > 35 at a school' }],
    correct: [{ at: 'Sheet1!E8', note: 'snack 50 at a hotel (the note)' }],
  });
}

// v08: the grand total written in the amount column as text with its words ("12,400 บาท (หนึ่งหมื่น…)"), but
// the lines add to 12,900: the stated total is read and compared.
async function v08() {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('ประมาณการ');
  s.addRow(['ประมาณการค่าใช้จ่าย โครงการห้องเรียนสีเขียว ปีงบประมาณ 2569']);
  s.addRow(['ได้รับจัดสรร 13,000 บาท']);
  s.addRow(['ลำดับ', 'รายการ', 'จำนวน', 'หน่วย', 'ราคาต่อหน่วย', 'จำนวนเงิน']);
  s.addRow(['1', 'ค่ากระถางต้นไม้', '60', 'ใบ', '90', '5,400']);
  s.addRow(['2', 'ค่าดินปลูกและปุ๋ย', '50', 'ถุง', '60', '3,000']);
  s.addRow(['3', 'ค่าชั้นวางกระถาง', '3', 'ชุด', '1,500', '4,500']);
  s.addRow(['', 'รวมเป็นเงินทั้งสิ้น', '', '', '', '12,400 บาท (หนึ่งหมื่นสองพันสี่ร้อยบาทถ้วน)']);
  await save(wb, 'v08-total-figure-words-amount-col', {
    description: D + 'the grand total in the amount column as text with its amount in words ("12,400 บาท (หนึ่งหมื่นสองพันสี่ร้อยบาทถ้วน)"); the lines add to 12,900.',
    planted: [{ rule: 'total-mismatch', at: 'ประมาณการ!F7', note: 'stated 12,400, lines 12,900' }],
    correct: [{ at: 'ประมาณการ!F4', note: '60×90' }],
  });
}

// v09: the period inside the title cell with the year ("… ปีงบประมาณ 2569 จัดระหว่างวันที่ 12-13 มีนาคม 2569"); a
// line amount is wrong.
async function v09() {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('Sheet1');
  s.addRow(['โครงการอบรมครูด้านการใช้สื่อดิจิทัล']);
  s.addRow(['ปีงบประมาณ 2569 จัดระหว่างวันที่ 12-13 มีนาคม 2569']);
  s.addRow(['งบประมาณ 9,000 บาท']);
  s.addRow([]);
  s.addRow(['ที่', 'รายการ', 'จำนวน', 'ราคาต่อหน่วย', 'จำนวนเงิน']);
  s.addRow([1, 'ค่าวัสดุอบรม', 30, 100, 3000]);
  s.addRow([2, 'ค่าตอบแทนวิทยากร 4 ชั่วโมง', 4, 600, 2600]);
  s.addRow([3, 'ค่าจัดทำเอกสาร', 30, 80, 2400]);
  s.addRow(['', 'รวม', '', '', 8000]);
  await save(wb, 'v09-period-in-title-cell', {
    description: D + 'the period inside the title cell shared with the fiscal year ("ปีงบประมาณ 2569 จัดระหว่างวันที่ 12-13 มีนาคม 2569"); one line amount is wrong (4×600 = 2,400 typed 2,600).',
    planted: [{ rule: 'line-amount-mismatch', at: 'Sheet1!E7', note: '4×600 = 2,400 typed 2,600' }],
    correct: [{ at: 'Sheet1!E6', note: '30×100' }],
  });
}

(async () => {
  await v06();
  await v07();
  await v08();
  await v09();
})();
