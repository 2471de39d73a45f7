/**
 * The seed example as a workbook: the checks report the seed's known mistakes at the right sheets and
 * cells; planFixes restores the formulas (and stated figures) so no arithmetic finding is left, while
 * the real over-allocation remains.
 */
import { seedPlan } from "../../src/core/examples/seed2560";
import { buildWorkbookSpec, buildIndicators, planFixes, readPlan, validateWorkbook } from "../../src/workbook";
import { HfBook, specSnapshot } from "../helpers/hfSnapshot";

const TODAY = { year: 2559, month: 10 };
const ARITHMETIC = ["line-amount-mismatch", "subtotal-mismatch", "total-mismatch", "line-amount-hardcoded", "formula-inconsistent", "sum-range-incomplete", "formula-error"];

describe("the seed workbook", () => {
  const snap = specSnapshot(buildWorkbookSpec(seedPlan(), { lang: "th" }));
  const v = validateWorkbook(snap, { today: TODAY });
  const at = (rule: string) => v.findings.filter((f) => f.rule === rule).map((f) => `${f.sheet}!${f.cell}`);

  test("the two wrong line amounts: ONE finding per cell, an error that says both what is wrong and that a number is typed over the formula", () => {
    expect(at("line-amount-mismatch")).toEqual(["งบประมาณ!J8", "งบประมาณ!J17"]);
    expect(at("line-amount-hardcoded")).toEqual([]); // merged into the mismatch at the same cell
    const cells = v.findings.filter((f) => f.sheet && f.cell).map((f) => `${f.sheet}!${f.cell}`);
    expect(new Set(cells).size).toBe(cells.length);
    const copy = v.findings.find((f) => f.cell === "J8")!;
    expect(copy).toMatchObject({ rule: "line-amount-mismatch", also: ["line-amount-hardcoded"], severity: "error", activityId: "1", expected: 1600000, actual: 1300000, valueKind: "money" });
    expect(copy.message.th).toContain("16,000 บาท แต่ระบุ 13,000 บาท");
    expect(copy.message.th).toContain("พิมพ์ไว้แทนสูตร");
    const lunch = v.findings.find((f) => f.cell === "J17")!;
    expect(lunch).toMatchObject({ rule: "line-amount-mismatch", also: ["line-amount-hardcoded"], activityId: "6", lineId: "L13", expected: 1000000, actual: 10000000 });
  });

  test("the messages name which sum they mean: as computed, and the amounts as written where they differ", () => {
    const total = v.findings.find((f) => f.rule === "total-mismatch")!;
    expect(total.message.th).toContain("121,000 บาท ตามการคำนวณ");
    expect(total.message.th).toContain("ตามที่เขียนในรายการรวมได้ 208,000 บาท");
    expect(total).toMatchObject({ expected: 12100000, actual: 12000000 });
    expect(v.findings.find((f) => f.rule === "over-allocation")!.message.th).toContain("121,000 บาท ตามการคำนวณ");
  });

  test("block ๕ subtotal, the grand total, the allocation and funds timing", () => {
    expect(at("subtotal-mismatch")).toEqual(["กิจกรรม!S10"]);
    expect(at("total-mismatch")).toEqual(["โครงการ!B16"]);
    expect(at("over-allocation")).toEqual(["โครงการ!B11"]);
    expect(at("spend-before-funds")).toEqual(["กิจกรรม!E5"]);
    expect(v.findings.map((f) => f.rule)).toEqual(expect.arrayContaining(["target-mismatch", "owner-name-inconsistent"]));
  });

  test("no formula problems in a freshly written workbook", () => {
    expect(v.findings.filter((f) => ["formula-inconsistent", "sum-range-incomplete", "formula-error", "bad-number"].includes(f.rule))).toEqual([]);
    expect(v.problems).toEqual([]);
  });

  test("findings are de-duplicated and sorted by severity", () => {
    const keys = v.findings.map((f) => `${f.rule}|${f.sheet}|${f.cell}|${f.lineId}`);
    expect(new Set(keys).size).toBe(keys.length);
    const sev = v.findings.map((f) => ({ error: 0, warning: 1, info: 2 })[f.severity]);
    expect(sev).toEqual([...sev].sort((a, b) => a - b));
  });

  test("the sheet itself shows the typed amounts (status column) and the BE month grid", () => {
    const b = snap.sheets.find((s) => s.name === "งบประมาณ")!;
    expect(b.values[7][12]).toBe("พิมพ์ตัวเลขแทนสูตร");
    expect(b.values[4][11]).toBe(35); // snack ceiling (gov venue) found with MINIFS
    expect(b.values[4][12]).toBe("ผ่าน");
    const a = snap.sheets.find((s) => s.name === "กิจกรรม")!;
    expect(a.values[4].slice(5, 17).join("")).toBe("●"); // Nov only
    expect(a.values[4][6]).toBe("●");
    expect(a.values[4][17]).toBe(23800); // activity 1 budget as computed (16,000, not the typed 13,000)
  });

  test("the budget sheet shows both sums; every other sheet total is the computed one, as in the pane", () => {
    const b = snap.sheets.find((s) => s.name === "งบประมาณ")!;
    expect(b.values[3][13]).toBe("จำนวนเงินตามการคำนวณ (บาท)");
    expect(b.values[24][9]).toBe(208000); // J25: the amounts as written
    expect(b.values[24][13]).toBe(121000); // N25: as computed
    expect(b.values[24][12]).toBe("ตามที่เขียน ≠ ตามการคำนวณ");
    expect(b.values[7][13]).toBe(16000);
    const p = snap.sheets.find((s) => s.name === "โครงการ")!;
    expect(p.values[16][1]).toBe(121000); // computed total
    expect(p.values[17][1]).toBe(-1000); // balance
    expect(p.values[18][1]).toBe("หนึ่งแสนสองหมื่นหนึ่งพันบาทถ้วน");
    const s = snap.sheets.find((x) => x.name === "สรุป")!;
    const row = (label: string) => s.values.find((r) => r[1] === label)!;
    expect(row("รวมจำนวนเงินตามที่เขียนในรายการ")[2]).toBe(208000);
    expect(row("งบประมาณตามแผน (ตามการคำนวณ อัตรา × จำนวน × ครั้ง)")[2]).toBe(121000);
  });

  test("planFixes restores the formulas and the subtotal; the stated total over the allocation is left to a decision", () => {
    const fixes = planFixes(snap, { today: TODAY });
    // B16 (120,000 stated) is not raised to 121,000: that would state a plan over its 120,000 allocation
    expect(fixes.map((f) => `${f.kind}:${f.sheet}!${f.cell}`).sort()).toEqual(["formula:งบประมาณ!J8", "formula:งบประมาณ!J17", "stated:กิจกรรม!S10"].sort());
    const j8 = fixes.find((f) => f.cell === "J8")!;
    expect(j8).toMatchObject({ formula: "=PRODUCT(E8,F8,H8)", rule: "line-amount-hardcoded", kind: "formula" });
    // the fix answers the one finding at the cell (which says both things)
    expect(j8.finding?.rule).toBe("line-amount-mismatch");
    expect(j8.findings.map((f) => f.rule)).toEqual(["line-amount-mismatch"]);
    expect(j8.description.th.length).toBeGreaterThan(10);
    // the formula in words in the label, its text only in the details line
    expect(j8.description.th).toContain("สูตร อัตรา × จำนวน × ครั้ง");
    expect(j8.description.th).not.toContain("=");
    expect(j8.description.en).not.toContain("=PRODUCT");
    expect(j8.detail?.th).toBe("สูตร =PRODUCT(E8,F8,H8)");
    expect(j8.edits).toEqual([{ sheet: "งบประมาณ", cell: "J8", formula: "=PRODUCT(E8,F8,H8)" }]);
    expect(fixes.find((f) => f.cell === "S10")).toMatchObject({ value: 23200 });

    const book = HfBook.fromSnapshot(snap);
    book.apply(fixes);
    const after = validateWorkbook(book.snapshot(), { today: TODAY });
    // what is left is the plan being over its allocation: the stated total (120,000) and the allocation
    // (120,000) against the lines' 121,000 — a decision (planChoices), not a formula
    expect(after.findings.filter((f) => ARITHMETIC.includes(f.rule)).map((f) => `${f.rule}@${f.cell}`)).toEqual(["total-mismatch@B16"]);
    expect(after.findings.filter((f) => f.rule === "over-allocation")).toHaveLength(1);
    expect(book.value("งบประมาณ", "J25")).toBe(121000);
    expect(planFixes(book.snapshot(), { today: TODAY })).toEqual([]);
    book.destroy();
  });

  test("formula-only fixes leave the stated figures as written", () => {
    const fixes = planFixes(snap, { today: TODAY, stated: false });
    expect(fixes.every((f) => f.kind === "formula")).toBe(true);
    expect(fixes).toHaveLength(2);
  });
});

describe("rates from the sheet", () => {
  test("a ceiling lowered in the rates sheet is used by the checks and by the sheet's own status", () => {
    const book = HfBook.fromSpec(buildWorkbookSpec(seedPlan(), { lang: "th" }));
    const snap0 = book.snapshot();
    const rates = snap0.sheets.find((s) => s.name === "อัตรา")!;
    const row = rates.values.findIndex((r) => r[0] === "snack-gov") + 1;
    expect(row).toBeGreaterThan(4);
    book.set("อัตรา", `E${row}`, { value: 30 }); // the office's own cap: 30 baht per snack
    const snap = book.snapshot();
    const read = readPlan(snap);
    expect(read.rateBookFromSheet!.rules.find((r) => r.id === "snack-gov")!.ceiling).toBe(3000);
    const over = validateWorkbook(snap, { today: TODAY }).findings.filter((f) => f.rule === "rate-over-ceiling");
    expect(over.map((f) => `${f.sheet}!${f.cell}`)).toEqual(expect.arrayContaining(["งบประมาณ!E5", "งบประมาณ!E9"]));
    expect(book.value("งบประมาณ", "L5")).toBe(30);
    expect(book.value("งบประมาณ", "M5")).toBe("เกินเพดาน");
    book.destroy();
  });

  test("a rule row added by the user (own category) is read", () => {
    const book = HfBook.fromSpec(buildWorkbookSpec(seedPlan(), { lang: "th" }));
    const rates = book.snapshot().sheets.find((s) => s.name === "อัตรา")!;
    const free = rates.values.findIndex((r, i) => i >= 4 && (r[1] === null || r[1] === undefined)) + 1;
    book.set("อัตรา", `B${free}`, { value: "ค่าจัดทำโล่" });
    book.set("อัตรา", `E${free}`, { value: 800 });
    book.set("อัตรา", `L${free}`, { value: "ประกาศสำนักงานเขต" });
    const read = readPlan(book.snapshot());
    const own = read.rateBookFromSheet!.rules.find((r) => r.category === "ค่าจัดทำโล่")!;
    // an office's own text is shown as written in both languages
    expect(own).toMatchObject({ ceiling: 80000, source: { th: "ประกาศสำนักงานเขต", en: "ประกาศสำนักงานเขต" }, confidence: "high", id: `sheet-row-${free}` });
    // a bundled rule written on the Thai sheet reads back in both languages
    const snack = read.rateBookFromSheet!.rules.find((r) => r.id === "snack-gov")!;
    expect(snack.label.en).toBe("Snacks and drinks (government venue)");
    expect(snack.unit).toEqual({ th: "คน/มื้อ", en: "person/meal" });
    expect(snack.source).toEqual({ th: "มติคณะรัฐมนตรี 5 ก.พ. 2556", en: "Cabinet resolution of 5 Feb 2013" });
    expect(snack.note?.en).toMatch(/^training and meetings/);
    book.destroy();
  });
});

describe("buildIndicators", () => {
  test("outputs from quantitative targets, outcomes from qualitative ones", () => {
    const inds = buildIndicators(seedPlan(), "th");
    const plan = seedPlan();
    expect(inds).toHaveLength(plan.targets.length);
    expect(inds[0]).toMatchObject({ kind: "output", targetValue: 20, targetUnit: "คน" });
    expect(inds.filter((i) => i.kind === "outcome")).toHaveLength(6);
    expect(inds.every((i) => i.method && i.tool)).toBe(true);
  });

  test("from activities when there are no targets; cell edits for a workbook's indicators sheet", () => {
    const plan = seedPlan();
    plan.targets = [];
    const inds = buildIndicators(plan, "en");
    expect(inds).toHaveLength(7);
    expect(inds[0]).toMatchObject({ kind: "output", targetValue: 100 });
    const blank = seedPlan();
    blank.indicators = [];
    blank.targets = [];
    const snap = specSnapshot(buildWorkbookSpec(blank, { lang: "th" }));
    // the template already generated the 7 activity indicators: generating again writes nothing
    expect(buildIndicators(blank, { snapshot: snap, lang: "th" })).toEqual([]);
    // one more activity: its one indicator goes into the next row, inside the table's formats
    const more = seedPlan();
    more.targets = [];
    more.activities.push({ ...more.activities[6], id: "8", name: "สรุปและรายงานผลโครงการ" });
    const edits = buildIndicators(more, { snapshot: snap, lang: "th" });
    expect(edits[0]).toMatchObject({ sheet: "ตัวชี้วัด", cell: "A12", formatLike: "A5" });
    expect(new Set(edits.map((e) => e.cell.replace(/[A-Z]+/, "")))).toEqual(new Set(["12"]));
    const book = HfBook.fromSnapshot(snap).apply(edits);
    expect(readPlan(book.snapshot()).plan.indicators).toHaveLength(8);
    book.destroy();
  });
});
