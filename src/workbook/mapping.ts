/**
 * Column-mapping corrections, stored IN the workbook (not in add-in settings: writing those clears
 * Excel's undo stack, they are tied to the add-in's Id and the CLI cannot read them), in a hidden sheet
 * the add-in owns. Every later check and the CLI read it, so a user's "this column is the unit cost"
 * holds wherever the workbook is checked.
 *
 * The sheet (name MAPPING_SHEET) holds a header row and one row per choice:
 *   A: sheet name   B: role (unitCost, quantity, times, amount, item, activityId, month, …, or "ignore")
 *   C: column letter (empty: the role is not in the table)   D: header row (optional)
 * Pure: no Office, no fs.
 */
import { colIndex, colLetter } from "./a1";
import type { CellEdit } from "./host";
import { IMPORT_NOTES } from "./layout";
import type { SheetSnapshot, WorkbookSnapshot } from "./types";

export const MAPPING_SHEET = "_budgetplan_mapping";
export const MAPPING_HEADER = ["sheet", "role", "column", "headerRow"] as const;

/** The add-in's own sheets (hidden, not user data): never read as a plan. */
export function isAddinSheet(name: string): boolean {
  const n = String(name).toLowerCase();
  return n === MAPPING_SHEET || n === IMPORT_NOTES.sheet;
}

export interface ColumnChoice {
  sheet: string;
  role: string;
  /** 1-based column, or null when the user says the table has no such column. */
  col: number | null;
  headerRow?: number;
}

/** The choices stored in a workbook (empty when there is no mapping sheet). Rows that cannot be read are skipped. */
export function readMapping(snapshot: WorkbookSnapshot): ColumnChoice[] {
  const s = snapshot?.sheets?.find((x) => isAddinSheet(x.name));
  return s ? mappingFromSheet(s) : [];
}

export function mappingFromSheet(s: SheetSnapshot): ColumnChoice[] {
  const out: ColumnChoice[] = [];
  for (let r = 1; r < s.values.length; r++) {
    const row = s.values[r] ?? [];
    const sheet = typeof row[0] === "string" ? row[0].trim() : "";
    const role = typeof row[1] === "string" ? row[1].trim() : "";
    if (!sheet || !role) continue;
    const c = row[2];
    let col: number | null = null;
    if (typeof c === "string" && /^[A-Za-z]{1,3}$/.test(c.trim())) col = colIndex(c.trim());
    else if (typeof c === "number" && Number.isInteger(c) && c > 0) col = c;
    else if (c !== null && c !== undefined && String(c).trim() !== "") continue;
    const h = row[3];
    out.push({ sheet, role, col, ...(typeof h === "number" && h > 0 ? { headerRow: h } : {}) });
  }
  return out;
}

/** The choices for one sheet, as role → column (null: not in the table). */
export function choicesFor(choices: ColumnChoice[], sheet: string): { cols: Record<string, number | null>; headerRow?: number } | undefined {
  const mine = choices.filter((c) => c.sheet.toLowerCase() === sheet.toLowerCase());
  if (!mine.length) return undefined;
  const cols: Record<string, number | null> = {};
  let headerRow: number | undefined;
  for (const c of mine) {
    cols[c.role] = c.col;
    headerRow ??= c.headerRow;
  }
  return { cols, headerRow };
}

/**
 * The cell edits that store `choices` (replacing all rows of the same sheet): the whole mapping sheet is
 * rewritten from row 1. The adapter creates the sheet hidden when it does not exist.
 */
export function mappingEdits(existing: ColumnChoice[], choices: ColumnChoice[]): CellEdit[] {
  const sheets = new Set(choices.map((c) => c.sheet.toLowerCase()));
  const all = [...existing.filter((c) => !sheets.has(c.sheet.toLowerCase())), ...choices];
  const edits: CellEdit[] = MAPPING_HEADER.map((h, i) => ({ sheet: MAPPING_SHEET, cell: `${colLetter(i + 1)}1`, value: h }));
  all.forEach((c, i) => {
    const r = i + 2;
    edits.push({ sheet: MAPPING_SHEET, cell: `A${r}`, value: c.sheet });
    edits.push({ sheet: MAPPING_SHEET, cell: `B${r}`, value: c.role });
    edits.push({ sheet: MAPPING_SHEET, cell: `C${r}`, value: c.col === null ? "" : colLetter(c.col) });
    edits.push({ sheet: MAPPING_SHEET, cell: `D${r}`, value: c.headerRow ?? null });
  });
  // clear rows left over from a longer earlier mapping
  for (let r = all.length + 2; r < existing.length + 2; r++) for (const col of ["A", "B", "C", "D"]) edits.push({ sheet: MAPPING_SHEET, cell: `${col}${r}`, value: null });
  return edits;
}
