/**
 * Choosing the budget table of a hand-made workbook: the best-scoring header over all sheets (a stored
 * column correction for a sheet wins over the scoring), and the rows each sheet's tables take (so that
 * project fields are not read from inside a table).
 */
import type { Located } from "../located";
import { choicesFor, type ColumnChoice } from "../mapping";
import { applyChoices, findHandHeader, type HandHeader } from "./handHeader";
import type { SheetScan } from "./sheets";

export interface HandTable {
  scan: SheetScan;
  header: HandHeader;
  /** The mapping came from (or was changed by) the user's stored choices. */
  corrected: boolean;
}

export function findHandTable(scans: SheetScan[], choices: ColumnChoice[]): HandTable | undefined {
  let best: HandTable | undefined;
  for (const scan of scans) {
    const choice = choicesFor(choices, scan.sheet.name);
    const found = findHandHeader(scan.sheet, 200, new Set(), choice?.headerRow);
    const header = choice ? applyChoices(found, scan.sheet, choice) : found;
    if (!header) continue;
    const corrected = !!choice && header !== found;
    // a sheet the user corrected is the budget sheet
    if (corrected) return { scan, header, corrected };
    if (!best || header.score > best.header.score) best = { scan, header, corrected };
  }
  return best;
}

/** Rows that belong to the tables found, per sheet (header rows through the last row read). */
export function tableRowsBySheet(loc: Located): Map<string, Set<number>> {
  const out = new Map<string, Set<number>>();
  const add = (sheet: string, from: number, to: number) => {
    const set = out.get(sheet) ?? new Set<number>();
    for (let r = from; r <= to; r++) set.add(r);
    out.set(sheet, set);
  };
  for (const t of [loc.activities, loc.budget, ...(loc.budgetTables ?? []), loc.indicators, loc.targets, loc.rates]) {
    if (!t) continue;
    const first = t.handMade ? Math.min(...t.handMade.headerRows) : t.headerRow;
    const last = Math.max(t.lastRow, t.totalRow ?? 0, ...(t.handMade?.rowKinds.map((k) => k.row) ?? []));
    add(t.sheet, first, last);
  }
  return out;
}
