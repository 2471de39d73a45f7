// Variants of the reading classes the eighth blind tester's files showed, not yet read then:
// node test/corpus/workbooks/blind8b/make8b.js [outdir].
// - activity months written in the budget table's activity headings ("กิจกรรมที่ 1 ศึกษาดูงาน (กุมภาพันธ์ 2569)",
//   "(ก.พ. 69)", "เดือน มี.ค. ๒๕๖๙", a range "พ.ย. 2568 – ส.ค. 2569"): the activity's months, for rate dates,
//   quarters and the schedule check (a heading month outside the fiscal year is a schedule warning at the heading);
// - a period written only in the title of a budget sheet ("(ดำเนินการ กุมภาพันธ์ 2569)");
// - a column of real dates (Excel dates or Buddhist-era date text) in the budget table;
// - a month-grid spending plan (one column per month, ต.ค. … ก.ย.).
// Formulas carry cached results, as Excel saves them (f(formula, result)).
const ExcelJS = require('exceljs');
const OUT = process.argv[2] || __dirname;

const { putRows, saveWithKey } = require('../make-lib');
const save = saveWithKey(OUT);
const f = (formula, result) => ({ formula, result });

async function headingMonths() {
  {
    // m1: headings "กิจกรรมที่ n … (เดือน ปี)"; activity 3 written in ต.ค. 2569 (outside FY2569); per diem over the ceiling
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('งบประมาณ');
    putRows(ws, 1, [
      ['โครงการพัฒนาครูด้านการจัดการเรียนรู้เชิงรุก ปีงบประมาณ 2569'],
      ['งบประมาณที่ได้รับจัดสรร', '', 30000],
      [],
      ['ที่', 'รายการ', 'จำนวน', 'วัน', 'ราคาต่อหน่วย', 'จำนวนเงิน'],
      ['', 'กิจกรรมที่ 1 ศึกษาดูงานโรงเรียนต้นแบบ (กุมภาพันธ์ 2569)'],
      [1, 'ค่าเบี้ยเลี้ยงเดินทางไปราชการ ครูระดับชำนาญการ', 8, 2, 260, 4160],
      [2, 'ค่าเช่ารถตู้พร้อมน้ำมัน', 2, 2, 1800, 7200],
      ['', 'รวมกิจกรรมที่ 1', '', '', '', f('SUM(F6:F7)', 11360)],
      ['', 'กิจกรรมที่ 2 อบรมเชิงปฏิบัติการ (มีนาคม 2569)'],
      [1, 'ค่าอาหารว่างและเครื่องดื่ม', 40, 2, 35, 2800],
      [2, 'ค่าวัสดุอบรม', 40, 1, 100, 4000],
      ['', 'รวมกิจกรรมที่ 2', '', '', '', f('SUM(F10:F11)', 6800)],
      ['', 'กิจกรรมที่ 3 สรุปและรายงานผล (ตุลาคม 2569)'],
      [1, 'ค่าจัดทำรูปเล่มรายงาน', 10, 1, 150, 1500],
      ['', 'รวมกิจกรรมที่ 3', '', '', '', f('SUM(F14)', 1500)],
      ['', 'รวมทั้งสิ้น', '', '', '', f('F8+F12+F15', 19660)],
    ]);
    await save(wb, 'b8-m1-heading-months-bracketed', {
      description: 'Activity headings with the month in brackets ("กิจกรรมที่ 1 … (กุมภาพันธ์ 2569)"), no activity table. Activity 3 is written in ต.ค. 2569, outside FY2569; the per diem 260 for ครูระดับชำนาญการ is over 240 (as of ก.พ. 2569).',
      planted: [
        { rule: 'schedule-outside-period', at: 'งบประมาณ!B13', note: 'activity 3 in ต.ค. 2569, outside FY2569 (should be ต.ค. 2568 or within the year)' },
        { rule: 'rate-over-ceiling', at: 'งบประมาณ!E6', note: 'per diem 260 for ชำนาญการ, ceiling 240' },
      ],
      correct: [
        { at: 'งบประมาณ!B5', note: 'February 2569 is inside FY2569' },
        { at: 'งบประมาณ!B9', note: 'March 2569 is inside FY2569' },
        { at: 'งบประมาณ!E10', note: 'snack 35 within the ceiling' },
      ],
    });
  }
  {
    // m2: numbered headings with "เดือน …" in Thai digits, a two-digit year, and a range; correct
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('ประมาณการ');
    putRows(ws, 1, [
      ['ประมาณการค่าใช้จ่าย โครงการส่งเสริมการอ่าน ปีงบประมาณ ๒๕๖๙'],
      ['งบประมาณ', 12000],
      ['ลำดับ', 'รายการ', 'จำนวน', 'ราคา', 'รวมเงิน'],
      ['', '๑. จัดหาหนังสือ เดือน ธ.ค. ๒๕๖๘'],
      ['', 'ค่าหนังสืออ่านนอกเวลา', 40, 120, 4800],
      ['', 'รวม', '', '', f('SUM(E5)', 4800)],
      ['', '๒. ยอดนักอ่าน (ก.พ. 69)'],
      ['', 'ค่ารางวัลนักอ่าน', 20, 100, 2000],
      ['', 'ค่าอาหารว่างและเครื่องดื่ม', 50, 25, 1250],
      ['', 'รวม', '', '', f('SUM(E8:E9)', 3250)],
      ['', '๓. มุมอ่านหนังสือ ระยะเวลา พ.ย. 2568 – ส.ค. 2569'],
      ['', 'ค่าวัสดุตกแต่งมุมอ่าน', 1, 3500, 3500],
      ['', 'รวม', '', '', f('SUM(E12)', 3500)],
      ['', 'รวมทั้งสิ้น', '', '', f('E6+E10+E13', 11550)],
    ]);
    await save(wb, 'b8-m2-heading-months-numbered', {
      description: 'Numbered headings ("๑. … เดือน ธ.ค. ๒๕๖๘", "๒. … (ก.พ. 69)", "๓. … ระยะเวลา พ.ย. 2568 – ส.ค. 2569") with Thai digits; all inside FY2569. Correct.',
      control: true, planted: [],
      correct: [
        { at: 'ประมาณการ!B4', note: 'ธ.ค. 2568 inside FY2569' },
        { at: 'ประมาณการ!B11', note: 'a range inside FY2569' },
        { at: 'ประมาณการ!E14', note: 'total = subtotals' },
      ],
    });
  }
}

async function monthGrids() {
  const MONTHS = ['ต.ค. 68', 'พ.ย. 68', 'ธ.ค. 68', 'ม.ค. 69', 'ก.พ. 69', 'มี.ค. 69', 'เม.ย. 69', 'พ.ค. 69', 'มิ.ย. 69', 'ก.ค. 69', 'ส.ค. 69', 'ก.ย. 69'];
  const every = (n) => MONTHS.map(() => n);
  const quarterly = (n) => MONTHS.map((_, i) => (i % 3 === 1 ? n : '-'));
  {
    // g1: a spending plan spread over every month; quarters 3,150 each; one row total that is not its months' sum
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('แผนการใช้จ่ายเงิน');
    putRows(ws, 1, [
      ['แผนการใช้จ่ายเงิน งานห้องสมุด ปีงบประมาณ 2569'],
      ['งบประมาณที่ได้รับจัดสรร', '', 13000],
      ['ที่', 'รายการ', 'จำนวน', 'ราคาต่อหน่วย', 'รวมเงิน', ...MONTHS],
      [1, 'ค่าจ้างเหมาทำความสะอาดห้องสมุด', '12 เดือน', 500, 6000, ...every(500)],
      [2, 'ค่าหนังสือพิมพ์รายวัน', '12 เดือน', 300, 3900, ...every(300)],
      [3, 'ค่าซ่อมชั้นหนังสือ', '4 ครั้ง', 450, 1800, ...quarterly(450)],
      [4, 'ค่าวัสดุซ่อมหนังสือ', '12 เดือน', 100, 1200, ...every(100)],
      ['', 'รวม', '', '', f('SUM(E4:E7)', 12900), ...MONTHS.map((_, i) => (i % 3 === 1 ? 1350 : 900))],
    ]);
    await save(wb, 'b8-g1-month-grid-every-month', {
      description: 'A month-grid spending plan (แผนการใช้จ่ายเงิน ต.ค. 68 … ก.ย. 69) spread over every month; the quarters of the consolidation spread each line over its months (3,150 a quarter as computed). Row 5 states 3,900 where 300 × 12 months (and its grid) give 3,600.',
      planted: [{ rule: 'line-amount-mismatch', at: 'แผนการใช้จ่ายเงิน!E5', note: 'newspapers 300 × 12 = 3,600 (the grid says so too), written 3,900' }],
      correct: [{ at: 'แผนการใช้จ่ายเงิน!E4', note: '500 × 12' }, { at: 'แผนการใช้จ่ายเงิน!E6', note: '450 × 4, one a quarter' }],
    });
  }
}

async function periodsAndDates() {
  const BE_DATE = '[$-D07041E]d mmm yyyy';
  const date = (y, m, d) => new Date(Date.UTC(y, m - 1, d));
  {
    // t1: the period only in the title ("(ระยะเวลาดำเนินการ ธ.ค. 2568 – ก.พ. 2569)"), a date column (BE text); one line dated
    // in มี.ค. 2569: inside the fiscal year, outside the project period
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('ประมาณการ');
    putRows(ws, 1, [
      ['โครงการส่งเสริมทักษะการว่ายน้ำเพื่อความปลอดภัย'],
      ['ปีงบประมาณ 2569 (ระยะเวลาดำเนินการ ธ.ค. 2568 – ก.พ. 2569)  งบประมาณ 16,000 บาท'],
      [],
      ['ที่', 'รายการ', 'จำนวน', 'ราคาต่อหน่วย', 'จำนวนเงิน', 'วันที่ดำเนินการ'],
      [1, 'ค่าเช่าสระว่ายน้ำ', 10, 800, 8000, '15 ธ.ค. 2568'],
      [2, 'ค่าตอบแทนครูฝึกว่ายน้ำ (บุคคลภายนอก) 10 ชั่วโมง', 10, 400, 4000, '๑๒ ม.ค. ๒๕๖๙'],
      [3, 'ค่าอาหารว่างและเครื่องดื่ม นักเรียน', 60, 25, 1500, '16/02/2569'],
      [4, 'ค่าห่วงยางและอุปกรณ์ชูชีพ', 1, 2000, 2000, '5 มี.ค. 2569'],
      ['', 'รวมทั้งสิ้น', '', '', f('SUM(E5:E8)', 15500)],
    ]);
    await save(wb, 'b8-t1-title-period-date-column', {
      description: 'The project period is written only in the title ("(ระยะเวลาดำเนินการ ธ.ค. 2568 – ก.พ. 2569)"); a วันที่ดำเนินการ column of Buddhist-era dates as text ("15 ธ.ค. 2568", Thai digits, "16/02/2569"). Line 4 is dated 5 มี.ค. 2569, after the project period.',
      planted: [{ rule: 'schedule-outside-period', at: 'ประมาณการ!F8', note: 'spent in มี.ค. 2569, after the period ธ.ค. 2568 – ก.พ. 2569' }],
      correct: [{ at: 'ประมาณการ!F5', note: 'ธ.ค. 2568 inside the period' }, { at: 'ประมาณการ!F7', note: '16/02/2569 inside the period' }, { at: 'ประมาณการ!D7', note: 'snack 25 for students' }],
    });
  }
  {
    // d1: real Excel dates shown in the Buddhist era; one line in ต.ค. 2569 (outside FY2569)
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('งบประมาณ');
    putRows(ws, 1, [
      ['โครงการวันวิทยาศาสตร์'],
      ['ปีงบประมาณ ๒๕๖๙   งบประมาณ ๙,๐๐๐ บาท'],
      [],
      ['ลำดับ', 'รายการ', 'จำนวน', 'หน่วยนับ', 'ราคา/หน่วย', 'รวมเงิน', 'วันที่จัด'],
      ['๑', 'ค่าอาหารว่างและเครื่องดื่ม', '๑๐๐', 'คน', 25, 2500, date(2026, 8, 18)],
      ['๒', 'ค่ารางวัลการแข่งขัน', '๑', 'ชุด', 3000, 3000, date(2026, 8, 18)],
      ['๓', 'ค่าวัสดุจัดนิทรรศการ', '๑', 'ชุด', 2500, 2500, date(2026, 10, 5)],
      ['', 'รวม', '', '', '', 8000],
    ]);
    for (let r = 5; r <= 7; r++) ws.getCell(r, 7).numFmt = BE_DATE;
    await save(wb, 'b8-d1-excel-dates-be-format', {
      description: 'A วันที่จัด column of real Excel dates shown in the Buddhist era ([$-D07041E]d mmm yyyy); line 3 is dated 5 ต.ค. 2569, outside FY2569.',
      planted: [{ rule: 'schedule-outside-period', at: 'งบประมาณ!G7', note: 'ต.ค. 2569 is in FY2570' }],
      correct: [{ at: 'งบประมาณ!G5', note: 'ส.ค. 2569 inside FY2569' }, { at: 'งบประมาณ!E5', note: 'snack 25' }],
    });
  }
  {
    // t2: "(ดำเนินการ กุมภาพันธ์ 2569)" in the title, figures as text; correct
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Sheet1');
    putRows(ws, 1, [
      ['โครงการประชุมผู้ปกครองนักเรียน ประจำปีการศึกษา 2568'],
      ['ปีงบประมาณ 2569 (ดำเนินการ กุมภาพันธ์ 2569)  งบประมาณ 6,000 บาท'],
      [],
      ['ที่', 'รายการ', 'จำนวน', 'ครั้ง', 'ราคา', 'เป็นเงิน'],
      ['1', 'ค่าอาหารว่างและเครื่องดื่ม', '40 คน', '๒ มื้อ', '35 บาท', '2,800.- บาท'],
      ['2', 'ค่าเอกสารประกอบการประชุม', '40 ชุด', '-', '30 บาท', '1,200 บาท'],
      ['3', 'ค่าป้ายไวนิล', '1 ผืน', '-', '500 บาท', '500.- บาท'],
      ['', 'รวมทั้งสิ้น', '', '', '', '๔,๕๐๐ บาท'],
    ]);
    await save(wb, 'b8-t2-title-period-bracketed', {
      description: 'The period only in the title, in brackets after the fiscal year ("(ดำเนินการ กุมภาพันธ์ 2569)"); figures typed as text with units. Correct.',
      control: true, planted: [],
      correct: [{ at: 'Sheet1!F8', note: 'total 4,500' }, { at: 'Sheet1!E5', note: 'snack 35' }],
    });
  }
}

async function main() {
  await headingMonths();
  await monthGrids();
  await periodsAndDates();
}

main().catch((e) => { console.error(e); process.exit(1); });
