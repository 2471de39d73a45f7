// Hand-made workbooks of the classes of issue 9's last leftovers, made by the developers (each writes its .xlsx
// and its key beside it):
// - counts and an amount with the unit-cost cell blank, or no unit-cost column at all: the unit cost is the
//   amount ÷ the counts (exact to the satang) and judged by the rate checks;
// - a meal row whose note column (or item) says โรงแรม: that training's food is judged at the private venue;
// - a grand total row carrying the figure and its amount in words.
//   node test/corpus/workbooks/leftovers/make.js
const ExcelJS = require('exceljs');
const D = 'A hand-made workbook of a class left over from issue 9, made by the developers; ';
const save = require('../make-lib').saveWithKey(__dirname);

// l01: a training; the unit-cost column is there but left blank on the rows that give counts and an amount.
async function l01() {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('ประมาณการ');
  s.addRow(['ประมาณการค่าใช้จ่าย โครงการอบรมเชิงปฏิบัติการการสอนอ่าน ปีงบประมาณ 2568']);
  s.addRow(['ระยะเวลาดำเนินการ', 'มกราคม 2568']);
  s.addRow(['งบประมาณที่ได้รับจัดสรร', 24000]);
  s.addRow([]);
  s.addRow(['ที่', 'รายการ', 'จำนวน (คน)', 'จำนวนวัน/มื้อ', 'ราคาต่อหน่วย (บาท)', 'จำนวนเงิน (บาท)', 'หมายเหตุ']);
  s.addRow([1, 'ค่าอาหารกลางวัน', 30, 2, null, 6000, '2 วัน']);
  s.addRow([2, 'ค่าอาหารว่างและเครื่องดื่ม', 30, 4, null, 6000, '4 มื้อ']);
  s.addRow([3, 'ค่าตอบแทนวิทยากรภายนอก (ชั่วโมง)', 6, null, null, 7200, '']);
  s.addRow([4, 'ค่าวัสดุอบรม', 30, null, 100, 3000, '']);
  s.addRow([5, 'ค่าถ่ายเอกสาร', 30, null, null, 1000, '']);
  s.addRow(['', 'รวมทั้งสิ้น', '', '', '', 23200, '']);
  await save(wb, 'l01-blank-unit-cost-training', {
    description: D + 'a training budget (FY2568) whose unit-cost cells are blank on rows with counts and an amount: lunch 6,000 ÷ (30 × 2) = 100 a day is within the training food ceiling; snacks 6,000 ÷ (30 × 4) = 50 are over 35; a speaker at 7,200 ÷ 6 = 1,200 an hour is at the outside rate; 1,000 ÷ 30 does not divide (noted only).',
    planted: [{ rule: 'rate-over-ceiling', at: 'ประมาณการ!E7', note: 'snack 6,000 ÷ 120 = 50 > 35' }],
    correct: [
      { at: 'ประมาณการ!E6', note: 'lunch 100 a day' },
      { at: 'ประมาณการ!E8', note: 'speaker 1,200 an hour' },
      { at: 'ประมาณการ!F10', note: 'does not divide: noted only' },
      { at: 'ประมาณการ!F11', note: 'total right' },
    ],
  });
}

// l02: a meeting; no unit-cost column at all (ลำดับ | รายการ | จำนวน | หน่วย | จำนวนเงิน), Thai digits typed as text.
async function l02() {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('Sheet1');
  s.addRow(['โครงการประชุมผู้ปกครองนักเรียน ประจำปีงบประมาณ ๒๕๖๘']);
  s.addRow(['ระยะเวลา', 'พฤศจิกายน ๒๕๖๗']);
  s.addRow(['งบประมาณ', '๑๕,๐๐๐ บาท']);
  s.addRow([]);
  s.addRow(['ลำดับ', 'รายการ', 'จำนวน', 'หน่วย', 'จำนวนเงิน (บาท)']);
  s.addRow(['๑', 'ค่าอาหารกลางวันผู้ปกครอง', '๘๐', 'คน', '๑๒,๐๐๐']);
  s.addRow(['๒', 'ค่าอาหารว่างและเครื่องดื่ม', '๘๐', 'คน', '๒,๐๐๐']);
  s.addRow(['๓', 'ค่าเอกสารประกอบการประชุม', '๘๐', 'ชุด', '๑,๐๐๐']);
  s.addRow(['', 'รวม', '', '', '๑๕,๐๐๐']);
  await save(wb, 'l02-no-unit-cost-column-thai-digits', {
    description: D + 'a parents\' meeting (FY2568) with no unit-cost column and Thai digits typed as text: lunch 12,000 ÷ 80 = 150 a person is over the meeting meal of 120 (the finding points at the amount it came from); snacks 25, documents 12.50.',
    planted: [{ rule: 'rate-over-ceiling', at: 'Sheet1!E6', note: 'lunch 12,000 ÷ 80 = 150 > 120' }],
    correct: [
      { at: 'Sheet1!E7', note: 'snack 25' },
      { at: 'Sheet1!E8', note: 'documents' },
      { at: 'Sheet1!E9', note: 'total right' },
    ],
  });
}

// l03: a training at a school whose meal rows say โรงแรม in the note column (and one in the item).
async function l03() {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('รายละเอียดงบประมาณ');
  s.addRow(['รายละเอียดการใช้งบประมาณ โครงการอบรมพัฒนาครูด้านการวิจัยในชั้นเรียน']);
  s.addRow(['ปีงบประมาณ 2568', '', 'สถานที่จัด', 'ห้องประชุมโรงเรียน']);
  s.addRow(['ระยะเวลา', 'ธันวาคม 2567']);
  s.addRow(['งบประมาณ', 80000]);
  s.addRow([]);
  s.addRow(['ที่', 'รายการ', 'จำนวนคน', 'ครั้ง/มื้อ/วัน', 'อัตรา (บาท)', 'จำนวนเงิน (บาท)', 'หมายเหตุ']);
  s.addRow(['กิจกรรมที่ 1 อบรมเชิงปฏิบัติการวิจัยในชั้นเรียน (วันที่ 1-2)']);
  s.addRow([1, 'ค่าอาหารกลางวัน', 40, 2, 400, 32000, 'โรงแรม']);
  s.addRow([2, 'ค่าอาหารเย็น', 40, 2, 300, 24000, 'โรงแรม']);
  s.addRow(['', 'รวมกิจกรรมที่ 1', '', '', '', 56000, '']);
  s.addRow(['กิจกรรมที่ 2 อบรมเชิงปฏิบัติการเขียนรายงานวิจัย (วันที่ 3)']);
  s.addRow([1, 'ค่าอาหารกลางวัน (โรงแรม)', 20, 1, 500, 10000, '']);
  s.addRow([2, 'ค่าอาหารเย็น (โรงแรม)', 20, 1, 400, 8000, '']);
  s.addRow([3, 'ค่าอาหารว่างและเครื่องดื่ม', 20, 2, 50, 2000, 'โรงแรม']);
  s.addRow(['', 'รวมกิจกรรมที่ 2', '', '', '', 20000, '']);
  s.addRow(['', 'รวมทั้งสิ้น', '', '', '', 76000, '']);
  await save(wb, 'l03-hotel-note-column', {
    description: D + 'a training (FY2568) whose place field names the school, while the meal rows say โรงแรม in the note column (activity 1) or in the item (activity 2): their food is judged at the private venue (700 a day, not all meals): 400 + 300 is within it (over 400 at a government venue); 500 + 400 = 900 is over; snacks at a hotel 50 are within 50.',
    planted: [{ rule: 'rate-over-ceiling', at: 'รายละเอียดงบประมาณ!E12', note: 'lunch 500 + dinner 400 = 900 a day at a hotel > 700' }],
    correct: [
      { at: 'รายละเอียดงบประมาณ!E8', note: 'lunch 400 at a hotel (note)' },
      { at: 'รายละเอียดงบประมาณ!E9', note: 'dinner 300 at a hotel (note)' },
      { at: 'รายละเอียดงบประมาณ!E14', note: 'snack 50 at a hotel (note)' },
      { at: 'รายละเอียดงบประมาณ!F16', note: 'total right' },
    ],
  });
}

(async () => {
  await l01();
  await l02();
  await l03();
})();

// l04: the grand total's figure in the amount column and its words in the label cell ("รวมทั้งสิ้น (…บาทถ้วน)"),
// with the words saying another amount; a subtotal with its words right beside it.
async function l04() {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('งบประมาณ');
  s.addRow(['แผนการใช้จ่ายเงิน โครงการห้องสมุดมีชีวิต ปีงบประมาณ 2568']);
  s.addRow(['งบประมาณที่ได้รับจัดสรร', '', '', '', '46,000 บาท']);
  s.addRow(['ที่', 'รายการ', 'จำนวน', 'ราคาต่อหน่วย', 'จำนวนเงิน']);
  s.addRow([1, 'ค่าหนังสือเสริมการอ่าน', 200, 150, 30000]);
  s.addRow([2, 'ค่าชั้นวางหนังสือ', 4, 2500, 10000]);
  s.addRow([3, 'ค่าวัสดุตกแต่งห้องสมุด', 1, 5600, 5600]);
  s.addRow(['', 'รวมทั้งสิ้น (สี่หมื่นห้าพันหกร้อยห้าสิบบาทถ้วน)', '', '', 45600]);
  await save(wb, 'l04-total-words-in-label', {
    description: D + 'a library project (FY2568): the grand total row has its figure (45,600, right) in the amount column and its amount in words in the label cell, but the words say 45,650.',
    planted: [{ rule: 'read-problem', at: 'งบประมาณ!B7', note: 'words 45,650 against the figure 45,600' }],
    correct: [
      { at: 'งบประมาณ!E4', note: '200 × 150' },
      { at: 'งบประมาณ!E7', note: 'the figure is the sum of the lines' },
    ],
  });
}

// l05: "รวมทั้งสิ้น (ตัวอักษร)" label, the figure typed in the amount column (wrong against the lines), the words in
// the cell beside the label (agreeing with the figure); a second sheet's total is written "… บาท (…)" in one cell.
async function l05() {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('ประมาณการ');
  s.addRow(['ประมาณการค่าใช้จ่าย โครงการกีฬาสีภายใน ปีงบประมาณ 2568']);
  s.addRow(['งบประมาณ 30,000 บาท']);
  s.addRow(['ลำดับ', 'รายการ', 'จำนวน', 'หน่วย', 'ราคาต่อหน่วย (บาท)', 'จำนวนเงิน (บาท)']);
  s.addRow(['1', 'ค่าเหรียญรางวัล', 90, 'เหรียญ', 50, 4500]);
  s.addRow(['2', 'ค่าถ้วยรางวัล', 6, 'ใบ', 800, 4800]);
  s.addRow(['3', 'ค่าอุปกรณ์กีฬา', 1, 'ชุด', 12000, 12000]);
  s.addRow(['4', 'ค่าน้ำดื่มและน้ำแข็ง', 2, 'วัน', 1500, 3000]);
  s.addRow(['', 'รวมทั้งสิ้น (ตัวอักษร)', '(สองหมื่นห้าพันบาทถ้วน)', '', '', 25000]);
  await save(wb, 'l05-total-words-beside', {
    description: D + 'a sports day (FY2568): the row "รวมทั้งสิ้น (ตัวอักษร)" has the words in the next cell and the figure in the amount column; the figure 25,000 agrees with its words but the lines add up to 24,300.',
    planted: [{ rule: 'total-mismatch', at: 'ประมาณการ!F8', note: 'stated 25,000, lines 24,300' }],
    correct: [
      { at: 'ประมาณการ!C8', note: 'the words agree with the figure' },
      { at: 'ประมาณการ!F4', note: '90 × 50' },
    ],
  });
}

(async () => {
  await l04();
  await l05();
})();
