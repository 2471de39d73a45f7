/**
 * English count words: "1 error", "0 errors", "2 errors" (never "1 errors" or "error(s)"). Thai needs none:
 * a Thai count reads the same for any number ("ข้อผิดพลาด 1 ข้อ", "ข้อผิดพลาด 2 ข้อ").
 */

/** The word for `n` things: `one` for exactly 1, else `other`. */
export function plural(n: number, one: string, other: string): string {
  return n === 1 ? one : other;
}

/** "1 error", "3 errors": the count and its word. */
export function count(n: number, one: string, other: string): string {
  return `${n} ${plural(n, one, other)}`;
}
