/**
 * Every finding the pane lists either names a cell that is in the workbook (clicking it goes there) or names
 * none (the pane then shows it as plain text, not as a button): over the template's example as inserted, the
 * example with an activity's months cleared (schedule-missing), a blank template with one activity typed, the
 * old template versions and every corpus workbook. A finding about one activity or one budget line always
 * names a cell (its start month, its amount…).
 */
import { readdirSync } from "fs";
import { join } from "path";
import { readXlsx } from "../../src/adapters/xlsx/read";
import { parseAddr } from "../../src/workbook/a1";
import { seedPlan } from "../../src/core/examples/seed2560";
import { emptyPlan } from "../../src/core/model";
import { buildWorkbookSpec, validateWorkbook, type WorkbookSnapshot } from "../../src/workbook";
import { analyzeWorkbook } from "../../src/taskpane/workbookApi";
import { HfBook, specSnapshot } from "../helpers/hfSnapshot";

jest.setTimeout(300_000);

const CORPUS = join(__dirname, "../corpus/workbooks");
const FIXTURES = join(__dirname, "../fixtures");

function xlsxFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.isDirectory()) out.push(...xlsxFiles(join(dir, e.name)));
    else if (e.name.endsWith(".xlsx")) out.push(join(dir, e.name));
  }
  return out.sort();
}

/** Findings whose cell is missing (about an activity or line) or not in the workbook. */
function badPlaces(snapshot: WorkbookSnapshot): string[] {
  // as the pane checks it: the sheet and plan checks, and the month cells the formulas cannot use
  const v = analyzeWorkbook(snapshot);
  const sheets = new Map(snapshot.sheets.map((s) => [s.name, s]));
  const bad: string[] = [];
  for (const f of v.findings) {
    const what = `${f.rule} ${f.message.en}`;
    if (f.sheet || f.cell) {
      const a = f.cell ? parseAddr(f.cell) : undefined;
      if (!f.sheet || !sheets.has(f.sheet) || !a || a.row < 1 || a.col < 1 || a.row > 1_048_576 || a.col > 16_384) bad.push(`${what} at ${f.sheet}!${f.cell}`);
    } else if ((f.activityId !== undefined || f.lineId !== undefined) && f.rule !== "read-problem") bad.push(`${what}: no cell`);
  }
  return bad;
}

describe("every finding names a cell in the workbook, or none (then it is not a button)", () => {
  it("the template's example as inserted", () => {
    expect(badPlaces(specSnapshot(buildWorkbookSpec(seedPlan(), { lang: "th" })))).toEqual([]);
  });

  it("the example with activity 3's months cleared, and a blank template with activities typed (schedule-missing names the start cell)", () => {
    const spec = buildWorkbookSpec(seedPlan(), { lang: "th" });
    const read = validateWorkbook(specSnapshot(spec));
    const a3 = read.plan.activities[2];
    const book = HfBook.fromSpec(spec);
    for (const k of ["start", "end"] as const) {
      const c = a3.cells?.[k];
      if (c) book.set(c.sheet, c.cell, { value: null });
    }
    const snap = book.snapshot();
    const missing = validateWorkbook(snap).findings.filter((f) => f.rule === "schedule-missing");
    expect(missing.map((f) => `${f.sheet}!${f.cell}`)).toEqual([`${a3.cells!.start!.sheet}!${a3.cells!.start!.cell}`]);
    expect(badPlaces(snap)).toEqual([]);

    const blank = buildWorkbookSpec(emptyPlan(2569), { lang: "th" });



    const typed = HfBook.fromSpec(blank);
    typed.set("กิจกรรม", "B7", { value: "ประชุมชี้แจง" });
    typed.set("กิจกรรม", "B8", { value: "อบรมครู" });
    typed.set("กิจกรรม", "B9", { value: "สรุปผล" });
    const tsnap = typed.snapshot();
    const tv = validateWorkbook(tsnap);
    expect(tv.findings.filter((f) => f.rule === "schedule-missing").map((f) => `${f.sheet}!${f.cell}`)).toEqual(["กิจกรรม!D7", "กิจกรรม!D8", "กิจกรรม!D9"]);
    expect(badPlaces(tsnap)).toEqual([]);
  });

  it.each(["template-v1-example.xlsx", "template-v2-example.xlsx", "template-v1-blank.xlsx", "template-v2-blank.xlsx"])("old template %s", async (name) => {
    expect(badPlaces(await readXlsx(join(FIXTURES, name)))).toEqual([]);
  });

  it("every corpus workbook", async () => {
    const bad: string[] = [];
    for (const file of xlsxFiles(CORPUS)) for (const b of badPlaces(await readXlsx(file))) bad.push(`${file.slice(CORPUS.length + 1)}: ${b}`);
    expect(bad).toEqual([]);
  });
});
