/**
 * budget-plan inspect <doc.docx|doc.txt>: what was read from a project document and where — the project's
 * fields, activities, budget lines, totals and reading problems, each with its place in the document
 * ("ย่อหน้า 12" / "paragraph 12", "ตาราง 2 แถว 3" / "table 2, row 3"; in a text "บรรทัด 12" / "line 12"), and
 * every table row as it was read (cells apart, merged cells as empty cells), so a reviewer sees how the
 * document's tables became the plan.
 */
import { formatBaht } from "../../core/money";
import { lineAmountAsWritten } from "../../core/budget";
import { compareMonths, formatMonth } from "../../core/calendar";
import { checkProjectText } from "../../import/check";
import type { SourceMap } from "../../import/index";
import type { Plan } from "../../core/model";
import { placeLabel, placeProblems, readDocx, type DocxText } from "../docx";
import { decodeText } from "../../import/decode";
import { clip } from "../../core/clip";

type Lang = "th" | "en";
type Label = { th: string; en: string };

/** The document as lines of text, each with its place (a Word paragraph or table row, a line of a text). */
interface Source {
  kind: "docx" | "text";
  paragraphs: number;
  tables: number;
  lines: { text: string; label: Label }[];
}

export interface DocumentExplanation {
  kind: "docx" | "text";
  paragraphs: number;
  tables: number;
  lines: { line: number; place: string; text: string }[];
  project: { field: string; value: string; place: string | null }[];
  /** Each activity as read: its months ("พ.ย. 2568 – ธ.ค. 2568") and owners when the document states them. */
  activities: { id: string; name: string; months?: string; owners?: string[]; place: string | null }[];
  budgetLines: { id: string; activity: string; item: string; amount: number | null; place: string | null }[];
  subtotals: { activity: string; amount: number; place: string | null }[];
  /** The budget lines are the whole project's (one list, no activity heading): their activity is "?". */
  linesOfProject?: true;
  problems: string[];
}

function docxSource(doc: DocxText): Source {
  return {
    kind: "docx",
    paragraphs: new Set(doc.lines.filter((l) => l.place?.paragraph !== undefined && l.place.table === undefined).map((l) => l.place!.paragraph)).size,
    tables: new Set(doc.lines.filter((l) => l.place?.table !== undefined).map((l) => l.place!.table)).size,
    lines: doc.lines.map((l) => ({ text: l.text, label: placeLabel(l.place) })),
  };
}

const lineLabel = (n: number): Label => ({ th: `บรรทัด ${n}`, en: `line ${n}` });

/** What was read from a Word document, with places, in one language. */
export function explainDocument(doc: DocxText, plan: Plan, src: SourceMap, problems: string[], lang: Lang): DocumentExplanation {
  return explainSource(docxSource(doc), plan, src, problems, lang);
}

function explainSource(doc: Source, plan: Plan, src: SourceMap, problems: string[], lang: Lang): DocumentExplanation {
  const w = (line: number | undefined) => (line === undefined ? null : (doc.lines[line - 1]?.label ?? placeLabel(undefined))[lang]);
  const p = plan.project;
  const field = (name: { th: string; en: string }, value: string | undefined, line: number | undefined) =>
    value ? [{ field: name[lang], value, place: w(line) }] : [];
  const baht = (v: number | null | undefined) => (v === null || v === undefined ? undefined : formatBaht(v as never, lang));
  const period = p.periodStart && p.periodEnd ? `${formatMonth(p.periodStart, lang)} – ${formatMonth(p.periodEnd, lang)}` : undefined;
  return {
    kind: doc.kind,
    paragraphs: doc.paragraphs,
    tables: doc.tables,
    lines: doc.lines.map((l, i) => ({ line: i + 1, place: l.label[lang], text: l.text })),
    project: [
      ...field({ th: "ชื่อโครงการ", en: "Project" }, p.name, src.name),
      ...field({ th: "ผู้รับผิดชอบ", en: "Owner" }, p.owner, src.owner),
      ...field({ th: "กลุ่มงาน/หน่วยงาน", en: "Department" }, p.department, undefined),
      ...field({ th: "แผนงาน", en: "Work plan" }, p.workPlan, undefined),
      ...field({ th: "ปีงบประมาณ", en: "Fiscal year" }, p.fiscalYear ? (lang === "th" ? `${p.fiscalYear}` : `${p.fiscalYear} BE`) : undefined, undefined),
      ...field({ th: "สถานที่", en: "Place" }, p.place, undefined),
      ...field({ th: "ระยะเวลา", en: "Period" }, period, src.period),
      ...field({ th: "งบประมาณที่ได้รับ", en: "Allocation" }, baht(p.allocation), src.allocation),
      ...field({ th: "รวมทั้งสิ้นที่ระบุ", en: "Stated total" }, baht(p.statedTotal), src.statedTotal),
    ],
    activities: plan.activities.map((a) => ({
      id: a.id,
      name: a.name,
      ...(a.start && a.end ? { months: compareMonths(a.start, a.end) === 0 ? formatMonth(a.start, lang) : `${formatMonth(a.start, lang)} – ${formatMonth(a.end, lang)}` } : {}),
      ...(a.owners.length ? { owners: a.owners } : {}),
      place: w(src.activities[a.id] ?? src.blocks[a.id]),
    })),
    budgetLines: plan.budgetLines.map((l) => {
      const amount = lineAmountAsWritten(l);
      return { id: l.id, activity: l.activityId, item: l.item, amount: amount === null ? null : amount / 100, place: w(src.lines[l.id]) };
    }),
    subtotals: plan.subtotals.map((s) => ({ activity: s.activityId, amount: s.statedAmount / 100, place: w(s.line ?? src.subtotals[s.activityId]) })),
    problems,
  };
}

export function documentText(file: string, e: DocumentExplanation, lang: Lang): string {
  const th = lang === "th";
  const out: string[] = [file];
  if (e.kind === "text")
    out.push(
      th
        ? `  แบบ: ไฟล์ข้อความโครงการ — ${e.lines.length} บรรทัด (ช่องของแถวตารางแยกด้วย |)`
        : `  Shape: a project text: ${e.lines.length} lines (table cells shown apart with |)`,
    );
  else
    out.push(
      th
        ? `  แบบ: เอกสาร Word (.docx) — ${e.paragraphs} ย่อหน้า, ${e.tables} ตาราง อ่านเป็นข้อความ ${e.lines.length} บรรทัด (แถวตารางแยกช่องด้วย |)`
        : `  Shape: a Word document (.docx): ${e.paragraphs} paragraphs, ${e.tables} tables, read as ${e.lines.length} lines of text (table cells shown apart with |)`,
    );
  const where = (p: string | null) => (p ? `  [${p}]` : "");
  for (const f of e.project) out.push(`  ${f.field}: ${f.value}${where(f.place)}`);
  out.push(th ? `  กิจกรรม (${e.activities.length})` : `  Activities (${e.activities.length})`);
  for (const a of e.activities) out.push(`    ${a.id} ${clip(a.name, 60)}${a.months ? ` — ${a.months}` : ""}${a.owners ? ` — ${clip(a.owners.join(", "), 60)}` : ""}${where(a.place)}`);
  out.push(th ? `  รายการงบประมาณ (${e.budgetLines.length})` : `  Budget lines (${e.budgetLines.length})`);
  for (const l of e.budgetLines) {
    const amount = l.amount === null ? "—" : formatBaht(Math.round(l.amount * 100) as never, lang);
    // "?": a line of the whole project (a memo's one list of lines), under no activity
    // (or, in a document with activity headings, a line under none of them)
    const none = e.linesOfProject ? (th ? "ทั้งโครงการ (ไม่แยกกิจกรรม)" : "whole project (no activity)") : th ? "ไม่อยู่ใต้หัวข้อกิจกรรมใด" : "under no activity heading";
    const whose = l.activity === "?" ? none : `${th ? "กิจกรรม" : "activity"} ${l.activity}`;
    out.push(`    ${whose}: ${clip(l.item, 50)} = ${amount}${where(l.place)}`);
  }
  for (const s of e.subtotals) out.push(`  ${th ? "รวมกิจกรรม" : "Subtotal of activity"} ${s.activity}: ${formatBaht(Math.round(s.amount * 100) as never, lang)}${where(s.place)}`);
  const rows = e.lines.filter((l) => l.text.includes("\t"));
  if (rows.length) {
    out.push(th ? "  แถวตารางตามที่อ่าน" : "  Table rows as read");
    for (const r of rows) out.push(`    [${r.place}] ${r.text.split("\t").map((c) => clip(c, 40)).join(" | ")}`);
  }
  for (const p of e.problems) out.push(`  ${th ? "หมายเหตุการอ่าน" : "Reading note"}: ${p}`);
  return out.join("\n");
}

/** Reads and explains a Word document; undefined plan when none was found (the caller exits 2). */
export function inspectDocx(buf: Buffer, file: string, lang: Lang): { explanation: DocumentExplanation; planFound: boolean } {
  const doc = readDocx(buf, file);
  const checked = checkProjectText(doc.text);
  const problems = [...placeProblems(checked.problems, doc.lines).map((p) => p.message[lang]), ...doc.notes.map((n) => n[lang])];
  return { explanation: withProjectLines(explainDocument(doc, checked.plan, checked.sources, problems, lang), checked.problems), planFound: checked.planFound };
}

/** Reads and explains a project text (.txt) the way a Word document is: places are its lines. */
export function inspectText(buf: Buffer, lang: Lang): { explanation: DocumentExplanation; planFound: boolean } {
  const text = decodeText(buf);
  const lines = text.split(/\r\n|\r|\n/);
  const checked = checkProjectText(text);
  const problems = checked.problems.map((p) => (p.line > 0 ? `${lineLabel(p.line)[lang]}: ${p.message[lang]}` : p.message[lang]));
  const source: Source = { kind: "text", paragraphs: lines.length, tables: 0, lines: lines.map((t, i) => ({ text: t, label: lineLabel(i + 1) })) };
  return { explanation: withProjectLines(explainSource(source, checked.plan, checked.sources, problems, lang), checked.problems), planFound: checked.planFound };
}

/** Marks an explanation whose budget lines are the whole project's (the reader's lines-for-project note). */
function withProjectLines(e: DocumentExplanation, problems: readonly { code: string }[]): DocumentExplanation {
  return problems.some((p) => p.code === "lines-for-project") ? { ...e, linesOfProject: true } : e;
}
