// Hand-made workbooks of the classes the blind tests left over (wbleft), made by the developers; each writes
// its .xlsx and its key beside it:
// - the calculation written as text in the only description column ("รายละเอียด", "รายละเอียดการใช้จ่าย",
//   "คำอธิบาย"), beside the amount, with no price or count columns (alone, or after the item's name);
// - per diem and lodging with the travellers' staff level stated in the line, its note or the project fields;
// - an allocation with no budget line that can be read; an expense-class row whose class cells do not add up
//   to its own รวม cell.
//   node test/corpus/workbooks/leftovers2/make.js
const ExcelJS = require('exceljs');
const { writeFileSync } = require('fs');
const { join } = require('path');
const D = 'A hand-made workbook of a class the blind tests left over, made by the developers; ';
async function save(wb, name, key) {
  await wb.xlsx.writeFile(join(__dirname, name + '.xlsx'));
  writeFileSync(join(__dirname, name + '.key.json'), JSON.stringify({ ...key, unusable: false }, null, 2) + '\n');
  console.log('wrote', name);
}

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

(async () => {
  await c01();
  await c02();
  await c03();
})();
