/**
 * A rate finding on a line whose หมวดอัตรา cell is empty says why the sheet's เพดานอัตรา / ผลตรวจ columns are
 * empty and which category to pick (blind test of the preview, finding 6). Picking it makes the sheet show the
 * ceiling and "เกินเพดาน", recalculated by HyperFormula, and the note goes; nothing is written by the check.
 */
import { seedPlan } from "../../src/core/examples/seed2560";
import type { Plan } from "../../src/core/model";
import { buildWorkbookSpec, readPlan, validateWorkbook } from "../../src/workbook";
import { addr } from "../../src/workbook/a1";
import { FORMULA_TEXT } from "../../src/workbook/layout";
import { HfBook } from "../helpers/hfSnapshot";

const TODAY = { year: 2559, month: 10 };

function emptyBudget(): Plan {
  const p = seedPlan();
  return { ...p, project: { ...p.project, venue: "gov" }, budgetLines: [], subtotals: [] };
}

test("a snack over the ceiling typed with no category: the message says why the sheet's columns are empty; picking the category fills them", () => {
  const book = HfBook.fromSpec(buildWorkbookSpec(emptyBudget(), { lang: "th" }));
  const b = readPlan(book.snapshot()).located.budget!;
  const row = b.firstRow;
  const set = (key: string, value: string | number) => book.set("งบประมาณ", addr(row, b.cols[key]), { value });
  set("activityId", 1);
  set("item", "ค่าอาหารว่างและเครื่องดื่ม");
  set("unitCost", 50);
  set("quantity", 15);
  set("times", 1);
  const before = book.snapshot();
  const f = validateWorkbook(before, { today: TODAY }).findings.find((x) => x.rule === "rate-over-ceiling")!;
  expect(f).toBeDefined();
  const catCell = addr(row, b.cols.rateCategory);
  expect(f.message.th).toContain(`ช่องหมวดอัตรา งบประมาณ!${catCell} ยังว่าง`);
  expect(f.message.th).toContain('เลือก "ค่าอาหารว่างและเครื่องดื่ม"');
  expect(f.message.en).toContain(`rate category cell งบประมาณ!${catCell} is empty`);
  // the sheet's columns are empty now
  expect(book.value("งบประมาณ", addr(row, b.cols.ceiling))).toBe("");
  // validation wrote nothing
  expect(book.snapshot()).toEqual(before);

  set("rateCategory", "ค่าอาหารว่างและเครื่องดื่ม");
  const ceiling = book.value("งบประมาณ", addr(row, b.cols.ceiling));
  expect(typeof ceiling).toBe("number");
  expect(ceiling as number).toBeLessThan(50);
  expect(book.value("งบประมาณ", addr(row, b.cols.status))).toBe(FORMULA_TEXT.overCeiling.th);
  const after = validateWorkbook(book.snapshot(), { today: TODAY }).findings.find((x) => x.rule === "rate-over-ceiling")!;
  expect(after.expected).toBe(Math.round((ceiling as number) * 100));
  expect(after.message.th).not.toContain("ยังว่าง");
  book.destroy();
});
