/**
 * Activity names as hand-made sheets write them: comparing two names, the activity a budget heading stands for,
 * the activity an activity column names.
 */
import type { Activity } from "../../core/model";
import { toArabicDigits } from "../../core/thaiDigits";

/** Text for comparing activity names: no numbering, spaces or punctuation. */
export function nameKey(s: string): string {
  return toArabicDigits(s)
    .toLowerCase()
    .replace(/^\s*(กิจกรรม(ที่)?|activity)\s*[0-9]*\s*[.):\-–]?/i, "")
    .replace(/^\s*\(?[0-9]+(\.[0-9]+)*\s*[.)]\s*/, "")
    .replace(/[\s.,:;()\-–"'“”/]+/g, "");
}

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
  return m;
}

/** Similarity of two activity names, 0..1 (Dice coefficient of character pairs; containment counts as 0.9). */
export function nameSimilarity(a: string, b: string): number {
  const x = nameKey(a);
  const y = nameKey(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  if (x.length >= 4 && y.length >= 4 && (x.includes(y) || y.includes(x))) return 0.9;
  const bx = bigrams(x);
  const by = bigrams(y);
  let common = 0;
  for (const [k, n] of bx) common += Math.min(n, by.get(k) ?? 0);
  return (2 * common) / Math.max(1, x.length - 1 + y.length - 1);
}

/**
 * The activity a heading stands for: the activity whose name is most like the heading's (≥ 0.5), else
 * the activity with the heading's number when its name does not contradict it; undefined when none.
 * `orphan` is set when the heading names an activity that is not in the table.
 */
export function matchHeading(acts: Activity[], number: string | undefined, title: string | undefined): { id?: string; orphan?: boolean } {
  if (!acts.length) return {};
  if (title && nameKey(title)) {
    let best: Activity | undefined;
    let bestSim = 0;
    for (const a of acts) {
      const sim = nameSimilarity(title, a.name);
      if (sim > bestSim) [best, bestSim] = [a, sim];
    }
    if (best && bestSim >= 0.5) return { id: best.id };
    const byNum = number !== undefined ? acts.find((a) => a.id === number) : undefined;
    if (byNum && nameSimilarity(title, byNum.name) >= 0.25) return { id: byNum.id };
    return { orphan: true };
  }
  if (number !== undefined && acts.some((a) => a.id === number)) return { id: number };
  return number !== undefined ? { orphan: true } : {};
}

/** An activity id written in an activity column ("2", "๒", "กิจกรรมที่ 2", "2.") → "2". */
export function idFromText(t: string): string {
  const a = toArabicDigits(t).trim();
  const m = /^(?:กิจกรรม(?:ที่)?|activity)?\s*([0-9]+)\s*[.)]?\s*$/i.exec(a);
  return m ? m[1] : a.replace(/[.)]+$/, "").trim();
}

/**
 * The activity an activity column names: a number ("2", "กิจกรรมที่ ๒"), a number with the name
 * ("1. ประชุมชี้แจง…") or a name; with an activity table the name decides (as for headings), else the number.
 */
export function activityFromColumn(written: string, acts: Activity[] | undefined): string {
  const a = toArabicDigits(written).trim();
  const m = /^(?:กิจกรรม(?:ที่)?|activity)?\s*([0-9]{1,3})\s*[.):\-–]?\s+(\S.*)$/i.exec(a);
  if (!m) return idFromText(written);
  if (acts?.length) {
    const found = matchHeading(acts, m[1], m[2].trim());
    if (found.id) return found.id;
  }
  return m[1];
}
