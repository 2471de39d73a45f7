/**
 * The one place the task pane meets the pure workbook/core/import logic, so the UI code depends on a
 * small, stable surface: analyse a snapshot, build specs, read back a plan, make edits.
 */
import type { Finding } from "../core/findings";
import type { ActivityStatus, CellRef, MonthRef, Plan } from "../core/model";
import { emptyPlan } from "../core/model";
import type { CellEdit } from "../workbook/host";
import type { WorkbookSnapshot, WorkbookSpec } from "../workbook/types";
import type { Lang } from "./i18n/strings";
import type { ChoiceOffer, FixOffer } from "./state/validation";
import { findingKey } from "./state/validation";
import { colLetter, indicatorTableEdits, planChoices, planFixes, validateWorkbook } from "../workbook";
import type { Issue, ReadResult } from "../workbook/located";
import { monthCellFindings } from "../workbook/monthCells";
import { chooseSet, isEmptyPlan, planSets, setLabel, snapshotOfSet } from "../workbook/planSets";
import { cellFieldName } from "../workbook/cellField";
import { mergeFindingsByCell, ruleOrder, sortFindings } from "../core/validation/engine";
import { SHEET_NAMES, STATUS_CHOICES, choiceLabel, type SheetKey } from "../workbook/i18n";
import type { ImportResult } from "../import";
import { loadRateBook } from "../core/rates/rateBook";
import type { RateRule } from "../core/rates/schema";

export interface Analysis {
  plan: Plan;
  findings: Finding[];
  problems: string[];
  isPlan: boolean;
  fixes: FixOffer[];
  /** Decisions offered where a one-click fix would create another error. */
  choices: ChoiceOffer[];
  /** The language the plan sheets are written in. */
  sheetLang: Lang;
  /** Each activity's status-input cell (also when empty), for "mark done". */
  statusCells: Record<string, CellRef>;
  /** Where the results report's received/spent go, empty or not (a blank template has them too). */
  resultCells: { received?: CellRef; spent?: CellRef };
  /** Rate rules as written in the workbook's rates sheet, when it has them. */
  sheetRates?: RateRule[];
  /** Every plan set of the workbook (more than one after "add alongside"), each with a label for a picker. */
  sets: { id: string; label: string }[];
  /** The set checked (the picked one, else the active sheet's, else the first). */
  setId?: string;
  /** The snapshot the checks read: the checked set's sheets. */
  snapshot: WorkbookSnapshot;
  /** A plan with nothing in it yet (a blank template): nothing to check, which is not "no problems". */
  empty: boolean;
  /** What each finding's cell holds ("จำนวนเงิน"), by "sheet!cell": context for buttons that act on a cell. */
  fieldNames?: Record<string, { th: string; en: string }>;
  /** The reading itself (where each table and field was found): "What was read" explains it (its own chunk). */
  read?: ReadResult;
}

/** Read the workbook, pick the plan set to check (by id, else the active sheet's), and analyse it. */
export function analyzeWorkbook(full: WorkbookSnapshot, today?: MonthRef, setId?: string): Analysis {
  const sets = planSets(full);
  const set = chooseSet(sets, { id: setId, activeSheet: full.activeSheet });
  const a = analyze(snapshotOfSet(full, sets, set), today);
  return { ...a, sets: sets.map((s) => ({ id: s.id, label: setLabel(full, s) })), ...(set ? { setId: set.id } : {}) };
}

/** Read the workbook, run every check (sheet and plan), and collect the one-click fixes. */
export function analyze(snapshot: WorkbookSnapshot, today?: MonthRef): Analysis {
  const opts = today ? { today } : {};
  const v = validateWorkbook(snapshot, opts);
  const fixes: FixOffer[] = [];
  const choices: ChoiceOffer[] = [];
  let findings = v.findings;
  if (v.isPlan) {
    // months the sheet's formulas cannot use (typed as text, or unreadable): shown in the pane too, one per cell
    const months = monthCellFindings(snapshot, v.located);
    if (months.length) {
      findings = mergeFindingsByCell([...v.findings, ...months], ruleOrder);
      const activityIndex = new Map<string, number>();
      v.plan.activities.forEach((a, i) => activityIndex.set(a.id, i));
      sortFindings(findings, { activityIndex } as never);
    }
    const byCell = new Map<string, Finding>();
    for (const f of findings) if (f.sheet && f.cell) byCell.set(`${f.sheet}!${f.cell}`, f);
    for (const fix of planFixes(snapshot, opts)) {
      // One edit resolves the one finding at its cell (merged: a typed amount that is also wrong).
      const at = byCell.get(`${fix.sheet}!${fix.cell}`);
      const related = at ? [at] : fix.findings.length ? fix.findings : fix.finding ? [fix.finding] : [];
      for (const f of related) fixes.push({ findingKey: findingKey(f), edits: fix.edits, label: fix.label });
    }
    // decisions (read again only when a finding may need one)
    if (findings.some((f) => f.rule === "total-mismatch")) {
      for (const c of planChoices(snapshot, opts)) {
        const at = byCell.get(`${c.sheet}!${c.cell}`);
        if (at) choices.push({ findingKey: findingKey(at), question: c.question, options: c.options });
      }
    }
  }
  const statusCells: Record<string, CellRef> = {};
  const t = v.located.activities;
  if (t && t.cols.statusInput !== undefined) {
    for (const [id, row] of v.located.activityRows) statusCells[id] = { sheet: t.sheet, cell: `${colLetter(t.cols.statusInput)}${row}` };
  }
  for (const a of v.plan.activities) if (a.cells?.status) statusCells[a.id] = a.cells.status;
  const resultCells: Analysis["resultCells"] = { ...v.plan.results?.cells };
  const rp = v.located.results;
  if (rp) {
    for (const key of ["received", "spent"] as const) {
      const row = rp.rows[key];
      if (!resultCells[key] && row !== undefined) resultCells[key] = { sheet: rp.sheet, cell: `${colLetter(rp.valueCol)}${row}` };
    }
  }
  const fieldNames: Record<string, { th: string; en: string }> = {};
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    const name = cellFieldName(v.located, f.sheet, f.cell);
    if (name) fieldNames[`${f.sheet}!${f.cell}`] = name;
  }
  return {
    fieldNames,
    plan: v.plan,
    findings,
    problems: problemsNotInFindings(v.problems, findings, v.issues),
    isPlan: v.isPlan,
    fixes,
    choices,
    sheetLang: v.located.lang,
    statusCells,
    resultCells: { ...(resultCells.received ? { received: resultCells.received } : {}), ...(resultCells.spent ? { spent: resultCells.spent } : {}) },
    sheetRates: v.rateBookFromSheet ? v.rateBookFromSheet.rules : undefined,
    sets: [],
    snapshot,
    empty: v.isPlan && isEmptyPlan(v.plan),
    read: v,
  };
}

/**
 * The example project, the template writer and the text importer are fetched when first used (their own
 * chunks), so Excel does not load them with the pane.
 * Reading problems not already shown as findings: every reading problem of a plan is a read-problem
 * finding, so the pane lists it once (in the findings), not again in a separate count.
 */
export function problemsNotInFindings(problems: string[], findings: Finding[], issues: Issue[] = []): string[] {
  const shown = new Set(findings.filter((f) => f.rule === "read-problem").map((f) => `${f.message.th} / ${f.message.en}`));
  // a problem at a cell merged into another finding there (one finding per cell) is shown by that finding
  const mergedAt = new Set(findings.filter((f) => f.also?.includes("read-problem")).map((f) => `${f.sheet}!${f.cell}`));
  const atCell = new Map(issues.filter((i) => i.sheet && i.cell).map((i) => [`${i.th} / ${i.en}`, `${i.sheet}!${i.cell}`]));
  return problems.filter((p) => !shown.has(p) && !mergedAt.has(atCell.get(p) ?? ""));
}


/**
 * The example project and the text importer are fetched when first used (their own chunks), so Excel does
 * not load them with the pane.
 */
export async function templateSpec(kind: "blank" | "example", fiscalYear: number, lang: Lang): Promise<WorkbookSpec> {
  const plan = kind === "example" ? (await import(/* webpackChunkName: "example" */ "../core/examples/seed2560")).seedPlan() : emptyPlan(fiscalYear);
  return planSpec(plan, lang);
}

export async function planSpec(plan: Plan, lang: Lang): Promise<WorkbookSpec> {
  return (await import(/* webpackChunkName: "template" */ "../workbook/writeTemplate")).buildWorkbookSpec(plan, { lang });
}

export async function importText(text: string): Promise<ImportResult> {
  return (await import(/* webpackChunkName: "text-import" */ "../import")).importProjectText(text);
}

/** The name of a plan sheet in this workbook (either language), if present. */
export function findSheet(snapshot: WorkbookSnapshot | null, key: SheetKey): string | undefined {
  if (!snapshot) return undefined;
  const names = new Set([SHEET_NAMES.th[key], SHEET_NAMES.en[key]]);
  return snapshot.sheets.find((s) => names.has(s.name))?.name;
}

/**
 * Generate / refresh the indicator table: one row per target, matched to the indicators the sheet already
 * holds instead of written again (src/workbook/indicatorTable.ts). Nothing in the sheet is overwritten.
 * count = rows added, matched = targets the table already had.
 */
export function indicatorEdits(plan: Plan, snapshot: WorkbookSnapshot, lang: Lang): { edits: CellEdit[]; count: number; matched: number } {
  const r = indicatorTableEdits(snapshot, plan, lang);
  return { edits: r.edits, count: r.added, matched: r.matched };
}

/** The edit that sets an activity's status cell, in the language the sheets are written in. */
export function statusEdit(cell: CellRef, status: ActivityStatus, lang: Lang): CellEdit {
  return { sheet: cell.sheet, cell: cell.cell, value: choiceLabel(STATUS_CHOICES, status, lang) };
}

export function sheetNames(lang: Lang): Record<SheetKey, string> {
  return SHEET_NAMES[lang];
}

/** Every rule of the bundled rate book. */
export function allRateRules(): RateRule[] {
  return loadRateBook().rules;
}

/** The rates sheet of this workbook (either language's name), if present. */
export function ratesSheetName(snapshot: WorkbookSnapshot | null): string | undefined {
  return findSheet(snapshot, "rates");
}
