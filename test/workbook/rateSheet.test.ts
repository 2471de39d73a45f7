// The template's own ceiling column agrees with the checks: lawful lines of trainings, travel, overtime
// and taxis are not marked "เกินเพดาน" in the sheet, and the checks read the same workbook back the same way.
import type { Satang } from "../../src/core/model";
import { bahtToSatang } from "../../src/core/money";
import type { BudgetLine, Plan } from "../../src/core/model";
import { emptyPlan } from "../../src/core/model";
import { buildWorkbookSpec, readPlan, validateWorkbook } from "../../src/workbook";
import { templateCol, BUDGET_TABLE, TABLE_HEADER_ROW } from "../../src/workbook/layout";
import { HfBook } from "../helpers/hfSnapshot";

const B = (n: number): Satang => bahtToSatang(n);
const feb = { year: 2560, month: 2 };

function planWith(lines: Omit<BudgetLine, "id">[]): Plan {
  const p = emptyPlan(2560);
  p.project = { ...p.project, name: "โครงการพัฒนาครู", venue: "gov", trainingType: "b", staffLevel: "standard", periodStart: { year: 2559, month: 10 }, periodEnd: { year: 2560, month: 9 } };
  p.activities = [
    { id: "1", name: "อบรมเชิงปฏิบัติการการจัดการเรียนรู้เชิงรุก", start: feb, end: feb, owners: [] },
    { id: "2", name: "ประชุมคณะกรรมการสถานศึกษา", start: feb, end: feb, owners: [] },
    { id: "3", name: "นิเทศ ติดตาม การดำเนินงานของสถานศึกษา", start: feb, end: feb, owners: [] },
  ];
  p.budgetLines = lines.map((l, i) => ({ ...l, id: `L${i + 1}` }));
  return p;
}

const L = (activityId: string, item: string, unitCost: number, quantity: number, times: number, timesUnit?: string): Omit<BudgetLine, "id"> => ({
  activityId,
  item,
  unitCost: B(unitCost),
  quantity,
  quantityUnit: "คน",
  times,
  ...(timesUnit ? { timesUnit } : {}),
  statedAmount: null,
});

describe("the budget sheet's ceiling column", () => {
  test("marks no lawful line and marks the unlawful ones, like the checks", () => {
    const plan = planWith([
      L("1", "ค่าอาหารกลางวัน", 150, 60, 2, "มื้อ"), // training: per day, 150 ≤ 400
      L("1", "ค่าอาหารว่างและเครื่องดื่ม", 35, 60, 4, "มื้อ"),
      L("1", "ค่าตอบแทนวิทยากร", 1200, 1, 6, "ชั่วโมง"), // type not stated: outside rate
      L("1", "ค่าเบี้ยเลี้ยงผู้เข้ารับการอบรม", 160, 60, 2, "วัน"),
      L("2", "ค่าอาหารกลางวัน", 100, 15, 1, "มื้อ"),
      L("2", "ค่าอาหารว่างและเครื่องดื่ม", 50, 15, 2, "มื้อ"), // over 35
      L("3", "ค่าเบี้ยเลี้ยงเดินทาง", 240, 2, 3, "วัน"),
      L("3", "ค่าเช่าที่พัก", 1500, 2, 2, "คืน"),
      L("3", "ค่ารถรับจ้างข้ามเขตจังหวัด ไป-กลับ กรุงเทพฯ", 600, 1, 2, "เที่ยว"),
      L("3", "ค่าตอบแทนนอกเวลาราชการ", 420, 2, 2, "วัน"),
    ]);
    const book = HfBook.fromSpec(buildWorkbookSpec(plan, { lang: "th" }));
    const status = templateCol(BUDGET_TABLE, "status");
    const ceiling = templateCol(BUDGET_TABLE, "ceiling");
    const col = (n: number) => String.fromCharCode(64 + n);
    const marks = plan.budgetLines.map((l, i) => [l.item, book.value("งบประมาณ", `${col(status)}${TABLE_HEADER_ROW + 1 + i}`)]);
    expect(marks.filter(([, m]) => m === "เกินเพดาน").map(([item]) => item)).toEqual(["ค่าอาหารว่างและเครื่องดื่ม"]);
    // the training lunch is shown against the training food ceiling (per day), the meeting lunch against the meal
    expect(book.value("งบประมาณ", `${col(ceiling)}${TABLE_HEADER_ROW + 1}`)).toBe(600);
    expect(book.value("งบประมาณ", `${col(ceiling)}${TABLE_HEADER_ROW + 5}`)).toBe(120);
    const snap = book.snapshot();
    const read = readPlan(snap);
    expect(read.plan.budgetLines[0].rateCategory).toBe("training-meals");
    const over = validateWorkbook(snap, { today: feb }).findings.filter((f) => f.rule === "rate-over-ceiling");
    expect(over.map((f) => [f.item, f.severity])).toEqual([["ค่าอาหารว่างและเครื่องดื่ม", "warning"]]);
    book.destroy();
  });
});
