/**
 * Checks that need the sheet, not just the plan (docs/rules.md, "Checks that need the sheet"):
 * - line-amount-hardcoded (warning): a number typed where the amount formula belongs;
 * - formula-inconsistent: an amount/total formula that departs from its column's pattern
 *   (compared in R1C1-relative form, e.g. one that refers to another row);
 * - sum-range-incomplete: a total (SUM, SUMIF) whose range leaves budget lines out;
 * (formula-error and bad-number for text in number cells are reported while reading, in readPlan.ts).
 *
 * These only look at what the reader located; `validateWorkbook` (validateWorkbook.ts) composes
 * read → these → plan checks → merge.
 */
import type { Finding, RuleId } from "../core/findings";
import { addMoney, formatMoney, roundSatang, ZERO_SATANG } from "../core/money";
import type { Plan, Satang } from "../core/model";
import { lineAmount, planTotal, planTotalAsWritten } from "../core/budget";
import { addr, colLetter, parseAddr } from "./a1";
import { findRefs, isAddingFormula, toR1C1 } from "./formulaText";
import { MissingPlace, makeCtx } from "./ctx";
import { ACTIVITIES_TABLE, BUDGET_TABLE, PROJECT_FIELDS } from "./layout";
import { cellFormula, cellValue } from "./cells";
import { positionsOf, type FoundTable, type Located } from "./located";
import { tableFormula } from "./rowFormula";
import { addingFigure, groupRowsOf, lineCounts, rowMembers, suggestTotal, type Members } from "./totalCover";
import type { SheetSnapshot, WorkbookSnapshot } from "./types";
import { plural } from "../core/plural";

/** A baht figure in a message: "1,060", "1,060.50". */
const baht = (s: Satang): string => formatMoney(s, { decimals: "auto" });

/** The template's formula for a column at a row, with the positions found in this workbook (null when a place is missing). */
export function expectedFormula(loc: Located, table: "budget" | "activities", key: string, row: number): string | null {
  const pos = positionsOf(loc);
  const t = table === "budget" ? loc.budget : loc.activities;
  const def = (table === "budget" ? BUDGET_TABLE : ACTIVITIES_TABLE).columns.find((c) => c.key === key);
  if (!t || !def?.formula) return null;
  try {
    return def.formula(makeCtx(pos, t, row));
  } catch (e) {
    if (e instanceof MissingPlace) return null;
    throw e;
  }
}

/** The budget total's formula: SUM over all line rows of the amount (or computed-amount) column. */
export function expectedTotalFormula(loc: Located, key: "amount" | "computed" = "amount"): string | null {
  const b = loc.budget;
  if (!b || b.cols[key] === undefined) return null;
  const c = colLetter(b.cols[key]);
  const first = Math.min(b.firstRow, ...b.rows);
  const last = Math.max(b.lastRow, ...b.rows);
  return `=SUM(${c}${first}:${c}${last})`;
}

/** A same-row product of the line's factors (=E5*F5*H5, =PRODUCT(E5,F5,H5), any order, unit cost included). */
function isProductOfFactors(formula: string, row: number, factorCols: Set<number>, unitCol: number | undefined): boolean {
  let body = formula.replace(/^=/, "").replace(/\s+/g, "");
  const m = /^PRODUCT\((.*)\)$/i.exec(body);
  const parts = m ? m[1].split(",") : body.split("*");
  body = "";
  let hasUnit = false;
  for (const p of parts) {
    const a = parseAddr(p);
    if (!a || a.row !== row || !factorCols.has(a.col)) return false;
    if (a.col === unitCol) hasUnit = true;
  }
  return hasUnit && parts.length >= 1;
}

/** Rows covered by the references of a formula in one column of one sheet. */
function coveredRows(formula: string, sheet: string, col: number, ownSheet: string): Set<number> {
  const rows = new Set<number>();
  for (const r of findRefs(formula)) {
    const sh = r.sheet ?? ownSheet;
    if (sh.toLowerCase() !== sheet.toLowerCase()) continue;
    if (col < Math.min(r.c1, r.c2) || col > Math.max(r.c1, r.c2)) continue;
    for (let x = Math.min(r.r1, r.r2); x <= Math.max(r.r1, r.r2); x++) rows.add(x);
  }
  return rows;
}

/** expected/actual as money: what the cell should show (satang) and what it shows, when that is a number. */
function numbers(v: unknown, want: Satang | null): Pick<Finding, "expected" | "actual" | "valueKind"> {
  if (want === null) return {};
  return { expected: want, ...(typeof v === "number" ? { actual: Math.round(v * 100) } : {}), valueKind: "money" };
}
/** " — shows 19,000 baht, should be 23,800 baht" (messages name numbers, not formulas). */
// (a figure that is right for now is said so, never "shows 200, should be 200")
const shows = (v: unknown, want: Satang | null): string =>
  want === null
    ? ""
    : typeof v === "number" && roundSatang(v * 100) === want
      ? ` — ตอนนี้แสดง ${baht(want)} บาท ตรงกับที่ควรเป็น แต่จะผิดเมื่อแถวที่อ้างอิงเปลี่ยน`
      : ` — ${typeof v === "number" ? `แสดง ${baht(roundSatang(v * 100))} บาท ควรเป็น` : "ควรเป็น"} ${baht(want)} บาท`;
const showsEn = (v: unknown, want: Satang | null): string =>
  want === null
    ? ""
    : typeof v === "number" && roundSatang(v * 100) === want
      ? `; it shows ${baht(want)} baht, right for now, but it will go wrong when the row it refers to changes`
      : `; ${typeof v === "number" ? `it shows ${baht(roundSatang(v * 100))} baht, ` : ""}it should be ${baht(want)} baht`;

/** The details line of a formula finding: the formula as it is, and the column's when it differs. */
function formulaDetail(formula: string, expected?: string): { th: string; en: string } {
  const want = expected && expected !== formula ? expected : undefined;
  return {
    th: `สูตร ${formula}${want ? ` — สูตรของคอลัมน์ ${want}` : ""}`,
    en: `Formula ${formula}${want ? `; the column's formula ${want}` : ""}`,
  };
}

function finding(rule: RuleId, severity: Finding["severity"], message: { th: string; en: string }, extra: Partial<Finding>): Finding {
  return { rule, severity, message, ...extra };
}

/** The formula checks over a read workbook. */
export function formulaChecks(snapshot: WorkbookSnapshot, plan: Plan, loc: Located): Finding[] {
  const out: Finding[] = [];
  const b = loc.budget;
  const bs = loc.sheets.budget;
  const names = new Map<string, string>();
  for (const x of plan.activities) if (!names.has(x.id)) names.set(x.id, x.name);
  const actName = (id: string) => names.get(id);
  const rowsByActivity = new Map<string, number[]>();
  const computedByActivity = new Map<string, Satang>();
  for (const l of plan.budgetLines) computedByActivity.set(l.activityId, addMoney(computedByActivity.get(l.activityId) ?? ZERO_SATANG, lineAmount(l) ?? ZERO_SATANG));
  for (const l of plan.budgetLines) {
    const r = loc.lineRows.get(l.id);
    if (r === undefined) continue;
    const rows = rowsByActivity.get(l.activityId);
    if (rows) rows.push(r);
    else rowsByActivity.set(l.activityId, [r]);
  }
  const tables = loc.budgetTables ?? (b ? [b] : []);
  for (const t of tables) {
    const ts = tables.length > 1 ? snapshot.sheets.find((x) => x.name === t.sheet) : bs;
    if (!ts) continue;
    // several tables: each is checked with its own lines (its total is the sum of its lines)
    const own = tables.length > 1 ? plan.budgetLines.filter((l) => l.cells?.item?.sheet === t.sheet && t.rows.includes(loc.lineRows.get(l.id) ?? -1)) : plan.budgetLines;
    out.push(...budgetTableChecks({ ...plan, budgetLines: own }, plan, tables.length > 1 ? { ...loc, budget: t, sheets: { ...loc.sheets, budget: ts } } : loc, actName));
  }
  // activity budgets (SUMIF over the budget lines): template sheets only (a hand-made sheet's typed budget is a stated subtotal)
  const a = loc.activities;
  const as = loc.sheets.activities;
  if (a && as && a.cols.budget !== undefined && b && bs && loc.template) {
    const col = a.cols.budget;
    for (const act of plan.activities) {
      const row = loc.activityRows.get(act.id);
      if (row === undefined) continue;
      const cell = addr(row, col);
      const f = cellFormula(as, row, col);
      const v = cellValue(as, row, col);
      const expected = expectedFormula(loc, "activities", "budget", row);
      const want = computedByActivity.get(act.id) ?? ZERO_SATANG;
      const base = { activityId: act.id, activityName: act.name, sheet: as.name, cell, ...numbers(v, want) };
      if (!f) {
        if (typeof v === "number") {
          out.push(
            finding(
              "line-amount-hardcoded",
              "warning",
              {
                th: `กิจกรรม ${act.id}: งบประมาณ ${cell} เป็นตัวเลขที่พิมพ์ไว้ ${baht(roundSatang(v * 100))} บาท ไม่ใช่ผลรวมจากรายการงบประมาณ ซึ่งรวมได้ ${baht(want)} บาท ตามการคำนวณ`,
                en: `Activity ${act.id}: budget ${cell} is a typed number, ${baht(roundSatang(v * 100))} baht, not the sum of its budget lines, which add up to ${baht(want)} baht as computed`,
              },
              base,
            ),
          );
        }
        continue;
      }
      if (expected && (f === expected || toR1C1(f, row, col) === toR1C1(expected, row, col))) continue;
      const refs = findRefs(f);
      const otherRow = refs.some((r) => (!r.sheet || r.sheet.toLowerCase() === as.name.toLowerCase()) && (r.r1 !== row || r.r2 !== row));
      // lines of this activity that the ranges leave out
      const lineRows = rowsByActivity.get(act.id) ?? [];
      const idCovered = b.cols.activityId !== undefined ? coveredRows(f, bs.name, b.cols.activityId, as.name) : new Set<number>();
      // the sum range is the computed-amount column (or, in older templates, the amount column)
      const sumCol = [b.cols.computed, b.cols.amount].find((c) => c !== undefined && coveredRows(f, bs.name, c, as.name).size > 0);
      const amtCovered = sumCol !== undefined ? coveredRows(f, bs.name, sumCol, as.name) : new Set<number>();
      const missing = lineRows.filter((r) => !idCovered.has(r) || !amtCovered.has(r));
      if (otherRow) {
        out.push(
          finding(
            "formula-inconsistent",
            "error",
            {
              th: `กิจกรรม ${act.id}: สูตรงบประมาณ ${cell} อ้างอิงแถวอื่น ไม่ตรงกับสูตรของคอลัมน์ (ผลรวมจำนวนเงินตามการคำนวณของรายการในกิจกรรมนี้)${shows(v, want)}`,
              en: `Activity ${act.id}: budget formula ${cell} refers to another row, unlike the column's pattern (the sum of this activity's computed line amounts)${showsEn(v, want)}`,
            },
            { ...base, detail: formulaDetail(f) },
          ),
        );
      } else if (missing.length && /SUMIF/i.test(f)) {
        out.push(
          finding(
            "sum-range-incomplete",
            "error",
            {
              th: `กิจกรรม ${act.id}: สูตรงบประมาณ ${cell} ไม่ครอบคลุมรายการงบประมาณแถว ${missing.join(", ")}${shows(v, want)}`,
              en: `Activity ${act.id}: budget formula ${cell} does not cover budget line ${plural(missing.length, "row", "rows")} ${missing.join(", ")}${showsEn(v, want)}`,
            },
            { ...base, detail: formulaDetail(f) },
          ),
        );
      }
    }
  }
  // project: computed total refers to the budget total
  const p = loc.project;
  const ps = loc.sheets.project;
  if (p && ps && p.rows.computedTotal !== undefined && b?.totalRow !== undefined) {
    const row = p.rows.computedTotal;
    const f = cellFormula(ps, row, p.valueCol);
    const v = cellValue(ps, row, p.valueCol);
    const cell = addr(row, p.valueCol);
    const field = PROJECT_FIELDS.find((x) => x.key === "computedTotal")!;
    let expected: string | null = null;
    try {
      expected = field.formula!(makeCtx(positionsOf(loc), undefined, row) as never);
    } catch {
      expected = null;
    }
    if (!f && typeof v === "number") {
      out.push(
        finding(
          "line-amount-hardcoded",
          "warning",
          {
            th: `รวมงบประมาณตามการคำนวณ ${cell} เป็นตัวเลขที่พิมพ์ไว้ ${baht(roundSatang(v * 100))} บาท ไม่ใช่สูตร — รายการรวมได้ ${baht(planTotal(plan))} บาท ตามการคำนวณ`,
            en: `The computed budget total ${cell} on the project sheet is a typed number, ${baht(roundSatang(v * 100))} baht, not the formula; the lines add up to ${baht(planTotal(plan))} baht as computed`,
          },
          { sheet: ps.name, cell, ...numbers(v, planTotal(plan)) },
        ),
      );
    } else if (f && expected && f !== expected && toR1C1(f, row, p.valueCol) !== toR1C1(expected, row, p.valueCol)) {
      out.push(
        finding(
          "formula-inconsistent",
          "error",
          {
            th: `รวมงบประมาณตามการคำนวณ ${cell} ไม่ได้อ้างอิงยอดรวมของตารางงบประมาณ (ผลรวมจำนวนเงินตามการคำนวณของทุกรายการ)${shows(v, planTotal(plan))}`,
            en: `The computed budget total ${cell} does not refer to the budget table's total (the sum of every line's computed amount)${showsEn(v, planTotal(plan))}`,
          },
          { sheet: ps.name, cell, ...numbers(v, planTotal(plan)), detail: formulaDetail(f, expected) },
        ),
      );
    }
  }
  return out;
}

/** The checks of one budget table: typed amounts where formulas belong, formulas unlike their column, totals that leave lines out. */
function budgetTableChecks(plan: Plan, whole: Plan, loc: Located, actName: (id: string) => string | undefined): Finding[] {
  const out: Finding[] = [];
  const b = loc.budget;
  const bs = loc.sheets.budget;
  if (b && bs) {
    const amountCol = b.cols.amount;
    const factorCols = new Set([b.cols.unitCost, b.cols.quantity, b.cols.times, ...(b.handMade?.extraFactors ?? [])].filter((x): x is number => x !== undefined));
    const hand = !!b.handMade;
    // a hand-made sheet's typed amounts are its way of writing; a typed number is worth a warning only
    // where the column's own pattern is a formula (most of its lines with a unit cost have one)
    const withUnit = plan.budgetLines.filter((l) => l.unitCost !== null && loc.lineRows.has(l.id));
    // the amount cell of a line (amounts split by expense class sit in different columns)
    const colOf = (l: Plan["budgetLines"][number]): number | undefined => {
      const a = l.cells?.statedAmount;
      return hand && a && a.sheet === bs.name ? (parseAddr(a.cell)?.col ?? amountCol) : amountCol;
    };
    const formulaLines = withUnit.filter((l) => colOf(l) !== undefined && cellFormula(bs, loc.lineRows.get(l.id)!, colOf(l)!)).length;
    const typedIsOdd = !hand || (withUnit.length > 0 && formulaLines * 2 > withUnit.length);
    if (amountCol !== undefined) {
      // the template's formulas of the two amount columns, row by row (compared without a string per row)
      const amountF = tableFormula(loc, b, BUDGET_TABLE, "amount");
      const computedF = tableFormula(loc, b, BUDGET_TABLE, "computed");
      for (const line of plan.budgetLines) {
        const row = loc.lineRows.get(line.id);
        if (row === undefined) continue;
        const lineCol = colOf(line) ?? amountCol;
        const f = cellFormula(bs, row, lineCol);
        const want = amountF(row);
        // the template's own formula: nothing to say
        if (f && want?.is(f)) continue;
        const cell = addr(row, lineCol);
        const v = cellValue(bs, row, lineCol);
        const base = { activityId: line.activityId || undefined, activityName: actName(line.activityId), lineId: line.id, item: line.item, sheet: bs.name, cell };
        const expected = want ? want.text() : null;
        if (!f) {
          if (typeof v === "number" && line.unitCost !== null && typedIsOdd) {
            const computed = lineAmount(line);
            out.push(
              finding(
                "line-amount-hardcoded",
                "warning",
                {
                  th: `รายการ "${line.item}": พิมพ์ตัวเลข ${baht(line.statedAmount ?? ZERO_SATANG)} ไว้ในช่องจำนวนเงิน ${cell} แทนสูตร${expected ? ` ${expected}` : ""} — ตัวเลขจะไม่เปลี่ยนตามอัตรา × จำนวน × ครั้ง`,
                  en: `Line "${line.item}": the number ${baht(line.statedAmount ?? ZERO_SATANG)} is typed in amount cell ${cell} instead of the formula${expected ? ` ${expected}` : ""}; it will not follow unit × quantity × times`,
                },
                { ...base, expected: computed ?? undefined, actual: line.statedAmount ?? undefined, valueKind: "money" },
              ),
            );
          }
          continue;
        }
        const same = expected !== null && (f === expected || toR1C1(f, row, lineCol) === toR1C1(expected, row, lineCol));
        if (same || isProductOfFactors(f, row, factorCols, b.cols.unitCost)) continue;
        const otherRow = findRefs(f).some((r) => !r.sheet && (r.r1 !== row || r.r2 !== row));
        // a lump sum (no unit cost, quantity or times) may be any formula of its own row (=500*2, =SUM(…) of notes)
        const lumpSum = line.unitCost === null && line.quantity === null && line.times === null && !line.invalid;
        if (lumpSum && !otherRow) continue;
        // hand-made sheets write amounts many ways (=35*20*2, =SUM(C5:E5)); only a reference to another row is inconsistent
        if (hand && !otherRow) continue;
        out.push(
          finding(
            "formula-inconsistent",
            "error",
            {
              th: `รายการ "${line.item}": สูตรจำนวนเงิน ${cell} ไม่ตรงกับสูตรของคอลัมน์${expected ? ` (ราคาต่อหน่วย × จำนวน × ครั้ง)` : ""}${otherRow ? " — อ้างอิงแถวอื่น" : ""}${shows(v, lineAmount(line))}`,
              en: `Line "${line.item}": amount formula ${cell} is unlike the column's pattern${expected ? ` (unit cost × quantity × times)` : ""}${otherRow ? "; it refers to another row" : ""}${showsEn(v, lineAmount(line))}`,
            },
            { ...base, ...numbers(v, lineAmount(line)), detail: formulaDetail(f, expected ?? undefined) },
          ),
        );
      }
      // the computed-amount column: every line row needs the template's formula, or the sheet's computed sums miss it
      const cmpCol = b.cols.computed;
      if (cmpCol !== undefined) {
        for (const line of plan.budgetLines) {
          const row = loc.lineRows.get(line.id);
          if (row === undefined) continue;
          const f = cellFormula(bs, row, cmpCol);
          const want = computedF(row);
          if (!want || (f && (want.is(f) || toR1C1(f, row, cmpCol) === toR1C1(want.text(), row, cmpCol)))) continue;
          const cell = addr(row, cmpCol);
          const computed = lineAmount(line);
          out.push(
            finding(
              "formula-inconsistent",
              "error",
              {
                th: `รายการ "${line.item}": ช่องจำนวนเงินตามการคำนวณ ${cell} ${f ? "มีสูตรที่ไม่ตรงกับสูตรของคอลัมน์" : "ไม่มีสูตรของคอลัมน์"} (ราคาต่อหน่วย × จำนวน × ครั้ง) — ยอดรวมตามการคำนวณในแผ่นงานจะไม่ตรงกับที่ตรวจได้ (ควรเป็น ${computed === null ? "-" : baht(computed)} บาท)`,
                en: `Line "${line.item}": computed-amount cell ${cell} ${f ? "holds a formula unlike the column's" : "lacks the column's formula"} (unit cost × quantity × times); the sheet's computed sums will differ from the checks (it should be ${computed === null ? "-" : baht(computed)} baht)`,
              },
              {
                ...(f ? { detail: formulaDetail(f, want.text()) } : {}),
                activityId: line.activityId || undefined,
                activityName: actName(line.activityId),
                lineId: line.id,
                item: line.item,
                sheet: bs.name,
                cell,
                ...(computed !== null ? { expected: computed, valueKind: "money" as const } : {}),
              },
            ),
          );
        }
      }
      // the total row: the sum of the amounts as written, and the sum of the computed amounts
      if (b.totalRow !== undefined && b.rows.length) {
        const sums: { col: number; written: boolean }[] = [{ col: amountCol, written: true }];
        if (b.cols.computed !== undefined) sums.push({ col: b.cols.computed, written: false });
        for (const { col, written } of sums) {
          const cell = addr(b.totalRow, col);
          const f = cellFormula(bs, b.totalRow, col);
          const v = cellValue(bs, b.totalRow, col);
          const want = written ? planTotalAsWritten(plan) : planTotal(plan);
          const what = written
            ? { th: "ยอดรวมงบประมาณ (ตามที่เขียน)", en: "The budget total (as written)" }
            : { th: "ยอดรวมงบประมาณตามการคำนวณ", en: "The computed budget total" };
          const st = plan.project.cells?.statedTotal;
          const isStated = (!!st && st.sheet === bs.name && st.cell === cell) || whole.subtotals.some((x) => x.cell?.sheet === bs.name && x.cell.cell === cell); // a hand-made sheet's typed total, read as the stated total
          const values = { expected: want, ...(typeof v === "number" ? { actual: Math.round(v * 100) } : {}), valueKind: "money" as const };
          if (!f && typeof v === "number" && !isStated) {
            out.push(
              finding(
                "line-amount-hardcoded",
                "warning",
                {
                  th: `${what.th} ${cell} เป็นตัวเลขที่พิมพ์ไว้ ${baht(roundSatang(v * 100))} บาท ไม่ใช่สูตรรวม — รายการรวมได้ ${baht(want)} บาท`,
                  en: `${what.en} ${cell} is a typed number, ${baht(roundSatang(v * 100))} baht, not the sum formula; the lines add up to ${baht(want)} baht`,
                },
                { sheet: bs.name, cell, ...values },
              ),
            );
          } else if (f && !hasStructuredRef(f)) {
            // (a structured reference, Table[Column] of an Excel table's totals row, covers the table's rows)
            // the rows it names stand for lines: a line for itself, a subtotal, group or heading row with a
            // figure for the lines under it (totalCover.ts)
            const members = rowMembers(b, whole, loc.lineRows, bs, col);
            const counts = lineCounts(f, bs.name, col, members);
            const missing = b.rows.filter((r) => !counts.has(r));
            const twice = !missing.length && isAddingFormula(f) ? [...counts].filter(([, n]) => n > 1).map(([r]) => r).sort((x, y) => x - y) : [];
            // the figure the cell shows: when it is the figure of every line once, the formula adds them in a way not
            // modelled here (nothing is said); a line left out with no amount yet is said as a warning
            const shown = typeof v === "number" ? roundSatang(v * 100) : null;
            const right = shown !== null && shown === want;
            const emptyMissing = missing.every((r) => {
              const x = cellValue(bs, r, col);
              return x === null || x === 0 || (typeof x === "string" && !x.trim());
            });
            if (twice.length && !right) {
              const fix = suggested(f, b, members, bs, col, want, loc, written);
              out.push(
                finding(
                  "sum-range-incomplete",
                  "error",
                  {
                    th: `${what.th} ${cell} (${f}) นับแถว ${twice.join(", ")} ซ้ำ${typeof v === "number" ? ` — แสดง ${baht(roundSatang(v * 100))} บาท` : ""} รวมทุกรายการครั้งเดียวแล้วควรเป็น ${baht(want)} บาท${fix.formula ? ` (แก้สูตรเป็น ${fix.formula})` : ""}`,
                    en: `${what.en} ${cell} (${f}) counts ${plural(twice.length, "row", "rows")} ${twice.join(", ")} twice${typeof v === "number" ? `; it shows ${baht(roundSatang(v * 100))} baht` : ""}; with every line once it should be ${baht(want)} baht${fix.formula ? ` (formula ${fix.formula})` : ""}`,
                  },
                  { sheet: bs.name, cell, ...values, ...fix },
                ),
              );
            } else if (missing.length && (!right || emptyMissing)) {
              const fix = suggested(f, b, members, bs, col, want, loc, written);
              const advice = fix.formula ? { th: ` (แก้สูตรเป็น ${fix.formula})`, en: ` (formula ${fix.formula})` } : { th: "", en: "" };
              out.push(
                finding(
                  "sum-range-incomplete",
                  right ? "warning" : "error",
                  right
                    ? {
                        th: `${what.th} ${cell} ไม่รวมแถว ${missing.join(", ")} ซึ่งยังไม่มีจำนวนเงิน — ตอนนี้แสดง ${baht(want)} บาท ตรงกับรวมทุกรายการ แต่จะไม่นับจำนวนเงินที่ใส่ในแถวเหล่านั้นภายหลัง${advice.th}`,
                        en: `${what.en} ${cell} leaves out ${plural(missing.length, "row", "rows")} ${missing.join(", ")}, which have no amount yet; it shows ${baht(want)} baht, the sum of every line, but will not count amounts put in those rows later${advice.en}`,
                      }
                    : {
                        th: `${what.th} ${cell} ไม่รวมแถว ${missing.join(", ")} — รวมทุกรายการแล้วควรเป็น ${baht(want)} บาท${advice.th}`,
                        en: `${what.en} ${cell} leaves out ${plural(missing.length, "row", "rows")} ${missing.join(", ")}; with every line it should be ${baht(want)} baht${advice.en}`,
                      },
                  { sheet: bs.name, cell, ...values, ...fix },
                ),
              );
            }
          }
        }
      }
    }
  }
  if (b && bs && b.handMade) out.push(...subtotalRangeChecks(bs, b, plan, loc));
  return out;
}

/**
 * The formula suggested for a total: the template's own (a template table with no subtotal rows), else one in
 * the user's style over the rows that add every line once, used only when it works out to `want`.
 */
function suggested(f: string, b: FoundTable, members: Members, bs: SheetSnapshot, col: number, want: Satang, loc: Located, written: boolean): Pick<Finding, "formula"> {
  const template = !b.handMade && !b.subtotalRows.length ? expectedTotalFormula(loc, written ? "amount" : "computed") : null;
  const formula = template && addingFigure(template, bs) === want ? template : suggestTotal(f, b, members, bs, col, want);
  return formula ? { formula } : {};
}

/** A formula naming an Excel table's column ("SUBTOTAL(109,งบ[จำนวนเงิน])", "[@ราคา]") instead of cell ranges. */
export function hasStructuredRef(f: string): boolean {
  return /[A-Za-z_\u0E01-\u0E7F][\w.\u0E01-\u0E7F]*\[|\[[#@]/.test(f.replace(/"[^"]*"/g, '""'));
}

/** Hand-made blocks: a subtotal formula (=SUM(…)) must cover every line of its block. */
function subtotalRangeChecks(bs: SheetSnapshot, b: FoundTable, plan: Plan, loc: Located): Finding[] {
  const out: Finding[] = [];
  const amountCol = b.cols.amount;
  if (amountCol === undefined || !b.handMade) return out;
  // each line row's amount as written (what the block's subtotal should add)
  const writtenAt = new Map<number, Satang>();
  for (const l of plan.budgetLines) {
    const r = loc.lineRows.get(l.id);
    if (r !== undefined && l.cells?.statedAmount?.sheet === bs.name) writtenAt.set(r, l.statedAmount ?? ZERO_SATANG);
  }
  // a group row over its sub-items (1 over 1.1, 1.2) adds the rows below it, not a block above
  const groups = groupRowsOf(plan, loc.lineRows, bs.name);
  let block: number[] = [];
  for (const k of b.handMade.rowKinds) {
    const group = groups.get(k.row);
    if (k.kind === "heading") block = [];
    else if (k.kind === "line") block.push(k.row);
    else if (k.kind === "subtotal") {
      const members = group ?? block;
      const f = cellFormula(bs, k.row, amountCol);
      if (f && /SUM/i.test(f) && !hasStructuredRef(f) && members.length) {
        const covered = coveredRows(f, bs.name, amountCol, bs.name);
        const missing = members.filter((r) => !covered.has(r));
        const v = cellValue(bs, k.row, amountCol);
        const want = members.reduce<Satang>((t, r) => addMoney(t, writtenAt.get(r) ?? ZERO_SATANG), ZERO_SATANG);
        // the subtotal already shows the sum of its block (its formula adds the lines in a way not modelled here,
        // or the rows it leaves out are empty): nothing is said, never "should be" what it shows
        const right = typeof v === "number" && roundSatang(v * 100) === want;
        if (missing.length && !right) {
          const c = colLetter(amountCol);
          const candidate = `=SUM(${c}${members[0]}:${c}${members[members.length - 1]})`;
          // suggested only when it works out, from the cells as they are, to the block's sum
          const expected = addingFigure(candidate, bs) === want ? candidate : null;
          const cell = addr(k.row, amountCol);
          out.push(
            finding(
              "sum-range-incomplete",
              "error",
              {
                th: `ยอดรวมย่อย ${cell} (${f}) ไม่รวมรายการแถว ${missing.join(", ")} ของกลุ่มนี้ — ควรเป็น ${baht(want)} บาท${expected ? ` (แก้สูตรเป็น ${expected})` : ""}`,
                en: `The subtotal ${cell} (${f}) leaves out line ${plural(missing.length, "row", "rows")} ${missing.join(", ")} of its block; it should be ${baht(want)} baht${expected ? ` (formula ${expected})` : ""}`,
              },
              {
                sheet: bs.name,
                cell,
                activityId: k.activityId || undefined,
                expected: want,
                ...(typeof v === "number" ? { actual: roundSatang(v * 100) } : {}),
                valueKind: "money",
                ...(expected ? { formula: expected } : {}),
              },
            ),
          );
        }
      }
      if (!group) block = [];
    } else if (k.kind === "total") block = [];
  }
  return out;
}
