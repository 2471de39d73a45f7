/**
 * A worker thread of the bundled CLI (build/cli/worker.js, loaded by bin/budget-plan.js with V8's code
 * cache): loads and checks the files it is sent, one at a time, and posts each outcome back (see pool.ts).
 */
import { parentPort } from "worker_threads";
import { loadOutcome, withoutPlans } from "./pool";

/** bin/budget-plan.js: writes the code caches of the bundles this thread loaded without one. */
const saveCodeCaches = (globalThis as Record<symbol, unknown>)[Symbol.for("budget-plan.saveCodeCaches")] as (() => void) | undefined;

parentPort?.on("message", (msg: { index: number; file: string; plans?: boolean }) => {
  void loadOutcome(msg.file).then((outcome) => {
    parentPort?.postMessage({ index: msg.index, outcome: msg.plans === false ? withoutPlans(outcome) : outcome });
    // after a file, so the functions that checking compiled are in the cache
    saveCodeCaches?.();
  });
});
