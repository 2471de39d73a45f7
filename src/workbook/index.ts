/**
 * The workbook layer: Plan ↔ WorkbookSpec / WorkbookSnapshot through ONE layout (layout.ts).
 * Pure: no exceljs, no Office, no fs. Adapters (src/adapters/*) apply specs and take snapshots.
 */
import type { Indicator, Plan } from "../core/model";
import type { CellEdit } from "./host";
import type { Lang } from "./i18n";
import { buildIndicators as buildIndicatorList } from "./indicators";
import { indicatorTableEdits } from "./fixes";
import type { WorkbookSnapshot } from "./types";

export * from "./types";
export type { CellEdit } from "./host";
export { SHEET_NAMES, SHEET_KEYS, CHOICES, parseChoice, choiceLabel, normalizeLabel, type Lang, type SheetKey, type Text } from "./i18n";
export {
  ACTIVITIES_TABLE,
  BUDGET_TABLE,
  INDICATORS_TABLE,
  RATES_TABLE,
  TARGETS_TABLE,
  PROJECT_FIELDS,
  RESULTS_FIELDS,
  STYLES,
  FONT,
  FONT_FALLBACK,
  FORMULA_TEXT,
  type StyleDef,
  type ColumnDef,
  type TableDef,
  type FieldDef,
} from "./layout";
export { buildWorkbookSpec, type WriteOptions } from "./writeTemplate";
export { TEMPLATE_VERSION, readTemplateStamp, templateStamp, type TemplateStampInfo } from "./templateVersion";
export { readPlan, type ReadResult, type Located } from "./readPlan";
export { validateWorkbook, type ValidateWorkbookOptions, type WorkbookValidation } from "./validateWorkbook";
export { formulaChecks } from "./sheetRules";
export { planFixes, planChoices, indicatorTableEdits, type PlannedFix, type PlanChoice, type FixOptions } from "./fixes";
export { colLetter, colIndex } from "./a1";
export { toR1C1, findRefs } from "./formulaText";
export { monthToSerial, serialToDate } from "../core/dateSerial";

/**
 * Indicators generated from a plan's targets and activities. With `{ snapshot }`, the cell edits
 * that write them into that workbook's indicators sheet (below existing rows) instead.
 */
export function buildIndicators(plan: Plan, opts?: Lang | { lang?: Lang }): Indicator[];
export function buildIndicators(plan: Plan, opts: { snapshot: WorkbookSnapshot; lang?: Lang }): CellEdit[];
export function buildIndicators(plan: Plan, opts?: Lang | { lang?: Lang; snapshot?: WorkbookSnapshot }): Indicator[] | CellEdit[] {
  if (typeof opts === "object" && opts && opts.snapshot) return indicatorTableEdits(opts.snapshot, plan, opts.lang).edits;
  const lang = typeof opts === "string" ? opts : (opts?.lang ?? "th");
  return buildIndicatorList(plan, lang);
}
