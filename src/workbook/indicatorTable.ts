/**
 * Generating the indicator table into a workbook the way Thai plans write it: one row per target —
 * outputs (ผลผลิต) from the quantitative targets, outcomes (ผลลัพธ์) from the qualitative ones — in the
 * table's columns (ตัวชี้วัดความสำเร็จ | ค่าเป้าหมาย | วิธีการวัดและประเมินผล | เครื่องมือที่ใช้). A target that an
 * indicator already in the table stands for is matched to it instead of being written again (the seed's
 * "200 evaluators" target and its "100 evaluators" indicator stay one row: the differing value is the
 * target-mismatch finding's to report); only that row's empty cells are filled. New rows go into the
 * table's empty rows first, then below it, each cell taking the format of the table's first row
 * (`formatLike`), so what is written sits inside the table's formats (a percentage shows as one).
 * Nothing the user wrote is overwritten. Pure.
 */
import type { Indicator, Plan } from "../core/model";
import { addr } from "./a1";
import { makeCtx } from "./ctx";
import type { CellEdit } from "./host";
import { CHOICES, choiceLabel, type Lang } from "./i18n";
import { buildIndicators } from "./indicators";
import { INDICATORS_TABLE } from "./layout";
import { positionsOf } from "./located";
import { readPlan } from "./readPlan";
import type { CellScalar, WorkbookSnapshot } from "./types";

export interface IndicatorTableEdits {
  edits: CellEdit[];
  /** Rows written for targets the table had no indicator for. */
  added: number;
  /** Targets matched to an indicator already in the table (not written again). */
  matched: number;
}

/** Same kind (output ↔ quantitative, outcome ↔ qualitative) and this similar: the same indicator. */
export const MATCH_THRESHOLD = 0.6;

/** The words an indicator is compared by: no digits, spaces or punctuation, no leading "จำนวน"/"ร้อยละ(ของ)". */
function core(text: string): string {
  return text
    .replace(/[0-9๐-๙]+/g, "")
    .replace(/[\s.,:;()/\-–"'“”]+/g, "")
    .replace(/^(?:จำนวน|ร้อยละ|number|percentage|share)(?:ของ|of)?/i, "")
    .toLowerCase();
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
  return m;
}

/** Character-bigram Dice similarity of two texts' cores, 0..1. */
export function indicatorSimilarity(a: string, b: string): number {
  const x = bigrams(core(a));
  const y = bigrams(core(b));
  let n = 0;
  let common = 0;
  for (const [g, c] of x) {
    n += c;
    common += Math.min(c, y.get(g) ?? 0);
  }
  for (const c of y.values()) n += c;
  return n ? (2 * common) / n : 0;
}

/**
 * Pairs generated indicators with the table's own, one to one, best scores first, same kind only; the
 * generated indicators left unpaired are the new rows. Returns, per generated indicator, the index of the
 * existing indicator it stands for (or -1).
 */
export function matchIndicators(generated: readonly Indicator[], existing: readonly Indicator[]): number[] {
  const pairs: { g: number; e: number; score: number }[] = [];
  generated.forEach((g, gi) =>
    existing.forEach((e, ei) => {
      if (g.kind !== e.kind) return;
      const score = Math.max(indicatorSimilarity(g.text, e.text), e.targetText ? indicatorSimilarity(g.text, e.targetText) : 0);
      if (score >= MATCH_THRESHOLD) pairs.push({ g: gi, e: ei, score });
    }),
  );
  pairs.sort((a, b) => b.score - a.score || a.g - b.g || a.e - b.e);
  const out = generated.map(() => -1);
  const taken = new Set<number>();
  for (const p of pairs) {
    if (out[p.g] >= 0 || taken.has(p.e)) continue;
    out[p.g] = p.e;
    taken.add(p.e);
  }
  return out;
}

const isEmpty = (v: CellScalar | undefined) => v === null || v === undefined || (typeof v === "string" && v.trim() === "");

/** The edits that generate the indicator table of `plan` (default: the plan read from the snapshot). */
export function indicatorTableEdits(snapshot: WorkbookSnapshot, plan?: Plan, lang?: Lang): IndicatorTableEdits {
  const none = { edits: [], added: 0, matched: 0 };
  const read = readPlan(snapshot);
  const t = read.located.indicators;
  if (!read.isPlan || !t) return none;
  const l = lang ?? read.located.lang;
  const p = plan ?? read.plan;
  const generated = buildIndicators(p, l);
  if (generated.length === 0) return none;
  const sheet = snapshot.sheets.find((s) => s.name === t.sheet);
  const cellAt = (row: number, col: number): CellScalar | undefined => sheet?.values[row - 1]?.[col - 1];
  // the table's own indicators, by row (in the order read)
  const rows = [...t.rows].sort((a, b) => a - b);
  const existing = read.plan.indicators;
  const existingRow = (i: number) => existing[i]?.cells?.text?.cell;
  const match = matchIndicators(generated, existing);

  const edits: CellEdit[] = [];
  const formatRow = rows[0] ?? t.firstRow;
  const put = (row: number, key: string, value: string | number | undefined, fill: boolean) => {
    const col = t.cols[key];
    if (col === undefined) return;
    if (fill) {
      // a matched row: only its empty cells
      if (value !== undefined && isEmpty(cellAt(row, col))) edits.push({ sheet: t.sheet, cell: addr(row, col), value });
      return;
    }
    // a new row: every cell takes the table's format, also the ones left empty
    edits.push({ sheet: t.sheet, cell: addr(row, col), value: value ?? null, formatLike: addr(formatRow, col) });
  };
  const write = (row: number, ind: Indicator, fill: boolean) => {
    put(row, "kind", choiceLabel(CHOICES.indicatorKind, ind.kind, l), fill);
    put(row, "text", ind.text, fill);
    put(row, "targetValue", ind.targetValue, fill);
    put(row, "targetUnit", ind.targetUnit, fill);
    put(row, "targetText", ind.targetText, fill);
    put(row, "method", ind.method, fill);
    put(row, "tool", ind.tool, fill);
    // workbooks of template versions 1–2 keep the share achieved beside the target
    const pc = INDICATORS_TABLE.columns.find((c) => c.key === "percent")!;
    if (!fill && t.cols.percent !== undefined && t.cols.targetValue !== undefined && t.cols.achievedValue !== undefined) {
      edits.push({ sheet: t.sheet, cell: addr(row, t.cols.percent), formula: pc.formula!(makeCtx(positionsOf(read.located), t, row)), formatLike: addr(formatRow, t.cols.percent) });
    }
  };

  // rows free for new indicators: the table's empty rows first, then the rows below it
  const used = new Set(rows);
  const rowHasContent = (r: number) => Object.values(t.cols).some((c) => !isEmpty(cellAt(r, c)));
  let next = t.firstRow;
  const freeRow = (): number => {
    while (used.has(next) || rowHasContent(next)) next++;
    used.add(next);
    return next;
  };
  let added = 0;
  let matched = 0;
  generated.forEach((ind, i) => {
    const e = match[i];
    if (e >= 0) {
      matched++;
      const ref = existingRow(e);
      const row = ref ? Number(/\d+$/.exec(ref)![0]) : rows[e];
      if (row !== undefined) write(row, ind, true);
      return;
    }
    added++;
    write(freeRow(), ind, false);
  });
  return { edits, added, matched };
}

