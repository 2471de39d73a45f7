/**
 * What a total formula counts, over the rows of a budget table read as a hierarchy: a line stands for itself,
 * a block subtotal ("รวมกิจกรรมที่ 1" under its lines) for the lines of its block, a group row ("1. ค่าพาหนะ
 * 5,600" over 1.1, 1.2 …) for its sub-items, a heading or expense-class row that carries an amount for the
 * lines under it. A total is complete when every line is in some counted row, counted twice when a line is
 * in more than one. The formula suggested for an incomplete total is written in the user's own style (a +
 * chain over subtotals stays a chain, a SUM over lines stays a SUM) and is used only when its figure, worked
 * out from the cells it names as Excel would, equals the figure the total should show.
 */
import type { Plan, Satang } from "../core/model";
import { roundSatang } from "../core/money";
import { colLetter } from "./a1";
import { cellFormula, cellValue, isEmpty } from "./cells";
import { findRefs } from "./formulaText";
import type { FoundTable } from "./located";
import type { SheetSnapshot } from "./types";

/** Row → the line rows it stands for (a line row: itself). Rows that stand for nothing are absent. */
export type Members = Map<number, number[]>;

/** A number (or a formula) in the column at the row. */
function hasFigure(s: SheetSnapshot, row: number, col: number): boolean {
  return typeof cellValue(s, row, col) === "number" || !!cellFormula(s, row, col);
}

/** Group rows over sub-items (1 over 1.1, 1.2 …, read into subtotals with their lines): row → the sub-items' rows. */
export function groupRowsOf(plan: Plan, lineRowOf: Map<string, number>, sheet: string): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (const sub of plan.subtotals) {
    if (!sub.lineIds || !sub.cell || sub.cell.sheet !== sheet) continue;
    const m = /^([A-Z]+)(\d+)$/.exec(sub.cell.cell);
    if (!m) continue;
    const rows = sub.lineIds.map((id) => lineRowOf.get(id)).filter((x): x is number => x !== undefined);
    if (rows.length) out.set(Number(m[2]), rows);
  }
  return out;
}

/** The line rows each row of the table stands for, in the amount column `col`. */
export function rowMembers(b: FoundTable, plan: Plan, lineRowOf: Map<string, number>, s: SheetSnapshot, col: number): Members {
  const out: Members = new Map();
  for (const r of b.rows) out.set(r, [r]);
  // group rows over their sub-items (read into subtotals with the lines they add)
  const groups = groupRowsOf(plan, lineRowOf, s.name);
  for (const [row, rows] of groups) out.set(row, rows);
  const groupRows = new Set(groups.keys());
  if (!b.handMade) {
    // template-like tables: a subtotal row stands for the lines above it, up to the previous subtotal
    const subs = [...b.subtotalRows].sort((x, y) => x - y);
    subs.forEach((sr, i) => {
      const from = i > 0 ? subs[i - 1] : b.headerRow;
      out.set(
        sr,
        b.rows.filter((r) => r > from && r < sr),
      );
    });
    return out;
  }
  // hand-made: walk the rows in order
  let block: number[] = [];
  let heading: { row: number; lines: number[] } | undefined;
  let section: { row: number; lines: number[] } | undefined;
  const close = (x: { row: number; lines: number[] } | undefined) => {
    if (x && x.lines.length) out.set(x.row, x.lines);
  };
  for (const k of b.handMade.rowKinds) {
    if (k.kind === "line") {
      block.push(k.row);
      heading?.lines.push(k.row);
      section?.lines.push(k.row);
    } else if (k.kind === "subtotal" && groupRows.has(k.row)) {
      continue; // a group row inside a block: its sub-items are lines of the block
    } else if (k.kind === "heading") {
      close(heading);
      close(section);
      block = [];
      heading = hasFigure(s, k.row, col) ? { row: k.row, lines: [] } : undefined;
      section = undefined;
    } else if (k.kind === "classHead") {
      close(section);
      section = hasFigure(s, k.row, col) ? { row: k.row, lines: [] } : undefined;
    } else if (k.kind === "subtotal" || k.kind === "total") {
      if (k.kind === "subtotal" && block.length) out.set(k.row, block);
      close(heading);
      close(section);
      heading = undefined;
      section = undefined;
      block = [];
    }
  }
  close(heading);
  close(section);
  return out;
}

/** The rows of the table's sheet a formula names in column `col` (ranges expanded). */
export function namedRows(f: string, sheet: string, col: number): number[] {
  const rows: number[] = [];
  for (const r of findRefs(f)) {
    if ((r.sheet ?? sheet).toLowerCase() !== sheet.toLowerCase()) continue;
    if (col < Math.min(r.c1, r.c2) || col > Math.max(r.c1, r.c2)) continue;
    for (let x = Math.min(r.r1, r.r2); x <= Math.max(r.r1, r.r2); x++) rows.push(x);
  }
  return rows;
}

/** How many times a formula counts each line row (through the rows it names). */
export function lineCounts(f: string, sheet: string, col: number, members: Members): Map<number, number> {
  const count = new Map<number, number>();
  for (const x of namedRows(f, sheet, col)) for (const r of members.get(x) ?? []) count.set(r, (count.get(r) ?? 0) + 1);
  return count;
}

/**
 * The rows a complete total adds once each, highest level first: subtotal and group rows that carry a
 * figure, none overlapping another, then the lines no chosen row covers; in sheet order.
 */
function topRows(lines: number[], members: Members, s: SheetSnapshot, col: number): number[] {
  const lineSet = new Set(lines);
  const groups = [...members]
    .filter(([row, m]) => !lineSet.has(row) && m.length > 0 && hasFigure(s, row, col))
    .sort((a, b) => b[1].length - a[1].length || a[0] - b[0]);
  const taken = new Set<number>();
  const chosen: number[] = [];
  for (const [row, m] of groups) {
    if (m.some((r) => taken.has(r) || !lineSet.has(r))) continue;
    for (const r of m) taken.add(r);
    chosen.push(row);
  }
  for (const r of lines) if (!taken.has(r)) chosen.push(r);
  return chosen.sort((a, b) => a - b);
}

/** Runs of line rows (a gap of rows with no figure in the column joins two runs) as "G5:G9" / "G12". */
function lineRanges(lines: number[], members: Members, s: SheetSnapshot, col: number): string[] {
  const c = colLetter(col);
  const sorted = [...lines].sort((a, b) => a - b);
  const lineSet = new Set(sorted);
  const out: string[] = [];
  let start: number | undefined;
  let end: number | undefined;
  const flush = () => {
    if (start !== undefined && end !== undefined) out.push(start === end ? `${c}${start}` : `${c}${start}:${c}${end}`);
  };
  for (const r of sorted) {
    let joinable = end !== undefined;
    for (let x = (end ?? r) + 1; joinable && x < r; x++) if (lineSet.has(x) || hasFigure(s, x, col) || members.has(x)) joinable = false;
    if (joinable) end = r;
    else {
      flush();
      start = r;
      end = r;
    }
  }
  flush();
  return out;
}

/** The figure an adding formula shows as Excel works it out from the cells (null when it would be an error or is not an adding formula). */
export function addingFigure(formula: string, s: SheetSnapshot): Satang | null {
  const body = formula.replace(/^=/, "").replace(/\$/g, "").trim();
  const sumOf = (args: string): number | null => {
    let t = 0;
    for (const a of args.split(",")) {
      const refs = findRefs(a.trim());
      if (refs.length !== 1) return null;
      const r = refs[0];
      if (r.sheet && r.sheet !== s.name) return null;
      for (let row = Math.min(r.r1, r.r2); row <= Math.max(r.r1, r.r2); row++)
        for (let c = Math.min(r.c1, r.c2); c <= Math.max(r.c1, r.c2); c++) {
          const v = cellValue(s, row, c);
          if (typeof v === "number") t += v; // SUM skips text and blanks
        }
    }
    return t;
  };
  let total = 0;
  for (const term of body.split("+")) {
    const t = term.trim();
    const m = /^SUM\((.*)\)$/i.exec(t);
    if (m) {
      const v = sumOf(m[1]);
      if (v === null) return null;
      total += v;
      continue;
    }
    const refs = findRefs(t);
    if (refs.length !== 1 || refs[0].r1 !== refs[0].r2 || refs[0].c1 !== refs[0].c2) return null;
    if (refs[0].sheet && refs[0].sheet !== s.name) return null;
    const v = cellValue(s, refs[0].r1, refs[0].c1);
    if (typeof v === "number") total += v;
    else if (!isEmpty(v)) return null; // "+" over text is #VALUE!
  }
  return roundSatang(total * 100);
}

/**
 * The formula to suggest for a total that should show `want`: in the style of the user's formula `f` (a +
 * chain, or SUM), over the rows that add every line once; null when no formula worked out from the cells
 * shows `want` (then no formula is suggested).
 */
export function suggestTotal(f: string, b: FoundTable, members: Members, s: SheetSnapshot, col: number, want: Satang): string | null {
  const lines = b.rows;
  if (!lines.length) return null;
  const c = colLetter(col);
  const top = topRows(lines, members, s, col);
  const chain = /SUM\s*\(/i.test(f) ? null : `=${top.map((r) => `${c}${r}`).join("+")}`;
  const hasGroups = top.some((r) => !lines.includes(r));
  const first = Math.min(...lines);
  const last = Math.max(...lines);
  const candidates = [
    hasGroups ? (chain ?? `=SUM(${top.map((r) => `${c}${r}`).join(",")})`) : chain && top.length <= 4 ? chain : `=SUM(${c}${first}:${c}${last})`,
    chain,
    `=SUM(${lineRanges(lines, members, s, col).join(",")})`,
  ];
  for (const cand of candidates) {
    if (!cand || cand.length > 240) continue;
    if (addingFigure(cand, s) === want) return cand;
  }
  return null;
}
