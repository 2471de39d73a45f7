/**
 * Bilingual labels and table headers ("Item / รายการ", "Budget allocated / งบประมาณที่ได้รับจัดสรร 16,000 บาท",
 * "Subtotal / รวมกิจกรรมที่ 1", "รายการ / Item"): each cell (a line without tabs is one cell) whose part on one side
 * of a slash is English words only and on the other side starts with Thai is read as its Thai part, so that the
 * Thai label is read as if written alone. A linear scan per cell.
 */

const ENGLISH_RE = /^[A-Za-z][A-Za-z .,'&()#-]{0,60}$/;

function isThaiLetter(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return code >= 0x0e01 && code <= 0x0e4e;
}

function thaiPart(cell: string, thaiFirst: boolean): string {
  let from = 0;
  for (;;) {
    const i = cell.indexOf("/", from);
    if (i < 0) return cell;
    const left = cell.slice(0, i).trim();
    const right = cell.slice(i + 1).trim();
    if (ENGLISH_RE.test(left) && isThaiLetter(right[0])) return right;
    // "รายการ / Item": only a short header cell (a name such as "อบรม Google Classroom / Padlet" stays whole)
    if (thaiFirst && left.length <= 25 && ENGLISH_RE.test(right) && isThaiLetter(left[0]) && !/\d/.test(left)) return left;
    from = i + 1;
  }
}

/** A line with its bilingual cells read as their Thai part (tabs kept). */
export function thaiOfBilingual(line: string): string {
  if (line.indexOf("/") < 0) return line;
  if (line.indexOf("\t") < 0) {
    const t = thaiPart(line.trim(), false);
    return t === line.trim() ? line : t;
  }
  return line
    .split("\t")
    .map((c) => (c.indexOf("/") < 0 ? c : thaiPart(c.trim(), true)))
    .join("\t");
}
