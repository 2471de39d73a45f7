/**
 * Tables typed with vertical bars, as Markdown writes them and as Word exports a table to plain text:
 * "| รายการ | จำนวน | รวม |", "รายการ | จำนวน | รวม", with or without "|---|---|" separator lines and
 * "+----+----+" borders. A row becomes the same cells separated by tabs, so the table readers (activity,
 * budget, indicator tables) read it as they read a table typed with tabs; a separator or border line
 * becomes blank. One line in, one line out: line numbers do not change.
 */

const BAR = /[|│┃]/;
const BARS = /[|│┃]/g;
/** A separator or border line: bars, dashes, colons, plus signs and box-drawing joins only. */
const RULE = /^[|│┃+:=\-─━┼├┤┬┴╋\s]*[-=─━]{3,}[|│┃+:=\-─━┼├┤┬┴╋\s]*$/;

/** Whether a line is a separator/border line of a bar table. */
export function isBarRule(text: string): boolean {
  return RULE.test(text.trim()) && /[|│┃+]/.test(text);
}

/**
 * The line with its bar-separated cells joined by tabs; the line unchanged when it is not a row of a bar
 * table (it must start and end with a bar, or hold at least two bars between words). Empty cells at the
 * end of the row are dropped; empty cells at its start are kept (a row continuing the one above).
 */
export function barRowToTabs(text: string): string {
  if (isBarRule(text)) return "";
  if (!BAR.test(text)) return text;
  const t = text.trim();
  const bars = t.match(BARS)?.length ?? 0;
  const framed = BAR.test(t[0]) && BAR.test(t[t.length - 1]) && bars >= 2;
  if (!framed && bars < 2) return text;
  let cells = t.split(BARS).map((c) => c.trim());
  if (BAR.test(t[0])) cells = cells.slice(1);
  if (BAR.test(t[t.length - 1])) cells = cells.slice(0, -1);
  if (!framed && cells.some((c) => c === "")) return text; // "a || b" in prose is not a table row
  while (cells.length > 1 && cells[cells.length - 1] === "") cells.pop();
  if (cells.every((c) => c === "")) return "";
  if (cells.length === 1) return cells[0];
  return cells.join("\t");
}
