/**
 * Benchmark: importing a 1 MB Thai project document (goal: under 1 s).
 *
 * Two documents of at least 1 MB (1,048,576 bytes of UTF-8): the seed repeated (many report and
 * proposal parts) and one large proposal (about a thousand activities and budget blocks to match by
 * name). Each is imported once cold and then a few times warm; the wall-clock and CPU times are
 * printed. Run alone with `npx tsx bench/import.ts`, or through bench/run.ts.
 */
import { importProjectText } from "../src/import";
import { bigProposal, repeatedSeed } from "./importDocs";

export interface ImportBenchResult {
  name: string;
  bytes: number;
  coldMs: number;
  warmMs: number;
  cpuColdMs: number;
  activities: number;
  budgetLines: number;
  problems: number;
}

function timeOnce(doc: string): { ms: number; cpuMs: number; result: ReturnType<typeof importProjectText> } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const result = importProjectText(doc);
  const ms = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { ms, cpuMs: (c.user + c.system) / 1000, result };
}

/** Prints the time to import 1 MB documents (see measureImport for the figures). */
export async function benchImport(): Promise<void> {
  await measureImport();
}

export async function measureImport(warmRuns = 3): Promise<ImportBenchResult[]> {
  const docs: [string, string][] = [
    ["large proposal", bigProposal()],
    ["seed repeated", repeatedSeed()],
  ];
  const out: ImportBenchResult[] = [];
  for (const [name, doc] of docs) {
    const cold = timeOnce(doc);
    let best = Infinity;
    for (let i = 0; i < warmRuns; i++) best = Math.min(best, timeOnce(doc).ms);
    const r: ImportBenchResult = {
      name,
      bytes: Buffer.byteLength(doc, "utf8"),
      coldMs: Math.round(cold.ms),
      warmMs: Math.round(best),
      cpuColdMs: Math.round(cold.cpuMs),
      activities: cold.result.plan.activities.length,
      budgetLines: cold.result.plan.budgetLines.length,
      problems: cold.result.problems.length,
    };
    out.push(r);
    const verdict = r.coldMs < 1000 ? "ok" : "over the 1 s goal";
    console.log(
      `import ${name}: ${(r.bytes / 1048576).toFixed(2)} MB, cold ${r.coldMs} ms (CPU ${r.cpuColdMs} ms), best warm ${r.warmMs} ms — ` +
        `${r.activities} activities, ${r.budgetLines} budget lines, ${r.problems} problems [${verdict}]`,
    );
  }
  return out;
}

if (require.main === module) {
  benchImport().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}
