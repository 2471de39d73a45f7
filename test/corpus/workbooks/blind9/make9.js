// The developers' variants of the workbook classes the ninth blind tester (a new budget planner / district
// reviewer) found: node test/corpus/workbooks/blind9/make9.js [outdir]. The tester's own files are committed as
// p9-f*.xlsx (copied as they were made, with keys from the tester's KEY.md).
// - the factors written by hand in one count cell ("30 คน x 2 วัน", "๓๐ คน ๒ วัน", "40 คน × 2 มื้อ × 2 วัน");
// - English or bilingual headings and field labels (Item / รายการ, Qty, Days, Unit price, Amount, Total,
//   Allocation / งบประมาณที่ได้รับ, Fiscal year / ปีงบประมาณ);
// - percentage lines (ค่าบริหารจัดการ 5 %, ร้อยละ 3 ของ 20,000 บาท, 0.05 in a percent-formatted cell);
// - an activity table with start and end date columns (real dates, Gregorian or Buddhist-era years);
// - several projects in one workbook (stacked on one sheet, or one per sheet).
// Formulas carry cached results, as Excel saves them (f(formula, result)).
const ExcelJS = require('exceljs');
const OUT = process.argv[2] || __dirname;

const { putRows, saveWithKey } = require('../make-lib');
const save = saveWithKey(OUT);
const f = (formula, result) => ({ formula, result });

async function counts() {
  {
    // q1: one จำนวน cell with the factors, Thai digits in one, a wrong line
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('ประมาณการ');
    putRows(ws, 1, [
      ['โครงการอบรมครูด้านการวัดผล ปีงบประมาณ 2568'],
      ['งบประมาณที่ได้รับจัดสรร', 20000],
      ['ระยะเวลาดำเนินการ', 'มกราคม 2568'],
      [],
      ['ที่', 'รายการ', 'จำนวน', 'ราคาต่อหน่วย (บาท)', 'จำนวนเงิน (บาท)'],
      [1, 'ค่าอาหารกลางวัน', '๓๐ คน ๒ วัน', 100, 6000],
      [2, 'ค่าอาหารว่างและเครื่องดื่ม', '30 คน × 2 มื้อ × 2 วัน', 35, 4620],
      [3, 'ค่าสมนาคุณวิทยากร (บุคคลภายนอก)', '1 คน x 3 ชม. x 2 วัน', 1200, 7200],
      [4, 'ค่าวัสดุอบรม', '1 ชุด', 1500, 1500],
      ['', 'รวมทั้งสิ้น', '', '', 19320],
    ]);
    await save(wb, 'p9-q1-counts-one-cell-thai-digits', {
      description: 'Factors written by hand in one จำนวน cell ("๓๐ คน ๒ วัน", "30 คน × 2 มื้อ × 2 วัน", "1 คน x 3 ชม. x 2 วัน", "1 ชุด"). Snacks 30 × 2 × 2 × 35 = 4,200 written 4,620.',
      planted: [{ rule: 'line-amount-mismatch', at: 'ประมาณการ!E7', note: '30 × 4 × 35 = 4,200, written 4,620' }],
      correct: [{ at: 'ประมาณการ!E6', note: '๓๐ คน ๒ วัน × 100 = 6,000' }, { at: 'ประมาณการ!E8', note: '1 × 3 h × 2 days × 1,200 = 7,200' }],
    });
  }
  {
    // q2: "ปริมาณ" column with people × days and a separate มื้อ column; a unit column after; correct
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Sheet1');
    putRows(ws, 1, [
      ['ชื่อโครงการ', 'ค่ายลูกเสือ'],
      ['ปีงบประมาณ', 2568],
      ['งบประมาณ', 30000],
      ['ระยะเวลา', 'กุมภาพันธ์ 2568'],
      [],
      ['ลำดับ', 'รายการ', 'ปริมาณ', 'มื้อ', 'อัตรา', 'รวมเงิน', 'หมายเหตุ'],
      [1, 'ค่าอาหาร', '40 คน x 3 วัน', 3, 50, f('E7*D7*120', 18000), ''],
      [2, 'ค่าอาหารว่าง', '40 คน x 3 วัน', 2, 25, 6000, ''],
      [3, 'ค่าวัสดุ', '1 ชุด', '', 4000, 4000, 'ถัวจ่ายทุกรายการ'],
      ['', 'รวม', '', '', '', 28000, ''],
    ]);
    await save(wb, 'p9-q2-people-days-and-meals', {
      description: 'A ปริมาณ column holding "40 คน x 3 วัน" and a separate มื้อ column: every factor multiplied. Correct.',
      control: true, planted: [],
      correct: [{ at: 'Sheet1!F7', note: '40 × 3 × 3 × 50 = 18,000' }, { at: 'Sheet1!F8', note: '40 × 3 × 2 × 25 = 6,000' }],
    });
  }
}

async function english() {
  {
    // e1: English headers and labels only; a wrong line and the total over the allocation
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Budget');
    putRows(ws, 1, [
      ['Project name', 'Science Fair'],
      ['Fiscal year', 2568],
      ['Allocation', 12000],
      ['Period', 'January 2025'],
      [],
      ['No.', 'Item', 'Qty', 'Days', 'Unit price', 'Amount'],
      [1, 'ค่าอาหารว่างและเครื่องดื่ม', 60, 2, 35, 4200],
      [2, 'ค่ารางวัล', 10, 1, 500, 5500],
      [3, 'ค่าวัสดุ', 1, 1, 3000, 3000],
      ['', 'Total', '', '', '', 12700],
    ]);
    await save(wb, 'p9-e1-english-only', {
      description: 'English-only headers (No. | Item | Qty | Days | Unit price | Amount) and labels (Project name, Fiscal year, Allocation). Prizes 10 × 500 = 5,000 written 5,500; the total 12,700 over the allocation 12,000.',
      planted: [
        { rule: 'line-amount-mismatch', at: 'Budget!F8', note: '10 × 500 = 5,000, written 5,500' },
        { rule: 'over-allocation', at: 'Budget!B3', note: 'lines 12,200 > 12,000' },
      ],
      correct: [{ at: 'Budget!F7', note: '60 × 2 × 35 = 4,200' }],
    });
  }
  {
    // e2: Thai headers with English in parentheses, three factors, a stated total the lines never reach
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('แผนงบ');
    putRows(ws, 1, [
      ['ชื่อโครงการ (Project)', 'พัฒนาทักษะการสื่อสาร'],
      ['ปีงบประมาณ (Fiscal year)', 2568],
      ['งบประมาณที่ได้รับ (Allocation)', 30000],
      ['ระยะเวลา (Period)', 'ธันวาคม 2567'],
      [],
      ['ที่ (No.)', 'รายการ (Item)', 'จำนวนคน (Persons)', 'ครั้ง (Times)', 'วัน (Days)', 'ราคาต่อหน่วย (Unit cost)', 'รวม (Total)'],
      [1, 'ค่าอาหารกลางวัน', 50, 1, 2, 100, 10000],
      [2, 'ค่าอาหารว่างและเครื่องดื่ม', 50, 2, 2, 35, 7000],
      [3, 'ค่าวัสดุ', 1, 1, 1, 5000, 5000],
      ['', 'รวมทั้งสิ้น (Grand total)', '', '', '', '', 25000],
    ]);
    await save(wb, 'p9-e2-bilingual-parentheses-total', {
      description: 'Thai headers with English in parentheses, Persons × Times × Days; the grand total typed 25,000 while the lines add up to 22,000.',
      planted: [{ rule: 'total-mismatch', at: 'แผนงบ!G10', note: 'lines 22,000, total typed 25,000' }],
      correct: [{ at: 'แผนงบ!G7', note: '50 × 1 × 2 × 100 = 10,000' }, { at: 'แผนงบ!G8', note: '50 × 2 × 2 × 35 = 7,000' }],
    });
  }
}

async function percents() {
  {
    // c1: a percentage with its base written in the item; the amount over the share
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('งบประมาณ');
    putRows(ws, 1, [
      ['โครงการปรับปรุงสวนหย่อม ปีงบประมาณ 2568'],
      ['งบประมาณที่ได้รับจัดสรร', 25000],
      ['ระยะเวลาดำเนินการ', 'มิถุนายน 2568'],
      ['ที่', 'รายการ', 'จำนวน', 'หน่วย', 'ราคาต่อหน่วย', 'จำนวนเงิน'],
      [1, 'ค่าต้นไม้', 40, 'ต้น', 250, 10000],
      [2, 'ค่าดินและปุ๋ย', 20, 'ถุง', 500, 10000],
      [3, 'ค่าดำเนินการ ร้อยละ 3 ของ 20,000 บาท', 'ร้อยละ 3', '', '', 800],
      ['', 'รวม', '', '', '', 20800],
    ]);
    await save(wb, 'p9-c1-percent-stated-base-over', {
      description: 'A percentage line "ค่าดำเนินการ ร้อยละ 3 ของ 20,000 บาท" (600) written 800: over the share of the base it states.',
      planted: [{ rule: 'line-amount-mismatch', at: 'งบประมาณ!F7', note: '3% of 20,000 = 600, written 800' }],
      correct: [{ at: 'งบประมาณ!F5', note: '40 × 250' }],
    });
  }
  {
    // c2: a percentage in the quantity column as a number (0.1 formatted 10 %), of the lines above; correct
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Sheet1');
    putRows(ws, 1, [
      ['ชื่อโครงการ', 'จ้างเหมาทาสีอาคาร'],
      ['ปีงบประมาณ', 2568],
      ['งบประมาณที่ได้รับจัดสรร', 40000],
      ['ระยะเวลาดำเนินการ', 'เมษายน 2568'],
      ['รายการ', 'จำนวน', 'ราคาต่อหน่วย', 'จำนวนเงิน'],
      ['ค่าสี', 20, 900, 18000],
      ['ค่าจ้างแรงงาน', 12, 1500, 18000],
      ['ค่าควบคุมงาน', 0.1, '', 3600],
      ['รวมทั้งสิ้น', '', '', 39600],
    ]);
    ws.getCell('B8').numFmt = '0%';
    await save(wb, 'p9-c2-percent-number-of-above', {
      description: 'A share as a number 0.1 in the quantity column (cell formatted 10 %) with no unit cost: 10 % of the 36,000 above = 3,600. Correct; not a unit cost of 36,000.',
      control: true, planted: [],
      correct: [{ at: 'Sheet1!D8', note: '10% of 36,000' }],
    });
  }
  {
    // c3: "5%" text in the quantity column, over the share of the lines above: a warning
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('งบ');
    putRows(ws, 1, [
      ['ชื่อโครงการ', 'ห้องเรียนคุณภาพ'],
      ['ปีงบประมาณ', 2568],
      ['งบประมาณที่ได้รับจัดสรร', 12000],
      ['ระยะเวลาดำเนินการ', 'พฤษภาคม 2568'],
      ['ที่', 'รายการ', 'จำนวน', 'ราคาต่อหน่วย', 'จำนวนเงิน'],
      [1, 'ค่าวัสดุการเรียน', 1, 10000, 10000],
      [2, 'ค่าบริหารจัดการ 5%', '5%', '', 1000],
      ['', 'รวม', '', '', 11000],
    ]);
    await save(wb, 'p9-c3-percent-text-over-above', {
      description: 'A percentage line "5%" (text) of the 10,000 above written 1,000 (5% is 500): a warning, the base not being stated.',
      planted: [{ rule: 'line-amount-mismatch', at: 'งบ!E7', note: '5% of 10,000 = 500, written 1,000' }],
      correct: [{ at: 'งบ!E6', note: '1 × 10,000' }],
    });
  }
}

async function dates() {
  {
    // d1: English activity table with Start date / End date (Gregorian dates), one activity after the fiscal year
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Plan');
    putRows(ws, 1, [
      ['Project name', 'Reading Week'],
      ['Fiscal year', 2568],
      ['Allocation', 5000],
      [],
      ['No.', 'Activity', 'Start date', 'End date', 'Owner'],
      [1, 'Book fair', new Date(Date.UTC(2024, 11, 2)), new Date(Date.UTC(2024, 11, 6)), 'Ms. Dara'],
      [2, 'Reading contest', new Date(Date.UTC(2025, 1, 10)), new Date(Date.UTC(2025, 1, 10)), 'Mr. Somchai'],
      [3, 'Report', new Date(Date.UTC(2025, 10, 3)), new Date(Date.UTC(2025, 10, 3)), 'Ms. Dara'],
      [],
      ['Activity', 'Item', 'Qty', 'Unit price', 'Amount'],
      [1, 'ค่าป้ายไวนิล', 2, 500, 1000],
      [2, 'ค่ารางวัล', 6, 300, 1800],
      [3, 'ค่าจัดทำรูปเล่มรายงาน', 5, 120, 600],
      ['', 'Total', '', '', 3400],
    ]);
    for (const c of ['C6', 'D6', 'C7', 'D7', 'C8', 'D8']) ws.getCell(c).numFmt = 'yyyy-mm-dd';
    await save(wb, 'p9-d1-start-end-dates-english', {
      description: 'An activity table Activity | Start date | End date with real Gregorian dates (yyyy-mm-dd); activity 3 on 2025-11-03 (พ.ย. 2568), after FY2568.',
      planted: [{ rule: 'schedule-outside-period', at: 'Plan!C8', note: 'พ.ย. 2568 is outside FY2568 (ต.ค. 2567 – ก.ย. 2568)' }],
      correct: [{ at: 'Plan!C6', note: 'ธ.ค. 2567: inside the year, no schedule-missing' }],
    });
  }
  {
    // d2: Thai headers วันที่เริ่มต้น / วันสิ้นสุด, dates typed with Buddhist-era years into date cells; correct
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('แผนงาน');
    putRows(ws, 1, [
      ['ชื่อโครงการ', 'ส่งเสริมสุขภาพนักเรียน'],
      ['ปีงบประมาณ', 2568],
      ['งบประมาณที่ได้รับจัดสรร', 8000],
      [],
      ['ที่', 'กิจกรรม', 'วันที่เริ่มต้น', 'วันสิ้นสุด', 'ผู้รับผิดชอบ'],
      [1, 'ตรวจสุขภาพฟัน', new Date(Date.UTC(2024, 10, 12)), new Date(Date.UTC(2024, 10, 12)), 'นางสาวพิมพ์ใจ'],
      [2, 'อบรมโภชนาการ', '20/06/2568', '21/06/2568', 'นายวีระ'],
      [],
      ['กิจกรรมที่', 'รายการ', 'จำนวน', 'ราคาต่อหน่วย', 'จำนวนเงิน'],
      [1, 'ค่าแปรงสีฟันและยาสีฟัน', 100, 40, 4000],
      [2, 'ค่าอาหารว่างและเครื่องดื่ม', 50, 35, 1750],
      [2, 'ค่าวัสดุ', 1, 2000, 2000],
      ['', 'รวม', '', '', 7750],
    ]);
    // shown with the Buddhist-era year (Excel's Thai calendar format); the second row typed as text
    for (const c of ['C6', 'D6']) ws.getCell(c).numFmt = '[$-th-TH,107]d/mm/yyyy';
    await save(wb, 'p9-d2-start-end-dates-be-years', {
      description: 'An activity table with วันที่เริ่มต้น / วันสิ้นสุด: a real date shown with its Buddhist-era year (12/11/2567 in the Thai calendar format) and dates typed as text with BE years (20/06/2568). Correct: every activity has its months, inside FY2568.',
      control: true, planted: [],
      correct: [{ at: 'แผนงาน!C6', note: 'พ.ย. 2567' }, { at: 'แผนงาน!C7', note: 'มิ.ย. 2568' }],
    });
  }
}

async function projects() {
  // s1: two projects, one sheet each, bilingual labels; the second over its allocation
  const wb = new ExcelJS.Workbook();
  const one = (ws, name, alloc, lines) => {
    putRows(ws, 1, [
      ['Project / ชื่อโครงการ', name],
      ['Fiscal year / ปีงบประมาณ', 2568],
      ['Allocation / งบประมาณที่ได้รับ', alloc],
      ['ระยะเวลา', 'มีนาคม 2568'],
      [],
      ['Item / รายการ', 'Qty / จำนวน', 'Unit cost / ราคาต่อหน่วย', 'Amount / จำนวนเงิน'],
      ...lines,
      ['Total / รวม', '', '', lines.reduce((a, l) => a + l[3], 0)],
    ]);
  };
  one(wb.addWorksheet('โครงการ1'), 'โครงการวันวิทยาศาสตร์', 6000, [['ค่าวัสดุการทดลอง', 1, 3000, 3000], ['ค่ารางวัล', 10, 200, 2000]]);
  one(wb.addWorksheet('โครงการ2'), 'โครงการวันภาษาไทย', 4000, [['ค่ารางวัล', 12, 250, 3000], ['ค่าป้ายไวนิล', 2, 750, 1500]]);
  await save(wb, 'p9-s1-two-projects-two-sheets', {
    description: 'Two projects, one sheet each, bilingual labels; the second (โครงการวันภาษาไทย) spends 4,500 of 4,000. Each project checked on its own.',
    planted: [{ rule: 'over-allocation', at: 'โครงการ2!B3', note: '4,500 > 4,000' }],
    correct: [{ at: 'โครงการ1!B3', note: '5,000 within 6,000' }],
  });
}

async function main() {
  await counts();
  await english();
  await percents();
  await dates();
  await projects();
}
main().catch((e) => { console.error(e); process.exit(1); });
