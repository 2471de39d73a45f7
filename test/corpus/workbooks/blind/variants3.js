// Variants of the second blind tester's classes (make3.js), made by the developers to prove the reading holds for
// the class and not for one file. Each writes its .xlsx and its key beside it.
//   node test/corpus/workbooks/blind/variants3.js
const ExcelJS = require('exceljs');
const { writeFileSync } = require('fs');
const { join } = require('path');
const D = 'A variant made by the developers of a class the second blind tester found (see make3.js); ';
async function save(wb, name, key) {
  await wb.xlsx.writeFile(join(__dirname, name + '.xlsx'));
  writeFileSync(join(__dirname, name + '.key.json'), JSON.stringify({ ...key, unusable: false }, null, 2) + '\n');
  console.log('wrote', name);
}

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

(async () => {
  await v06();
  await v07();
})();
