/**
 * A worker thread of the bundled CLI (build/cli/worker.js): loads and checks the files it is sent, one at
 * a time, and posts each outcome back (see pool.ts).
 */
import { parentPort } from "worker_threads";
import { loadOutcome } from "./pool";

parentPort?.on("message", (msg: { index: number; file: string }) => {
  void loadOutcome(msg.file).then((outcome) => parentPort?.postMessage({ index: msg.index, outcome }));
});
