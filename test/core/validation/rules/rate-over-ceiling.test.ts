import { rateOverCeiling } from "../../../../src/core/validation/rules/rates";
import { loadRateBookFrom } from "../../../../src/core/rates/parse";
import { defaultRateBook } from "../../../../src/core/validation/engine";
import { B, activity, line, plan, run } from "../helpers";

const book = loadRateBookFrom({
  rules: [
    {
      id: "t-snack-gov",
      category: "snack",
      label: { th: "ค่าอาหารว่างและเครื่องดื่ม (สถานที่ราชการ)", en: "snacks and drinks (government venue)" },
      unit: { th: "คน/มื้อ", en: "person/meal" },
      ceilingBaht: 35,
      conditions: { venue: "gov" },
      effectiveFrom: "2013-03-04",
      source: "มติ ครม. 5 ก.พ. 2556",
      confidence: "high",
    },
    {
      id: "t-snack-private",
      category: "snack",
      label: { th: "ค่าอาหารว่างและเครื่องดื่ม (สถานที่เอกชน)", en: "snacks and drinks (private venue)" },
      unit: { th: "คน/มื้อ", en: "person/meal" },
      ceilingBaht: 50,
      conditions: { venue: "private" },
      effectiveFrom: "2013-03-04",
      source: "มติ ครม. 5 ก.พ. 2556",
      confidence: "high",
    },
    {
      id: "t-meal",
      category: "meal",
      label: { th: "ค่าอาหารประชุม", en: "meeting meal" },
      unit: { th: "คน/มื้อ", en: "person/meal" },
      ceilingBaht: 120,
      conditions: {},
      effectiveFrom: "2010-01-01",
      effectiveTo: "2016-09-30",
      source: "หนังสือจังหวัด (ไม่พบเลขที่)",
      confidence: "medium",
    },
  ],
});

const nov59 = { year: 2559, month: 11 };

describe("rate-over-ceiling", () => {
  it("is an error for a high-confidence ceiling, naming the source and in-force dates", () => {
    const p = plan({
      activities: [activity({ id: "1", start: nov59, end: nov59 })],
      budgetLines: [
        line({ id: "S", item: "อาหารว่าง", rateCategory: "snack", unitCost: B(50), quantity: 20, times: 2, cells: { unitCost: { sheet: "งบประมาณ", cell: "D8" } } }),
      ],
    });
    const f = run(rateOverCeiling, p, { rateBook: book });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "rate-over-ceiling", severity: "error", lineId: "S", expected: B(35), actual: B(50), valueKind: "money", cell: "D8" });
    expect(f[0].message.th).toBe(
      'ราคาต่อหน่วยเกินอัตรา: "อาหารว่าง" 50 บาท/คน/มื้อ เกินเพดาน 35 บาท/คน/มื้อ (เกิน 15 บาท) — ค่าอาหารว่างและเครื่องดื่ม (สถานที่ราชการ) ณ พ.ย. 2559 ตาม มติ ครม. 5 ก.พ. 2556 ใช้บังคับตั้งแต่ 4 มี.ค. 2556 ความเชื่อมั่นสูง',
    );
    // the rule that applied, whose full source the rates sheet and docs/rates.md give
    expect(f[0].rateRule).toBeTruthy();
    expect(f[0].message.en).toContain("under มติ ครม. 5 ก.พ. 2556, in force from 4 Mar 2013, confidence high");
  });

  it("a per diem above the highest rate of any staff level is an error, with no assumption that cannot matter", () => {
    const feb = { year: 2569, month: 2 };
    const p = (baht: number) =>
      plan({
        project: { fiscalYear: 2569, staffLevel: "unknown", periodStart: feb, periodEnd: feb },
        activities: [activity({ id: "1", name: "ศึกษาดูงาน", start: feb, end: feb })],
        budgetLines: [line({ id: "D", item: "ค่าเบี้ยเลี้ยงเดินทางไปราชการ", rateCategory: "per-diem", unitCost: B(baht), quantity: 20, times: 3 })],
      });
    // 300 is above 240 (up to ชำนาญการพิเศษ) and above 270 (เชี่ยวชาญ and above): whatever the level
    const over = run(rateOverCeiling, p(300), { rateBook: defaultRateBook() });
    expect(over).toHaveLength(1);
    expect(over[0].severity).toBe("error");
    expect(over[0].message.th).not.toContain("สมมติ");
    expect(over[0].message.th).toContain("เกินอัตราสูงสุดทุกกรณี 270 บาท");
    // 250 is over only for the lower level: a warning that says what was assumed
    const maybe = run(rateOverCeiling, p(250), { rateBook: defaultRateBook() });
    expect(maybe).toHaveLength(1);
    expect(maybe[0].severity).toBe("warning");
    expect(maybe[0].message.th).toContain("สมมติ: ระดับชำนาญการพิเศษลงมา");
  });

  it("uses the project's venue", () => {
    const lines = [line({ item: "อาหารว่าง", rateCategory: "snack", unitCost: B(50), quantity: 1 })];
    expect(run(rateOverCeiling, plan({ project: { venue: "private" }, budgetLines: lines }), { rateBook: book })).toEqual([]);
  });

  it("is a warning when the venue had to be assumed (the real venue may allow more)", () => {
    const p = plan({ project: { venue: "unknown" }, budgetLines: [line({ item: "อาหารว่าง", rateCategory: "snack", unitCost: B(40), quantity: 1 })] });
    const f = run(rateOverCeiling, p, { rateBook: book });
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message.th).toContain("สมมติ: จัดในสถานที่ราชการ");
    expect(f[0].message.en).toContain("assumed: government venue");
  });

  it("stays an error when only a higher-ceiling default was assumed (all meals provided)", () => {
    const withMeals = book.withRules([
      {
        id: "t-training-b",
        category: "training-meals",
        label: { th: "ค่าอาหารฝึกอบรม ประเภท ข", en: "training meals, type b" },
        unit: { th: "คน/วัน", en: "person/day" },
        ceiling: B(600),
        conditions: { venue: "gov", trainingType: "b", allMeals: true },
        source: { th: "กค 0406.4/ว 5", en: "MoF 0406.4/W5" },
        confidence: "high",
      },
    ]);
    const p = plan({ budgetLines: [line({ item: "ค่าอาหาร วันละ", rateCategory: "training-meals", unitCost: B(700), quantity: 30, times: 2 })] });
    const f = run(rateOverCeiling, p, { rateBook: withMeals });
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("error");
    expect(f[0].message.th).not.toContain("สมมติ");
  });

  it("is a warning when the rule's confidence is not high", () => {
    const p = plan({
      activities: [activity({ id: "1", name: "ประชุมคณะกรรมการสถานศึกษา", start: { year: 2559, month: 6 }, end: { year: 2559, month: 6 } })],
      budgetLines: [line({ item: "ค่าอาหาร", rateCategory: "meal", unitCost: B(150), quantity: 10 })],
    });
    const f = run(rateOverCeiling, p, { rateBook: book });
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message.th).toContain("ความเชื่อมั่นปานกลาง");
    expect(f[0].message.th).toContain("ใช้บังคับ 1 ม.ค. 2553 – 30 ก.ย. 2559");
  });

  it("checks the rule in force in the line's month (line month, then activity start)", () => {
    const after = plan({
      activities: [activity({ id: "1", name: "ประชุมคณะทำงาน", start: nov59, end: nov59 })],
      budgetLines: [line({ item: "ค่าอาหาร", rateCategory: "meal", unitCost: B(150), quantity: 10 })],
    });
    expect(run(rateOverCeiling, after, { rateBook: book })).toEqual([]);
    const ownMonth = plan({
      activities: [activity({ id: "1", name: "ประชุมคณะทำงาน", start: nov59, end: nov59 })],
      budgetLines: [line({ item: "ค่าอาหาร", rateCategory: "meal", unitCost: B(150), quantity: 10, month: { year: 2559, month: 9 } })],
    });
    expect(run(rateOverCeiling, ownMonth, { rateBook: book })).toHaveLength(1);
  });

  it("lets the user's rate category win over the classifier", () => {
    const lines = [line({ item: "ค่าเครื่องดื่มและอาหารว่าง", unitCost: B(50), quantity: 20 })];
    expect(run(rateOverCeiling, plan({ budgetLines: lines }), { rateBook: book })).toHaveLength(1);
    lines[0].rateCategory = "meal";
    lines[0].month = { year: 2559, month: 1 };
    expect(run(rateOverCeiling, plan({ budgetLines: lines }), { rateBook: book })).toEqual([]);
  });

  it("is silent at the ceiling, for lump sums and without a rate book", () => {
    const p = plan({
      budgetLines: [
        line({ item: "ค่าเครื่องดื่มและอาหารว่าง", rateCategory: "snack", unitCost: B(35), quantity: 100, times: 2 }),
        line({ item: "ค่าวัสดุ", statedAmount: B(99999) }),
      ],
    });
    expect(run(rateOverCeiling, p, { rateBook: book })).toEqual([]);
    const over = plan({ budgetLines: [line({ rateCategory: "snack", unitCost: B(99), quantity: 1 })] });
    expect(run(rateOverCeiling, over)).toEqual([]);
  });

  it("works with the bundled rate book: snacks at 50 baht in a government venue", () => {
    const p = plan({ budgetLines: [line({ item: "ค่าเครื่องดื่มและอาหารว่าง", unitCost: B(50), quantity: 20, times: 2 })] });
    const f = run(rateOverCeiling, p, { rateBook: defaultRateBook() });
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ expected: B(35), actual: B(50) });
  });
});
