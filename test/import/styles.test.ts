/**
 * Styles people write project texts in (issue 9): each test reads a small document through the
 * importer and the checks, and asserts what a reviewer needs — the figures, the activity a block
 * belongs to, the findings and their lines.
 */
import type { Satang } from "../../src/core/model";
import { bahtToSatang } from "../../src/core/money";
import { importProjectText, parseBudgetLine } from "../../src/import";
import { checkProjectText } from "../../src/import/check";
import { normaliseLine } from "../../src/import/lines";

const baht = (n: number): Satang => bahtToSatang(n);
const line = (s: string) => parseBudgetLine(normaliseLine(s))!;
const errorsAndWarnings = (text: string) =>
  checkProjectText(text)
    .findings.filter((f) => f.severity !== "info")
    .map((f) => `${f.rule}@${f.line}`);

describe("a number attached to any unit word is a factor", () => {
  test.each([
    ["ค่าปุ๋ยอินทรีย์ 12 กระสอบ × 450 บาท = 5,400 บาท", 450, 12, "กระสอบ"],
    ["ค่าเมล็ดพันธุ์ 30 ซอง @ 25 บาท เป็นเงิน 750 บาท", 25, 30, "ซอง"],
    ["ค่ากาวร้อน 6 หลอด x 35 บาท = 210 บาท", 35, 6, "หลอด"],
    ["ค่าอาหารปลา 20 กก. x 45 บาท = 900 บาท", 45, 20, "กก"],
    ["ค่าปุ๋ยคอก 10 กระสอบๆละ 80 บาท เป็นเงิน 800 บาท", 80, 10, "กระสอบ"],
    ["ค่าสายแลน 300 เมตร ราคาเมตรละ 30 บาท = 9,000 บาท", 30, 300, "เมตร"],
  ])("%s", (text, unitCost, quantity, unit) => {
    const p = line(text);
    expect(p.unitCost).toBe(baht(unitCost));
    expect(p.quantity).toBe(quantity);
    expect(p.quantityUnit).toBe(unit);
    expect(p.unused).toEqual([]);
  });

  test("words after a number that are not units stay out: จำนวน, คูณ, sizes", () => {
    expect(line("ค่าอาหาร 35 คูณ 20 คูณ 2 = 1,400 บาท")).toMatchObject({ unitCost: baht(35), quantity: 20, times: 2 });
    expect(line("ค่าป้าย ขนาด 1.2 x 2.4 เมตร 1 ป้าย x 500 บาท = 500 บาท")).toMatchObject({ unitCost: baht(500), quantity: 1 });
    expect(line("ค่าจ้างเหมารถ 1 คัน @ 1,500 บาท 2 วัน เป็นเงิน 3,000 บาท")).toMatchObject({ unitCost: baht(1500), quantity: 1, times: 2 });
    expect(line("ค่าอาหารว่าง 10 คน @ 30 บาท x 2 มื้อ = 600 บาท")).toMatchObject({ unitCost: baht(30), quantity: 10, times: 2 });
  });

  test("a count written in words is a bad number, not a missing factor", () => {
    expect(line("ค่าเอกสาร 20 บาท x สองร้อย ชุด = 4,000 บาท").invalid).toEqual({ quantity: "สองร้อย" });
  });
});

const PLAN = (budget: string[]) =>
  [
    "โครงการ อบรมครูวิทยาศาสตร์",
    "ระยะเวลาดำเนินการ ตุลาคม 2566 - กันยายน 2567",
    "กิจกรรม\tระยะเวลา\tผู้รับผิดชอบ",
    "1. ประชุมวางแผน\tพฤศจิกายน 2566\tนายก ข",
    "2. อบรมครู\tมกราคม 2567\tนายก ข",
    "3. นิเทศติดตาม\tมีนาคม 2567\tนายก ข",
    ...budget,
  ].join("\n");

describe("the budget section", () => {
  test("a funding line (เงินอุดหนุน … จำนวน ๑๑๕,๐๐๐ บาท) is the allocation, not a budget line", () => {
    const { plan } = importProjectText(
      PLAN(["งบประมาณ", "- เงินอุดหนุนรายหัว จำนวน ๑๑๕,๐๐๐ บาท", "- เงินรายได้สถานศึกษา 5,000 บาท", "1. ประชุมวางแผน", "- ค่าอาหารว่าง 10 คน x 30 บาท = 300 บาท"]),
    );
    expect(plan.project.allocation).toBe(baht(120000));
    expect(plan.budgetLines.map((l) => l.item)).toEqual(["ค่าอาหารว่าง"]);
  });

  test("a block named as another activity goes to that activity; one naming no activity is reported, never merged by its number", () => {
    const text = PLAN([
      "งบประมาณ 10,000 บาท",
      "1. นิเทศติดตาม",
      "- ค่าน้ำมันเชื้อเพลิง 2 ครั้ง x 500 บาท = 1,000 บาท",
      "2. ทัศนศึกษาดูงาน",
      "- ค่าเช่ารถ 1 คัน x 3,000 บาท = 3,000 บาท",
      "รวม 3,000 บาท",
    ]);
    const { plan } = importProjectText(text);
    expect(plan.budgetLines.map((l) => l.activityId)).toEqual(["3", "2 ทัศนศึกษาดูงาน"]);
    const f = checkProjectText(text).findings.filter((x) => x.rule === "budget-without-activity");
    expect(f).toHaveLength(1);
    expect(f[0].line).toBe(10);
    expect(f[0].message.th).toContain("ทัศนศึกษาดูงาน");
    expect(f[0].message.th).not.toMatch(/กิจกรรมที่ {2}/);
  });

  test("a block with no name ('กิจกรรมที่ 2') is placed by its number", () => {
    const { plan } = importProjectText(PLAN(["งบประมาณ 10,000 บาท", "กิจกรรมที่ 2", "- ค่าอาหารว่าง 20 คน x 30 บาท = 600 บาท"]));
    expect(plan.budgetLines[0].activityId).toBe("2");
  });

  test("'ค่าย…' (a camp) heads a block; it is not an expense item", () => {
    const { plan } = importProjectText(
      PLAN(["งบประมาณ 10,000 บาท", "2. ค่ายอบรมครู", "- ค่าอาหารว่าง 20 คน x 30 บาท = 600 บาท", "รวม 600 บาท"]),
    );
    expect(plan.budgetLines).toHaveLength(1);
    expect(plan.subtotals).toEqual([expect.objectContaining({ statedAmount: baht(600) })]);
  });
});

describe("headers and headings", () => {
  test("the project name does not swallow the next header line", () => {
    const { plan } = importProjectText(
      ["โครงการ พัฒนาการอ่าน", "แผนงาน บริหารวิชาการ", "สนองมาตรฐานที่ 1", "ผู้รับผิดชอบ นายก ข", "กิจกรรม", "1. อ่านหนังสือ ธันวาคม 2566 นายก ข"].join("\n"),
    );
    expect(plan.project.name).toBe("พัฒนาการอ่าน");
    expect(plan.project.owner).toBe("นายก ข");
  });

  test("misspelled headings are recognised; sentences that start alike are not", () => {
    const text = [
      "โครงการ อบรมครู",
      "ระยะเวลาดำเนินการ ตุลาคม 2566 - กันยายน 2567",
      "วัตถุประสงค",
      "1. การประเมินผู้เรียนตามสภาพจริง",
      "กิจกรรมเเละระยะเวลา",
      "1. อบรมครู ธันวาคม 2566 นายก ข",
      "งบประมาน 5,000 บาท",
      "รายละเอียดการใช้งบประมาน",
      "- ค่าอาหารว่าง 20 คน x 30 บาท = 600 บาท",
    ].join("\n");
    const { plan } = importProjectText(text);
    expect(plan.project.objectives).toEqual(["การประเมินผู้เรียนตามสภาพจริง"]);
    expect(plan.activities.map((a) => a.name)).toEqual(["อบรมครู"]);
    expect(plan.project.allocation).toBe(baht(5000));
    expect(plan.budgetLines).toHaveLength(1);
  });
});

describe("tables typed with spaces", () => {
  test("an activity table and a budget table aligned with runs of spaces", () => {
    const text = [
      "โครงการ ค่ายภาษาอังกฤษ",
      "ระยะเวลาดำเนินการ ตุลาคม 2566 - กันยายน 2567",
      "ที่   กิจกรรม              ระยะเวลา         ผู้รับผิดชอบ",
      "1    เตรียมค่าย            มกราคม 2567      นางสาวรัตนา ใจงาม",
      "2    จัดค่าย               กุมภาพันธ์ 2567   นางสาวรัตนา ใจงาม",
      "งบประมาณ 18,000 บาท",
      "รายการ                    จำนวน      ราคา/หน่วย     รวมเงิน",
      "2. จัดค่าย",
      "ค่าอาหารกลางวัน (50 คน x 2 วัน)      100 มื้อ      60.00       6,600.00",
    ].join("\n");
    const { plan } = importProjectText(text);
    expect(plan.activities.map((a) => [a.id, a.name, a.start?.month])).toEqual([
      ["1", "เตรียมค่าย", 1],
      ["2", "จัดค่าย", 2],
    ]);
    expect(plan.budgetLines[0]).toMatchObject({ activityId: "2", unitCost: baht(60), quantity: 100, statedAmount: baht(6600) });
    expect(errorsAndWarnings(text)).toEqual(["line-amount-mismatch@9"]);
  });
});

describe("results", () => {
  test("a negative remaining amount keeps its sign", () => {
    const { plan } = importProjectText(
      ["รายงานผลการดำเนินโครงการ", "โครงการ ทัศนศึกษา", "งบประมาณที่ได้รับ 50,000 บาท ใช้จ่ายจริง 52,000 บาท คงเหลือ -2,000 บาท"].join("\n"),
    );
    expect(plan.results).toEqual({ received: baht(50000), spent: baht(52000), remaining: baht(-2000) });
  });
});

describe("more layouts", () => {
  test("activities written as 'กิจกรรมที่ ๑ : name (month)' among the header lines", () => {
    const { plan } = importProjectText(
      [
        "โครงการ: พัฒนาแหล่งเรียนรู้",
        "ระยะเวลา: ตลอดปีงบประมาณ 2568",
        "กิจกรรมที่ ๑ : ปรับปรุงสวนหย่อม (พฤศจิกายน ๒๕๖๗)",
        "กิจกรรมที่ ๒ : จัดทำป้ายความรู้ (มกราคม ๒๕๖๘)",
        "งบประมาณที่ได้รับ 10,000 บาท",
        "กิจกรรมที่ ๒ : จัดทำป้ายความรู้",
        "1) ค่าป้ายไวนิล 5 ป้าย x 300 = 1,500 บาท",
      ].join("\n"),
    );
    expect(plan.activities.map((a) => [a.id, a.name, a.start])).toEqual([
      ["1", "ปรับปรุงสวนหย่อม", { year: 2567, month: 11 }],
      ["2", "จัดทำป้ายความรู้", { year: 2568, month: 1 }],
    ]);
    expect(plan.budgetLines[0].activityId).toBe("2");
  });

  test("the one 'รวม' row after the last block of a table that adds up all blocks is the grand total", () => {
    const text = PLAN([
      "งบประมาณ 20,000 บาท",
      "รายการ\tจำนวน\tหน่วย\tราคา/หน่วย (บาท)\tจำนวนเงิน (บาท)",
      "กิจกรรมที่ 2 อบรมครู",
      "ค่าอาหารกลางวัน\t40\tคน\t100\t4,000",
      "กิจกรรมที่ 3 นิเทศติดตาม",
      "ค่าน้ำมันเชื้อเพลิง\t4\tครั้ง\t500\t2,000",
      "รวม\t\t\t\t6,000",
    ]);
    const { plan } = importProjectText(text);
    expect(plan.subtotals).toEqual([]);
    expect(plan.project.statedTotal).toBe(baht(6000));
    expect(errorsAndWarnings(text)).toEqual([]);
  });

  test("'ใช้งบประมาณ … จำนวน 40,000 บาท รายละเอียดดังนี้' is the allocation", () => {
    const { plan } = importProjectText(PLAN(["งบประมาณ", "ใช้งบประมาณ ของ สพป. จำนวน 40,000 บาท รายละเอียดดังนี้", "กิจกรรมที่ 2 อบรมครู", "ค่าอาหารว่าง 20 คน x 30 บาท = 600 บาท"]));
    expect(plan.project.allocation).toBe(baht(40000));
    expect(plan.budgetLines).toHaveLength(1);
  });
});

describe("Word exports", () => {
  test("a row number alone in the first cell, even before a unit word ('3\\tสัปดาห์…')", () => {
    const { plan } = importProjectText(
      ["โครงการ ภาษาไทย", "ที่\tกิจกรรม\tระยะเวลา\tผู้รับผิดชอบ", "1\tประกวดคัดลายมือ\tพ.ย. 66\tนางสาวอรทัย", "2\tสัปดาห์วันภาษาไทย\tก.ค. 67\tนางสาวอรทัย"].join("\n"),
    );
    expect(plan.activities.map((a) => [a.id, a.name])).toEqual([
      ["1", "ประกวดคัดลายมือ"],
      ["2", "สัปดาห์วันภาษาไทย"],
    ]);
  });

  test("the allocation on the line after the budget heading, or from 'จากเงินอุดหนุน…'", () => {
    expect(importProjectText(PLAN(["6. งบประมาณ", "จำนวน 25,000 บาท (สองหมื่นห้าพันบาทถ้วน)", "กิจกรรมที่ 2", "- ค่าอาหารว่าง 20 คน x 30 บาท = 600 บาท"])).plan.project.allocation).toBe(
      baht(25000),
    );
    const r = importProjectText(PLAN(["งบประมาณ", "\tจากเงินอุดหนุนรายหัว จำนวน 30,000 บาท", "กิจกรรมที่ 2", "- ค่าอาหารว่าง 20 คน x 30 บาท = 600 บาท"]));
    expect(r.plan.project.allocation).toBe(baht(30000));
    expect(r.plan.budgetLines).toHaveLength(1);
  });

  test("symbol-font bullets (private-use characters) and an item written under the block heading without a bullet", () => {
    const { plan } = importProjectText(
      PLAN([
        "งบประมาณ 30,000 บาท",
        "กิจกรรมนิเทศติดตาม",
        "\tค่าน้ำมันเชื้อเพลิง",
        "\t\t4 ครั้ง x 500 บาท = 2,000 บาท",
        "\t\uf0d8 ค่าอาหารว่าง",
        "\t\t10 คน x 30 บาท = 300 บาท",
      ]),
    );
    expect(plan.budgetLines.map((l) => [l.activityId, l.item, l.statedAmount])).toEqual([
      ["3", "ค่าน้ำมันเชื้อเพลิง", baht(2000)],
      ["3", "ค่าอาหารว่าง", baht(300)],
    ]);
  });
});

describe("a budget split by expense class in columns", () => {
  test("each row is its activity's block: lump sums per class, the row total its subtotal, 'รวม' the grand total", () => {
    const text = PLAN([
      "งบประมาณ 30,000 บาท",
      "ที่\tรายการ\tค่าตอบแทน\tค่าใช้สอย\tค่าวัสดุ\tรวม",
      "1\tประชุมวางแผน\t-\t2,550\t-\t2,550",
      "2\tอบรมครู\t3,600\t12,000\t1,000\t16,000",
      "\tรวม\t3,600\t14,550\t1,000\t18,550",
    ]);
    const { plan } = importProjectText(text);
    expect(plan.budgetLines.map((l) => [l.activityId, l.expenseClass, l.statedAmount])).toEqual([
      ["1", "services", baht(2550)],
      ["2", "compensation", baht(3600)],
      ["2", "services", baht(12000)],
      ["2", "materials", baht(1000)],
    ]);
    expect(plan.project.statedTotal).toBe(baht(18550));
    expect(errorsAndWarnings(text).sort()).toEqual(["subtotal-mismatch@10", "total-mismatch@11"]);
  });
});

test("a page number between pages ('- 2 -', 'หน้า 3') is not a budget item", () => {
  const text = PLAN(["งบประมาณ 10,000 บาท", "2. อบรมครู", "- ค่าอาหารว่าง 20 คน x 30 บาท = 600 บาท", "", "- 2 -", "", "หน้า 3", "- ค่าวัสดุ 400 บาท", "รวม 1,000 บาท"]);
  expect(importProjectText(text).plan.budgetLines.map((l) => l.item)).toEqual(["ค่าอาหารว่าง", "ค่าวัสดุ"]);
  expect(errorsAndWarnings(text)).toEqual([]);
});
