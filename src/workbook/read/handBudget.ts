/**
 * Reading a hand-made budget table (found by handHeader.ts, rows classified by handRows.ts) into the
 * plan: lines with their factors (extra factor columns multiplied into times), amounts (or the amount of
 * the expense-class column that holds it), the activity of each line (its activity column, else the
 * heading above it, matched to the activity table by name first and by number when names agree or are
 * absent), typed block subtotals and the typed grand total as stated figures.
 */
import type { BudgetLine, CellRef, ExpenseClass, LineField, Plan, Satang } from "../../core/model";
import { addMoney, bahtToSatang, formatMoney, ZERO_SATANG } from "../../core/money";
import { lineAmount } from "../../core/budget";
import { toArabicDigits } from "../../core/thaiDigits";
import { addr } from "../a1";
import { cellFormula, cellValue, isEmpty, ref } from "../cells";
import { findRefs, isAddingFormula } from "../formulaText";
import type { FoundTable, Located, RowKind } from "../located";
import type { SheetSnapshot } from "../types";
import type { HandHeader } from "./handHeader";
import { figureInText, type RowInfo } from "./handRows";
import { bahtText, bahtTextValue } from "../../core/bahtText";
import { W, isFigureWithUnit, isNumericText, problem, readMonth, readNum, readText, type Ctx, type NumRead } from "./values";
import type { Text } from "../i18n";
import { classSplitDiffers, readMonthGrid, withSatang } from "./handMoney";
import { calcFactors } from "./calcText";
import { applyHeadingMonths } from "./headingMonth";
import { sayUnusedDateColumns } from "./dateColumns";
import { addCounts, countColumns, textCountsAt } from "./countText";
import { cellAmount, checkPercent, confirmsFraction, percentLine, sumsAbove } from "./percentLine";
import { count } from "../../core/plural";
import { cutAt } from "../../core/clipCut";
import { activityFromColumn, matchHeading } from "./activityNames";

function cleanItem(t: string): string {
  return t.replace(/^\s*[-–•·*]+\s*/, "").replace(/^\s*\(?[0-9๐-๙]+(\.[0-9๐-๙]+)*\s*[.)]\s+/, "").trim();
}

const CLASS_ORDER: ExpenseClass[] = ["compensation", "services", "materials", "utilities", "other"];

/** Reads the lines, headings, subtotals and total of a hand-made table into the plan; returns its FoundTable. */
export function readHandBudget(ctx: Ctx, s: SheetSnapshot, h: HandHeader, rows: RowInfo[], plan: Plan, loc: Located, activityTable: boolean): FoundTable {
  const cols = h.cols;
  // money in baht, with its separate satang column when the table has one (บาท | สต.)
  const readMoney = (r: number, col: number, what: Text, asText = false) => withSatang(s, h, r, col, readNum(ctx, s, r, col, "money", what, asText));
  // the amount in words beside a stated figure should say the same amount (BAHTTEXT's wording, spaces aside)
  // (compared as amounts: "หนึ่งร้อยเอ็ด" and "หนึ่งร้อยหนึ่ง", "บาทถ้วน" and "บาท" say the same); a warning, the words being
  // the legal statement of the amount
  const wordsAgree = (t: { value: Satang; words?: string; cell: CellRef }) => {
    const said = t.words ? bahtTextValue(t.words) : undefined;
    if (said !== undefined && said !== t.value)
      problem(ctx, { th: `จำนวนเงินตัวอักษร "${t.words}" (${formatMoney(said)} บาท) ไม่ตรงกับตัวเลข ${formatMoney(t.value)} บาท (${bahtText(t.value)})`, en: `The amount in words "${t.words}" (${formatMoney(said)} baht) does not match the figure ${formatMoney(t.value)} baht` }, t.cell, "warning");
  };
  const lineRows: number[] = [];
  const subtotalRows: number[] = [];
  let totalRow: number | undefined;
  const kinds: { row: number; kind: RowKind; activityId?: string; text?: string }[] = [];
  let current: { id: string; cell: string; number?: string } | undefined;
  let headingCount = 0;
  const fromHeadings = new Set<string>();
  let lastLineActivity: string | undefined;
  // a line whose expense-class cells miss its own รวม cell (the รวม rows below then echo it)
  let splitWrong = false;
  /** The expense class of the section the rows are in ("ค่าตอบแทน" / "ค่าใช้สอย" / "ค่าวัสดุ" rows), if any. */
  let sectionClass: ExpenseClass | undefined;
  let unassigned = 0;
  let n = plan.budgetLines.length;
  const firstLine = n;
  /** Each line's number in the ที่ column ("1", "1.1"), for items over sub-items. */
  const seqOf = new Map<string, string>();
  // a table whose figures are (almost) all typed as text is a document's table, not a sheet that computes:
  // its figures are read, with one note instead of a bad-number per cell
  ctx.quietCols = textColumns(s, h, rows);
  const factorCols = [cols.quantity, cols.times, ...h.extraFactors];
  const countCols = countColumns((c) => rows.filter((x) => x.kind === "line").map((x) => cellValue(s, x.row, c)), factorCols);
  const quiet = textFigures(s, h, rows);
  if (quiet) {
    ctx.quietText = true;
    problem(
      ctx,
      {
        th: `ตัวเลขในตารางงบประมาณ ${s.name} พิมพ์เป็นข้อความ (${quiet} ช่อง เช่น เลขไทยหรือ ".-") จึงอ่านเป็นตัวเลขให้ — สูตรใน Excel จะไม่นำไปคำนวณ`,
        en: `The figures of the budget table in ${s.name} are typed as text (${quiet} cells, e.g. Thai digits or ".-"); read as numbers, but Excel formulas ignore them`,
      },
      ref(s, h.rows[0], cols.item!),
      "info",
    );
  }
  /**
   * The figure a total row states across the expense-class columns (ค่าตอบแทน | ค่าใช้สอย | ค่าวัสดุ, each with
   * its satang): the sum of its class cells, pointed at by the leftmost; undefined when it has one class cell or none (read as usual),
   * null when one of them is a formula (checked by its range) or cannot be read.
   */
  const classTotal = (r: number, what: Text): { value: Satang | null; col: number } | null | undefined => {
    const filled = Object.values(h.classCols)
      .filter((c): c is number => c !== undefined && (!isEmpty(cellValue(s, r, c)) || !!cellFormula(s, r, c)))
      .sort((a, b) => a - b);
    if (filled.length < 2) return undefined;
    let sum = ZERO_SATANG;
    let at: number | undefined;
    for (const c of filled) {
      if (cellFormula(s, r, c)) return null;
      const v = readMoney(r, c, what);
      if (v.value === null) {
        if (/^\s*[-–]\s*$/.test(String(cellValue(s, r, c)))) continue; // "-": nothing in this class
        return null;
      }
      sum = addMoney(sum, v.value);
      at ??= c;
    }
    return at === undefined ? null : { value: sum, col: at };
  };
  for (const info of rows) {
    const r = info.row;
    if (info.kind === "classHead") {
      sectionClass = info.expenseClass;
      kinds.push({ row: r, kind: "classHead", text: info.title });
      continue;
    }
    if (info.kind === "heading") {
      sectionClass = undefined;
      headingCount++;
      const title = info.title;
      let id: string | undefined;
      if (activityTable) {
        const m = matchHeading(plan.activities, info.number, title);
        id = m.id ?? (title ? cutAt(title, 60) : info.number) ?? String(headingCount);
      } else {
        id = info.number ?? String(headingCount);
        if (!plan.activities.some((a) => a.id === id)) {
          plan.activities.push({ id, name: title ?? "", owners: [], cells: { name: ref(s, r, info.col ?? cols.item!) } });
          fromHeadings.add(id);
        }
      }
      // a month written on the heading row (its ระยะเวลา / เดือน cell) is the activity's, when nothing else gives one
      if (cols.month !== undefined && !cellFormula(s, r, cols.month) && !isEmpty(cellValue(s, r, cols.month))) {
        const act = plan.activities.find((a) => a.id === id);
        const m = readMonth(ctx, s, r, cols.month, { th: `${W.activity.th} ${id}`, en: `${W.activity.en} ${id}` });
        if (act && !act.start && m.value) {
          if (m.semester) m.semester.activity = act;
          act.start = m.value;
          act.end = m.range ? m.range.end : m.value;
          act.cells = { ...(act.cells ?? { name: ref(s, r, info.col ?? cols.item!) }), start: ref(s, r, cols.month), end: ref(s, r, cols.month) };
        } else if (act && !act.start && m.wholeYear) (ctx.wholeYear ??= []).push({ activity: act, cell: ref(s, r, cols.month), ...m.wholeYear });
        else if (m.bad) problem(ctx, { th: `${W.activity.th} ${id}: อ่านเดือนจาก "${m.bad}" ไม่ได้`, en: `${W.activity.en} ${id}: cannot read a month from "${m.bad}"` }, ref(s, r, cols.month), "info");
      }
      // the months written in the heading itself ("กิจกรรมที่ 1 ศึกษาดูงาน (กุมภาพันธ์ 2569)"), when nothing else gives them
      applyHeadingMonths(plan.activities.find((a) => a.id === id), info.months, ref(s, r, info.col ?? cols.item!));
      current = { id, cell: addr(r, info.col ?? cols.item!), number: info.number };
      kinds.push({ row: r, kind: "heading", activityId: id, text: title });
      // a heading row that carries an amount states the block's total
      if (info.hasAmount && cols.amount !== undefined && !cellFormula(s, r, cols.amount)) {
        const v = readMoney(r, cols.amount, { th: "ยอดรวมกิจกรรม", en: "Activity total" });
        if (v.value !== null) plan.subtotals.push({ activityId: id, statedAmount: v.value, cell: ref(s, r, cols.amount), ...(title ? { title } : {}) });
      }
      continue;
    }
    if (info.kind === "subtotal" || info.kind === "total") {
      if (info.kind === "total") totalRow = r;
      else subtotalRows.push(r);
      // "รวมกิจกรรมที่ 2" closes the block headed "2. …" (whatever activity that block was matched to)
      const named = info.names;
      const activityId =
        named === undefined || (current && current.number === named) ? (current?.id ?? lastLineActivity) : plan.activities.some((a) => a.id === named) || !current ? named : current.id;
      kinds.push({ row: r, kind: info.kind, activityId: info.kind === "subtotal" ? activityId : undefined, text: info.title });
      const what = info.kind === "total" ? { th: "ยอดรวมงบประมาณ", en: "Budget total" } : { th: "ยอดรวมย่อย", en: "Subtotal" };
      // a รวม row whose class cells miss its own figure (not an echo of a line's own mismatch above it)
      if (!splitWrong) classSplitDiffers(ctx, s, h, r, what, info.kind === "total" ? "total-mismatch" : "subtotal-mismatch");
      // no overall amount column: a "รวม" row split over the class columns states the sum of its class cells
      const split = cols.amount === undefined ? classTotal(r, what) : undefined;
      if (split === null) continue;
      // a grand total split over the class columns: each class cell against the lines of its class, the
      // wrong one named ("รวมค่าใช้สอย G14 ระบุ 10,000 บาท แต่รายการรวม 10,500 บาท"), not a sum shown nowhere
      if (split && info.kind === "total" && classTotalsDiffer(ctx, s, h, r, plan, loc)) {
        // the row is the table's stated total (not a number typed in place of a formula); its figures are checked per class
        if (plan.project.statedTotal === undefined) plan.project.cells = { ...(plan.project.cells ?? {}), statedTotal: ref(s, r, split.col) };
        continue;
      }
      const amountCell = split?.col ?? amountColOf(s, h, r);
      // the figure written with its words in one cell: in the amount column, or after the label when that is empty
      const inText = split ? undefined : statedInText(s, r, amountCell, info.col);
      if (inText) wordsAgree(inText);
      if (!inText && amountCell === undefined) continue;
      // a total or subtotal formula states the figure it shows (its cached or computed value), compared with
      // the lines like a typed one: "=F20+F25+F28+F27" that counts a line twice, "=SUM(E5:E7)+E7"
      // (an adding formula over subtotal rows is checked by what it adds, sheetRules.ts: its figure carries the
      // subtotals' own mistakes, reported at them)
      const f = inText ? undefined : cellFormula(s, r, amountCell!);
      const overSubtotals =
        !!f && isAddingFormula(f) && findRefs(f).some((x) => !x.sheet && subtotalRows.some((sr) => sr >= Math.min(x.r1, x.r2) && sr <= Math.max(x.r1, x.r2)));
      if (overSubtotals) continue;
      const formulaValue = f ? formulaFigure(s, r, amountCell!) : undefined;
      if (formulaValue === null) continue;
      const figureCol = inText?.col ?? amountCell!;
      const v = inText ? { value: inText.value } : formulaValue !== undefined ? { value: formulaValue } : (split ?? readMoney(r, amountCell!, what));
      if (v.value === null) continue;
      // the figure in its cell, the words beside it (in the label or another cell of the row)
      if (!inText) {
        const w = wordsInRow(s, r, figureCol);
        if (w) wordsAgree({ value: v.value, words: w.words, cell: w.cell });
      }
      if (info.kind === "total") {
        if (plan.project.statedTotal === undefined) {
          plan.project.statedTotal = v.value;
          plan.project.cells = { ...(plan.project.cells ?? {}), statedTotal: ref(s, r, figureCol) };
        }
      } else if (activityId !== undefined && activityId !== "") {
        plan.subtotals.push({ activityId, statedAmount: v.value, cell: ref(s, r, figureCol) });
      }
      continue;
    }
    if (info.kind !== "line") {
      kinds.push({ row: r, kind: info.kind, text: info.title });
      continue;
    }
    // a budget line
    n++;
    const id = `L${n}`;
    const itemRaw = readText(ctx, s, r, cols.item, W.line) ?? "";
    const item = cleanItem(itemRaw);
    const what = { th: `${W.line.th} "${item || `แถว ${r}`}"`, en: `${W.line.en} "${item || `row ${r}`}"` };
    let activityId = "";
    const cells: NonNullable<BudgetLine["cells"]> = { item: ref(s, r, cols.item!) };
    const written = cols.activityId !== undefined ? readText(ctx, s, r, cols.activityId, what) : undefined;
    if (written) {
      activityId = activityFromColumn(written, activityTable ? plan.activities : undefined);
      cells.activityId = ref(s, r, cols.activityId!);
      // a name or number merged down (or written once) over its lines: the blank cells below are the same
      current = { id: activityId, cell: addr(r, cols.activityId!) };
    } else if (current) {
      activityId = current.id;
      cells.activityId = { sheet: s.name, cell: current.cell };
    } else unassigned++;
    lastLineActivity = activityId;
    const line: BudgetLine = { id, activityId, item, unitCost: null, quantity: null, times: null, statedAmount: null };
    const invalid: Partial<Record<LineField, string>> = {};
    // a figure typed as text among numbers: the sheet's formulas skip it (kept apart, asText; core bad-number says so)
    const asText: Partial<Record<LineField, string>> = {};
    const read = <T extends number>(field: LineField, col: number | undefined, get: (col: number) => NumRead<T>): T | null => {
      if (col === undefined) return null;
      cells[field] ??= ref(s, r, col);
      const v = get(col);
      if (v.invalid !== undefined) invalid[field] ??= v.invalid;
      if (v.text !== undefined) asText[field] ??= v.text;
      return v.value;
    };
    const num = (field: LineField, col: number | undefined) => read(field, col, (c) => readNum(ctx, s, r, c, "number", what, true));
    // a percentage line ("ค่าบริหารจัดการ 5%"): a share of a base, read as a lump sum (percentLine.ts)
    const above = plan.budgetLines.slice(firstLine);
    const pct = percentLine(s, r, h, itemRaw);
    const sums = pct && sumsAbove(above, activityId);
    const share = pct && sums && (!pct.fractionOnly || confirmsFraction(cellAmount(s, r, amountColOf(s, h, r)), pct.rate, [sums.table, sums.block])) ? pct : undefined;
    line.unitCost = share ? null : read("unitCost", cols.unitCost, (c) => readMoney(r, c, what, true));
    // a count cell holding several factors ("30 คน x 2 วัน") is read as them, not as one number
    const textCounts = share ? new Set([cols.quantity, cols.times, cols.unitCost, ...h.extraFactors]) : textCountsAt((c) => cellValue(s, r, c), countCols);
    line.quantity = textCounts.has(cols.quantity) ? null : num("quantity", cols.quantity);
    line.times = textCounts.has(cols.times) ? null : num("times", cols.times);
    if (!share) for (const c of textCounts) addCounts(line, [cellValue(s, r, c!)], () => (cells[c === cols.times ? "times" : "quantity"] ??= ref(s, r, c!)));
    for (const c of h.extraFactors) {
      if (textCounts.has(c)) continue;
      const v = num("times", c);
      if (v !== null) line.times = line.times === null ? v : line.times * v;
    }
    if (!share && cols.calcText !== undefined && line.unitCost === null && line.quantity === null && line.times === null) calcFactors(ctx, s, r, cols.calcText, line, cells, what);
    const amountCol = amountColOf(s, h, r);
    if (amountCol !== undefined) {
      cells.statedAmount = ref(s, r, amountCol);
      const v = readMoney(r, amountCol, what, true);
      if (v.invalid !== undefined) invalid.statedAmount = v.invalid;
      if (v.text !== undefined) asText.statedAmount = v.text;
      line.statedAmount = v.value;
    }
    if (share && sums) checkPercent(ctx, s, r, amountCol, line, share, sums.table, sums.block, what);
    if (h.monthCols) readMonthGrid(ctx, s, h, r, line, loc, what, amountCol);
    if (classSplitDiffers(ctx, s, h, r, what, "line-amount-mismatch", line)) splitWrong = true;
    for (const cls of CLASS_ORDER) {
      const c = h.classCols[cls];
      if (c !== undefined && typeof cellValue(s, r, c) === "number" && cellValue(s, r, c) !== 0) {
        line.expenseClass = cls;
        break;
      }
    }
    if (!line.expenseClass && sectionClass) line.expenseClass = sectionClass;
    if (Object.keys(asText).length) line.asText = asText;
    if (Object.keys(invalid).length) line.invalid = invalid;
    if (cols.month !== undefined && !cellFormula(s, r, cols.month)) {
      const m = readMonth(ctx, s, r, cols.month, what);
      if (m.value) {
        line.month = m.value;
        (loc.lineMonthCells ??= new Map()).set(id, ref(s, r, cols.month));
      } else if (m.bad) problem(ctx, { th: `${what.th}: อ่านเดือนจาก "${m.bad}" ไม่ได้`, en: `${what.en}: cannot read a month from "${m.bad}"` }, ref(s, r, cols.month), "info");
    }
    const unit = readText(ctx, s, r, cols.quantityUnit, what);
    if (unit) line.quantityUnit = unit;
    const note = readText(ctx, s, r, cols.note, what);
    if (note) line.note = note;
    line.cells = cells;
    plan.budgetLines.push(line);
    loc.lineRows.set(id, r);
    lineRows.push(r);
    const seqV = cols.seq !== undefined ? cellValue(s, r, cols.seq) : null;
    if (typeof seqV === "number" || (typeof seqV === "string" && /^\s*[0-9๐-๙]+(\.[0-9๐-๙]+)*\.?\s*$/.test(seqV))) seqOf.set(id, toArabicDigits(String(seqV).trim()).replace(/\.$/, ""));
    kinds.push({ row: r, kind: "line", activityId, text: item });
  }
  groupRows(plan, firstLine, seqOf, kinds, loc, lineRows);
  sayUnusedDateColumns(ctx, s, h, rows);
  // no activity table: the activity numbers the lines give are the activities
  if (!activityTable) {
    for (const l of plan.budgetLines) {
      if (!l.activityId || plan.activities.some((a) => a.id === l.activityId)) continue;
      plan.activities.push({ id: l.activityId, name: "", owners: [], ...(l.cells?.activityId ? { cells: { name: l.cells.activityId } } : {}) });
      fromHeadings.add(l.activityId);
    }
  }
  if (fromHeadings.size) loc.activitiesFromHeadings = new Set([...(loc.activitiesFromHeadings ?? []), ...fromHeadings]);
  // lines under no heading and with no activity column: one activity takes them all; otherwise say so
  if (unassigned) {
    const acts = plan.activities;
    if (acts.length === 1) {
      for (const l of plan.budgetLines) if (!l.activityId) l.activityId = acts[0].id;
    } else if (acts.length > 1) {
      problem(
        ctx,
        {
          th: `${unassigned} รายการในตารางงบประมาณ ${s.name} ไม่ได้ระบุกิจกรรม (ไม่มีคอลัมน์กิจกรรมหรือหัวข้อกิจกรรมเหนือรายการ) จึงไม่ได้ตรวจกับกิจกรรม`,
          en: `${count(unassigned, "budget line", "budget lines")} in ${s.name} name no activity (no activity column, no activity heading above them); not checked against the activities`,
        },
        ref(s, lineRows[0] ?? h.rows[0], cols.item!),
        "info",
      );
    }
  }
  ctx.quietText = false;
  ctx.quietCols = undefined;
  if (ctx.unitCells) {
    const u = ctx.unitCells;
    ctx.unitCells = undefined;
    problem(
      ctx,
      {
        th: `ตารางงบประมาณ ${s.name}: ${u.count} ช่องพิมพ์ตัวเลขเป็นข้อความหรือพร้อมหน่วย (เช่น "${u.example}") จึงอ่านเฉพาะตัวเลข — สูตรใน Excel จะไม่นำไปคำนวณ`,
        en: `Budget table in ${s.name}: ${count(u.count, "cell holds", "cells hold")} a figure typed as text or with its unit (e.g. "${u.example}"); the figure was read, but Excel formulas cannot compute with it`,
      },
      ref(s, h.rows[0], cols.item!),
      "info",
    );
  }
  const colMap: Record<string, number> = {};
  for (const [k, v] of Object.entries(cols)) if (v !== undefined && k !== "seq") colMap[k] = v;
  if (colMap.amount === undefined) {
    // the leftmost class column stands for the amount (a total split over the classes is pointed at there)
    const classCols = Object.values(h.classCols).filter((x): x is number => x !== undefined);
    if (classCols.length) colMap.amount = Math.min(...classCols);
  }
  const headerRow = h.rows[h.rows.length - 1];
  const last = rows.length ? rows[rows.length - 1].row : headerRow + 1;
  const lastLine = lineRows.length ? lineRows[lineRows.length - 1] : headerRow + 1;
  return {
    sheet: s.name,
    headerRow,
    firstRow: headerRow + 1,
    lastRow: Math.max(lastLine, headerRow + 1),
    totalRow,
    subtotalRows,
    cols: colMap,
    rows: lineRows,
    handMade: {
      headerRows: h.rows,
      headers: Object.fromEntries(Object.entries(cols).filter(([, c]) => c !== undefined).map(([k, c]) => [k, h.headers[c!] ?? ""])),
      rowKinds: kinds.filter((k) => k.row <= last),
      extraFactors: h.extraFactors,
      ...(h.satang ? { satang: h.satang } : {}),
      ...(h.monthCols ? { monthCols: h.monthCols } : {}),
      ...(Object.keys(h.classCols).length ? { classCols: h.classCols as Record<string, number> } : {}),
    },
  };
}

/** The number of text figures when most figures of the table's lines are typed as text (≥ 6 and ≥ 80%), else 0. */
/**
 * Items over sub-items in one table: a row numbered n with an amount and no factors followed by rows
 * numbered n.1, n.2 … (ค่าอาหาร 7,800 over 1.1 อาหารกลางวัน, 1.2 อาหารว่าง) states the sum of its sub-items.
 * It is not one more line: it becomes a group subtotal (checked against its sub-items) and a subtotal row.
 */
function groupRows(plan: Plan, from: number, seqOf: Map<string, string>, kinds: { row: number; kind: RowKind; activityId?: string; text?: string }[], loc: Located, lineRows: number[]): void {
  const lines = plan.budgetLines.slice(from);
  const parents: { line: BudgetLine; kids: string[] }[] = [];
  lines.forEach((l, i) => {
    const no = seqOf.get(l.id);
    if (!no || l.unitCost !== null || l.quantity !== null || l.times !== null || l.statedAmount === null) return;
    const kids: string[] = [];
    for (let j = i + 1; j < lines.length && seqOf.get(lines[j].id)?.startsWith(`${no}.`); j++) kids.push(lines[j].id);
    if (kids.length) parents.push({ line: l, kids });
  });
  for (const { line, kids } of parents) {
    plan.budgetLines.splice(plan.budgetLines.indexOf(line), 1);
    plan.subtotals.push({ activityId: line.activityId, statedAmount: line.statedAmount!, title: line.item, lineIds: kids, ...(line.cells?.statedAmount ? { cell: line.cells.statedAmount } : {}) });
    const row = loc.lineRows.get(line.id);
    loc.lineRows.delete(line.id);
    if (row === undefined) continue;
    lineRows.splice(lineRows.indexOf(row), 1);
    const k = kinds.find((x) => x.row === row);
    if (k) k.kind = "subtotal";
  }
}

/** Factor and amount columns whose figures are (almost) all text: the writer's style there, one note, no warning per cell. */
function textColumns(s: SheetSnapshot, h: HandHeader, rows: RowInfo[]): Set<number> {
  const cols = [h.cols.unitCost, h.cols.quantity, h.cols.times, h.cols.amount, ...h.extraFactors].filter((x): x is number => x !== undefined);
  const out = new Set<number>();
  // where the amounts are formulas, a figure typed as text is left out of them: each one is a bad-number
  if (h.cols.amount !== undefined && rows.some((info) => info.kind === "line" && cellFormula(s, info.row, h.cols.amount!))) return out;
  for (const c of cols) {
    let text = 0;
    let nums = 0;
    for (const info of rows) {
      if (info.kind !== "line") continue;
      const v = cellValue(s, info.row, c);
      if (typeof v === "number" || cellFormula(s, info.row, c)) nums++;
      else if (typeof v === "string" && (isNumericText(v) || isFigureWithUnit(v))) text++;
    }
    if (text >= 1 && text >= (text + nums) * 0.8) out.add(c);
  }
  return out;
}

function textFigures(s: SheetSnapshot, h: HandHeader, rows: RowInfo[]): number {
  const cols = [h.cols.unitCost, h.cols.quantity, h.cols.times, h.cols.amount, ...h.extraFactors].filter((x): x is number => x !== undefined);
  let text = 0;
  let nums = 0;
  for (const info of rows) {
    if (info.kind !== "line") continue;
    for (const c of cols) {
      const v = cellValue(s, info.row, c);
      if (typeof v === "number" || cellFormula(s, info.row, c)) nums++;
      else if (typeof v === "string" && isNumericText(v)) text++;
    }
  }
  return text >= 6 && text >= (text + nums) * 0.8 ? text : 0;
}

/** The amount cell of a row: the amount column, else the expense-class column that holds a value. */
const CLASS_TH: Record<string, string> = { compensation: "ค่าตอบแทน", services: "ค่าใช้สอย", materials: "ค่าวัสดุ", utilities: "ค่าสาธารณูปโภค", other: "อื่น ๆ" };
const CLASS_EN: Record<string, string> = { compensation: "compensation", services: "services", materials: "materials", utilities: "utilities", other: "other" };

/**
 * Each typed class cell of a total row against the lines of its column (as computed, or as written); a
 * total-mismatch finding at each cell that differs. True when one differs (the row's sum is then not
 * taken as the stated total: the finding is at the class cell).
 */
function classTotalsDiffer(ctx: Ctx, s: SheetSnapshot, h: HandHeader, r: number, plan: Plan, loc: Located): boolean {
  let differ = false;
  for (const [cls, c] of Object.entries(h.classCols)) {
    if (c === undefined || cellFormula(s, r, c)) continue;
    const v = cellValue(s, r, c);
    if (typeof v !== "number") continue;
    const stated = bahtToSatang(Math.round(v * 100) / 100);
    let computed = 0;
    let written = 0;
    let n = 0;
    for (const l of plan.budgetLines) {
      const at = l.cells?.statedAmount;
      const row = loc.lineRows.get(l.id);
      if (!at || at.sheet !== s.name || row === undefined || row > r || row <= h.rows[h.rows.length - 1] || at.cell !== addr(row, c)) continue;
      n++;
      written += l.statedAmount ?? lineAmount(l) ?? 0;
      computed += lineAmount(l) ?? l.statedAmount ?? 0;
    }
    if (!n || stated === computed || stated === written) continue;
    differ = true;
    const cell = addr(r, c);
    const diff = Math.abs(stated - computed) as Satang;
    ctx.findings.push({
      rule: "total-mismatch",
      severity: "error",
      message: {
        th: `รวม${CLASS_TH[cls] ?? cls} ${cell} ระบุ ${formatMoney(stated, { decimals: "auto" })} บาท แต่ ${n} รายการในหมวดนี้รวมได้ ${formatMoney(computed as Satang, { decimals: "auto" })} บาท ตามการคำนวณ (ต่างกัน ${formatMoney(diff, { decimals: "auto" })} บาท)`,
        en: `The ${CLASS_EN[cls] ?? cls} total ${cell} states ${formatMoney(stated, { decimals: "auto" })} baht, but the ${count(n, "line", "lines")} of that class add up to ${formatMoney(computed as Satang, { decimals: "auto" })} baht as computed (a difference of ${formatMoney(diff, { decimals: "auto" })} baht)`,
      },
      expected: computed as Satang,
      actual: stated,
      valueKind: "money",
      sheet: s.name,
      cell,
    });
  }
  return differ;
}

/** The figure a formula cell shows (its cached or computed value), in satang; null when it shows no number. */
function formulaFigure(s: SheetSnapshot, r: number, c: number): Satang | null {
  const v = cellValue(s, r, c);
  return typeof v === "number" && Number.isFinite(v) ? bahtToSatang(Math.round(v * 100) / 100) : null;
}

/** A total's figure written as text with its words: in the amount cell, or in the label cell when the amount cell is empty. */
function statedInText(s: SheetSnapshot, r: number, amountCol: number | undefined, labelCol: number | undefined): { value: Satang; words?: string; col: number; cell: CellRef } | undefined {
  const a = amountCol !== undefined ? cellValue(s, r, amountCol) : null;
  if (amountCol !== undefined && typeof a === "string" && !cellFormula(s, r, amountCol)) {
    const f = /[(]/.test(a) || /บาท/.test(a) ? figureInText(a) : null;
    if (f && /\(/.test(a)) return { ...f, col: amountCol, cell: ref(s, r, amountCol) };
  }
  if (labelCol === undefined || (amountCol !== undefined && !isEmpty(a)) || (amountCol !== undefined && cellFormula(s, r, amountCol))) return undefined;
  const l = cellValue(s, r, labelCol);
  const f = typeof l === "string" ? figureInText(l) : null;
  return f ? { ...f, col: labelCol, cell: ref(s, r, labelCol) } : undefined;
}

/** An amount in words in a text cell of a row (not a formula): "(สี่หมื่น…บาทถ้วน)", "รวมทั้งสิ้น (ตัวอักษร) สี่หมื่น…บาทถ้วน". */
function wordsInRow(s: SheetSnapshot, r: number, skipCol: number): { words: string; cell: CellRef } | undefined {
  const row = s.values[r - 1] ?? [];
  for (let c = 1; c <= row.length; c++) {
    const v = row[c - 1];
    if (c === skipCol || typeof v !== "string" || !/บาท|สตางค์/.test(v) || cellFormula(s, r, c)) continue;
    const t = v.trim();
    const inBrackets = /\(([^()]*(?:บาท|สตางค์)[^()]*)\)/.exec(t)?.[1];
    const afterLabel = /ตัวอักษร\s*\)?\s*[:：-]?\s*\(?([ก-๙\s]*(?:บาท|สตางค์)[ก-๙\s]*)\)?\s*$/.exec(t)?.[1];
    for (const words of [inBrackets, afterLabel, t]) if (words && bahtTextValue(words) !== undefined) return { words: words.trim(), cell: ref(s, r, c) };
  }
  return undefined;
}

function amountColOf(s: SheetSnapshot, h: HandHeader, r: number): number | undefined {
  if (h.cols.amount !== undefined) return h.cols.amount;
  let first: number | undefined;
  for (const cls of CLASS_ORDER) {
    const c = h.classCols[cls];
    if (c === undefined) continue;
    first ??= c;
    const v = cellValue(s, r, c);
    if ((v !== null && v !== "" && v !== 0) || cellFormula(s, r, c)) return c;
  }
  return first;
}
