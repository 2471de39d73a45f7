// The rates tab: every rule shows its dates in force, confidence and source; categories whose rate
// ended (ว 5 after 31 Oct 2568) are listed with how to enter the new rate.
import { loadRateBook } from "../../src/core/rates/rateBook";
import { categoriesWithoutRate, ruleFacts, rulesInForce } from "../../src/taskpane/state/rates";

const rules = loadRateBook().rules;

describe("rates tab", () => {
  it("shows dates in force, confidence and the approval margin, in Thai and English", () => {
    const w5 = rules.find((r) => r.id === "training-meals-b-gov-all")!;
    expect(ruleFacts(w5, "th")).toEqual({ inForce: "ใช้บังคับ 14 ม.ค. 2556 – 31 ต.ค. 2568", confidence: "สูง", warnsOnly: false });
    expect(ruleFacts(w5, "en")).toEqual({ inForce: "in force 14 Jan 2013 – 31 Oct 2025", confidence: "high", warnsOnly: false });
    const snack = rules.find((r) => r.id === "snack-gov")!;
    expect(ruleFacts(snack, "th")).toMatchObject({ inForce: "ใช้บังคับตั้งแต่ 5 ก.พ. 2556", confidence: "ปานกลาง", warnsOnly: true });
    const lodging = rules.find((r) => r.id === "lodging-standard-single")!;
    expect(ruleFacts(lodging, "th").marginPercent).toBe(25);
    expect(ruleFacts(snack, "en").marginPercent).toBeUndefined();
    const speaker = rules.find((r) => r.id === "speaker-ext-b")!;
    expect(ruleFacts(speaker, "en").inForce).toBe("no in-force dates given");
    for (const r of rules) {
      for (const lang of ["th", "en"] as const) {
        const f = ruleFacts(r, lang);
        expect(f.inForce.length).toBeGreaterThan(5);
        expect(f.confidence.length).toBeGreaterThan(1);
        expect(f.warnsOnly).toBe(r.confidence !== "high");
      }
    }
  });

  it("lists training food and lodging as not known after October 2568, citing ว 5", () => {
    expect(categoriesWithoutRate(rules, { year: 2568, month: 10 })).toEqual([]);
    const after = categoriesWithoutRate(rules, { year: 2568, month: 12 });
    expect(after.map((u) => u.category).sort()).toEqual(["training-lodging", "training-meals"]);
    for (const u of after) {
      expect(u.last?.effectiveTo).toBe("2025-10-31");
      expect(u.last?.source.th).toContain("ว 5");
      expect(u.last?.source.en).toContain("W5");
    }
    // speaker fees stand
    expect(rulesInForce(rules, { year: 2568, month: 12 }).some((r) => r.category === "speaker-ext")).toBe(true);
    // once the user adds a rate from 1 Nov 2568, the category is known again
    const entered = [...rules, { ...rules.find((r) => r.id === "training-meals-b-gov-all")!, id: "new", effectiveFrom: "2025-11-01", effectiveTo: undefined }];
    expect(categoriesWithoutRate(entered, { year: 2568, month: 12 }).map((u) => u.category)).toEqual(["training-lodging"]);
  });
});
