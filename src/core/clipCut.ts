/**
 * Cuts without an ellipsis, at grapheme boundaries a reader accepts (./clip.ts cutAllowed): for ids taken from
 * a long title and for a window of a text. Apart from clip.ts so that the pane, which needs only clip, does not
 * carry them.
 */
import { cutAllowed } from "./clip";

/** The first at most `max` characters of `text`, ending at a grapheme boundary (no "…"; for ids and windows). */
export function cutAt(text: string, max: number): string {
  if (text.length <= max) return text;
  let k = Math.max(0, max);
  while (k > 0 && !cutAllowed(text, k)) k--;
  return text.slice(0, k);
}

/** The earliest index at or after `k` where a text may start (not on a mark that belongs to the character before). */
export function startAllowed(text: string, k: number): number {
  let i = Math.max(0, k);
  while (i < text.length && !cutAllowed(text, i)) i++;
  return i;
}
