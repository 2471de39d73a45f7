/**
 * `consolidate`'s findings sheet says where each finding is, as `validate` does (ninth blind test): a text's
 * line, a Word document's paragraph or table row, a workbook's cell — never an empty place for a .txt finding.
 */
import { copyFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { readXlsx } from "../../src/adapters/xlsx/read";
import { findingPlace } from "../../src/cli/commands/consolidate";
import type { Finding } from "../../src/core/findings";
import { ROOT, runCli } from "../helpers/cli";

const dir = mkdtempSync(join(tmpdir(), "budget-plan-places-"));
const CORPUS = join(ROOT, "test", "corpus");

describe("findingPlace", () => {
  const base: Finding = { rule: "over-allocation", severity: "error", message: { th: "x", en: "x" } } as Finding;
  test.each([
    [{ sheet: "งบ", cell: "E10" }, "งบ!E10", "งบ!E10"],
    [{ place: { th: "ตาราง 2 แถว 3", en: "table 2, row 3" } }, "ตาราง 2 แถว 3", "table 2, row 3"],
    [{ line: 19 }, "บรรทัด 19", "line 19"],
    [{}, null, null],
  ])("%j", (extra, th, en) => {
    const f = { ...base, ...extra } as Finding;
    expect(findingPlace(f, "th")).toBe(th);
    expect(findingPlace(f, "en")).toBe(en);
  });
});

test("consolidate of a text and a Word document names each finding's place", async () => {
  copyFileSync(join(CORPUS, "texts", "blind-p9-f14-memo-lodging.txt"), join(dir, "memo.txt"));
  copyFileSync(join(CORPUS, "texts-docx", "merged-header-budget-table.docx"), join(dir, "word.docx"));
  const r = runCli(dir, ["consolidate", "memo.txt", "word.docx", "-o", "summary.xlsx"]);
  expect(r.code).toBe(1);
  const sheet = (await readXlsx(join(dir, "summary.xlsx"))).sheets[1];
  const rows = sheet.values.slice(3).filter((row) => row[0]);
  const places = (file: string) => rows.filter((row) => row[0] === file).map((row) => [row[3], row[5]]);
  expect(places("memo.txt")).toEqual(
    expect.arrayContaining([
      ["บรรทัด 19", "rate-over-ceiling"],
      ["บรรทัด 13", "schedule-outside-period"],
      ["บรรทัด 14", "schedule-outside-period"],
    ]),
  );
  expect(places("word.docx")).toContainEqual(["ตาราง 2 แถว 4", "line-amount-mismatch"]);
  for (const row of rows) expect(row[3]).toBeTruthy();
});
