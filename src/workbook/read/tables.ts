/**
 * Finding tables and forms by their header texts (the template's, in Thai or English, and their
 * aliases), and the rows of a table below its header (up to the total row or a run of blank rows).
 */
import { cellFormula, cellValue, isEmpty, rowCount } from "../cells";
import type { FoundTable } from "../located";
import { normalizeLabel } from "../i18n";
import type { FieldDef, TableDef } from "../layout";
import type { SheetSnapshot } from "../types";
import { monthHeader } from "./monthHeader";

export const TOTAL_WORDS = ["รวม", "รวมทั้งสิ้น", "รวมทั้งหมด", "ยอดรวม", "รวมเงิน", "total", "grandtotal", "sum"].map(normalizeLabel);

// ---------------------------------------------------------------------------------------------
// Header matching

/** Header texts of hand-made activity tables (in the forms schools use) beyond the layout's aliases. */
const EXTRA_ALIASES: Record<string, Record<string, string[]>> = {
  activities: {
    name: ["กิจกรรม/วิธีดำเนินการ", "วิธีดำเนินการ", "ขั้นตอนการดำเนินงาน", "ขั้นตอนการดำเนินการ", "รายการกิจกรรม", "กิจกรรมที่ดำเนินการ", "กิจกรรม/ขั้นตอน"],
    start: ["ระยะเวลาดำเนินการ", "ช่วงเวลา", "ช่วงเวลาดำเนินการ", "ระยะเวลา(เดือน)", "กำหนดการ", "เดือนที่ดำเนินการ", "วัน/เดือน/ปี", "วันที่เริ่ม", "วันที่เริ่มต้น", "วันเริ่ม", "วันเริ่มต้น", "เริ่มต้น", "วันที่เริ่มดำเนินการ", "start date"],
    end: ["วันที่สิ้นสุด", "วันสิ้นสุด", "วันที่เสร็จ", "วันที่เสร็จสิ้น", "เสร็จสิ้น", "end date", "finish", "finish date", "due date"],
    owners: ["ผู้รับผิดชอบกิจกรรม", "ผู้รับผิดชอบหลัก"],
    budget: ["งบประมาณ(บาท)", "งบประมาณที่ใช้", "งบประมาณที่ใช้(บาท)", "จำนวนเงิน(บาท)"],
  },
};

function headerKeys(table: TableDef): Map<string, string> {
  const m = new Map<string, string>();
  for (const c of table.columns) {
    if (c.unmatched) continue;
    for (const h of [c.header.th, c.header.en, ...(c.aliases ?? []), ...(EXTRA_ALIASES[table.key]?.[c.key] ?? [])]) {
      const n = normalizeLabel(h);
      if (n && !m.has(n)) m.set(n, c.key);
    }
  }
  return m;
}

export interface HeaderHit {
  row: number;
  cols: Record<string, number>;
  score: number;
  thai: number;
  english: number;
}

export type RowTexts = { c: number; n: string; raw: string }[][];

/** Short texts of each row, normalised once per sheet (headers and labels are short; long texts are skipped). */
const textCache = new WeakMap<SheetSnapshot, RowTexts>();
export function rowTexts(s: SheetSnapshot, maxRows = 400): RowTexts {
  const hit = textCache.get(s);
  if (hit) return hit;
  const out: RowTexts = [];
  const n = Math.min(rowCount(s), maxRows);
  for (let r = 1; r <= n; r++) {
    const row: { c: number; n: string; raw: string }[] = [];
    const vals = s.values[r - 1] ?? [];
    for (let c = 1; c <= vals.length; c++) {
      const v = vals[c - 1];
      if (typeof v !== "string" || v.length > 60 || !v.trim()) continue;
      row.push({ c, n: normalizeLabel(v), raw: v });
    }
    out.push(row);
  }
  textCache.set(s, out);
  return out;
}

/** The header row of a table in a sheet (best match), or null. */
export function findHeader(s: SheetSnapshot, table: TableDef, maxRows = 300): HeaderHit | null {
  const keys = headerKeys(table);
  // exact header texts first (th/en), aliases second: a column matched by its own header wins
  const exact = new Map<string, string>();
  for (const c of table.columns) {
    if (c.unmatched) continue;
    exact.set(normalizeLabel(c.header.th), c.key);
    exact.set(normalizeLabel(c.header.en), c.key);
  }
  const required = table.columns.filter((c) => c.required).map((c) => c.key);
  const minScore = table.key === "targets" ? 2 : 3;
  let best: HeaderHit | null = null;
  const all = rowTexts(s);
  const n = Math.min(all.length, maxRows);
  for (let r = 1; r <= n; r++) {
    const cols: Record<string, number> = {};
    let thai = 0;
    let english = 0;
    const texts = all[r - 1];
    if (texts.length < minScore) continue;
    for (const pass of [exact, keys]) {
      for (const t of texts) {
        const key = pass.get(t.n);
        if (!key || cols[key] !== undefined || Object.values(cols).includes(t.c)) continue;
        cols[key] = t.c;
        if (/[\u0E00-\u0E7F]/.test(t.raw)) thai++;
        else english++;
      }
    }
    // a hand-made activity table may give its months as a grid of marks (a column per month)
    const months = table.key === "activities" ? texts.filter((t) => monthHeader(t.raw)).length : 0;
    const grid = months >= 3 && cols.name !== undefined;
    if (!required.every((k) => cols[k] !== undefined) && !activitiesWithoutNumber(table, cols, grid)) continue;
    // (the activity and three or more month names are a header by themselves: "กิจกรรม | ต.ค. | พ.ย. | …")
    const score = Object.keys(cols).length + (grid ? 2 : 0);
    if (score < minScore) continue;
    if (!best || score > best.score) best = { row: r, cols, score, thai, english };
  }
  return best;
}

/**
 * Hand-made activity tables often have no ที่ column ("กิจกรรม | ระยะเวลา | ผู้รับผิดชอบ"; the number, if
 * any, is written in the name): a header with the activity and its time (a period column or a grid of
 * month columns), plus another plan column, is one.
 */
function activitiesWithoutNumber(table: TableDef, cols: Record<string, number>, monthGrid: boolean): boolean {
  if (table.key !== "activities" || cols.id !== undefined || cols.name === undefined) return false;
  // the time: a period column with one more plan column, or a grid of month columns
  return (cols.start !== undefined && Object.keys(cols).length >= 3) || monthGrid;
}

export interface FormHit {
  rows: Record<string, number>;
  labelCol: number;
  score: number;
  thai: number;
  english: number;
}

/** Label/value form (project, results): labels matched in any column, value in the next column. */
export function findForm(s: SheetSnapshot, fields: FieldDef[], maxRows = 400): FormHit | null {
  const labels = new Map<string, string>();
  for (const f of fields) {
    for (const l of [f.label.th, f.label.en]) labels.set(normalizeLabel(l), f.key);
  }
  const aliases = new Map<string, string>();
  for (const f of fields) for (const a of f.aliases ?? []) if (!labels.has(normalizeLabel(a))) aliases.set(normalizeLabel(a), f.key);
  const rows: Record<string, number> = {};
  const colVotes = new Map<number, number>();
  let thai = 0;
  let english = 0;
  const all = rowTexts(s);
  const n = Math.min(all.length, maxRows);
  const usedRows = new Set<number>();
  for (const pass of [labels, aliases]) {
    for (let r = 1; r <= n; r++) {
      if (usedRows.has(r) || all[r - 1].length >= 4) continue; // table header rows are not form labels
      for (const t of all[r - 1]) {
        if (t.c > 4) break;
        const key = pass.get(t.n);
        if (!key || rows[key] !== undefined) continue;
        rows[key] = r;
        usedRows.add(r);
        colVotes.set(t.c, (colVotes.get(t.c) ?? 0) + 1);
        if (/[\u0E00-\u0E7F]/.test(t.raw)) thai++;
        else english++;
        break;
      }
    }
  }
  const score = Object.keys(rows).length;
  if (!score) return null;
  const labelCol = [...colVotes.entries()].sort((a, b) => b[1] - a[1])[0][0];
  return { rows, labelCol, score, thai, english };
}

// ---------------------------------------------------------------------------------------------
// Tables

/** Data rows of a table below its header, up to the total row or the first fully blank row. */
export function tableRows(s: SheetSnapshot, table: TableDef, hit: HeaderHit, stopRows: Set<number> = new Set()): FoundTable {
  const colNums = Object.values(hit.cols);
  const minC = Math.min(...colNums);
  const maxC = Math.max(...colNums);
  const inputKeys = table.columns.filter((c) => c.kind !== "formula" && hit.cols[c.key] !== undefined).map((c) => c.key);
  const labelCol = table.totalLabelColumn ? hit.cols[table.totalLabelColumn] : undefined;
  const totalCols = table.columns.filter((c) => c.total && hit.cols[c.key] !== undefined).map((c) => hit.cols[c.key]);
  const rows: number[] = [];
  const n = rowCount(s);
  let lastRow = hit.row;
  const isBlank = (r: number) => {
    for (let c = minC; c <= maxC; c++) if (!isEmpty(cellValue(s, r, c)) || cellFormula(s, r, c)) return false;
    return true;
  };
  const isTotal = (r: number) => {
    // a "รวม"/"Total" label with no id, or a SUM over the column above
    // (both ways need the id empty: a row with an id is a line)
    const idCol = hit.cols.id ?? hit.cols.activityId;
    if (idCol !== undefined && !isEmpty(cellValue(s, r, idCol))) return false;
    const label = labelCol !== undefined ? cellValue(s, r, labelCol) : null;
    if (typeof label === "string") {
      const norm = normalizeLabel(label);
      if (TOTAL_WORDS.some((w) => norm === w) || norm.startsWith("รวมทั้งสิ้น")) return true;
    }
    return totalCols.some((c) => {
      const f = cellFormula(s, r, c);
      return !!f && /^=\s*SUM\(/i.test(f);
    });
  };
  // the total row, if any, before a run of 3 blank rows: blank rows above it belong to the table.
  // In a budget table, "รวม" rows followed by more lines are block subtotals (hand-made sheets).
  const subtotalRows: number[] = [];
  let totalRow: number | undefined;
  let blanks = 0;
  const totals: number[] = [];
  let lastData = 0;
  const stop = [...stopRows].filter((r) => r > hit.row).sort((a, b) => a - b)[0] ?? n + 1;
  for (let r = hit.row + 1; r < stop && blanks < 3; r++) {
    if (isBlank(r)) {
      blanks++;
      continue;
    }
    blanks = 0;
    if (isTotal(r)) {
      totals.push(r);
      if (table.key !== "budget") break;
    } else lastData = r;
  }
  // the last "รวม" row after the last line is the grand total; the others are block subtotals
  const lastTotal = totals.length ? totals[totals.length - 1] : undefined;
  if (lastTotal !== undefined && lastTotal > lastData) totalRow = lastTotal;
  for (const r of totals) if (r !== totalRow) subtotalRows.push(r);
  const end = totalRow !== undefined ? totalRow - 1 : Math.min(n, stop - 1);
  for (let r = hit.row + 1; r <= end; r++) {
    if (isBlank(r)) {
      if (totalRow === undefined && !subtotalRows.length) break;
      continue;
    }
    if (subtotalRows.includes(r)) continue;
    lastRow = r;
    const hasInput = inputKeys.some((k) => {
      const c = hit.cols[k];
      const col = table.columns.find((x) => x.key === k)!;
      if (col.kind === "inputOrFormula" && cellFormula(s, r, c)) return false;
      return !isEmpty(cellValue(s, r, c));
    });
    if (hasInput) rows.push(r);
  }
  return { sheet: s.name, headerRow: hit.row, firstRow: hit.row + 1, lastRow: Math.max(lastRow, hit.row + 1), totalRow, subtotalRows, cols: hit.cols, rows };
}

/** How many of a found header's columns carry the template's own header text (a template table has most). */
export function exactHeaderCount(s: SheetSnapshot, table: TableDef, hit: HeaderHit): number {
  let n = 0;
  for (const c of table.columns) {
    const col = hit.cols[c.key];
    if (col === undefined) continue;
    const v = cellValue(s, hit.row, col);
    if (typeof v !== "string") continue;
    const t = normalizeLabel(v);
    if (t === normalizeLabel(c.header.th) || t === normalizeLabel(c.header.en)) n++;
  }
  return n;
}
