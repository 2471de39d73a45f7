/**
 * The sections of a plan read from their tables and forms: project fields, targets, activities,
 * budget lines (with block subtotals and a typed grand total), indicators, rate rules, results.
 */
import type { Activity, BudgetLine, CellRef, Indicator, LineField, Plan, Project, Results, SignerRole, Subtotal, Target } from "../../core/model";
import type { RateConditions, RateRule } from "../../core/rates/schema";
import { sheetRuleText } from "../../core/rates/rateBook";
import { readVenue, unknownVenueNote, venueNote } from "../../core/rates/venue";
import { addr } from "../a1";
import { toArabicDigits } from "../../core/thaiDigits";
import { bahtToSatang, parseMoney, parseNumber } from "../../core/money";
import { cellFormula, cellValue, isEmpty, ref, rowCount } from "../cells";
import type { FormPos, FoundTable, Located } from "../located";
import { CHOICES, parseChoice } from "../i18n";
import { PROJECT_FIELDS, RESULTS_FIELDS, SIGNER_FIELDS } from "../layout";
import { parseCategory, readOtherCondition } from "../rateLabels";
import type { SheetSnapshot } from "../types";
import type { FormHit } from "./tables";
import { W, checkError, isoOfSerialOrText, problem, readId, readList, readMonth, readNum, readText, report, type Ctx, type NumRead } from "./values";
import { clip } from "../../core/clip";
import { cellRef } from "../../core/cellRef";

/** `lenient`: a hand-made sheet, where figures typed as text ("๙,๐๐๐.- บาท", "๒๕๖๖") are how the form is written (no bad-number). */
export function readProject(ctx: Ctx, s: SheetSnapshot, form: FormHit, plan: Plan, lenient = false): FormPos {
  const valueCol = form.labelCol + 1;
  const p: Project = plan.project;
  const cells: Partial<Record<string, CellRef>> = {};
  const rows = form.rows;
  const lastRow = rowCount(s);
  const labelRows = new Set(Object.values(rows));
  const rec = p as unknown as Record<string, unknown>;
  for (const f of PROJECT_FIELDS) {
    const r = rows[f.key];
    if (r === undefined || f.kind === "formula") continue;
    const at = ref(s, r, valueCol);
    const what = { th: `${W.project.th}: ${f.label.th}`, en: `${W.project.en}: ${f.label.en}` };
    switch (f.type) {
      case "text":
      case "list": {
        const parts: string[] = [];
        const first = readText(ctx, s, r, valueCol, what);
        if (first !== undefined) parts.push(first);
        // continuation rows: label empty, value present
        for (let rr = r + 1; rr <= lastRow && !labelRows.has(rr); rr++) {
          if (!isEmpty(cellValue(s, rr, form.labelCol))) break;
          const more = readText(ctx, s, rr, valueCol, what);
          if (more === undefined) break;
          parts.push(more);
        }
        if (!parts.length) break;
        if (f.type === "list") rec[f.key] = parts.flatMap((x) => x.split(/\r?\n/)).map((x) => x.trim()).filter(Boolean);
        else rec[f.key] = f.key === "rationale" ? parts.join("\n") : parts.join(" ");
        cells[f.key] = at;
        break;
      }
      case "number": {
        const n = lenient ? lenientNum(s, r, valueCol, "number") : readNum(ctx, s, r, valueCol, "number", what);
        if (n.value !== null) {
          let y = Math.round(n.value);
          if (y >= 1900 && y < 2400) y += 543;
          p.fiscalYear = y;
          cells[f.key] = at;
        } else if (n.invalid) problem(ctx, { th: `ปีงบประมาณ "${n.invalid}" ไม่ใช่ตัวเลข (${cellRef(s.name, at.cell)})`, en: `Fiscal year "${n.invalid}" is not a number (${cellRef(s.name, at.cell)})` }, at);
        break;
      }
      case "money": {
        const n = lenient ? lenientNum(s, r, valueCol, "money") : readNum(ctx, s, r, valueCol, "money", what);
        if (n.value !== null) {
          rec[f.key] = n.value;
          cells[f.key] = at;
        } else if (n.invalid) {
          report(ctx, {
            rule: "bad-number",
            severity: "error",
            message: { th: `${what.th} "${n.invalid}" ไม่ใช่ตัวเลข`, en: `${what.en} "${n.invalid}" is not a number` },
            actual: n.invalid,
            valueKind: "text",
            sheet: s.name,
            cell: at.cell,
          });
        }
        break;
      }
      case "month": {
        const m = readMonth(ctx, s, r, valueCol, what);
        if (m.value) {
          rec[f.key] = m.value;
          cells[f.key] = at;
          if (f.key === "periodStart" && m.range && !p.periodEnd) p.periodEnd = m.range.end;
        } else if (m.bad) problem(ctx, { th: `${what.th}: อ่านเดือนจาก "${m.bad}" ไม่ได้ (${cellRef(s.name, at.cell)})`, en: `${what.en}: cannot read a month from "${m.bad}" (${cellRef(s.name, at.cell)})` }, at);
        break;
      }
      case "enum": {
        const t = readText(ctx, s, r, valueCol, what);
        if (t === undefined) break;
        const list = CHOICES[f.choices!];
        const id = parseChoice(list as readonly { id: string; th: string; en: string }[], t);
        if (id === undefined && f.choices === "venue") {
          // a place name typed in the venue cell ("หอประชุมโรงเรียนบ้านหนองบัว", "โรงแรมริเวอร์ไซด์ อำเภอเมือง"):
          // its kind words tell the venue; when they do not, say which venue the rate checks assume
          const v = readVenue(t);
          p.place ??= t;
          if (v.venue === "unknown") {
            problem(ctx, unknownVenueNote(t, cellRef(s.name, at.cell)), at);
            break;
          }
          rec[f.key] = v.venue;
          cells[f.key] = at;
          problem(ctx, venueNote(t, v), at, "info");
          break;
        }
        if (id === undefined) {
          problem(ctx, { th: `${what.th}: ไม่รู้จัก "${t}" (${cellRef(s.name, at.cell)})`, en: `${what.en}: unknown value "${t}" (${cellRef(s.name, at.cell)})` }, at);
          break;
        }
        rec[f.key] = id;
        cells[f.key] = at;
        break;
      }
    }
  }
  // the signers' names and positions (template version 3) as one record per role
  for (const [role, keys] of Object.entries(SIGNER_FIELDS)) {
    const name = rec[keys.name] as string | undefined;
    const position = rec[keys.position] as string | undefined;
    delete rec[keys.name];
    delete rec[keys.position];
    if (name || position) (p.signers ??= {})[role as SignerRole] = { ...(name ? { name } : {}), ...(position ? { position } : {}) };
  }
  p.cells = cells as Project["cells"];
  return { sheet: s.name, rows, valueCol, labelCol: form.labelCol };
}

/** A number written as text on a hand-made form ("๙,๐๐๐.- บาท"), read without a bad-number warning. */
function lenientNum(s: SheetSnapshot, r: number, c: number, kind: "money" | "number"): { value: number | null; invalid?: string } {
  const v = cellValue(s, r, c);
  if (typeof v === "number") return { value: kind === "money" ? bahtToSatang(v) : v };
  if (typeof v !== "string" || !v.trim()) return { value: null };
  const parsed = kind === "money" ? parseMoney(v) : parseNumber(v);
  return parsed === null ? { value: null, invalid: v.trim() } : { value: parsed };
}

export function readTargets(ctx: Ctx, s: SheetSnapshot, t: FoundTable): Target[] {
  const out: Target[] = [];
  for (const r of t.rows) {
    const text = readText(ctx, s, r, t.cols.text, W.target);
    if (!text) continue;
    const kindText = readText(ctx, s, r, t.cols.kind, W.target);
    const kind = (kindText && parseChoice(CHOICES.targetKind, kindText)) || "quantitative";
    const v = readNum(ctx, s, r, t.cols.value, "number", W.target);
    const unit = readText(ctx, s, r, t.cols.unit, W.target);
    out.push({ kind, text, ...(v.value !== null ? { value: v.value } : {}), ...(unit ? { unit } : {}), cell: ref(s, r, t.cols.text) });
  }
  return out;
}

/** `statedBudget`: a typed budget per activity is the activity's stated total (hand-made tables), not a template formula. */
const NUMBER_IN_NAME = /^\s*(?:กิจกรรมที่\s*([0-9๐-๙]{1,3})\s*[.):]?|([0-9๐-๙]{1,3})\s*[.)])\s*(?=\S)/;

export function readActivities(ctx: Ctx, s: SheetSnapshot, t: FoundTable, plan: Plan, loc: Located, statedBudget = false): void {
  let n = 0;
  for (const r of t.rows) {
    let name = readText(ctx, s, r, t.cols.name, W.activity) ?? "";
    let id = readId(ctx, s, r, t.cols.id, W.activity);
    if (!name && !id) continue;
    n++;
    // no number column: the number written at the start of the name ("1. …", "กิจกรรมที่ 2 …", "๓) …")
    const numbered = t.cols.id === undefined ? NUMBER_IN_NAME.exec(name) : null;
    if (numbered) {
      id = toArabicDigits(numbered[1] ?? numbered[2]);
      name = name.slice(numbered[0].length).trim() || name;
    } else if (!id) {
      id = String(n);
      problem(
        ctx,
        {
          th: `กิจกรรมแถว ${r} ไม่มีเลขที่ ใช้ ${id} (${cellRef(s.name, addr(r, t.cols.id ?? 1))})`,
          en: `Activity in row ${r} has no number; using ${id} (${cellRef(s.name, addr(r, t.cols.id ?? 1))})`,
        },
        ref(s, r, t.cols.id ?? t.cols.name),
        "info",
      );
    }
    const what = { th: `${W.activity.th} ${id}`, en: `${W.activity.en} ${id}` };
    const a: Activity = { id, name, owners: readList(s, r, t.cols.owners) };
    const cells: NonNullable<Activity["cells"]> = { id: ref(s, r, t.cols.id ?? t.cols.name), name: ref(s, r, t.cols.name) };
    if (t.cols.owners !== undefined) cells.owners = ref(s, r, t.cols.owners);
    const st = readMonth(ctx, s, r, t.cols.start, what);
    if (st.value) {
      if (st.semester) st.semester.activity = a;
      a.start = st.value;
      if (st.range) a.end = st.range.end;
      cells.start = ref(s, r, t.cols.start);
    } else if (st.wholeYear) (ctx.wholeYear ??= []).push({ activity: a, cell: ref(s, r, t.cols.start!), ...st.wholeYear });
    else if (st.bad) problem(ctx, { th: `${what.th}: อ่านเดือนเริ่มจาก "${st.bad}" ไม่ได้`, en: `${what.en}: cannot read the start month from "${st.bad}"` }, ref(s, r, t.cols.start));
    const en = readMonth(ctx, s, r, t.cols.end, what);
    if (en.value) {
      a.end = en.range ? en.range.end : en.value;
      cells.end = ref(s, r, t.cols.end);
    } else if (en.bad) problem(ctx, { th: `${what.th}: อ่านเดือนสิ้นสุดจาก "${en.bad}" ไม่ได้`, en: `${what.en}: cannot read the end month from "${en.bad}"` }, ref(s, r, t.cols.end));
    if (a.start && !a.end && t.cols.end === undefined) a.end = a.start;
    // an activity with no month is pointed at the cell where its month goes (schedule-missing names a cell)
    if (!cells.start && t.cols.start !== undefined) cells.start = ref(s, r, t.cols.start);
    // the status the user sets (the cell is given even when empty, so the task pane can set it)
    if (t.cols.statusInput !== undefined) cells.status = ref(s, r, t.cols.statusInput);
    const statusText = readText(ctx, s, r, t.cols.statusInput, what);
    if (statusText) {
      const stt = parseChoice(CHOICES.status, statusText);
      if (stt) a.status = stt;
      else problem(ctx, { th: `${what.th}: ไม่รู้จักสถานะ "${statusText}"`, en: `${what.en}: unknown status "${statusText}"` }, ref(s, r, t.cols.statusInput));
    }
    const note = readText(ctx, s, r, t.cols.note, what);
    if (note) a.note = note;
    const pdcaText = readText(ctx, s, r, t.cols.pdca, what);
    if (pdcaText) {
      const step = parseChoice(CHOICES.pdca, pdcaText) ?? parseChoice(CHOICES.pdca, pdcaText.trim().charAt(0));
      if (step) a.pdca = step;
      else problem(ctx, { th: `${what.th}: ไม่รู้จักขั้นตอน PDCA "${pdcaText}"`, en: `${what.en}: unknown PDCA step "${pdcaText}"` }, ref(s, r, t.cols.pdca), "info");
    }
    if (t.cols.budget !== undefined) {
      cells.budget = ref(s, r, t.cols.budget);
      checkError(ctx, s, r, t.cols.budget, { th: `${what.th}: งบประมาณ`, en: `${what.en}: budget` });
      const bf = statedBudget ? cellFormula(s, r, t.cols.budget) : undefined;
      const bv = cellValue(s, r, t.cols.budget);
      // a formula budget (='กิจกรรม3'!F6) states the figure it shows: compared with the lines once the budget tables are read
      if (bf && typeof bv === "number" && Number.isFinite(bv)) (ctx.formulaBudgets ??= []).push({ activityId: id, cell: ref(s, r, t.cols.budget), formula: bf, value: bahtToSatang(Math.round(bv * 100) / 100) });
      if (statedBudget && !bf) {
        const v = readNum(ctx, s, r, t.cols.budget, "money", { th: `${what.th}: งบประมาณ`, en: `${what.en}: budget` });
        if (v.value !== null) plan.subtotals.push({ activityId: id, statedAmount: v.value, cell: ref(s, r, t.cols.budget) });
      }
    }
    a.cells = cells;
    plan.activities.push(a);
    loc.activityRows.set(id, r);
    const stated = readNum(ctx, s, r, t.cols.stated, "money", { th: `${what.th}: งบตามเอกสาร`, en: `${what.en}: stated budget` });
    if (stated.value !== null) {
      const sub: Subtotal = { activityId: id, statedAmount: stated.value, cell: ref(s, r, t.cols.stated) };
      plan.subtotals.push(sub);
    }
  }
}

export function readLines(ctx: Ctx, s: SheetSnapshot, t: FoundTable, plan: Plan, loc: Located): void {
  let n = 0;
  for (const r of t.rows) {
    const item = readText(ctx, s, r, t.cols.item, W.line) ?? "";
    const activityId = readId(ctx, s, r, t.cols.activityId, W.line) ?? "";
    n++;
    const id = `L${n}`;
    const what = { th: `${W.line.th} "${item || `แถว ${r}`}"`, en: `${W.line.en} "${item || `row ${r}`}"` };
    const line: BudgetLine = { id, activityId, item, unitCost: null, quantity: null, times: null, statedAmount: null };
    const cells: NonNullable<BudgetLine["cells"]> = { item: ref(s, r, t.cols.item) };
    if (t.cols.activityId !== undefined) cells.activityId = ref(s, r, t.cols.activityId);
    const invalid: Partial<Record<LineField, string>> = {};
    const asText: Partial<Record<LineField, string>> = {};
    const read = <T extends number>(field: LineField, key: string, get: (c: number) => NumRead<T>): T | null => {
      const c = t.cols[key];
      if (c === undefined) return null;
      cells[field] = ref(s, r, c);
      const v = get(c);
      if (v.invalid !== undefined) invalid[field] = v.invalid;
      if (v.text !== undefined) asText[field] = v.text;
      return v.value;
    };
    // a figure typed as text is what the planner meant, but the sheet's formulas skip it: kept apart (asText)
    const money = (c: number) => readNum(ctx, s, r, c, "money", what, true);
    const count = (c: number) => readNum(ctx, s, r, c, "number", what, true);
    line.unitCost = read("unitCost", "unitCost", money);
    line.quantity = read("quantity", "quantity", count);
    line.times = read("times", "times", count);
    line.statedAmount = read("statedAmount", "amount", money);
    if (Object.keys(invalid).length) line.invalid = invalid;
    if (Object.keys(asText).length) line.asText = asText;
    const cls = readText(ctx, s, r, t.cols.expenseClass, what);
    if (cls) {
      const c = parseChoice(CHOICES.expenseClass, cls);
      if (c) line.expenseClass = c;
      else problem(ctx, { th: `${what.th}: ไม่รู้จักหมวดรายจ่าย "${cls}"`, en: `${what.en}: unknown expense class "${cls}"` }, ref(s, r, t.cols.expenseClass), "info");
      cells.expenseClass = ref(s, r, t.cols.expenseClass);
    }
    const cat = readText(ctx, s, r, t.cols.rateCategory, what);
    if (cat) {
      line.rateCategory = parseCategory(cat);
      cells.rateCategory = ref(s, r, t.cols.rateCategory);
    } else if (t.cols.rateCategory !== undefined && t.cols.ceiling !== undefined && isEmpty(cellValue(s, r, t.cols.rateCategory))) {
      // the template's ceiling column reads this cell: a rate finding says to choose the category here
      line.categoryCell = ref(s, r, t.cols.rateCategory);
    }
    const qu = readText(ctx, s, r, t.cols.quantityUnit, what);
    if (qu) line.quantityUnit = qu;
    const tu = readText(ctx, s, r, t.cols.timesUnit, what);
    if (tu) line.timesUnit = tu;
    if (t.cols.month !== undefined && !cellFormula(s, r, t.cols.month)) {
      const m = readMonth(ctx, s, r, t.cols.month, what);
      if (m.value) line.month = m.value;
    } else if (t.cols.month !== undefined) checkError(ctx, s, r, t.cols.month, what);
    for (const k of ["ceiling", "status"]) if (t.cols[k] !== undefined) checkError(ctx, s, r, t.cols[k], what);
    const note = readText(ctx, s, r, t.cols.note, what);
    if (note) line.note = note;
    line.cells = cells;
    plan.budgetLines.push(line);
    loc.lineRows.set(id, r);
  }
  // block subtotal rows: the stated subtotal of the activity of the lines just above
  const amountCol = t.cols.amount;
  if (amountCol === undefined) return;
  for (const sr of t.subtotalRows) {
    const above = plan.budgetLines.filter((l) => (loc.lineRows.get(l.id) ?? 0) < sr).pop();
    if (!above || !above.activityId || plan.subtotals.some((x) => x.activityId === above.activityId)) continue;
    const v = readNum(ctx, s, sr, amountCol, "money", { th: "ยอดรวมย่อย", en: "Subtotal" });
    if (v.value !== null) plan.subtotals.push({ activityId: above.activityId, statedAmount: v.value, cell: ref(s, sr, amountCol) });
  }
  // a typed grand total stands for the stated total when the project sheet gives none
  if (t.totalRow !== undefined && plan.project.statedTotal === undefined && !cellFormula(s, t.totalRow, amountCol)) {
    const v = readNum(ctx, s, t.totalRow, amountCol, "money", { th: "ยอดรวมงบประมาณ", en: "Budget total" });
    if (v.value !== null) {
      plan.project.statedTotal = v.value;
      plan.project.cells = { ...(plan.project.cells ?? {}), statedTotal: ref(s, t.totalRow, amountCol) };
    }
  }
}

export function readIndicators(ctx: Ctx, s: SheetSnapshot, t: FoundTable): Indicator[] {
  const out: Indicator[] = [];
  for (const r of t.rows) {
    const text = readText(ctx, s, r, t.cols.text, W.indicator);
    if (!text) continue;
    const kindText = readText(ctx, s, r, t.cols.kind, W.indicator);
    const ind: Indicator = { kind: (kindText && parseChoice(CHOICES.indicatorKind, kindText)) || "output", text, cells: { text: ref(s, r, t.cols.text) } };
    const what = { th: `${W.indicator.th} "${clip(text, 30)}"`, en: `${W.indicator.en} "${clip(text, 30)}"` };
    const tv = readNum(ctx, s, r, t.cols.targetValue, "number", what);
    if (tv.value !== null) ind.targetValue = tv.value;
    if (t.cols.targetValue !== undefined) ind.cells!.targetValue = ref(s, r, t.cols.targetValue);
    const unit = readText(ctx, s, r, t.cols.targetUnit, what);
    if (unit) ind.targetUnit = unit;
    const tt = readText(ctx, s, r, t.cols.targetText, what);
    if (tt) ind.targetText = tt;
    if (tv.invalid && !ind.targetText) ind.targetText = tv.invalid;
    const method = readText(ctx, s, r, t.cols.method, what);
    if (method) ind.method = method;
    const tool = readText(ctx, s, r, t.cols.tool, what);
    if (tool) ind.tool = tool;
    const av = readNum(ctx, s, r, t.cols.achievedValue, "number", what);
    if (av.value !== null) ind.achievedValue = av.value;
    if (t.cols.achievedValue !== undefined) ind.cells!.achievedValue = ref(s, r, t.cols.achievedValue);
    if (t.cols.percent !== undefined) checkError(ctx, s, r, t.cols.percent, what);
    out.push(ind);
  }
  return out;
}

export function readRates(ctx: Ctx, s: SheetSnapshot, t: FoundTable): RateRule[] {
  const out: RateRule[] = [];
  const ids = new Set<string>();
  for (const r of t.rows) {
    const catText = readText(ctx, s, r, t.cols.category, W.rate);
    const ceiling = readNum(ctx, s, r, t.cols.ceiling, "money", W.rate);
    if (!catText && ceiling.value === null) continue;
    const where = cellRef(s.name, addr(r, t.cols.category));
    if (!catText || ceiling.value === null) {
      problem(
        ctx,
        { th: `แถวอัตรา ${r} ไม่ครบ (ต้องมีหมวดอัตราและเพดาน) จึงไม่ใช้ (${where})`, en: `Rate row ${r} is incomplete (needs a category and a ceiling); not used (${where})` },
        ref(s, r, t.cols.category),
      );
      continue;
    }
    let id = readText(ctx, s, r, t.cols.id, W.rate) ?? `sheet-row-${r}`;
    if (ids.has(id)) id = `${id}-row-${r}`;
    ids.add(id);
    const label = readText(ctx, s, r, t.cols.label, W.rate) ?? catText;
    const unit = readText(ctx, s, r, t.cols.unit, W.rate) ?? "-";
    const conditions: RateConditions = {};
    const venue = parseChoice(CHOICES.venue, readText(ctx, s, r, t.cols.venue, W.rate));
    if (venue && venue !== "unknown") conditions.venue = venue;
    const tt = parseChoice(CHOICES.trainingType, readText(ctx, s, r, t.cols.trainingType, W.rate));
    if (tt && tt !== "unknown") conditions.trainingType = tt;
    const sl = parseChoice(CHOICES.staffLevel, readText(ctx, s, r, t.cols.staffLevel, W.rate));
    if (sl && sl !== "unknown") conditions.staffLevel = sl;
    const extra: { approvalMarginPercent?: number } = {};
    for (const token of readList(s, r, t.cols.otherConditions)) {
      if (!readOtherCondition(token, conditions, extra)) {
        problem(ctx, { th: `แถวอัตรา ${r}: ไม่รู้จักเงื่อนไข "${token}"`, en: `Rate row ${r}: unknown condition "${token}"` }, ref(s, r, t.cols.otherConditions));
      }
    }
    const sourceText = readText(ctx, s, r, t.cols.source, W.rate);
    const rule: RateRule = {
      id,
      category: parseCategory(catText) ?? catText,
      label: sheetRuleText(id, "label", label),
      unit: sheetRuleText(id, "unit", unit),
      ceiling: ceiling.value,
      conditions,
      source: sourceText ? sheetRuleText(id, "source", sourceText) : { th: "แผ่นงานอัตรา", en: "rates sheet" },
      confidence: parseChoice(CHOICES.confidence, readText(ctx, s, r, t.cols.confidence, W.rate)) ?? "high",
    };
    if (extra.approvalMarginPercent) rule.approvalMarginPercent = extra.approvalMarginPercent;
    const from = t.cols.effectiveFrom !== undefined ? isoOfSerialOrText(cellValue(s, r, t.cols.effectiveFrom)) : undefined;
    const to = t.cols.effectiveTo !== undefined ? isoOfSerialOrText(cellValue(s, r, t.cols.effectiveTo)) : undefined;
    if (from) rule.effectiveFrom = from;
    if (to) rule.effectiveTo = to;
    const note = readText(ctx, s, r, t.cols.note, W.rate);
    if (note) rule.note = sheetRuleText(id, "note", note);
    out.push(rule);
  }
  return out;
}

export function readResults(ctx: Ctx, s: SheetSnapshot, form: FormHit): { results?: Results; pos: FormPos } {
  const valueCol = form.labelCol + 1;
  const res: Results = {};
  const cells: NonNullable<Results["cells"]> = {};
  for (const key of ["received", "spent", "remaining"] as const) {
    const r = form.rows[key];
    if (r === undefined) continue;
    const f = RESULTS_FIELDS.find((x) => x.key === key)!;
    const v = readNum(ctx, s, r, valueCol, "money", { th: `${W.results.th}: ${f.label.th}`, en: `${W.results.en}: ${f.label.en}` });
    cells[key] = ref(s, r, valueCol);
    if (v.value !== null) res[key] = v.value;
  }
  // ปัญหา/อุปสรรค and ข้อเสนอแนะ (template version 3): one item a line
  for (const key of ["problems", "suggestions"] as const) {
    const r = form.rows[key];
    if (r === undefined) continue;
    const t = readText(ctx, s, r, valueCol, W.results);
    const items = (t ?? "").split(/\r?\n/).map((x) => x.trim()).filter(Boolean);
    if (items.length) res[key] = items;
  }
  const pos: FormPos = { sheet: s.name, rows: form.rows, valueCol, labelCol: form.labelCol };
  if (res.received === undefined && res.spent === undefined && !res.problems && !res.suggestions) return { pos };
  // remaining computed from two blanks/zeros is not a stated value
  res.cells = cells;
  return { results: res, pos };
}

/** The rates sheet's condition row (venue/training/staff in force): the row above the header holding formulas in those columns. */
export function findCondRow(s: SheetSnapshot, t: FoundTable): number | undefined {
  const c = t.cols.venue;
  if (c === undefined) return undefined;
  for (let r = t.headerRow - 1; r >= 1; r--) if (cellFormula(s, r, c)) return r;
  return undefined;
}


/**
 * What was achieved per indicator, typed on the results sheet (template version 3): each row's indicator
 * text is matched to the indicators read from the indicators sheet (first unmatched one with that text).
 */
export function readResultIndicators(ctx: Ctx, s: SheetSnapshot, t: FoundTable, indicators: Indicator[]): void {
  const taken = new Set<Indicator>();
  for (const r of t.rows) {
    const text = readText(ctx, s, r, t.cols.text, W.indicator);
    if (!text) continue;
    const ind = indicators.find((i) => !taken.has(i) && i.text === text);
    if (!ind) continue;
    taken.add(ind);
    const what = { th: `${W.indicator.th} "${clip(text, 30)}"`, en: `${W.indicator.en} "${clip(text, 30)}"` };
    const av = readNum(ctx, s, r, t.cols.achievedValue, "number", what);
    if (av.value !== null) ind.achievedValue = av.value;
    if (t.cols.achievedValue !== undefined) (ind.cells ??= {}).achievedValue = ref(s, r, t.cols.achievedValue);
    if (t.cols.percent !== undefined) checkError(ctx, s, r, t.cols.percent, what);
  }
}
