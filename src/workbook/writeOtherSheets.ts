/** The indicators, rates and results sheets. */
import type { Plan } from "../core/model";
import { satangToBaht } from "../core/money";
import type { RateRule } from "../core/rates/schema";
import { isoDateToSerial } from "../core/dateSerial";
import { absCell, colLetter } from "./a1";
import { makeFormCtx } from "./ctx";
import {
  CHOICES,
  STAFF_CHOICES,
  TRAINING_CHOICES,
  VENUE_CHOICES,
  choiceLabel,
} from "./i18n";
import {
  INDICATORS_TABLE,
  RATES_COND_ROW,
  RATES_TABLE,
  RESULTS_FIELDS,
  RESULT_INDICATORS_TABLE,
  projectFieldRow,
  resultsFieldRow,
} from "./layout";
import { categoryLabel, otherConditionsText } from "./rateLabels";
import type { CellScalar, SheetSpec } from "./types";
import {
  LEGEND,
  columnWidths,
  formatFor,
  headerRow,
  money,
  styleFor,
  tableRow,
  titleRows,
  SheetBuilder,
  type Layout,
} from "./templateParts";

export function indicatorsSheet(L: Layout, indicators: Plan["indicators"]): SheetSpec {
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
          }
        : {},
    );
  }
  const spec = b.done();
  spec.validations = [{ range: `A${t.firstRow}:A${t.lastRow + 30}`, source: CHOICES.indicatorKind.map((c) => c[lang]) }];
  spec.printArea = `A${t.headerRow}:${colLetter(Object.keys(t.cols).length)}${t.lastRow}`;
  return spec;
}

export function ratesSheet(rules: RateRule[], L: Layout): SheetSpec {
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
            ceiling: satangToBaht(rule.ceiling),
            venue: rule.conditions?.venue ? choiceLabel(VENUE_CHOICES, rule.conditions.venue, lang) : null,
            trainingType: rule.conditions?.trainingType ? choiceLabel(TRAINING_CHOICES, rule.conditions.trainingType, lang) : null,
            staffLevel: rule.conditions?.staffLevel ? choiceLabel(STAFF_CHOICES, rule.conditions.staffLevel, lang) : null,
            otherConditions: otherConditionsText(rule, lang) || null,
            effectiveFrom: rule.effectiveFrom ? isoDateToSerial(rule.effectiveFrom) : null,
            effectiveTo: rule.effectiveTo ? isoDateToSerial(rule.effectiveTo) : null,
            source: rule.source[lang],
            confidence: choiceLabel(CHOICES.confidence, rule.confidence, lang),
            note: rule.note?.[lang] ?? null,
          }
        : {},
    );
  }
  const spec = b.done();
  const col = (k: string) => colLetter(t.cols[k]);
  // printed on request only (budget-plan pdf leaves it out): the rules without the calculation columns
  spec.printArea = `A${t.headerRow}:${col("note")}${t.lastRow}`;
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

export function resultsSheet(plan: Plan, L: Layout, indicators: Plan["indicators"]): SheetSpec {
  const { lang, names } = L;
  const b = new SheetBuilder({ key: "results", name: names.results, cells: [], columnWidths: { A: 46, B: 18, C: 12, D: 14, E: 14, F: 14 }, tabColor: "#00B0F0" });
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
  // what the results report says besides figures
  const listValues: Record<string, string[] | undefined> = { problems: res?.problems, suggestions: res?.suggestions };
  for (const key of ["problems", "suggestions"]) {
    const v = listValues[key];
    if (v?.length) b.set(resultsFieldRow(key), 2, { value: v.join("\n"), style: "input" });
  }
  // achievement per indicator: the indicator and its target from the indicators sheet, what was achieved typed here
  const t = L.resultIndicators;
  b.label(t.headerRow - 1, 1, RESULT_INDICATORS_TABLE.title[lang]);
  headerRow(b, RESULT_INDICATORS_TABLE, t, lang);
  const I = L.indicators;
  for (let r = t.firstRow; r <= t.lastRow; r++) {
    const ir = I.firstRow + (r - t.firstRow);
    const ref = (k: string) => absCell(I.sheet, ir, I.cols[k]).replace(/\$/g, "");
    const ind = indicators[r - t.firstRow];
    tableRow(b, L, RESULT_INDICATORS_TABLE, t, r, {
      text: { formula: `=IF(${ref("text")}="","",${ref("text")})` },
      targetValue: { formula: `=IF(${ref("targetValue")}="","",${ref("targetValue")})` },
      targetUnit: { formula: `=IF(${ref("targetUnit")}="","",${ref("targetUnit")})` },
      achievedValue: ind?.achievedValue ?? null,
    });
  }
  const spec = b.done();
  spec.printArea = `A${resultsFieldRow("received")}:F${t.lastRow}`;
  return spec;
}
