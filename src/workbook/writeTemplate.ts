/**
 * Plan → WorkbookSpec: the template (blank or filled) written from the ONE layout in layout.ts.
 *
 * The plan is written AS WRITTEN: a line whose stated amount differs from unit × quantity × times
 * keeps its stated number typed in the amount cell (the checks then show it and planFixes restores
 * the formula); lines whose stated amount equals the computed one get the formula.
 */
import type { BudgetLine, Plan } from "../core/model";
import { lineAmount } from "../core/budget";
import { classifyItem } from "../core/rates/classifier";
import { sheetRateCategory } from "../core/rates/lineCategory";
import { loadRateBook } from "../core/rates/rateBook";
import type { RateRule } from "../core/rates/schema";
import { toArabicDigits } from "../core/thaiDigits";
import { absCell, absColRange, addr, colLetter, monthToSerial } from "./a1";
import { makeCtx, makeFormCtx, type Positions, type TablePos } from "./ctx";
import {
  CHOICES,
  EXPENSE_CLASS_CHOICES,
  MONTH_FORMAT,
  SHEET_NAMES,
  STATUS_CHOICES,
  STAFF_CHOICES,
  TRAINING_CHOICES,
  VENUE_CHOICES,
  choiceLabel,
  type Lang,
  type SheetKey,
  type Text,
} from "./i18n";
import { buildIndicators } from "./indicators";
import {
  ACTIVITIES_TABLE,
  BUDGET_TABLE,
  FORMULA_TEXT,
  GRID_KEYS,
  INDICATORS_TABLE,
  PROJECT_FIELDS,
  RATES_COND_ROW,
  RATES_TABLE,
  RESULTS_FIELDS,
  TABLE_HEADER_ROW,
  TARGETS_HEADER_ROW,
  TARGETS_TABLE,
  projectFieldRow,
  resultsFieldRow,
  type ColumnDef,
  type FieldDef,
  type TableDef,
  type ValueType,
} from "./layout";
import { categoryLabel, otherConditionsText } from "./rateLabels";
import { templateStamp } from "./templateVersion";
import type { CellScalar, CellSpec, SheetSpec, StyleName, WorkbookSpec } from "./types";

/** RateBook as far as the writer needs it. */
export interface RuleSource {
  rules: RateRule[];
}

export interface WriteOptions {
  lang?: Lang;
  rateBook?: RuleSource;
}

const isoToSerial = (iso: string): number => {
  const [y, m, d] = iso.split("-").map(Number);
  return monthToSerial(y + 543, m, d);
};

const DATE_FORMAT: Record<Lang, string> = { th: "[$-107041E]d mmm yyyy;;", en: "d mmm yyyy;;" };

function styleFor(def: { kind: string; type: ValueType }): StyleName {
  const formula = def.kind === "formula";
  if (def.type === "money") return formula ? "formulaMoney" : "inputMoney";
  if (def.type === "number" || def.type === "percent" || def.type === "month" || def.type === "date") return formula ? "formulaNumber" : "inputNumber";
  return formula ? "formula" : "input";
}

function formatFor(type: ValueType, lang: Lang): string | undefined {
  if (type === "month") return MONTH_FORMAT[lang].long;
  if (type === "date") return DATE_FORMAT[lang];
  if (type === "percent") return "0.0%";
  return undefined;
}

/** A numeric-looking id is written as a number, so MATCH/SUMIF across sheets compare like with like. */
function idValue(id: string): CellScalar {
  const t = toArabicDigits(id).trim();
  return /^\d+$/.test(t) ? Number(t) : id;
}

class SheetBuilder {
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

interface Layout {
  lang: Lang;
  names: Record<SheetKey, string>;
  pos: Positions;
  targets: TablePos;
  activities: TablePos;
  budget: TablePos;
  indicators: TablePos;
  rates: TablePos;
  results: { sheet: string; rows: Record<string, number>; valueCol: number };
}

function tablePos(table: TableDef, sheet: string, headerRow: number, dataRows: number, withTotal: boolean): TablePos {
  const cols: Record<string, number> = {};
  table.columns.forEach((c, i) => (cols[c.key] = i + 1));
  const firstRow = headerRow + 1;
  const lastRow = headerRow + Math.max(1, dataRows);
  return { sheet, headerRow, firstRow, lastRow, totalRow: withTotal ? lastRow + 1 : undefined, cols };
}

function planLayout(plan: Plan, lang: Lang, ruleCount: number, indicatorCount: number): Layout {
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
  return { lang, names, pos, targets, activities, budget, indicators, rates, results: { sheet: names.results, rows: resultRows, valueCol: 2 } };
}

function headerRow(b: SheetBuilder, table: TableDef, t: TablePos, lang: Lang): void {
  table.columns.forEach((c, i) => {
    if (c.unmatched) return;
    b.set(t.headerRow, i + 1, { value: c.header[lang], style: "header" });
  });
}

function columnWidths(table: TableDef): Record<string, number> {
  const w: Record<string, number> = {};
  table.columns.forEach((c, i) => (w[colLetter(i + 1)] = c.width));
  return w;
}

/** Writes one data row of a table: values for inputs (from `values`), formulas for formula columns. */
function tableRow(
  b: SheetBuilder,
  L: Layout,
  table: TableDef,
  t: TablePos,
  row: number,
  values: Record<string, CellScalar | { formula: string } | undefined>,
): void {
  const ctx = makeCtx(L.pos, t, row);
  table.columns.forEach((c, i) => {
    const col = i + 1;
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

function totalRow(b: SheetBuilder, L: Layout, table: TableDef, t: TablePos): void {
  if (t.totalRow === undefined) return;
  table.columns.forEach((c, i) => {
    const col = i + 1;
    if (c.key === table.totalLabelColumn) b.set(t.totalRow!, col, { value: table.totalLabel![L.lang], style: "total" });
    else if (c.total) {
      const letter = colLetter(col);
      b.set(t.totalRow!, col, { formula: `=SUM(${letter}${t.firstRow}:${letter}${t.lastRow})`, style: "totalMoney" });
    } else b.set(t.totalRow!, col, { style: "total" });
  });
}

const money = (s: number | null | undefined): CellScalar => (s === null || s === undefined ? null : s / 100);
const month = (m: { year: number; month: number } | undefined): CellScalar => (m ? monthToSerial(m.year, m.month) : null);

function titleRows(b: SheetBuilder, title: Text, lang: Lang, sub?: { value?: string; formula?: string }): void {
  b.set(1, 1, { value: title[lang], style: "title" });
  if (sub) b.set(2, 1, { ...sub, style: "note" });
}

const LEGEND: Text = {
  th: "ช่องสีเหลือง: กรอกข้อมูล · ช่องสีเทา: สูตรคำนวณ (ไม่ต้องแก้)",
  en: "Yellow cells: type here · Grey cells: formulas (leave as they are)",
};

// ---------------------------------------------------------------------------------------------

function projectSheet(plan: Plan, L: Layout): SheetSpec {
  const { lang, names } = L;
  const b = new SheetBuilder({
    key: "project",
    name: names.project,
    cells: [],
    columnWidths: { A: 34, B: 70, C: 14, D: 14 },
    tabColor: "#2F5597",
    printTitleRows: undefined,
  });
  const fyRow = projectFieldRow("fiscalYear");
  b.set(1, 1, {
    formula:
      lang === "th"
        ? `="โครงการตามแผนปฏิบัติการ ประจำปีงบประมาณ พ.ศ. "&$B$${fyRow}`
        : `="Action plan project, fiscal year "&$B$${fyRow}&" (BE)"`,
    style: "title",
  });
  b.set(2, 1, { value: LEGEND[lang], style: "note" });
  const p = plan.project;
  const values: Record<string, CellScalar> = {
    name: p.name || null,
    owner: p.owner ?? null,
    department: p.department ?? null,
    fiscalYear: p.fiscalYear,
    periodStart: month(p.periodStart),
    periodEnd: month(p.periodEnd),
    character: p.character ?? null,
    budgetSource: p.budgetSource ?? null,
    allocation: money(p.allocation),
    fundsAvailableFrom: month(p.fundsAvailableFrom),
    venue: choiceLabel(VENUE_CHOICES, p.venue, lang),
    trainingType: choiceLabel(TRAINING_CHOICES, p.trainingType, lang),
    staffLevel: p.staffLevel ? choiceLabel(STAFF_CHOICES, p.staffLevel, lang) : null,
    statedTotal: money(p.statedTotal),
    alignment: p.alignment?.length ? p.alignment.join("\n") : null,
    rationale: p.rationale ?? null,
    objectives: p.objectives?.length ? p.objectives.join("\n") : null,
    expectedResults: p.expectedResults?.length ? p.expectedResults.join("\n") : null,
  };
  for (const f of PROJECT_FIELDS) {
    const row = projectFieldRow(f.key);
    b.label(row, 1, f.label[lang]);
    writeField(b, L, f, row, values[f.key], makeCtx(L.pos, undefined, row));
  }
  const validations = [
    { range: `B${projectFieldRow("venue")}`, source: CHOICES.venue.map((c) => c[lang]) },
    { range: `B${projectFieldRow("trainingType")}`, source: CHOICES.trainingType.map((c) => c[lang]) },
    { range: `B${projectFieldRow("staffLevel")}`, source: CHOICES.staffLevel.map((c) => c[lang]) },
  ];
  // targets
  const t = L.targets;
  b.set(t.headerRow - 1, 1, { value: TARGETS_TABLE.title[lang], style: "label" });
  headerRow(b, TARGETS_TABLE, t, lang);
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    const tg = plan.targets[r - t.firstRow];
    tableRow(b, L, TARGETS_TABLE, t, r, tg ? { kind: choiceLabel(CHOICES.targetKind, tg.kind, lang), text: tg.text, value: tg.value ?? null, unit: tg.unit ?? null } : {});
  }
  validations.push({ range: `A${t.firstRow}:A${t.lastRow + 20}`, source: CHOICES.targetKind.map((c) => c[lang]) });
  const spec = b.done();
  spec.validations = validations;
  // the sheet shows its own problems: a stated total that differs from the lines, spending over the allocation
  const st = projectFieldRow("statedTotal");
  const ct = projectFieldRow("computedTotal");
  const bal = projectFieldRow("balance");
  spec.conditionalFormats = [
    { range: `B${st}`, formula: `=AND(ISNUMBER($B$${st}),ROUND($B$${st}-N($B$${ct}),2)<>0)`, fill: "#F8CBAD", fontColor: "#9C0006" },
    { range: `B${bal}`, formula: `=N($B$${bal})<0`, fill: "#F8CBAD", fontColor: "#9C0006" },
  ];
  return spec;
}

function writeField(b: SheetBuilder, L: Layout, f: FieldDef, row: number, value: CellScalar | undefined, ctx: ReturnType<typeof makeCtx>): void {
  const numberFormat = formatFor(f.type, L.lang);
  if (f.kind === "formula" || (f.kind === "inputOrFormula" && (value === undefined || value === null))) {
    b.set(row, 2, { formula: f.formula!(ctx), style: styleFor({ kind: "formula", type: f.type }), numberFormat });
  } else {
    b.set(row, 2, { ...(value !== undefined && value !== null && value !== "" ? { value } : {}), style: styleFor(f), numberFormat });
  }
}

function activitiesSheet(plan: Plan, L: Layout): SheetSpec {
  const { lang, names } = L;
  const t = L.activities;
  const b = new SheetBuilder({
    key: "activities",
    name: names.activities,
    cells: [],
    columnWidths: columnWidths(ACTIVITIES_TABLE),
    freezeRows: t.headerRow,
    landscape: true,
    printTitleRows: `${t.headerRow}:${t.headerRow}`,
    tabColor: "#548235",
  });
  const pStart = L.pos.project ? absCell(names.project, projectFieldRow("periodStart"), 2) : "";
  const pEnd = absCell(names.project, projectFieldRow("periodEnd"), 2);
  const fy = absCell(names.project, projectFieldRow("fiscalYear"), 2);
  titleRows(b, ACTIVITIES_TABLE.title, lang, {
    formula: lang === "th" ? `="ปีงบประมาณ พ.ศ. "&${fy}&"   ${LEGEND.th}"` : `="Fiscal year "&${fy}&" (BE)   ${LEGEND.en}"`,
  });
  headerRow(b, ACTIVITIES_TABLE, t, lang);
  // the 12-month grid: header cells are real dates (first of each fiscal month), BE-formatted
  const firstGrid = t.cols[GRID_KEYS[0]];
  const periodLabelCol = t.cols.end;
  b.set(3, periodLabelCol, { value: lang === "th" ? "ระยะเวลาโครงการ" : "Project period", style: "note" });
  GRID_KEYS.forEach((k, i) => {
    const col = t.cols[k];
    const letter = colLetter(col);
    // fiscal month i: Oct of FY-1 + i, as a formula of the fiscal year so changing the year redraws the grid
    b.set(t.headerRow, col, {
      formula: `=DATE(N(${fy})-544,${10 + i},1)`,
      style: "header",
      numberFormat: MONTH_FORMAT[lang].short,
    });
    b.set(3, col, {
      formula: `=IF(ISNUMBER(${pStart}),IF(AND(${letter}$${t.headerRow}>=EOMONTH(${pStart},-1)+1,${letter}$${t.headerRow}<=IF(ISNUMBER(${pEnd}),${pEnd},${pStart})),"${FORMULA_TEXT.periodMark}",""),"")`,
      style: "status",
    });
  });
  const statedByActivity = new Map<string, number>();
  for (const s of plan.subtotals) if (!statedByActivity.has(s.activityId)) statedByActivity.set(s.activityId, s.statedAmount);
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    const a = plan.activities[r - t.firstRow];
    tableRow(
      b,
      L,
      ACTIVITIES_TABLE,
      t,
      r,
      a
        ? {
            id: idValue(a.id),
            name: a.name,
            owners: a.owners.length ? a.owners.join("\n") : null,
            start: month(a.start),
            end: month(a.end),
            stated: money(statedByActivity.get(a.id)),
            statusInput: a.status ? choiceLabel(STATUS_CHOICES, a.status, lang) : null,
            note: a.note ?? null,
          }
        : {},
    );
  }
  totalRow(b, L, ACTIVITIES_TABLE, t);
  const spec = b.done();
  const gridRange = `${colLetter(firstGrid)}${t.firstRow}:${colLetter(firstGrid + 11)}${t.lastRow}`;
  const g = colLetter(firstGrid);
  const st = colLetter(t.cols.status);
  spec.conditionalFormats = [
    { range: gridRange, formula: `=${g}${t.firstRow}="${FORMULA_TEXT.gridMark}"`, fill: "#2F75B5", fontColor: "#FFFFFF" },
    {
      range: gridRange,
      formula: `=IF(ISNUMBER(${pStart}),AND(${g}$${t.headerRow}>=EOMONTH(${pStart},-1)+1,${g}$${t.headerRow}<=IF(ISNUMBER(${pEnd}),${pEnd},${pStart})),FALSE)`,
      fill: "#DDEBF7",
    },
    { range: `${st}${t.firstRow}:${st}${t.lastRow}`, formula: `=$${st}${t.firstRow}="${choiceLabel(STATUS_CHOICES, "late", lang)}"`, fontColor: "#C00000" },
    { range: `${st}${t.firstRow}:${st}${t.lastRow}`, formula: `=$${st}${t.firstRow}="${choiceLabel(STATUS_CHOICES, "done", lang)}"`, fontColor: "#548235" },
  ];
  // a stated subtotal (from the document) that differs from the sum of the activity's lines
  const sd = colLetter(t.cols.stated);
  const bu = colLetter(t.cols.budget);
  spec.conditionalFormats.push({
    range: `${sd}${t.firstRow}:${sd}${t.lastRow}`,
    formula: `=AND(ISNUMBER($${sd}${t.firstRow}),ROUND($${sd}${t.firstRow}-N($${bu}${t.firstRow}),2)<>0)`,
    fill: "#F8CBAD",
    fontColor: "#9C0006",
  });
  const si = colLetter(t.cols.statusInput);
  spec.validations = [{ range: `${si}${t.firstRow}:${si}${t.lastRow + 50}`, source: STATUS_CHOICES.map((c) => c[lang]) }];
  return spec;
}

/** The amount cell of a line: the formula when the stated amount is the computed one (or absent), else the stated number as written. */
function amountCell(line: BudgetLine): CellScalar | { formula: string } | undefined {
  if (line.unitCost === null) return money(line.statedAmount);
  if (line.statedAmount === null) return undefined;
  const computed = lineAmount(line);
  if (computed !== null && computed === line.statedAmount && !line.invalid?.statedAmount) return undefined;
  return money(line.statedAmount);
}

function factor(line: BudgetLine, key: "unitCost" | "quantity" | "times"): CellScalar {
  const inv = line.invalid?.[key];
  if (inv !== undefined) return inv;
  const v = line[key];
  if (v === null) return null;
  return key === "unitCost" ? v / 100 : v;
}

function budgetSheet(plan: Plan, L: Layout): SheetSpec {
  const { lang, names } = L;
  const t = L.budget;
  const b = new SheetBuilder({
    key: "budget",
    name: names.budget,
    cells: [],
    columnWidths: columnWidths(BUDGET_TABLE),
    freezeRows: t.headerRow,
    landscape: true,
    printTitleRows: `${t.headerRow}:${t.headerRow}`,
    tabColor: "#C55A11",
  });
  titleRows(b, BUDGET_TABLE.title, lang, {
    value:
      lang === "th"
        ? "จำนวนเงิน = อัตรา × จำนวน × ครั้ง (ปล่อยช่องว่างได้ถ้าไม่มี) · รายการเหมาจ่าย: เว้นอัตราแล้วพิมพ์จำนวนเงิน · แทรกแถวเหนือแถวรวม"
        : "Amount = unit cost × quantity × times (blank factors count as 1) · lump sums: leave the unit cost blank and type the amount · insert rows above the total row",
  });
  b.set(3, 1, { value: LEGEND[lang], style: "note" });
  headerRow(b, BUDGET_TABLE, t, lang);
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    const line = plan.budgetLines[r - t.firstRow];
    if (!line) {
      tableRow(b, L, BUDGET_TABLE, t, r, {});
      continue;
    }
    const guess = classifyItem(line.item);
    const amount = amountCell(line);
    tableRow(b, L, BUDGET_TABLE, t, r, {
      activityId: line.activityId ? idValue(line.activityId) : null,
      item: line.item,
      expenseClass: choiceLabel(EXPENSE_CLASS_CHOICES, line.expenseClass ?? guess?.expenseClass, lang) || null,
      rateCategory: categoryLabel(sheetRateCategory(line, plan), lang) || null,
      unitCost: factor(line, "unitCost"),
      quantity: factor(line, "quantity"),
      quantityUnit: line.quantityUnit ?? null,
      times: factor(line, "times"),
      timesUnit: line.timesUnit ?? null,
      ...(amount !== undefined ? { amount: line.invalid?.statedAmount ?? amount } : {}),
      ...(line.month ? { month: month(line.month) } : {}),
      note: line.note ?? null,
    });
  }
  totalRow(b, L, BUDGET_TABLE, t);
  // both sums in the total row: the amounts as written (J) and as computed; the check column says when they differ
  const amtCol = colLetter(t.cols.amount);
  const cmpCol = colLetter(t.cols.computed);
  const tr = t.totalRow!;
  b.set(tr, t.cols.status, {
    formula: `=IF(ROUND(${amtCol}${tr}-${cmpCol}${tr},2)=0,"",${JSON.stringify(lang === "th" ? "ตามที่เขียน ≠ ตามการคำนวณ" : "as written ≠ as computed")})`,
    style: "total",
  });
  const spec = b.done();
  const col = (k: string) => colLetter(t.cols[k]);
  const st = col("status");
  spec.conditionalFormats = [
    { range: `${st}${t.firstRow}:${st}${t.lastRow}`, formula: `=$${st}${t.firstRow}="${FORMULA_TEXT.overCeiling[lang]}"`, fill: "#F8CBAD", fontColor: "#9C0006" },
    { range: `${st}${t.firstRow}:${st}${t.lastRow}`, formula: `=$${st}${t.firstRow}="${FORMULA_TEXT.typedAmount[lang]}"`, fill: "#FFE699" },
    // a line whose amount as written differs from its computed amount, and the two totals when they differ
    {
      range: `${amtCol}${t.firstRow}:${amtCol}${t.lastRow}`,
      formula: `=ROUND(N($${amtCol}${t.firstRow})-N($${cmpCol}${t.firstRow}),2)<>0`,
      fill: "#F8CBAD",
      fontColor: "#9C0006",
    },
    ...[amtCol, cmpCol].map((c) => ({
      range: `${c}${tr}`,
      formula: `=ROUND(N($${amtCol}$${tr})-N($${cmpCol}$${tr}),2)<>0`,
      fill: "#F8CBAD",
      fontColor: "#9C0006",
    })),
  ];
  spec.validations = [
    { range: `${col("expenseClass")}${t.firstRow}:${col("expenseClass")}${t.lastRow + 50}`, source: EXPENSE_CLASS_CHOICES.map((c) => c[lang]) },
    {
      range: `${col("rateCategory")}${t.firstRow}:${col("rateCategory")}${t.lastRow + 50}`,
      source: `=${absColRange(L.rates.sheet, L.rates.cols.category, L.rates.firstRow, L.rates.lastRow)}`,
    },
  ];
  return spec;
}

function summarySheet(plan: Plan, L: Layout): { sheet: SheetSpec; chart: NonNullable<WorkbookSpec["charts"]>[number] } {
  const { lang, names } = L;
  const b = new SheetBuilder({ key: "summary", name: names.summary, cells: [], columnWidths: { A: 12, B: 52, C: 18, D: 16 }, tabColor: "#7030A0" });
  const T = (th: string, en: string) => (lang === "th" ? th : en);
  const projName = absCell(names.project, projectFieldRow("name"), 2);
  const fy = `N(${absCell(names.project, projectFieldRow("fiscalYear"), 2)})`;
  titleRows(b, { th: "สรุปงบประมาณโครงการ", en: "Budget summary" }, lang, { formula: `=${projName}&""` });
  const A = L.activities;
  const Bu = L.budget;
  // the one model: every sum on this sheet is of the computed amounts (the amounts as written are shown beside them)
  const total = absCell(Bu.sheet, Bu.totalRow!, Bu.cols.computed);
  const writtenTotal = absCell(Bu.sheet, Bu.totalRow!, Bu.cols.amount);
  // 1. by activity
  let r = 4;
  b.label(r - 1, 1, T("งบประมาณรายกิจกรรม", "Budget by activity"));
  ["ที่|No.", "กิจกรรม|Activity", "งบประมาณ (บาท)|Budget (baht)", "ร้อยละ|Share"].forEach((h, i) => b.set(r, i + 1, { value: h.split("|")[lang === "th" ? 0 : 1], style: "header" }));
  const first = r + 1;
  for (let ar = A.firstRow; ar <= A.lastRow; ar++) {
    r++;
    const id = absCell(A.sheet, ar, A.cols.id).replace(/\$/g, "");
    const nm = absCell(A.sheet, ar, A.cols.name).replace(/\$/g, "");
    const bud = absCell(A.sheet, ar, A.cols.budget).replace(/\$/g, "");
    b.set(r, 1, { formula: `=IF(${id}="","",${id})`, style: "formula" });
    b.set(r, 2, { formula: `=IF(${id}="","",${nm})`, style: "formula" });
    b.set(r, 3, { formula: `=IF(${id}="","",N(${bud}))`, style: "formulaMoney" });
    b.set(r, 4, { formula: `=IF(OR(C${r}="",N(${total})=0),"",C${r}/${total})`, style: "formulaNumber", numberFormat: "0.0%" });
  }
  const last = r;
  r++;
  b.set(r, 2, { value: T("รวม", "Total"), style: "total" });
  b.set(r, 3, { formula: `=SUM(C${first}:C${last})`, style: "totalMoney" });
  b.set(r, 4, { formula: `=IF(N(${total})=0,"",C${r}/${total})`, style: "total", numberFormat: "0.0%" });
  // 2. by expense class
  r += 2;
  b.label(r, 1, T("งบประมาณตามหมวดรายจ่าย", "Budget by expense class"));
  r++;
  ["", "หมวดรายจ่าย|Expense class", "งบประมาณ (บาท)|Budget (baht)", "ร้อยละ|Share"].forEach((h, i) => h && b.set(r, i + 1, { value: h.split("|")[lang === "th" ? 0 : 1], style: "header" }));
  const cls = absColRange(Bu.sheet, Bu.cols.expenseClass, Bu.firstRow, Bu.lastRow);
  const amt = absColRange(Bu.sheet, Bu.cols.computed, Bu.firstRow, Bu.lastRow);
  const clsFirst = r + 1;
  for (const c of EXPENSE_CLASS_CHOICES) {
    r++;
    b.set(r, 2, { value: c[lang], style: "label" });
    b.set(r, 3, { formula: `=SUMIF(${cls},B${r},${amt})`, style: "formulaMoney" });
    b.set(r, 4, { formula: `=IF(N(${total})=0,"",C${r}/${total})`, style: "formulaNumber", numberFormat: "0.0%" });
  }
  r++;
  b.set(r, 2, { value: T("ไม่ระบุหมวด", "No class given"), style: "label" });
  b.set(r, 3, { formula: `=N(${total})-SUM(C${clsFirst}:C${r - 1})`, style: "formulaMoney" });
  b.set(r, 4, { formula: `=IF(N(${total})=0,"",C${r}/${total})`, style: "formulaNumber", numberFormat: "0.0%" });
  // 3. quarterly spending plan
  r += 2;
  b.label(r, 1, T("แผนการใช้จ่ายงบประมาณรายไตรมาส", "Quarterly spending plan"));
  r++;
  ["ไตรมาส|Quarter", "ช่วงเดือน|Months", "งบประมาณ (บาท)|Budget (baht)", "สะสม (บาท)|Cumulative (baht)"].forEach((h, i) => b.set(r, i + 1, { value: h.split("|")[lang === "th" ? 0 : 1], style: "header" }));
  const mon = absColRange(Bu.sheet, Bu.cols.month, Bu.firstRow, Bu.lastRow);
  const qMonths = lang === "th" ? ["ต.ค. – ธ.ค.", "ม.ค. – มี.ค.", "เม.ย. – มิ.ย.", "ก.ค. – ก.ย."] : ["Oct – Dec", "Jan – Mar", "Apr – Jun", "Jul – Sep"];
  const qStart = [`DATE(${fy}-544,10,1)`, `DATE(${fy}-543,1,1)`, `DATE(${fy}-543,4,1)`, `DATE(${fy}-543,7,1)`, `DATE(${fy}-543,10,1)`];
  const qFirst = r + 1;
  for (let q = 0; q < 4; q++) {
    r++;
    b.set(r, 1, { value: T(`ไตรมาส ${q + 1}`, `Q${q + 1}`), style: "label" });
    b.set(r, 2, { value: qMonths[q], style: "label" });
    b.set(r, 3, { formula: `=SUMIFS(${amt},${mon},">="&${qStart[q]},${mon},"<"&${qStart[q + 1]})`, style: "formulaMoney" });
    b.set(r, 4, { formula: `=SUM(C$${qFirst}:C${r})`, style: "formulaMoney" });
  }
  r++;
  b.set(r, 1, { value: T("ไม่ระบุเดือน", "No month"), style: "label" });
  b.set(r, 3, { formula: `=N(${total})-SUM(C${qFirst}:C${r - 1})`, style: "formulaMoney" });
  // 4. allocation against planned
  r += 2;
  b.label(r, 1, T("งบประมาณที่ได้รับจัดสรรเทียบกับแผน", "Allocation against planned"));
  const alloc = absCell(names.project, projectFieldRow("allocation"), 2);
  const rows: [string, string, string, string?][] = [
    [T("งบประมาณที่ได้รับจัดสรร", "Allocation"), `=N(${alloc})`, "formulaMoney"],
    [T("งบประมาณตามแผน (ตามการคำนวณ อัตรา × จำนวน × ครั้ง)", "Planned (as computed: unit cost × quantity × times)"), `=N(${total})`, "formulaMoney"],
    [T("ผลต่าง (จัดสรร − แผน)", "Difference (allocation − planned)"), "", "formulaMoney"],
    [T("ร้อยละของงบจัดสรร", "Share of allocation"), "", "formulaNumber", "0.0%"],
    [T("งบประมาณตามแผน (ตัวอักษร)", "Planned, in Thai words"), `=BAHTTEXT(N(${total}))`, "formula"],
  ];
  const a0 = r + 1;
  rows.forEach(([label, f, style, fmt], i) => {
    r++;
    const formula = i === 2 ? `=C${a0}-C${a0 + 1}` : i === 3 ? `=IF(C${a0}=0,"",C${a0 + 1}/C${a0})` : f;
    b.set(r, 2, { value: label, style: "label" });
    b.set(r, 3, { formula, style: style as StyleName, ...(fmt ? { numberFormat: fmt } : {}) });
  });
  // the sum of the amounts as written, and a note when it differs from the computed one
  r++;
  b.set(r, 2, { value: T("รวมจำนวนเงินตามที่เขียนในรายการ", "Sum of the amounts as written"), style: "label" });
  b.set(r, 3, { formula: `=N(${writtenTotal})`, style: "formulaMoney" });
  b.set(r, 4, {
    formula: `=IF(ROUND(C${r}-C${a0 + 1},2)=0,"",${JSON.stringify(T("ไม่ตรงกับที่คำนวณ: ดูช่องผลตรวจในชีตงบประมาณ", "differs from the computed sum: see the check column of the budget sheet"))})`,
    style: "note",
  });
  const sheet = b.done();
  sheet.printTitleRows = undefined;
  return {
    sheet,
    chart: {
      sheet: names.summary,
      title: T("งบประมาณรายกิจกรรม", "Budget by activity"),
      categoriesRange: `B${first}:B${last}`,
      valuesRange: `C${first}:C${last}`,
      anchor: "F3",
    },
  };
}

function indicatorsSheet(L: Layout, indicators: Plan["indicators"]): SheetSpec {
  const { lang, names } = L;
  const t = L.indicators;
  const b = new SheetBuilder({
    key: "indicators",
    name: names.indicators,
    cells: [],
    columnWidths: columnWidths(INDICATORS_TABLE),
    freezeRows: t.headerRow,
    landscape: true,
    printTitleRows: `${t.headerRow}:${t.headerRow}`,
    tabColor: "#BF8F00",
  });
  titleRows(b, INDICATORS_TABLE.title, lang, { value: LEGEND[lang] });
  headerRow(b, INDICATORS_TABLE, t, lang);
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    const ind = indicators[r - t.firstRow];
    tableRow(
      b,
      L,
      INDICATORS_TABLE,
      t,
      r,
      ind
        ? {
            kind: choiceLabel(CHOICES.indicatorKind, ind.kind, lang),
            text: ind.text,
            targetValue: ind.targetValue ?? null,
            targetUnit: ind.targetUnit ?? null,
            targetText: ind.targetText ?? null,
            method: ind.method ?? null,
            tool: ind.tool ?? null,
            achievedValue: ind.achievedValue ?? null,
          }
        : {},
    );
  }
  const spec = b.done();
  spec.validations = [{ range: `A${t.firstRow}:A${t.lastRow + 30}`, source: CHOICES.indicatorKind.map((c) => c[lang]) }];
  return spec;
}

function ratesSheet(rules: RateRule[], L: Layout): SheetSpec {
  const { lang, names } = L;
  const t = L.rates;
  const b = new SheetBuilder({
    key: "rates",
    name: names.rates,
    cells: [],
    columnWidths: columnWidths(RATES_TABLE),
    freezeRows: t.headerRow,
    landscape: true,
    printTitleRows: `${t.headerRow}:${t.headerRow}`,
    tabColor: "#7F7F7F",
  });
  b.set(1, 1, { value: RATES_TABLE.title[lang], style: "title" });
  b.set(3, 1, {
    value:
      lang === "th"
        ? "แก้เพดานหรือเพิ่มอัตราของหน่วยงานได้ (เพิ่มแถวในตาราง) · ช่องเงื่อนไขว่าง = ใช้ทุกกรณี · วันที่มีผลว่าง = ไม่จำกัด"
        : "Edit ceilings or add your office's own caps (add rows) · blank condition = any · blank dates = no limit",
    style: "note",
  });
  // row 2: the conditions in force for this plan (from the project sheet, unknown → the usual default)
  const cond = (field: string, list: readonly { id: string; th: string; en: string }[], dflt: string) => {
    const p = absCell(names.project, projectFieldRow(field), 2);
    const unknown = choiceLabel(list, "unknown", lang);
    const d = choiceLabel(list, dflt, lang);
    return `=IF(OR(${p}="",${p}="${unknown}"),"${d}",${p})`;
  };
  b.set(RATES_COND_ROW, t.cols.unit, { value: lang === "th" ? "เงื่อนไขของโครงการนี้:" : "This plan's conditions:", style: "label" });
  b.set(RATES_COND_ROW, t.cols.venue, { formula: cond("venue", VENUE_CHOICES, "gov"), style: "formula" });
  b.set(RATES_COND_ROW, t.cols.trainingType, { formula: cond("trainingType", TRAINING_CHOICES, "b"), style: "formula" });
  b.set(RATES_COND_ROW, t.cols.staffLevel, { formula: cond("staffLevel", STAFF_CHOICES, "standard"), style: "formula" });
  headerRow(b, RATES_TABLE, t, lang);
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    const rule = rules[r - t.firstRow];
    tableRow(
      b,
      L,
      RATES_TABLE,
      t,
      r,
      rule
        ? {
            id: rule.id,
            category: categoryLabel(rule.category, lang),
            label: rule.label[lang],
            unit: rule.unit[lang],
            ceiling: rule.ceiling / 100,
            venue: rule.conditions?.venue ? choiceLabel(VENUE_CHOICES, rule.conditions.venue, lang) : null,
            trainingType: rule.conditions?.trainingType ? choiceLabel(TRAINING_CHOICES, rule.conditions.trainingType, lang) : null,
            staffLevel: rule.conditions?.staffLevel ? choiceLabel(STAFF_CHOICES, rule.conditions.staffLevel, lang) : null,
            otherConditions: otherConditionsText(rule, lang) || null,
            effectiveFrom: rule.effectiveFrom ? isoToSerial(rule.effectiveFrom) : null,
            effectiveTo: rule.effectiveTo ? isoToSerial(rule.effectiveTo) : null,
            source: rule.source,
            confidence: choiceLabel(CHOICES.confidence, rule.confidence, lang),
            note: rule.note ?? null,
          }
        : {},
    );
  }
  const spec = b.done();
  const col = (k: string) => colLetter(t.cols[k]);
  const rng = (k: string) => `${col(k)}${t.firstRow}:${col(k)}${t.lastRow + 50}`;
  const withBlank = (list: readonly { id: string; th: string; en: string }[]) => list.filter((c) => c.id !== "unknown").map((c) => c[lang]);
  spec.validations = [
    { range: rng("venue"), source: withBlank(VENUE_CHOICES) },
    { range: rng("trainingType"), source: withBlank(TRAINING_CHOICES) },
    { range: rng("staffLevel"), source: withBlank(STAFF_CHOICES) },
    { range: rng("confidence"), source: CHOICES.confidence.map((c) => c[lang]) },
  ];
  return spec;
}

function resultsSheet(plan: Plan, L: Layout, indicatorRows: number): SheetSpec {
  const { lang, names } = L;
  const b = new SheetBuilder({ key: "results", name: names.results, cells: [], columnWidths: { A: 46, B: 18, C: 12, D: 14, E: 14 }, tabColor: "#00B0F0" });
  b.set(1, 1, { value: lang === "th" ? "ผลการดำเนินงาน" : "Results", style: "title" });
  b.set(2, 1, { value: LEGEND[lang], style: "note" });
  const res = plan.results;
  const remainingTyped =
    res?.remaining !== undefined && (res.received === undefined || res.spent === undefined || res.received - res.spent !== res.remaining);
  const values: Record<string, CellScalar | undefined> = {
    received: money(res?.received),
    spent: money(res?.spent),
    remaining: remainingTyped ? money(res!.remaining) : undefined,
  };
  for (const f of RESULTS_FIELDS) {
    const row = resultsFieldRow(f.key);
    b.label(row, 1, f.label[lang]);
    const ctx = makeFormCtx(L.pos, L.results, row);
    const numberFormat = formatFor(f.type, lang);
    const v = values[f.key];
    if (f.kind === "formula" || (f.kind === "inputOrFormula" && (v === undefined || v === null))) {
      b.set(row, 2, { formula: f.formula!(ctx), style: styleFor({ kind: "formula", type: f.type }), numberFormat });
    } else b.set(row, 2, { ...(v !== null && v !== undefined ? { value: v } : {}), style: styleFor(f), numberFormat });
  }
  // achievement per indicator (formulas over the indicators sheet)
  let r = resultsFieldRow("spentPercent") + 2;
  b.label(r, 1, lang === "th" ? "ผลการดำเนินงานตามตัวชี้วัด (กรอกผลที่ได้ในแผ่นงานตัวชี้วัด)" : "Achievement by indicator (type achieved values in the indicators sheet)");
  r++;
  const heads = lang === "th" ? ["ตัวชี้วัด", "ค่าเป้าหมาย", "หน่วย", "ผลที่ได้", "ร้อยละที่บรรลุ"] : ["Indicator", "Target", "Unit", "Achieved", "% achieved"];
  heads.forEach((h, i) => b.set(r, i + 1, { value: h, style: "header" }));
  const I = L.indicators;
  for (let ir = I.firstRow; ir < I.firstRow + indicatorRows; ir++) {
    r++;
    const ref = (k: string) => absCell(I.sheet, ir, I.cols[k]).replace(/\$/g, "");
    b.set(r, 1, { formula: `=IF(${ref("text")}="","",${ref("text")})`, style: "formula" });
    b.set(r, 2, { formula: `=IF(${ref("targetValue")}="","",${ref("targetValue")})`, style: "formulaNumber" });
    b.set(r, 3, { formula: `=IF(${ref("targetUnit")}="","",${ref("targetUnit")})`, style: "formula" });
    b.set(r, 4, { formula: `=IF(${ref("achievedValue")}="","",${ref("achievedValue")})`, style: "formulaNumber" });
    b.set(r, 5, { formula: `=IF(${ref("percent")}="","",${ref("percent")})`, style: "formulaNumber", numberFormat: "0.0%" });
  }
  return b.done();
}

/**
 * The plan workbook for a plan (an empty plan gives the blank template). Sheets in the order a
 * reviewer reads them: project, activities, budget, summary, indicators, results, rates.
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
      resultsSheet(plan, L, L.indicators.lastRow - L.indicators.firstRow + 1),
      ratesSheet(rules, L),
    ],
    charts: [summary.chart],
    names: [templateStamp(L.names.project)],
  };
}

/** Column definitions by key (for adapters that want header texts or widths). */
export function columnDef(table: TableDef, key: string): ColumnDef | undefined {
  return table.columns.find((c) => c.key === key);
}
