import { satang } from "../../../src/core/money";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadRateBook, rateBookFromRules, rateRulesToJson, ruleInForce, severityForConfidence, mergeRules } from "../../../src/core/rates/rateBook";
import { loadRateBookFrom, parseRateRules } from "../../../src/core/rates/parse";
import type { RateCondInput } from "../../../src/core/rates/rateBook";
import type { RateRule } from "../../../src/core/rates/schema";
import { RATE_CATEGORIES } from "../../../src/core/rates/classifier";
import bundled from "../../../src/core/rates/rates.json";
import type { MonthRef } from "../../../src/core/model";

const book = loadRateBook();
const FY2560: MonthRef = { year: 2560, month: 1 };
const GOV_B: RateCondInput = { venue: "gov", trainingType: "b", staffLevel: "standard" };
const ceiling = (cat: string, m: MonthRef, cond: Partial<RateCondInput>) =>
  book.find(cat, m, { venue: "unknown", trainingType: "unknown", ...cond })?.ceiling;

describe("bundled rate book: every row of rates.md", () => {
  test("loads, ids unique, categories known, every rule has a source and a confidence", () => {
    expect(book.rules.length).toBe(39);
    expect(new Set(book.rules.map((r) => r.id)).size).toBe(book.rules.length);
    const cats = new Set(RATE_CATEGORIES.map((c) => c.id));
    for (const r of book.rules) {
      expect(cats.has(r.category)).toBe(true);
      // sources and notes in both languages: Thai without English sentences, English without Thai script
      for (const t of [r.source, r.note, r.label, r.unit]) {
        if (!t) continue;
        expect(t.th.length).toBeGreaterThan(1);
        expect(t.en.length).toBeGreaterThan(1);
        expect(t.en).not.toMatch(/[\u0E00-\u0E7F]/);
        expect(t.th).not.toMatch(/[A-Za-z]{3,} [A-Za-z]{2,}/);
      }
      expect(r.source.th.length).toBeGreaterThan(10);
      expect(["high", "medium", "low", "unconfirmed"]).toContain(r.confidence);
      expect(Number.isInteger(r.ceiling) && r.ceiling > 0).toBe(true);
    }
  });

  test.each([
    // category, conditions, baht
    ["snack", { venue: "gov" }, 35],
    ["snack", { venue: "private" }, 50],
    ["meal", {}, 120],
    ["training-meals", { venue: "gov", trainingType: "a", allMeals: true }, 850],
    ["training-meals", { venue: "gov", trainingType: "a", allMeals: false }, 600],
    ["training-meals", { venue: "gov", trainingType: "b", allMeals: true }, 600],
    ["training-meals", { venue: "gov", trainingType: "b", allMeals: false }, 400],
    ["training-meals", { venue: "private", trainingType: "b", allMeals: true }, 950],
    ["training-meals", { venue: "private", trainingType: "b", allMeals: false }, 700],
    ["speaker-gov", { trainingType: "a" }, 800],
    ["speaker-gov", { trainingType: "b" }, 600],
    ["speaker-ext", { trainingType: "a" }, 1600],
    ["speaker-ext", { trainingType: "b" }, 1200],
    ["training-lodging", { trainingType: "a", room: "single" }, 2400],
    ["training-lodging", { trainingType: "a", room: "shared" }, 1300],
    ["training-lodging", { trainingType: "b", room: "single" }, 1450],
    ["training-lodging", { trainingType: "b", room: "shared" }, 900],
    ["per-diem", { staffLevel: "standard" }, 240],
    ["per-diem", { staffLevel: "senior" }, 270],
    ["per-diem", { staffLevel: "standard", halfDay: true }, 120],
    ["lodging", { staffLevel: "standard", room: "single" }, 1500],
    ["lodging", { staffLevel: "standard", room: "shared" }, 850],
    ["lodging", { staffLevel: "senior", room: "single" }, 2200],
    ["lodging", { staffLevel: "senior", room: "shared" }, 1200],
    ["private-car", { vehicle: "car" }, 4],
    ["private-car", { vehicle: "motorcycle" }, 2],
    ["per-diem", { staffLevel: "standard", mealsProvided: 1 }, 160],
    ["per-diem", { staffLevel: "standard", mealsProvided: 2 }, 80],
    ["per-diem", { staffLevel: "senior", mealsProvided: 1 }, 180],
    ["per-diem", { staffLevel: "senior", mealsProvided: 2 }, 90],
    ["overtime", { holiday: false }, 200],
    ["overtime", { holiday: true }, 420],
    ["overtime-hourly", { holiday: false }, 50],
    ["overtime-hourly", { holiday: true }, 60],
    ["taxi-provincial", { bangkok: true }, 600],
    ["taxi-provincial", { bangkok: false }, 500],
    ["student-lunch", {}, 20],
  ] as [string, Partial<RateCondInput>, number][])("%s %j → %d baht (FY2560)", (cat, cond, baht) => {
    const m = book.find(cat, FY2560, { venue: "gov", trainingType: "b", ...cond });
    expect(m?.ceiling).toBe(baht * 100);
    expect(m?.rule.ceiling).toBe(baht * 100);
  });

  test("confidence per the table", () => {
    const conf = (id: string) => book.rules.find((r) => r.id === id)?.confidence;
    // snacks and the meeting meal: the head of the agency may approve more → warnings
    expect(conf("snack-gov")).toBe("medium");
    expect(conf("snack-private")).toBe("medium");
    expect(conf("meeting-meal")).toBe("medium");
    expect(conf("training-meals-b-gov-all")).toBe("high");
    expect(conf("training-meals-b-private-all")).toBe("low");
    expect(conf("speaker-ext-b")).toBe("medium");
    expect(conf("training-lodging-a-single")).toBe("medium");
    expect(conf("training-lodging-b-shared")).toBe("medium");
    expect(conf("overtime-workday")).toBe("medium");
    expect(conf("per-diem-standard")).toBe("high");
    expect(conf("private-car-car")).toBe("high");
  });

  test("ว 5 training food and lodging rules run 14 Jan 2556 – 31 Oct 2568; snack starts 5 Feb 2556; others open-ended", () => {
    for (const r of book.rules) {
      if (r.category === "training-meals" || r.category === "training-lodging") {
        expect([r.id, r.effectiveFrom, r.effectiveTo]).toEqual([r.id, "2013-01-14", "2025-10-31"]);
        expect(r.source.th).toContain("กค 0406.4/ว 5");
        expect(r.source.en).toContain("0406.4/W5");
        expect(r.note?.th).toContain("ว 246");
        expect(r.note?.en).toContain("W246");
      } else if (r.category !== "student-lunch") expect(r.effectiveTo).toBeUndefined();
      if (r.category === "snack") {
        expect(r.effectiveFrom).toBe("2013-02-05");
        // the Cabinet resolution is the source for schools; the Interior circular only relays it
        expect(r.source.th).toMatch(/^มติคณะรัฐมนตรี 5 ก\.พ\. 2556/);
        expect(r.source.th).not.toContain("มท 0803");
      }
      // speaker fees stand: the 2549 regulation is not cancelled by ว 246
      if (r.category.startsWith("speaker")) expect(r.effectiveTo).toBeUndefined();
    }
  });

  test("travel lodging carries the +25% approval margin; nothing else does", () => {
    for (const r of book.rules) expect([r.id, r.approvalMarginPercent]).toEqual([r.id, r.category === "lodging" ? 25 : undefined]);
  });

  test("student lunch: 20 until FY2564, 21 in FY2565, by school size (highest 36) from FY2566", () => {
    const c = (m: MonthRef) => book.find("student-lunch", m, GOV_B)?.ceiling;
    expect(c({ year: 2560, month: 6 })).toBe(2000);
    expect(c({ year: 2564, month: 9 })).toBe(2000);
    expect(c({ year: 2564, month: 10 })).toBe(2100);
    expect(c({ year: 2565, month: 10 })).toBe(3600);
  });

  test("categories without a ceiling have no rules", () => {
    for (const c of RATE_CATEGORIES) {
      const has = book.rules.some((r) => r.category === (c.aliasOf ?? c.id));
      expect(has).toBe(c.hasCeiling);
    }
    expect(book.find("transport", FY2560, GOV_B)).toBeUndefined();
    expect(book.find("materials", FY2560, GOV_B)).toBeUndefined();
    expect(book.find("no-such-category", FY2560, GOV_B)).toBeUndefined();
  });

  test("severity from confidence: only high is an error", () => {
    expect(severityForConfidence("high")).toBe("error");
    expect(severityForConfidence("medium")).toBe("warning");
    expect(severityForConfidence("low")).toBe("warning");
    expect(severityForConfidence("unconfirmed")).toBe("warning");
  });
});

describe("RateBook.find", () => {
  test("effective dates are compared with the month's first day", () => {
    const cond = { venue: "gov", trainingType: "b" } as const;
    expect(ceiling("training-meals", { year: 2568, month: 10 }, cond)).toBe(60000);
    expect(book.find("training-meals", { year: 2568, month: 11 }, cond)).toBeUndefined();
    expect(book.find("training-lodging", { year: 2569, month: 1 }, cond)).toBeUndefined();
    // snack from 5 Feb 2556: February 2556 starts on the 1st, before the 5th
    expect(book.find("snack", { year: 2556, month: 2 }, cond)).toBeUndefined();
    expect(ceiling("snack", { year: 2556, month: 3 }, cond)).toBe(3500);
    expect(ceiling("snack", { year: 2570, month: 3 }, cond)).toBe(3500);
    // rules without effectiveFrom apply to old plans too
    expect(ceiling("per-diem", { year: 2540, month: 3 }, cond)).toBe(24000);
  });

  test("unknown venue → gov, unknown trainingType → b, recorded in assumed", () => {
    const m = book.find("training-meals", FY2560, { venue: "unknown", trainingType: "unknown" });
    expect(m?.ceiling).toBe(60000);
    expect(m?.assumed).toEqual(["venue=gov", "trainingType=b", "allMeals=true"]);
    const s = book.find("snack", FY2560, { venue: "unknown", trainingType: "a" });
    expect(s?.ceiling).toBe(3500);
    expect(s?.assumed).toEqual(["venue=gov"]);
    // only the rule's own conditions are assumed
    expect(book.find("snack", FY2560, { venue: "private", trainingType: "unknown" })?.assumed).toEqual([]);
    expect(book.find("meal", FY2560, { venue: "unknown", trainingType: "unknown" })?.assumed).toEqual([]);
    expect(book.find("per-diem", FY2560, { venue: "gov", trainingType: "b" })?.assumed).toEqual(["staffLevel=standard", "halfDay=false", "mealsProvided=0"]);
    expect(book.find("per-diem", FY2560, { venue: "gov", trainingType: "b", staffLevel: "unknown", halfDay: false, mealsProvided: 0 })?.assumed).toEqual([
      "staffLevel=standard",
    ]);
  });

  test("the unqualified speaker alias uses the higher (outside speaker) rules and says so", () => {
    const m = book.find("speaker", FY2560, { venue: "gov", trainingType: "b" });
    expect(m?.rule.category).toBe("speaker-ext");
    expect(m?.ceiling).toBe(120000);
    expect(m?.assumed).toEqual(["speaker=ext"]);
    expect(book.find("speaker", FY2560, { venue: "gov", trainingType: "unknown" })?.assumed).toEqual(["speaker=ext", "trainingType=b"]);
    expect(book.rulesInForce("speaker", FY2560).map((r) => r.id)).toEqual(["speaker-ext-a", "speaker-ext-b"]);
  });

  test("speaker fees stand after 31 Oct 2568 (ว 246 cancels ว 5, not the 2549 regulation)", () => {
    expect(book.find("speaker-ext", { year: 2569, month: 2 }, GOV_B)?.ceiling).toBe(120000);
    expect(book.find("speaker-gov", { year: 2569, month: 2 }, GOV_B)?.ceiling).toBe(60000);
  });

  test("no rule for a combination the table does not give (private venue, type ก meals)", () => {
    expect(book.find("training-meals", FY2560, { venue: "private", trainingType: "a" })).toBeUndefined();
  });

  test("newer rules (later effectiveFrom) win; user rules override by id or by being listed last", () => {
    const newMeals: RateRule = {
      id: "training-meals-b-gov-all-2569",
      category: "training-meals",
      label: { th: "ค่าอาหารฝึกอบรม ข (ใหม่)", en: "Training meals B (new)" },
      unit: { th: "คน/วัน", en: "person/day" },
      ceiling: satang(70000),
      conditions: { venue: "gov", trainingType: "b", allMeals: true },
      effectiveFrom: "2025-11-01",
      source: { th: "กค 0408.4/ว 246", en: "MoF 0408.4/W246" },
      confidence: "unconfirmed",
    };
    const b2 = book.withRules([newMeals]);
    expect(b2.rules.length).toBe(book.rules.length + 1);
    expect(b2.find("training-meals", { year: 2568, month: 11 }, GOV_B)?.rule.id).toBe(newMeals.id);
    expect(b2.find("training-meals", { year: 2568, month: 10 }, GOV_B)?.ceiling).toBe(60000);
    expect(book.find("training-meals", { year: 2568, month: 11 }, GOV_B)).toBeUndefined(); // original unchanged

    // an internal cap: same id replaces, a new id listed last wins among equal dates
    const snackCap = { ...book.rules.find((r) => r.id === "snack-gov")!, ceiling: satang(3000), source: { th: "เกณฑ์สำนักงาน", en: "office policy" } };
    expect(book.withRules([snackCap]).find("snack", FY2560, GOV_B)?.ceiling).toBe(3000);
    expect(book.withRules([snackCap]).rules.length).toBe(book.rules.length);
    const snackCap2 = { ...snackCap, id: "snack-gov-office" };
    expect(book.withRules([snackCap2]).find("snack", FY2560, GOV_B)?.ceiling).toBe(3000);
    expect(mergeRules([snackCap], [snackCap2]).map((r) => r.id)).toEqual(["snack-gov", "snack-gov-office"]);
  });

  test("ruleInForce bounds are inclusive", () => {
    const r = book.rules.find((x) => x.id === "training-meals-b-gov-all")!;
    expect(ruleInForce(r, "2025-10-31")).toBe(true);
    expect(ruleInForce(r, "2025-11-01")).toBe(false);
  });
});

describe("loading user data", () => {
  const rule = {
    id: "snack-office",
    category: "snack",
    label: { th: "อาหารว่าง (เกณฑ์สำนักงาน)", en: "Snacks (office cap)" },
    unit: { th: "คน/มื้อ", en: "person/meal" },
    ceilingBaht: 30,
    conditions: { venue: "gov" },
    effectiveFrom: "2016-10-01",
    source: "ประกาศสำนักงาน",
    confidence: "high",
  };

  test("array or object, ceiling in baht or satang", () => {
    expect(loadRateBookFrom([rule]).rules[0].ceiling).toBe(3000);
    expect(loadRateBookFrom({ rules: [rule] }).rules[0].ceiling).toBe(3000);
    const { ceilingBaht: _omit, ...rest } = rule;
    void _omit;
    expect(loadRateBookFrom([{ ...rest, ceiling: 2999 }]).rules[0].ceiling).toBe(2999);
    expect(loadRateBookFrom([{ ...rule, ceilingBaht: 35.5 }]).rules[0].ceiling).toBe(3550);
  });

  test("bad data throws one Error listing every problem", () => {
    const bad = [
      { ...rule, id: "a", category: "snak" },
      { ...rule, id: "b", confidence: "sure" },
      { ...rule, id: "c", effectiveFrom: "2559-10-01" },
      { ...rule, id: "d", effectiveFrom: "2017-02-30" },
      { ...rule, id: "e", conditions: { venue: "hotel" } },
      { ...rule, id: "f", conditions: { venu: "gov" } },
      { ...rule, id: "g", effectiveFrom: "2018-01-01", effectiveTo: "2017-01-01" },
    ];
    let msg = "";
    try {
      loadRateBookFrom(bad);
    } catch (e) {
      msg = (e as Error).message;
    }
    expect(msg).toMatch(/^Invalid rate rules:/);
    expect(msg).toMatch(/\[1\] \(b\)\.confidence/);
    expect(msg).toMatch(/\[2\] \(c\)\.effectiveFrom: looks like a Buddhist-era year/);
    expect(msg).toMatch(/\[3\] \(d\)\.effectiveFrom: is not a real date/);
    expect(msg).toMatch(/\[4\] \(e\)\.conditions\.venue/);
    expect(msg).toMatch(/\[5\] \(f\)\.conditions/);
    expect(msg).toMatch(/\[6\] \(g\)\.effectiveTo: effectiveFrom is after effectiveTo/);
    // semantic checks run once the shape is right
    expect(() => loadRateBookFrom([{ ...rule, category: "snak" }])).toThrow(/unknown category "snak"/);
    expect(() => loadRateBookFrom([rule, rule])).toThrow(/duplicate id/);
    expect(() => loadRateBookFrom([{ ...rule, category: "speaker" }])).toThrow(/alias; use "speaker-ext"/);
    expect(() => loadRateBookFrom([{ ...rule, ceiling: 3000 }])).toThrow(/exactly one of ceiling/);
    expect(() => loadRateBookFrom("nonsense")).toThrow(/Invalid rate rules/);
    expect(() => loadRateBookFrom({ rules: [{ ...rule, ceilingBaht: -1 }] })).toThrow(/rules\[0\] \(snack-office\)\.ceilingBaht/);
  });

  test("JSON round trip keeps every rule", () => {
    const json = rateRulesToJson(book.rules);
    expect(parseRateRules(JSON.parse(json))).toEqual(book.rules);
    expect(JSON.parse(json).rules[0].ceilingBaht).toBe(35);
    expect(parseRateRules(bundled)).toEqual(book.rules);
    expect(rateBookFromRules(book.rules).find("snack", FY2560, GOV_B)?.ceiling).toBe(3500);
  });
});

describe("docs/rates.md", () => {
  test("lists every bundled rule with its ceiling, dates in force and confidence", () => {
    const doc = readFileSync(join(__dirname, "../../../docs/rates.md"), "utf8");
    const be = (iso?: string) => {
      if (!iso) return "—";
      const [y, m, d] = iso.split("-").map(Number);
      return `${d} ${["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."][m - 1]} ${y + 543}`;
    };
    for (const r of book.rules) {
      const row = doc.split("\n").find((l) => l.startsWith(`| \`${r.id}\` |`));
      expect([r.id, row]).toEqual([r.id, expect.any(String)]);
      const cells = row!.split("|").map((c) => c.trim());
      expect([r.id, cells[2], cells[3], cells[6], cells[7], cells[8]]).toEqual([
        r.id,
        r.category,
        (r.ceiling / 100).toLocaleString("en-US"),
        be(r.effectiveFrom),
        be(r.effectiveTo),
        r.confidence,
      ]);
      expect(cells[9]).toMatch(/\[S\d\]/);
    }
  });
});
