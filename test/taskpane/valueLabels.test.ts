/**
 * A finding's two figures carry names that say what they are. Over the allocation the pane showed
 * "ควรเป็น 20,000 ที่ระบุ 20,800" beside the allocation cell, which holds 20,000; for a surname written two
 * ways it said which spelling "should be", which the add-in cannot know.
 */
import { seedPlan } from "../../src/core/examples/seed2560";
import { buildWorkbookSpec } from "../../src/workbook";
import { analyze } from "../../src/taskpane/workbookApi";
import { valueLabels } from "../../src/taskpane/format";
import { TH } from "../../src/taskpane/i18n/strings";
import { HfBook } from "../helpers/hfSnapshot";

test("over the allocation: the figure named 'allocation' is the one in the cell the finding points at", () => {
  const book = HfBook.fromSpec(buildWorkbookSpec(seedPlan(), { lang: "th" }));
  const snap = book.snapshot();
  const a = analyze(snap, { year: 2559, month: 10 });
  const f = a.findings.find((x) => x.rule === "over-allocation")!;
  const labels = valueLabels(f.rule);
  expect(TH[labels.expected]).toBe("งบที่ได้รับจัดสรร");
  expect(TH[labels.actual]).toContain("รายการรวม");
  const sheet = snap.sheets.find((s) => s.name === f.sheet)!;
  const m = /^([A-Z]+)(\d+)$/.exec(f.cell!)!;
  const col = m[1].charCodeAt(0) - 64;
  expect(Math.round(Number(sheet.values[Number(m[2]) - 1][col - 1]) * 100)).toBe(f.expected);
  book.destroy();
});

test("a surname written two ways is not 'expected' against 'stated'; arithmetic findings keep those names", () => {
  const l = valueLabels("owner-name-inconsistent");
  expect([TH[l.expected], TH[l.actual]]).toEqual(["เขียนครั้งแรกว่า", "เขียนที่นี่ว่า"]);
  expect(valueLabels("line-amount-mismatch")).toEqual({ expected: "validate.expected", actual: "validate.actual" });
});
