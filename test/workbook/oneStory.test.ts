/**
 * One story in the pane and the sheet (issue 11): the sheet's own totals are the pane's, months typed as
 * text are converted by a one-click fix after which the sheet's quarter totals equal the pane's, and no
 * fix creates another error (over the allocation, raising the stated total is a decision, not a fix).
 * HyperFormula recalculates as a spreadsheet does; test/xlsx/libreoffice.test.ts does the same with LibreOffice.
 */
import { satang } from "../../src/core/money";
import { seedPlan } from "../../src/core/examples/seed2560";
import { quarterTotals, planTotal } from "../../src/core/budget";
import { buildWorkbookSpec, planChoices, planFixes, readPlan, validateWorkbook } from "../../src/workbook";
import type { WorkbookSnapshot } from "../../src/workbook/types";
import { HfBook } from "../helpers/hfSnapshot";
import { combinedFixEdits } from "../../src/workbook/fixes";

const TODAY = { year: 2559, month: 10 };
const seedBook = () => HfBook.fromSpec(buildWorkbookSpec(seedPlan(), { lang: "th" }));

/** The summary sheet's quarterly spending plan and its "no month" row, in satang. */
function sheetQuarters(snap: WorkbookSnapshot): number[] {
  const s = snap.sheets.find((x) => x.name === "สรุป")!;
  const row = (label: string) => Math.round(Number(s.values.find((r) => r[0] === label)![2]) * 100);
  return [row("ไตรมาส 1"), row("ไตรมาส 2"), row("ไตรมาส 3"), row("ไตรมาส 4"), row("ไม่ระบุเดือน")];
}
const paneQuarters = (snap: WorkbookSnapshot) => {
  const q = quarterTotals(readPlan(snap).plan);
  return [q[1], q[2], q[3], q[4], q.unscheduled];
};
const errorsAt = (snap: WorkbookSnapshot) =>
  validateWorkbook(snap, { today: TODAY })
    .findings.filter((f) => f.severity === "error")
    .map((f) => `${f.rule}@${f.sheet}!${f.cell}`);

describe("the sheet and the pane tell one story", () => {
  test("as written: the sheet's quarterly totals equal the pane's", () => {
    const book = seedBook();
    const snap = book.snapshot();
    expect(sheetQuarters(snap)).toEqual(paneQuarters(snap));
    expect(sheetQuarters(snap).reduce((a, b) => a + b, 0)).toBe(planTotal(seedPlan()));
    book.destroy();
  });

  test("months typed as shown ('มี.ค. 2560'): the sheet's quarters, grid and status read them as the pane does", () => {
    const book = seedBook();
    book.set("กิจกรรม", "D7", { value: "มี.ค. 2560" }); // activity 3 (2,800 + …) moved to March, typed as shown
    book.set("กิจกรรม", "E7", { value: "มี.ค. 2560" });
    const snap = book.snapshot();
    expect(readPlan(snap).plan.activities[2].start).toEqual({ year: 2560, month: 3 });
    expect(sheetQuarters(snap)).toEqual(paneQuarters(snap));
    const a = snap.sheets.find((s) => s.name === "กิจกรรม")!;
    expect(a.values[6][19]).toBe("2"); // the quarter column (T): March is in fiscal quarter 2 (text: "3–4" for months across two)
    expect(a.values[6].slice(5, 17).filter((x) => x === "●")).toHaveLength(1); // the month grid marks March
    // the sheet reads it: nothing to report, nothing to fix
    expect(validateWorkbook(snap, { today: TODAY }).findings.filter((f) => f.cell === "D7" || f.cell === "E7")).toEqual([]);
    book.destroy();
  });

  test("a month text the sheet cannot read ('มีนาคม 2560'): the pane reads it, one click converts it, then the sheet agrees", () => {
    const book = seedBook();
    book.set("กิจกรรม", "D7", { value: "มีนาคม 2560" });
    book.set("กิจกรรม", "E7", { value: "มีนาคม 2560" });
    const before = book.snapshot();
    expect(readPlan(before).plan.activities[2].start).toEqual({ year: 2560, month: 3 });
    expect(sheetQuarters(before)).not.toEqual(paneQuarters(before));
    const fixes = planFixes(before, { today: TODAY }).filter((f) => f.rule === "month-as-text");
    expect(fixes.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["กิจกรรม!D7", "กิจกรรม!E7"]);
    expect(fixes[0].description.th).toContain("มีนาคม 2560");
    book.apply(fixes);
    const after = book.snapshot();
    expect(sheetQuarters(after)).toEqual(paneQuarters(after));
    book.destroy();
  });

  test("a fix never creates another error; over the allocation the stated total is a decision with the real choices", () => {
    const book = seedBook();
    const snap = book.snapshot();
    const fixes = planFixes(snap, { today: TODAY });
    // no fix raises the stated total (120,000) to the lines' 121,000, over the 120,000 allocation
    expect(fixes.find((f) => f.rule === "total-mismatch")).toBeUndefined();
    const errorsBefore = new Set(errorsAt(snap));
    book.apply(fixes);
    const afterFixes = errorsAt(book.snapshot());
    expect(afterFixes.filter((e) => !errorsBefore.has(e))).toEqual([]);
    expect(afterFixes).toEqual(expect.arrayContaining(["total-mismatch@โครงการ!B16", "over-allocation@โครงการ!B11"]));
    const [choice] = planChoices(book.snapshot(), { today: TODAY });
    expect(choice).toMatchObject({ rule: "total-mismatch", sheet: "โครงการ", cell: "B16" });
    expect(choice.question.th).toContain("เกินงบที่ได้รับจัดสรร 120,000 บาท อยู่ 1,000 บาท");
    expect(choice.options).toHaveLength(2);
    expect(choice.options[0].edits).toEqual([]); // cutting lines is the user's work
    // the allocation is the district's figure: never raised with one click, the option says where to type it
    expect(choice.options[1].edits).toEqual([]);
    expect(choice.options[1].label.th).toContain("โครงการ!B11");
    expect(choice.options[1].label.th).toContain("หนังสือแจ้งจัดสรร");
    expect(planFixes(book.snapshot(), { today: TODAY }).filter((f) => f.sheet === "โครงการ" && f.cell === "B11")).toEqual([]);
    // the planner types the new allocation from the letter and corrects the stated total: both findings settle, none is created
    book.apply([
      { sheet: "โครงการ", cell: "B11", value: 121000 },
      { sheet: "โครงการ", cell: "B16", value: 121000 },
    ]);
    const settled = errorsAt(book.snapshot());
    expect(settled.filter((e) => !errorsBefore.has(e))).toEqual([]);
    expect(settled).not.toContain("total-mismatch@โครงการ!B16");
    expect(settled).not.toContain("over-allocation@โครงการ!B11");
    book.destroy();
  });

  test("under the allocation the stated total is still fixed in one click", () => {
    const plan = seedPlan();
    plan.project.allocation = satang(13000000);
    const book = HfBook.fromSpec(buildWorkbookSpec(plan, { lang: "th" }));
    const fix = planFixes(book.snapshot(), { today: TODAY }).find((f) => f.rule === "total-mismatch");
    expect(fix).toMatchObject({ sheet: "โครงการ", cell: "B16", value: 121000, kind: "stated" });
    expect(planChoices(book.snapshot(), { today: TODAY })).toEqual([]);
    book.destroy();
  });
});

describe("one typo, one finding (issue 11): a wrong line amount is the line's error, not also its subtotal's and the total's", () => {
  const errors = (snap: WorkbookSnapshot) =>
    validateWorkbook(snap, { today: TODAY })
      .findings.filter((f) => f.severity === "error")
      .map((f) => `${f.rule}@${f.sheet}!${f.cell}`)
      .sort();

  test("a hand-made sheet whose block and grand totals are SUM formulas over the amounts (recalculated by HyperFormula)", () => {
    // every figure right, the totals the sheet's own sums
    const book = HfBook.fromSnapshot({
      sheets: [
        {
          name: "งบ",
          values: [
            ["รายละเอียดการใช้งบประมาณ ประจำปีงบประมาณ 2567"],
            ["ที่", "รายการ", "อัตรา", "จำนวน", "ครั้ง", "จำนวนเงิน"],
            ["กิจกรรมที่ 1 ประชุมวางแผน"],
            ["1.1", "ค่าอาหารว่าง", 35, 20, 2, 1400],
            ["1.2", "ค่าวัสดุ", null, null, null, 1000],
            [null, "รวมกิจกรรมที่ 1", null, null, null, null],
            [],
            ["กิจกรรมที่ 2 อบรมครู"],
            ["2.1", "ค่าอาหารกลางวัน", 100, 20, 1, 2000],
            [null, "รวม", null, null, null, null],
            [null, "รวมทั้งสิ้น", null, null, null, null],
          ],
          formulas: [[], [], [], [], [], [null, null, null, null, null, "=SUM(F4:F5)"], [], [], [], [null, null, null, null, null, "=SUM(F9)"], [null, null, null, null, null, "=F6+F10"]],
        },
      ],
    });
    expect(errors(book.snapshot())).toEqual([]);
    // one typo: 100 × 20 × 1 typed as 3,000; the block's and the grand total's SUMs follow it
    book.set("งบ", "F9", { value: 3000 });
    const snap = book.snapshot();
    expect(snap.sheets[0].values[10][5]).toBe(5400);
    expect(errors(snap)).toEqual(["line-amount-mismatch@งบ!F9"]);
    // a total that is wrong by itself is still its own finding
    book.set("งบ", "F11", { value: 5000 });
    expect(errors(book.snapshot())).toEqual(["line-amount-mismatch@งบ!F9", "total-mismatch@งบ!F11"]);
    book.destroy();
  });

  test("the seed example as the pane inserts it: a wrong amount typed over a right line adds one finding", () => {
    const book = seedBook();
    const before = errors(book.snapshot());
    book.set("งบประมาณ", "J9", { value: 2300 }); // 35 × 100 × 2 = 7,000
    const after = errors(book.snapshot());
    expect(after.filter((e) => !before.includes(e))).toEqual(["line-amount-mismatch@งบประมาณ!J9"]);
    // the seed's own mistakes are all still there (block ๕'s subtotal and the stated total are wrong by either sum)
    expect(before).toEqual(
      expect.arrayContaining(["line-amount-mismatch@งบประมาณ!J8", "line-amount-mismatch@งบประมาณ!J17", "subtotal-mismatch@กิจกรรม!S10", "total-mismatch@โครงการ!B16"]),
    );
    book.destroy();
  });
});

describe("a fix never creates another error: totals typed as the sum of the amounts as written move with the line", () => {
  const errors = (snap: WorkbookSnapshot) =>
    validateWorkbook(snap, { today: TODAY })
      .findings.filter((f) => f.severity === "error")
      .map((f) => `${f.rule}@${f.sheet}!${f.cell}`)
      .sort();

  /** The seed, every mistake fixed; then two of activity 2's lines typed wrong, its stated budget and the stated total typed from them. */
  function typedFromWrongLines(): HfBook {
    const plan = seedPlan();
    plan.project.allocation = satang(13000000);
    const book = HfBook.fromSpec(buildWorkbookSpec(plan, { lang: "th" }));
    book.apply(planFixes(book.snapshot(), { today: TODAY }));
    expect(errors(book.snapshot())).toEqual([]);
    const read = readPlan(book.snapshot());
    const sub = read.plan.subtotals.find((x) => x.activityId === "2")!;
    book.set("งบประมาณ", "J9", { value: 2300 }); // 35 × 100 × 2 = 7,000
    book.set("งบประมาณ", "J10", { value: 9000 }); // 100 × 100 × 1 = 10,000
    book.set(sub.cell!.sheet, sub.cell!.cell, { value: (sub.statedAmount - 470000 - 100000) / 100 });
    book.set("โครงการ", "B16", { value: (read.plan.project.statedTotal! - 570000) / 100 });
    return book;
  }

  test("one typo, one finding; each line's fix (as the pane applies them, one at a time) leaves no other error", () => {
    const book = typedFromWrongLines();
    expect(errors(book.snapshot())).toEqual(["line-amount-mismatch@งบประมาณ!J10", "line-amount-mismatch@งบประมาณ!J9"]);
    const first = planFixes(book.snapshot(), { today: TODAY }).find((f) => f.cell === "J9")!;
    expect(first.companions?.map((k) => `${k.sheet}!${k.cell}+${k.delta}`)).toEqual(["กิจกรรม!S6+470000", "โครงการ!B16+470000"]);
    expect(first.label.th).toContain("ยอดรวมที่พิมพ์ตามจำนวนเงินเดิมตามไปด้วย");
    book.apply(first.edits);
    expect(errors(book.snapshot())).toEqual(["line-amount-mismatch@งบประมาณ!J10"]);
    book.apply(planFixes(book.snapshot(), { today: TODAY }).find((f) => f.cell === "J10")!.edits);
    expect(errors(book.snapshot())).toEqual([]);
    book.destroy();
  });

  test("all fixes at once (the CLI's fix): the typed totals move by both lines", () => {
    const book = typedFromWrongLines();
    const edits = combinedFixEdits(planFixes(book.snapshot(), { today: TODAY }));
    expect(edits.filter((e) => e.cell === "B16" || e.cell === "S6")).toHaveLength(2);
    book.apply(edits);
    expect(errors(book.snapshot())).toEqual([]);
    book.destroy();
  });
});
