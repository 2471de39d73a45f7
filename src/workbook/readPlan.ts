/**
 * WorkbookSnapshot → Plan, using the ONE layout (layout.ts). Robust to what users do to sheets:
 * - tables are found by their header row (header texts in Thai or English, any column order), not
 *   by fixed rows, so inserted/deleted rows, added columns and sorted tables still read;
 * - sheets are identified by name (either language) or, when renamed, by their content;
 * - a table ends at its total row or the first fully blank row; rows whose inputs are all empty
 *   (the template's spare rows) are skipped;
 * - every value carries its cell address (`cells`) for findings and fixes.
 * Never throws: a workbook that is not a plan gives isPlan=false and problems in Thai and English.
 */
import { emptyPlan } from "../core/model";
import { fiscalYearOf, monthOfDate } from "../core/calendar";
import type { RateBook } from "../core/rates/rateBook";
import { rateBookFromRules } from "../core/rates/rateBook";
import { SHEET_KEYS, both, isPrintSheet, type Text } from "./i18n";
import { ACTIVITIES_TABLE, BUDGET_TABLE, INDICATORS_TABLE, RATES_TABLE, RESULT_INDICATORS_TABLE, TARGETS_TABLE } from "./layout";
import type { Located, ReadResult } from "./located";
import type { SheetSnapshot, WorkbookSnapshot } from "./types";
import { assignSheets, headerRowsOf, isKeptOldSheet, scanSheet } from "./read/sheets";
import { isAddinSheet } from "./mapping";
import { exactHeaderCount, findHeader, tableRows } from "./read/tables";
import { classifyRows } from "./read/handRows";
import { readHandBudget } from "./read/handBudget";
import { findHandTable, tableRowsBySheet } from "./read/handFind";
import { readLooseFields } from "./read/looseFields";
import { findAllTables } from "./read/handTables";
import { readBudgetTables } from "./read/handMulti";
import { applyMonthGrid } from "./read/handMoney";
import { readMapping } from "./mapping";
import { importNoteIssues, readImportNotes } from "./importNotes";
import { applyFiscalYearMonths, checkError, newCtx, problem } from "./read/values";
import { sayBudgetUnread } from "./read/budgetUnread";
import { readStaffLevel } from "./read/staffLevelField";
import { inferFiscalYear } from "./read/fiscalYear";
import { applyFormulaBudgets } from "./read/formulaBudgets";
import { applyActivityGrid } from "./read/activityGrid";
import { findCondRow, readActivities, readIndicators, readLines, readProject, readRates, readResultIndicators, readResults, readTargets } from "./read/sections";

export type { Located, ReadResult, FoundTable, FormPos } from "./located";
export { positionsOf } from "./located";

/** A budget table with at least this many of the template's own header texts is read as the template. */
const TEMPLATE_MIN_EXACT = 6;

const NOT_A_PLAN: Text = {
  th: "ไม่พบแผ่นงานของแผนโครงการ (โครงการ กิจกรรม งบประมาณ) — สร้างแม่แบบใหม่ หรือตรวจว่าหัวตารางยังอยู่",
  en: "No plan sheets found (project, activities, budget); insert the template, or check that the table headers are still there",
};

/**
 * Reads a plan back from a workbook snapshot. Never throws.
 * `opts.placesOnly`: the template's budget lines are not read (their rows are found, their contents are
 * not): for a caller that needs only where the tables and fields are (templateValues.ts), not the lines.
 */
export function readPlan(snapshot: WorkbookSnapshot, opts: { placesOnly?: boolean } = {}): ReadResult {
  try {
    return readPlanUnsafe(snapshot, !!opts.placesOnly);
  } catch (e) {
    const msg: Text = {
      th: `อ่านสมุดงานไม่สำเร็จ: ${(e as Error).message}`,
      en: `Could not read the workbook: ${(e as Error).message}`,
    };
    return {
      plan: emptyPlan(currentFiscalYear()),
      sheetFindings: [],
      problems: [both(msg)],
      issues: [msg],
      isPlan: false,
      located: { lang: "th", sheets: {}, lineRows: new Map(), activityRows: new Map() },
    };
  }
}

/**
 * The template's printable proposal sheet: its name, and written by formulas (its cells mostly refer to
 * the data sheets). A user's own sheet named แบบเสนอโครงการ, typed by hand, is read like any other.
 */
function isTemplatePrintSheet(s: SheetSnapshot): boolean {
  if (!isPrintSheet(s.name)) return false;
  let formulas = 0;
  let typed = 0;
  s.values.forEach((row, r) =>
    row.forEach((v, c) => {
      if (s.formulas?.[r]?.[c]) formulas++;
      else if (v !== null && v !== "") typed++;
    }),
  );
  return formulas > 0 && formulas * 2 >= typed;
}

/** An info finding naming the project fields not found in any sheet (name, allocation), if any. */
function missingProjectFields(ctx: ReturnType<typeof newCtx>, plan: ReturnType<typeof emptyPlan>): void {
  const p = plan.project;
  const missing: Text[] = [];
  // each named with what was looked for (a label with its value, in a cell, the next cell or a line of a cell)
  if (!p.name) missing.push({ th: 'ชื่อโครงการ (ป้าย "ชื่อโครงการ" หรือหัวเรื่อง "โครงการ…")', en: 'the project name (a "ชื่อโครงการ" label or a "โครงการ…" title)' });
  if (p.allocation === undefined)
    missing.push({ th: 'งบประมาณที่ได้รับจัดสรร (ป้าย "งบประมาณที่ได้รับจัดสรร" หรือ "งบประมาณ" ตามด้วยจำนวนเงิน)', en: 'the allocation (a "งบประมาณที่ได้รับจัดสรร" or "งบประมาณ" label followed by an amount)' });
  if (!missing.length) return;
  problem(
    ctx,
    {
      th: `ไม่พบ ${missing.map((m) => m.th).join(" และ ")} ในช่องใดของทุกแผ่นงาน`,
      en: `${missing.map((m) => m.en).join(" and ")} not found in any cell of the sheets`.replace(/^./, (c) => c.toUpperCase()),
    },
    undefined,
    "info",
  );
}

function currentFiscalYear(): number {
  return fiscalYearOf(monthOfDate(new Date()));
}

function readPlanUnsafe(snapshot: WorkbookSnapshot, placesOnly: boolean): ReadResult {
  // copies of a user's old sheets and the add-in's own hidden sheets are never taken for a plan
  // the printable proposal is drawn from the data sheets by formulas: never read as data
  const sheets = (snapshot?.sheets ?? []).filter((s) => s && Array.isArray(s.values) && !isKeptOldSheet(s.name) && !isAddinSheet(s.name) && !isTemplatePrintSheet(s));
  const ctx = newCtx(sheets);
  const scans = sheets.map(scanSheet);
  // the template's budget table (its own headers) is the fast exact path; any other budget table is
  // found by header scoring (hand-made sheets), corrected by the column choices stored in the workbook
  const templateBudget = scans.some((x) => {
    const hit = x.tables.budget;
    // the template's own headers, and the columns only the template has (rate category, ceiling, status)
    return !!hit && exactHeaderCount(x.sheet, BUDGET_TABLE, hit) >= TEMPLATE_MIN_EXACT && ["rateCategory", "ceiling", "status"].some((k) => hit.cols[k] !== undefined);
  });
  const choices = readMapping(snapshot);
  const hand = templateBudget ? undefined : findHandTable(scans, choices);
  if (hand) {
    for (const x of scans) delete x.tables.budget;
    // the budget header is not another table's header
    for (const [k, hit] of Object.entries(hand.scan.tables)) if (hit && hand.header.rows.includes(hit.row)) delete hand.scan.tables[k];
  }
  const assigned = assignSheets(scans);
  if (hand) assigned.budget = hand.scan;
  const plan = emptyPlan(0);
  const loc: Located = { lang: "th", sheets: {}, lineRows: new Map(), activityRows: new Map() };
  let thai = 0;
  let english = 0;
  for (const k of SHEET_KEYS) if (assigned[k]) loc.sheets[k] = assigned[k]!.sheet;

  loc.template = templateBudget;
  const isPlan = !!(assigned.project || assigned.activities || assigned.budget);
  if (!isPlan) {
    const names = sheets.map((s) => s.name).join(", ") || "—";
    const msg: Text = sheets.length
      ? { th: `${NOT_A_PLAN.th} (แผ่นงานที่มี: ${names})`, en: `${NOT_A_PLAN.en} (sheets: ${names})` }
      : { th: "สมุดงานว่าง ไม่มีแผ่นงาน", en: "The workbook is empty: it has no sheets" };
    plan.project.fiscalYear = currentFiscalYear();
    return { plan, sheetFindings: [], problems: [both(msg)], issues: [msg], isPlan: false, located: loc };
  }

  // project form + targets
  const ps = assigned.project;
  if (ps) {
    loc.project = readProject(ctx, ps.sheet, ps.project!, plan, !templateBudget);
    thai += ps.project!.thai;
    english += ps.project!.english;
  }
  const targetScan = ps && ps.tables.targets ? ps : scans.find((x) => x.tables.targets);
  if (targetScan) {
    loc.targets = tableRows(targetScan.sheet, TARGETS_TABLE, targetScan.tables.targets!, headerRowsOf(targetScan));
    plan.targets = readTargets(ctx, targetScan.sheet, loc.targets);
  }

  // activities
  const as = assigned.activities;
  if (as) {
    const hit = as.tables.activities!;
    thai += hit.thai;
    english += hit.english;
    const stops = headerRowsOf(as);
    if (hand && hand.scan === as) for (const r of hand.header.rows) stops.add(r);
    loc.activities = tableRows(as.sheet, ACTIVITIES_TABLE, hit, stops);
    readActivities(ctx, as.sheet, loc.activities, plan, loc, !templateBudget);
  }

  // budget
  const bs = assigned.budget;
  const multi = hand ? findAllTables(scans, hand, choices, plan.activities.map((a) => a.name)) : undefined;
  if (hand && multi && (multi.tables.length > 1 || multi.views.length)) {
    const found = readBudgetTables(ctx, multi.tables, multi.views, plan, loc, !!loc.activities);
    loc.budget = found[0];
    if (found.length > 1) loc.budgetTables = found;
    for (const t of found) if (t.totalRow !== undefined && t.cols.amount !== undefined) checkError(ctx, ctx.sheets.get(t.sheet.toLowerCase())!, t.totalRow, t.cols.amount, { th: "ยอดรวมงบประมาณ", en: "Budget total" });
    if (/[\u0E00-\u0E7F]/.test(Object.values(hand.header.headers).join(""))) thai += 3;
    else english += 3;
  } else if (hand) {
    const stops = headerRowsOf(hand.scan);
    for (const r of hand.header.rows) stops.delete(r);
    const rows = classifyRows(hand.scan.sheet, hand.header, new Set([...stops].filter((r) => r > hand.header.rows[0])));
    loc.budget = readHandBudget(ctx, hand.scan.sheet, hand.header, rows, plan, loc, !!loc.activities);
    if (hand.corrected) loc.budget.handMade!.corrected = true;
    if (loc.budget.totalRow !== undefined && loc.budget.cols.amount !== undefined)
      checkError(ctx, hand.scan.sheet, loc.budget.totalRow, loc.budget.cols.amount, { th: "ยอดรวมงบประมาณ", en: "Budget total" });
    if (/[\u0E00-\u0E7F]/.test(Object.values(hand.header.headers).join(""))) thai += 3;
    else english += 3;
  } else if (bs) {
    const hit = bs.tables.budget!;
    thai += hit.thai;
    english += hit.english;
    loc.budget = tableRows(bs.sheet, BUDGET_TABLE, hit, headerRowsOf(bs));
    if (!placesOnly) readLines(ctx, bs.sheet, loc.budget, plan, loc);
    if (loc.budget.totalRow !== undefined && loc.budget.cols.amount !== undefined)
      checkError(ctx, bs.sheet, loc.budget.totalRow, loc.budget.cols.amount, { th: "ยอดรวมงบประมาณ", en: "Budget total" });
  }

  applyFormulaBudgets(ctx, plan, loc);

  if (!as) {
    // say what the activities were taken from instead
    const n = plan.activities.length;
    const dated = plan.activities.filter((a) => a.start).length;
    const months =
      dated === 0
        ? { th: " ซึ่งไม่มีเดือนดำเนินการ", en: ", without months" }
        : dated === n
          ? { th: " เดือนดำเนินการจากแถวหัวข้อ", en: ", their months from the heading rows" }
          : { th: ` (ระบุเดือนไว้ที่แถวหัวข้อ ${dated} จาก ${n} กิจกรรม)`, en: ` (months on the heading rows of ${dated} of ${n})` };
    problem(
      ctx,
      n
        ? {
            th: `ไม่พบตารางกิจกรรม (หัวตาราง กิจกรรม กับ ที่ หรือระยะเวลา) จึงใช้ ${n} กิจกรรมจากหัวข้อหรือเลขกิจกรรมในตารางงบประมาณ${months.th}`,
            en: `No activities table found (headers Activity with No. or Period); the ${n} activit${n === 1 ? "y" : "ies"} of the budget table's headings or activity numbers are used${months.en}`,
          }
        : { th: "ไม่พบตารางกิจกรรม (หัวตาราง กิจกรรม กับ ที่ หรือระยะเวลา)", en: "No activities table found (headers Activity with No. or Period)" },
      undefined,
      "info",
    );
  }

  // indicators
  const is = assigned.indicators;
  if (is) {
    loc.indicators = tableRows(is.sheet, INDICATORS_TABLE, is.tables.indicators!, headerRowsOf(is));
    plan.indicators = readIndicators(ctx, is.sheet, loc.indicators);
  }

  // rates
  let rateBookFromSheet: RateBook | undefined;
  const rs = assigned.rates;
  if (rs) {
    loc.rates = tableRows(rs.sheet, RATES_TABLE, rs.tables.rates!, headerRowsOf(rs));
    loc.ratesCondRow = findCondRow(rs.sheet, loc.rates);
    const rules = readRates(ctx, rs.sheet, loc.rates);
    if (rules.length) rateBookFromSheet = rateBookFromRules(rules);
  }

  // results
  const rsl = assigned.results;
  if (rsl) {
    const r = readResults(ctx, rsl.sheet, rsl.results!);
    loc.results = r.pos;
    if (r.results) plan.results = r.results;
    // template version 3: what was achieved per indicator is typed on the results sheet
    const hit = findHeader(rsl.sheet, RESULT_INDICATORS_TABLE);
    if (hit && hit.cols.achievedValue !== undefined && (!loc.indicators || loc.indicators.cols.achievedValue === undefined)) {
      readResultIndicators(ctx, rsl.sheet, tableRows(rsl.sheet, RESULT_INDICATORS_TABLE, hit, headerRowsOf(rsl)), plan.indicators);
    }
  }

  // project computed cells that the plan uses
  if (loc.project && ps) {
    const cr = loc.project.rows.computedTotal;
    if (cr !== undefined) checkError(ctx, ps.sheet, cr, loc.project.valueCol, { th: "รวมงบประมาณตามรายการ", en: "Budget total from lines" });
  }

  // hand-made sheets: project fields written beside the tables (label, then the value in the cell or later in the row)
  if (!templateBudget) readLooseFields(ctx, sheets, plan, loc, tableRowsBySheet(loc));
  // the travellers' staff level a sheet states (per diem and lodging ceilings), when no field gives it
  if (!templateBudget) readStaffLevel(ctx, sheets, plan, tableRowsBySheet(loc));

  // no project form: say only which project fields were found nowhere (the year is inferred below, said there)
  if (!ps) missingProjectFields(ctx, plan);

  // an allocation with no budget line read is said (never silent); no table and no allocation: the table is missing
  sayBudgetUnread(ctx, plan, loc, !loc.budget);

  // the fiscal year, when no field gives it: from a title, the period or the months (said in a finding)
  inferFiscalYear(ctx, sheets, plan, loc);
  applyFiscalYearMonths(ctx, plan.project.fiscalYear);
  applyMonthGrid(loc, plan.budgetLines, plan.project.fiscalYear);
  applyActivityGrid(sheets, plan, loc);
  loc.lang = english > thai ? "en" : "th";
  // what `import` could not read in the text this workbook was made from, kept in its hidden notes sheet
  ctx.issues.push(...importNoteIssues(readImportNotes(snapshot)));

  return {
    plan,
    sheetFindings: ctx.findings,
    problems: ctx.issues.map(both),
    issues: ctx.issues,
    isPlan: true,
    rateBookFromSheet,
    located: loc,
  };
}

