// The developers' variants of the classes the sixth blind tester (a school finance officer) found:
// node test/corpus/workbooks/blind/make6.js [outdir]. The tester's own files are committed as p6-f*.xlsx.
// - a place name in the venue cell with words around its kind ("ห้องประชุม สพป.… อ.… จ.…", "ห้องประชุมของ…รีสอร์ท ต.… อ.…"):
//   the kind words decide the venue, the place words do not;
// - a lodging line whose own words say เดินทางไปราชการ beside a training topic word (ศึกษาดูงาน, สัมมนา): travel lodging.
const ExcelJS = require('exceljs');
const OUT = process.argv[2] || __dirname;

const { putRows, saveTo } = require('../make-lib');
const put = (ws, rows) => putRows(ws, 1, rows);
const save = saveTo(OUT, (wb) => wb.eachSheet(ws => ws.eachRow(r => r.eachCell(c => { c.font = { name: 'TH SarabunPSK', size: 16 }; }))));
const HEAD = ['ที่', 'รายการ', 'จำนวน (คน)', 'มื้อ/วัน/คืน', 'ราคา/หน่วย', 'รวมเงิน (บาท)', 'หมายเหตุ'];

async function main() {
  {
    // v1: a district office's meeting room, with the district and province after it; snacks 50 > 35 (government venue)
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('แผนประชุม');
    put(ws, [
      ['ชื่อโครงการ', 'ประชุมเครือข่ายครูวิทยาศาสตร์'],
      ['ผู้รับผิดชอบ', 'นายวีระ ทองมา'],
      ['ปีงบประมาณ', 2569],
      ['ระยะเวลาดำเนินการ', 'กุมภาพันธ์ 2569'],
      ['สถานที่จัดกิจกรรม', 'ห้องประชุม สพป.ขอนแก่น เขต 1 อ.เมือง จ.ขอนแก่น'],
      ['งบประมาณที่ได้รับจัดสรร', 10000, 'บาท'],
      [],
      HEAD,
      [1, 'ค่าอาหารว่างและเครื่องดื่ม ผู้เข้าร่วมประชุม', 30, 2, 50, 3000, ''],
      [2, 'ค่าอาหารกลางวัน ผู้เข้าร่วมประชุม', 30, 1, 120, 3600, ''],
      [3, 'ค่าวัสดุ อุปกรณ์ในการประชุม', 1, 1, 2000, 2000, ''],
      ['', 'รวมทั้งสิ้น', '', '', '', 8600, ''],
    ]);
    await save(wb, 'p6-v1-venue-office-room.xlsx');
  }
  {
    // v2: a resort's meeting room with sub-district and district after it; snacks 50 = private ceiling; a wrong line amount
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Sheet1');
    put(ws, [
      ['ชื่อโครงการ', 'สัมมนาคณะกรรมการสถานศึกษา'],
      ['ผู้รับผิดชอบ', 'นางสาวอรุณี แสงทอง'],
      ['ปีงบประมาณ', 2569],
      ['ระยะเวลาดำเนินการ', 'มีนาคม 2569'],
      ['สถานที่', 'ห้องประชุมของภูผารีสอร์ท ต.นาดี อ.เมือง'],
      ['งบประมาณที่ได้รับจัดสรร', 8000, 'บาท'],
      [],
      HEAD,
      [1, 'ค่าอาหารว่างและเครื่องดื่ม', 25, 2, 50, 2500, ''],
      [2, 'ค่าจัดทำเอกสารประกอบการสัมมนา', 25, 1, 40, 1200, ''],
      [3, 'ค่าวัสดุ', 1, 1, 1500, 1500, ''],
      ['', 'รวมทั้งสิ้น', '', '', '', 5200, ''],
    ]);
    await save(wb, 'p6-v2-venue-resort-room.xlsx');
  }
  {
    // v3: lodging lines of a study visit in Jan 2569 (after ว 5: no training-lodging ceiling in force)
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('ศึกษาดูงาน');
    put(ws, [
      ['ชื่อโครงการ', 'พัฒนาครูด้วยการศึกษาดูงานโรงเรียนต้นแบบ'],
      ['ผู้รับผิดชอบ', 'นางสาวกมลวรรณ ดีงาม'],
      ['ปีงบประมาณ', 2569],
      ['ระยะเวลาดำเนินการ', 'มกราคม 2569'],
      ['งบประมาณที่ได้รับจัดสรร', 30000, 'บาท'],
      [],
      ['ที่', 'รายการ', 'จำนวน (คน)', 'คืน/วัน', 'ราคา/หน่วย', 'รวมเงิน (บาท)', 'หมายเหตุ'],
      // travel said outright, a shared room priced per room: 850 a person, lawful
      [1, 'ค่าเช่าที่พักเดินทางไปราชการ ศึกษาดูงาน ห้องพักคู่ ห้องละ 1,700 บาท', 4, 2, 1700, 13600, 'คิดเป็นห้อง 4 ห้อง'],
      // a study visit alone: travel lodging judges it (training lodging has no ceiling in force); 1,450 ≤ 1,500
      [2, 'ค่าเช่าที่พัก ศึกษาดูงาน (พักเดี่ยว)', 2, 2, 1450, 5800, ''],
      // travel said outright beside a seminar: 2,400 single > 1,500 (+25% = 1,875)
      [3, 'ค่าเช่าที่พัก ไปราชการ สัมมนาวิชาการ พักเดี่ยว', 1, 2, 2400, 4800, ''],
      [4, 'ค่าเบี้ยเลี้ยงเดินทาง', 5, 3, 240, 3600, ''],
      ['', 'รวมทั้งสิ้น', '', '', '', 27800, ''],
    ]);
    await save(wb, 'p6-v3-lodging-travel-words.xlsx');
  }
}
main().catch((e) => { console.error(e); process.exit(1); });
