// Acceptance: validating the seed document (test/fixtures/seed-project-2560.txt, as a Plan built by
// hand) finds exactly the mistakes checked by hand in test/fixtures/seed-facts.md.
import type { Satang } from "../../../src/core/model";
import { bahtToSatang } from "../../../src/core/money";
import { seedPlan } from "../../../src/core/examples/seed2560";
import { validatePlan } from "../../../src/core/validation/engine";
import { lineAmount } from "../../../src/core/budget";

const B = (n: number): Satang => bahtToSatang(n);

describe("seed project 2560", () => {
  const findings = validatePlan(seedPlan());
  const serious = findings.filter((f) => f.severity !== "info");

  it("reports exactly the known mistakes at error and warning level, in order", () => {
    expect(serious.map((f) => ({ rule: f.rule, severity: f.severity, activityId: f.activityId, lineId: f.lineId, expected: f.expected, actual: f.actual }))).toEqual([
      { rule: "total-mismatch", severity: "error", activityId: undefined, lineId: undefined, expected: B(121000), actual: B(120000) },
      { rule: "over-allocation", severity: "error", activityId: undefined, lineId: undefined, expected: B(120000), actual: B(121000) },
      { rule: "line-amount-mismatch", severity: "error", activityId: "1", lineId: "L4", expected: B(16000), actual: B(13000) },
      { rule: "line-amount-mismatch", severity: "error", activityId: "6", lineId: "L13", expected: B(10000), actual: B(100000) },
      { rule: "subtotal-mismatch", severity: "error", activityId: "6", lineId: undefined, expected: B(23200), actual: B(22200) },
      { rule: "spend-before-funds", severity: "warning", activityId: "1", lineId: undefined, expected: "2017-01", actual: "2016-11" },
    ]);
  });

  it("words the two wrong lines as a reviewer would", () => {
    const lines = serious.filter((f) => f.rule === "line-amount-mismatch");
    expect(lines[0].item).toBe("ค่าสำเนา เครื่องมือแนวทางการพัฒนาระบบประกันคุณภาพ");
    expect(lines[0].message.th).toBe("จำนวนเงินไม่ตรงกับการคำนวณ: 80 บาท × 200 ชุด = 16,000 บาท แต่ระบุ 13,000 บาท");
    expect(lines[1].item).toBe("ค่าอาหารกลางวัน");
    expect(lines[1].message.th).toBe("จำนวนเงินไม่ตรงกับการคำนวณ: 100 บาท × 100 คน × 1 มื้อ = 10,000 บาท แต่ระบุ 100,000 บาท");
    expect(lines[1].valueKind).toBe("money");
  });

  it("raises nothing on the correct lines", () => {
    const plan = seedPlan();
    const correct = plan.budgetLines.filter((l) => !["L4", "L13"].includes(l.id));
    const flagged = new Set(findings.filter((f) => f.lineId && f.severity !== "info").map((f) => f.lineId));
    for (const l of correct) expect(flagged.has(l.id)).toBe(false);
    // the hand-checked products
    const byItem = (id: string) => lineAmount(plan.budgetLines.find((l) => l.id === id)!);
    expect([byItem("L1"), byItem("L2"), byItem("L5"), byItem("L6"), byItem("L11"), byItem("L15")]).toEqual([
      B(2800),
      B(4000),
      B(7000),
      B(10000),
      B(36000),
      B(5000),
    ]);
  });

  it("adds info notes: the surname spellings, 200 vs 100 evaluators, activities 4 and 7 without budget", () => {
    const info = findings.filter((f) => f.severity === "info");
    const owner = info.find((f) => f.rule === "owner-name-inconsistent");
    expect(owner).toMatchObject({ item: "พรพิมล", expected: "ชนะศรี", actual: "ธานีศรี" });
    const target = info.filter((f) => f.rule === "target-mismatch");
    expect(target).toHaveLength(1);
    expect(target[0]).toMatchObject({ item: "ผู้ประเมิน", expected: 200, actual: 100 });
    expect(info.filter((f) => f.rule === "activity-without-budget").map((f) => f.activityId)).toEqual(["4", "7"]);
    expect(info.some((f) => f.rule === "under-allocation")).toBe(false);
  });

  it("carries no cell references (the plan came from text)", () => {
    for (const f of findings) {
      expect(f.sheet).toBeUndefined();
      expect(f.cell).toBeUndefined();
    }
  });
});
