/**
 * Row classification below a hand-made budget table's header: each row is a budget line, an activity
 * heading ("กิจกรรมที่ 2 …", "๒. …", a merged row with an activity name), a block subtotal ("รวม",
 * "รวมกิจกรรมที่ 2", "รวมเป็นเงิน"), the grand total ("รวมทั้งสิ้น"), the amount in words (BAHTTEXT),
 * a note, or blank. Decided from the row's texts and which of the number columns hold something, and
 * from the rows around it (a plain "รวม" closes a block; one right after another total is the grand total).
 */
import { toArabicDigits } from "../../core/thaiDigits";
import { parseMoney } from "../../core/money";
import type { ExpenseClass, Satang } from "../../core/model";
import { isErrorValue } from "../a1";
import { cellFormula, cellValue, isEmpty, rowCount } from "../cells";
import type { RowKind } from "../located";
import type { SheetSnapshot } from "../types";
import type { HandHeader } from "./handHeader";
import { isNumericText } from "./values";
import { fieldRow, projectStartRows } from "./projectBlocks";
import { monthsInHeading, type HeadingMonths } from "./headingMonth";

export interface RowInfo {
  row: number;
  kind: RowKind;
  /** Heading: the activity number written in it (Arabic digits), when there is one. */
  number?: string;
  /** Heading: the activity name written in it; total rows: the label. */
  title?: string;
  /** Heading / total: the cell holding its text. */
  col?: number;
  /** Subtotal: the activity number its label names ("รวมกิจกรรมที่ 2"). */
  names?: string;
  /** Heading or total with an amount in the amount column. */
  hasAmount?: boolean;
  /** Heading written as one ("กิจกรรมที่ 2 …", "๒. …"), not a text-only row taken for one. */
  explicit?: boolean;
  /** A text-only row: a heading when lines follow it and the table has no explicit headings. */
  maybeHeading?: boolean;
  /** A total row labelled only "รวม" (its place decides subtotal or grand total). */
  plain?: boolean;
  /** Heading: the months it states ("กิจกรรมที่ 1 … (กุมภาพันธ์ 2569)"), taken out of its title. */
  months?: HeadingMonths;
  /** Expense-class section row ("ค่าตอบแทน", "2. ค่าใช้สอย", "หมวดค่าวัสดุ 12,500"): the class of the lines below it. */
  expenseClass?: ExpenseClass;
}

export const ACT_HEAD = /^\s*(?:กิจกรรม(?:ที่)?|activity)\s*([0-9๐-๙]+)?\s*[.):\-–]?\s*(.*)$/i;
export const NUM_HEAD = /^\s*\(?([0-9๐-๙]{1,2})\s*[.)]\s*(?![0-9๐-๙])(\S.*)$/;
const TOTAL = /^\s*(?:\(?\s*)?(รวม|ยอดรวม|total|sum|grand\s*total|sub[\s-]*total)/i;
const GRAND = /ทั้งสิ้น|ทั้งหมด|ทั้งโครงการ|grand|รวมงบประมาณ\s*$|รวมทุกกิจกรรม/i;
const BALANCE = /^\s*(?:\(?\s*)?(?:ยอด|งบประมาณ|งบ|เงิน)?\s*(?:คงเหลือ|เหลือจ่าย)|^\s*(?:balance|remaining|left)\b/i;
const SUB = /กิจกรรม|ย่อย|sub|^\s*รวม\s*(?:ที่)?\s*[0-9๐-๙]/i;
const WORDS = /บาทถ้วน|สตางค์\s*\)?\s*$|ตัวอักษร|^\s*\(?\s*(หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่สิบ)[ก-๙]*บาท/;
const NOTE = /^\s*(หมายเหตุ|note|\*|※|ขอถัวจ่าย|ถัวจ่าย|ทุกรายการ|ที่มา|อ้างอิง)/i;
/**
 * An expense-class section row: the class name alone, with or without numbering, "หมวด"/"งบ", a colon or an
 * amount written after it ("ค่าตอบแทน", "1. ค่าใช้สอย", "หมวดค่าวัสดุ", "ค่าวัสดุ 12,500 บาท"). A budget class, not an activity.
 */
const CLASS_ROW: [RegExp, ExpenseClass][] = [
  [/^ค่าตอบแทน$/, "compensation"],
  [/^ค่าใช้สอย$/, "services"],
  [/^ค่าวัสดุ(?:และอุปกรณ์)?$/, "materials"],
  [/^ค่าสาธารณูปโภค$/, "utilities"],
];
export function classOfSectionRow(label: string): ExpenseClass | undefined {
  const t = toArabicDigits(label)
    .trim()
    .replace(/^(?:\(?[0-9]{1,2}(?:\.[0-9]{1,2})?\s*[.)]|[-•·*])\s*/, "")
    .replace(/^(?:หมวด(?:รายจ่าย)?|งบ)\s*/, "")
    .replace(/\s*(?:[:：]|\(?\s*[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:บาท)?\s*\)?|-)*\s*$/, "")
    .replace(/\s+/g, "");
  return CLASS_ROW.find(([re]) => re.test(t))?.[1];
}
const STOP = /^\s*(\(?\s*ลงชื่อ|ผู้เสนอโครงการ|ผู้เห็นชอบ|ผู้อนุมัติ|[0-9๐-๙]+\.\s*(การประเมินผล|ผลที่คาดว่าจะได้รับ|ตัวชี้วัด|การวิเคราะห์ความเสี่ยง|ความเสี่ยง|วิธีการประเมิน))/;

/**
 * A figure stated in a text, alone or after a total's label, with บาท or ".-" and/or the amount in words in
 * brackets after it: "45,600 บาท (สี่หมื่นห้าพันหกร้อยบาทถ้วน)", "รวมทั้งสิ้น 45,600 บาท", "๑๒,๕๐๐.-".
 * Null when the text states no such figure. `words` is the bracketed text when it names บาท.
 */
export function figureInText(text: string): { value: Satang; words?: string } | null {
  const t = toArabicDigits(text).trim();
  const m = /(?:^|[^0-9,.])([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]{1,2})?\s*(บาท|\.-)?\s*(?:\(([^()]*บาท[^()]*)\))?\s*$/.exec(" " + t);
  if (!m || (!m[3] && !m[4])) return null;
  const value = parseMoney(m[1] + (m[2] ?? ""));
  if (value === null || value <= 0) return null;
  return { value, ...(m[4] ? { words: m[4].trim() } : {}) };
}

/** An amount in words and no digit ("(สองหมื่นห้าพันบาทถ้วน)"). */
function isWordsText(v: unknown): boolean {
  return typeof v === "string" && WORDS.test(v) && !/[0-9๐-๙]/.test(v);
}

/** The number columns of a header: factors, amount, class amounts. */
export function numberCols(h: HandHeader): { factors: number[]; amounts: number[] } {
  const factors = [h.cols.unitCost, h.cols.quantity, h.cols.times, ...h.extraFactors].filter((x): x is number => x !== undefined);
  const amounts = [h.cols.amount, ...Object.values(h.classCols), ...Object.values(h.satang ?? {}), ...(h.monthCols ?? []).map((m) => m.col)].filter(
    (x): x is number => x !== undefined,
  );
  return { factors, amounts };
}

function filled(s: SheetSnapshot, r: number, c: number): boolean {
  const v = cellValue(s, r, c);
  if (cellFormula(s, r, c)) return true;
  if (isEmpty(v)) return false;
  return !(typeof v === "string" && /^\s*[-–]\s*$/.test(v));
}

/** Texts of a row in columns 1..maxCol, left to right, except number columns holding numeric values. */
function rowTexts(s: SheetSnapshot, r: number, maxCol: number, skip: Set<number>): { col: number; text: string }[] {
  const out: { col: number; text: string }[] = [];
  for (let c = 1; c <= maxCol; c++) {
    const v = cellValue(s, r, c);
    if (typeof v !== "string" || !v.trim()) continue;
    const t = v.trim();
    if (isErrorValue(t) || (skip.has(c) && isNumericText(t))) continue;
    out.push({ col: c, text: t });
  }
  return out;
}

function digits(s: string | undefined): string | undefined {
  return s === undefined || s === "" ? undefined : toArabicDigits(s);
}

/** Classifies the rows below the header, up to the table's end. */
export function classifyRows(s: SheetSnapshot, h: HandHeader, stopRows: Set<number> = new Set()): RowInfo[] {
  const { factors, amounts } = numberCols(h);
  const numCols = new Set([...factors, ...amounts]);
  const mapped = [...Object.values(h.cols), ...h.extraFactors, ...Object.values(h.classCols), ...Object.values(h.satang ?? {}), ...(h.monthCols ?? []).map((m) => m.col)].filter(
    (x): x is number => x !== undefined,
  );
  const maxCol = Math.max(...mapped);
  const noteCol = h.cols.note;
  const out: RowInfo[] = [];
  const n = rowCount(s);
  let blanks = 0;
  let grandSeen = false;
  const hiddenRows = new Set(s.hidden?.rows ?? []);
  // the next project's block of fields (a sheet of projects one after another) ends the table
  const nextProject = projectStartRows(s);
  for (let r = h.rows[h.rows.length - 1] + 1; r <= n && blanks < 3; r++) {
    if (stopRows.has(r) || nextProject.has(r)) break;
    if (hiddenRows.has(r)) {
      // a row the user hid (a cancelled line, a working row) is not read as the plan; "what was read" lists it
      const ts = rowTexts(s, r, maxCol, numCols);
      const t = ts.find((x) => x.col === h.cols.item) ?? ts[0];
      out.push({ row: r, kind: "hidden", ...(t ? { title: t.text, col: t.col } : {}) });
      continue;
    }
    // an amount in words written into a factor column ("(สองหมื่นห้าพันบาทถ้วน)" beside "รวมทั้งสิ้น (ตัวอักษร)") is no factor
    const hasFactor = factors.some((c) => filled(s, r, c) && !isWordsText(cellValue(s, r, c)));
    const hasAmount = amounts.some((c) => filled(s, r, c));
    const texts = rowTexts(s, r, maxCol, numCols).filter((t) => t.col !== noteCol);
    const anyFormula = mapped.some((c) => cellFormula(s, r, c));
    if (!hasFactor && !hasAmount && !texts.length && !anyFormula && (noteCol === undefined || !filled(s, r, noteCol))) {
      blanks++;
      out.push({ row: r, kind: "blank" });
      continue;
    }
    blanks = 0;
    const label = texts[0]?.text ?? "";
    const labelCol = texts[0]?.col;
    const bahtFormula = mapped.concat(texts.map((t) => t.col)).some((c) => /BAHTTEXT/i.test(cellFormula(s, r, c) ?? ""));
    if (STOP.test(label)) break;
    // a project field (ผู้รับผิดชอบ …, งบประมาณที่ได้รับจัดสรร …, ปีงบประมาณ …) is never a budget line
    const field = fieldRow(s, r);
    if (field === "owner" || field === "allocation" || field === "fiscalYear") {
      out.push({ row: r, kind: "note", title: label, col: labelCol });
      continue;
    }
    // "รวมทั้งสิ้น 45,600 บาท (สี่หมื่น…บาทถ้วน)": a total stating its figure with the words is a total row
    // and "รวมทั้งสิ้น (สี่หมื่น…บาทถ้วน)" / "รวมทั้งสิ้น (ตัวอักษร)" with its figure in the amount column (not a BAHTTEXT there)
    const figureInAmount = TOTAL.test(label) && amounts.some((c) => filled(s, r, c) && !/BAHTTEXT/i.test(cellFormula(s, r, c) ?? "") && (typeof cellValue(s, r, c) !== "string" || isNumericText(String(cellValue(s, r, c)))));
    const totalWithFigure = TOTAL.test(label) && (figureInText(label) !== null || figureInAmount);
    if ((bahtFormula && !figureInAmount) || (label && WORDS.test(label) && !hasFactor && !totalWithFigure)) {
      out.push({ row: r, kind: "amountInWords", title: label, col: labelCol });
      continue;
    }
    // "คงเหลือ" (allocation minus the total, typed or =B4-F13) is no budget line, wherever it stands
    if (label && BALANCE.test(label) && !hasFactor) {
      out.push({ row: r, kind: "note", title: label, col: labelCol });
      continue;
    }
    if (label && TOTAL.test(label) && !hasFactor) {
      const norm = toArabicDigits(label);
      const grand = GRAND.test(norm);
      const m = /([0-9]+)/.exec(norm);
      out.push({ row: r, kind: grand ? "total" : "subtotal", title: label, col: labelCol, ...(SUB.test(norm) && m ? { names: m[1] } : {}), hasAmount, ...(grand ? {} : { plain: !SUB.test(norm) }) });
      if (grand) grandSeen = true;
      continue;
    }
    if (grandSeen) {
      // after the grand total only words and notes belong to the table
      if (!hasFactor && !hasAmount) {
        out.push({ row: r, kind: "note", title: label, col: labelCol });
        continue;
      }
      break;
    }
    if (!hasFactor && label && NOTE.test(label)) {
      out.push({ row: r, kind: "note", title: label, col: labelCol });
      continue;
    }
    // an expense-class section row (ค่าตอบแทน / ค่าใช้สอย / ค่าวัสดุ): the class of the lines below, never an activity
    const words = texts.filter((t) => !/^[\s0-9๐-๙.)(]*$/.test(t.text));
    const cls = !hasFactor && words.length === 1 ? classOfSectionRow(words[0].text) : undefined;
    if (cls && !overSubItems(s, h, r)) {
      out.push({ row: r, kind: "classHead", title: words[0].text, col: words[0].col, hasAmount, expenseClass: cls });
      continue;
    }
    if (!hasFactor) {
      const act = ACT_HEAD.exec(label);
      const num = act ? undefined : NUM_HEAD.exec(label);
      const itemText = texts.find((t) => t.col === h.cols.item)?.text;
      if (act && (act[1] || act[2]) && /^\s*(กิจกรรม|activity)/i.test(label)) {
        out.push({ row: r, kind: "heading", number: digits(act[1]), title: (act[2] || "").trim() || undefined, col: labelCol, hasAmount, explicit: true });
        continue;
      }
      if (!hasAmount && num) {
        out.push({ row: r, kind: "heading", number: digits(num[1]), title: num[2].trim(), col: labelCol, explicit: true });
        continue;
      }
      if (!hasAmount) {
        // a text-only row: a heading when lines follow it (decided below), else a note
        const seqCol = h.cols.seq ?? h.cols.activityId;
        const seq = seqCol !== undefined ? cellValue(s, r, seqCol) : null;
        const number = typeof seq === "number" && Number.isInteger(seq) ? String(seq) : typeof seq === "string" && /^[0-9๐-๙]+[.)]?$/.test(seq.trim()) ? digits(seq.trim().replace(/[.)]$/, "")) : undefined;
        out.push({ row: r, kind: "note", title: itemText ?? label, col: labelCol, number, maybeHeading: true });
        continue;
      }
    }
    out.push({ row: r, kind: "line" });
  }
  // trailing blank rows are not part of the table
  while (out.length && out[out.length - 1].kind === "blank") out.pop();
  resolveClassRows(out, (r) => amountIn(s, h, r));
  resolveHeadings(out);
  resolveTotals(out);
  for (const x of out) if (x.kind === "heading") withHeadingMonths(x);
  return out;
}

/** A heading's months taken out of its title (see headingMonth.ts); a title that is only a period stays as written. */
export function withHeadingMonths(x: RowInfo): RowInfo {
  const m = monthsInHeading(x.title);
  if (m) {
    x.months = m;
    if (m.name) x.title = m.name;
  }
  return x;
}

/** The figure in a row's amount column, in satang; null when there is none. */
function amountIn(s: SheetSnapshot, h: HandHeader, r: number): number | null {
  const c = h.cols.amount;
  if (c === undefined) return null;
  const v = cellValue(s, r, c);
  if (typeof v === "number") return Math.round(v * 100);
  return typeof v === "string" ? parseMoney(toArabicDigits(v)) : null;
}

/**
 * A numbered row whose next numbered rows are its sub-items ("2 ค่าวัสดุ 5,250" over "2.1 …", "2.2 …"): an item
 * of the plan over its sub-items (read as such by the budget reader), not a section.
 */
function overSubItems(s: SheetSnapshot, h: HandHeader, r: number): boolean {
  const col = h.cols.seq;
  if (col === undefined) return false;
  const own = toArabicDigits(String(cellValue(s, r, col) ?? "")).trim().replace(/\.$/, "");
  if (!/^[0-9]+$/.test(own)) return false;
  for (let k = r + 1; k <= Math.min(rowCount(s), r + 3); k++) {
    const v = cellValue(s, k, col);
    if (isEmpty(v)) continue;
    return toArabicDigits(String(v)).trim().startsWith(`${own}.`) && /^[0-9]+\.[0-9]/.test(toArabicDigits(String(v)).trim());
  }
  return false;
}

/**
 * A class row with an amount and no line under it ("ค่าวัสดุ 3,000" then "รวม") is a line of its own (a plan
 * written by class); one with lines under it is their section (its amount their class subtotal, not a line).
 */
function resolveClassRows(rows: RowInfo[], amount: (row: number) => number | null): void {
  const several = rows.filter((x) => x.kind === "classHead").length >= 2;
  for (let i = 0; i < rows.length; i++) {
    const x = rows[i];
    if (x.kind !== "classHead" || !x.hasAmount) continue;
    let j = i + 1;
    while (j < rows.length && rows[j].kind === "blank") j++;
    // its lines: up to the next section, heading or total
    let sum = 0;
    for (let k = j; k < rows.length && (rows[k].kind === "line" || rows[k].kind === "blank"); k++) sum += rows[k].kind === "line" ? (amount(rows[k].row) ?? 0) : 0;
    // one class row alone is a section only when its amount is its lines' sum ("ค่าวัสดุ 3,000" over no lines of its own is a line)
    const own = amount(x.row);
    if (j >= rows.length || rows[j].kind !== "line" || (!several && own !== sum)) {
      x.kind = "line";
      delete x.expenseClass;
      delete x.title;
      delete x.col;
      delete x.hasAmount;
    }
  }
}

/** Text-only rows followed by lines are headings when the table has no explicit ("กิจกรรมที่ …") headings. */
function resolveHeadings(rows: RowInfo[]): void {
  const all = rows;
  const explicit = all.some((x) => x.kind === "heading" && x.explicit);
  for (let i = 0; i < all.length; i++) {
    const x = all[i];
    if (!x.maybeHeading) continue;
    let j = i + 1;
    while (j < all.length && all[j].kind === "blank") j++;
    const nextIsLine = j < all.length && all[j].kind === "line";
    if (nextIsLine && !explicit && x.title) x.kind = "heading";
  }
}

/**
 * Plain "รวม" rows: with headings, each closes its block (a subtotal) and one right after another total
 * is the grand total; without headings, the last one after the last line is the grand total.
 */
function resolveTotals(rows: RowInfo[]): void {
  const all = rows;
  const headings = all.some((x) => x.kind === "heading");
  const hasGrand = all.some((x) => x.kind === "total");
  let linesSince = 0;
  let prevTotal = false;
  const plainAfterLines: RowInfo[] = [];
  for (const x of all) {
    if (x.kind === "line") {
      linesSince++;
      prevTotal = false;
    } else if (x.kind === "subtotal") {
      if (x.plain && linesSince === 0 && prevTotal && !hasGrand) x.kind = "total";
      else if (x.plain) plainAfterLines.push(x);
      linesSince = 0;
      prevTotal = true;
    } else if (x.kind === "total") {
      linesSince = 0;
      prevTotal = true;
    } else if (x.kind === "heading") prevTotal = false;
  }
  if (hasGrand || all.some((x) => x.kind === "total")) return;
  const lastLine = all.map((x) => x.kind).lastIndexOf("line");
  const last = plainAfterLines[plainAfterLines.length - 1];
  if (!last || all.indexOf(last) < lastLine) return;
  // with headings: the last "รวม" is the last block's subtotal when earlier blocks have theirs
  const earlierSubs = all.filter((x) => x.kind === "subtotal" && x !== last).length;
  if (!headings || earlierSubs === 0) last.kind = "total";
}
