/**
 * Several hand-made projects in one workbook: a sheet per project, each with its own project name, its own
 * allocation and its own budget table ("โครงการ1", "โครงการ2", … in a school's file of its group's
 * projects). Read as one plan, one project's lines would be set against another's allocation, and a second
 * project with the same items would be dropped as a repeat. Each such sheet is a plan set of its own (see
 * planSets.ts): the CLI checks every set on its own, the pane checks the picked one.
 *
 * A sheet is a project sheet when, read on its own, it gives a project name, an allocation and budget
 * lines. Sheets per activity of one project (a name and allocation on the first sheet only), a print copy
 * of the same project (the same name) and a summary sheet do not make several projects.
 *
 * Projects may also be written one after another on ONE sheet (read/projectBlocks.ts): each block of project
 * fields after a table starts the next one; each is read from its own rows, as if it had its sheet.
 *
 * Pure: works on snapshots only.
 */
import { isAddinSheet } from "./mapping";
import { normalizeLabel } from "./i18n";
import { readPlan } from "./readPlan";
import { isKeptOldSheet } from "./read/sheets";
import { sheetRows, stackedProjects, type RowRange } from "./read/projectBlocks";
import type { SheetSnapshot, WorkbookSnapshot } from "./types";

export interface HandProject {
  /** The project's sheet. */
  sheet: string;
  /** The project name read from it. */
  name: string;
  /** Its rows, when the sheet holds several projects one after another. */
  rows?: RowRange;
}

/** Rows looked at for a cheap first test: a project sheet names its project near the top. */
const TOP_ROWS = 15;

function namesAProject(s: SheetSnapshot, range?: RowRange): boolean {
  const from = range ? range.from - 1 : 0;
  const rows = s.values.slice(from, from + TOP_ROWS);
  return rows.some((row) =>
    row.some((v) => typeof v === "string" && /โครงการ|project/i.test(v)),
  );
}

/** The name of the project a sheet (or a part of one) holds alone: a name, an allocation and budget lines. */
function projectOf(s: SheetSnapshot): string | undefined {
  const r = readPlan({ sheets: [s] });
  if (!r.isPlan || r.located.template) return undefined;
  const p = r.plan.project;
  if (!p.name?.trim() || p.allocation === undefined || !r.plan.budgetLines.length) return undefined;
  return p.name.trim();
}

/**
 * The project sheets of a hand-made workbook, in workbook order, when it holds two or more projects with
 * different names; [] otherwise (one project, however many sheets it spans).
 */
export function handProjects(
  snapshot: Pick<WorkbookSnapshot, "sheets">,
): HandProject[] {
  const sheets = (snapshot?.sheets ?? []).filter(
    (s) =>
      s &&
      Array.isArray(s.values) &&
      !isKeptOldSheet(s.name) &&
      !isAddinSheet(s.name),
  );
  // a sheet of projects one after another gives each of them; any other sheet naming a project, itself
  const candidates: { sheet: SheetSnapshot; rows?: RowRange; name?: string }[] = [];
  for (const s of sheets) {
    const stacked = stackedProjects(s);
    const parts = stacked
      .map((rows) => ({ sheet: sheetRows(s, rows), rows }))
      .filter((p) => namesAProject(p.sheet, p.rows))
      .map((p) => ({ ...p, name: projectOf(p.sheet) }));
    if (parts.length >= 2 && parts.every((p) => p.name)) candidates.push(...parts);
    else if (namesAProject(s)) candidates.push({ sheet: s });
  }
  if (candidates.length < 2) return [];
  const found: HandProject[] = [];
  for (const c of candidates) {
    const name = c.name ?? projectOf(c.sheet);
    if (name) found.push({ sheet: c.sheet.name, name, ...(c.rows ? { rows: c.rows } : {}) });
  }
  const names = new Set(found.map((f) => normalizeLabel(f.name)));
  // two sheets of the same project (a copy for printing, a revised sheet) are not two projects
  return found.length >= 2 && names.size === found.length ? found : [];
}
