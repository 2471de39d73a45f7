// The developers' variants of the classes the eighth blind tester (a district budget reviewer) found:
// node test/corpus/workbooks/blind8/make8.js [outdir]. The tester's own files are committed as p8-f*.xlsx (and two
// of the tester's probes as p8-p*.xlsx).
// - totals over a hierarchy of rows: group rows over sub-items (1 over 1.1, 1.2), activity subtotals, headings or
//   expense-class rows that carry their block's amount; a total that adds the higher rows is complete, one that
//   adds a row and its members counts them twice, one that forgets a row leaves its lines out (the suggested
//   formula is written in the user's style and must work out to the figure it says);
// - project fields written as lines of one cell (Alt+Enter), merged or not;
// - a price per day or per session whose text gives the hours and the hourly rate (วันละ 3 ชม. ชม.ละ 1,200).
// Formulas carry cached results, as Excel saves them (f(formula, result)).
const ExcelJS = require('exceljs');
const OUT = process.argv[2] || __dirname;

const { putRows, saveWithKey } = require('../make-lib');
const save = saveWithKey(OUT);
const f = (formula, result) => ({ formula, result });

async function main() {
  {
    // h1: group rows whose amounts are SUM formulas over their sub-items, grand total SUM(C5,C8,C11) over the groups: correct
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('ประมาณการ');
    putRows(ws, 1, [
      ['โครงการค่ายคณิตศาสตร์ ปีงบประมาณ 2569'],
      ['งบประมาณที่ได้รับจัดสรร', '', 9000],
      ['ระยะเวลาดำเนินการ', 'มกราคม 2569'],
      ['ลำดับ', 'รายการ', 'จำนวนเงิน', 'หมายเหตุ'],
      [1, 'ค่าอาหาร', f('SUM(C6:C7)', 5250)],
      ['1.1', 'ค่าอาหารกลางวัน 50 คน x 75 บาท x 1 มื้อ', 3750],
      ['1.2', 'ค่าอาหารว่าง 50 คน x 15 บาท x 2 มื้อ', 1500],
      [2, 'ค่าวัสดุ', f('SUM(C9:C10)', 2450)],
      ['2.1', 'ค่ากระดาษ', 950],
      ['2.2', 'ค่าปากกาและสี', 1500],
      [3, 'ค่าป้ายไวนิล', f('SUM(C12)', 1200)],
      ['3.1', 'ค่าป้ายไวนิลโครงการ', 1200],
      ['', 'รวมทั้งสิ้น', f('SUM(C5,C8,C11)', 8900)],
    ]);
    await save(wb, 'p8-h1-group-sums-total-over-groups', {
      description: 'Group rows (1, 2, 3) whose amounts are SUM formulas over their sub-items (1.1 …); the grand total =SUM(C5,C8,C11) adds the groups. Correct.',
      control: true, planted: [],
      correct: [{ at: 'ประมาณการ!C13', note: 'total over the group rows: complete, not double' }, { at: 'ประมาณการ!C5', note: 'group = its sub-items' }],
    });
  }
  {
    // h2: typed group amounts, a + chain that forgets group 3 (its sub-items 3.1, 3.2)
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('งบประมาณ');
    putRows(ws, 1, [
      ['โครงการพัฒนาห้องสมุดมีชีวิต ปีงบประมาณ 2569'],
      ['งบประมาณ', '', '', '', 20000],
      ['ที่', 'รายการ', 'จำนวน', 'ราคาต่อหน่วย', 'จำนวนเงิน'],
      [1, 'ค่าหนังสือ', '', '', 9000],
      ['1.1', 'หนังสือนิทาน', 60, 100, 6000],
      ['1.2', 'หนังสือสารคดี', 20, 150, 3000],
      [2, 'ค่าครุภัณฑ์', '', '', 6000],
      ['2.1', 'ชั้นวางหนังสือ', 2, 3000, 6000],
      [3, 'ค่าวัสดุตกแต่ง', '', '', 3500],
      ['3.1', 'พรม', 1, 2500, 2500],
      ['3.2', 'หมอนอิง', 10, 100, 1000],
      ['', 'รวมทั้งสิ้น', '', '', f('E4+E7', 15000)],
    ]);
    await save(wb, 'p8-h2-groups-chain-forgets-one', {
      description: 'Typed group amounts over sub-items; the grand total =E4+E7 forgets group 3 (rows 10, 11). The suggestion must be =E4+E7+E9 (18,500), never a SUM over groups and sub-items.',
      planted: [{ rule: 'sum-range-incomplete', at: 'งบประมาณ!E12', note: 'leaves out rows 10, 11 (group 3); should be 18,500' }],
      correct: [{ at: 'งบประมาณ!E4', note: 'group = its sub-items' }, { at: 'งบประมาณ!E9', note: 'group = its sub-items' }],
    });
  }
  {
    // h3: activity headings that carry their block's amount, grand total chain over the heading rows: correct
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('Sheet1');
    putRows(ws, 1, [
      ['โครงการส่งเสริมสุขภาพนักเรียน'],
      ['ปีงบประมาณ 2569  งบประมาณ 12,000 บาท'],
      ['ที่', 'รายการ', 'จำนวน', 'หน่วย', 'ราคาต่อหน่วย', 'จำนวนเงิน'],
      ['', 'กิจกรรมที่ 1 ตรวจสุขภาพนักเรียน', '', '', '', 4500],
      [1, 'ค่าวัสดุทางการแพทย์', 1, 'ชุด', 2500, 2500],
      [2, 'ค่าอาหารว่างเจ้าหน้าที่', 40, 'คน', 25, 1000],
      [3, 'ค่าถ่ายเอกสารแบบบันทึก', 1000, 'แผ่น', 1, 1000],
      ['', 'กิจกรรมที่ 2 ประกวดหนูน้อยสุขภาพดี', '', '', '', 7000],
      [1, 'ค่ารางวัล', 1, 'ชุด', 5000, 5000],
      [2, 'ค่าป้ายและเอกสาร', 1, 'ชุด', 2000, 2000],
      ['', 'รวมทั้งสิ้น', '', '', '', f('F4+F8', 11500)],
    ]);
    await save(wb, 'p8-h3-heading-amounts-chain', {
      description: 'Activity heading rows carry their block\'s amount; the grand total =F4+F8 adds the headings. Correct.',
      control: true, planted: [],
      correct: [{ at: 'Sheet1!F11', note: 'total over the activity headings: complete' }],
    });
  }
  {
    // h4: block subtotals (รวม) and a grand total that adds the line ranges around them: correct
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('รายละเอียด');
    putRows(ws, 1, [
      ['โครงการอบรมครูด้านการวัดผล ปีงบประมาณ 2569'],
      ['งบประมาณที่ได้รับ', '', '', '', '', 16000],
      ['ที่', 'รายการ', 'จำนวนคน', 'มื้อ', 'บาท/หน่วย', 'รวมเงิน'],
      ['', 'กิจกรรมที่ 1 ประชุมวางแผน'],
      [1, 'ค่าอาหารว่างและเครื่องดื่ม', 20, 2, 35, 1400],
      [2, 'ค่าอาหารกลางวัน', 20, 1, 120, 2400],
      ['', 'รวม', '', '', '', f('SUM(F5:F6)', 3800)],
      ['', 'กิจกรรมที่ 2 อบรมเชิงปฏิบัติการ'],
      [1, 'ค่าวัสดุอบรม', 40, 1, 150, 6000],
      [2, 'ค่าเอกสารประกอบการอบรม', 40, 1, 100, 4000],
      ['', 'รวม', '', '', '', f('SUM(F9:F10)', 10000)],
      ['', 'รวมทั้งสิ้น', '', '', '', f('SUM(F5:F6)+SUM(F9:F10)', 13800)],
    ]);
    await save(wb, 'p8-h4-block-subtotals-total-over-lines', {
      description: 'Blocks with SUM subtotals; the grand total =SUM(F5:F6)+SUM(F9:F10) adds the lines around the subtotal rows. Correct.',
      control: true, planted: [],
      correct: [{ at: 'รายละเอียด!F12', note: 'lines once each' }, { at: 'รายละเอียด!F7', note: 'subtotal' }],
    });
  }
  {
    // h5: a chain over subtotals that forgets one, and one typed subtotal that is wrong: a chain over the
    // subtotals would not show the lines' sum, so the suggestion adds the line ranges
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('งบ');
    putRows(ws, 1, [
      ['โครงการทัศนศึกษาแหล่งเรียนรู้ ปีงบประมาณ 2569'],
      ['งบประมาณที่ได้รับจัดสรร', '', '', '', '', 30000],
      ['ที่', 'รายการ', 'จำนวน', 'วัน', 'ราคา', 'จำนวนเงิน'],
      ['', 'กิจกรรมที่ 1 ทัศนศึกษา'],
      [1, 'ค่าเช่ารถโดยสารไม่ประจำทาง', 2, 1, 6000, 12000],
      [2, 'ค่าเข้าชมสถานที่', 80, 1, 50, 4000],
      ['', 'รวมกิจกรรมที่ 1', '', '', '', 17000],
      ['', 'กิจกรรมที่ 2 สรุปความรู้'],
      [1, 'ค่าวัสดุจัดนิทรรศการ', 1, 1, 3000, 3000],
      ['', 'รวมกิจกรรมที่ 2', '', '', '', 3000],
      ['', 'กิจกรรมที่ 3 ประเมินผล'],
      [1, 'ค่าถ่ายเอกสารแบบประเมิน', 400, 1, 1, 400],
      ['', 'รวมกิจกรรมที่ 3', '', '', '', 400],
      ['', 'รวมทั้งสิ้น', '', '', '', f('F7+F10', 20000)],
    ]);
    await save(wb, 'p8-h5-chain-forgets-one-subtotal-wrong', {
      description: 'Activity subtotals typed, the first one wrong (17,000 for 16,000 of lines); the grand total =F7+F10 forgets activity 3. A chain over the subtotals would show 20,400, not the lines\' 19,400: the suggestion adds the line ranges instead.',
      planted: [
        { rule: 'subtotal-mismatch', at: 'งบ!F7', note: 'typed 17,000, lines 16,000' },
        { rule: 'sum-range-incomplete', at: 'งบ!F14', note: 'leaves out row 12 (activity 3); should be 19,400' },
      ],
      correct: [{ at: 'งบ!F10', note: 'subtotal right' }],
    });
  }
  {
    // h6: no subtotals, a SUM that stops one row short
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('แผนใช้เงิน');
    putRows(ws, 1, [
      ['โครงการปรับปรุงภูมิทัศน์ ปีงบประมาณ 2569'],
      ['งบประมาณ', '', '', 8000],
      ['รายการ', 'จำนวน', 'ราคาต่อหน่วย', 'จำนวนเงิน'],
      ['ต้นไม้ประดับ', 40, 80, 3200],
      ['ดินปลูก', 30, 50, 1500],
      ['กระถาง', 40, 45, 1800],
      ['ปุ๋ยอินทรีย์', 10, 120, 1200],
      ['รวมทั้งสิ้น', '', '', f('SUM(D4:D6)', 6500)],
    ]);
    await save(wb, 'p8-h6-sum-one-row-short', {
      description: 'A plain table with no subtotals; the total =SUM(D4:D6) leaves out the last line (row 7). Suggestion =SUM(D4:D7) (7,700).',
      planted: [{ rule: 'sum-range-incomplete', at: 'แผนใช้เงิน!D8', note: 'leaves out row 7' }],
      correct: [{ at: 'แผนใช้เงิน!D7', note: 'a right line' }],
    });
  }
  {
    // h7: expense-class rows carrying their class amount, the total a chain over the class rows: correct
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('โครงการ');
    putRows(ws, 1, [
      ['โครงการพัฒนาทักษะภาษาอังกฤษ ปีงบประมาณ 2569'],
      ['งบประมาณที่ได้รับจัดสรร', '', '', '', 10000],
      ['ที่', 'รายการ', 'จำนวน', 'ราคาต่อหน่วย', 'จำนวนเงิน'],
      ['', 'ค่าตอบแทน', '', '', 3600],
      [1, 'ค่าตอบแทนวิทยากร (ข้าราชการ) 6 ชั่วโมง', 6, 600, 3600],
      ['', 'ค่าวัสดุ', '', '', 5400],
      [2, 'ค่าบัตรคำศัพท์', 30, 80, 2400],
      [3, 'ค่าหนังสืออ่านนอกเวลา', 20, 150, 3000],
      ['', 'รวมทั้งสิ้น', '', '', f('E4+E6', 9000)],
    ]);
    await save(wb, 'p8-h7-class-rows-chain', {
      description: 'Expense-class rows (ค่าตอบแทน, ค่าวัสดุ) carry the amount of the lines under them; the total =E4+E6 adds the class rows. Correct.',
      control: true, planted: [],
      correct: [{ at: 'โครงการ!E9', note: 'total over the class rows: complete' }],
    });
  }
  {
    // r1: speaker fees priced per day with the hours and hourly rate in the text: one within the ceiling (3 × 600,
    // government speaker), one over (วันละ 3 ชม. ชม.ละ 1,500 for an outside speaker, ceiling 1,200 an hour)
    const wb = new ExcelJS.Workbook(); const ws = wb.addWorksheet('ค่าใช้จ่าย');
    putRows(ws, 1, [
      ['โครงการอบรมพัฒนาครูด้านการสอนวิทยาศาสตร์ ปีงบประมาณ 2569'],
      ['ระยะเวลา', 'มกราคม 2569', '', 'งบประมาณ', 30000],
      ['ที่', 'รายการ', 'คน', 'วัน', 'ราคา', 'จำนวนเงิน'],
      [1, 'ค่าตอบแทนวิทยากร (ข้าราชการ) วันละ 3 ชม. ชม.ละ 600 บาท', 1, 2, 1800, 3600],
      [2, 'ค่าตอบแทนวิทยากรภายนอก (วันละ 3 ชม. ชม.ละ 1,500 บาท)', 1, 2, 4500, 9000],
      [3, 'ค่าวัสดุอบรม', 40, 1, 150, 6000],
      ['', 'รวมทั้งสิ้น', '', '', '', f('SUM(F4:F6)', 18600)],
    ]);
    await save(wb, 'p8-r1-speaker-per-day-hours', {
      description: 'Speaker fees priced per day, the text giving hours a day and the hourly rate: judged per hour (600 within the government speaker ceiling; 1,500 over the outside speaker ceiling of 1,200).',
      planted: [{ rule: 'rate-over-ceiling', at: 'ค่าใช้จ่าย!E5', note: 'วันละ 3 ชม. ชม.ละ 1,500: 1,500 an hour > 1,200' }],
      correct: [{ at: 'ค่าใช้จ่าย!E4', note: '1,800 a day = 3 h × 600, within the ceiling' }],
    });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
