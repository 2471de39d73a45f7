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
 * Pure: works on snapshots only.
 */
import { isAddinSheet } from "./mapping";
import { normalizeLabel } from "./i18n";
import { readPlan } from "./readPlan";
import { isKeptOldSheet } from "./read/sheets";
import type { SheetSnapshot, WorkbookSnapshot } from "./types";

export interface HandProject {
  /** The project's sheet. */
  sheet: string;
  /** The project name read from it. */
  name: string;
}

/** Rows looked at for a cheap first test: a project sheet names its project near the top. */
const TOP_ROWS = 15;

function namesAProject(s: SheetSnapshot): boolean {
  const rows = s.values.slice(0, TOP_ROWS);
  return rows.some((row) =>
    row.some((v) => typeof v === "string" && /โครงการ|project/i.test(v)),
  );
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
  if (sheets.length < 2) return [];
  const candidates = sheets.filter(namesAProject);
  if (candidates.length < 2) return [];
  const found: HandProject[] = [];
  for (const s of candidates) {
    const r = readPlan({ sheets: [s] });
    if (!r.isPlan || r.located.template) continue;
    const p = r.plan.project;
    if (
      !p.name?.trim() ||
      p.allocation === undefined ||
      !r.plan.budgetLines.length
    )
      continue;
    found.push({ sheet: s.name, name: p.name.trim() });
  }
  const names = new Set(found.map((f) => normalizeLabel(f.name)));
  // two sheets of the same project (a copy for printing, a revised sheet) are not two projects
  return found.length >= 2 && names.size === found.length ? found : [];
}
