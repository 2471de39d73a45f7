/**
 * Which sheet is which: by name (either language), or, when renamed or hand-made, by what it holds.
 */
import { SHEET_KEYS, SHEET_NAMES, normalizeLabel, type SheetKey } from "../i18n";
import { ACTIVITIES_TABLE, BUDGET_TABLE, INDICATORS_TABLE, PROJECT_FIELDS, RATES_TABLE, RESULTS_FIELDS, TARGETS_TABLE, type TableDef } from "../layout";
import type { SheetSnapshot } from "../types";
import { findForm, findHeader, type FormHit, type HeaderHit } from "./tables";

// ---------------------------------------------------------------------------------------------
// Sheet identification

function nameKey(name: string): SheetKey | undefined {
  const n = normalizeLabel(name);
  for (const k of SHEET_KEYS) if (normalizeLabel(SHEET_NAMES.th[k]) === n || normalizeLabel(SHEET_NAMES.en[k]) === n) return k;
  return undefined;
}

/** Sheets the add-in keeps as copies of a user's old sheets ("งบประมาณ (เดิม)", "Budget (old 2)", "แบบเสนอโครงการ (เดิม 30/11/69)"): never read as a plan. */
export function isKeptOldSheet(name: string): boolean {
  return /\(\s*(เดิม|old)(\s*[\d/-]+)?\s*\)\s*$/i.test(String(name));
}

export interface SheetScan {
  sheet: SheetSnapshot;
  byName?: SheetKey;
  tables: Partial<Record<string, HeaderHit>>;
  project?: FormHit;
  results?: FormHit;
}

const TABLE_FOR_SHEET: Partial<Record<SheetKey, TableDef>> = {
  activities: ACTIVITIES_TABLE,
  budget: BUDGET_TABLE,
  indicators: INDICATORS_TABLE,
  rates: RATES_TABLE,
};

export function scanSheet(sheet: SheetSnapshot): SheetScan {
  const scan: SheetScan = { sheet, byName: nameKey(sheet.name), tables: {} };
  for (const t of [ACTIVITIES_TABLE, BUDGET_TABLE, INDICATORS_TABLE, RATES_TABLE, TARGETS_TABLE]) {
    const h = findHeader(sheet, t);
    if (h) scan.tables[t.key] = h;
  }
  const p = findForm(sheet, PROJECT_FIELDS);
  if (p && p.score >= 3) scan.project = p;
  const r = findForm(sheet, RESULTS_FIELDS);
  if (r && r.rows.received !== undefined && r.rows.spent !== undefined) scan.results = r;
  return scan;
}

function contentScore(scan: SheetScan, key: SheetKey): number {
  if (key === "project") return scan.project ? scan.project.score : 0;
  if (key === "results") return scan.results ? scan.results.score : 0;
  const t = TABLE_FOR_SHEET[key];
  return t ? (scan.tables[t.key]?.score ?? 0) : 0;
}

export function assignSheets(scans: SheetScan[]): Partial<Record<SheetKey, SheetScan>> {
  const out: Partial<Record<SheetKey, SheetScan>> = {};
  const used = new Set<SheetScan>();
  // 1. by name, when the content agrees (or the sheet is one that is not read)
  for (const key of SHEET_KEYS) {
    const s = scans.find((x) => x.byName === key && !used.has(x) && (key === "summary" || contentScore(x, key) > 0));
    if (s) {
      out[key] = s;
      used.add(s);
    }
  }
  // 2. by content, best score first
  for (const key of ["budget", "activities", "rates", "indicators", "project", "results"] as SheetKey[]) {
    if (out[key]) continue;
    let best: SheetScan | undefined;
    let bestScore = 0;
    for (const s of scans) {
      if (used.has(s)) continue;
      const sc = contentScore(s, key);
      if (sc > bestScore) {
        best = s;
        bestScore = sc;
      }
    }
    if (best) {
      out[key] = best;
      used.add(best);
    }
  }
  // 3. hand-made workbooks often hold everything on one sheet: a sheet found by its content may also
  //    give the tables still missing (each table has its own header row)
  for (const key of ["activities", "budget", "indicators", "project"] as SheetKey[]) {
    if (out[key]) continue;
    const s = scans.find((x) => used.has(x) && contentScore(x, key) > 0);
    if (s) out[key] = s;
  }
  return out;
}

/** Header rows of every table found on a sheet (a table stops at another table's header). */
export function headerRowsOf(scan: SheetScan): Set<number> {
  return new Set(Object.values(scan.tables).map((h) => h!.row));
}
