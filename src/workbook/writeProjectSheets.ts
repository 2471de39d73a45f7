/** The project sheet (fields and targets) and the activities sheet (schedule grid, budgets, status). */
import type { Plan, Satang } from "../core/model";
import { isGroupSubtotal } from "../core/model";
import { fiscalMonthLabels } from "./monthText";
import { absCell, colLetter } from "./a1";
import { makeCtx } from "./ctx";
import {
  CHOICES,
  MONTH_FORMAT,
  PDCA_CHOICES,
  STATUS_CHOICES,
  STAFF_CHOICES,
  TRAINING_CHOICES,
  VENUE_CHOICES,
  choiceLabel,
} from "./i18n";
import {
  ACTIVITIES_TABLE,
  FORMULA_TEXT,
  GRID_KEYS,
  PROJECT_FIELDS,
  PROJECT_FIRST_FIELD_ROW,
  SIGNER_FIELDS,
  TARGETS_TABLE,
  projectFieldRow,
} from "./layout";
import type { CellScalar, SheetSpec } from "./types";
import { heightFor, linesOf } from "./proposal/textLayout";
import {
  LEGEND,
  columnWidths,
  headerRow,
  idValue,
  money,
  month,
  tableRow,
  titleRows,
  totalRow,
  writeField,
  SheetBuilder,
  type Layout,
} from "./templateParts";

const lines = (xs: string[] | undefined): CellScalar => (xs?.length ? xs.join("\n") : null);

export function projectSheet(plan: Plan, L: Layout): SheetSpec {
  const { lang, names } = L;
  const b = new SheetBuilder({
    key: "project",
    name: names.project,
    cells: [],
    columnWidths: { A: 36, B: 70, C: 14, D: 14 }, // A as the targets table's first column (layout.ts)
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
    workPlan: p.workPlan ?? null,
    strategyObec: p.strategyObec ?? null,
    strategyArea: p.strategyArea ?? null,
    strategySchool: p.strategySchool ?? null,
    standards: lines(p.standards),
    place: p.place ?? null,
    risks: lines(p.risks),
    riskResponses: lines(p.riskResponses),
  };
  for (const [role, keys] of Object.entries(SIGNER_FIELDS)) {
    const sg = p.signers?.[role as keyof typeof SIGNER_FIELDS];
    values[keys.name] = sg?.name ?? null;
    values[keys.position] = sg?.position ?? null;
  }
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
  // printed: the fields and targets (not the legend), the title repeated; long texts in rows tall enough
  spec.landscape = true;
  spec.printTitleRows = "1:1";
  spec.printArea = `A${PROJECT_FIRST_FIELD_ROW}:D${t.lastRow}`;
  spec.rowHeights = {};
  for (const f of PROJECT_FIELDS) {
    const v = values[f.key];
    if (typeof v === "string" && (f.type === "text" || f.type === "list")) spec.rowHeights[projectFieldRow(f.key)] = heightFor(linesOf(v, 70));
  }
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

export function activitiesSheet(plan: Plan, L: Layout): SheetSpec {
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
  const statedByActivity = new Map<string, Satang>();
  for (const s of plan.subtotals) if (!isGroupSubtotal(s) && !statedByActivity.has(s.activityId)) statedByActivity.set(s.activityId, s.statedAmount);
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
            pdca: a.pdca ? choiceLabel(PDCA_CHOICES, a.pdca, lang) : null,
          }
        : {},
    );
  }
  totalRow(b, L, ACTIVITIES_TABLE, t);
  const spec = b.done();
  // printed: the period row, the table up to the budget column (the checker's columns after it are not)
  spec.printArea = `A3:${colLetter(t.cols.budget)}${t.totalRow}`;
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
  const pd = colLetter(t.cols.pdca);
  // the months: a drop-down of the fiscal year's months as shown ("ต.ค. 2559" …), a date typed in any form also taken
  const months = `${colLetter(t.cols.start)}${t.firstRow}:${colLetter(t.cols.end)}${t.lastRow + 50}`;
  spec.validations = [
    { range: `${si}${t.firstRow}:${si}${t.lastRow + 50}`, source: STATUS_CHOICES.map((c) => c[lang]) },
    { range: `${pd}${t.firstRow}:${pd}${t.lastRow + 50}`, source: PDCA_CHOICES.map((c) => c[lang]) },
    { range: months, source: fiscalMonthLabels(plan.project.fiscalYear, lang), allowOther: true },
  ];
  return spec;
}

