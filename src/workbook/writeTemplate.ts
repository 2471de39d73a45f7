/**
 * Plan → WorkbookSpec: the template (blank or filled) written from the ONE layout in layout.ts.
 *
 * The plan is written AS WRITTEN: a line whose stated amount differs from unit × quantity × times
 * keeps its stated number typed in the amount cell (the checks then show it and planFixes restores
 * the formula); lines whose stated amount equals the computed one get the formula. Beside it the
 * computed-amount column, and every total outside the amount column, use the computed amounts (the
 * one model, docs/rules.md "Two sums, one model").
 *
 * The sheets are written by writeProjectSheets.ts (project, activities), writeBudgetSheets.ts (budget,
 * summary) and writeOtherSheets.ts (indicators, rates, results) from the pieces in templateParts.ts.
 */
import type { Plan } from "../core/model";
import { importNotesSheet, type ImportNote } from "./importNotes";
import { loadRateBook } from "../core/rates/rateBook";
import type { RateRule } from "../core/rates/schema";
import type { Lang } from "./i18n";
import { buildIndicators } from "./indicators";
import type { ColumnDef, TableDef } from "./layout";
import { planLayout } from "./templateParts";
import { templateStamp } from "./templateVersion";
import { activitiesSheet, projectSheet } from "./writeProjectSheets";
import { budgetSheet, summarySheet } from "./writeBudgetSheets";
import { indicatorsSheet, ratesSheet, resultsSheet } from "./writeOtherSheets";
import { proposalSheet } from "./proposal/writeProposal";
import type { WorkbookSpec } from "./types";

/** RateBook as far as the writer needs it. */
export interface RuleSource {
  rules: RateRule[];
}

export interface WriteOptions {
  lang?: Lang;
  rateBook?: RuleSource;
  /** What `import` could not read in the text: kept in a hidden sheet (importNotes.ts), shown by every later check. */
  importNotes?: readonly ImportNote[];
}

/**
 * The plan workbook for a plan (an empty plan gives the blank template). Sheets in the order a
 * reviewer reads them: project, activities, budget, summary, indicators, results, the printable proposal
 * (แบบเสนอโครงการ, drawn from the others by formulas), rates.
 */
export function buildWorkbookSpec(plan: Plan, opts: WriteOptions = {}): WorkbookSpec {
  const lang = opts.lang ?? "th";
  const rules = (opts.rateBook ?? loadRateBook()).rules;
  const indicators = plan.indicators.length ? plan.indicators : buildIndicators(plan, lang);
  const L = planLayout(plan, lang, rules.length, indicators.length);
  const summary = summarySheet(plan, L);
  const indicatorsSpec = indicatorsSheet(L, indicators);
  return {
    sheets: [
      projectSheet(plan, L),
      activitiesSheet(plan, L),
      budgetSheet(plan, L),
      summary.sheet,
      indicatorsSpec,
      resultsSheet(plan, L, indicators),
      proposalSheet(plan, L, indicators).sheet,
      ratesSheet(rules, L),
      ...[importNotesSheet(opts.importNotes ?? [])].filter((s): s is NonNullable<typeof s> => !!s),
    ],
    charts: [summary.chart],
    names: [templateStamp(L.names.project)],
  };
}

/** Column definitions by key (for adapters that want header texts or widths). */
export function columnDef(table: TableDef, key: string): ColumnDef | undefined {
  return table.columns.find((c) => c.key === key);
}

