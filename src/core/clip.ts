/**
 * Shortening a quoted text for a message without cutting where a reader would not: at a word boundary (Thai
 * words through Intl.Segmenter where the engine has it) or a space, else at a grapheme boundary — never
 * between a consonant and the vowel or tone mark written over or under it, never after a leading vowel
 * (เ แ โ ใ ไ) that belongs to the next consonant, never inside a surrogate pair. A shortened text ends with "…".
 *
 * Pure and ES2017-safe (the pane runs it in old webviews): no \p{…} escapes, the segmenter only when present.
 */

/** Marks that attach to the character before them: [from, to] code points (Latin combining marks, Thai and Lao
 * vowels above and below and tone marks, zero-width joiners, combining marks for symbols, variation selectors). */
const ATTACHED: readonly [number, number][] = [
  [0x0300, 0x036f],
  [0x0e31, 0x0e31],
  [0x0e33, 0x0e3a],
  [0x0e47, 0x0e4e],
  [0x0eb1, 0x0eb1],
  [0x0eb3, 0x0ebc],
  [0x0ec8, 0x0ecd],
  [0x200c, 0x200d],
  [0x20d0, 0x20ff],
  [0xfe00, 0xfe0f],
];
const attached = (c: string) => {
  const n = c.charCodeAt(0);
  return ATTACHED.some(([a, b]) => n >= a && n <= b);
};
/** Thai and Lao vowels written before the consonant they follow in speech (เ แ โ ใ ไ). */
const leading = (c: string) => (c >= "\u0e40" && c <= "\u0e44") || (c >= "\u0ec0" && c <= "\u0ec4");

const isHigh = (c: string) => c >= "\ud800" && c <= "\udbff";

/** True when the text may be cut before index `k` (0 < k < length): a grapheme boundary a reader accepts. */
export function cutAllowed(t: string, k: number): boolean {
  if (k <= 0 || k >= t.length) return true;
  const before = t[k - 1];
  const after = t[k];
  return !attached(after) && !leading(before) && !isHigh(before);
}

interface WordSegmenter {
  segment(s: string): Iterable<{ index: number }>;
}
let segmenter: WordSegmenter | null | undefined;

function words(): WordSegmenter | null {
  if (segmenter === undefined) {
    const I = Intl as unknown as { Segmenter?: new (locale: string, o: { granularity: "word" }) => WordSegmenter };
    try {
      segmenter = typeof I.Segmenter === "function" ? new I.Segmenter("th", { granularity: "word" }) : null;
    } catch {
      segmenter = null;
    }
  }
  return segmenter;
}

/**
 * `text` with its runs of white space made one space, whole when it has at most `max` characters, else cut
 * to at most `max - 1` characters at the last word boundary or space (keeping at least half of them), or
 * the last grapheme boundary, and followed by "…".
 */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const limit = Math.max(1, max - 1);
  const least = Math.ceil(limit / 2);
  let cut = -1;
  const seg = words();
  if (seg) {
    // a word boundary; the text a little past the limit is enough to know where the words there end
    for (const s of seg.segment(t.slice(0, limit + 24))) {
      if (s.index > limit) break;
      if (s.index >= least && cutAllowed(t, s.index)) cut = s.index;
    }
  }
  if (cut < 0) {
    const space = t.lastIndexOf(" ", limit);
    if (space >= least && cutAllowed(t, space)) cut = space;
  }
  if (cut < 0) {
    cut = limit;
    while (cut > 1 && !cutAllowed(t, cut)) cut--;
  }
  let kept = t.slice(0, cut).replace(/[\s,;:(–-]+$/, "");
  // a leading vowel left at the end once the spaces after it are gone belongs to nothing kept
  while (kept.length > 1 && leading(kept[kept.length - 1])) kept = kept.slice(0, -1).replace(/[\s,;:(–-]+$/, "");
  return `${kept}…`;
}
