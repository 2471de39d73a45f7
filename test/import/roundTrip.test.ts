/**
 * `import` then `validate` gives the same findings as validating the text: every text of the corpus
 * (and the seed) is imported, written as a real .xlsx (ExcelJS), read back and evaluated (HyperFormula),
 * and the plan checks on the workbook are compared with the plan checks on the text.
 */
import { readdirSync, readFileSync } from "fs";
import { join } from "path";
import { checkProjectText } from "../../src/import/check";
import { decodeText } from "../../src/import/decode";
import { buildWorkbookSpec, validateWorkbook } from "../../src/workbook";
import { specToBuffer } from "../../src/adapters/xlsx/write";
import { readXlsx } from "../../src/adapters/xlsx/read";
import type { Finding } from "../../src/core/findings";
import { isGroupSubtotal } from "../../src/core/model";

const TEXTS = join(__dirname, "../corpus/texts");
const files = [
  join(__dirname, "../fixtures/seed-project-2560.txt"),
  ...readdirSync(TEXTS)
    .filter((f) => f.endsWith(".txt"))
    .filter((f) => !JSON.parse(readFileSync(join(TEXTS, f.replace(/\.txt$/, ".key.json")), "utf8")).unusable)
    .map((f) => join(TEXTS, f)),
];
/** Checks that only a workbook has (formulas typed over) and reading problems are not plan findings. */
const SHEET_ONLY = new Set(["line-amount-hardcoded", "formula-inconsistent", "formula-error", "sum-range-incomplete", "read-problem"]);
// values of notes may differ where a figure is not a number (Excel's PRODUCT skips text, the text reader
// keeps the stated amount); errors and warnings must agree to the satang
const key = (f: Finding) =>
  f.severity === "info" ? `${f.severity} ${f.rule} ${f.activityId ?? ""}` : `${f.severity} ${f.rule} ${f.activityId ?? ""} ${f.expected ?? ""} ${f.actual ?? ""}`;

jest.setTimeout(120_000);

test.each(files.map((f) => [f.split("/").pop()!, f]))("%s: the same plan findings before and after import", async (_, file) => {
  const text = decodeText(readFileSync(file));
  const checked = checkProjectText(text);
  // the sum stated over sub-items (4.1 over 4.1.1 …) has no row in the template: `import` reports its
  // finding when it reads the text, the workbook holds the sub-items only
  const groupLines = new Set(checked.plan.subtotals.filter(isGroupSubtotal).map((s) => s.line));
  // lines that could not be read are not in the workbook: the text's check leaves out the checks on the
  // sum of all lines (it reports the lines instead), the workbook's check makes them on what it holds
  const unread = checked.problems.some((p) => p.code === "budget-line-unreadable");
  const sumOfLines = (f: Finding) => unread && (f.rule === "total-mismatch" || f.rule === "under-allocation");
  // a memo whose one list of lines is the whole project's: the text says once, in its lines-for-project note,
  // that the activities have no lines of their own; the workbook holds the lines under no activity and notes
  // each activity without lines (info) as it does for any workbook
  const forProject = checked.problems.some((p) => p.code === "lines-for-project");
  const perActivityNote = (f: Finding) => forProject && f.rule === "activity-without-budget" && f.severity === "info";
  const fromText = checked.findings
    .filter((f) => !SHEET_ONLY.has(f.rule) && !(f.rule === "subtotal-mismatch" && groupLines.has(f.line)))
    .map(key)
    .sort();
  const snapshot = await readXlsx(await specToBuffer(buildWorkbookSpec(checked.plan, { lang: "th" })));
  const fromWorkbook = validateWorkbook(snapshot)
    .findings.filter((f) => !SHEET_ONLY.has(f.rule) && !sumOfLines(f) && !perActivityNote(f))
    .map(key)
    .sort();
  expect(fromWorkbook).toEqual(fromText);
  // the comparison says something: the text has plan findings, or (an entirely correct plan) budget lines
  expect(fromText.length + checked.plan.budgetLines.length).toBeGreaterThan(0);
});
