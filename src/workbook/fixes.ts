/**
 * One-click fixes (CLI `fix`, task pane): cell edits that put the template's formulas back where
 * numbers were typed or formulas were broken, and (kind "stated") bring stated subtotals/totals in
 * line with the lines. Each edit carries a Thai/English description. Pure: snapshot in, edits out.
 */
import type { Finding, RuleId } from "../core/findings";
import { findingHasRule, severityOrder } from "../core/findings";
import { defaultRateBook } from "../core/validation/engine";
import { categoryLabel } from "./rateLabels";
import type { BudgetLine, Plan, Satang } from "../core/model";
import { lineAmount } from "../core/budget";
import { monthToSerial } from "../core/dateSerial";
import { addMoney, formatMoney, parseNumber, satangToBaht, subMoney, ZERO_SATANG } from "../core/money";
import { toArabicDigits } from "../core/thaiDigits";
import { formatMonth, parseMonth, parseMonthRange } from "../core/calendar";
import type { MonthRef } from "../core/model";
import { monthCellFindings } from "./monthCells";
import { makeCtx, makeFormCtx, MissingPlace } from "./ctx";
import type { CellEdit } from "./host";
import type { Text } from "./i18n";
import { ACTIVITIES_TABLE, BUDGET_TABLE, INDICATORS_TABLE, PROJECT_FIELDS, RESULTS_FIELDS, type TableDef } from "./layout";
import { positionsOf, type FoundTable, type Located } from "./located";
import { expectedFormula, expectedTotalFormula } from "./sheetRules";
import { validateWorkbook, type ValidateWorkbookOptions, type WorkbookValidation } from "./validateWorkbook";
import type { WorkbookSnapshot } from "./types";
import { cellRef } from "../core/cellRef";

export interface PlannedFix extends CellEdit {
  rule: RuleId;
  /**
   * formula: what the sheet's formulas need put back — a template formula restored, or a month typed as
   * text ("มี.ค. 2560") converted to its date; stated: a stated figure set to what the lines add up to.
   */
  kind: "formula" | "stated";
  description: Text;
  /** Same as description (the name the task pane and CLI use). */
  label: Text;
  /** The details line: the formula the fix writes, for those who want its text (the label says it in words). */
  detail?: Text;
  /** The most severe finding at this cell, and all of them. */
  finding?: Finding;
  findings: Finding[];
  /** This fix as a list of edits (its own, then its companions'), for callers that apply groups. */
  edits: CellEdit[];
  /**
   * Stated figures typed as the sum of the amounts AS WRITTEN (consistent, so no finding of their own) that move
   * with this fix's line by `delta` satang, so the fix creates no subtotal/total error. Their edits are in `edits`
   * (from + delta); applying several fixes at once, use combinedFixEdits (the deltas add up).
   */
  companions?: Companion[];
}

export interface Companion {
  sheet: string;
  cell: string;
  /** The stated figure now, and the change. */
  from: Satang;
  delta: Satang;
}

export interface FixOptions extends ValidateWorkbookOptions {
  /** Also set stated subtotals/totals to the computed ones (default true). */
  stated?: boolean;
  /** The validation of this same snapshot, when the caller has it already (not done twice). */
  validated?: WorkbookValidation;
}

const FIXABLE: RuleId[] = ["line-amount-hardcoded", "formula-inconsistent", "sum-range-incomplete", "formula-error"];
/** A baht figure in a message: "1,060", "1,060.50". */
const baht = (s: Satang): string => formatMoney(s, { decimals: "auto" });
/** The amount formula in words (the others are named by their column). */
const AMOUNT_WORDS: Text = { th: "สูตรคำนวณ ราคาต่อหน่วย × จำนวน × ครั้ง", en: "the formula unit cost × quantity × times" };
const formulaDetail = (formula: string): Text => ({ th: `สูตร ${formula}`, en: `Formula ${formula}` });

function whichColumn(t: FoundTable | undefined, def: TableDef, col: number, row: number): string | undefined {
  if (!t || row < t.firstRow || row > t.lastRow) return undefined;
  const key = Object.keys(t.cols).find((k) => t.cols[k] === col);
  if (key) return def.columns.find((c) => c.key === key && c.formula) ? key : undefined;
  return undefined;
}

/**
 * A line's amount put back, said in words rather than as the formula's text (the pane shows it as "แก้ไขแล้ว: …"):
 * "ใส่สูตร อัตรา × จำนวน × ครั้ง กลับใน งบประมาณ!J7 "ค่าอาหารกลางวัน" ได้ 9,600 บาท แทนตัวเลขที่พิมพ์ไว้".
 */
function amountInWords(loc: Located, f: Finding, line: BudgetLine | undefined, rule: RuleId, where: string, item: string): Text | undefined {
  const b = loc.budget;
  const m = f.cell ? /^([A-Z]+)(\d+)$/.exec(f.cell) : null;
  if (!b || !m || f.sheet !== b.sheet || b.totalRow === Number(m[2])) return undefined;
  const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  if (col !== b.cols.amount) return undefined;
  const computed = line ? lineAmount(line) : null;
  const sum = computed !== null ? { th: ` ได้ ${baht(computed)} บาท`, en: ` (giving ${baht(computed)} baht)` } : { th: "", en: "" };
  const instead =
    rule === "line-amount-hardcoded" ? { th: "แทนตัวเลขที่พิมพ์ไว้", en: "instead of the number typed there" } : { th: "แทนสูตรที่ผิด", en: "instead of the wrong formula" };
  return {
    th: `ใส่สูตร อัตรา × จำนวน × ครั้ง กลับใน ${where}${item}${sum.th} ${instead.th}`,
    en: `Put the formula unit cost × quantity × times back in ${where}${item}${sum.en}, ${instead.en}`,
  };
}

/** The template formula that belongs in a cell, or null. */
function formulaFor(loc: Located, sheet: string, cell: string): { formula: string; what: Text; words: Text } | null {
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!m) return null;
  const row = Number(m[2]);
  const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const b = loc.budget;
  try {
    if (b && sheet === b.sheet) {
      if (b.totalRow === row && (b.cols.amount === col || b.cols.computed === col)) {
        const f = expectedTotalFormula(loc, b.cols.amount === col ? "amount" : "computed");
        return f ? { formula: f, what: { th: "สูตรยอดรวมงบประมาณ", en: "the budget total formula" }, words: { th: "สูตรยอดรวมงบประมาณ", en: "the budget total formula" } } : null;
      }
      const key = whichColumn(b, BUDGET_TABLE, col, row);
      if (key) {
        const f = expectedFormula(loc, "budget", key, row);
        const def = BUDGET_TABLE.columns.find((c) => c.key === key)!;
        return f ? { formula: f, what: { th: `สูตร${def.header.th}`, en: `the ${def.header.en} formula` }, words: key === "amount" || key === "computed" ? AMOUNT_WORDS : { th: `สูตร${def.header.th}`, en: `the ${def.header.en} formula` } } : null;
      }
    }
    const a = loc.activities;
    if (a && sheet === a.sheet) {
      const key = whichColumn(a, ACTIVITIES_TABLE, col, row);
      if (key) {
        const f = expectedFormula(loc, "activities", key, row);
        const def = ACTIVITIES_TABLE.columns.find((c) => c.key === key)!;
        const name = { th: def.header.th || "ตารางเดือน", en: def.header.en || "month grid" };
        return f ? { formula: f, what: { th: `สูตร${name.th}`, en: `the ${name.en} formula` }, words: { th: `สูตร${name.th}`, en: `the ${name.en} formula` } } : null;
      }
    }
    const i = loc.indicators;
    if (i && sheet === i.sheet) {
      const key = whichColumn(i, INDICATORS_TABLE, col, row);
      if (key) {
        const def = INDICATORS_TABLE.columns.find((c) => c.key === key)!;
        return { formula: def.formula!(makeCtx(positionsOf(loc), i, row)), what: { th: `สูตร${def.header.th}`, en: `the ${def.header.en} formula` }, words: { th: `สูตร${def.header.th}`, en: `the ${def.header.en} formula` } };
      }
    }
    const p = loc.project;
    if (p && sheet === p.sheet && col === p.valueCol) {
      const field = PROJECT_FIELDS.find((f) => p.rows[f.key] === row && f.formula);
      if (field) return { formula: field.formula!(makeCtx(positionsOf(loc), undefined, row)), what: { th: `สูตร${field.label.th}`, en: `the ${field.label.en} formula` }, words: { th: `สูตร${field.label.th}`, en: `the ${field.label.en} formula` } };
    }
    const r = loc.results;
    if (r && sheet === r.sheet && col === r.valueCol) {
      const field = RESULTS_FIELDS.find((f) => r.rows[f.key] === row && f.formula);
      if (field) return { formula: field.formula!(makeFormCtx(positionsOf(loc), r, row)), what: { th: `สูตร${field.label.th}`, en: `the ${field.label.en} formula` }, words: { th: `สูตร${field.label.th}`, en: `the ${field.label.en} formula` } };
    }
  } catch (e) {
    if (e instanceof MissingPlace) return null;
    throw e;
  }
  return null;
}

function computedTotals(plan: Plan): { byActivity: Map<string, Satang>; total: Satang } {
  const byActivity = new Map<string, Satang>();
  let total = ZERO_SATANG;
  for (const l of plan.budgetLines) {
    const a = lineAmount(l) ?? ZERO_SATANG;
    total = addMoney(total, a);
    byActivity.set(l.activityId, addMoney(byActivity.get(l.activityId) ?? ZERO_SATANG, a));
  }
  return { byActivity, total };
}

/** The fixes for a workbook, one per cell. */
export function planFixes(snapshot: WorkbookSnapshot, opts: FixOptions = {}): PlannedFix[] {
  const v = opts.validated ?? validateWorkbook(snapshot, opts);
  if (!v.isPlan) return [];
  const loc = v.located;
  const byCell = new Map<string, Finding[]>();
  for (const f of v.findings) {
    if (!f.sheet || !f.cell) continue;
    const k = `${f.sheet}!${f.cell}`;
    const list = byCell.get(k);
    if (list) list.push(f);
    else byCell.set(k, [f]);
  }
  const fixes: PlannedFix[] = [];
  const done = new Set<string>();
  const push = (sheet: string, cell: string, edit: { formula?: string; value?: number | string }, rule: RuleId, kind: PlannedFix["kind"], description: Text, own?: Finding, detail?: Text) => {
    const k = `${sheet}!${cell}`;
    if (done.has(k)) return;
    done.add(k);
    const findings = (byCell.get(k) ?? (own ? [own] : [])).slice().sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity]);
    const e: CellEdit = { sheet, cell, ...edit };
    fixes.push({ ...e, rule, kind, description, label: description, ...(detail ? { detail } : {}), finding: findings[0], findings, edits: [e] });
  };

  const lineById = new Map<string, BudgetLine>();
  for (const l of v.plan.budgetLines) if (!lineById.has(l.id)) lineById.set(l.id, l);
  for (const f of v.findings) {
    // a finding may carry a fixable rule merged into it (a typed amount: mismatch + typed over the formula)
    const rule = [f.rule, ...(f.also ?? [])].find((r) => FIXABLE.includes(r));
    if (!rule || !f.sheet || !f.cell) continue;
    const line = f.lineId ? lineById.get(f.lineId) : undefined;
    const lump = line && line.unitCost === null && line.quantity === null && line.times === null && !line.invalid;
    if (lump && line.cells?.statedAmount?.cell === f.cell) {
      // a lump sum has no template formula: keep its current amount as a typed number
      if (rule === "formula-inconsistent" && line.statedAmount !== null) {
        push(f.sheet, f.cell, { value: satangToBaht(line.statedAmount) }, rule, "formula", {
          th: `แทนสูตรที่อ้างอิงแถวอื่นใน ${cellRef(f.sheet, f.cell)} "${line.item}" ด้วยจำนวนเงินปัจจุบัน ${baht(line.statedAmount)} บาท (รายการเหมาจ่าย)`,
          en: `Replace the formula referring to another row in ${cellRef(f.sheet, f.cell)} "${line.item}" by its current amount, ${baht(line.statedAmount)} baht (a lump sum)`,
        });
      }
      continue;
    }
    const want = formulaFor(loc, f.sheet, f.cell);
    if (!want) continue;
    const where = cellRef(f.sheet, f.cell);
    const item = f.item ? ` "${f.item}"` : "";
    // the formula in words; its text only in the details line
    const w = want.words;
    const description: Text =
      rule === "formula-error"
        ? { th: `ใส่${w.th} กลับใน ${where}${item}`, en: `Restore ${w.en} in ${where}${item}` }
        : rule === "sum-range-incomplete"
          ? { th: `ขยายช่วงรวมใน ${where} ให้ครบทุกรายการ`, en: `Widen the sum in ${where} to cover every line` }
          : (amountInWords(loc, f, line, rule, where, item) ?? { th: `ใช้${w.th} แทนตัวเลขที่พิมพ์/สูตรที่ผิดใน ${where}${item}`, en: `Put ${w.en} back in ${where}${item}` });
    push(f.sheet, f.cell, { formula: want.formula }, rule, "formula", description, undefined, formulaDetail(want.formula));
  }

  // months typed as text: converted to the first day of the month (the cell keeps its month format)
  for (const f of monthCellFindings(snapshot, loc)) {
    if (f.rule !== "month-as-text" || !f.sheet || !f.cell || typeof f.actual !== "string") continue;
    const m = monthOfText(f.actual, f.message.en.includes("Activity end") || f.message.en.includes("Project end"));
    if (!m) continue;
    const shown = formatMonth(m, "th");
    push(f.sheet, f.cell, { value: monthToSerial(m.year, m.month) }, f.rule, "formula", {
      th: `แปลงเดือนที่พิมพ์เป็นข้อความ "${f.actual}" ใน ${cellRef(f.sheet, f.cell)} เป็นวันที่ (${shown}) ให้สูตรในแผ่นงาน (ไตรมาส สถานะ ตารางเดือน สรุป) ใช้ได้`,
      en: `Convert the month typed as text "${f.actual}" in ${cellRef(f.sheet, f.cell)} to a date (${formatMonth(m, "en")}) so the sheet's formulas (quarter, status, month grid, summary) use it`,
    }, f);
  }

  // a number typed as text ("100 คน", "๓,๕๐๐", "3,500.-"): the sheet's formulas leave it out; the fix types the number
  for (const f of v.findings) {
    if (f.rule !== "bad-number" || !f.sheet || !f.cell || typeof f.actual !== "string") continue;
    const n = numberInText(f.actual);
    if (n === null) continue;
    push(f.sheet, f.cell, { value: n }, f.rule, "formula", {
      th: `พิมพ์ "${f.actual}" ใน ${cellRef(f.sheet, f.cell)} เป็นตัวเลข ${n.toLocaleString("en-US")} ให้สูตรในแผ่นงานนำไปคำนวณ (หน่วยอยู่ในคอลัมน์หน่วยแล้ว)`,
      en: `Type "${f.actual}" in ${cellRef(f.sheet, f.cell)} as the number ${n.toLocaleString("en-US")} so the sheet's formulas count it (the unit has its own column)`,
    }, f);
  }

  // a rate finding on a category inferred from the item: choosing it in the EMPTY หมวดอัตรา cell makes the sheet show
  // the line's ceiling and check (never over a category the user chose: the cell was empty when read)
  for (const f of v.findings) {
    if (!findingHasRule(f, "rate-over-ceiling") || !f.lineId) continue;
    const line = lineById.get(f.lineId);
    const at = line?.categoryCell;
    if (!line || !at || line.rateCategory) continue;
    const cat = (v.rateBookFromSheet ?? defaultRateBook()).rules.find((r) => r.id === f.rateRule)?.category;
    if (!cat) continue;
    const label = categoryLabel(cat, loc.lang);
    push(at.sheet, at.cell, { value: label }, "rate-over-ceiling", "formula", {
      th: `เลือกหมวดอัตรา "${label}" ใน ${cellRef(at.sheet, at.cell)} ให้แผ่นงานแสดงเพดานอัตราและผลตรวจของ "${line.item}"`,
      en: `Choose the rate category "${label}" in ${cellRef(at.sheet, at.cell)} so the sheet shows the ceiling and check of "${line.item}"`,
    }, f);
  }

  addCompanions(fixes, v.plan, snapshot);

  if (opts.stated !== false) {
    const { byActivity, total } = computedTotals(v.plan);
    // a stated figure is only set to the lines' sum when every line in its scope could be read: a line with a
    // value typed as text ("100 คน") counts as something else in the sheet than the plan means, so the sum is not
    // yet the figure to state (fix that cell first)
    const unreadable = new Set(
      v.plan.budgetLines.filter((l) => (l.invalid && Object.keys(l.invalid).length > 0) || l.asText !== undefined).map((l) => l.activityId),
    );
    for (const f of v.findings) {
      if (!f.sheet || !f.cell) continue;
      if ((f.rule === "subtotal-mismatch" && f.activityId !== undefined && unreadable.has(f.activityId)) || (f.rule === "total-mismatch" && unreadable.size > 0)) continue;
      if (f.rule === "subtotal-mismatch" && f.activityId !== undefined) {
        const sub = v.plan.subtotals.find((s) => s.activityId === f.activityId && s.cell?.sheet === f.sheet && s.cell?.cell === f.cell);
        if (!sub || sub.lineIds) continue; // a group of sub-items: its sum is for the user to decide
        const want = byActivity.get(f.activityId) ?? ZERO_SATANG;
        if (want === sub.statedAmount) continue;
        push(f.sheet, f.cell, { value: satangToBaht(want) }, f.rule, "stated", {
          th: `แก้งบตามเอกสารของกิจกรรม ${f.activityId} (${cellRef(f.sheet, f.cell)}) จาก ${baht(sub.statedAmount)} เป็น ${baht(want)} บาท ให้ตรงกับผลรวมรายการ`,
          en: `Set activity ${f.activityId}'s stated budget (${cellRef(f.sheet, f.cell)}) from ${baht(sub.statedAmount)} to ${baht(want)} baht, the sum of its lines`,
        });
      } else if (f.rule === "total-mismatch") {
        const stated = v.plan.project.statedTotal;
        const c = v.plan.project.cells?.statedTotal;
        if (stated === undefined || !c || c.sheet !== f.sheet || c.cell !== f.cell || stated === total) continue;
        // a fix must never create another error: over the allocation, raising the stated total is not a fix
        // but a decision (planChoices offers the real choices)
        const allocation = v.plan.project.allocation;
        if (allocation !== undefined && total > allocation) continue;
        push(f.sheet, f.cell, { value: satangToBaht(total) }, f.rule, "stated", {
          th: `แก้รวมทั้งสิ้นตามเอกสาร (${cellRef(f.sheet, f.cell)}) จาก ${baht(stated)} เป็น ${baht(total)} บาท ให้ตรงกับผลรวมรายการ`,
          en: `Set the stated grand total (${cellRef(f.sheet, f.cell)}) from ${baht(stated)} to ${baht(total)} baht, the sum of the lines`,
        });
      } else if (f.rule === "remaining-mismatch") {
        const want = formulaFor(loc, f.sheet, f.cell);
        if (!want) continue;
        push(f.sheet, f.cell, { formula: want.formula }, f.rule, "formula", {
          th: `ให้คงเหลือ (${cellRef(f.sheet, f.cell)}) คำนวณจาก ได้รับ − ใช้จ่าย`,
          en: `Compute the remaining amount (${cellRef(f.sheet, f.cell)}) as received − spent`,
        }, undefined, formulaDetail(want.formula));
      }
    }
  }
  return fixes;
}

/** Whether a cell holds a formula in the snapshot. */
function isFormulaCell(snapshot: WorkbookSnapshot, sheet: string, cell: string): boolean {
  const s = snapshot.sheets.find((x) => x.name === sheet);
  const m = /^([A-Z]+)(\d+)$/.exec(cell);
  if (!s || !m) return false;
  const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return !!s.formulas?.[Number(m[2]) - 1]?.[col - 1];
}

/**
 * A fix that puts a line's formula back brings its written amount to its computation. A subtotal or the stated
 * total typed as the sum of the amounts as written (one typo, one finding: not a finding itself) would then
 * match neither sum, so it moves with the line: the fix gets a companion edit (never a cell holding a formula,
 * which follows by itself).
 */
function addCompanions(fixes: PlannedFix[], plan: Plan, snapshot: WorkbookSnapshot): void {
  const written = new Map<string, number>();
  const computed = new Map<string, number>();
  let writtenTotal = 0;
  let computedTotal = 0;
  for (const l of plan.budgetLines) {
    const c = lineAmount(l) ?? 0;
    const w = l.statedAmount !== null && Number.isFinite(l.statedAmount) ? l.statedAmount : c;
    written.set(l.activityId, (written.get(l.activityId) ?? 0) + w);
    computed.set(l.activityId, (computed.get(l.activityId) ?? 0) + c);
    writtenTotal += w;
    computedTotal += c;
  }
  const byAmountCell = new Map<string, BudgetLine>();
  for (const l of plan.budgetLines) {
    const at = l.cells?.statedAmount;
    if (at && !byAmountCell.has(`${at.sheet}!${at.cell}`)) byAmountCell.set(`${at.sheet}!${at.cell}`, l);
  }
  const subtotalsOf = new Map<string, Plan["subtotals"]>();
  for (const sub of plan.subtotals) {
    const list = subtotalsOf.get(sub.activityId);
    if (list) list.push(sub);
    else subtotalsOf.set(sub.activityId, [sub]);
  }
  for (const fix of fixes) {
    if (fix.formula === undefined) continue;
    const line = byAmountCell.get(`${fix.sheet}!${fix.cell}`);
    const c = line ? lineAmount(line) : null;
    if (!line || c === null || line.statedAmount === null || !Number.isFinite(line.statedAmount)) continue;
    const delta = subMoney(c, line.statedAmount);
    if (delta === 0) continue;
    const companions: Companion[] = [];
    const a = line.activityId;
    for (const sub of subtotalsOf.get(a) ?? []) {
      if (!sub.cell || written.get(a) === computed.get(a) || sub.statedAmount !== written.get(a)) continue;
      if (!isFormulaCell(snapshot, sub.cell.sheet, sub.cell.cell)) companions.push({ sheet: sub.cell.sheet, cell: sub.cell.cell, from: sub.statedAmount, delta });
    }
    const st = plan.project.statedTotal;
    const tc = plan.project.cells?.statedTotal;
    if (st !== undefined && tc && writtenTotal !== computedTotal && st === writtenTotal && !isFormulaCell(snapshot, tc.sheet, tc.cell)) {
      companions.push({ sheet: tc.sheet, cell: tc.cell, from: st, delta });
    }
    if (!companions.length) continue;
    fix.companions = companions;
    fix.edits = [...fix.edits, ...companions.map((k) => ({ sheet: k.sheet, cell: k.cell, value: satangToBaht(addMoney(k.from, k.delta)) }))];
    const where = companions.map((k) => `${cellRef(k.sheet, k.cell)} ${baht(k.from)} → ${baht(addMoney(k.from, k.delta))}`).join(", ");
    fix.description = { th: `${fix.description.th} และยอดรวมที่พิมพ์ตามจำนวนเงินเดิมตามไปด้วย (${where})`, en: `${fix.description.en}, and the totals typed from the old amount with it (${where})` };
    fix.label = fix.description;
  }
}

/**
 * The edits of several fixes applied together (the CLI's `fix`): each fix's own edit, and each companion cell
 * once, moved by the deltas of all the fixes it goes with.
 */
export function combinedFixEdits(fixes: readonly Pick<PlannedFix, "edits" | "companions">[]): CellEdit[] {
  const moved = new Map<string, Companion>();
  const out: CellEdit[] = [];
  for (const f of fixes) {
    const companionCells = new Set((f.companions ?? []).map((k) => `${k.sheet}!${k.cell}`));
    for (const e of f.edits) if (!companionCells.has(`${e.sheet}!${e.cell}`)) out.push(e);
    for (const k of f.companions ?? []) {
      const key = `${k.sheet}!${k.cell}`;
      const m = moved.get(key);
      if (m) m.delta = addMoney(m.delta, k.delta);
      else moved.set(key, { ...k });
    }
  }
  for (const m of moved.values()) out.push({ sheet: m.sheet, cell: m.cell, value: satangToBaht(addMoney(m.from, m.delta)) });
  return out;
}

/**
 * The number a text cell means when it is a number with at most a unit word or a ".-" after it:
 * "100 คน" → 100, "๓,๕๐๐" → 3500, "3,500.-" → 3500, "2.5 ชม." → 2.5; anything else (words, two numbers) → null.
 */
export function numberInText(text: string): number | null {
  // the shape (one number, then at most ".-" and a unit word) is checked here; the number is read as everywhere else
  const oneNumber = /^\s*(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?\s*(?:\.-|-)?\s*(?:[\u0E01-\u0E4Ea-zA-Z][\u0E01-\u0E4Ea-zA-Z./ ]*)?$/;
  return oneNumber.test(toArabicDigits(text.normalize("NFC"))) ? parseNumber(text) : null;
}

/** The month a text means: "มี.ค. 2560", "March 2017", a range ("พ.ย. – ธ.ค. 2559": its start, or its end for an end cell). */
function monthOfText(text: string, end: boolean): MonthRef | null {
  const r = parseMonthRange(text);
  if (r) return end ? r.end : r.start;
  return parseMonth(text);
}

export interface PlanChoice {
  rule: RuleId;
  sheet: string;
  cell: string;
  /** What needs deciding, with the numbers. */
  question: Text;
  /** The real choices; an option without edits is work on the lines the add-in cannot do for the user. */
  options: { label: Text; edits: CellEdit[] }[];
}

/**
 * Decisions no one-click fix can make. Today: a stated grand total that differs from the lines while the
 * lines are over the allocation — raising the stated total would state a plan over its allocation, so the
 * choices are to cut the lines to the allocation, or (when more money was really allocated) to raise the
 * allocation and the stated total together.
 */
export function planChoices(snapshot: WorkbookSnapshot, opts: ValidateWorkbookOptions = {}): PlanChoice[] {
  const v = validateWorkbook(snapshot, opts);
  if (!v.isPlan) return [];
  const out: PlanChoice[] = [];
  const p = v.plan.project;
  const { total } = computedTotals(v.plan);
  const f = v.findings.find((x) => x.rule === "total-mismatch" && x.sheet && x.cell);
  if (f && p.allocation !== undefined && total > p.allocation && p.statedTotal !== undefined) {
    const over = subMoney(total, p.allocation);
    const alloc = p.cells?.allocation;
    const stated = p.cells?.statedTotal;
    out.push({
      rule: "total-mismatch",
      sheet: f.sheet!,
      cell: f.cell!,
      question: {
        th: `รายการรวม ${baht(total)} บาท ตามการคำนวณ เกินงบที่ได้รับจัดสรร ${baht(p.allocation)} บาท อยู่ ${baht(over)} บาท จึงไม่แก้รวมทั้งสิ้นตามเอกสาร (${baht(p.statedTotal)} บาท) ให้เกินวงเงิน — เลือกทางแก้`,
        en: `The lines add up to ${baht(total)} baht as computed, ${baht(over)} baht over the allocation of ${baht(p.allocation)} baht, so the stated total (${baht(p.statedTotal)} baht) is not raised over it; choose what to do`,
      },
      options: [
        {
          label: {
            th: `ลดรายการงบประมาณลง ${baht(over)} บาท ให้รวมไม่เกิน ${baht(p.allocation)} บาท (แก้ที่แผ่นงานงบประมาณ แล้วตรวจใหม่)`,
            en: `Cut the budget lines by ${baht(over)} baht so they add up to at most ${baht(p.allocation)} baht (in the budget sheet, then check again)`,
          },
          edits: [],
        },
        ...(alloc && stated
          ? [
              {
                label: {
                  th: `ถ้าได้รับจัดสรรเพิ่มจริง (มีหนังสือแจ้งจัดสรร): พิมพ์งบที่ได้รับจัดสรรใหม่ที่ ${cellRef(alloc.sheet, alloc.cell)} ตามหนังสือ และแก้รวมทั้งสิ้นตามเอกสาร (${cellRef(stated.sheet, stated.cell)}) แล้วตรวจใหม่ — ส่วนเสริมไม่แก้วงเงินให้`,
                  en: `If more money really was allocated (an allocation letter): type the new allocation in ${cellRef(alloc.sheet, alloc.cell)} as the letter says and correct the stated total (${cellRef(stated.sheet, stated.cell)}), then check again; the add-in does not change the allocation`,
                },
                // the allocation is the district's figure, not the school's: never raised with one click (a
                // reviewer would get a plan whose overspend vanished without a trace); the planner types it from
                // the allocation letter, and the checks then follow
                edits: [],
              },
            ]
          : []),
      ],
    });
  }
  return out;
}

export { indicatorTableEdits, type IndicatorTableEdits } from "./indicatorTable";
