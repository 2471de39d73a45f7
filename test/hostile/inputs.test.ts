/**
 * Hostile and broken input files through the CLI, run as a user runs it (a child process with a 1 GB
 * heap). Every run: the exit code, the message, the input unchanged, nothing written, no crash, no stack
 * trace, peak memory ≤ 1 GB. Fixtures are made here, at test time.
 */
import { mkdirSync, readFileSync, rmSync, rmdirSync, unlinkSync, writeFileSync } from "fs";
import { deflateRawSync } from "zlib";
import { join } from "path";
import {
  addSheet,
  deflateRepeated,
  editSheet,
  entriesOf,
  listed,
  numberGrid,
  runCli,
  seedWorkbook,
  inputsIn,
  sha,
  tempDir,
  writeZip,
  type Run,
} from "./kit";
import { LIMITS } from "../../src/adapters/xlsx/limits";
import { listEntries } from "../../src/adapters/xlsx/zip";

const dir = tempDir();
const fmt = (n: number) => n.toLocaleString("en-US");
const { hashes, put, sane } = inputsIn(dir);

interface Report {
  files: { file: string; findings: { rule: string; sheet: string | null; cell: string | null; message: string }[]; problems?: { message: string }[]; error?: { code: string; message: string } }[];
}

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
const PIECE = 1024 * 1024;

let seed: Buffer;

beforeAll(async () => {
  seed = await seedWorkbook("en");
  put("seed.xlsx", seed);
  // 1. one cell at XFD1048576 (the reader used to pad every sheet to a full rectangle)
  put("far.xlsx", await editSheet(seed, "Budget", (x) => x.replace("</sheetData>", '<row r="1048576"><c r="XFD1048576"><v>1</v></c></row></sheetData>')));
  // 1. many sheets, each with two cells far apart (a 1,000,000-cell area each if padded)
  let areas = seed;
  for (let i = 0; i < 40; i++) areas = await addSheet(areas, `S${i}`, '<row r="1"><c r="A1"><f>1+1</f></c></row><row r="99999"><c r="J99999"><v>2</v></c></row>');
  put("areas.xlsx", areas);
  // four data sheets just under the per-sheet cap (760,000 cells): more than a small worker heap holds
  let big = seed;
  for (const name of ["Data", "Data2", "Data3", "Data4"]) big = await addSheet(big, name, numberGrid(LIMITS.cellsPerSheet / 10 - 1000, 10));
  put("big-data.xlsx", big);
  // 1. many cells: an unrelated data sheet over the per-sheet cap, and a plan sheet over it
  put("many-data.xlsx", await addSheet(seed, "Data", numberGrid(LIMITS.cellsPerSheet / 10 + 1000, 10)));
  // (a plan sheet may hold more: a 50,000-line budget is about 700,000 cells)
  put("many-budget.xlsx", await editSheet(seed, "Budget", (x) => x.replace("</sheetData>", numberGrid(LIMITS.cellsPerPlanSheet / 10 + 1000, 10, 101) + "</sheetData>")));
  // 3. zip bombs
  const entries = await entriesOf(seed);
  const budgetPart = "xl/worksheets/sheet3.xml";
  const honestSheetBomb = entries.map((e) =>
    e.name === budgetPart ? { name: e.name, deflated: deflateRepeated(HEAD, " ", PIECE, 300, "</sheetData></worksheet>"), declaredSize: 300 * PIECE + 200 } : e,
  );
  put("bomb-sheet.xlsx", writeZip(honestSheetBomb));
  put("bomb-sheet-lying.xlsx", writeZip(honestSheetBomb.map((e) => (e.name === budgetPart ? { ...e, declaredSize: 4000 } : e))));
  put(
    "bomb-strings.xlsx",
    writeZip(
      entries.map((e) =>
        e.name === "xl/sharedStrings.xml"
          ? { name: e.name, deflated: deflateRepeated('<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">', "\n", PIECE, 400, "</sst>"), declaredSize: 1000 }
          : e,
      ),
    ),
  );
  // an entry nobody reads, 1 GB when unpacked: never inflated by validate
  put("bomb-media.xlsx", writeZip([...entries, { name: "xl/media/image1.png", deflated: deflateRepeated("", "\0", PIECE, 1024, ""), declaredSize: 1024 * PIECE }]));
  // 7. numbers no spreadsheet can hold
  put(
    "bad-numbers.xlsx",
    await editSheet(seed, "Budget", (x) =>
      x
        .replace(/(<c r="E8"[^>]*>)<v>[^<]*<\/v>/, "$1<v>NaN</v>")
        .replace(/(<c r="F9"[^>]*>)<v>[^<]*<\/v>/, "$1<v>Infinity</v>")
        .replace(/(<c r="E10"[^>]*>)<v>[^<]*<\/v>/, "$1<v>1e-320</v>"),
    ),
  );
  // 10. an OpenDocument spreadsheet given as .ods and renamed .xlsx; a folder
  const ods = writeZip(
    [
      ["mimetype", "application/vnd.oasis.opendocument.spreadsheet"],
      ["META-INF/manifest.xml", '<?xml version="1.0"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"/>'],
      ["content.xml", '<?xml version="1.0"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"/>'],
    ].map(([name, text]) => ({ name, deflated: deflateRawSync(Buffer.from(text)), declaredSize: Buffer.byteLength(text) })),
  );
  put("budget.ods", ods);
  put("renamed-ods.xlsx", ods);
  // 8. a workbook that is no plan
  put("not-a-plan.xlsx", await addSheet(await notAPlan(seed), "Extra", numberGrid(3, 3)));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Keep only the data sheet: rename every plan sheet's header away by emptying the plan sheets. */
async function notAPlan(buf: Buffer): Promise<Buffer> {
  let out = buf;
  for (const s of ["Project", "Activities", "Budget", "Summary", "Indicators", "Results", "Rates"]) {
    out = await editSheet(out, s, (x) => x.replace(/<sheetData>.*<\/sheetData>/s, "<sheetData/>"));
  }
  return out;
}

function json(r: Run): Report {
  return JSON.parse(r.stdout) as Report;
}

describe("size: sparse reading and cell caps (item 1)", () => {
  test("one cell at XFD1048576, a data sheet over the cap, a plan sheet over the cap, 40 sheets of far-apart cells, next to a good file", () => {
    const r = runCli(dir, ["validate", "seed.xlsx", "far.xlsx", "many-data.xlsx", "many-budget.xlsx", "areas.xlsx", "--format", "json", "--lang", "en"]);
    sane(r);
    expect(r.code).toBe(2);
    const rep = json(r);
    const [good, far, data, budget, areas] = rep.files;
    // the areas of all sheets share one budget: the plan is read, far cells of the last sheets are reported
    expect(areas.error).toBeUndefined();
    expect(areas.findings.map((f) => f.rule)).toEqual(good.findings.map((f) => f.rule));
    expect(areas.problems!.map((p) => p.message).join("\n")).toMatch(/Sheet "S39": cell J99999 lies far outside the data and was not read \(read A1:J1 only\)/);
    expect(good.error).toBeUndefined();
    expect(good.findings.some((f) => f.rule === "total-mismatch")).toBe(true);
    // the far cell is reported, the plan is still checked with the same findings as the good file
    expect(far.error).toBeUndefined();
    expect(far.findings.map((f) => f.rule)).toEqual(good.findings.map((f) => f.rule));
    expect(far.problems!.map((p) => p.message).join("\n")).toMatch(/cell XFD1048576 lies far outside the data and was not read/);
    expect(data.error).toBeUndefined();
    expect(data.problems!.map((p) => p.message).join("\n")).toMatch(new RegExp(`Sheet "Data" has more than ${fmt(LIMITS.cellsPerSheet)} filled cells and is not a plan sheet`));
    expect(budget.error).toMatchObject({ code: "too-many-cells" });
    expect(budget.error!.message).toMatch(new RegExp(`many-budget\\.xlsx holds too many cells \\(sheet "Budget" has more than ${fmt(LIMITS.cellsPerPlanSheet)} filled cells\\)`));
    expect(r.stderr).toMatch(/budget-plan: File many-budget\.xlsx holds too many cells/);
    expect(listed(dir)).toEqual([...hashes.keys()].sort());
  });
});

describe("zip bombs: declared sizes first, only the parts needed, capped (item 3)", () => {
  test("sheet and shared-strings bombs are refused as too large when unpacked; a huge part nobody needs is never unpacked", () => {
    const r = runCli(dir, ["validate", "bomb-sheet.xlsx", "bomb-sheet-lying.xlsx", "bomb-strings.xlsx", "bomb-media.xlsx", "--format", "json", "--lang", "en"]);
    sane(r);
    expect(r.code).toBe(2);
    const [honest, lying, strings, media] = json(r).files;
    for (const f of [honest, lying, strings]) {
      expect(f.error).toMatchObject({ code: "too-large" });
      expect(f.error!.message).toMatch(/is too large when unpacked \(part xl\/(worksheets\/sheet3|sharedStrings)\.xml exceeds \d+ MB\)/);
    }
    expect(media.error).toBeUndefined();
    expect(media.findings.some((f) => f.rule === "total-mismatch")).toBe(true);
    expect(r.peakMb).toBeLessThan(700);
  });

  test("fix writes only the fixed cells into the package: a huge part nobody needs is carried over packed, never unpacked", () => {
    const r = runCli(dir, ["fix", "bomb-media.xlsx", "-o", "fixed-media.xlsx", "--lang", "en"]);
    sane(r);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Fixed bomb-media\.xlsx → fixed-media\.xlsx: (1 cell|[2-9]\d* cells|1\d+ cells)\b/);
    expect(r.peakMb).toBeLessThan(700);
    const packed = (buf: Buffer) => {
      const e = listEntries(buf).find((x) => x.name === "xl/media/image1.png")!;
      const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
      return buf.subarray(start, start + e.compressedSize);
    };
    const out = readFileSync(join(dir, "fixed-media.xlsx"));
    expect(packed(out).equals(packed(readFileSync(join(dir, "bomb-media.xlsx"))))).toBe(true);
    unlinkSync(join(dir, "fixed-media.xlsx"));
    expect(listed(dir)).toEqual([...hashes.keys()].sort());
  });

  test("eight at once, in worker threads: each bomb is refused alone, the good files get their results", () => {
    const files = ["bomb-sheet.xlsx", "seed.xlsx", "bomb-sheet-lying.xlsx", "bomb-strings.xlsx", "bomb-media.xlsx", "far.xlsx", "bomb-sheet.xlsx", "seed.xlsx"];
    const r = runCli(dir, ["validate", ...files, "--format", "json", "--lang", "en"], { env: { BUDGET_PLAN_JOBS: "4" } });
    sane(r);
    expect(r.code).toBe(2);
    const rep = json(r);
    expect(rep.files.map((f) => f.file)).toEqual(files);
    expect(rep.files.map((f) => f.error?.code ?? "ok")).toEqual(["too-large", "ok", "too-large", "too-large", "ok", "ok", "too-large", "ok"]);
  });
});

describe("one file never takes the batch with it (item 2)", () => {
  test("a worker thread that runs out of memory on one file: that file is reported, a new worker checks the rest", () => {
    const files = ["seed.xlsx", "big-data.xlsx", "seed.xlsx", "far.xlsx", "seed.xlsx", "seed.xlsx", "far.xlsx", "seed.xlsx"];
    // a heap far too small for 760,000 cells, enough for a plan
    const r = runCli(dir, ["validate", ...files, "--format", "json", "--lang", "en"], {
      env: { BUDGET_PLAN_JOBS: "2", BUDGET_PLAN_WORKER_HEAP_MB: "48" },
      heapFlag: false,
    });
    sane(r);
    expect(r.code).toBe(2);
    const rep = json(r);
    expect(rep.files.map((f) => f.error?.code ?? "ok")).toEqual(["ok", "too-large", "ok", "ok", "ok", "ok", "ok", "ok"]);
    expect(rep.files[1].error!.message).toBe("File big-data.xlsx needed more memory than allowed while being checked; skipped");
    expect(rep.files[7].findings.map((f) => f.rule)).toEqual(rep.files[0].findings.map((f) => f.rule));
  });
});

describe("numbers no spreadsheet can hold (item 7)", () => {
  test("NaN, Infinity and 1e-320 are bad-number findings at their cells, not 'not a plan'", () => {
    const r = runCli(dir, ["validate", "bad-numbers.xlsx", "--format", "json", "--lang", "en"]);
    sane(r);
    expect(r.code).toBe(1);
    const f = json(r).files[0];
    expect(f.error).toBeUndefined();
    const bad = f.findings.filter((x) => x.rule === "bad-number").map((x) => `${x.sheet}!${x.cell}`);
    expect(bad).toEqual(expect.arrayContaining(["Budget!E8", "Budget!F9", "Budget!E10"]));
    expect(f.findings.find((x) => x.cell === "E8" && x.rule === "bad-number")!.message).toMatch(/NaN/);
  });
});

describe("messages (item 10) and not a plan (item 8)", () => {
  test("OpenDocument, a folder, a zip that is no workbook, no plan: clear English messages without Thai", () => {
    writeFileSync(join(dir, "junk.zip.xlsx"), writeZip([{ name: "readme.txt", deflated: deflateRawSync(Buffer.from("hello")), declaredSize: 5 }]));
    hashes.set("junk.zip.xlsx", sha(join(dir, "junk.zip.xlsx")));
    mkdirSync(join(dir, "folder.xlsx"), { recursive: true });
    const r = runCli(dir, ["validate", "budget.ods", "renamed-ods.xlsx", "folder.xlsx", "junk.zip.xlsx", "not-a-plan.xlsx", "/dev/zero", "--format", "json", "--lang", "en"]);
    sane(r);
    expect(r.code).toBe(2);
    const [ods, renamed, folder, junk, none, device] = json(r).files;
    expect(device.error).toMatchObject({ code: "unreadable", message: "Cannot open /dev/zero (not a regular file)" });
    for (const f of [ods, renamed]) {
      expect(f.error).toMatchObject({ code: "opendocument" });
      expect(f.error!.message).toMatch(/is an OpenDocument spreadsheet \(\.ods\); save it as \.xlsx/);
      expect(f.error!.message).not.toMatch(/damaged/);
    }
    expect(folder.error).toMatchObject({ code: "directory", message: "folder.xlsx is a folder, not a file" });
    expect(junk.error).toMatchObject({ code: "corrupt" });
    expect(junk.error!.message).toMatch(/a zip archive without an Excel workbook inside/);
    expect(none.error).toMatchObject({ code: "not-a-plan" });
    expect(none.error!.message).toMatch(/^No project plan found in not-a-plan\.xlsx/);
    expect(r.stderr + r.stdout).not.toMatch(/[\u0E00-\u0E7F]/);
    rmdirSync(join(dir, "folder.xlsx"));
  });

  test("consolidate does not count what is not a plan or not usable; the good plan gets its row", () => {
    const r = runCli(dir, ["consolidate", "seed.xlsx", "not-a-plan.xlsx", "bomb-sheet.xlsx", "budget.ods", "-o", "summary.xlsx", "--lang", "en"]);
    sane(r);
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/Wrote summary\.xlsx: 1 project, 3 unusable files/);
    expect(r.stderr).toMatch(/No project plan found in not-a-plan\.xlsx/);
    expect(r.stderr).toMatch(/bomb-sheet\.xlsx is too large when unpacked/);
    unlinkSync(join(dir, "summary.xlsx"));
  });
});
