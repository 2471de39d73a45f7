/**
 * Load one input file for the CLI: an .xlsx plan workbook, a Thai project text file or a Word project
 * document (.docx, read as a text: ./docx.ts). Returns the plan,
 * its findings and any reading problems; throws InputError (or XlsxReadError) for unusable input.
 */
import { extname } from "path";
import type { Plan } from "../core/model";
import type { Finding } from "../core/findings";
import { severityOrder } from "../core/findings";
import { checkProjectText } from "../import/check";
import { decodeText as decodeBytes } from "../import/decode";
import { validateWorkbook } from "../workbook";
import type { WorkbookSnapshot } from "../workbook/types";
import type { WorkbookValidation } from "../workbook/validateWorkbook";
import { monthCellFindings } from "../workbook/monthCells";
import { isEmptyPlan, planSets, snapshotOfSet } from "../workbook/planSets";
import {
  readInputBytes,
  readXlsxBytes,
  type ReadNote,
} from "../adapters/xlsx/read";
import { XlsxReadError } from "../adapters/xlsx/errors";
import { isDocxPackage, placeFindings, readDocx } from "./docx";

export class InputError extends Error {
  readonly file: string;
  readonly code: string;
  readonly messages: { th: string; en: string };
  constructor(
    code: string,
    file: string,
    messages: { th: string; en: string },
  ) {
    super(messages.en);
    this.name = "InputError";
    this.code = code;
    this.file = file;
    this.messages = messages;
  }
}

export interface Problem {
  line?: number;
  text?: string;
  message: { th: string; en: string };
}

export interface LoadedPlan {
  file: string;
  kind: FileKind;
  plan: Plan;
  findings: Finding[];
  problems: Problem[];
  snapshot?: WorkbookSnapshot;
  /** A workbook holding several hand-made projects (a sheet each): each project checked on its own. */
  projects?: ProjectPart[];
}

/** One project of a workbook that holds several: its sheet, its plan and its own findings. */
export interface ProjectPart {
  sheet: string;
  /** Its rows, when several projects are written one after another on one sheet. */
  rows?: { from: number; to: number };
  name: string;
  plan: Plan;
  findings: Finding[];
}

export type FileKind = "xlsx" | "text" | "docx";

const XLSX_EXT = new Set([".xlsx", ".xlsm"]);
/** Word documents read as project texts (a .doc or a password-protected .docx is refused with what to do). */
export const DOCX_EXT = new Set([".docx", ".docm", ".dotx", ".doc"]);
const TEXT_EXT = new Set([".txt", ".text", ".md"]);

/** Read a file's bytes, turning filesystem failures (and oversized files) into XlsxReadError. */
async function readBytes(file: string): Promise<Buffer> {
  return readInputBytes(file, file);
}

/** Decode a text document: UTF-8 unless the bytes clearly are not (see src/import/decode.ts). */
export function decodeText(buf: Buffer): string {
  return decodeBytes(buf);
}

/** The error for a text in which no project plan is found (a CSV, an image renamed .txt, a letter). */
export function noPlanError(file: string): InputError {
  return new InputError("not-a-plan", file, {
    th: `ไม่พบแผนโครงการใน ${file} (ไม่มีชื่อโครงการ กิจกรรม หรือรายการงบประมาณ) — ใช้ไฟล์ข้อความของโครงการ หรือไฟล์ .xlsx ของแม่แบบ`,
    en: `no project plan found in ${file} (no project name, activities or budget lines); use a project text file or a template .xlsx`,
  });
}

/** A project text by name (.txt, .text, .md) or, with no Office extension, by content (not a zip, no NUL bytes). */
export function isTextInput(file: string, buf: Buffer): boolean {
  const ext = extname(file).toLowerCase();
  if (TEXT_EXT.has(ext)) return true;
  return !XLSX_EXT.has(ext) && !DOCX_EXT.has(ext) && ext !== ".xls" && !isZip(buf) && !looksBinary(buf);
}

function isZip(buf: Buffer): boolean {
  return buf.length >= 4 && buf[0] === 0x50 && buf[1] === 0x4b;
}

function looksBinary(buf: Buffer): boolean {
  const n = Math.min(buf.length, 4096);
  for (let i = 0; i < n; i++) if (buf[i] === 0) return true;
  return false;
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings
    .map((f, i) => ({ f, i }))
    .sort(
      (a, b) =>
        severityOrder[a.f.severity] - severityOrder[b.f.severity] || a.i - b.i,
    )
    .map((x) => x.f);
}

/**
 * Validate a snapshot as a plan workbook. Throws InputError when it is not a plan. `notes` from the
 * reader become reading problems (cells or sheets left out) and bad-number findings (a number cell
 * holding NaN, Infinity or a subnormal number) where the plan reader has not reported that cell.
 */
export function validatePlanWorkbook(
  snapshot: WorkbookSnapshot,
  file: string,
  notes: ReadNote[] = [],
): { plan: Plan; findings: Finding[]; problems: Problem[]; validation: WorkbookValidation } {
  const result = validateWorkbook(snapshot);
  const skipped = notes
    .filter((n) => n.kind !== "bad-number")
    .map((n) => ({ message: n.message }));
  if (!result.isPlan) {
    const names = snapshot.sheets.map((s) => s.name).join(", ");
    const why = skipped.length
      ? {
          th: ` — ${skipped.map((p) => p.message.th).join("; ")}`,
          en: `; ${skipped.map((p) => p.message.en).join("; ")}`,
        }
      : { th: "", en: "" };
    throw new InputError("not-a-plan", file, {
      th: `ไม่พบแผนโครงการในไฟล์ ${file} (ไม่พบแผ่นงานของแม่แบบ หรือตารางงบประมาณที่มีหัวตาราง รายการ / จำนวนเงิน; แผ่นงานที่มี: ${names})${why.th} — สร้างแม่แบบด้วย budget-plan new`,
      en: `No project plan found in ${file} (no template sheets, and no budget table with Item / Amount headers; sheets: ${names})${why.en}; create one with budget-plan new`,
    });
  }
  const findings = [...result.findings];
  // month cells the sheet's formulas cannot use (one finding per cell: others at that cell win)
  for (const f of monthCellFindings(snapshot, result.located)) {
    if (!findings.some((g) => g.sheet === f.sheet && g.cell === f.cell))
      findings.push(f);
  }
  for (const n of notes) {
    if (n.kind !== "bad-number") continue;
    if (
      findings.some(
        (f) =>
          f.rule === "bad-number" && f.sheet === n.sheet && f.cell === n.cell,
      )
    )
      continue;
    findings.push({
      rule: "bad-number",
      severity: "error",
      message: n.message,
      sheet: n.sheet,
      cell: n.cell,
      valueKind: "text",
    });
  }
  return {
    plan: result.plan,
    findings: sortFindings(findings),
    // reading problems of the plan are findings (rule read-problem, with their cells); what the file
    // reader skipped stays a problem
    problems: skipped,
    validation: result,
  };
}

/**
 * A workbook holding several plans (planSets.ts): template plan sets ("โครงการ", "โครงการ (2)", … inserted
 * with "เพิ่มชุดใหม่"), or several hand-made projects, a sheet each or one after another on one sheet (handProjects.ts). Each plan is validated
 * on its own sheets, never one plan's lines against another's allocation (as the pane checks the set it
 * picks). Its findings carry its sheet (those about the whole plan get its project sheet), and an info
 * finding says the file holds several plans. A template set with nothing in it yet is left out. Undefined
 * for a workbook of one plan.
 */
export function validateProjects(
  snapshot: WorkbookSnapshot,
  file: string,
  notes: ReadNote[] = [],
):
  | {
      plan: Plan;
      findings: Finding[];
      problems: Problem[];
      projects: ProjectPart[];
    }
  | undefined {
  const sets = planSets(snapshot);
  if (sets.length < 2) return undefined;
  const hand = sets.every((s) => s.hand);
  const projects: ProjectPart[] = [];
  let problems: Problem[] = [];
  sets.forEach((set, i) => {
    const sheet = set.projectSheet ?? set.sheets[0];
    const rows = set.hand?.rows;
    const inRows = (cell: string | undefined) => {
      const r = cell ? Number(/[0-9]+$/.exec(cell)?.[0]) : NaN;
      return !rows || (r >= rows.from && r <= rows.to);
    };
    const mine = notes.filter((n) =>
      n.kind === "bad-number" ? set.sheets.includes(n.sheet) && inRows(n.cell) : i === 0,
    );
    const v = validatePlanWorkbook(
      snapshotOfSet(snapshot, sets, set),
      file,
      mine,
    );
    // an inserted set not filled in yet: nothing to check
    if (!set.hand && isEmptyPlan(v.plan) && !v.findings.some((f) => f.severity === "error")) return;
    if (!projects.length) problems = v.problems;
    projects.push({
      sheet,
      ...(rows ? { rows } : {}),
      name: set.hand?.name ?? (v.plan.project.name?.trim() || sheet),
      plan: v.plan,
      // each finding names its project (the text report and JSON show it)
      findings: v.findings.map((f) => ({ ...(f.sheet ? f : { ...f, sheet }), project: set.hand?.name ?? (v.plan.project.name?.trim() || sheet) })),
    });
  });
  if (projects.length < 2) {
    // one filled set among empty ones: that set alone, as a workbook of one plan
    if (projects.length === 1) return { plan: projects[0].plan, findings: sortFindings(projects[0].findings), problems, projects };
    return undefined;
  }
  const where = (p: ProjectPart, th: boolean) =>
    p.rows ? `${p.sheet} ${th ? "แถว" : "rows"} ${p.rows.from}–${p.rows.to}` : p.sheet;
  const list = projects.map((p) => `${p.name} (${where(p, true)})`).join(", ");
  const listEn = projects.map((p) => `${p.name} (${where(p, false)})`).join(", ");
  const stacked = projects.some((p) => p.rows);
  const note: Finding = {
    rule: "read-problem",
    severity: "info",
    message: hand
      ? {
          th: `ไฟล์นี้มี ${projects.length} โครงการ ${stacked ? "(บางโครงการเขียนต่อกันในแผ่นงานเดียว)" : "แยกแผ่นงานละโครงการ"}: ${list} — ตรวจแต่ละโครงการแยกกัน (รายการของโครงการหนึ่งไม่นำไปเทียบกับงบที่ได้รับจัดสรรของอีกโครงการ)`,
          en: `This file holds ${projects.length} projects, ${stacked ? "some written one after another on one sheet" : "one sheet each"}: ${listEn}; each project is checked on its own (one project's lines are never set against another's allocation)`,
        }
      : {
          th: `ไฟล์นี้มีแผน ${projects.length} ชุดตามแม่แบบ: ${list} — ตรวจแต่ละชุดแยกกัน (รายการของชุดหนึ่งไม่นำไปเทียบกับงบที่ได้รับจัดสรรของอีกชุด)`,
          en: `This file holds ${projects.length} plan sets of the template: ${listEn}; each set is checked on its own (one set's lines are never set against another's allocation)`,
        },
  };
  const findings = sortFindings([note, ...projects.flatMap((p) => p.findings)]);
  return { plan: projects[0].plan, findings, problems, projects };
}

export async function loadPlanFile(file: string): Promise<LoadedPlan> {
  const buf = await readBytes(file);
  if (buf.length === 0) throw new XlsxReadError("empty", file);
  const ext = extname(file).toLowerCase();
  let kind: FileKind;
  // by content first: a Word package is read as one whatever its name (a .docx renamed .xlsx included)
  if (DOCX_EXT.has(ext) || (isZip(buf) && isDocxPackage(buf))) kind = "docx";
  else if (XLSX_EXT.has(ext) || isZip(buf)) kind = "xlsx";
  else if (TEXT_EXT.has(ext) || !looksBinary(buf)) kind = "text";
  else if (ext === ".xls") throw new XlsxReadError("legacy-xls", file);
  else
    throw new InputError("unsupported", file, {
      th: `ไม่รองรับไฟล์ ${file} — ใช้ไฟล์ .xlsx ของแม่แบบ หรือเอกสารโครงการ .docx / .txt`,
      en: `Unsupported file ${file}: use a template .xlsx or a project document (.docx or .txt)`,
    });

  if (kind === "xlsx") {
    // the template's formulas without cached results are computed from the plan (no HyperFormula) where exact
    const read = readXlsxBytes(buf, { label: file, evaluate: "checks" });
    const several = validateProjects(read.snapshot, file, read.notes);
    if (several) return { file, kind, ...several, snapshot: read.snapshot };
    const { plan, findings, problems } = validatePlanWorkbook(
      read.snapshot,
      file,
      read.notes,
    );
    return { file, kind, plan, findings, problems, snapshot: read.snapshot };
  }
  if (kind === "docx") {
    // a Word document: its text checked as a project text, every finding placed in the document
    const doc = readDocx(buf, file);
    const checked = checkProjectText(doc.text);
    if (!checked.planFound) throw noPlanError(file);
    return {
      file,
      kind,
      plan: checked.plan,
      findings: sortFindings(placeFindings(checked.findings, doc.lines)),
      problems: doc.notes.map((message) => ({ message })),
    };
  }
  const text = decodeText(buf);
  if (!text.trim()) throw new XlsxReadError("empty", file);
  // reading problems are findings (rule read-problem, with their lines), not a separate list
  const checked = checkProjectText(text);
  if (!checked.planFound) throw noPlanError(file);
  return {
    file,
    kind,
    plan: checked.plan,
    findings: sortFindings(checked.findings),
    problems: [],
  };
}

/** A bilingual message for any failure while loading a file. */
export function failureMessage(
  e: unknown,
  file: string,
): { code: string; messages: { th: string; en: string } } {
  if (e instanceof XlsxReadError) return { code: e.code, messages: e.messages };
  if (e instanceof InputError) return { code: e.code, messages: e.messages };
  const msg = e instanceof Error ? e.message.split("\n")[0] : String(e);
  return {
    code: "failed",
    messages: {
      th: `อ่านไฟล์ ${file} ไม่สำเร็จ: ${msg}`,
      en: `Could not process ${file}: ${msg}`,
    },
  };
}
