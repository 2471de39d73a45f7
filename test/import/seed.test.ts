/**
 * Acceptance: the real seed document (a results report followed by the proposal) imports into a plan
 * that reproduces every amount it states, maps its budget blocks to activities by name, and gives the
 * validator exactly the known mistakes.
 */
import type { Satang } from "../../src/core/model";
import { bahtToSatang } from "../../src/core/money";
import { readFileSync } from "fs";
import { join } from "path";
import { importProjectText } from "../../src/import";
import type { BudgetLine } from "../../src/core/model";
import { validatePlan } from "../../src/core/validation/engine";

const SEED = readFileSync(join(__dirname, "../fixtures/seed-project-2560.txt"), "utf8");
const baht = (n: number): Satang => bahtToSatang(n);

function lineShape(l: BudgetLine) {
  return {
    activityId: l.activityId,
    item: l.item,
    unitCost: l.unitCost,
    quantity: l.quantity,
    times: l.times,
    statedAmount: l.statedAmount,
  };
}

describe("seed document (FY2560)", () => {
  const { plan, problems } = importProjectText(SEED);

  test("project header: name, owner, department, source, alignment, character, period, fiscal year", () => {
    const p = plan.project;
    expect(p.name).toBe("ส่งเสริมระบบประกันคุณภาพการศึกษาตามมาตรฐานการประกันคุณภาพที่เข้มแข็งรองรับการประเมินภายนอก");
    expect(p.fiscalYear).toBe(2560);
    // the proposal wins over the report (whose owner is spelled ชนะศรี)
    expect(p.owner).toBe("นางสาวพรพิมล ธนะศรี");
    expect(p.department).toBe("กลุ่มนิเทศติดตามและประเมินผลการจัดการศึกษา");
    expect(p.budgetSource).toBe("งบฯ แผนปฏิบัติการประจำปี 2560");
    expect(p.character).toBe("ต่อเนื่อง");
    expect(p.alignment).toEqual([
      "สนองยุทธศาสตร์ สพฐ. ที่ 4 การทดสอบ การประเมิน การประกันคุณภาพและพัฒนามาตรฐานการศึกษา",
      "สนองกลยุทธ์ สพป.สป. 2 ที่ 4 พัฒนาระบบการสนับสนุนการจัดการศึกษา",
      "สอดคล้องจุดเน้น สพฐ. ที่ 3 การทดสอบ การประเมิน การประกันคุณภาพและมาตรฐานการศึกษา",
      "สอดคล้องจุดเน้น สพป.สป. 2 ที่ 3 ด้านการบริหารจัดการ",
    ]);
    expect(p.periodStart).toEqual({ year: 2559, month: 10 });
    expect(p.periodEnd).toEqual({ year: 2560, month: 9 });
    expect(p.objectives).toHaveLength(1);
    expect(p.objectives![0]).toMatch(/^เพื่อเสริมสร้างความเข้มแข็ง/);
    expect(p.rationale).toMatch(/^ตามกฎกระทรวงว่าด้วยระบบ/);
    expect(p.expectedResults).toHaveLength(1);
  });

  test("allocation 120,000, stated total 120,000, funds from January 2560 (quarter 2)", () => {
    expect(plan.project.allocation).toBe(baht(120000));
    expect(plan.project.statedTotal).toBe(baht(120000));
    expect(plan.project.fundsAvailableFrom).toEqual({ year: 2560, month: 1 });
  });

  test("results from the report: received 120,000, spent 20,000, remaining 100,000", () => {
    expect(plan.results).toEqual({ received: baht(120000), spent: baht(20000), remaining: baht(100000) });
  });

  test("7 activities, Nov 2559 … Aug 2560, owners split by title", () => {
    expect(plan.activities.map((a) => a.id)).toEqual(["1", "2", "3", "4", "5", "6", "7"]);
    const months = plan.activities.map((a) => [a.start, a.end]);
    const m = (year: number, month: number) => ({ year, month });
    expect(months).toEqual([
      [m(2559, 11), m(2559, 11)],
      [m(2560, 1), m(2560, 1)],
      [m(2560, 2), m(2560, 2)],
      [m(2560, 4), m(2560, 4)],
      [m(2560, 6), m(2560, 6)],
      [m(2560, 7), m(2560, 7)],
      [m(2560, 8), m(2560, 8)],
    ]);
    expect(plan.activities[0].owners).toEqual([
      "นายวิษุทธิ์ เพ็ชรเมือง",
      "นายวิฑูรย์ ชั่งโต",
      "นางสาวพรพิมล ชนะศรี",
      "นางสาวนวลฉวี คนเที่ยง",
    ]);
    expect(plan.activities[2].owners).toEqual(["นางอารี แก้วสถิตวงศ์", "นางสาวนวลฉวี คนเที่ยง"]);
    expect(plan.activities[6]).toMatchObject({ name: "สรุป รายงานผลการดำเนินโครงการ", owners: ["นางสาวพรพิมล ชนะศรี"] });
    expect(plan.activities[4].name).toBe("นิเทศ ติดตาม ตรวจสอบประเมินระบบ ประกันคุณภาพของสถานศึกษา");
  });

  test("every budget line reproduces the stated figures; blocks map 1→1, 2→2, 3→3, ๔→5, ๕→6", () => {
    const snack = "ค่าเครื่องดื่มและอาหารว่าง";
    const lunch = "ค่าอาหารกลางวัน";
    const mat = "ค่าวัสดุ";
    const L = (activityId: string, item: string, unitCost: number | null, quantity: number | null, times: number | null, stated: number) => ({
      activityId,
      item,
      unitCost: unitCost === null ? null : baht(unitCost),
      quantity,
      times,
      statedAmount: baht(stated),
    });
    expect(plan.budgetLines.map(lineShape)).toEqual([
      L("1", snack, 35, 20, 4, 2800),
      L("1", lunch, 100, 20, 2, 4000),
      L("1", mat, null, null, null, 1000),
      L("1", "ค่าสำเนา เครื่องมือแนวทางการพัฒนาระบบประกันคุณภาพ", 80, 200, null, 13000),
      L("2", snack, 35, 100, 2, 7000),
      L("2", lunch, 100, 100, 1, 10000),
      L("2", mat, null, null, null, 2000),
      L("3", snack, 35, 100, 2, 7000),
      L("3", lunch, 100, 100, 1, 10000),
      L("3", mat, null, null, null, 2000),
      L("5", "ค่าพาหนะคณะกรรมการฯ", 200, 45, 4, 36000),
      L("6", snack, 35, 100, 2, 7000),
      L("6", lunch, 100, 100, 1, 100000),
      L("6", mat, null, null, null, 1200),
      L("6", "ค่าจัดจ้างทำโล่", 1000, 5, null, 5000),
    ]);
    const byId = Object.fromEntries(plan.budgetLines.map((l) => [l.item + l.activityId, l]));
    expect(byId[snack + "1"]).toMatchObject({ quantityUnit: "คน", timesUnit: "มื้อ" });
    expect(byId["ค่าพาหนะคณะกรรมการฯ5"]).toMatchObject({ quantityUnit: "คน", timesUnit: "วัน" });
    expect(byId["ค่าพาหนะคณะกรรมการฯ5"].note).toContain("9 ชุด");
    expect(byId["ค่าจัดจ้างทำโล่6"].quantityUnit).toBe("โล่");
    // unique line ids
    expect(new Set(plan.budgetLines.map((l) => l.id)).size).toBe(plan.budgetLines.length);
  });

  test("expense classes come from the classifier when there is no heading", () => {
    const cls = Object.fromEntries(plan.budgetLines.map((l) => [l.item, l.expenseClass]));
    expect(cls["ค่าวัสดุ"]).toBe("materials");
    expect(cls["ค่าอาหารกลางวัน"]).toBe("services");
  });

  test("block subtotals as stated, on the matched activities", () => {
    expect(plan.subtotals.map((s) => [s.activityId, s.statedAmount])).toEqual([
      ["1", baht(23800)],
      ["2", baht(19000)],
      ["3", baht(19000)],
      ["6", baht(22200)],
    ]);
    expect(plan.subtotals[3].title).toMatch(/^สรุปผลการดำเนินการระบบประกันคุณภาพ/);
  });

  test("targets: quantitative (under the OCR-noisy heading too) and qualitative", () => {
    const quant = plan.targets.filter((t) => t.kind === "quantitative");
    const qual = plan.targets.filter((t) => t.kind === "qualitative");
    expect(quant).toHaveLength(6);
    expect(qual).toHaveLength(6);
    expect(quant[1]).toMatchObject({ value: 200, unit: "คน" });
    expect(quant[0]).toMatchObject({ value: 200, unit: "ชุด" });
    expect(quant[3]).toMatchObject({ value: 6, unit: "โรงเรียน" });
  });

  test("indicators: 5 outputs and 4 outcomes, rows split across lines with <p> tags", () => {
    const out = plan.indicators.filter((i) => i.kind === "output");
    const oc = plan.indicators.filter((i) => i.kind === "outcome");
    expect(out).toHaveLength(5);
    expect(oc).toHaveLength(4);
    expect(out[2]).toMatchObject({
      text: "จำนวนผู้ประเมินคุณภาพสถานศึกษาที่ได้รับการพัฒนาตามมาตรฐานผู้ประเมิน",
      targetValue: 100,
      targetUnit: "คน",
    });
    expect(out[4]).toMatchObject({ targetValue: 80, targetUnit: "ร้อยละ" });
    // the row continued after the repeated header: "…ระบบประกัน" + "คุณภาพภายในที่เข้มแข็ง…"
    expect(oc[2].text).toContain("ระบบประกันคุณภาพภายในที่เข้มแข็ง");
    expect(oc[2].targetText).toContain("ระบบประกันคุณภาพภายในที่เข้มแข็ง");
    expect(oc[3]).toMatchObject({ text: "สื่อ นวัตกรรมฯ ผลงานวิธีปฏิบัติที่ดี มีคุณภาพ", targetValue: 100 });
    for (const i of plan.indicators) expect(i.text).not.toMatch(/<\/?p>/);
  });

  test("nothing in the seed is left not understood", () => {
    expect(problems).toEqual([]);
  });

  test("the validator finds exactly the seed's known mistakes (errors and warnings)", () => {
    // money findings carry their amounts; the month finding is compared by rule and activity
    const findings = validatePlan(plan)
      .filter((f) => f.severity === "error" || f.severity === "warning")
      .map((f) =>
        f.valueKind === "money"
          ? { rule: f.rule, activityId: f.activityId, expected: f.expected, actual: f.actual }
          : { rule: f.rule, activityId: f.activityId },
      );
    type Row = { rule: string; activityId?: string; expected?: unknown; actual?: unknown };
    const sorted = (xs: Row[]) => [...xs].sort((a, b) => `${a.rule}${a.activityId}`.localeCompare(`${b.rule}${b.activityId}`));
    expect(sorted(findings)).toEqual(
      sorted([
        { rule: "line-amount-mismatch", activityId: "1", expected: baht(16000), actual: baht(13000) },
        { rule: "line-amount-mismatch", activityId: "6", expected: baht(10000), actual: baht(100000) },
        { rule: "subtotal-mismatch", activityId: "6", expected: baht(23200), actual: baht(22200) },
        { rule: "total-mismatch", activityId: undefined, expected: baht(121000), actual: baht(120000) },
        { rule: "over-allocation", activityId: undefined, expected: baht(120000), actual: baht(121000) },
        { rule: "spend-before-funds", activityId: "1" },
      ]),
    );
  });
});
