/**
 * Load and check many files, in parallel worker threads when there are several files and CPU cores
 * (each file is independent: read, evaluate with HyperFormula, validate). Results come back in the
 * order of the files. BUDGET_PLAN_JOBS=1 turns the workers off.
 */
import { existsSync, statSync } from "fs";
import { availableParallelism, cpus } from "os";
import { join } from "path";
import { Worker } from "worker_threads";
import type { Plan } from "../core/model";
import type { Finding } from "../core/findings";
import {
  failureMessage,
  loadPlanFile,
  type Problem,
  type ProjectPart,
} from "./load";

/** A file that could not be checked, with a bilingual message (and the stack of a bug). */
export interface FailedOutcome {
  file: string;
  ok: false;
  code: string;
  messages: { th: string; en: string };
  stack?: string;
}

/** A checked file without its plan (what validate reports). */
export interface CheckedOutcome {
  file: string;
  ok: true;
  findings: Finding[];
  problems: Problem[];
}

/** A checked file with its plan (and each project's, for a workbook of several). */
export interface PlanOutcome extends CheckedOutcome {
  plan: Plan;
  projects?: ProjectPart[];
}

export type FileOutcome = PlanOutcome | FailedOutcome;

/** Load one file, never throwing: failures become { ok: false } with a bilingual message (and the stack of a bug). */
export async function loadOutcome(file: string): Promise<FileOutcome> {
  try {
    const l = await loadPlanFile(file);
    return {
      file,
      ok: true,
      plan: l.plan,
      findings: l.findings,
      problems: l.problems,
      ...(l.projects ? { projects: l.projects } : {}),
    };
  } catch (e) {
    const f = failureMessage(e, file);
    const stack =
      f.code === "failed" && e instanceof Error ? e.stack : undefined;
    return { file, ok: false, code: f.code, messages: f.messages, stack };
  }
}

/** The outcome of a file whose worker died (out of memory, or a crash) while checking it. */
function crashed(file: string, err: unknown): FileOutcome {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const oom = code === "ERR_WORKER_OUT_OF_MEMORY";
  return {
    file,
    ok: false,
    code: oom ? "too-large" : "failed",
    messages: oom
      ? {
          th: `ไฟล์ ${file} ใช้หน่วยความจำเกินกำหนดขณะตรวจ จึงข้ามไป`,
          en: `File ${file} needed more memory than allowed while being checked; skipped`,
        }
      : {
          th: `ตรวจไฟล์ ${file} ไม่สำเร็จ (${code ?? String(err)})`,
          en: `Could not check ${file} (${code ?? String(err)})`,
        },
    stack: err instanceof Error ? err.stack : undefined,
  };
}

/** Heap of one worker thread (BUDGET_PLAN_WORKER_HEAP_MB): a file that needs more is reported alone, the others go on. */
function workerHeapMb(): number {
  const env = Number(process.env.BUDGET_PLAN_WORKER_HEAP_MB);
  return Number.isInteger(env) && env >= 16 ? env : 768;
}

/**
 * Work one worker thread must have for it to pay off: a thread starts a V8 isolate of its own that loads the
 * bundle and warms its optimizing compiler again (measured on the 71 bench workbooks, 5.9 MB: each extra
 * isolate cost ~0.6 s of CPU, against ~0.33 ms of CPU per KB of workbook checked). With less than this
 * many bytes for each thread, fewer threads (or none) are started.
 */
export const BYTES_PER_WORKER = 1.5 * 1024 * 1024;

/**
 * How many worker threads to check `files` files of `bytes` bytes in all (1: one after another, in this
 * thread). BUDGET_PLAN_JOBS=N asks for N (1 turns the threads off).
 *
 * Without it the number comes from the work and the cores: one core is left to V8's own threads. Checking
 * one file after another is not one core's work: V8 compiles the hot code with its optimizing compiler and
 * marks the heap on background threads, and on the 71 bench workbooks those took as much CPU as the
 * checks themselves (1.9 s of checks on the main thread, 2.0 s on V8's threads), on the second core. Each
 * worker is an isolate of its own that compiles all that code again, so on 2 cores two workers did 1.4 s
 * more work than one thread and finished later. So: at most cores − 1 workers, and no more than the
 * bytes give BYTES_PER_WORKER each.
 */
export function jobCount(files: number, bytes = Infinity, cores = coreCount()): number {
  const env = Number(process.env.BUDGET_PLAN_JOBS);
  if (Number.isInteger(env) && env > 0) return files >= 2 ? Math.min(env, files) : 1;
  const byWork = Math.floor(bytes / BYTES_PER_WORKER);
  const jobs = Math.min(cores - 1, 4, byWork, files);
  return jobs >= 2 ? jobs : 1;
}

function coreCount(): number {
  return typeof availableParallelism === "function" ? availableParallelism() : cpus().length;
}

/** The total size of the files (unreadable ones count 0: their reading reports them). */
export function totalBytes(files: string[]): number {
  let sum = 0;
  for (const f of files) {
    try {
      const st = statSync(f);
      if (st.isFile()) sum += st.size;
    } catch {
      // reported when the file is read
    }
  }
  return sum;
}

/**
 * A worker thread: in the bundled CLI, bin/budget-plan.js again, which loads the bundled worker entry
 * (build/cli/worker.js) with V8's code cache as it loads the main bundle (a plain `new Worker(worker.js)`
 * would parse and compile it from source in every thread, every run); without the bin (the bundle
 * required directly), the bundled worker itself; from the TypeScript sources (tests, tsx), code that
 * registers tsx and then serves file requests.
 */
function startWorker(): Worker {
  const bundled = join(__dirname, "worker.js");
  // (a --max-old-space-size given to node applies to every thread and takes the place of this limit)
  const opts = { resourceLimits: { maxOldGenerationSizeMb: workerHeapMb() } };
  if (!__filename.endsWith(".ts") && existsSync(bundled)) {
    const bin = (globalThis as Record<symbol, unknown>)[Symbol.for("budget-plan.bin")];
    if (typeof bin === "string") return new Worker(bin, { ...opts, workerData: { budgetPlanWorker: true } });
    return new Worker(bundled, opts);
  }
  return new Worker(workerSource(), { eval: true, ...opts });
}

/** Whether startWorker() can start a worker here (the sources under tsx or jest, or the bundle). */
function canStartWorkers(): boolean {
  return __filename.endsWith(".ts") || existsSync(join(__dirname, "worker.js"));
}

function workerSource(): string {
  const pool = __filename;
  const tsx = require.resolve("tsx/cjs");
  return `
    require(${JSON.stringify(tsx)});
    const { parentPort } = require("worker_threads");
    const { loadOutcome, withoutPlans } = require(${JSON.stringify(pool)});
    parentPort.on("message", async (msg) => {
      const outcome = await loadOutcome(msg.file);
      parentPort.postMessage({ index: msg.index, outcome: msg.plans === false ? withoutPlans(outcome) : outcome });
    });
  `;
}

export interface LoadOptions<P extends boolean = boolean> {
  /**
   * Whether the outcomes carry the plans (consolidate sums them up; validate reports only findings and
   * problems). Without them a worker posts back a few KB per file instead of the whole plan with the
   * places of its cells (~130 KB of objects for a bench workbook) that the main thread would copy in and
   * keep.
   */
  plans?: P;
}

/** An outcome without its plans (see LoadOptions.plans). */
export function withoutPlans(o: FileOutcome): CheckedOutcome | FailedOutcome {
  if (!o.ok) return o;
  return { file: o.file, ok: true, findings: o.findings, problems: o.problems };
}

/** Load all files; `onDone` is called as each one finishes (for progress bars). */
export async function loadAll(files: string[], onDone?: (done: number) => void, options?: LoadOptions<true>): Promise<FileOutcome[]>;
export async function loadAll(
  files: string[],
  onDone: ((done: number) => void) | undefined,
  options: LoadOptions<false>,
): Promise<(CheckedOutcome | FailedOutcome)[]>;
export async function loadAll(
  files: string[],
  onDone?: (done: number) => void,
  options: LoadOptions = {},
): Promise<(FileOutcome | CheckedOutcome)[]> {
  const plans = options.plans ?? true;
  const jobs = jobCount(files.length, totalBytes(files));
  const results: (FileOutcome | CheckedOutcome)[] = new Array(files.length);
  let done = 0;
  if (jobs <= 1 || !canStartWorkers()) {
    for (let i = 0; i < files.length; i++) {
      const o = await loadOutcome(files[i]);
      results[i] = plans ? o : withoutPlans(o);
      done++;
      onDone?.(done);
    }
    return results;
  }
  let next = 0;
  const workers = new Set<Worker>();
  try {
    await new Promise<void>((resolve) => {
      const finish = (index: number, outcome: FileOutcome | CheckedOutcome) => {
        if (results[index]) return;
        results[index] = outcome;
        done++; // not inside onDone?.(…): an absent callback would skip the increment
        onDone?.(done);
        if (done === files.length) resolve();
      };
      const start = () => {
        const w = startWorker();
        workers.add(w);
        let current = -1;
        const feed = () => {
          if (next >= files.length) return;
          current = next++;
          w.postMessage({ index: current, file: files[current], plans });
        };
        w.on("message", (msg: { index: number; outcome: FileOutcome | CheckedOutcome }) => {
          current = -1;
          finish(msg.index, msg.outcome);
          feed();
        });
        // A worker that dies takes only its file with it; a fresh one goes on with the rest.
        const died = (err: unknown) => {
          if (!workers.delete(w)) return;
          if (current >= 0) finish(current, crashed(files[current], err));
          current = -1;
          if (next < files.length) start();
        };
        w.on("error", died);
        w.on("exit", (code) =>
          died(
            Object.assign(new Error(`worker exited with code ${code}`), {
              code: `exit ${code}`,
            }),
          ),
        );
        feed();
      };
      for (let j = 0; j < jobs; j++) start();
    });
  } finally {
    const all = [...workers];
    workers.clear();
    await Promise.all(all.map((w) => w.terminate()));
  }
  return results;
}
