/**
 * A month-grid spending plan (one column per month ต.ค. … ก.ย. with the amount spent that month): the quarters
 * spread each line's amount over its months, not all in its first month.
 */
import { readPlan } from "../../src/workbook";
import { quarterTotals, spreadOverMonths } from "../../src/core/budget";
import { bahtToSatang } from "../../src/core/money";
import type { MonthRef, Satang } from "../../src/core/model";
import { book, sheet, type Row } from "../helpers/snapshots";

const baht = (n: number) => bahtToSatang(n);
const m = (month: number, year = 2569): MonthRef => ({ year, month });

describe("spreadOverMonths", () => {
  test("a grid that adds up to the amount is taken as it is", () => {
    expect(spreadOverMonths(baht(1800), [{ month: m(10, 2568), amount: baht(450) }, { month: m(1), amount: baht(450) }, { month: m(4), amount: baht(900) }])).toEqual([
      { month: m(10, 2568), amount: baht(450) },
      { month: m(1), amount: baht(450) },
      { month: m(4), amount: baht(900) },
    ]);
  });

  test("a grid that differs from the amount: shares in proportion, to the satang, adding up exactly", () => {
    const parts = [1, 2, 3].map((k) => ({ month: m(k), amount: baht(100) }));
    const out = spreadOverMonths(baht(1000), parts)!;
    expect(out.reduce((s, p) => s + p.amount, 0)).toBe(baht(1000));
    expect(out.map((p) => p.amount).sort()).toEqual([33333, 33333, 33334].map((x) => x as Satang).sort());
  });

  test("no grid, or a grid of zeros: nothing to spread", () => {
    expect(spreadOverMonths(baht(100), undefined)).toBeUndefined();
    expect(spreadOverMonths(baht(100), [])).toBeUndefined();
    expect(spreadOverMonths(baht(100), [{ month: m(1), amount: 0 as Satang }])).toBeUndefined();
  });
});

const MONTHS = ["ต.ค. 68", "พ.ย. 68", "ธ.ค. 68", "ม.ค. 69", "ก.พ. 69", "มี.ค. 69", "เม.ย. 69", "พ.ค. 69", "มิ.ย. 69", "ก.ค. 69", "ส.ค. 69", "ก.ย. 69"];
const every = (n: number): Row => MONTHS.map(() => n);
const quarterly = (n: number): Row => MONTHS.map((_, i) => (i % 3 === 0 ? n : "-"));

describe("a month-grid spending plan in the quarters", () => {
  test("each line's months, quarter by quarter (2,700 a quarter)", () => {
    const snap = book(
      sheet("แผนการใช้จ่าย", [
        ["แผนการใช้จ่ายงบประมาณ งานห้องคอมพิวเตอร์ ปีงบประมาณ 2569"],
        ["งบประมาณที่ได้รับจัดสรร", "", 12000],
        ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "รวม", ...MONTHS],
        [1, "ค่าตอบแทนนอกเวลาราชการ", 12, 200, 2400, ...every(200)],
        [2, "ค่าไฟฟ้าห้องคอมพิวเตอร์", 12, 350, 4200, ...every(350)],
        [3, "ค่าซ่อมบำรุงเครื่องคอมพิวเตอร์", 4, 450, 1800, ...quarterly(450)],
        [4, "ค่าวัสดุคอมพิวเตอร์", 20, 120, 2400, ...every(200)],
        ["", "รวม", "", "", 10800],
      ]),
    );
    const plan = readPlan(snap).plan;
    const q = quarterTotals(plan);
    expect([q[1], q[2], q[3], q[4], q.unscheduled, q.outsideYear]).toEqual([baht(2700), baht(2700), baht(2700), baht(2700), 0, 0]);
    // the line's month (for its rates) is still its first month
    expect(plan.budgetLines[0].month).toEqual({ year: 2568, month: 10 });
  });

  test("a line in one month only stays in that month's quarter", () => {
    const snap = book(
      sheet("แผน", [
        ["แผนการใช้จ่ายเงิน โครงการทัศนศึกษา ปีงบประมาณ 2569"],
        ["งบประมาณ", "", 9000],
        ["ที่", "รายการ", "จำนวน", "ราคาต่อหน่วย", "รวม", ...MONTHS],
        [1, "ค่าเช่ารถโดยสาร", 1, 6000, 6000, "", "", "", "", 6000],
        [2, "ค่าวัสดุ", 1, 3000, 3000, 1000, "", "", 1000, "", "", 1000],
        ["", "รวม", "", "", 9000],
      ]),
    );
    const q = quarterTotals(readPlan(snap).plan);
    expect([q[1], q[2], q[3], q[4]]).toEqual([baht(1000), baht(7000), baht(1000), 0]);
  });
});
