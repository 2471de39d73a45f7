/**
 * Reading accuracy on the corpus (test/corpus): every workbook (test/corpus/workbooks/*.xlsx) and every
 * project text (test/corpus/texts/*.txt) is checked as `budget-plan validate` checks it, and its error and
 * warning findings are compared with the file's key (<name>.key.json, format in test/corpus/README.md):
 * a finding is a true positive when a planted entry has the same rule and location, a false positive
 * otherwise; a planted entry with no finding is a miss. A file whose key says `unusable` must be refused.
 *
 *   npm run accuracy            recall and precision per rule kind, for workbooks and texts, then every
 *                               miss and every false finding
 */
import { existsSync, readdirSync, readFileSync } from "fs";
import { join, resolve } from "path";
import { loadPlanFile, failureMessage } from "../src/cli/load";
import type { Finding } from "../src/core/findings";

export const CORPUS = resolve(__dirname, "../test/corpus");

export interface KeyEntry {
  rule: string;
  at: string;
  note?: string;
}
export interface CorpusKey {
  description: string;
  planted: KeyEntry[];
  correct: { at: string; note?: string }[];
  unusable?: boolean;
  /** A control file: no mistake on purpose, nothing may be flagged. */
  control?: boolean;
}

/** Corpus folders: workbooks (.xlsx), project texts (.txt) and Word project documents (.docx). */
export type CorpusKind = "workbooks" | "texts" | "texts-docx";
const EXT: Record<CorpusKind, string> = { workbooks: ".xlsx", texts: ".txt", "texts-docx": ".docx" };

export interface FileScore {
  file: string;
  kind: CorpusKind;
  /** Planted entries found. */
  hits: KeyEntry[];
  misses: KeyEntry[];
  /** Error/warning findings that match no planted entry (rule @ location, message). */
  falses: { rule: string; at: string; message: string }[];
  /** Correct lines that got an error or warning. */
  correctFlagged: string[];
}

/** Where a finding points: "Sheet!A1" for workbooks, "line N" for texts, "paragraph N" / "table T, row R" for Word documents. */
export function locationOf(f: Finding): string {
  if (f.place) return f.place.en;
  if (f.line !== undefined) return `line ${f.line}`;
  if (f.sheet && f.cell) return `${f.sheet}!${f.cell}`;
  return "";
}

export function corpusFiles(kind: CorpusKind, dirOverride?: string): { file: string; keyFile: string }[] {
  const dir = dirOverride ?? join(CORPUS, kind);
  if (!existsSync(dir)) return [];
  const ext = EXT[kind];
  // the folder and its subfolders one level down (e.g. workbooks/blind: files made by a tester, generators beside them)
  const dirs = [dir, ...readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => join(dir, d.name)).sort()];
  return dirs.flatMap((d) =>
    readdirSync(d)
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => ({ file: join(d, f), keyFile: join(d, f.slice(0, -ext.length) + ".key.json") }))
      .filter((x) => existsSync(x.keyFile)),
  );
}

export async function scoreFile(file: string, key: CorpusKey, kind: CorpusKind): Promise<FileScore> {
  const score: FileScore = { file, kind, hits: [], misses: [], falses: [], correctFlagged: [] };
  let findings: Finding[];
  try {
    findings = (await loadPlanFile(file)).findings;
  } catch (e) {
    const f = failureMessage(e, file);
    if (key.unusable) score.hits.push({ rule: "unusable", at: "" });
    else {
      score.misses.push(...key.planted);
      score.falses.push({ rule: "unusable", at: "", message: f.messages.en });
    }
    return score;
  }
  if (key.unusable) {
    score.misses.push({ rule: "unusable", at: "", note: "the file is not a plan but was read as one" });
    return score;
  }
  const counted = findings.filter((f) => f.severity === "error" || f.severity === "warning");
  const seen = new Set<string>();
  const planted = new Set(key.planted.map((p) => `${p.rule}|${p.at}`));
  const found = new Set<string>();
  for (const f of counted) {
    const at = locationOf(f);
    // one finding per cell may say several things: its rule and the rules it also stands for
    const rules = [f.rule, ...((f as Finding & { also?: string[] }).also ?? [])];
    const k = `${f.rule}|${at}`;
    if (seen.has(k)) continue;
    seen.add(k);
    const matched = rules.map((r) => `${r}|${at}`).filter((x) => planted.has(x));
    if (matched.length) for (const m of matched) found.add(m);
    else score.falses.push({ rule: f.rule, at, message: f.message.en });
  }
  for (const p of key.planted) (found.has(`${p.rule}|${p.at}`) ? score.hits : score.misses).push(p);
  const flaggedAt = new Set(score.falses.map((x) => x.at));
  for (const c of key.correct) if (flaggedAt.has(c.at)) score.correctFlagged.push(c.at);
  return score;
}

export async function scoreCorpus(kind: CorpusKind, dir?: string): Promise<FileScore[]> {
  const out: FileScore[] = [];
  for (const { file, keyFile } of corpusFiles(kind, dir)) {
    const key = JSON.parse(readFileSync(keyFile, "utf8")) as CorpusKey;
    out.push(await scoreFile(file, key, kind));
  }
  return out;
}

export interface Tally {
  tp: number;
  fn: number;
  fp: number;
}
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);
export const recall = (t: Tally) => ratio(t.tp, t.tp + t.fn);
export const precision = (t: Tally) => ratio(t.tp, t.tp + t.fp);

export function tallies(scores: FileScore[]): { byRule: Map<string, Tally>; all: Tally } {
  const byRule = new Map<string, Tally>();
  const all: Tally = { tp: 0, fn: 0, fp: 0 };
  const get = (r: string) => byRule.get(r) ?? (byRule.set(r, { tp: 0, fn: 0, fp: 0 }), byRule.get(r)!);
  for (const s of scores) {
    for (const h of s.hits) {
      get(h.rule).tp++;
      all.tp++;
    }
    for (const m of s.misses) {
      get(m.rule).fn++;
      all.fn++;
    }
    for (const f of s.falses) {
      get(f.rule).fp++;
      all.fp++;
    }
  }
  return { byRule, all };
}

function report(kind: CorpusKind, scores: FileScore[]): string[] {
  const out: string[] = [];
  const { byRule, all } = tallies(scores);
  const pct = (x: number) => x.toFixed(3);
  out.push(`${kind}: ${scores.length} files`);
  out.push(`  ${"kind".padEnd(26)} planted found missed false  recall precision`);
  for (const [rule, t] of [...byRule.entries()].sort()) {
    out.push(`  ${rule.padEnd(26)} ${String(t.tp + t.fn).padStart(7)} ${String(t.tp).padStart(5)} ${String(t.fn).padStart(6)} ${String(t.fp).padStart(5)}  ${pct(recall(t))}  ${pct(precision(t))}`);
  }
  out.push(`  ${"ALL".padEnd(26)} ${String(all.tp + all.fn).padStart(7)} ${String(all.tp).padStart(5)} ${String(all.fn).padStart(6)} ${String(all.fp).padStart(5)}  ${pct(recall(all))}  ${pct(precision(all))}`);
  const flagged = scores.reduce((n, s) => n + s.correctFlagged.length, 0);
  const correct = scores.length ? flagged : 0;
  out.push(`  correct lines flagged: ${correct}`);
  for (const s of scores) {
    const name = s.file.startsWith(CORPUS) ? s.file.slice(CORPUS.length + 1) : s.file;
    for (const m of s.misses) out.push(`  MISS  ${name}  ${m.rule} @ ${m.at || "—"}${m.note ? `  (${m.note})` : ""}`);
    for (const f of s.falses) out.push(`  FALSE ${name}  ${f.rule} @ ${f.at || "—"}  ${f.message.slice(0, 140)}`);
  }
  return out;
}

async function main(): Promise<void> {
  const lines: string[] = [];
  // --dir <folder>: score the workbooks of another folder (e.g. freshly generated ones) instead
  const i = process.argv.indexOf("--dir");
  const dir = i > 0 ? resolve(process.argv[i + 1]) : undefined;
  for (const kind of dir ? (["workbooks"] as const) : (["workbooks", "texts", "texts-docx"] as const)) {
    const scores = await scoreCorpus(kind, dir);
    lines.push(...report(kind, scores), "");
  }
  console.log(lines.join("\n"));
}

if (require.main === module) {
  process.env.BUDGET_PLAN_JOBS ??= "1";
  main().catch((e) => {
    console.error(e);
    process.exit(3);
  });
}
