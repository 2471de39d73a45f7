/**
 * budget-plan run as a user runs it on workbooks holding several plans: template plan sets ("โครงการ",
 * "โครงการ (2)", … — test/corpus/workbooks/leftovers2/make-sets.ts) are each validated and consolidated on
 * their own, as the hand-made projects a sheet each are; `inspect` shows each plan as its own reading.
 */
import { copyFileSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { readXlsx } from "../../src/adapters/xlsx/read";
import { jsonReport, runCli, type CliRun, type JsonFinding } from "../helpers/cli";

const ROOT = resolve(__dirname, "..", "..");
const CORPUS = join(ROOT, "test", "corpus", "workbooks");
const dir = mkdtempSync(join(tmpdir(), "budget-plan-sets-"));

const run = (...args: string[]): CliRun => runCli(dir, args);

const findingsOf = (r: CliRun): JsonFinding[] => jsonReport(r).files[0].findings;

const THREE = join(CORPUS, "leftovers2", "ps02-three-sets-first-and-third-over.xlsx");

describe("a template workbook with several plan sets", () => {
  test("validate checks every set against its own allocation and says the file holds several sets", () => {
    const r = run("validate", THREE, "-f", "json");
    expect(r.code).toBe(1);
    const f = findingsOf(r);
    expect(f.filter((x) => x.rule === "over-allocation").map((x) => `${x.sheet}!${x.cell}`)).toEqual(["โครงการ!B11", "โครงการ (3)!B11"]);
    expect(f.filter((x) => x.rule === "under-allocation").map((x) => x.sheet)).toEqual(["โครงการ (2)"]);
    expect(f.find((x) => x.rule === "read-problem" && x.message.includes("3 ชุด"))?.severity).toBe("info");
  });

  test("consolidate writes a row per set with its own allocation", async () => {
    copyFileSync(THREE, join(dir, "sets.xlsx"));
    const r = run("consolidate", "sets.xlsx", "-o", "sets-summary.xlsx");
    expect(r.code).not.toBe(2);
    const s = (await readXlsx(join(dir, "sets-summary.xlsx"))).sheets[0];
    const header = s.values[3];
    const col = (h: string) => header.indexOf(h);
    const rows = s.values.slice(4, 7);
    expect(rows.map((x) => String(x[col("ชื่อโครงการ")]))).toEqual(["กีฬาสี", "ทัศนศึกษา", "วันวิทยาศาสตร์"]);
    expect(rows.map((x) => x[col("งบประมาณที่ได้รับจัดสรร (บาท)")])).toEqual([3000, 10000, 2000]);
  });

  test("inspect shows each set as its own reading (text and JSON)", () => {
    const r = run("inspect", THREE, "--lang", "en");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/3 projects, each read on its own/);
    expect(r.stdout).toMatch(/\[1\/3\] กีฬาสี \(โครงการ\)/);
    expect(r.stdout).toMatch(/\[3\/3\] วันวิทยาศาสตร์ \(โครงการ \(3\)\)/);
    expect(r.stdout).toMatch(/Allocation: 2000 {2}\['โครงการ \(3\)'!B11\]/);
    const j = JSON.parse(run("inspect", THREE, "-f", "json").stdout) as { projects: { sheet: string; name: string }[] };
    expect(j.projects.map((p) => [p.sheet, p.name])).toEqual([
      ["โครงการ", "กีฬาสี"],
      ["โครงการ (2)", "ทัศนศึกษา"],
      ["โครงการ (3)", "วันวิทยาศาสตร์"],
    ]);
  });
});

test("inspect of hand-made projects a sheet each: each project its own reading", () => {
  const r = run("inspect", join(CORPUS, "wbe1-sheet-per-project.xlsx"));
  expect(r.code).toBe(0);
  expect(r.stdout).toMatch(/3 โครงการ แต่ละโครงการอ่านแยกกัน/);
  for (const [i, sheet] of ["โครงการ1", "โครงการ2", "โครงการ3"].entries()) expect(r.stdout).toMatch(new RegExp(`\\[${i + 1}/3\\] .+ \\(${sheet}\\)`));
});
