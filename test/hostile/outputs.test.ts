/**
 * What the CLI writes and prints, with hostile inputs and hostile output paths, run as a user runs it
 * (a child process with a 1 GB heap): fix refuses figures derived from a table it could not read;
 * outputs are written whole or not at all (a write that really fails, under `ulimit -f`); symbolic
 * links and folders as outputs; terminal escapes in inputs; month cells the formulas cannot use.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, rmSync, symlinkSync, unlinkSync, writeFileSync } from "fs";
import { join } from "path";
import { readXlsx } from "../../src/adapters/xlsx/read";
import { readPlan } from "../../src/workbook";
import { addr } from "../../src/workbook/a1";
import { editSheet, listed, runCli, seedWorkbook, setCellText, inputsIn, tempDir } from "./kit";

const dir = tempDir();
const { hashes, put, sane } = inputsIn(dir);

/** Files in the folder that are neither inputs nor expected: leftovers such as temporary files. */
function strays(expected: string[] = []): string[] {
  return listed(dir).filter((f) => !hashes.has(f) && !expected.includes(f));
}

let seed: Buffer;

beforeAll(async () => {
  seed = await seedWorkbook("en");
  put("seed.xlsx", seed);
  // 4. the budget sheet deleted (its entry removed from the workbook part)
  const JSZip = (await import("jszip")).default;
  const zip = await JSZip.loadAsync(seed);
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", wb.replace(/<sheet [^>]*name="Budget"[^>]*\/>/, ""));
  put("no-budget.xlsx", await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  // 4. the budget table's header row merged into one cell (only the first text is left)
  put(
    "merged-header.xlsx",
    await editSheet(seed, "Budget", (x) =>
      x
        .replace(/<row r="4"([^>]*)>(<c r="A4"[^>]*>.*?<\/c>)(.*?)<\/row>/, (_m, attrs: string, first: string, rest: string) => `<row r="4"${attrs}>${first}${rest.replace(/<c r="([B-N]4)"( s="\d+")?[^>]*?(\/>|>.*?<\/c>)/g, '<c r="$1"$2/>')}</row>`)
        .replace("</sheetData>", '</sheetData><mergeCells count="1"><mergeCell ref="A4:N4"/></mergeCells>'),
    ),
  );
  // 9. terminal escapes in cell text (Excel's _xHHHH_ escapes) and raw C1 controls in a sheet name
  const JSZip2 = await JSZip.loadAsync(seed);
  const sst = await JSZip2.file("xl/sharedStrings.xml")!.async("string");
  JSZip2.file("xl/sharedStrings.xml", sst.replace("ค่าสำเนา", "ค่าสำเนา_x001B_]0;pwned_x0007__x001B_[2J_x001B_[31m\u009b2J"));
  const wb2 = await JSZip2.file("xl/workbook.xml")!.async("string");
  JSZip2.file("xl/workbook.xml", wb2.replace('name="Summary"', 'name="Sum\u009b2Jmary"'));
  put("escapes.xlsx", await JSZip2.generateAsync({ type: "nodebuffer", compression: "DEFLATE" }));
  // 11. month cells: an impossible date and a date typed as text (activities), a number that is no date (project)
  const loc = readPlan(await readXlsx(seed)).located;
  const a = loc.activities!;
  const p = loc.project!;
  monthCells.impossible = addr(a.rows[0], a.cols.start);
  monthCells.text = addr(a.rows[1], a.cols.start);
  monthCells.number = addr(p.rows.periodStart, p.valueCol);
  let months = await editSheet(seed, a.sheet, (x) => setCellText(setCellText(x, monthCells.impossible, "2560-02-30"), monthCells.text, "15/11/2559"));
  months = await editSheet(months, p.sheet, (x) => x.replace(new RegExp(`(<c r="${monthCells.number}"[^>]*?)(?: t="\\w+")?(?:/>|>.*?</c>)`), "$1><v>2559</v></c>"));
  put("months.xlsx", months);
  // the bundle is built (if needed) before any run under a file-size limit
  expect(runCli(dir, ["--version"]).code).toBe(0);
});

const monthCells = { impossible: "", text: "", number: "" };

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("fix never writes a figure derived from a table it could not read (item 4)", () => {
  test.each([
    ["no-budget.xlsx", /the budget table was not found/],
    ["merged-header.xlsx", /the budget table was not found/],
  ])("%s: exit 2, says what is missing, writes nothing", (input, why) => {
    const r = runCli(dir, ["fix", input, "-o", "fixed.xlsx", "--lang", "en"]);
    sane(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(new RegExp(`not fixing ${input.replace(".", "\\.")}: what the fixes would be computed from cannot be read: `));
    expect(r.stderr).toMatch(why);
    expect(r.stdout).toBe("");
    expect(existsSync(join(dir, "fixed.xlsx"))).toBe(false);
    expect(strays()).toEqual([]);
  });

  test("the same file with its tables in place is fixed (control)", () => {
    const r = runCli(dir, ["fix", "seed.xlsx", "-o", "fixed-ok.xlsx", "--lang", "en"]);
    const made = existsSync(join(dir, "fixed-ok.xlsx"));
    if (made) unlinkSync(join(dir, "fixed-ok.xlsx"));
    sane(r);
    expect(r.code).toBe(0);
    expect(made).toBe(true);
    expect(r.stdout).toMatch(/Fixed seed\.xlsx → fixed-ok\.xlsx: (1 cell|[2-9]\d* cells|1\d+ cells)\b/);
    expect(strays()).toEqual([]);
  });
});

describe("outputs are written whole or not at all (item 5)", () => {
  test.each([
    ["fix", ["fix", "seed.xlsx", "-o", "old.xlsx", "--force"]],
    ["new", ["new", "old.xlsx", "--example", "--force"]],
    ["consolidate", ["consolidate", "seed.xlsx", "-o", "old.xlsx", "--force"]],
  ])("%s --force over an existing file, the write failing (ulimit -f): the old file is intact, no temporary file is left", (_name, args) => {
    const old = Buffer.concat([seed, Buffer.from("old version")]);
    writeFileSync(join(dir, "old.xlsx"), old);
    const r = runCli(dir, [...args, "--lang", "en"], { fileSizeLimitKb: 4 });
    sane(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/cannot write old\.xlsx \(EFBIG\).*any existing file was left unchanged/);
    expect(readFileSync(join(dir, "old.xlsx")).equals(old)).toBe(true);
    expect(strays(["old.xlsx"])).toEqual([]);
  });
});

describe("symbolic links and folders as outputs (items 6, 10)", () => {
  test("a dangling link is refused without --force; its target is not created", () => {
    symlinkSync(join(dir, "target-missing.xlsx"), join(dir, "dangling.xlsx"));
    const r = runCli(dir, ["new", "dangling.xlsx", "--lang", "en"]);
    sane(r);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/dangling\.xlsx is a symbolic link; not writing through it \(use --force to replace the link itself/);
    expect(existsSync(join(dir, "target-missing.xlsx"))).toBe(false);
    expect(lstatSync(join(dir, "dangling.xlsx")).isSymbolicLink()).toBe(true);
  });

  test("with --force the link itself is replaced by the new file; the file it pointed to is untouched", () => {
    put("precious.xlsx", "someone else's file");
    symlinkSync(join(dir, "precious.xlsx"), join(dir, "link.xlsx"));
    const r = runCli(dir, ["fix", "seed.xlsx", "-o", "link.xlsx", "--force", "--lang", "en"]);
    sane(r); // precious.xlsx keeps its hash
    expect(r.code).toBe(0);
    expect(lstatSync(join(dir, "link.xlsx")).isFile()).toBe(true);
    expect(readFileSync(join(dir, "link.xlsx")).subarray(0, 2).toString()).toBe("PK");
  });

  test("an output path that is a folder says so (not 'use --force'), even with --force", () => {
    mkdirSync(join(dir, "out.xlsx"));
    for (const force of [[], ["--force"]]) {
      const r = runCli(dir, ["fix", "seed.xlsx", "-o", "out.xlsx", ...force, "--lang", "en"]);
      sane(r);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/out\.xlsx is a folder; give a file name, e\.g\. out\.xlsx\/plan\.xlsx/);
      expect(r.stderr).not.toMatch(/--force/);
      expect(r.stderr).not.toMatch(/[\u0E00-\u0E7F]/);
    }
  });
});

describe("terminal escapes from inputs are never printed (item 9)", () => {
  const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/; // eslint-disable-line no-control-regex

  test("cell text, sheet names and file names with escape sequences: stripped from text and JSON output, stderr and the summary", async () => {
    const evilName = "evil\u001b]0;owned\u0007\u001b[2J.xlsx";
    const text = runCli(dir, ["validate", "escapes.xlsx", evilName, "--lang", "en"]);
    sane(text);
    expect(text.code).toBe(2);
    // Budget!B8 holds "ค่าสำเนา" + OSC title change + clear screen + colour + a C1 CSI: printed without them
    expect(text.stdout).not.toMatch(/pwned|\[2J/);
    for (const out of [text.stdout, text.stderr]) expect(out).not.toMatch(CONTROL);
    expect(text.stderr).toMatch(/File not found: evil\.xlsx/);
    const json = runCli(dir, ["validate", "escapes.xlsx", "--format", "json", "--lang", "en"]);
    sane(json);
    expect(json.stdout).not.toMatch(CONTROL);
    const j8 = (JSON.parse(json.stdout).files[0].findings as { cell: string; item: string | null }[]).find((f) => f.cell === "J8");
    expect(j8!.item).toMatch(/^ค่าสำเนา เครื่องมือแนวทาง/); // the printable text is kept, the escapes are gone
    expect(json.stdout).not.toMatch(/pwned/);
    const cons = runCli(dir, ["consolidate", "escapes.xlsx", "-o", "escapes-summary.xlsx", "--lang", "en"]);
    sane(cons);
    const summary = await readXlsx(join(dir, "escapes-summary.xlsx"));
    for (const s of summary.sheets) for (const row of s.values) for (const v of row) if (typeof v === "string") expect(v).not.toMatch(CONTROL);
  });
});

describe("month cells the sheet's formulas cannot use (item 11)", () => {
  test("an impossible date, a date typed as text and a number that is no date: a finding at each cell", () => {
    const r = runCli(dir, ["validate", "months.xlsx", "--format", "json", "--lang", "en"]);
    sane(r);
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.stdout).files[0].findings as { rule: string; sheet: string; cell: string; message: string; severity: string }[];
    const at = (cell: string) => findings.filter((f) => f.cell === cell && f.rule.startsWith("month-"));
    expect(at(monthCells.impossible)).toEqual([
      expect.objectContaining({ rule: "month-unreadable", severity: "error", sheet: "Activities", message: expect.stringMatching(/holds "2560-02-30", a date that does not exist/) }),
    ]);
    expect(at(monthCells.text)).toEqual([
      expect.objectContaining({ rule: "month-as-text", severity: "warning", message: expect.stringMatching(/holds the month as text \("15\/11\/2559"\); the sheet's formulas .* ignore it/) }),
    ]);
    expect(at(monthCells.number)).toEqual([expect.objectContaining({ rule: "month-unreadable", sheet: "Project", message: expect.stringMatching(/holds the number 2559, which is not a date/) })]);
  });
});
