const ExcelJS = require('exceljs');
const th = n => String(n).replace(/[0-9]/g, d => '๐๑๒๓๔๕๖๗๘๙'[d]);
async function save(wb, f) { await wb.xlsx.writeFile(require('path').join(__dirname, f)); console.log('wrote', f); }

// ---------- WB1: single sheet, fields on top, heading rows per activity, typed numbers, typed subtotals ----------
async function wb1() {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('งบประมาณ');
  ws.addRow(['โครงการค่ายวิชาการพัฒนาผลสัมฤทธิ์ทางการเรียน ชั้น ม.3']);
  ws.addRow(['โรงเรียนบ้านหนองบัววิทยา สำนักงานเขตพื้นที่การศึกษามัธยมศึกษาอุดรธานี']);
  ws.addRow(['ปีงบประมาณ', 2568]);
  ws.addRow(['งบประมาณที่ได้รับจัดสรร', 30000, 'บาท']);
  ws.addRow(['ผู้รับผิดชอบโครงการ', 'นางสาวสุภาพร ศรีสุข']);
  ws.addRow([]);
  ws.addRow(['ที่', 'รายการ', 'จำนวน (คน)', 'ราคาต่อหน่วย (บาท)', 'จำนวน (มื้อ/วัน)', 'จำนวนเงิน (บาท)', 'เดือน']);
  const r = (a) => ws.addRow(a);
  r(['', 'กิจกรรมที่ 1 ค่ายวิชาการ ม.3 (เตรียมสอบ O-NET)']);
  r([1, 'ค่าอาหารกลางวันนักเรียน', 120, 60, 2, 14400, 'ม.ค. 2568']);           // correct
  r([2, 'ค่าอาหารว่างและเครื่องดื่ม', 120, 25, 4, 10000, 'ม.ค. 2568']);       // PLANT: 120*25*4=12000, typed 10000
  r([3, 'ค่าตอบแทนวิทยากร', 1, 600, 6, 3600, 'ม.ค. 2568']);                   // correct
  r(['', 'รวม', '', '', '', 28000]);                                           // sum typed: 14400+10000+3600 = 28000 (written); computed 30000
  r(['', 'กิจกรรมที่ 2 สรุปผลและรายงาน']);
  r([1, 'ค่าจัดทำเอกสารรายงานผล', 5, 150, 1, 750, 'ก.พ. 2568']);              // correct
  r([2, 'ค่าวัสดุสำนักงาน', 1, 1250, 1, 1250, 'ก.พ. 2568']);                   // correct
  r(['', 'รวม', '', '', '', 2500]);                                            // PLANT: should be 2000
  r(['', 'รวมทั้งสิ้น', '', '', '', 30500]);                                   // as written sum of subtotals; computed 32000 > 30000
  ws.getColumn(2).width = 40;
  await save(wb, 'wb01-nongbua-camp.xlsx');
}

// ---------- WB2: two sheets, project+activities on sheet1, budget with 3 expense class columns, merged header ----------
async function wb2() {
  const wb = new ExcelJS.Workbook(); const p = wb.addWorksheet('โครงการ');
  p.addRow(['ชื่อโครงการ', 'พัฒนาครูด้านการจัดการเรียนรู้เชิงรุก (Active Learning)']);
  p.addRow(['สนองกลยุทธ์', 'กลยุทธ์ที่ 2 พัฒนาครูและบุคลากรทางการศึกษา']);
  p.addRow(['ผู้รับผิดชอบ', 'นายประเสริฐ บุญมา']);
  p.addRow(['ระยะเวลาดำเนินการ', '1 ตุลาคม 2568 – 30 กันยายน 2569']);
  p.addRow(['งบประมาณ', '45,000 บาท']);
  p.addRow([]);
  p.addRow(['กิจกรรม', 'ระยะเวลา', 'ผู้รับผิดชอบ']);
  p.addRow(['1. ประชุมเชิงปฏิบัติการ Active Learning', 'พ.ย. 2568', 'นายประเสริฐ บุญมา']);
  p.addRow(['2. นิเทศติดตามการสอนในชั้นเรียน', 'ม.ค. 2569', 'นางวิไล ทองดี']);
  p.addRow(['3. ถอดบทเรียนและเผยแพร่ผลงาน', 'ต.ค. 2569', 'นายประเสริฐ บุญมา']);    // PLANT: outside FY2569
  const ws = wb.addWorksheet('งบประมาณ');
  ws.addRow(['ประมาณการค่าใช้จ่าย โครงการพัฒนาครูด้านการจัดการเรียนรู้เชิงรุก']);
  ws.addRow(['ที่', 'รายการ', 'ราคาต่อหน่วย', 'จำนวน', 'ครั้ง/มื้อ/วัน', 'งบประมาณ (บาท)', '', '', 'รวม']);
  ws.addRow(['', '', '', '', '', 'ค่าตอบแทน', 'ค่าใช้สอย', 'ค่าวัสดุ', '']);
  ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:E3', 'F2:H2', 'I2:I3'].forEach(m => ws.mergeCells(m));
  const L = (n, item, u, q, t, cls) => { const row = ws.addRow([n, item, u, q, t, null, null, null, null]); const rn = row.number;
    row.getCell(6 + cls).value = { formula: `C${rn}*D${rn}*E${rn}` }; row.getCell(9).value = { formula: `SUM(F${rn}:H${rn})` }; return row; };
  ws.addRow(['', 'กิจกรรมที่ 1 ประชุมเชิงปฏิบัติการ Active Learning']);
  L(1, 'ค่าตอบแทนวิทยากรภายนอก (6 ชม. x 2 วัน)', 600, 1, 12, 0);   // 7200 correct, under 1200
  L(2, 'ค่าอาหารกลางวัน', 80, 60, 2, 1);                            // 9600 correct
  L(3, 'ค่าอาหารว่างและเครื่องดื่ม', 30, 60, 4, 1);                  // 7200 correct
  L(4, 'ค่าวัสดุ อุปกรณ์ในการอบรม', 150, 60, 1, 2);                   // 9000 correct
  ws.addRow(['', 'กิจกรรมที่ 2 นิเทศติดตามการสอนในชั้นเรียน']);
  L(1, 'ค่าจัดทำแบบนิเทศ', 20, 60, 3, 2);                             // 3600 correct
  L(2, 'ค่าพาหนะผู้นิเทศ', 500, 2, 4, 1);                             // 4000 correct
  ws.addRow(['', 'กิจกรรมที่ 3 ถอดบทเรียนและเผยแพร่ผลงาน']);
  L(1, 'ค่าจัดทำเล่มเผยแพร่', 250, 40, 1, 1);                          // 10000 correct
  const t = ws.addRow(['', 'รวมทั้งสิ้น']); const n = t.number;
  for (const c of ['F', 'G', 'H', 'I']) t.getCell(c).value = { formula: `SUM(${c}5:${c}${n - 1})` };
  // total 7200+9600+7200+9000+3600+4000+10000 = 50600 > 45000 PLANT over allocation
  ws.getColumn(2).width = 42;
  await save(wb, 'wb02-anuban-surin-activelearning.xlsx');
}

// ---------- WB3: pasted from Word: Thai digits as text, column order differs, grand total wrong ----------
async function wb3() {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Sheet1');
  ws.addRow(['รายละเอียดงบประมาณ โครงการทัศนศึกษาแหล่งเรียนรู้นอกสถานศึกษา ประจำปีงบประมาณ ๒๕๖๘']);
  ws.addRow(['โรงเรียนท่าใหม่พูลสวัสดิ์วิทยา  งบประมาณ ๓๕,๐๐๐ บาท']);
  ws.addRow(['ลำดับ', 'รายการ', 'หน่วยนับ', 'จำนวน', 'ราคาต่อหน่วย', 'รวมเงิน', 'หมายเหตุ']);
  const R = (a) => ws.addRow(a.map((v, i) => (i >= 3 && i <= 5 && typeof v === 'number') ? th(v.toLocaleString('en-US')) : v));
  R(['๑', 'ค่าเช่ารถโดยสารปรับอากาศ', 'คัน', 2, 9000, 18000, 'ถัวจ่ายทุกรายการ']);             // correct
  R(['๒', 'ค่าอาหารกลางวันนักเรียนและครู', 'คน', 110, 70, 7700, '']);                        // correct
  R(['๓', 'ค่าเข้าชมพิพิธภัณฑ์', 'คน', 110, 50, 6500, '']);                                 // PLANT 110*50=5500, typed 6500
  R(['๔', 'ค่าน้ำดื่มและอาหารว่าง', 'คน', 110, 25, 2750, '']);                              // correct
  R(['', 'รวมทั้งสิ้น', '', '', '', 35950, '']);                                             // PLANT written sum is 34950 (18000+7700+6500+2750); computed 33950... 
  await save(wb, 'wb03-thamai-fieldtrip-thaidigits.xlsx');
}
// note wb3: computed total = 18000+7700+5500+2750 = 33950. Typed total 33950 equals computed. So only line plant. Adjust below.

// ---------- WB4: month-grid spending plan (กีฬาสี) ----------
async function wb4() {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('แผนการใช้จ่ายเงิน');
  ws.addRow(['โครงการกีฬาสีภายในโรงเรียน "ลูกวัดบางพลีใหญ่กลางเกมส์" ปีงบประมาณ 2569']);
  ws.addRow(['งบประมาณที่ได้รับจัดสรร 25,000 บาท (เงินอุดหนุนรายหัว)']);
  const months = ['ต.ค. 68', 'พ.ย. 68', 'ธ.ค. 68', 'ม.ค. 69', 'ก.พ. 69', 'มี.ค. 69', 'เม.ย. 69', 'พ.ค. 69', 'มิ.ย. 69', 'ก.ค. 69', 'ส.ค. 69', 'ก.ย. 69'];
  ws.addRow(['ที่', 'รายการ', ...months, 'รวม']);
  const R = (n, item, m, total) => { const a = Array(12).fill(null); for (const [k, v] of Object.entries(m)) a[k] = v; ws.addRow([n, item, ...a, total]); };
  R(1, 'ค่าจัดซื้ออุปกรณ์กีฬา', { 1: 6000 }, 6000);                 // correct
  R(2, 'ค่าถ้วยรางวัลและเหรียญรางวัล', { 2: 4500 }, 4500);           // correct
  R(3, 'ค่าจัดตกแต่งสนามและขบวนพาเหรด', { 2: 3000, 3: 2000 }, 6000); // PLANT: months sum 5000, total typed 6000
  R(4, 'ค่าอาหารว่างนักกีฬาและกรรมการ', { 3: 4000 }, 4000);           // correct
  R(5, 'ค่าน้ำดื่ม น้ำแข็ง', { 3: 1500 }, 1500);                      // correct
  const r = ws.addRow(['', 'รวม']); r.getCell(15).value = 22000;    // PLANT? computed: 6000+4500+5000+4000+1500 = 21000; written 22000
  await save(wb, 'wb04-bangphli-sportsday-monthgrid.xlsx');
}

async function wb5() {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('ประมาณการ');
  ws.addRow(['สำนักงานเขตพื้นที่การศึกษาประถมศึกษาขอนแก่น เขต 1']);
  ws.addRow(['โครงการประชุมเชิงปฏิบัติการพัฒนาหลักสูตรสถานศึกษา ประจำปีงบประมาณ พ.ศ. 2568']);
  ws.addRow(['ระยะเวลาดำเนินการ', '10–12 มิถุนายน 2568 ณ ห้องประชุมสำนักงานเขตพื้นที่การศึกษา']);
  ws.addRow(['วงเงินงบประมาณ', 120000]);
  ws.addRow([]);
  ws.addRow(['ลำดับ', 'รายการค่าใช้จ่าย', 'จำนวนคน', 'อัตรา (บาท)', 'จำนวนมื้อ', 'จำนวนวัน', 'เป็นเงิน (บาท)']);
  const L = (n, item, q, u, meals, days, f) => { const row = ws.addRow([n, item, q, u, meals, days, null]); const k = row.number;
    row.getCell(7).value = { formula: f ? f(k) : `C${k}*D${k}*E${k}*F${k}` }; return row; };
  L(1, 'ค่าอาหารเช้า', 40, 80, 1, 3);                 // 9600
  L(2, 'ค่าอาหารกลางวัน', 40, 250, 1, 3);             // 30000
  L(3, 'ค่าอาหารเย็น', 40, 300, 1, 3);                // 36000  -> per day 630 > 600 PLANT
  L(4, 'ค่าอาหารว่างและเครื่องดื่ม', 40, 35, 2, 3);   // 8400 correct
  L(5, 'ค่าตอบแทนวิทยากรภายนอก (ชั่วโมงละ)', 1, 1200, 6, 3, k => `C${k}*D${k}*E${k}`);  // PLANT formula omits days: 7200 vs 21600
  L(6, 'ค่าเอกสารประกอบการประชุม', 40, 150, 1, 1);    // 6000 correct
  const t = ws.addRow(['', 'รวมทั้งสิ้น', '', '', '', '', { formula: 'SUM(G7:G12)' }]);
  ws.getColumn(2).width = 40;
  await save(wb, 'wb05-spp-khonkaen1-workshop.xlsx');
}
async function wb6() {
  const wb = new ExcelJS.Workbook();
  const s = wb.addWorksheet('สรุป');
  s.addRow(['โครงการพัฒนาห้องสมุดมีชีวิต โรงเรียนเชียงคำวิทยาคม ปีงบประมาณ 2569']);
  s.addRow(['งบประมาณที่ได้รับจัดสรร', 40000, 'บาท']);
  s.addRow(['ผู้รับผิดชอบ', 'นางจันทร์เพ็ญ คำมูล']);
  s.addRow([]);
  s.addRow(['กิจกรรม', 'ระยะเวลา', 'งบประมาณ (บาท)']);
  const a1 = wb.addWorksheet('กิจกรรมที่ 1'); const a2 = wb.addWorksheet('กิจกรรมที่ 2');
  s.addRow(['1. สัปดาห์ห้องสมุด', 'ส.ค. 2569', { formula: "'กิจกรรมที่ 1'!E6" }]);
  s.addRow(['2. จัดซื้อหนังสือเข้าห้องสมุด', 'ธ.ค. 2568', { formula: "'กิจกรรมที่ 2'!E5" }]);
  s.addRow(['รวม', '', { formula: 'SUM(C6:C7)' }]);
  a1.addRow(['กิจกรรมที่ 1 สัปดาห์ห้องสมุด']);
  a1.addRow(['รายการ', 'จำนวน', 'หน่วย', 'ราคา/หน่วย', 'จำนวนเงิน']);
  a1.addRow(['ค่ารางวัลการประกวดยอดนักอ่าน', 1, 'ชุด', 3000, 3000]);
  a1.addRow(['ค่าอาหารว่างนักเรียนที่ร่วมกิจกรรม', 200, 'คน', 25, 5000]);
  a1.addRow(['ค่าวัสดุตกแต่งสถานที่', 1, 'ชุด', 2000, 2000]);
  a1.addRow(['รวม', '', '', '', 10000]);
  a2.addRow(['กิจกรรมที่ 2 จัดซื้อหนังสือเข้าห้องสมุด']);
  a2.addRow(['รายการ', 'จำนวน', 'หน่วย', 'ราคา/หน่วย', 'จำนวนเงิน']);
  a2.addRow(['หนังสือส่งเสริมการอ่าน', 120, 'เล่ม', 250, 30000]);
  a2.addRow(['ชั้นวางหนังสือ', 2, 'ตัว', 3500, 7000]);
  a2.addRow(['รวม', '', '', '', 36000]);     // PLANT: 37000
  await save(wb, 'wb06-chiangkham-library-multisheet.xlsx');
}
async function wb7() {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('งบประมาณ');
  ws.addRow(['โครงการค่ายคุณธรรมจริยธรรม นักเรียนชั้น ป.4–ป.6']);
  ws.addRow(['โรงเรียนบ้านโคกสูง สพป.นครราชสีมา เขต 7   ระยะเวลา สิงหาคม 2568   งบประมาณที่ได้รับ 28,000 บาท']);
  ws.addRow(['ที่', 'รายการ', 'จำนวน (คน)', 'ครั้ง/มื้อ', 'ราคาต่อหน่วย (บาท)', 'งบประมาณ', '', '', '', '', '']);
  ws.addRow(['', '', '', '', '', 'ค่าตอบแทน', '', 'ค่าใช้สอย', '', 'ค่าวัสดุ', '']);
  ws.addRow(['', '', '', '', '', 'บาท', 'สต.', 'บาท', 'สต.', 'บาท', 'สต.']);
  ['A3:A5', 'B3:B5', 'C3:C5', 'D3:D5', 'E3:E5', 'F3:K3', 'F4:G4', 'H4:I4', 'J4:K4'].forEach(m => ws.mergeCells(m));
  ws.addRow([1, 'ค่าตอบแทนวิทยากร (พระวิทยากร ชั่วโมงละ 600 บาท)', 1, 6, 600, 3600, '-', null, null, null, null]);   // correct
  ws.addRow([2, 'ค่าอาหารกลางวัน', 150, 1, 45.5, null, null, 6825, '00', null, null]);                              // correct
  ws.addRow([3, 'ค่าอาหารว่างและเครื่องดื่ม', 150, 2, 40, null, null, 12000, '-', null, null]);                    // PLANT snack 40 > 35
  ws.addRow([4, 'ค่าวัสดุอุปกรณ์ประกอบกิจกรรม', 150, 1, 35.25, null, null, null, null, 5278, 50]);                  // PLANT 5287.50
  ws.addRow(['', 'รวม', '', '', '', 3600, '-', 18825, '-', 5278, 50]);
  ws.addRow(['', 'รวมทั้งสิ้น (สองหมื่นเจ็ดพันเจ็ดร้อยสามบาทห้าสิบสตางค์)', '', '', '', '', '', 27703, 50, '', '']);
  await save(wb, 'wb07-khoksung-moralcamp-satang.xlsx');
}
async function wb8() {
  const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('โครงการ');
  ws.addRow(['โครงการส่งเสริมนิสัยรักการอ่าน']);
  ws.addRow(['โรงเรียนบ้านดอนมะนาว  ปีงบประมาณ 2569']);
  ws.addRow(['งบประมาณ 25,000 บาท']);
  ws.addRow(['ที่', 'กิจกรรม/รายการ', 'รายละเอียดการคำนวณ', 'จำนวนเงิน (บาท)', 'ระยะเวลา']);
  ws.addRow(['1', 'กิจกรรมที่ 1 อ่านออกเขียนได้', '', '', 'ธ.ค. 2568']);
  ws.addRow(['', 'ค่าอาหารว่าง', '25 บาท x 40 คน x 10 วัน', 10000, '']);          // correct
  ws.addRow(['', 'ค่าหนังสือนิทาน', '50 เล่ม x 180 บาท', 9000, '']);               // correct
  ws.addRow(['', 'ค่าวัสดุ', 'เหมาจ่าย', 3000, '']);                               // correct
  ws.addRow(['2', 'กิจกรรมที่ 2 ยอดนักอ่าน', '', '', 'พ.ย. 2569']);                // PLANT month outside FY2569
  ws.addRow(['', 'ค่ารางวัลยอดนักอ่าน', '10 รางวัล x 300 บาท', 3500, '']);         // PLANT 3000
  ws.addRow(['', 'รวมทั้งสิ้น', '', 25500, '']);
  await save(wb, 'wb08-donmanao-reading-calctext.xlsx');
}
(async () => { for (const f of [wb1, wb2, wb3, wb4, wb5, wb6, wb7, wb8]) await f(); })();
