/** Findings → JSON records and human-readable text (Thai or English). */
import { findingMoney, type Finding, type Severity } from "../core/findings";
import { formatBaht, satangToBaht } from "../core/money";
import { monthValueText } from "../core/validation/messages";
import type { Problem } from "./load";
import { clip } from "../core/clip";
import { count } from "../core/plural";
import { cellRef } from "../core/cellRef";

export type Lang = "th" | "en";

export interface FindingRecord {
  rule: string;
  severity: Severity;
  message: string;
  sheet: string | null;
  cell: string | null;
  /** 1-based line of a text document. */
  line: number | null;
  /** Place in a Word document (which has no lines): "paragraph 12", "table 2, row 3" (in the report's language). */
  place: string | null;
  activity: string | null;
  activityName: string | null;
  item: string | null;
  expected: number | string | null;
  actual: number | string | null;
  /** The rate rule a rate finding applied (its full source: docs/rates.md, the rates sheet). */
  rateRule: string | null;
  /** The project the finding is about, only in a file holding several projects. */
  project?: string;
  /** The details line: the spreadsheet formula a message says in words ("สูตร =PRODUCT(E5,F5,H5)"). */
  detail: string | null;
}

export interface FileRecord {
  file: string;
  findings: FindingRecord[];
  problems?: { line: number | null; message: string }[];
  error?: { code: string; message: string };
}

function value(f: Finding, v: number | string | undefined): number | string | null {
  if (v === undefined) return null;
  if (f.valueKind === "money" && typeof v === "number") return satangToBaht(findingMoney(v));
  return v;
}

export function findingRecord(f: Finding, lang: Lang): FindingRecord {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message[lang],
    sheet: f.sheet ?? null,
    cell: f.cell ?? null,
    line: f.line ?? null,
    place: f.place?.[lang] ?? null,
    activity: f.activityId ?? null,
    activityName: f.activityName ?? null,
    item: f.item ?? null,
    expected: value(f, f.expected),
    actual: value(f, f.actual),
    rateRule: f.rateRule ?? null,
    ...(f.project ? { project: f.project } : {}),
    detail: f.detail?.[lang] ?? null,
  };
}

export function problemRecord(p: Problem, lang: Lang): { line: number | null; message: string } {
  return { line: p.line ?? null, message: p.message[lang] };
}

const SEVERITY_LABEL: Record<Severity, { th: string; en: string }> = {
  error: { th: "ข้อผิดพลาด", en: "Errors" },
  warning: { th: "คำเตือน", en: "Warnings" },
  info: { th: "ข้อสังเกต", en: "Notes" },
};

export function countBySeverity(findings: Finding[]): Record<Severity, number> {
  const out: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of findings) out[f.severity]++;
  return out;
}

function shown(f: Finding, v: number | string | undefined, lang: Lang): string {
  if (v === undefined) return "";
  if (f.valueKind === "money" && typeof v === "number") return formatBaht(findingMoney(v), lang);
  if (f.valueKind === "month" && typeof v === "string") return monthValueText(v, lang);
  return String(v);
}

function location(f: Finding, lang: Lang): string {
  if (f.sheet && f.cell) return `${cellRef(f.sheet, f.cell)}`;
  if (f.cell) return f.cell;
  if (f.sheet) return f.sheet;
  if (f.place && f.rule !== "read-problem") return f.place[lang];
  if (f.line !== undefined && f.rule !== "read-problem") return lang === "th" ? `บรรทัด ${f.line}` : `line ${f.line}`;
  return "";
}

/** One finding as a text line (without indentation). */
export function findingLine(f: Finding, lang: Lang): string {
  const loc = location(f, lang);
  // in a file of several projects, each finding names its project
  const project = f.project && !f.message[lang].includes(f.project) ? `${f.project}: ` : "";
  let line = (loc ? `[${loc}] ` : "") + project + f.message[lang];
  // expected/actual are added only when the message does not already state them
  const said = (v: string) => v !== "" && f.message[lang].includes(v);
  const exp = said(shown(f, f.expected, lang)) ? "" : shown(f, f.expected, lang);
  const act = said(shown(f, f.actual, lang)) ? "" : shown(f, f.actual, lang);
  if (exp || act) {
    const parts: string[] = [];
    if (exp) parts.push(lang === "th" ? `ควรเป็น ${exp}` : `expected ${exp}`);
    if (act) parts.push(lang === "th" ? `พบ ${act}` : `found ${act}`);
    line += ` (${parts.join(", ")})`;
  }
  if (f.detail) line += ` [${f.detail[lang]}]`;
  // a merged finding names every check it holds (one cell, one item: the reading note beside the allocation gap)
  return `${line}  {${[f.rule, ...(f.also ?? [])].join(", ")}}`;
}

/** The text report for one file. */
export function fileText(file: string, findings: Finding[], problems: Problem[], lang: Lang): string {
  const out: string[] = [file];
  const counts = countBySeverity(findings);
  for (const sev of ["error", "warning", "info"] as Severity[]) {
    const list = findings.filter((f) => f.severity === sev);
    if (!list.length) continue;
    out.push(`  ${SEVERITY_LABEL[sev][lang]} (${list.length})`);
    for (const f of list) out.push(`    - ${findingLine(f, lang)}`);
  }
  if (problems.length) {
    out.push(lang === "th" ? `  ปัญหาในการอ่าน (${problems.length})` : `  Reading problems (${problems.length})`);
    for (const p of problems) out.push(`    - ${problemLine(p, lang)}`);
  }
  if (!findings.length) out.push(lang === "th" ? "  ไม่พบปัญหา" : "  No problems found");
  out.push(
    lang === "th"
      ? `  สรุป: ข้อผิดพลาด ${counts.error}, คำเตือน ${counts.warning}, ข้อสังเกต ${counts.info}`
      : `  Summary: ${count(counts.error, "error", "errors")}, ${count(counts.warning, "warning", "warnings")}, ${count(counts.info, "note", "notes")}`,
  );
  return out.join("\n");
}

export function problemLine(p: Problem, lang: Lang): string {
  const where = p.line !== undefined ? (lang === "th" ? `บรรทัด ${p.line}: ` : `line ${p.line}: `) : "";
  const text = p.text ? ` — "${clip(p.text, 80)}"` : "";
  return where + p.message[lang] + text;
}
