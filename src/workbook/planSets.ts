/**
 * Plan sets: a workbook may hold more than one plan. Inserting a template beside an existing one
 * ("เพิ่มชุดใหม่") names its sheets "โครงการ (2)", "กิจกรรม (2)", …; every sheet named like a template
 * sheet with the same suffix belongs to one set. The checks read one set at a time: the set of the active
 * sheet, or the one the user picks.
 *
 * Pure: works on snapshots only.
 */
import { isAddinSheet } from "./mapping";
import type { Plan } from "../core/model";
import { SHEET_KEYS, SHEET_NAMES, normalizeLabel, type SheetKey } from "./i18n";
import { projectFieldRow } from "./layout";
import { isKeptOldSheet } from "./read/sheets";
import { handProjects } from "./handProjects";
import { sheetRows, type RowRange } from "./read/projectBlocks";
import type { WorkbookSnapshot } from "./types";
import { cellRef } from "../core/cellRef";

export interface PlanSet {
  /** "" for the sheets without a suffix, else the suffix's number ("2", "3", …). */
  id: string;
  /** The set's sheets, in workbook order. */
  sheets: string[];
  /** Its project sheet (for its name in a picker), when it has one. */
  projectSheet?: string;
  /**
   * A hand-made project sheet of a workbook holding several projects (handProjects.ts), with the name read
   * from it, and its rows when the sheet holds several projects one after another.
   */
  hand?: { name: string; rows?: RowRange };
}

const BASE_KEY = new Map<string, SheetKey>();
for (const lang of ["th", "en"] as const)
  for (const k of SHEET_KEYS)
    BASE_KEY.set(normalizeLabel(SHEET_NAMES[lang][k]), k);

/** "งบประมาณ (2)" → { key: "budget", id: "2" }; "งบประมาณ" → { key: "budget", id: "" }; other names → undefined. */
export function templateSheetOf(
  name: string,
): { key: SheetKey; id: string } | undefined {
  if (isKeptOldSheet(name)) return undefined;
  const m = /^(.*?)\s*\(\s*(\d+)\s*\)\s*$/.exec(name);
  const base = m ? m[1] : name;
  const key = BASE_KEY.get(normalizeLabel(base));
  return key ? { key, id: m ? String(Number(m[2])) : "" } : undefined;
}

/**
 * The plan sets of a workbook, the unsuffixed set first, then by number. A set needs one of the sheets a
 * plan is read from (project, activities or budget). Sheets named like no template sheet belong to no set.
 * A workbook without several template sets that holds several hand-made projects, a sheet each or one after
 * another on a sheet, has a set per project (ids "h1", "h2", …), even when a sheet is named like a template
 * sheet ("โครงการ"); the add-in's own template is never read as hand-made projects.
 */
export function planSets(
  snapshot: Pick<WorkbookSnapshot, "sheets">,
): PlanSet[] {
  const template = templateSets(snapshot);
  if (template.length > 1) return template;
  // a hand-made sheet may carry a template sheet's name ("โครงการ") and still hold several projects
  const hand = handProjects(snapshot);
  if (hand.length < 2) return template;
  return hand.map((p, i) => ({
    id: `h${i + 1}`,
    sheets: [p.sheet],
    projectSheet: p.sheet,
    hand: { name: p.name, ...(p.rows ? { rows: p.rows } : {}) },
  }));
}

function templateSets(snapshot: Pick<WorkbookSnapshot, "sheets">): PlanSet[] {
  const sets = new Map<string, PlanSet & { keys: Set<SheetKey> }>();
  for (const s of snapshot.sheets) {
    const t = templateSheetOf(s.name);
    if (!t) continue;
    let set = sets.get(t.id);
    if (!set) sets.set(t.id, (set = { id: t.id, sheets: [], keys: new Set() }));
    if (set.keys.has(t.key)) continue; // two sheets for one role ("Budget" and "งบประมาณ"): the first one
    set.keys.add(t.key);
    set.sheets.push(s.name);
    if (t.key === "project") set.projectSheet = s.name;
  }
  return [...sets.values()]
    .filter(
      (s) =>
        s.keys.has("project") ||
        s.keys.has("activities") ||
        s.keys.has("budget"),
    )
    .sort((a, b) =>
      a.id === "" ? -1 : b.id === "" ? 1 : Number(a.id) - Number(b.id),
    )
    .map(({ keys: _keys, ...set }) => set);
}

/** The set a sheet belongs to, if any. */
export function setOfSheet(
  sets: readonly PlanSet[],
  sheet: string | undefined,
): PlanSet | undefined {
  if (!sheet) return undefined;
  const hand = sets.find((s) => s.hand && s.sheets.includes(sheet));
  if (hand) return hand;
  const t = templateSheetOf(sheet);
  return t
    ? sets.find((s) => s.id === t.id && s.sheets.includes(sheet))
    : undefined;
}

/**
 * The snapshot as the checks of one set see it: that set's sheets only. With one set or none the snapshot
 * is returned as it is (a hand-made workbook is read by content, whatever its sheets are called). The first
 * set also keeps the sheets that belong to no set.
 */
export function snapshotOfSet(
  snapshot: WorkbookSnapshot,
  sets: readonly PlanSet[],
  set: PlanSet | undefined,
): WorkbookSnapshot {
  if (sets.length < 2 || !set) return snapshot;
  const mine = new Set(set.sheets);
  if (set.hand) {
    const rows = set.hand.rows;
    return {
      ...snapshot,
      sheets: snapshot.sheets
        .filter((s) => mine.has(s.name) || isAddinSheet(s.name))
        // one of several projects on one sheet: its own rows only
        .map((s) => (rows && mine.has(s.name) ? sheetRows(s, rows) : s)),
    };
  }
  const first = set === sets[0];
  const inSomeSet = new Set(sets.flatMap((s) => s.sheets));
  // the add-in's hidden mapping sheet goes with every set (its choices name their sheets)
  return {
    ...snapshot,
    sheets: snapshot.sheets.filter(
      (s) =>
        mine.has(s.name) ||
        isAddinSheet(s.name) ||
        (first && !inSomeSet.has(s.name) && !templateSheetOf(s.name)),
    ),
  };
}

/** What a picker shows for a set: its project's name (from the template's name cell) and its sheet. */
export function setLabel(
  snapshot: Pick<WorkbookSnapshot, "sheets">,
  set: PlanSet,
): string {
  const sheet = set.projectSheet ?? set.sheets[0];
  if (set.hand)
    return set.hand.rows
      ? `${set.hand.name} — ${cellRef(sheet, `${set.hand.rows.from}:${set.hand.rows.to}`)}`
      : `${set.hand.name} — ${sheet}`;
  const s = snapshot.sheets.find((x) => x.name === sheet);
  const name = s?.values[projectFieldRow("name") - 1]?.[1];
  return typeof name === "string" && name.trim()
    ? `${name.trim()} — ${sheet}`
    : sheet;
}

/** Which set to check: the one asked for (by id), else the active sheet's, else the first. */
export function chooseSet(
  sets: readonly PlanSet[],
  opts: { id?: string; activeSheet?: string },
): PlanSet | undefined {
  return (
    (opts.id !== undefined ? sets.find((s) => s.id === opts.id) : undefined) ??
    setOfSheet(sets, opts.activeSheet) ??
    sets[0]
  );
}

/** A plan with nothing in it yet to check: no activities, no budget lines, no targets, no indicators, no amounts. */
export function isEmptyPlan(plan: Plan): boolean {
  const p = plan.project;
  return (
    plan.activities.length === 0 &&
    plan.budgetLines.length === 0 &&
    plan.targets.length === 0 &&
    plan.indicators.length === 0 &&
    !p.allocation &&
    !p.statedTotal
  );
}
