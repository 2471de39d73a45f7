// Issue 9 leftovers: a budget line with counts and an amount but no price is not a lump sum: its unit cost is
// the amount ÷ the counts when that divides to whole satang (said in a note, judged by the rate checks, a
// warning at most); when it does not divide nothing is invented. And meal lines held at a hotel make the
// training's food judged at the private-venue ceiling.
import fc from "fast-check";
import type { BudgetLine, Project } from "../../../src/core/model";
import type { Finding } from "../../../src/core/findings";
import { deriveUnitCosts, exactUnitCost } from "../../../src/core/derivedUnitCost";
import { lineAmount } from "../../../src/core/budget";
import { classifyItem } from "../../../src/core/rates/classifier";
import { defaultRateBook, validatePlan } from "../../../src/core/validation/engine";
import { B, activity, line, plan } from "./helpers";

const feb60 = { year: 2560, month: 2 };

function check(activityName: string, lines: Partial<BudgetLine>[], project: Partial<Project> = {}): Finding[] {
  const p = plan({
    project: { name: "โครงการพัฒนาครู", venue: "unknown", trainingType: "unknown", staffLevel: "standard", ...project },
    activities: [activity({ id: "1", name: activityName, start: feb60, end: feb60 })],
    budgetLines: lines.map((l) => line({ activityId: "1", ...l })),
  });
  return validatePlan(p, { rateBook: defaultRateBook() });
}

const notes = (f: Finding[], code: string) => f.filter((x) => x.rule === "read-problem" && x.problemCode === code);
const over = (f: Finding[]) => f.filter((x) => x.rule === "rate-over-ceiling");

describe("a unit cost derived from the amount and the counts", () => {
  it("4,000 for 20 people × 2 days is 100 a day; 4,000 for 20 × 4 snacks is 50, over 35 (a warning, with the note)", () => {
    const f = check("ประชุมปฏิบัติการครู", [
      { id: "L1", item: "ค่าอาหารกลางวัน", quantity: 20, quantityUnit: "คน", times: 2, timesUnit: "วัน", statedAmount: B(4000) },
      { id: "L2", item: "ค่าอาหารว่างและเครื่องดื่ม", quantity: 20, quantityUnit: "คน", times: 4, timesUnit: "มื้อ", statedAmount: B(4000) },
    ]);
    const derived = notes(f, "unit-cost-derived");
    expect(derived.map((x) => [x.lineId, x.severity, x.expected])).toEqual([
      ["L1", "info", B(100)],
      ["L2", "info", B(50)],
    ]);
    expect(derived[0].message.th).toContain("4,000 บาท ÷ (20 คน × 2 วัน) = 100 บาท");
    const o = over(f);
    expect(o).toHaveLength(1);
    expect(o[0]).toMatchObject({ lineId: "L2", severity: "warning", actual: B(50), expected: B(35) });
    expect(o[0].message.th).toContain("คิดจากจำนวนเงิน ÷ จำนวน");
    // the sums are those of the amounts as written: nothing else is reported
    expect(f.filter((x) => x.severity !== "info" && x.rule !== "rate-over-ceiling")).toEqual([]);
  });

  it("an outside speaker's 9,000 for 6 hours is 1,500 an hour, over 1,200 (type ข): a warning, never an error", () => {
    const f = over(check("อบรมครู", [{ item: "ค่าตอบแทนวิทยากรภายนอก", quantity: 6, quantityUnit: "ชั่วโมง", statedAmount: B(9000) }], { trainingType: "b" }));
    expect(f).toMatchObject([{ severity: "warning", actual: B(1500), expected: B(1200) }]);
  });

  it("a training's food from derived prices is judged per person per day and only warns", () => {
    const f = over(
      check(
        "อบรมเชิงปฏิบัติการ",
        [
          { item: "ค่าอาหารกลางวัน", quantity: 30, quantityUnit: "คน", times: 2, timesUnit: "มื้อ", statedAmount: B(15000) },
          { item: "ค่าอาหารเย็น", quantity: 30, quantityUnit: "คน", times: 2, timesUnit: "มื้อ", statedAmount: B(12000) },
        ],
        { venue: "gov", trainingType: "b" },
      ),
    );
    // 250 + 200 = 450 a day, over 400 (not all meals)
    expect(f).toMatchObject([{ severity: "warning", actual: B(450), expected: B(400) }]);
  });

  it("an amount that does not divide to whole satang is noted and not judged", () => {
    const f = check("ประชุมครู", [{ id: "L9", item: "ค่าอาหารว่าง", quantity: 30, quantityUnit: "คน", times: 4, timesUnit: "มื้อ", statedAmount: B(4000) }]);
    expect(notes(f, "unit-cost-not-derived")).toMatchObject([{ lineId: "L9", severity: "info" }]);
    expect(notes(f, "unit-cost-derived")).toEqual([]);
    expect(over(f)).toEqual([]);
  });

  it("leaves alone lump sums, written unit costs, zero or unreadable counts and zero amounts", () => {
    const p = plan({
      budgetLines: [
        line({ item: "ค่าวัสดุ", statedAmount: B(1000) }),
        line({ item: "ค่าอาหาร", unitCost: B(80), quantity: 10, statedAmount: B(900) }),
        line({ item: "ค่าอาหาร", quantity: 0, statedAmount: B(900) }),
        line({ item: "ค่าอาหาร", quantity: 10, invalid: { times: "สอง" }, statedAmount: B(900) }),
        line({ item: "ค่าอาหาร", quantity: 10, statedAmount: B(0) }),
        line({ item: "ค่าอาหาร", quantity: 10, statedAmount: null }),
      ],
    });
    const d = deriveUnitCosts(p);
    expect(d.plan).toBe(p);
    expect(d.notes).toEqual([]);
  });

  it("does not change the input plan, and the derived line computes to its amount", () => {
    const l = line({ item: "ค่าเช่ารถ", quantity: 2, times: 3, statedAmount: B(10500) });
    const p = plan({ budgetLines: [l] });
    const d = deriveUnitCosts(p);
    expect(l.unitCost).toBeNull();
    expect(d.plan.budgetLines[0]).toMatchObject({ unitCost: B(1750), unitCostDerived: true });
    expect(lineAmount(d.plan.budgetLines[0])).toBe(B(10500));
  });

  it("exactUnitCost gives back the amount exactly, or nothing (any counts and amounts)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000_000 }), fc.integer({ min: 1, max: 500 }), fc.integer({ min: 1, max: 40 }), (amount, q, t) => {
        const u = exactUnitCost(B(amount / 100), q * t);
        if (u === undefined) expect(amount % (q * t)).not.toBe(0);
        else expect(u * q * t).toBe(amount);
      }),
    );
    // decimal counts: 2.5 hours
    expect(exactUnitCost(B(3000), 2.5)).toBe(B(1200));
  });
});

describe("meal lines held at a hotel", () => {
  const TRAINING = "อบรมเชิงปฏิบัติการพัฒนาหลักสูตร";
  const meals = (suffix: string, lunch: number, dinner: number): Partial<BudgetLine>[] => [
    { item: `ค่าอาหารกลางวัน${suffix}`, unitCost: B(lunch), quantity: 30, quantityUnit: "คน", times: 2, timesUnit: "มื้อ" },
    { item: `ค่าอาหารเย็น${suffix}`, unitCost: B(dinner), quantity: 30, quantityUnit: "คน", times: 2, timesUnit: "มื้อ" },
  ];

  it("a lunch 'ค่าอาหารกลางวัน (โรงแรม)' is a meal, not a room", () => {
    expect(classifyItem("ค่าอาหารกลางวัน (โรงแรม)")?.category).toBe("meal");
    expect(classifyItem("ค่าอาหารเย็น โรงแรม")?.category).toBe("meal");
    expect(classifyItem("ค่าโรงแรม")?.category).toBe("lodging");
    expect(classifyItem("ค่าห้องพักโรงแรม")?.category).toBe("lodging");
  });

  it("400 + 300 a day is within the private-venue 700 when the lines say โรงแรม, over 400 when they do not", () => {
    expect(over(check(TRAINING, meals(" (โรงแรม)", 400, 300), { venue: "gov", trainingType: "b" }))).toEqual([]);
    expect(over(check(TRAINING, meals("", 400, 300), { venue: "gov", trainingType: "b" }))).toMatchObject([{ expected: B(400), actual: B(700) }]);
  });

  it("a note column saying โรงแรม counts as the line's words; 500 + 400 at a hotel is over 700", () => {
    const lines = meals("", 500, 400).map((l) => ({ ...l, note: "จัดที่โรงแรม" }));
    const f = over(check(TRAINING, lines, { trainingType: "b" }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ expected: B(700), actual: B(900) });
    expect(f[0].message.th).toContain("สถานที่เอกชน");
  });

  it("snacks with (โรงแรม) are judged at 50, those without at 35", () => {
    const snack = (item: string, price: number): Partial<BudgetLine> => ({ item, unitCost: B(price), quantity: 30, times: 2, timesUnit: "มื้อ" });
    expect(over(check("ประชุมครู", [snack("ค่าอาหารว่างและเครื่องดื่ม (โรงแรม)", 50)]))).toEqual([]);
    expect(over(check("ประชุมครู", [snack("ค่าอาหารว่างและเครื่องดื่ม", 50)]))).toMatchObject([{ expected: B(35) }]);
  });
});
