// Variants of the blind tester's classes, made by us to prove the reading holds for the class and not for one
// file: other column orders, other wordings, other places. Each writes its .xlsx and its key beside it.
//   node test/corpus/workbooks/blind/variants.js
const ExcelJS = require('exceljs');
const D = 'A variant made by the developers of a class the blind tester found (see make.js); ';
const save = require('../make-lib').saveWithKey(__dirname);

// v01: an activity table with no ที่ column, columns in another order (ผู้รับผิดชอบ first), numbers written
// in the names in several styles; the budget on another sheet with an activity-number column.
async function v01() {
  const wb = new ExcelJS.Workbook();
  const p = wb.addWorksheet('แผนงาน');
  p.addRow(['ชื่อโครงการ :', 'ส่งเสริมสุขภาวะนักเรียน']);
  p.addRow(['ปีงบประมาณ', 'พ.ศ. 2569']);
  p.addRow(['งบประมาณที่ได้รับจัดสรร', 18000, 'บาท']);
  p.addRow([]);
  p.addRow(['ผู้รับผิดชอบ', 'กิจกรรม/ขั้นตอนการดำเนินงาน', 'ช่วงเวลา', 'งบประมาณ (บาท)']);
  p.addRow(['นางสาวมาลี ใจดี', 'กิจกรรมที่ 1 ตรวจสุขภาพนักเรียน', 'ธ.ค. 2568', 6000]);
  p.addRow(['นายสมชาย สุขใจ', '๒) อบรมแกนนำสุขภาพ', 'มี.ค. 2569', 7500]);
  p.addRow(['นางสาวมาลี ใจดี', '3. สรุปผลการดำเนินงาน', 'พ.ย. 2569', 3000]);   // PLANT outside FY2569
  const b = wb.addWorksheet('งบ');
  b.addRow(['กิจกรรมที่', 'รายการ', 'จำนวน', 'ราคาต่อหน่วย', 'จำนวนเงิน']);
  b.addRow([1, 'ค่าวัสดุตรวจสุขภาพ', 200, 30, 6000]);
  b.addRow([2, 'ค่าอาหารกลางวัน', 50, 70, 3500]);
  b.addRow([2, 'ค่าอาหารว่างและเครื่องดื่ม', 100, 25, 2500]);
  b.addRow([2, 'ค่าเอกสาร', 50, 30, 1500]);
  b.addRow([3, 'ค่าจัดทำรูปเล่มรายงาน', 10, 300, 3000]);
  b.addRow(['', 'รวม', '', '', 16500]);
  await save(wb, 'v01-activities-no-number-column', {
    description: D + 'an activity table without a ที่ column (ผู้รับผิดชอบ | กิจกรรม/ขั้นตอนการดำเนินงาน | ช่วงเวลา | งบประมาณ (บาท)), numbers written in the names ("กิจกรรมที่ 1 …", "๒) …", "3. …"); the budget on another sheet with an activity-number column.',
    planted: [{ rule: 'schedule-outside-period', at: 'แผนงาน!C8', note: 'activity 3 in พ.ย. 2569, outside FY2569' }],
    correct: [{ at: 'แผนงาน!C6', note: 'ธ.ค. 2568' }, { at: 'แผนงาน!C7', note: 'มี.ค. 2569' }, { at: 'แผนงาน!D6', note: 'activity 1 budget 6,000 = its lines' }, { at: 'แผนงาน!D7', note: 'activity 2 budget 7,500 = its lines' }, { at: 'งบ!E7', note: 'total 16,500' }, { at: 'แผนงาน!B3', note: 'allocation covers the plan' }],
  });
}

// v02: project fields inside one cell shared with other text, in another order and wording
// ("วงเงินงบประมาณ 12,500.-", "ระยะเวลาดำเนินการ พ.ย. 2568 – มี.ค. 2569"), no fiscal-year field, no title year.
async function v02() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('ประมาณการ');
  ws.addRow(['โครงการปรับปรุงภูมิทัศน์ในโรงเรียน']);
  ws.addRow(['กลุ่มบริหารทั่วไป  วงเงินงบประมาณ 12,500.-   ระยะเวลาดำเนินการ พ.ย. 2568 – มี.ค. 2569']);
  ws.addRow(['ลำดับ', 'รายการ', 'ราคาต่อหน่วย (บาท)', 'จำนวน', 'หน่วย', 'รวมเงิน (บาท)']);
  ws.addRow([1, 'ค่าต้นไม้ประดับ', 150, 40, 'ต้น', 6000]);
  ws.addRow([2, 'ค่าดินปลูกและปุ๋ย', 90, 50, 'กระสอบ', 4500]);
  ws.addRow([3, 'ค่าอุปกรณ์ทำสวน', 2500, 1, 'ชุด', 2500]);
  ws.addRow(['', 'รวมทั้งสิ้น', '', '', '', 13000]);
  await save(wb, 'v02-fields-in-shared-cell', {
    description: D + 'the allocation and the period inside one cell shared with the department ("กลุ่มบริหารทั่วไป  วงเงินงบประมาณ 12,500.-   ระยะเวลาดำเนินการ พ.ย. 2568 – มี.ค. 2569"); no fiscal-year field or title year: the year comes from the period.',
    planted: [{ rule: 'over-allocation', at: 'ประมาณการ!A2', note: 'lines 13,000 > allocation 12,500' }],
    correct: [{ at: 'ประมาณการ!F4', note: '150×40' }, { at: 'ประมาณการ!F5', note: '90×50' }, { at: 'ประมาณการ!F6', note: '2,500' }, { at: 'ประมาณการ!F7', note: 'total 13,000' }],
  });
}

// v03: amounts split over expense-class columns with no overall amount column, blocks per activity with
// "รวม" subtotal rows and a grand total row split over the classes too; one class cell of a subtotal wrong.
async function v03() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('รายละเอียดงบ');
  ws.addRow(['โครงการพัฒนาทักษะดนตรีไทย ปีงบประมาณ 2569']);
  ws.addRow(['ที่', 'รายการ', 'จำนวน', 'ราคา/หน่วย', 'ค่าวัสดุ', 'ค่าใช้สอย', 'ค่าตอบแทน']);
  ws.addRow(['', 'กิจกรรมที่ 1 ซ่อมเครื่องดนตรี']);
  ws.addRow([1, 'ค่าซ่อมระนาด', 2, 1500, null, 3000, null]);
  ws.addRow([2, 'ค่าสายซอ', 10, 80, 800, null, null]);
  ws.addRow(['', 'รวม', '', '', 800, 3000, '-']);
  ws.addRow(['', 'กิจกรรมที่ 2 ค่ายดนตรีไทย']);
  ws.addRow([1, 'ค่าตอบแทนวิทยากร', 6, 600, null, null, 3600]);
  ws.addRow([2, 'ค่าอาหารกลางวัน', 40, 60, null, 2400, null]);
  ws.addRow([3, 'ค่าวัสดุฝึก', 40, 25, 1000, null, null]);
  ws.addRow(['', 'รวม', '', '', 1000, 2800, 3600]);      // PLANT: ค่าใช้สอย 2,800 (should 2,400): subtotal 7,400 vs 7,000
  ws.addRow(['', 'รวมทั้งสิ้น', '', '', 1800, 5400, 3600]);   // 10,800 = the lines
  await save(wb, 'v03-class-split-totals', {
    description: D + 'amounts split over ค่าวัสดุ | ค่าใช้สอย | ค่าตอบแทน columns (no overall amount column, classes in another order), blocks with "รวม" rows and a "รวมทั้งสิ้น" row split over the classes.',
    planted: [{ rule: 'subtotal-mismatch', at: 'รายละเอียดงบ!E11', note: 'subtotal 1,000+2,800+3,600 = 7,400, lines 7,000' }],
    correct: [{ at: 'รายละเอียดงบ!E6', note: 'subtotal 800+3,000 (and "-")' }, { at: 'รายละเอียดงบ!E12', note: 'grand total 10,800' }, { at: 'รายละเอียดงบ!F4', note: '3,000' }, { at: 'รายละเอียดงบ!G8', note: '3,600' }, { at: 'รายละเอียดงบ!F9', note: '2,400' }],
  });
}

// v04: the factors written as text in a column headed "วิธีคำนวณ" placed after the amount, Thai digits, "×" and
// "@", a lump sum in words and figures that cannot be placed (no baht: an info note, no guess); activity
// headings carry their month in a เดือน column; no activity table.
async function v04() {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('งบประมาณ');
  ws.addRow(['โครงการอบรมแกนนำนักเรียนด้านคุณธรรม ปีงบประมาณ 2569']);
  ws.addRow(['งบประมาณที่ได้รับจัดสรร', 30000, 'บาท']);
  ws.addRow(['รายการ', 'เดือน', 'จำนวนเงิน', 'วิธีคำนวณ']);
  ws.addRow(['กิจกรรมที่ ๑ อบรมแกนนำ', 'ม.ค. 2569', '', '']);
  ws.addRow(['ค่าอาหารกลางวัน', '', 4800, '๔๐ คน × ๖๐ บาท × ๒ วัน']);
  ws.addRow(['ค่าอาหารว่างและเครื่องดื่ม', '', 8000, '40 คน x 4 มื้อ @ 50 บาท']);   // PLANT snack 50 > 35
  ws.addRow(['ค่าตอบแทนวิทยากร', '', 7200, '12 ชม. x 600 บาท']);
  ws.addRow(['ค่าวัสดุ', '', 2000, 'เหมาจ่าย']);
  ws.addRow(['กิจกรรมที่ ๒ ติดตามผล', 'ต.ค. 2569', '', '']);                  // PLANT outside FY2569
  ws.addRow(['ค่าถ่ายเอกสาร', '', 1500, '40 ชุด x 35 บาท']);                  // PLANT 1,400 typed 1,500
  ws.addRow(['ค่าป้ายไวนิล', '', 1000, '2x500']);                              // figures without baht: info, the amount kept
  ws.addRow(['รวมทั้งสิ้น', '', 24500, '']);
  await save(wb, 'v04-calc-text-after-amount', {
    description: D + 'the factors written as text in a "วิธีคำนวณ" column placed after the amount (Thai digits, "×", "@ 50 บาท", "เหมาจ่าย", and "2x500" with no unit, which is not guessed); activity headings with their month in a เดือน column; no activity table.',
    planted: [
      { rule: 'line-amount-mismatch', at: 'งบประมาณ!C10', note: '40 ชุด x 35 บาท = 1,400 typed 1,500' },
      { rule: 'rate-over-ceiling', at: 'งบประมาณ!D6', note: 'snack 50 > 35 per meal (the unit cost is in the calculation text)' },
      { rule: 'schedule-outside-period', at: 'งบประมาณ!B9', note: 'activity 2 in ต.ค. 2569, outside FY2569' },
    ],
    correct: [{ at: 'งบประมาณ!C5', note: '40×60×2 = 4,800' }, { at: 'งบประมาณ!C6', note: '40×4×50 = 8,000 (amount right, rate over)' }, { at: 'งบประมาณ!C7', note: '12 h × 600 = 7,200' }, { at: 'งบประมาณ!D7', note: 'speaker 600/h' }, { at: 'งบประมาณ!C8', note: 'lump sum' }, { at: 'งบประมาณ!C11', note: '2x500 not read: no finding' }, { at: 'งบประมาณ!B4', note: 'activity 1 in ม.ค. 2569' }, { at: 'งบประมาณ!C12', note: 'total = lines as written' }],
  });
}

// v05: an activity table with its months as a grid of ✓ marks (Gantt), no ที่ column and no year in the
// month headers; the budget on another sheet with activity headings.
async function v05() {
  const wb = new ExcelJS.Workbook();
  const p = wb.addWorksheet('โครงการ');
  p.addRow(['ชื่อโครงการ', 'ส่งเสริมการอ่านออกเขียนได้']);
  p.addRow(['ปีงบประมาณ', 2569]);
  p.addRow(['งบประมาณที่ได้รับจัดสรร', 9000]);
  p.addRow([]);
  const months = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.'];
  p.addRow(['กิจกรรม', ...months, 'ผู้รับผิดชอบ']);
  const mark = (i) => months.map((_, k) => (i.includes(k) ? '✓' : ''));
  p.addRow(['1. คัดกรองการอ่าน', ...mark([1]), 'นางสาวก']);
  p.addRow(['2. ซ่อมเสริมการอ่าน', ...mark([3, 4, 5]), 'นายข']);
  const b = wb.addWorksheet('งบประมาณ');
  b.addRow(['ที่', 'รายการ', 'จำนวน', 'ราคาต่อหน่วย', 'จำนวนเงิน']);
  b.addRow(['', 'กิจกรรมที่ 1 คัดกรองการอ่าน']);
  b.addRow([1, 'ค่าแบบคัดกรอง', 100, 10, 1000]);
  b.addRow(['', 'กิจกรรมที่ 2 ซ่อมเสริมการอ่าน']);
  b.addRow([1, 'ค่าหนังสือฝึกอ่าน', 60, 120, 7600]);             // PLANT 7,200 typed 7,600
  b.addRow(['', 'รวมทั้งสิ้น', '', '', 8600]);
  await save(wb, 'v05-gantt-activities', {
    description: D + 'an activity table whose months are a grid of ✓ marks (Gantt) with no ที่ column and no year in the month headers; activities must not be reported as having no months.',
    planted: [{ rule: 'line-amount-mismatch', at: 'งบประมาณ!E5', note: '60×120 = 7,200 typed 7,600' }],
    correct: [{ at: 'งบประมาณ!E3', note: '1,000' }, { at: 'งบประมาณ!E6', note: 'total = lines as written' }, { at: 'โครงการ!C6', note: 'activity 1 marked in พ.ย.' }, { at: 'โครงการ!E7', note: 'activity 2 marked ม.ค.–มี.ค.' }],
  });
}

(async () => { for (const f of [v01, v02, v03, v04, v05]) await f(); })();
