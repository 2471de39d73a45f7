/**
 * Shortening a quoted text for a message without cutting where a reader would not: at a word boundary (Thai
 * words through Intl.Segmenter where the engine has it) or a space, else at a grapheme boundary — never
 * between a consonant and the vowel or tone mark written over or under it, never after a leading vowel
 * (เ แ โ ใ ไ) that belongs to the next consonant, never inside a surrogate pair. A shortened text ends with "…".
 *
 * Pure, small (the pane loads it) and ES2017-safe (old webviews): no \p{…} escapes, the segmenter only when present.
 */

/** Marks written over or under the character before them: Thai vowels and tone marks, Latin combining marks. */
const MARK = /[\u0e31\u0e33-\u0e3a\u0e47-\u0e4e\u0300-\u036f]/;
/** Thai vowels written before the consonant they follow in speech. */
const LEAD = /[\u0e40-\u0e44]/;

/** True when the text may be cut before index `k`: a grapheme boundary a reader accepts. */
export function cutAllowed(t: string, k: number): boolean {
  return k <= 0 || k >= t.length || !(MARK.test(t[k]) || LEAD.test(t[k - 1]) || (t[k - 1] >= "\ud800" && t[k - 1] <= "\udbff"));
}

type Segmenter = { segment(s: string): Iterable<{ index: number }> };
let words: Segmenter | null | undefined;

/**
 * `text` with its runs of white space made one space, whole when it has at most `max` characters, else cut
 * to at most `max - 1` characters at the last word boundary or space (keeping at least half of them), or
 * the last grapheme boundary, and followed by "…".
 */
export function clip(text: string, max: number): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const limit = Math.max(1, max - 1);
  if (words === undefined) {
    const S = (Intl as unknown as { Segmenter?: new (l: string, o: object) => Segmenter }).Segmenter;
    words = S ? new S("th", { granularity: "word" }) : null;
  }
  // word boundaries (the text a little past the limit tells where the words there end), the last space
  const at = words ? Array.from(words.segment(t.slice(0, limit + 24)), (s) => s.index) : [];
  at.push(t.lastIndexOf(" ", limit));
  let cut = 0;
  for (const i of at) if (i <= limit && i >= limit / 2 && i > cut && cutAllowed(t, i)) cut = i;
  if (!cut) for (cut = limit; cut > 1 && !cutAllowed(t, cut); ) cut--;
  let kept = t.slice(0, cut).replace(/[\s,;:(–-]+$/, "");
  // a leading vowel left at the end once the spaces after it are gone belongs to nothing kept
  while (kept.length > 1 && LEAD.test(kept[kept.length - 1])) kept = kept.slice(0, -1).replace(/[\s,;:(–-]+$/, "");
  return `${kept}…`;
}

/** The first `max` items joined with ", ", followed by " …" when there are more. */
export function clipList(items: string[], max: number): string {
  return items.length > max ? `${items.slice(0, max).join(", ")} …` : items.join(", ");
}
