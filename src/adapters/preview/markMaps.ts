/**
 * The preview's finding marks as maps: sheet id → cell key ("row,col", from 0) → the most severe finding's severity
 * and its short message (the grid's tooltip). Pure: PreviewWorkbook keeps the maps and draws from them.
 */
import type { Severity } from "../../core/findings";
import { parseCell, zeroBased } from "../../workbook/a1";

export interface MarkInput {
  sheet: string;
  cell: string;
  severity: Severity;
  note?: { th: string; en: string };
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function buildMarkMaps(
  marks: MarkInput[],
  sheetId: (name: string) => number | undefined,
): { severities: Map<number, Map<string, Severity>>; notes: Map<number, Map<string, { th: string; en: string }>> } {
  const severities = new Map<number, Map<string, Severity>>();
  const notes = new Map<number, Map<string, { th: string; en: string }>>();
  for (const mk of marks) {
    const id = sheetId(mk.sheet);
    if (id === undefined) continue;
    let cells = severities.get(id);
    if (!cells) severities.set(id, (cells = new Map()));
    let said = notes.get(id);
    if (!said) notes.set(id, (said = new Map()));
    const [a, b] = mk.cell.split(":");
    let p, q;
    try {
      p = zeroBased(parseCell(a));
      q = b ? zeroBased(parseCell(b)) : p;
    } catch {
      continue;
    }
    for (let r = Math.min(p.row, q.row); r <= Math.max(p.row, q.row); r++) {
      for (let c = Math.min(p.col, q.col); c <= Math.max(p.col, q.col); c++) {
        const k = `${r},${c}`;
        const prev = cells.get(k);
        if (prev && ORDER[mk.severity] >= ORDER[prev]) continue;
        cells.set(k, mk.severity);
        if (mk.note) said.set(k, mk.note);
        else said.delete(k);
      }
    }
  }
  return { severities, notes };
}
