/**
 * Several budget tables in one workbook: one sheet per activity, or tables one below another on one
 * sheet (each with its own header, usually under a title "กิจกรรมที่ 2 …"). The best table is found first
 * (handFind.ts); every other header that scores as a budget table, in the rows above and below it and on
 * the other sheets, is a further table. A further table that repeats the budget already read (the same
 * items, the same total, or rows that are the activities themselves — a spending plan by month of the
 * same budget) is another view of it: reported, not counted twice.
 */
import { toArabicDigits } from "../../core/thaiDigits";
import { cellValue } from "../cells";
import { choicesFor, type ColumnChoice } from "../mapping";
import type { SheetSnapshot } from "../types";
import { nameSimilarity } from "./activityNames";
import { applyChoices, findHandHeader, type HandHeader } from "./handHeader";
import { ACT_HEAD, NUM_HEAD, classifyRows, type RowInfo } from "./handRows";
import type { SheetScan } from "./sheets";

export interface ReadTable {
  scan: SheetScan;
  header: HandHeader;
  rows: RowInfo[];
  corrected: boolean;
  /** The title above the table (or the sheet's name) that names its activity, when the table has no heading of its own. */
  title?: { row: number; col: number; number?: string; name?: string; text: string };
}

/** The rows of a table, trimmed: a heading or note after its last line and total belongs to what follows. */
function trimTail(rows: RowInfo[]): RowInfo[] {
  const out = [...rows];
  while (out.length && !["line", "subtotal", "total", "amountInWords"].includes(out[out.length - 1].kind)) out.pop();
  return out;
}

/** The rows of a table up to the next table's header (a row that scores as a header of its own), trimmed. */
function cutAtHeader(s: SheetSnapshot, rows: RowInfo[]): RowInfo[] {
  const at = rows.findIndex((r) => (r.kind === "line" || r.kind === "note") && findHandHeader(s, 400, new Set(), r.row) !== null);
  return trimTail(at < 0 ? rows : rows.slice(0, at));
}

/** A further table is a budget table in its own right: it has factor, month, satang or expense-class columns. */
function detailed(h: HandHeader): boolean {
  return h.cols.unitCost !== undefined || h.cols.quantity !== undefined || !!h.monthCols || !!h.satang || Object.keys(h.classCols).length >= 2;
}

const lastRowOf = (t: { header: HandHeader; rows: RowInfo[] }) => (t.rows.length ? t.rows[t.rows.length - 1].row : t.header.rows[t.header.rows.length - 1]);

/** Tables of one sheet within rows [from, to], top to bottom. */
function tablesIn(scan: SheetScan, from: number, to: number, depth = 0): ReadTable[] {
  if (to - from < 1 || depth > 6) return [];
  const header = findHandHeader(scan.sheet, 400, new Set(), undefined, { from, to });
  if (!header) return [];
  const rows = cutAtHeader(scan.sheet, classifyRows(scan.sheet, header, new Set([to + 1])));
  if (!rows.some((r) => r.kind === "line")) return [];
  const t: ReadTable = { scan, header, rows, corrected: false };
  return [...tablesIn(scan, from, header.rows[0] - 1, depth + 1), t, ...tablesIn(scan, lastRowOf(t) + 1, to, depth + 1)];
}

function heading(text: string): { number?: string; name?: string } | undefined {
  const t = text.trim();
  const act = ACT_HEAD.exec(t);
  if (act && /^\s*(กิจกรรม|activity)/i.test(t) && (act[1] || act[2])) return { number: act[1] ? toArabicDigits(act[1]) : undefined, name: act[2]?.trim() || undefined };
  const num = NUM_HEAD.exec(t);
  if (num) return { number: toArabicDigits(num[1]), name: num[2].trim() };
  return undefined;
}

/** The title naming a table's activity: the nearest heading-like text above its header (after `after`), else the sheet's name. */
function titleOf(s: SheetSnapshot, h: HandHeader, after: number, sheetTitle: boolean): ReadTable["title"] {
  for (let r = h.rows[0] - 1; r > after && r >= h.rows[0] - 4; r--) {
    const vals = s.values[r - 1] ?? [];
    for (let c = 1; c <= vals.length; c++) {
      const v = cellValue(s, r, c);
      if (typeof v !== "string" || !v.trim() || v.length > 120) continue;
      // "ชื่อกิจกรรม  ประชุม…" / "กิจกรรม : ประชุม…"
      const label = /^\s*(ชื่อกิจกรรม|กิจกรรม)\s*[:：]?\s*$/.exec(v);
      if (label) {
        const next = vals.slice(c).find((x) => typeof x === "string" && x.trim());
        if (typeof next === "string") return { row: r, col: c, name: next.trim(), text: `${v.trim()} ${next.trim()}` };
      }
      const hd = heading(v);
      if (hd) return { row: r, col: c, ...hd, text: v.trim() };
      break; // only the first text of a row is a title
    }
  }
  if (sheetTitle) {
    const hd = heading(s.name.replace(/^(กิจกรรม)(?=\d|[๐-๙])/, "$1 "));
    if (hd) return { row: h.rows[0], col: h.cols.item!, ...hd, text: s.name };
  }
  return undefined;
}

/** Normalised item text for comparing tables. */
const itemKey = (v: unknown) => (typeof v === "string" ? toArabicDigits(v).replace(/^[\s\-–•·*0-9.)]+/, "").replace(/\s+/g, "") : "");

function lineFacts(t: ReadTable): { items: string[]; pairs: string[]; sum: number } {
  const s = t.scan.sheet;
  const h = t.header;
  const items: string[] = [];
  const pairs: string[] = [];
  let sum = 0;
  for (const r of t.rows) {
    if (r.kind !== "line") continue;
    const item = itemKey(cellValue(s, r.row, h.cols.item!));
    const a = h.cols.amount !== undefined ? cellValue(s, r.row, h.cols.amount) : null;
    if (typeof a === "number") sum += Math.round(a * 100);
    if (!item) continue;
    items.push(item);
    pairs.push(`${item}|${typeof a === "number" ? Math.round(a * 100) : ""}`);
  }
  return { items, pairs, sum };
}

/**
 * All budget tables of a workbook, the best one first (`best` from findHandTable). Further tables that
 * repeat the budget are returned in `views` (not read as lines).
 */
export function findAllTables(scans: SheetScan[], best: { scan: SheetScan; header: HandHeader; corrected: boolean }, choices: ColumnChoice[], activityNames: string[]): { tables: ReadTable[]; views: ReadTable[] } {
  const first: ReadTable = { ...best, rows: cutAtHeader(best.scan.sheet, classifyRows(best.scan.sheet, best.header)) };
  const found: ReadTable[] = [];
  for (const scan of scans) {
    const all = tablesIn(scan, 1, 400).map((t) => {
      const choice = choicesFor(choices, scan.sheet.name);
      if (!choice) return t;
      const header = applyChoices(t.header, scan.sheet, choice);
      return header && header !== t.header ? { ...t, header, rows: cutAtHeader(scan.sheet, classifyRows(scan.sheet, header, new Set([lastRowOf(t) + 1]))), corrected: true } : t;
    });
    for (const t of all) {
      if (scan === best.scan && t.header.rows.some((r) => best.header.rows.includes(r))) found.push(first);
      else if (detailed(t.header) && !(scan === best.scan && t.header.rows[0] <= lastRowOf(first) && lastRowOf(t) >= first.header.rows[0])) found.push(t);
    }
  }
  if (!found.includes(first)) found.unshift(first);
  if (found.length === 1) return { tables: [first], views: [] };
  // sheet order, top to bottom
  const order = new Map(scans.map((x, i) => [x, i]));
  found.sort((a, b) => order.get(a.scan)! - order.get(b.scan)! || a.header.rows[0] - b.header.rows[0]);
  const tables: ReadTable[] = [];
  const views: ReadTable[] = [];
  const seenItems = new Set<string>();
  // the activities: the activity table's names and the headings of the best table
  const names = [...activityNames, ...first.rows.filter((r) => r.kind === "heading" && r.title).map((r) => r.title!)];
  let seenSum = 0;
  // the best table is kept first; the others in order, unless they repeat what is read
  for (const t of [first, ...found.filter((x) => x !== first)]) {
    const facts = lineFacts(t);
    if (t !== first) {
      const repeated = facts.pairs.filter((i) => seenItems.has(i)).length;
      const asActivities = facts.items.filter((i) => names.some((n) => nameSimilarity(i, n) >= 0.8)).length;
      // the same total in rows that are expense classes or months: a summary of the budget, not more of it
      const classRows = facts.items.filter((i) => /^(งบ)?ค่า(ตอบแทน|ใช้สอย|วัสดุ|สาธารณูปโภค)$/.test(i)).length;
      const sameTotal = facts.sum > 0 && facts.sum === seenSum && (!!t.header.monthCols || classRows * 2 >= facts.items.length);
      if (repeated * 2 >= facts.items.length || asActivities * 2 > facts.items.length || sameTotal) {
        views.push(t);
        continue;
      }
    }
    tables.push(t);
    for (const i of facts.pairs) seenItems.add(i);
    seenSum += facts.sum;
  }
  tables.sort((a, b) => order.get(a.scan)! - order.get(b.scan)! || a.header.rows[0] - b.header.rows[0]);
  if (tables.length > 1) {
    const prevEnd = new Map<SheetScan, number>();
    for (const t of tables) {
      const after = prevEnd.get(t.scan) ?? 0;
      const hasHeading = t.rows.findIndex((r) => r.kind === "heading") !== -1 && t.rows.findIndex((r) => r.kind === "heading") < t.rows.findIndex((r) => r.kind === "line");
      if (!hasHeading) t.title = titleOf(t.scan.sheet, t.header, after, tables.filter((x) => x.scan === t.scan).length === 1);
      prevEnd.set(t.scan, lastRowOf(t));
    }
  }
  return { tables, views };
}
