/**
 * Whole documents: Thai digits throughout, untabbed tables, month ranges, owners with titles,
 * expense-class headings, grand totals, blocks that match no activity, lines not understood.
 */
import type { Satang } from "../../src/core/model";
import { bahtToSatang } from "../../src/core/money";
import { readFileSync } from "fs";
import { join } from "path";
import { importProjectText } from "../../src/import";
import { checkProjectText } from "../../src/import/check";
import { splitOwners } from "../../src/import/owners";
import { nameSimilarity } from "../../src/import/similarity";
import { toArabicDigits, toThaiDigits } from "../../src/core/thaiDigits";

const SEED = readFileSync(join(__dirname, "../fixtures/seed-project-2560.txt"), "utf8");
const baht = (n: number): Satang => bahtToSatang(n);

describe("a whole document written in Thai digits", () => {
  test("the seed with every digit converted to Thai digits imports into the same plan", () => {
    const thai = toThaiDigits(SEED);
    expect(thai).not.toMatch(/[0-9]/);
    const a = importProjectText(SEED);
    const b = importProjectText(thai);
    // the same plan; its texts (names, targets, notes) keep the digits the document was written with
    expect(JSON.parse(toArabicDigits(JSON.stringify(b.plan)))).toEqual(a.plan);
    expect(b.plan.activities.some((x) => /[๐-๙]/.test(x.name))).toBe(true);
    expect(JSON.parse(toArabicDigits(JSON.stringify(b.problems)))).toEqual(a.problems);
    expect(b.plan.budgetLines).toHaveLength(15);
    expect(b.plan.project.allocation).toBe(baht(120000));
  });
});

const PROPOSAL = [
  "โครงการ พัฒนาครูด้านการวัดผลและประเมินผล", // 1
  "แหล่งงบประมาณ\tงบพัฒนาคุณภาพการศึกษา", // 2
  "ลักษณะโครงการ\t( ) ใหม่ (/) ต่อเนื่อง", // 3
  "ผู้รับผิดชอบโครงการ\tดร.สมศรี ใจดี", // 4
  "ระยะเวลาดำเนินการ\tพฤศจิกายน 2566 – กันยายน 2567", // 5
  "สถานที่ดำเนินการ\tห้องประชุม สพป.", // 6
  "", // 7
  "1. วัตถุประสงค์", // 8
  "1. เพื่อพัฒนาครูด้านการวัดผล", // 9
  "2. เพื่อจัดทำคลังข้อสอบ", // 10
  "ของเขตพื้นที่", // 11
  "", // 12
  "2. กิจกรรมและการดำเนินการ", // 13
  "ที่ กิจกรรม ระยะเวลา ผู้รับผิดชอบ", // 14
  "1. ประชุมเชิงปฏิบัติการพัฒนาครู พฤศจิกายน 2566 – มกราคม 2567 ว่าที่ร้อยตรี ดร.สมชาย ดีมาก นางสาวสมหญิง รักเรียน", // 15
  "2. จัดทำคลังข้อสอบออนไลน์ ก.พ.–มี.ค. 2567 นายสมปอง ตั้งใจ", // 16
  "3. นิเทศติดตามการใช้คลังข้อสอบ ตลอดปีงบประมาณ นางสมใจ ใฝ่ดี", // 17
  "", // 18
  "3. งบประมาณ", // 19
  "งบประมาณที่ได้รับจัดสรร 60,000 บาท", // 20
  "", // 21
  "4. รายละเอียดงบประมาณ", // 22
  "กิจกรรมที่ 1 ประชุมเชิงปฏิบัติการพัฒนาครู", // 23
  "หมวดค่าตอบแทน", // 24
  "- ค่าวิทยากร 6 ชั่วโมง x 600 บาท = 3,600 บาท", // 25
  "หมวดค่าใช้สอย", // 26
  "- ค่าอาหารกลางวัน 50 คน x 120 บาท x 2 วัน = 12,000 บาท", // 27
  "- ค่าอาหารว่าง", // 28
  "50 คน x 35 บาท x 4 มื้อ = 7,000 บาท", // 29
  "หมวดค่าวัสดุ", // 30
  "- ค่าจ้างทำเอกสาร 50 เล่ม x 100 บาท = 5,000 บาท", // 31
  "รวม 27,600 บาท", // 32
  "กิจกรรมที่ 2 จัดทำคลังข้อสอบออนไลน์", // 33
  "- ค่าวัสดุคอมพิวเตอร์ 10,000 บาท", // 34
  "- ค่าอะไรสักอย่าง 12 34 56", // 35
  "กิจกรรมที่ 9 ศึกษาดูงานต่างประเทศ", // 36
  "- ค่าเดินทาง 5 คน x 20,000 บาท = 100,000 บาท", // 37
  "รวมทั้งสิ้น 137,600 บาท", // 38
  "", // 39
  "5. การวิเคราะห์ความเสี่ยง", // 40
  "งบประมาณจะโอนมาในไตรมาสที่ 3", // 41
].join("\n");

describe("a proposal with untabbed tables, class headings and mistakes", () => {
  const { plan, problems } = importProjectText(PROPOSAL);

  test("header fields", () => {
    const p = plan.project;
    expect(p.name).toBe("พัฒนาครูด้านการวัดผลและประเมินผล");
    expect(p.budgetSource).toBe("งบพัฒนาคุณภาพการศึกษา");
    expect(p.character).toBe("ต่อเนื่อง");
    expect(p.owner).toBe("ดร.สมศรี ใจดี");
    expect(p.periodStart).toEqual({ year: 2566, month: 11 });
    expect(p.periodEnd).toEqual({ year: 2567, month: 9 });
    expect(p.fiscalYear).toBe(2567);
    expect(p.venue).toBe("gov");
    expect(p.objectives).toEqual(["เพื่อพัฒนาครูด้านการวัดผล", "เพื่อจัดทำคลังข้อสอบของเขตพื้นที่"]);
    expect(p.allocation).toBe(baht(60000));
    expect(p.statedTotal).toBe(baht(137600));
    // quarter 3 of FY2567 starts in April 2567
    expect(p.fundsAvailableFrom).toEqual({ year: 2567, month: 4 });
  });

  test("activities: month ranges across the year, abbreviated months, the whole fiscal year, owners by title", () => {
    expect(plan.activities).toEqual([
      {
        id: "1",
        name: "ประชุมเชิงปฏิบัติการพัฒนาครู",
        start: { year: 2566, month: 11 },
        end: { year: 2567, month: 1 },
        owners: ["ว่าที่ร้อยตรี ดร.สมชาย ดีมาก", "นางสาวสมหญิง รักเรียน"],
      },
      {
        id: "2",
        name: "จัดทำคลังข้อสอบออนไลน์",
        start: { year: 2567, month: 2 },
        end: { year: 2567, month: 3 },
        owners: ["นายสมปอง ตั้งใจ"],
      },
      {
        id: "3",
        name: "นิเทศติดตามการใช้คลังข้อสอบ",
        start: { year: 2566, month: 10 },
        end: { year: 2567, month: 9 },
        owners: ["นางสมใจ ใฝ่ดี"],
      },
    ]);
  });

  test("expense-class headings win over the classifier; an item without figures takes the next line's", () => {
    const rows = plan.budgetLines.map((l) => [l.activityId, l.item, l.expenseClass, l.unitCost, l.quantity, l.times, l.statedAmount]);
    expect(rows).toEqual([
      ["1", "ค่าวิทยากร", "compensation", baht(600), null, 6, baht(3600)],
      ["1", "ค่าอาหารกลางวัน", "services", baht(120), 50, 2, baht(12000)],
      ["1", "ค่าอาหารว่าง", "services", baht(35), 50, 4, baht(7000)],
      // the heading says materials although the classifier would call printing a service
      ["1", "ค่าจ้างทำเอกสาร", "materials", baht(100), 50, null, baht(5000)],
      ["2", "ค่าวัสดุคอมพิวเตอร์", "materials", null, null, null, baht(10000)],
      ["9 ศึกษาดูงานต่างประเทศ", "ค่าเดินทาง", expect.anything(), baht(20000), 5, null, baht(100000)],
    ]);
    expect(plan.subtotals).toEqual([{ activityId: "1", title: "กิจกรรมที่ 1 ประชุมเชิงปฏิบัติการพัฒนาครู", statedAmount: baht(27600) }]);
  });

  test("what was not understood is reported with line numbers and Thai+English messages", () => {
    const byLine = problems.map((p) => p.line);
    // line 35: numbers without units or amount; line 36: a block that matches no activity
    expect(byLine).toContain(35);
    expect(byLine).toContain(36);
    const unmatched = problems.find((p) => p.line === 36)!;
    expect(unmatched.text).toBe("กิจกรรมที่ 9 ศึกษาดูงานต่างประเทศ");
    expect(unmatched.message.en).toMatch(/matches no activity/);
    expect(unmatched.message.th).toMatch(/ไม่ตรงกับกิจกรรมใด/);
    for (const p of problems) {
      expect(p.line).toBeGreaterThanOrEqual(1);
      expect(p.message.th.length).toBeGreaterThan(0);
      expect(p.message.en.length).toBeGreaterThan(0);
    }
  });
});

describe("budget section variants", () => {
  test("a class heading with an amount and no lines under it is a lump-sum line; class totals are not block totals", () => {
    const doc = [
      "ชื่อโครงการ ทดสอบ",
      "กิจกรรมตามโครงการ",
      "ที่\tกิจกรรม\tระยะเวลาดำเนินงาน\tผู้รับผิดชอบ",
      "1.\tอบรมครู\tมกราคม 2567\tนายเอ บี",
      "",
      "รายละเอียดการใช้งบประมาณ",
      "1. อบรมครู",
      "หมวดค่าวัสดุ 3,000 บาท",
      "หมวดค่าใช้สอย",
      "- ค่าอาหาร 10 คน x 100 บาท = 1,000 บาท",
      "รวมค่าใช้สอย 1,000 บาท",
      "รวม.....4,000.....บาท",
    ].join("\n");
    const { plan } = importProjectText(doc);
    expect(plan.budgetLines.map((l) => [l.item, l.expenseClass, l.statedAmount])).toEqual([
      ["ค่าวัสดุ", "materials", baht(3000)],
      ["ค่าอาหาร", "services", baht(1000)],
    ]);
    expect(plan.subtotals).toEqual([{ activityId: "1", title: "อบรมครู", statedAmount: baht(4000) }]);
    expect(plan.activities[0]).toMatchObject({ id: "1", name: "อบรมครู", start: { year: 2567, month: 1 }, owners: ["นายเอ บี"] });
  });

  test("a single-activity budget without block headings: class amounts become lines of the only activity, its รวม the total", () => {
    const doc = [
      "โครงการ เดี่ยว",
      "ที่\tกิจกรรม\tระยะเวลา\tผู้รับผิดชอบ",
      "1\tอบรม\tมกราคม 2567\tนายก ข",
      "",
      "งบประมาณ",
      "หมวดค่าตอบแทน 3,600 บาท",
      "หมวดค่าใช้สอย",
      "- ค่าอาหาร 10 คน x 50 บาท = 500 บาท",
      "รวม 4,100 บาท",
    ].join("\n");
    const { plan, problems } = importProjectText(doc);
    expect(problems).toEqual([]);
    expect(plan.budgetLines.map((l) => [l.activityId, l.item, l.expenseClass, l.statedAmount])).toEqual([
      ["1", "ค่าตอบแทน", "compensation", baht(3600)],
      ["1", "ค่าอาหาร", "services", baht(500)],
    ]);
    // the one "รวม" of a budget without block headings closes the whole budget
    expect(plan.subtotals).toEqual([]);
    expect(plan.project.statedTotal).toBe(baht(4100));
  });

  test("sub-items: an item over 4.1.1 … states their sum; it is a group, not one more line", () => {
    const doc = [
      "โครงการ อบรม",
      "ระยะเวลาดำเนินการ ตุลาคม 2566 - กันยายน 2567",
      "กิจกรรม",
      "1. อบรมครู มกราคม 2567",
      "งบประมาณ",
      "๔.๑ ค่าใช้จ่ายในการอบรม เป็นเงิน 1,200 บาท",
      "๔.๑.๑ ค่าอาหารว่าง 10 คน x 30 บาท x 2 มื้อ = 600 บาท",
      "๔.๑.๒ ค่าวัสดุ 10 ชุด x 50 บาท = 500 บาท",
      "4.2 ค่าถ่ายเอกสาร เป็นเงิน 300 บาท",
      "รวมทั้งสิ้น 1,400 บาท",
    ].join("\n");
    const checked = checkProjectText(doc);
    expect(checked.plan.budgetLines.map((l) => [l.item, l.statedAmount])).toEqual([
      ["ค่าอาหารว่าง", baht(600)],
      ["ค่าวัสดุ", baht(500)],
      ["ค่าถ่ายเอกสาร", baht(300)],
    ]);
    const group = checked.findings.filter((f) => f.rule === "subtotal-mismatch");
    expect(group.map((f) => [f.line, f.expected, f.actual])).toEqual([[6, baht(1100), baht(1200)]]);
    expect(checked.findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });

  test("sub-items as bullets under a numbered item with an amount: a group, its sum checked", () => {
    const doc = [
      "โครงการ อบรม",
      "ระยะเวลาดำเนินการ ตุลาคม 2566 - กันยายน 2567",
      "กิจกรรม",
      "1. อบรมครู มกราคม 2567",
      "งบประมาณ",
      "1. ค่าอาหาร 10 คน 1 วัน รวม 1,500 บาท",
      "   - อาหารกลางวัน 10 คน x 80 บาท = 800 บาท",
      "   - อาหารว่าง 10 คน x 2 มื้อ x 30 บาท = 600 บาท",
      "2. ค่าวัสดุ 500 บาท",
      "   - กระดาษ 2 รีม x 120 บาท = 240 บาท",
      "รวมทั้งสิ้น 1,640 บาท",
    ].join("\n");
    const checked = checkProjectText(doc);
    expect(checked.plan.budgetLines.map((l) => l.statedAmount)).toEqual([baht(800), baht(600), baht(240)]);
    expect(checked.findings.filter((f) => f.rule === "subtotal-mismatch").map((f) => [f.line, f.expected, f.actual])).toEqual([
      [6, baht(1400), baht(1500)],
      [9, baht(240), baht(500)],
    ]);
    expect(checked.findings.filter((f) => f.rule === "total-mismatch")).toEqual([]);
  });

  test("a two-column budget aligned with one wide run of spaces is a table of lump sums", () => {
    const doc = [
      "โครงการ กีฬา",
      "ระยะเวลาดำเนินการ ตุลาคม 2566 - กันยายน 2567",
      "กิจกรรม",
      "1. แข่งขันกีฬา ธันวาคม 2566",
      "งบประมาณ",
      "รายการ                     จำนวนเงิน",
      "ค่าอาหารว่าง (30 คน x 2 มื้อ)        1,500",
      "ค่าเช่าเครื่องเสียง                   3,000",
      "รวม                                4,500",
    ].join("\n");
    const checked = checkProjectText(doc);
    expect(checked.plan.budgetLines.map((l) => [l.unitCost, l.statedAmount])).toEqual([
      [null, baht(1500)],
      [null, baht(3000)],
    ]);
    expect(checked.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("a budget table of รายการ | จำนวนเงิน only: rows are lump sums, counts in a name are not factors", () => {
    const doc = [
      "โครงการ กีฬา",
      "ระยะเวลาดำเนินการ ตุลาคม 2566 - กันยายน 2567",
      "กิจกรรม",
      "1. แข่งขันกีฬา ธันวาคม 2566",
      "งบประมาณ",
      "รายการ\tจำนวนเงิน (บาท)",
      "ค่าอาหารว่าง (30 คน x 2 มื้อ)\t1,500",
      "ค่าเช่าเครื่องเสียง\t3,000",
      "รวม\t4,500",
    ].join("\n");
    const checked = checkProjectText(doc);
    expect(checked.plan.budgetLines.map((l) => [l.unitCost, l.quantity, l.statedAmount])).toEqual([
      [null, null, baht(1500)],
      [null, null, baht(3000)],
    ]);
    expect(checked.plan.project.statedTotal).toBe(baht(4500));
    expect(checked.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("an activity table with a budget column and no detail gives lump-sum lines", () => {
    const doc = [
      "โครงการ ทดสอบตาราง",
      "ที่\tกิจกรรม\tระยะเวลา\tงบประมาณ\tผู้รับผิดชอบ",
      "1\tประชุม\tต.ค. 2566\t5,000\tนางสาวก ข",
      "2\tสรุปผล\tก.ย. 2567\t-\tนางสาวก ข",
    ].join("\n");
    const { plan } = importProjectText(doc);
    expect(plan.activities.map((a) => [a.id, a.name, a.start])).toEqual([
      ["1", "ประชุม", { year: 2566, month: 10 }],
      ["2", "สรุปผล", { year: 2567, month: 9 }],
    ]);
    expect(plan.budgetLines).toMatchObject([{ activityId: "1", statedAmount: baht(5000), unitCost: null }]);
    expect(plan.project.fiscalYear).toBe(2567);
  });

  test("without an activity table, activities are made from the budget headings (and said so)", () => {
    const doc = ["โครงการ ไม่มีตาราง", "รายละเอียดงบประมาณ", "1. อบรม", "- ค่าอาหาร 10 คน x 50 บาท = 500 บาท"].join("\n");
    const { plan, problems } = importProjectText(doc);
    expect(plan.activities).toEqual([{ id: "1", name: "อบรม", owners: [] }]);
    expect(plan.budgetLines[0]).toMatchObject({ activityId: "1", statedAmount: baht(500) });
    expect(problems.some((p) => p.message.en.includes("created from the budget headings"))).toBe(true);
  });

  test("a numbered note with nothing under it is not a block and takes no activity", () => {
    const doc = [
      "โครงการ หมายเหตุ",
      "ที่\tกิจกรรม\tระยะเวลา\tผู้รับผิดชอบ",
      "1\tอบรมครู\tมกราคม 2567\tนายก ข",
      "2\tนิเทศ\tมีนาคม 2567\tนายก ข",
      "",
      "รายละเอียดงบประมาณ",
      "1. หมายเหตุ อบรมครูขอถัวจ่ายทุกรายการ",
      "2. อบรมครู",
      "- ค่าอาหาร 10 คน x 50 บาท = 500 บาท",
    ].join("\n");
    const { plan, problems } = importProjectText(doc);
    expect(problems).toEqual([]);
    expect(plan.budgetLines.map((l) => l.activityId)).toEqual(["1"]);
  });

  test("a second stated grand total that differs is reported", () => {
    const doc = [
      "โครงการ ยอดรวม",
      "6.รายละเอียดการใช้งบประมาณ.....10,000.....บาท",
      "1. อบรม",
      "- ค่าอาหาร 10 คน x 50 บาท = 500 บาท",
      "รวมทั้งสิ้น 500 บาท",
    ].join("\n");
    const { plan, problems } = importProjectText(doc);
    expect(plan.project.statedTotal).toBe(baht(500));
    expect(problems.find((p) => p.line === 5)?.message.en).toMatch(/grand totals differ/);
  });
});

describe("tables written with tabs", () => {
  const doc = [
    "โครงการ ตารางงบประมาณ",
    "ที่\tกิจกรรม\tระยะเวลา\tผู้รับผิดชอบ",
    "1\tอบรมครูภาษาไทย\t๑๕ ธ.ค. ๒๕๖๖\tนายหนึ่ง สอง",
    "2\tประเมินผลการอบรม\tม.ค. - ก.พ. 67\tนางสาม สี่",
    "",
    "รายละเอียดงบประมาณ",
    "1. อบรมครูภาษาไทย",
    "รายการ\tจำนวน\tหน่วย\tราคาต่อหน่วย\tรวมเงิน",
    "ค่าอาหารว่าง\t20\tคน\t35\t700",
    "ค่าเอกสาร\t20\tชุด\t50\t1,000",
    "รวม\t\t\t\t1,700",
    "2. ประเมินผลการอบรม",
    "- ค่าวัสดุ 500 บาท",
    "",
    "ตัวชี้วัดความสำเร็จ",
    "เชิงปริมาณ",
    "1. ครูเข้ารับการอบรมจำนวน 20 คน",
    "เชิงคุณภาพ",
    "1. ครูร้อยละ 80 นำความรู้ไปใช้",
    "ผลผลิต (Output)",
    "- โรงเรียน 10 แห่ง",
  ].join("\r\n");
  const { plan, problems } = importProjectText(doc);

  test("a budget table is read by its columns; CRLF line ends; abbreviated months with 2-digit years", () => {
    expect(problems).toEqual([]);
    expect(plan.activities.map((a) => [a.id, a.start, a.end])).toEqual([
      ["1", { year: 2566, month: 12 }, { year: 2566, month: 12 }],
      ["2", { year: 2567, month: 1 }, { year: 2567, month: 2 }],
    ]);
    expect(plan.budgetLines.map((l) => [l.activityId, l.item, l.unitCost, l.quantity, l.quantityUnit, l.statedAmount])).toEqual([
      ["1", "ค่าอาหารว่าง", baht(35), 20, "คน", baht(700)],
      ["1", "ค่าเอกสาร", baht(50), 20, "ชุด", baht(1000)],
      ["2", "ค่าวัสดุ", null, null, undefined, baht(500)],
    ]);
    expect(plan.subtotals).toEqual([{ activityId: "1", title: "อบรมครูภาษาไทย", statedAmount: baht(1700) }]);
  });

  test("indicators without a table: เชิงปริมาณ → outputs, เชิงคุณภาพ → outcomes, values read from the text", () => {
    expect(plan.indicators).toEqual([
      { kind: "output", text: "ครูเข้ารับการอบรมจำนวน 20 คน", targetValue: 20, targetUnit: "คน" },
      { kind: "outcome", text: "ครูร้อยละ 80 นำความรู้ไปใช้", targetValue: 80, targetUnit: "ร้อยละ" },
      { kind: "output", text: "โรงเรียน 10 แห่ง", targetValue: 10, targetUnit: "แห่ง" },
    ]);
  });

  test("the seed with its tabs turned into spaces (text copied from a PDF) gives the same activities and budget", () => {
    const ref = importProjectText(SEED).plan;
    const { plan: p, problems: probs } = importProjectText(SEED.split("\t").join(" "));
    expect(probs).toEqual([]);
    expect(p.activities).toEqual(ref.activities);
    expect(p.budgetLines).toEqual(ref.budgetLines);
    expect(p.subtotals).toEqual(ref.subtotals);
    expect(p.project.alignment).toEqual(ref.project.alignment);
    expect(p.project.owner).toBe(ref.project.owner);
    // the indicator row "ผลผลิต 1. … 5. … 1. … 5. …": the second list is the targets
    const outputs = p.indicators.filter((i) => i.kind === "output");
    expect(outputs.map((i) => [i.text, i.targetText])).toEqual(
      ref.indicators.filter((i) => i.kind === "output").map((i) => [i.text, i.targetText]),
    );
  });

  test("the seed with Windows line ends imports the same", () => {
    const crlf = importProjectText(SEED.split("\n").join("\r\n"));
    expect(crlf.plan).toEqual(importProjectText(SEED).plan);
  });
});

describe("evaluation lists", () => {
  test("methods and tools under การประเมินผล are not indicators; lines with a figure are, without their list numbers", () => {
    const doc = [
      "โครงการ กีฬาสี ปีงบประมาณ ๒๕๖๘",
      "๖. การประเมินผล",
      "     ๑) สังเกตการเข้าร่วมกิจกรรมของนักเรียน",
      "     ๒) แบบสอบถามความพึงพอใจ",
      "     ๓) นักเรียนร้อยละ ๙๐ เข้าร่วมการแข่งขัน",
      "     4. ตรวจผลงานนักเรียน",
    ].join("\n");
    const { plan } = importProjectText(doc);
    expect(plan.indicators.map((i) => [i.text, i.targetValue])).toEqual([["นักเรียนร้อยละ ๙๐ เข้าร่วมการแข่งขัน", 90]]);
  });

  test("under a ตัวชี้วัด table header every row is an indicator, method-like or not", () => {
    const doc = ["โครงการ ก", "ตัวชี้วัดความสำเร็จ\tค่าเป้าหมาย\tวิธีการวัด", "แบบสอบถามความพึงพอใจ\tร้อยละ 80\tสอบถาม"].join("\n");
    expect(importProjectText(doc).plan.indicators.map((i) => i.text)).toEqual(["แบบสอบถามความพึงพอใจ"]);
  });
});

describe("other activity table layouts", () => {
  test("a numbered activity list: the number after ครั้งที่/รุ่นที่ stays in the name, a day number before the month does not", () => {
    const doc = [
      "โครงการประชุมผู้บริหาร ปีงบประมาณ 2569",
      "วิธีดำเนินการ",
      "1. ประชุมผู้บริหารสถานศึกษา ครั้งที่ 1 มกราคม 2569 นายธนพล แก้วมณี",
      "2. อบรมครู รุ่นที่ 2 15 มีนาคม 2569 นายธนพล แก้วมณี",
      "3. ประชุมสรุปผล วันที่ 20 สิงหาคม 2569 นายธนพล แก้วมณี",
    ].join("\n");
    const { plan } = importProjectText(doc);
    expect(plan.activities.map((a) => [a.name, a.start])).toEqual([
      ["ประชุมผู้บริหารสถานศึกษา ครั้งที่ 1", { year: 2569, month: 1 }],
      ["อบรมครู รุ่นที่ 2", { year: 2569, month: 3 }],
      ["ประชุมสรุปผล", { year: 2569, month: 8 }],
    ]);
  });

  test("month columns with marks (a Gantt-style table) give each activity its months in the fiscal year", () => {
    const doc = [
      "โครงการ แกนต์ ปีงบประมาณ 2567",
      "ที่\tกิจกรรม\tต.ค.\tพ.ย.\tธ.ค.\tม.ค.\tก.พ.\tมี.ค.\tผู้รับผิดชอบ",
      "1\tวางแผน\t/\t/\t\t\t\t\tนายก ข",
      "2\tดำเนินการ\t\t\t/\t/\t✓\t\tนางค ง",
    ].join("\n");
    const { plan } = importProjectText(doc);
    expect(plan.project.fiscalYear).toBe(2567);
    expect(plan.activities).toEqual([
      { id: "1", name: "วางแผน", owners: ["นายก ข"], start: { year: 2566, month: 10 }, end: { year: 2566, month: 11 } },
      { id: "2", name: "ดำเนินการ", owners: ["นางค ง"], start: { year: 2566, month: 12 }, end: { year: 2567, month: 2 } },
    ]);
  });

  test("a month table whose header has only the activity column and months; any mark but a dash", () => {
    for (const head of ["กิจกรรม", "ขั้นตอนการดำเนินงาน", "ที่\tรายการ"]) {
      const numbered = head.startsWith("ที่");
      const row = (n: number, name: string, marks: string[]) => (numbered ? `${n}\t${name}\t` : `${n}. ${name}\t`) + marks.join("\t");
      const doc = [
        "โครงการ ทัศนศึกษา",
        "ระยะเวลา ปีงบประมาณ 2569",
        `${head}\tตุลาคม\tพ.ย.\tธ.ค.\tม.ค. 69\tก.พ.\tมี.ค.`,
        row(1, "ประชุมผู้ปกครอง", ["-", "✓", "-", "-", "-", "-"]),
        row(2, "ทัศนศึกษา", ["", "", "", "X", "●", ""]),
        "",
        "งบประมาณ",
        "กิจกรรมที่ 2 ทัศนศึกษา",
        "ค่าเข้าชม 45 คน x 20 บาท = 900 บาท",
      ].join("\n");
      const { plan } = importProjectText(doc);
      expect(plan.activities.map((a) => [a.id, a.name, a.start, a.end])).toEqual([
        ["1", "ประชุมผู้ปกครอง", { year: 2568, month: 11 }, { year: 2568, month: 11 }],
        ["2", "ทัศนศึกษา", { year: 2569, month: 1 }, { year: 2569, month: 2 }],
      ]);
    }
  });

  test("a month table typed with spaces: each mark goes to the month written above it", () => {
    const doc = [
      "โครงการ ทัศนศึกษา",
      "ระยะเวลา ปีงบประมาณ 2569",
      "ที่ กิจกรรม                ต.ค.  พ.ย.  ธ.ค.  ม.ค.  ก.พ.  มี.ค.",
      "1   ประชุมผู้ปกครอง           ✓",
      // Thai vowels and tone marks above and below take no column: the marks stand under ม.ค. and ก.พ.
      "2   ทัศนศึกษาพิพิธภัณฑ์" + " ".repeat(27) + "✓     ✓",
    ].join("\n");
    const { plan } = importProjectText(doc);
    expect(plan.activities.map((a) => [a.id, a.name, a.start, a.end])).toEqual([
      ["1", "ประชุมผู้ปกครอง", { year: 2568, month: 10 }, { year: 2568, month: 10 }],
      ["2", "ทัศนศึกษาพิพิธภัณฑ์", { year: 2569, month: 1 }, { year: 2569, month: 2 }],
    ]);
  });

  test("budget lines under no activity heading closed by รวม: that sum is the plan's total", () => {
    const doc = [
      "โครงการ ทัศนศึกษา ปีงบประมาณ 2569",
      "ที่\tกิจกรรม\tระยะเวลา",
      "1\tประชุม\tพ.ย. 2568",
      "2\tทัศนศึกษา\tม.ค. 2569",
      "",
      "งบประมาณ ได้รับจัดสรร 25,000 บาท",
      " ค่ารถ 2 คันๆ ละ 8,500 บาท เป็นเงิน 17,000 บาท",
      " ค่าเข้าชม 45 คนๆ ละ 20 บาท เป็นเงิน 900 บาท",
      " รวมเป็นเงิน 17,900 บาท",
    ].join("\n");
    const { plan } = importProjectText(doc);
    expect(plan.project.statedTotal).toBe(1790000);
    expect(plan.subtotals).toEqual([]);
  });

  test("a table without a number column; a wrapped cell; sub-numbered budget headings", () => {
    const doc = [
      "โครงการ ไม่มีเลขที่",
      "กิจกรรม\tระยะเวลา\tผู้รับผิดชอบ",
      "ประชุมวางแผน\tพ.ย. 66\tนายก ข",
      "อบรมครู\tธ.ค. 66 - ม.ค. 67\tนางค ง",
      "ภาษาไทย\t\t",
      "",
      "รายละเอียดงบประมาณ",
      "1.1 ประชุมวางแผน",
      "- ค่าอาหาร 10 คน x 50 บาท = 500 บาท",
      "1.2 อบรมครูภาษาไทย",
      "- ค่าวัสดุ 1,000 บาท",
    ].join("\n");
    const { plan, problems } = importProjectText(doc);
    expect(problems).toEqual([]);
    expect(plan.activities.map((a) => [a.id, a.name, a.start, a.end])).toEqual([
      ["1", "ประชุมวางแผน", { year: 2566, month: 11 }, { year: 2566, month: 11 }],
      ["2", "อบรมครูภาษาไทย", { year: 2566, month: 12 }, { year: 2567, month: 1 }],
    ]);
    expect(plan.budgetLines.map((l) => [l.activityId, l.item])).toEqual([
      ["1", "ค่าอาหาร"],
      ["2", "ค่าวัสดุ"],
    ]);
  });
});

describe("prose is not mistaken for data", () => {
  test("a sentence with ได้รับ/คงเหลือ is not a results report; a name does not run into the next paragraph", () => {
    const doc = [
      "โครงการ พัฒนาการอ่าน",
      "",
      "ครูทุกคนร่วมมือกัน",
      "หลักการและเหตุผล",
      "โรงเรียนได้รับการพัฒนา 3 ครั้ง คงเหลือ 2 ครั้ง",
      "เงินสนับสนุนจากชุมชนช่วยให้โครงการสำเร็จ",
      "วัตถุประสงค์",
      "1. เพื่อพัฒนาการอ่าน",
    ].join("\n");
    const { plan } = importProjectText(doc);
    expect(plan.project.name).toBe("พัฒนาการอ่าน");
    expect(plan.results).toBeUndefined();
    expect(plan.project.allocation).toBeUndefined();
    expect(plan.project.rationale).toBe("โรงเรียนได้รับการพัฒนา 3 ครั้ง คงเหลือ 2 ครั้งเงินสนับสนุนจากชุมชนช่วยให้โครงการสำเร็จ");
    expect(plan.project.objectives).toEqual(["เพื่อพัฒนาการอ่าน"]);
  });
});

describe("a rough document", () => {
  test("a bare กิจกรรม heading, a budget line right after the activities, a word where a number belongs", () => {
    const doc = [
      "โครงการ ทดสอบ",
      "งบประมาณ ๑๐,๐๐๐ บาท",
      "กิจกรรม",
      "1. อบรม ธันวาคม 2567",
      "ค่าอาหารว่าง 35 x abc คน = 700 บาท",
      "รายการแปลก ๆ ไม่มีตัวเลข",
    ].join("\n");
    const { plan, problems } = importProjectText(doc);
    expect(plan.project.allocation).toBe(baht(10000));
    expect(plan.project.fiscalYear).toBe(2568);
    expect(plan.activities).toEqual([{ id: "1", name: "อบรม", owners: [], start: { year: 2567, month: 12 }, end: { year: 2567, month: 12 } }]);
    expect(plan.budgetLines).toMatchObject([
      { activityId: "1", item: "ค่าอาหารว่าง", unitCost: baht(35), quantity: null, statedAmount: baht(700), invalid: { quantity: "abc" } },
    ]);
    expect(problems.map((p) => [p.line, p.text])).toEqual([[5, "ค่าอาหารว่าง 35 x abc คน = 700 บาท"]]);
    expect(problems[0].message.en).toMatch(/not a number/);
  });
});

describe("parts", () => {
  test("a section 'ผลการดำเนินงานที่ผ่านมา' inside a proposal does not start a report", () => {
    const doc = [
      "โครงการ ส่วนเดียว",
      "ผลการดำเนินงานที่ผ่านมา",
      "โรงเรียนพัฒนาขึ้น",
      "กิจกรรมตามโครงการ",
      "1. อบรม มกราคม 2567 นายก ข",
      "รายละเอียดงบประมาณ",
      "1. อบรม",
      "- ค่าอาหาร 10 คน x 50 บาท = 500 บาท",
    ].join("\n");
    const { plan, problems } = importProjectText(doc);
    expect(problems).toEqual([]);
    expect(plan.activities).toHaveLength(1);
    expect(plan.budgetLines).toHaveLength(1);
    expect(plan.results).toBeUndefined();
  });

  test("a report alone (no proposal) still gives its plan and results", () => {
    const report = SEED.split("\n").slice(0, 99).join("\n");
    const { plan } = importProjectText(report);
    expect(plan.project.name).toBe("ส่งเสริมระบบประกันคุณภาพการศึกษาตามมาตรฐานการประกันคุณภาพที่เข้มแข็งรองรับการประเมินภายนอก");
    expect(plan.activities).toHaveLength(7);
    expect(plan.project.periodStart).toEqual({ year: 2559, month: 11 });
    expect(plan.results).toEqual({ received: baht(120000), spent: baht(20000), remaining: baht(100000) });
    expect(plan.targets.filter((t) => t.kind === "quantitative")).toHaveLength(6);
  });
});

describe("allocation", () => {
  test("source lines add up; a budget heading amount is not counted twice", () => {
    const doc = (extra: string[]) =>
      importProjectText(["โครงการ งบ", "5. งบประมาณ 120,000 บาท", ...extra].join("\n")).plan.project.allocation;
    expect(doc([])).toBe(baht(120000));
    expect(doc(["เงินงบประมาณตามแผนปฏิบัติการ.....100,000.....บาท", "เงินงบประมาณ สพฐ.....20,000.....บาท", "เงินงบประมาณ อื่น.....-.....บาท"])).toBe(
      baht(120000),
    );
  });
});

describe("when funds arrive", () => {
  const funds = (risk: string) =>
    importProjectText(["โครงการ ทดสอบ", "ระยะเวลาดำเนินการ ตุลาคม 2566 - กันยายน 2567", "7. การวิเคราะห์ความเสี่ยง", risk].join("\n")).plan
      .project.fundsAvailableFrom;
  test("a quarter in digits or words, or a month", () => {
    expect(funds("1.1 งบประมาณจะโอนมาในช่วงไตรมาสที่ 2 ของปีงบประมาณ")).toEqual({ year: 2567, month: 1 });
    expect(funds("งบประมาณได้รับการจัดสรรในไตรมาส ๓")).toEqual({ year: 2567, month: 4 });
    expect(funds("เงินงบประมาณจะโอนมาในไตรมาสที่สี่")).toEqual({ year: 2567, month: 7 });
    expect(funds("ได้รับจัดสรรงบประมาณล่าช้า ประมาณเดือนธันวาคม")).toEqual({ year: 2566, month: 12 });
    expect(funds("ได้รับจัดสรรงบประมาณเดือนกุมภาพันธ์ 2567")).toEqual({ year: 2567, month: 2 });
    expect(funds("ครูมีภาระงานมาก")).toBeUndefined();
  });
});

describe("owners", () => {
  test("split by titles, titles that follow another title stay with it", () => {
    expect(splitOwners("นายวิษุทธิ์ เพ็ชรเมือง นายวิฑูรย์ ชั่งโต นางสาวพรพิมล ธานีศรี นางสาวนวลฉวี คนเที่ยง")).toEqual([
      "นายวิษุทธิ์ เพ็ชรเมือง",
      "นายวิฑูรย์ ชั่งโต",
      "นางสาวพรพิมล ธานีศรี",
      "นางสาวนวลฉวี คนเที่ยง",
    ]);
    expect(splitOwners("ว่าที่ร้อยตรี ดร.สมชาย ดีมาก ดร.สมศรี ใจดี นางมาลี สวย")).toEqual([
      "ว่าที่ร้อยตรี ดร.สมชาย ดีมาก",
      "ดร.สมศรี ใจดี",
      "นางมาลี สวย",
    ]);
    expect(splitOwners("กลุ่มนิเทศ, กลุ่มนโยบายและแผน")).toEqual(["กลุ่มนิเทศ", "กลุ่มนโยบายและแผน"]);
    expect(splitOwners("-")).toEqual([]);
    expect(splitOwners("นายกเทศมนตรี")).toEqual(["นายกเทศมนตรี"]);
  });
});

describe("block ↔ activity names", () => {
  test("the seed's block ๔ is most like activity 5, not activity 4", () => {
    const block4 = "กิจกรรมนิเทศ ติดตาม ตรวจสอบประเมินระบบประกันคุณภาพของสถานศึกษา";
    const act4 = "การประชุมปฏิบัติการพัฒนาศักยภาพ ผู้ประเมินระบบประกันคุณภาพภายใน สถานศึกษา";
    const act5 = "นิเทศ ติดตาม ตรวจสอบประเมินระบบ ประกันคุณภาพของสถานศึกษา";
    expect(nameSimilarity(block4, act5)).toBe(1);
    expect(nameSimilarity(block4, act4)).toBeLessThan(0.6);
    expect(nameSimilarity("", act4)).toBe(0);
  });
});
