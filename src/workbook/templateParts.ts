/**
 * The pieces every template sheet is written with: the cell builder, the plan's layout (where each
 * table goes), table header/data/total rows and the value conversions (baht, months, ids).
 */
import type { Plan, Satang } from "../core/model";
import { satangToBaht } from "../core/money";
import { toArabicDigits } from "../core/thaiDigits";
import { monthToSerial } from "../core/dateSerial";
import { addr, colLetter } from "./a1";
import { makeCtx, type Positions, type TablePos } from "./ctx";
import {
  MONTH_FORMAT,
  SHEET_NAMES,
  type Lang,
  type SheetKey,
  type Text,
} from "./i18n";
import {
  ACTIVITIES_TABLE,
  BUDGET_TABLE,
  INDICATORS_TABLE,
  PROJECT_FIELDS,
  RATES_COND_ROW,
  RATES_TABLE,
  RESULTS_FIELDS,
  RESULT_INDICATORS_TABLE,
  TABLE_HEADER_ROW,
  TARGETS_HEADER_ROW,
  TARGETS_TABLE,
  projectFieldRow,
  resultsFieldRow,
  type FieldDef,
  type TableDef,
  type ValueType,
} from "./layout";
import type { CellScalar, CellSpec, SheetSpec, StyleName } from "./types";



export const DATE_FORMAT: Record<Lang, string> = { th: "[$-107041E]d mmm yyyy;;", en: "d mmm yyyy;;" };

export function styleFor(def: { kind: string; type: ValueType }): StyleName {
  const formula = def.kind === "formula";
  if (def.type === "money") return formula ? "formulaMoney" : "inputMoney";
  if (def.type === "number" || def.type === "percent" || def.type === "month" || def.type === "date") return formula ? "formulaNumber" : "inputNumber";
  return formula ? "formula" : "input";
}

export function formatFor(type: ValueType, lang: Lang): string | undefined {
  if (type === "month") return MONTH_FORMAT[lang].long;
  if (type === "date") return DATE_FORMAT[lang];
  if (type === "percent") return "0.0%";
  return undefined;
}

/** A numeric-looking id is written as a number, so MATCH/SUMIF across sheets compare like with like. */
export function idValue(id: string): CellScalar {
  const t = toArabicDigits(id).trim();
  return /^\d+$/.test(t) ? Number(t) : id;
}

export class SheetBuilder {
  private cells = new Map<string, CellSpec>();
  constructor(readonly spec: SheetSpec) {}
  set(row: number, col: number, c: Omit<CellSpec, "address">): void {
    const a = addr(row, col);
    const prev = this.cells.get(a);
    this.cells.set(a, { ...(prev ?? {}), ...c, address: a });
  }
  label(row: number, col: number, text: string, style: StyleName = "label"): void {
    this.set(row, col, { value: text, style });
  }
  done(): SheetSpec {
    this.spec.cells = [...this.cells.values()];
    return this.spec;
  }
}

export interface Layout {
  lang: Lang;
  names: Record<SheetKey, string>;
  pos: Positions;
  targets: TablePos;
  activities: TablePos;
  budget: TablePos;
  indicators: TablePos;
  rates: TablePos;
  results: { sheet: string; rows: Record<string, number>; valueCol: number };
  resultIndicators: TablePos;
}

/** The columns the template writes (legacy columns, read from older workbooks only, are left out). */
export const writtenColumns = (table: TableDef) => table.columns.filter((c) => !c.legacy);

export function tablePos(table: TableDef, sheet: string, headerRow: number, dataRows: number, withTotal: boolean): TablePos {
  const cols: Record<string, number> = {};
  writtenColumns(table).forEach((c, i) => (cols[c.key] = i + 1));
  const firstRow = headerRow + 1;
  const lastRow = headerRow + Math.max(1, dataRows);
  return { sheet, headerRow, firstRow, lastRow, totalRow: withTotal ? lastRow + 1 : undefined, cols };
}

export function planLayout(plan: Plan, lang: Lang, ruleCount: number, indicatorCount: number): Layout {
  const names = SHEET_NAMES[lang];
  const rows = (t: TableDef, n: number) => Math.max(t.minRows, n + t.spareRows);
  const activities = tablePos(ACTIVITIES_TABLE, names.activities, TABLE_HEADER_ROW, rows(ACTIVITIES_TABLE, plan.activities.length), true);
  const budget = tablePos(BUDGET_TABLE, names.budget, TABLE_HEADER_ROW, rows(BUDGET_TABLE, plan.budgetLines.length), true);
  const rates = tablePos(RATES_TABLE, names.rates, TABLE_HEADER_ROW, rows(RATES_TABLE, ruleCount), false);
  const indicators = tablePos(INDICATORS_TABLE, names.indicators, TABLE_HEADER_ROW, rows(INDICATORS_TABLE, indicatorCount), false);
  const targets = tablePos(TARGETS_TABLE, names.project, TARGETS_HEADER_ROW, rows(TARGETS_TABLE, plan.targets.length), false);
  const projectRows: Record<string, number> = {};
  for (const f of PROJECT_FIELDS) projectRows[f.key] = projectFieldRow(f.key);
  const resultRows: Record<string, number> = {};
  for (const f of RESULTS_FIELDS) resultRows[f.key] = resultsFieldRow(f.key);
  const pos: Positions = {
    lang,
    project: { sheet: names.project, rows: projectRows, valueCol: 2 },
    activities,
    budget,
    rates,
    ratesCondRow: RATES_COND_ROW,
  };
  // the per-indicator results: one row per indicators-sheet row, below the result fields
  const resultIndicators = tablePos(RESULT_INDICATORS_TABLE, names.results, resultsFieldRow("suggestions") + 3, indicators.lastRow - indicators.firstRow + 1, false);
  return { lang, names, pos, targets, activities, budget, indicators, rates, results: { sheet: names.results, rows: resultRows, valueCol: 2 }, resultIndicators };
}

export function headerRow(b: SheetBuilder, table: TableDef, t: TablePos, lang: Lang): void {
  writtenColumns(table).forEach((c, i) => {
    if (c.unmatched) return;
    b.set(t.headerRow, t.cols[c.key] ?? i + 1, { value: c.header[lang], style: "header" });
  });
}

export function columnWidths(table: TableDef): Record<string, number> {
  const w: Record<string, number> = {};
  writtenColumns(table).forEach((c, i) => (w[colLetter(i + 1)] = c.width));
  return w;
}

/** Writes one data row of a table: values for inputs (from `values`), formulas for formula columns. */
export function tableRow(
  b: SheetBuilder,
  L: Layout,
  table: TableDef,
  t: TablePos,
  row: number,
  values: Record<string, CellScalar | { formula: string } | undefined>,
): void {
  const ctx = makeCtx(L.pos, t, row);
  writtenColumns(table).forEach((c) => {
    const col = t.cols[c.key];
    const style = styleFor(c);
    const numberFormat = formatFor(c.type, L.lang);
    const given = values[c.key];
    if (given !== undefined && given !== null && typeof given === "object") {
      b.set(row, col, { formula: given.formula, style, numberFormat });
    } else if (c.kind === "formula" || (c.kind === "inputOrFormula" && given === undefined)) {
      b.set(row, col, { formula: c.formula!(ctx), style: c.kind === "inputOrFormula" ? styleFor({ kind: "formula", type: c.type }) : style, numberFormat });
    } else {
      const v = given === undefined ? null : given;
      b.set(row, col, { ...(v !== null && v !== "" ? { value: v } : {}), style, numberFormat });
    }
  });
}

export function totalRow(b: SheetBuilder, L: Layout, table: TableDef, t: TablePos): void {
  if (t.totalRow === undefined) return;
  writtenColumns(table).forEach((c) => {
    const col = t.cols[c.key];
    if (c.key === table.totalLabelColumn) b.set(t.totalRow!, col, { value: table.totalLabel![L.lang], style: "total" });
    else if (c.total) {
      const letter = colLetter(col);
      b.set(t.totalRow!, col, { formula: `=SUM(${letter}${t.firstRow}:${letter}${t.lastRow})`, style: "totalMoney" });
    } else b.set(t.totalRow!, col, { style: "total" });
  });
}

export const money = (s: Satang | null | undefined): CellScalar => (s === null || s === undefined ? null : satangToBaht(s));
export const month = (m: { year: number; month: number } | undefined): CellScalar => (m ? monthToSerial(m.year, m.month) : null);

export function titleRows(b: SheetBuilder, title: Text, lang: Lang, sub?: { value?: string; formula?: string }): void {
  b.set(1, 1, { value: title[lang], style: "title" });
  if (sub) b.set(2, 1, { ...sub, style: "note" });
}

export const LEGEND: Text = {
  th: "ช่องสีเหลือง: กรอกข้อมูล · ช่องสีเทา: สูตรคำนวณ (ไม่ต้องแก้)",
  en: "Yellow cells: type here · Grey cells: formulas (leave as they are)",
};

/**
 * The budget sheet's legend: its grey amount column takes a lump sum typed over the formula, and an amount
 * that differs from its computation turns red (the sheet's conditional format), as docs/rules.md says.
 */
export const BUDGET_LEGEND: Text = {
  th: "ช่องสีเหลือง: กรอกข้อมูล · ช่องสีเทา: สูตรคำนวณ (ไม่ต้องแก้ ยกเว้นจำนวนเงินของรายการเหมาจ่าย) · จำนวนเงินสีแดง: ไม่ตรงกับ อัตรา × จำนวน × ครั้ง",
  en: "Yellow cells: type here · Grey cells: formulas (leave them, except the amount of a lump sum) · A red amount differs from unit cost × quantity × times",
};

// ---------------------------------------------------------------------------------------------

export function writeField(b: SheetBuilder, L: Layout, f: FieldDef, row: number, value: CellScalar | undefined, ctx: ReturnType<typeof makeCtx>): void {
  const numberFormat = formatFor(f.type, L.lang);
  if (f.kind === "formula" || (f.kind === "inputOrFormula" && (value === undefined || value === null))) {
    b.set(row, 2, { formula: f.formula!(ctx), style: styleFor({ kind: "formula", type: f.type }), numberFormat });
  } else {
    b.set(row, 2, { ...(value !== undefined && value !== null && value !== "" ? { value } : {}), style: styleFor(f), numberFormat });
  }
}

