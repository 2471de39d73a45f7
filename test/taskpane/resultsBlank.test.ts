/**
 * The results tab on a blank template: the results sheet is there with empty received/spent cells, so the
 * pane knows where to write them (it said "no results sheet, insert the template first" and kept the save
 * button disabled). HyperFormula recalculates the written workbook as a spreadsheet does.
 */
import { satang } from "../../src/core/money";
import { emptyPlan } from "../../src/core/model";
import { buildWorkbookSpec } from "../../src/workbook";
import { analyze } from "../../src/taskpane/workbookApi";
import { formFromPlan, resultsEdits, resultsReducer } from "../../src/taskpane/state/results";
import { HfBook } from "../helpers/hfSnapshot";

test("a blank template's results cells are found, and what the planner types is written there and read back", () => {
  const plan = emptyPlan(2569);
  plan.project.allocation = satang(2000000);
  const book = HfBook.fromSpec(buildWorkbookSpec(plan, { lang: "th" }));
  const a = analyze(book.snapshot());
  expect(a.plan.results).toBeUndefined();
  const sheet = book.snapshot().sheets.find((s) => s.name === a.resultCells.received?.sheet);
  expect(sheet?.name).toBe("ผลการดำเนินงาน");
  expect(a.resultCells.spent?.sheet).toBe("ผลการดำเนินงาน");

  let form = formFromPlan(a.plan);
  form = resultsReducer(form, { type: "setReceived", text: "20,000" });
  form = resultsReducer(form, { type: "setSpent", text: "๑๙,๕๐๐" });
  const edits = resultsEdits(a.plan, form, a.resultCells);
  expect(edits).toEqual([
    { ...a.resultCells.received, value: 20000 },
    { ...a.resultCells.spent, value: 19500 },
  ]);
  book.apply(edits);
  const after = analyze(book.snapshot());
  expect(after.plan.results).toMatchObject({ received: 2000000, spent: 1950000, remaining: 50000 });
  book.destroy();
});
