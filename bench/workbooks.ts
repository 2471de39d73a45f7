/**
 * Benchmark: 71 plan workbooks (one per school of the seed's district, varied sizes) written with the
 * layout + xlsx writer; then one `budget-plan validate` run over all of them (a child process, as a
 * user runs it) against one LibreOffice invocation recalculating the same 71 files.
 */
import { satang } from "../src/core/money";
import { execFile } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { cpus, loadavg, tmpdir } from "os";
import { join, resolve } from "path";
import type { Plan, BudgetLine, Activity } from "../src/core/model";
import { emptyPlan } from "../src/core/model";
import { buildWorkbookSpec } from "../src/workbook";
import { saveXlsx } from "../src/adapters/xlsx/write";
import { loRecalc } from "../test/helpers/lo";
import { jobCount, totalBytes } from "../src/cli/pool";
import { rng } from "./rng";

const ITEMS: { item: string; unit: number; qtyUnit: string; timesUnit: string }[] = [
  { item: "ค่าอาหารว่างและเครื่องดื่ม", unit: 3500, qtyUnit: "คน", timesUnit: "มื้อ" },
  { item: "ค่าอาหารกลางวัน", unit: 10000, qtyUnit: "คน", timesUnit: "มื้อ" },
  { item: "ค่าถ่ายเอกสาร", unit: 8000, qtyUnit: "ชุด", timesUnit: "ครั้ง" },
  { item: "ค่าวัสดุ", unit: 50000, qtyUnit: "ชุด", timesUnit: "ครั้ง" },
  { item: "ค่าพาหนะ", unit: 20000, qtyUnit: "คน", timesUnit: "วัน" },
  { item: "ค่าตอบแทนวิทยากร", unit: 60000, qtyUnit: "คน", timesUnit: "ชั่วโมง" },
];


/** A synthetic plan: `activities` activities with 1–6 budget lines each; some typed-over amounts. */
export function syntheticPlan(index: number, activities: number, fiscalYear = 2569): Plan {
  const r = rng(index + 1);
  const plan = emptyPlan(fiscalYear);
  plan.project = {
    ...plan.project,
    name: `โครงการพัฒนาคุณภาพการศึกษา โรงเรียนที่ ${index + 1}`,
    owner: `ครูผู้รับผิดชอบ ${index + 1}`,
    department: "กลุ่มส่งเสริมการจัดการศึกษา",
    periodStart: { year: fiscalYear - 1, month: 10 },
    periodEnd: { year: fiscalYear, month: 9 },
    venue: "gov",
    trainingType: "b",
  };
  const lines: BudgetLine[] = [];
  const acts: Activity[] = [];
  let total = 0;
  for (let a = 1; a <= activities; a++) {
    const startOffset = Math.floor(r() * 11);
    const m0 = ((9 + startOffset) % 12) + 1;
    const y0 = m0 >= 10 ? fiscalYear - 1 : fiscalYear;
    acts.push({ id: String(a), name: `กิจกรรมที่ ${a}: อบรมและติดตามผล`, start: { year: y0, month: m0 }, end: { year: y0, month: m0 }, owners: [`ครู ${a}`] });
    const n = 1 + Math.floor(r() * 6);
    for (let k = 0; k < n; k++) {
      const it = ITEMS[Math.floor(r() * ITEMS.length)];
      const qty = 5 + Math.floor(r() * 100);
      const times = 1 + Math.floor(r() * 4);
      const amount = it.unit * qty * times;
      total += amount;
      lines.push({
        id: `L${lines.length + 1}`,
        activityId: String(a),
        item: it.item,
        unitCost: satang(it.unit),
        quantity: qty,
        quantityUnit: it.qtyUnit,
        times,
        timesUnit: it.timesUnit,
        // about one line in twenty is stated wrongly, as in real documents
        statedAmount: satang(r() < 0.05 ? amount + 100000 : amount),
      });
    }
  }
  plan.activities = acts;
  plan.budgetLines = lines;
  plan.project.allocation = satang(Math.round((total * (0.9 + r() * 0.3)) / 100000) * 100000);
  return plan;
}

/** Sizes from 3 to 40 activities (about 6 to 240 budget lines). */
export function benchSizes(count = 71): number[] {
  return Array.from({ length: count }, (_, i) => 3 + ((i * 37) % 38));
}

export async function writeBenchWorkbooks(dir: string, count = 71): Promise<string[]> {
  const files: string[] = [];
  const sizes = benchSizes(count);
  for (let i = 0; i < count; i++) {
    const file = join(dir, `school-${String(i + 1).padStart(2, "0")}.xlsx`);
    await saveXlsx(buildWorkbookSpec(syntheticPlan(i, sizes[i]), { lang: "th" }), file);
    files.push(file);
  }
  return files;
}

/** CPU time (user + system, ms) of the finished child processes of this process (Linux; undefined elsewhere). */
function childCpuMs(): number | undefined {
  try {
    const f = readFileSync("/proc/self/stat", "utf8").split(") ")[1].split(" ");
    // fields 16 and 17 of stat (cutime, cstime), in clock ticks of 10 ms
    return (Number(f[13]) + Number(f[14])) * 10;
  } catch {
    return undefined;
  }
}

function runCli(args: string[], env: Record<string, string> = {}): Promise<{ code: number; ms: number; cpuMs?: number; stdout: string }> {
  const bin = resolve(__dirname, "..", "bin", "budget-plan.js");
  const t0 = process.hrtime.bigint();
  const c0 = childCpuMs();
  return new Promise((res) => {
    execFile(process.execPath, [bin, ...args], { maxBuffer: 256 * 1024 * 1024, env: { ...process.env, ...env } }, (err, stdout) => {
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      const c1 = childCpuMs();
      const code = err ? ((err as { code?: number }).code ?? 1) : 0;
      res({ code: typeof code === "number" ? code : 1, ms, cpuMs: c0 !== undefined && c1 !== undefined ? c1 - c0 : undefined, stdout });
    });
  });
}

/** "2306 ms (CPU 3.9 s, load 1.2)": wall time, CPU time of the run, and the load average when it ended. */
function timing(r: { ms: number; cpuMs?: number }): string {
  const cpu = r.cpuMs !== undefined ? `CPU ${(r.cpuMs / 1000).toFixed(1)} s, ` : "";
  return `${r.ms.toFixed(0)} ms (${cpu}load ${loadavg()[0].toFixed(1)})`;
}

export async function benchWorkbooks(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bench-workbooks-"));
  try {
    const t0 = Date.now();
    const files = await writeBenchWorkbooks(dir);
    const writeMs = Date.now() - t0;
    console.log(`workbooks: wrote ${files.length} plan workbooks (3–40 activities each) in ${writeMs} ms`);

    const bytes = totalBytes(files);
    const jobs = jobCount(files.length, bytes);
    const how = jobs > 1 ? `${jobs} worker threads` : "one file after another: too little work for a second isolate";
    const cli = await runCli(["validate", ...files, "--format", "json"]);
    const parsed = JSON.parse(cli.stdout) as { files: { findings: unknown[] }[] };
    const findings = parsed.files.reduce((n, f) => n + f.findings.length, 0);
    console.log(
      `workbooks: budget-plan validate over ${files.length} files (${(bytes / 1048576).toFixed(1)} MB): ${timing(cli)} ` +
        `(${how}, on ${cpus().length} core(s); exit ${cli.code}, ${findings} findings)`,
    );
    // the two other ways, alternately, so they are measured in the same minutes
    const seq = await runCli(["validate", ...files, "--format", "json"], { BUDGET_PLAN_JOBS: "1" });
    console.log(`workbooks: the same, one file after another (BUDGET_PLAN_JOBS=1): ${timing(seq)}`);
    const par = await runCli(["validate", ...files, "--format", "json"], { BUDGET_PLAN_JOBS: "2" });
    console.log(`workbooks: the same in two worker threads (BUDGET_PLAN_JOBS=2): ${timing(par)}`);
    if (seq.stdout !== cli.stdout || par.stdout !== cli.stdout) console.log("workbooks: OUTPUTS DIFFER between the runs");

    const t1 = process.hrtime.bigint();
    const saved = await loRecalc(files, join(dir, "lo"));
    const loMs = Number(process.hrtime.bigint() - t1) / 1e6;
    console.log(`workbooks: LibreOffice recalculating the same ${files.length} files (one soffice --convert-to): ${loMs.toFixed(0)} ms`);
    console.log(`workbooks: ratio LibreOffice / budget-plan validate = ${(loMs / cli.ms).toFixed(2)} (sequential: ${(loMs / seq.ms).toFixed(2)})`);
    // The files as a calculating application saved them (cached results, as every workbook saved by Excel
    // has): what a district's plan officer validates.
    const savedRun = await runCli(["validate", ...saved, "--format", "json"]);
    console.log(`workbooks: budget-plan validate over the ${saved.length} files as LibreOffice saved them (cached results): ${timing(savedRun)}, exit ${savedRun.code}`);
    const r1 = savedRun.ms / loMs;
    const r2 = cli.ms / loMs;
    const load = `load average ${loadavg()[0].toFixed(1)} on ${cpus().length} cores`;
    console.log(
      `goal: a district's ${files.length} workbooks in one run (as LibreOffice saved them, cached results), validate / LibreOffice recalculating the same files: ` +
        `${r1.toFixed(3)} (${(savedRun.ms / 1000).toFixed(1)} s ÷ ${(loMs / 1000).toFixed(1)} s, ${load}) (target ≤ 0.10) ${r1 <= 0.1 ? "ok" : "MISSED"}`,
    );
    console.log(
      `goal: the same ${files.length} as the CLI writes them (no cached results: the template's formulas computed from the plan), validate / LibreOffice: ` +
        `${r2.toFixed(3)} (${(cli.ms / 1000).toFixed(1)} s ÷ ${(loMs / 1000).toFixed(1)} s) (target ≤ 0.10) ${r2 <= 0.1 ? "ok" : "MISSED"}`,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchWorkbooks().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
