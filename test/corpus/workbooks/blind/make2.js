const ExcelJS = require('exceljs');
async function wb9() {
  const wb = new ExcelJS.Workbook();
  const p = wb.addWorksheet('ข้อมูลโครงการ');
  p.mergeCells('A1:D1'); p.getCell('A1').value = 'โครงการส่งเสริมทักษะการคิดวิเคราะห์ด้วยกระบวนการ STEM';
  p.getCell('A2').value = 'โรงเรียนวัดป่าประดู่ จังหวัดระยอง';
  p.getCell('A3').value = 'ปีงบประมาณ'; p.getCell('B3').value = 2569;
  p.getCell('A4').value = 'งบประมาณที่ได้รับจัดสรร'; p.getCell('B4').value = 20000; p.getCell('C4').value = 'บาท';
  p.getCell('A5').value = 'ผู้รับผิดชอบ'; p.getCell('B5').value = 'นางสาวอรอุมา จันทร์หอม';
  const a = wb.addWorksheet('กิจกรรม');
  a.addRow(['ที่', 'กิจกรรม/ขั้นตอนการดำเนินงาน', 'ระยะเวลาดำเนินการ', 'ผู้รับผิดชอบ']);
  a.addRow([1, 'อบรมครูการจัดการเรียนรู้แบบ STEM', new Date(Date.UTC(2025, 11, 1)), 'นางสาวอรอุมา จันทร์หอม']); // ธ.ค. 2568
  a.addRow([2, 'แข่งขันโครงงาน STEM ระดับโรงเรียน', new Date(Date.UTC(2026, 10, 1)), 'นายกิตติ ศรีวงศ์']);      // PLANT พ.ย. 2569 outside FY2569
  a.getColumn(3).numFmt = 'mmm yyyy';
  const ws = wb.addWorksheet('งบประมาณ');
  ws.addRow(['กิจกรรมที่', 'รายการ', 'ราคาต่อหน่วย (บาท)', 'จำนวน (คน)', 'จำนวน (ชม./มื้อ)', 'จำนวนเงิน (บาท)']);
  const L = (act, item, u, q, t, f, res) => { const row = ws.addRow([act, item, u, q, t, null]); const k = row.number;
    row.getCell(6).value = { formula: f ? f(k) : `C${k}*D${k}*E${k}`, result: res }; };
  L(1, 'ค่าตอบแทนวิทยากร (ครูในสังกัด)', 700, 1, 6, null, 4200);    // PLANT gov speaker 700 > 600
  L(1, 'ค่าอาหารกลางวัน', 80, 30, 1, null, 2400);                     // correct
  L(1, 'ค่าอาหารว่างและเครื่องดื่ม', 30, 30, 2, null, 1800);          // correct
  L(2, 'ค่าวัสดุทำโครงงาน', 250, 20, 1, null, 5000);                   // correct
  L(2, 'ค่ารางวัลการแข่งขัน', 500, 3, 1, k => `C${k}*D${k - 1}*E${k}`, 10000); // PLANT formula refers to row above: 500*20*1=10000 vs 1500
  const t = ws.addRow(['', 'รวมทั้งสิ้น', '', '', '', { formula: 'SUM(F2:F6)', result: 23400 }]);
  await wb.xlsx.writeFile(require('path').join(__dirname, 'wb09-patradu-stem-cached.xlsx'));
}
async function wb10() {   // CONTROL: everything correct
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('แผนงาน');
  ws.addRow(['โครงการอบรมครูเรื่องการวัดและประเมินผลตามสภาพจริง']);
  ws.addRow(['โรงเรียนบ้านแม่ทาวิทยา สพป.เชียงใหม่ เขต 4']);
  ws.addRow(['ปีงบประมาณ 2568']);
  ws.addRow(['งบประมาณที่ได้รับจัดสรร', 15000]);
  ws.addRow(['ระยะเวลาดำเนินการ', 'มีนาคม 2568']);
  ws.addRow([]);
  ws.addRow(['ลำดับ', 'รายการ', 'จำนวน', 'หน่วย', 'ราคาต่อหน่วย', 'จำนวนเงิน', 'หมายเหตุ']);
  ws.addRow([1, 'ค่าตอบแทนวิทยากร 1 คน 6 ชั่วโมง', 6, 'ชั่วโมง', 600, 3600, '']);
  ws.addRow([2, 'ค่าอาหารกลางวันผู้เข้ารับการอบรม', 40, 'คน', 100, 4000, '']);
  ws.addRow([3, 'ค่าอาหารว่างและเครื่องดื่ม 2 มื้อ', 80, 'มื้อ', 35, 2800, '']);
  ws.addRow([4, 'ค่าเอกสารประกอบการอบรม', 40, 'ชุด', 50, 2000, '']);
  ws.addRow([5, 'ค่าวัสดุ อุปกรณ์', 1, 'งาน', 1600, 1600, 'ถัวจ่ายทุกรายการ']);
  ws.addRow(['', 'รวมทั้งสิ้น', '', '', '', 14000, '']);
  ws.addRow(['', '(หนึ่งหมื่นสี่พันบาทถ้วน)']);
  await wb.xlsx.writeFile(require('path').join(__dirname, 'wb10-maetha-assessment-CONTROL-correct.xlsx'));
}
(async () => { await wb9(); await wb10(); })();
