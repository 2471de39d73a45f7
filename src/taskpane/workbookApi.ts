/**
 * The one place the task pane meets the pure workbook/core/import logic, so the UI code depends on a
 * small, stable surface: analyse a snapshot, build specs, read back a plan.
 */
import type { Finding } from "../core/findings";
import type { Plan } from "../core/model";
import { emptyPlan } from "../core/model";
import type { CellEdit } from "../workbook/host";
import type { WorkbookSnapshot, WorkbookSpec } from "../workbook/types";
import type { Lang } from "./i18n/strings";
import type { FixOffer } from "./state/validation";
import { findingKey } from "./state/validation";
import { buildWorkbookSpec, readPlan, validateWorkbook, planFixes, buildIndicators, SHEET_NAMES } from "../workbook";
import { seedPlan } from "../core/examples/seed2560";
import { importProjectText } from "../import";
import { loadRateBook } from "../core/rates/rateBook";
import type { RateRuleLike } from "./state/rates";

const LANGS_ALL: Lang[] = ["th", "en"];

export interface Analysis {
  plan: Plan;
  findings: Finding[];
  problems: string[];
  isPlan: boolean;
  fixes: FixOffer[];
}

export function analyze(snapshot: WorkbookSnapshot, today?: { year: number; month: number }): Analysis {
  const read = readPlan(snapshot);
  const findings = validateWorkbook(snapshot, today ? { today } : undefined);
  const list: Finding[] = Array.isArray(findings) ? findings : (findings as { findings: Finding[] }).findings;
  const fixes: FixOffer[] = [];
  for (const fix of planFixes(snapshot) as { finding: Finding; edits: CellEdit[]; label: { th: string; en: string } }[]) {
    fixes.push({ findingKey: findingKey(fix.finding), edits: fix.edits, label: fix.label });
  }
  return { plan: read.plan, findings: list, problems: read.problems, isPlan: read.isPlan, fixes };
}

export function templateSpec(kind: "blank" | "example", fiscalYear: number, lang: Lang): WorkbookSpec {
  const plan = kind === "example" ? seedPlan() : emptyPlan(fiscalYear);
  return buildWorkbookSpec(plan, { lang });
}

export function planSpec(plan: Plan, lang: Lang): WorkbookSpec {
  return buildWorkbookSpec(plan, { lang });
}

export function importText(text: string) {
  return importProjectText(text);
}

export function indicatorEdits(plan: Plan, snapshot: WorkbookSnapshot, lang: Lang): { edits: CellEdit[]; count: number } {
  const edits = buildIndicators(plan, { snapshot, lang }) as unknown as CellEdit[];
  return { edits, count: plan.indicators.length };
}

export function sheetNames(lang: Lang): Record<string, string> {
  return (SHEET_NAMES as Record<Lang, Record<string, string>>)[lang];
}

const STATUS_TEXT: Record<Lang, Record<string, string>> = {
  th: { planned: "ตามแผน", "in-progress": "กำลังดำเนินการ", done: "เสร็จแล้ว", late: "ล่าช้า" },
  en: { planned: "Planned", "in-progress": "In progress", done: "Done", late: "Late" },
};

/** The edit that sets an activity's status cell (in the language the sheet is written in). */
export function statusEdit(cell: { sheet: string; cell: string }, status: "planned" | "in-progress" | "done" | "late", snapshot: WorkbookSnapshot | null): CellEdit {
  const lang = sheetLanguage(snapshot, cell.sheet);
  return { sheet: cell.sheet, cell: cell.cell, value: STATUS_TEXT[lang][status] };
}

/** Whether a sheet is written in Thai or English (by its name). */
export function sheetLanguage(snapshot: WorkbookSnapshot | null, sheet: string): Lang {
  void snapshot;
  return /[\u0E00-\u0E7F]/.test(sheet) ? "th" : "en";
}

/** Every rule of the bundled rate book. */
export function allRateRules(): RateRuleLike[] {
  return loadRateBook().rules as unknown as RateRuleLike[];
}

/** The rates sheet of this workbook (either language's name), if present. */
export function ratesSheetName(snapshot: WorkbookSnapshot | null): string | undefined {
  if (!snapshot) return undefined;
  const names = new Set(LANGS_ALL.map((l) => sheetNames(l).rates).filter(Boolean));
  return snapshot.sheets.find((s) => names.has(s.name))?.name;
}
