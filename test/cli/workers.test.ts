/**
 * Many files in one run: the same reports whether the files are checked one after another
 * (BUDGET_PLAN_JOBS=1) or in worker threads, for validate and consolidate (order of files and rows,
 * findings, unusable files, progress lines); how many threads the work gets; the worker threads load
 * their bundle with V8's code cache. Nothing here is timed.
 */
import { spawnSync } from "child_process";
import { copyFileSync, mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { syntheticPlan } from "../../bench/workbooks";
import { buildWorkbookSpec } from "../../src/workbook";
import { saveXlsx } from "../../src/adapters/xlsx/write";
import { readXlsx } from "../../src/adapters/xlsx/read";
import { BYTES_PER_WORKER, jobCount } from "../../src/cli/pool";

const ROOT = resolve(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "budget-plan.js");
const dir = mkdtempSync(join(tmpdir(), "budget-plan-workers-"));
const files: string[] = [];

function run(args: string[], env: Record<string, string> = {}): { code: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, BUDGET_PLAN_LANG: "", ...env },
    timeout: 300_000,
    killSignal: "SIGKILL",
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(async () => {
  // twelve workbooks of varied sizes (some lines stated wrongly), the seed text, a file that is no plan
  // and one that does not exist, mixed so that unusable files fall between usable ones
  for (let i = 0; i < 12; i++) {
    const f = `school-${i + 1}.xlsx`;
    await saveXlsx(buildWorkbookSpec(syntheticPlan(i, 2 + ((i * 7) % 9)), { lang: "th" }), join(dir, f));
    files.push(f);
  }
  copyFileSync(join(ROOT, "test", "fixtures", "seed-project-2560.txt"), join(dir, "seed.txt"));
  copyFileSync(join(ROOT, "test", "fixtures", "template-v2-example.xlsx"), join(dir, "v2-example.xlsx"));
  writeFileSync(join(dir, "letter.txt"), "เรียน ผู้อำนวยการ\nขอเชิญประชุม\n");
  files.splice(3, 0, "seed.txt");
  files.splice(6, 0, "letter.txt");
  files.splice(9, 0, "missing.xlsx");
  files.push("v2-example.xlsx");
}, 120_000);

describe("the same reports one file after another and in worker threads", () => {
  test("validate --format json: identical output, exit code and progress lines for 1, 2 and 3 threads", () => {
    const seq = run(["validate", ...files, "--format", "json"], { BUDGET_PLAN_JOBS: "1" });
    expect(seq.code).toBe(2); // a file that is no plan and a missing one
    const report = JSON.parse(seq.stdout) as { files: { file: string; findings: { rule: string }[]; error?: { code: string } }[] };
    expect(report.files.map((f) => f.file)).toEqual(files);
    expect(report.files.map((f) => f.error?.code ?? "ok")).toEqual(files.map((f) => (f === "letter.txt" ? "not-a-plan" : f === "missing.xlsx" ? "missing" : "ok")));
    expect(report.files.some((f) => f.findings.length > 0)).toBe(true);
    // piped: plain progress lines (no bar), then the messages of the unusable files
    expect(seq.stderr).toMatch(new RegExp(`^กำลังตรวจ 1/${files.length}\n`));
    expect(seq.stderr).toContain(`กำลังตรวจ ${files.length}/${files.length}\n`);
    expect(seq.stderr.includes("\r") || seq.stderr.includes("\u001b")).toBe(false);
    for (const jobs of ["2", "3"]) {
      const par = run(["validate", ...files, "--format", "json"], { BUDGET_PLAN_JOBS: jobs });
      expect(par.code).toBe(seq.code);
      expect(par.stdout).toBe(seq.stdout);
      expect(par.stderr).toBe(seq.stderr);
    }
    // the text report too
    const text1 = run(["validate", ...files, "--lang", "en"], { BUDGET_PLAN_JOBS: "1" });
    const text2 = run(["validate", ...files, "--lang", "en"], { BUDGET_PLAN_JOBS: "2" });
    expect(text2.stdout).toBe(text1.stdout);
    expect(text1.stdout).toContain("missing.xlsx");
  });

  test("consolidate: the same summary workbook (rows in the order of the files, findings) and message", async () => {
    const usable = files.filter((f) => f !== "missing.xlsx");
    const seq = run(["consolidate", ...usable, "-o", "seq.xlsx"], { BUDGET_PLAN_JOBS: "1" });
    const par = run(["consolidate", ...usable, "-o", "par.xlsx"], { BUDGET_PLAN_JOBS: "2" });
    expect(seq.code).toBe(2); // the letter is no plan
    expect(par.code).toBe(seq.code);
    expect(par.stdout.replace("par.xlsx", "seq.xlsx")).toBe(seq.stdout);
    expect(par.stderr).toBe(seq.stderr);
    const a = await readXlsx(join(dir, "seq.xlsx"));
    const b = await readXlsx(join(dir, "par.xlsx"));
    expect(b.sheets.map((s) => s.name)).toEqual(a.sheets.map((s) => s.name));
    b.sheets.forEach((s, i) => {
      expect(s.values).toEqual(a.sheets[i].values);
      expect(s.formulas).toEqual(a.sheets[i].formulas);
    });
    // a row per file, in the order given, each with its planned total
    const rows = a.sheets[0].values.map((r) => r[1]).filter((v) => typeof v === "string" && usable.includes(v));
    expect(rows).toEqual(usable);
  });

  test("worker threads load their bundle with V8's code cache (written by the first run that had none)", () => {
    const env = { BUDGET_PLAN_JOBS: "2", BUDGET_PLAN_DEBUG_CACHE: "1" };
    run(["validate", ...files.slice(0, 4), "--format", "json"], env);
    const second = run(["validate", ...files.slice(0, 4), "--format", "json"], env);
    const workerLines = second.stderr.split("\n").filter((l) => /^code cache: .*worker\.js/.test(l));
    expect(workerLines).toHaveLength(2);
    for (const l of workerLines) expect(l).toMatch(/^code cache: used /);
  });
});

describe("how many worker threads the work gets", () => {
  const saved = process.env.BUDGET_PLAN_JOBS;
  beforeEach(() => delete process.env.BUDGET_PLAN_JOBS);
  afterAll(() => {
    if (saved === undefined) delete process.env.BUDGET_PLAN_JOBS;
    else process.env.BUDGET_PLAN_JOBS = saved;
  });
  const MB = 1024 * 1024;

  test("one core is left to V8's compiler and GC threads: on 2 cores, one file after another", () => {
    expect(jobCount(71, 5.9 * MB, 2)).toBe(1);
    expect(jobCount(1000, 500 * MB, 2)).toBe(1);
    expect(jobCount(71, 5.9 * MB, 1)).toBe(1);
  });

  test("from the bytes: a thread only with enough work for it, at most cores − 1 and 4", () => {
    expect(jobCount(71, 5.9 * MB, 4)).toBe(3);
    expect(jobCount(71, 5.9 * MB, 16)).toBe(3);
    expect(jobCount(500, 60 * MB, 16)).toBe(4);
    expect(jobCount(40, BYTES_PER_WORKER * 2 - 1, 8)).toBe(1);
    expect(jobCount(40, BYTES_PER_WORKER * 2, 8)).toBe(2);
    // not more threads than files, however big they are
    expect(jobCount(2, 200 * MB, 8)).toBe(2);
    expect(jobCount(1, 200 * MB, 8)).toBe(1);
  });

  test("BUDGET_PLAN_JOBS asks for a number of threads (1: none), whatever the work", () => {
    process.env.BUDGET_PLAN_JOBS = "2";
    expect(jobCount(8, 1000, 1)).toBe(2);
    expect(jobCount(1, 1000, 8)).toBe(1);
    process.env.BUDGET_PLAN_JOBS = "1";
    expect(jobCount(71, 500 * MB, 16)).toBe(1);
    process.env.BUDGET_PLAN_JOBS = "x";
    expect(jobCount(71, 5.9 * MB, 2)).toBe(1);
  });
});
