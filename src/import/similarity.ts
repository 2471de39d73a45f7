/**
 * Matching budget blocks to activities by name. Names are normalised (no "กิจกรรม", spaces,
 * punctuation, digits) and scored by character-bigram overlap (Dice) and the longest common substring.
 * Candidates come from a bigram index, so large documents stay fast; the final assignment is
 * one-to-one, best scores first.
 */
import { normaliseName } from "./text";

const MAX_LEN = 300;
/** Bigrams found in more activities than this (or a tenth of them) are too common to select candidates. */
const COMMON = 64;
/** How many of a block's rarest bigrams select candidates, and how many candidates are scored. */
const RARE_KEYS = 24;
const CANDIDATES = 8;
/** A score at which the activity with the block's own number is taken without searching. */
const SURE = 0.8;

function bigrams(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + 1 < s.length; i++) {
    const g = s.slice(i, i + 2);
    m.set(g, (m.get(g) ?? 0) + 1);
  }
  return m;
}

/** Longest common substring length (dynamic programming, O(|a|·|b|) with one row). */
export function longestCommonSubstring(a: string, b: string): number {
  if (!a || !b) return 0;
  const row = new Uint16Array(b.length + 1);
  let best = 0;
  for (let i = 1; i <= a.length; i++) {
    let prev = 0;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      if (a.charCodeAt(i - 1) === b.charCodeAt(j - 1)) {
        row[j] = prev + 1;
        if (row[j] > best) best = row[j];
      } else row[j] = 0;
      prev = tmp;
    }
  }
  return best;
}

function dice(a: Map<string, number>, b: Map<string, number>, na: number, nb: number): number {
  if (na + nb === 0) return 0;
  let common = 0;
  const [small, big] = a.size <= b.size ? [a, b] : [b, a];
  for (const [g, c] of small) {
    const d = big.get(g);
    if (d) common += Math.min(c, d);
  }
  return (2 * common) / (na + nb);
}

/** Similarity of two names in 0..1 (1 = the same after normalisation). */
export function nameSimilarity(x: string, y: string): number {
  const a = normaliseName(x).slice(0, MAX_LEN);
  const b = normaliseName(y).slice(0, MAX_LEN);
  return scoreNormalised(a, b, bigrams(a), bigrams(b));
}

function scoreNormalised(a: string, b: string, ga: Map<string, number>, gb: Map<string, number>): number {
  if (!a || !b) return 0;
  if (a === b) return 1;
  const d = dice(ga, gb, Math.max(0, a.length - 1), Math.max(0, b.length - 1));
  const lcs = longestCommonSubstring(a, b);
  // the common substring relative to the shorter name, damped when the names differ much in length
  const lcsRatio = lcs / Math.min(a.length, b.length);
  const lengthBalance = Math.min(a.length, b.length) / Math.max(a.length, b.length);
  return 0.5 * d + 0.5 * lcsRatio * (0.5 + 0.5 * lengthBalance);
}

export interface MatchCandidate {
  id: string;
  name: string;
}

/** Minimum score for a block to belong to an activity. */
export const MATCH_THRESHOLD = 0.35;

/**
 * Matches each block title to at most one activity and each activity to at most one block.
 * `blockNumbers` (as written, normalised) break ties in favour of the same number.
 * Returns, for each block index, the matched activity index or -1, with its score.
 */
export function matchBlocks(
  blocks: { title: string; number?: string }[],
  activities: MatchCandidate[],
): { activity: number; score: number }[] {
  const na = activities.map((a) => normaliseName(a.name).slice(0, MAX_LEN));
  const ga = na.map(bigrams);
  const index = new Map<string, number[]>();
  ga.forEach((g, i) => {
    for (const k of g.keys()) {
      const list = index.get(k);
      if (list) list.push(i);
      else index.set(k, [i]);
    }
  });
  const pairs: { b: number; a: number; score: number }[] = [];
  const byId = new Map<string, number>();
  activities.forEach((a, i) => {
    if (!byId.has(a.id)) byId.set(a.id, i);
  });
  const common = Math.max(COMMON, Math.ceil(activities.length / 10));
  blocks.forEach((blk, bi) => {
    const nb = normaliseName(blk.title).slice(0, MAX_LEN);
    if (!nb) return;
    const gb = bigrams(nb);
    const same = blk.number !== undefined ? byId.get(blk.number) : undefined;
    if (same !== undefined) {
      // the activity with the same number, when its name is clearly the same, needs no search
      const score = scoreNormalised(nb, na[same], gb, ga[same]) + 0.02;
      if (score >= SURE) {
        pairs.push({ b: bi, a: same, score });
        return;
      }
    }
    // candidates: activities sharing the block's rarest bigrams (very common bigrams say little and cost much)
    const keys = [...gb.keys()]
      .map((k) => index.get(k))
      .filter((l): l is number[] => !!l && (l.length <= common || activities.length <= COMMON))
      .sort((x, y) => x.length - y.length)
      .slice(0, RARE_KEYS);
    const shared = new Map<number, number>();
    for (const list of keys) for (const ai of list) shared.set(ai, (shared.get(ai) ?? 0) + 1);
    if (same !== undefined && !shared.has(same)) shared.set(same, Number.MAX_SAFE_INTEGER);
    // the best few by shared count (selection, not a full sort)
    const top: [number, number][] = [];
    for (const e of shared) {
      if (top.length < CANDIDATES) top.push(e);
      else {
        let min = 0;
        for (let k = 1; k < top.length; k++) if (top[k][1] < top[min][1]) min = k;
        if (e[1] > top[min][1]) top[min] = e;
      }
    }
    for (const [ai] of top) {
      let score = scoreNormalised(nb, na[ai], gb, ga[ai]);
      if (blk.number && blk.number === activities[ai].id) score += 0.02;
      if (score >= MATCH_THRESHOLD) pairs.push({ b: bi, a: ai, score });
    }
  });
  pairs.sort((x, y) => y.score - x.score || x.b - y.b || x.a - y.a);
  const out = blocks.map(() => ({ activity: -1, score: 0 }));
  const usedA = new Set<number>();
  for (const p of pairs) {
    if (out[p.b].activity >= 0 || usedA.has(p.a)) continue;
    out[p.b] = { activity: p.a, score: p.score };
    usedA.add(p.a);
  }
  return out;
}
