/** Character tests shared by the text readers (kept apart from text.ts: the pane's month reader needs them alone). */

export function isDigit(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return code >= 0x30 && code <= 0x39;
}

export function isSpace(c: string | undefined): boolean {
  return c === " " || c === "\t";
}
