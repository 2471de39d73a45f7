import { seedPlan } from "../../../../src/core/examples/seed2560";
import { validatePlan } from "../../../../src/core/validation/engine";
import { buildIndicators } from "../../../../src/workbook";

const TODAY = { year: 2559, month: 10 };

describe("indicator-target-missing", () => {
  test("the seed's indicators all have a target (a value or words): no finding", () => {
    expect(validatePlan(seedPlan(), { today: TODAY }).filter((f) => f.rule === "indicator-target-missing")).toEqual([]);
  });

  test("generated outcomes take the percentage their target states, and no other; the rest are asked for", () => {
    const plan = seedPlan();
    plan.targets = [
      { kind: "qualitative", text: "ร้อยละ ๙๐ ของนักเรียนมีนิสัยรักการอ่าน" },
      { kind: "qualitative", text: "ครูร้อยละ 85.5 นำความรู้ไปใช้" },
      { kind: "qualitative", text: "นักเรียนมีความสุขในการเรียน" },
      { kind: "qualitative", text: "ชุมชนมีส่วนร่วม 3 ครั้ง" },
    ];
    plan.indicators = buildIndicators(plan, "th");
    expect(plan.indicators.map((i) => i.targetValue)).toEqual([90, 85.5, undefined, undefined]);
    const f = validatePlan(plan, { today: TODAY }).filter((x) => x.rule === "indicator-target-missing");
    expect(f.map((x) => x.severity)).toEqual(["info", "info"]);
    expect(f[0].message.th).toContain("นักเรียนมีความสุขในการเรียน");
    expect(f[1].message.th).toContain("ชุมชนมีส่วนร่วม");
  });
});
