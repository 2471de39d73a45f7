/**
 * A number typed with its unit ("100 คน") or in Thai digits as text ("๓,๕๐๐") is text to the sheet: its
 * formulas leave it out (PRODUCT skips text), so the line counts as something else than the planner meant.
 * The fix types the number; until then no fix sets a stated subtotal or total to a sum built on that line
 * (it would write the wrong figure into the plan). HyperFormula recalculates as a spreadsheet does.
 */
import { seedPlan } from "../../src/core/examples/seed2560";
import { buildWorkbookSpec, planFixes, readPlan, validateWorkbook } from "../../src/workbook";
import { numberInText } from "../../src/workbook/fixes";
import { HfBook } from "../helpers/hfSnapshot";

const TODAY = { year: 2559, month: 10 };

describe("numberInText", () => {
  test.each([
    ["100 คน", 100],
    ["๑๐๐ คน", 100],
    ["๓,๕๐๐", 3500],
    ["3,500.-", 3500],
    ["3,500 บาท", 3500],
    ["2.5 ชม.", 2.5],
    ["12 กระสอบ", 12],
  ])("%s → %d", (text, n) => expect(numberInText(text)).toBe(n));
  test.each(["ยี่สิบ", "10 x 20", "คน 100", "", "100 คน 2 มื้อ", "1,00"])("%s is not one number", (text) =>
    expect(numberInText(text)).toBeNull(),
  );
});

describe("a quantity typed with its unit", () => {
  test("the fix types the number; no stated figure is set to the sum built on the text", () => {
    const book = HfBook.fromSpec(buildWorkbookSpec(seedPlan(), { lang: "th" }));
    const plan = readPlan(book.snapshot()).plan;
    const line = plan.budgetLines.find((l) => l.quantity !== null && l.quantity > 1 && l.cells?.quantity)!;
    const q = line.cells!.quantity!;
    book.apply([{ sheet: q.sheet, cell: q.cell, value: `${line.quantity} คน` }]);

    const snap = book.snapshot();
    const v = validateWorkbook(snap, { today: TODAY });
    expect(v.findings.find((f) => f.rule === "bad-number" && f.cell === q.cell)).toBeDefined();
    // the sheet now sums something else for this activity; the pane reports it ...
    expect(v.findings.some((f) => f.rule === "subtotal-mismatch" && f.activityId === line.activityId)).toBe(true);
    const fixes = planFixes(snap, { today: TODAY });
    // ... but offers no fix that would write that sum into the plan
    expect(fixes.filter((f) => f.rule === "subtotal-mismatch" && f.findings.some((x) => x.activityId === line.activityId))).toEqual([]);
    expect(fixes.filter((f) => f.rule === "total-mismatch")).toEqual([]);
    const typed = fixes.find((f) => f.rule === "bad-number" && f.cell === q.cell)!;
    expect(typed).toMatchObject({ sheet: q.sheet, value: line.quantity });
    expect(typed.description.th).toContain(`${line.quantity} คน`);

    book.apply([typed]);
    const after = validateWorkbook(book.snapshot(), { today: TODAY });
    expect(after.findings.find((f) => f.rule === "bad-number")).toBeUndefined();
    // back to exactly what the unchanged plan reports for that activity
    const fresh = HfBook.fromSpec(buildWorkbookSpec(seedPlan(), { lang: "th" }));
    const sub = (fs: typeof v.findings) => fs.filter((f) => f.rule === "subtotal-mismatch" && f.activityId === line.activityId).map((f) => f.message.th);
    expect(sub(after.findings)).toEqual(sub(validateWorkbook(fresh.snapshot(), { today: TODAY }).findings));
    fresh.destroy();
    book.destroy();
  });
});
