/**
 * Load and check many files, in parallel worker threads when there are several files and CPU cores
 * (each file is independent: read, evaluate with HyperFormula, validate). Results come back in the
 * order of the files. BUDGET_PLAN_JOBS=1 turns the workers off.
 */
import { existsSync } from "fs";
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

export type FileOutcome =
  | {
      file: string;
      ok: true;
      plan: Plan;
      findings: Finding[];
      problems: Problem[];
      projects?: ProjectPart[];
    }
  | {
      file: string;
      ok: false;
      code: string;
      messages: { th: string; en: string };
      stack?: string;
    };

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

export function jobCount(files: number): number {
  const env = Number(process.env.BUDGET_PLAN_JOBS);
  const cores =
    typeof availableParallelism === "function"
      ? availableParallelism()
      : cpus().length;
  const wanted = Number.isInteger(env) && env > 0 ? env : Math.min(cores, 4);
  // Workers cost a start-up (module loading) each: worth it only for several files.
  return files >= 8 ? Math.max(1, Math.min(wanted, files)) : 1;
}

/**
 * A worker thread: in the bundled CLI, the bundled worker entry next to this file (build/cli/worker.js);
 * from the TypeScript sources (tests, tsx), code that registers tsx and then serves file requests.
 */
function startWorker(): Worker {
  const bundled = join(__dirname, "worker.js");
  // (a --max-old-space-size given to node applies to every thread and takes the place of this limit)
  const opts = { resourceLimits: { maxOldGenerationSizeMb: workerHeapMb() } };
  if (!__filename.endsWith(".ts") && existsSync(bundled))
    return new Worker(bundled, opts);
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
    const { loadOutcome } = require(${JSON.stringify(pool)});
    parentPort.on("message", async (msg) => {
      const outcome = await loadOutcome(msg.file);
      parentPort.postMessage({ index: msg.index, outcome });
    });
  `;
}

/** Load all files; `onDone` is called as each one finishes (for progress bars). */
export async function loadAll(
  files: string[],
  onDone?: (done: number) => void,
): Promise<FileOutcome[]> {
  const jobs = jobCount(files.length);
  const results: FileOutcome[] = new Array(files.length);
  let done = 0;
  if (jobs <= 1 || !canStartWorkers()) {
    for (let i = 0; i < files.length; i++) {
      results[i] = await loadOutcome(files[i]);
      done++;
      onDone?.(done);
    }
    return results;
  }
  let next = 0;
  const workers = new Set<Worker>();
  try {
    await new Promise<void>((resolve) => {
      const finish = (index: number, outcome: FileOutcome) => {
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
          w.postMessage({ index: current, file: files[current] });
        };
        w.on("message", (msg: { index: number; outcome: FileOutcome }) => {
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
