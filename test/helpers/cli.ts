/**
 * budget-plan run as a user runs it: `node bin/budget-plan.js …` as a child process, in the language the
 * machine would choose (BUDGET_PLAN_LANG cleared), with the report's JSON shape for `--format json`.
 */
import { spawnSync } from "child_process";
import { join, resolve } from "path";

export const ROOT = resolve(__dirname, "..", "..");
export const BIN = join(ROOT, "bin", "budget-plan.js");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs the CLI in `cwd`; a run that cannot start or is killed at `timeout` throws. */
export function runCli(cwd: string, args: string[], opts: { env?: Record<string, string>; timeout?: number } = {}): CliRun {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, BUDGET_PLAN_LANG: "", ...opts.env },
    timeout: opts.timeout ?? 300_000,
    killSignal: "SIGKILL",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** A finding as `--format json` writes it. */
export interface JsonFinding {
  rule: string;
  severity: string;
  message: string;
  sheet: string | null;
  cell: string | null;
  activity: string | null;
  activityName: string | null;
  item: string | null;
  expected: number | string | null;
  actual: number | string | null;
}

export interface JsonReport {
  files: { file: string; findings: JsonFinding[]; error?: { code: string; message: string } }[];
}

export function jsonReport(r: CliRun): JsonReport {
  return JSON.parse(r.stdout) as JsonReport;
}
