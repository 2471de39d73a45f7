/**
 * The "Fast, light" goals as ratios measured in the same run (issue 12), each printed as
 * `goal: … measured … (target …) ok|MISSED`:
 * - one workbook: `budget-plan validate` of the seed example, whole process, against a bare `node -e 0`
 *   (target ≤ 4×). Measured on the example as LibreOffice saved it (cached results, as every file saved by
 *   Excel has) and on the example as `new` writes it (no cached results: HyperFormula evaluates it);
 * - 50,000 budget lines: validate ≤ 5 s, fix ≤ 10 s, peak memory ≤ 1 GB (whole process);
 * - install: node_modules size, the packed CLI's install time (npm pack → npm install -g --prefix), and with
 *   BENCH_INSTALL=1 a full `npm ci` into a temporary copy of package.json + lock (uses the npm cache).
 * Medians of several runs, alternating the commands compared, because the machine is shared.
 */
import { spawnSync } from "child_process";
import { copyFileSync, existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "fs";
import { loadavg, tmpdir } from "os";
import { join, resolve } from "path";
import { buildWorkbookSpec } from "../src/workbook";
import { saveXlsx } from "../src/adapters/xlsx/write";
import { loRecalc } from "../test/helpers/lo";
import { generatePlan } from "./validation";

const ROOT = resolve(__dirname, "..");
const BIN = join(ROOT, "bin", "budget-plan.js");
const RUNS = Number(process.env.BENCH_RUNS || 7);

interface Run {
  ms: number;
  code: number;
  peakKb?: number;
  /** CPU time of the process (user + system), with GNU time. */
  cpuMs?: number;
  stdout: string;
  /** First line the command wrote to stderr (the reason for exit 2, for instance). */
  note: string;
}

const hasGnuTime = existsSync("/usr/bin/time") && spawnSync("/usr/bin/time", ["-f", "%M", "true"]).status === 0;

/** Run a command; wall time, exit code and (with GNU time) the peak resident memory of the process. */
function run(cmd: string, args: string[], cwd: string, env: Record<string, string> = {}): Run {
  const t0 = process.hrtime.bigint();
  const full = hasGnuTime ? ["/usr/bin/time", ["-f", "@@peak %M %U %S", cmd, ...args]] : [cmd, args];
  const r = spawnSync(full[0] as string, full[1] as string[], {
    cwd,
    env: { ...process.env, ...env },
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
  });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const peak = /@@peak (\d+) ([\d.]+) ([\d.]+)/.exec(r.stderr ?? "");
  const note = (r.stderr ?? "").split("\n").find((l) => l.trim() && !l.startsWith("@@peak") && !/exited with/.test(l)) ?? "";
  return {
    ms,
    code: r.status ?? -1,
    peakKb: peak ? Number(peak[1]) : undefined,
    cpuMs: peak ? (Number(peak[2]) + Number(peak[3])) * 1000 : undefined,
    stdout: r.stdout ?? "",
    note,
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const verdict = (ok: boolean) => (ok ? "ok" : "MISSED");

function goal(name: string, measured: string, target: string, ok: boolean): void {
  console.log(`goal: ${name}: ${measured} (target ${target}) ${verdict(ok)}`);
}

/** Bytes of a directory tree (symlinks not followed); `found` collects the files whose path matches `match`. */
function treeBytes(dir: string, match?: RegExp, found?: string[], skip?: string): number {
  let total = 0;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(d, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const p = join(d, e.name);
      if (e.isDirectory()) {
        if (p !== skip) stack.push(p);
      }
      else if (e.isFile()) {
        total += lstatSync(p).size;
        if (match && found && match.test(p)) found.push(p);
      }
    }
  }
  return total;
}

export async function benchStartup(dir: string): Promise<void> {
  // A first run builds the bundle if needed and fills the code cache; not timed.
  run(process.execPath, [BIN, "new", "example.xlsx", "--example", "--force"], dir);
  const [saved] = await loRecalc([join(dir, "example.xlsx")], join(dir, "lo"));
  copyFileSync(saved, join(dir, "example-saved.xlsx"));
  run(process.execPath, [BIN, "validate", "example-saved.xlsx"], dir);
  const bare: number[] = [];
  const cached: number[] = [];
  const uncached: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    bare.push(run(process.execPath, ["-e", "0"], dir).ms);
    cached.push(run(process.execPath, [BIN, "validate", "example-saved.xlsx"], dir).ms);
    uncached.push(run(process.execPath, [BIN, "validate", "example.xlsx"], dir).ms);
  }
  const b = median(bare);
  const c = median(cached);
  const u = median(uncached);
  console.log(`startup: node -e 0 ${s(b)}; validate example (saved by LibreOffice) ${s(c)}; validate example (written by new, no cached results) ${s(u)} — medians of ${RUNS}, load average ${loadavg()[0].toFixed(1)}`);
  goal("validate the seed example (cached results) / bare node", `${(c / b).toFixed(1)}×`, "≤ 4×", c / b <= 4);
  goal("validate the seed example (no cached results) / bare node", `${(u / b).toFixed(1)}×`, "≤ 4×", u / b <= 4);
}

export async function benchLarge(dir: string): Promise<void> {
  const lines = Number(process.env.BENCH_LINES || 50_000);
  const t0 = Date.now();
  await saveXlsx(buildWorkbookSpec(generatePlan(lines), { lang: "th" }), join(dir, "large.xlsx"));
  console.log(`large: wrote a plan of ${lines.toLocaleString("en")} budget lines in ${s(Date.now() - t0)}`);
  const cpu = (r: Run) => (r.cpuMs !== undefined ? `, CPU ${s(r.cpuMs)} (user + system)` : "");
  const load = () => `load average ${loadavg()[0].toFixed(1)}`;
  const v = run(process.execPath, [BIN, "validate", "large.xlsx", "--format", "json"], dir);
  const findings = v.stdout ? (JSON.parse(v.stdout) as { files: { findings: unknown[] }[] }).files[0]?.findings.length : undefined;
  console.log(`large: validate ${s(v.ms)}${cpu(v)}, exit ${v.code}, ${findings ?? "?"} findings, peak ${v.peakKb ? `${(v.peakKb / 1024).toFixed(0)} MB` : "?"}, ${load()}${v.code === 2 ? ` — ${v.note}` : ""}`);
  const f = run(process.execPath, [BIN, "fix", "large.xlsx", "-o", "large-fixed.xlsx", "--force"], dir);
  console.log(`large: fix ${s(f.ms)}${cpu(f)}, exit ${f.code}, peak ${f.peakKb ? `${(f.peakKb / 1024).toFixed(0)} MB` : "?"}, ${load()}${f.code === 2 ? ` — ${f.note}` : ""}`);
  goal(`validate ${lines.toLocaleString("en")} lines`, s(v.ms), "≤ 5 s", v.ms <= 5000 && v.code <= 1);
  goal(`fix ${lines.toLocaleString("en")} lines`, s(f.ms), "≤ 10 s", f.ms <= 10_000 && f.code === 0);
  const peak = Math.max(v.peakKb ?? 0, f.peakKb ?? 0);
  if (hasGnuTime) goal("peak memory (validate, fix)", `${(peak / 1024).toFixed(0)} MB`, "≤ 1024 MB", peak <= 1024 * 1024);
  else console.log("large: peak memory not measured (no GNU time on this machine)");
}

export async function benchInstall(dir: string): Promise<void> {
  const nm = join(ROOT, "node_modules");
  // Native code compiled at install time lands in build/Release/*.node (node-gyp); prebuilt binaries that
  // ship in a package (esbuild's, @parcel/watcher's) are not compiled here.
  const compiled: string[] = [];
  // (node_modules/.cache holds the build tools' caches — babel-loader, webpack — not what npm ci installs)
  const cache = join(nm, ".cache");
  const nmBytes = treeBytes(nm, /[\\/]build[\\/]Release[\\/][^\\/]+\.node$/, compiled, cache);
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(0)} MB`;
  console.log(
    `install: node_modules of this checkout: ${mb(nmBytes)} of files (apparent size; du counts more) in ${readdirSync(nm).length} top-level entries, ` +
      `plus ${mb(treeBytes(cache))} of build caches in node_modules/.cache`,
  );
  const keytar = existsSync(join(nm, "keytar"));
  goal(
    "install: native modules compiled by npm ci (node-gyp's build/Release/*.node in node_modules; keytar in the tree)",
    `${compiled.length}${compiled.length ? ` (${compiled.map((f) => f.slice(nm.length + 1)).join(", ")})` : ""}; keytar ${keytar ? "present" : "absent"}`,
    "0; absent",
    compiled.length === 0 && !keytar,
  );
  const npm = process.platform === "win32" ? "npm.cmd" : "npm";
  const packDir = join(dir, "pack");
  mkdirSync(packDir);
  const p = run(npm, ["pack", "--pack-destination", packDir, "--silent"], ROOT);
  const tgz = readdirSync(packDir).find((f) => f.endsWith(".tgz"));
  if (p.code !== 0 || !tgz) {
    console.log("install: npm pack failed");
    return;
  }
  const i = run(npm, ["install", "-g", "--prefix", join(dir, "prefix"), join(packDir, tgz), "--offline", "--no-audit", "--no-fund"], dir);
  const installed = treeBytes(join(dir, "prefix"));
  console.log(
    `install: the packed CLI ${tgz} (${(lstatSync(join(packDir, tgz)).size / 1024 / 1024).toFixed(1)} MB): npm pack ${s(p.ms)} (builds the bundle), ` +
      `npm install -g ${s(i.ms)}, ${(installed / 1024 / 1024).toFixed(1)} MB installed, no dependency`,
  );
  if (process.env.BENCH_INSTALL !== "1") {
    console.log("install: full npm ci not timed (BENCH_INSTALL=1 to time it in a temporary folder)");
    return;
  }
  const ci = join(dir, "ci");
  mkdirSync(ci);
  for (const f of ["package.json", "package-lock.json", ".npmrc"]) copyFileSync(join(ROOT, f), join(ci, f));
  const c = run(npm, ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--prefer-offline"], ci);
  console.log(`install: npm ci (package cache warm, scripts off) ${s(c.ms)}, exit ${c.code}, node_modules ${(treeBytes(join(ci, "node_modules")) / 1024 / 1024).toFixed(0)} MB`);
}

export async function benchCli(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), "bench-cli-"));
  try {
    await benchStartup(dir);
    await benchLarge(dir);
    await benchInstall(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  benchCli().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
