/**
 * One story in the pane and the sheet (issue 11): the sheet's own totals are the pane's, months typed as
 * text are converted by a one-click fix after which the sheet's quarter totals equal the pane's, and no
 * fix creates another error (over the allocation, raising the stated total is a decision, not a fix).
 * HyperFormula recalculates as a spreadsheet does; test/xlsx/libreoffice.test.ts does the same with LibreOffice.
 */
import { seedPlan } from "../../src/core/examples/seed2560";
import { quarterTotals, planTotal } from "../../src/core/budget";
import { buildWorkbookSpec, planChoices, planFixes, readPlan, validateWorkbook } from "../../src/workbook";
import type { WorkbookSnapshot } from "../../src/workbook/types";
import { HfBook } from "../helpers/hfSnapshot";

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
    expect(a.values[6][19]).toBe(2); // the quarter column (T): March is in fiscal quarter 2
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
    plan.project.allocation = 13000000;
    const book = HfBook.fromSpec(buildWorkbookSpec(plan, { lang: "th" }));
    const fix = planFixes(book.snapshot(), { today: TODAY }).find((f) => f.rule === "total-mismatch");
    expect(fix).toMatchObject({ sheet: "โครงการ", cell: "B16", value: 121000, kind: "stated" });
    expect(planChoices(book.snapshot(), { today: TODAY })).toEqual([]);
    book.destroy();
  });
});
