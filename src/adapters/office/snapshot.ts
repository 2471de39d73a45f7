/* global Excel */
import type { CellScalar, SheetSnapshot, WorkbookSnapshot } from "../../workbook/types";
import { SHEET_NAMES } from "../../workbook/i18n";
import { addr, parseRange, zeroBasedRange, type RangePos } from "../../workbook/a1";

// Blocks index 2-D arrays, so this module counts rows and columns from 0; the A1 module counts from 1.
const cellAddress = (row: number, col: number): string => addr(row + 1, col + 1);
const parseRange0 = (address: string): RangePos => zeroBasedRange(parseRange(address));
import { isCellEditError, isPayloadError } from "./errors";

/**
 * Reading the workbook for a check, within what Excel on the web allows: 5 MB per request and per response
 * (UTF-8). A response carries the values and formulas of what was loaded, so the sheets are read in blocks of
 * rows sized by the bytes their rows actually take.
 *
 * Sync 1 loads the sheet names and, for every sheet the add-in knows (or, the first time, for the template's
 * sheet names, through getItemOrNullObject so a missing sheet costs nothing), the used range's address and
 * its first window of rows. For a plan of up to ~2,000 budget lines that is everything: ONE sync. Sheets that
 * sync 1 did not cover (added or renamed since, or longer than the window) are read in further syncs, each
 * holding as many row blocks as fit in `blockBytes` by the bytes per row measured so far — one more sync per
 * block. Limits keep a stray cell far away or a huge unrelated sheet from costing a read of a million rows:
 * - plan sheets (the template's names, Thai or English) are read up to `maxRows` rows; reading stops at the
 *   first block that is entirely empty (the plan has ended);
 * - other sheets are read whole when their used range has at most `otherFullCells` cells, else only their
 *   first `otherHeadRows` rows (where a table's header would be);
 * - columns beyond `maxCols` are not read.
 */

export interface ReadLimits {
  blockBytes: number;
  firstWindowRows: number;
  otherHeadRows: number;
  otherFullCells: number;
  maxRows: number;
  maxCols: number;
  /** Bytes per cell assumed for a sheet before any of its rows were measured. */
  guessCellBytes: number;
}

/** Excel on the web: 5 MB per request and per response. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;

export const DEFAULT_READ_LIMITS: ReadLimits = {
  blockBytes: 3 * 1024 * 1024,
  // a 2,000-line plan's budget sheet (≈ 2,060 rows) in the first window, and no more: the first sync reads
  // every plan sheet's window at once, and a 2,600-row window came to 4.7 MB with a wider budget sheet
  // (Excel on the web refuses 5 MB); 2,100 rows keep it under 4 MB with room for longer formulas
  firstWindowRows: 2100,
  otherHeadRows: 300,
  otherFullCells: 200_000,
  maxRows: 120_000,
  maxCols: 64,
  guessCellBytes: 40,
};

const PLAN_NAMES = new Set(
  [...Object.values(SHEET_NAMES.th), ...Object.values(SHEET_NAMES.en)].map((n) => n.toLowerCase()),
);

/** A sheet named like one of the template's sheets ("งบประมาณ", "Budget", "งบประมาณ (2)"). */
export function isPlanSheetName(name: string): boolean {
  const base = name.replace(/\s*\([^()]*\)\s*$/, "").trim().toLowerCase();
  return PLAN_NAMES.has(base);
}

/** UTF-8 length of a string (TextEncoder is missing in EdgeHTML 18). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

interface Block {
  top: number;
  left: number;
  values: unknown[][];
  formulas: unknown[][];
}

interface SheetRead {
  name: string;
  plan: boolean;
  /** Used range, clipped to maxCols (null: empty sheet). undefined: not known yet. */
  used?: RangePos | null;
  /** Last row to read (0-based, inclusive). */
  lastRow: number;
  /** Next row to read. */
  next: number;
  bytesPerRow?: number;
  blocks: Block[];
  done: boolean;
}

interface Pending {
  read: SheetRead;
  usedRange?: Excel.Range;
  block?: { range: Excel.Range; top: number; bottom: number };
}

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  names: string[];
  syncs: number;
}

/**
 * Read the sheets (all, or the ones named in `wanted`, case-insensitively) in one Excel.run.
 * `known`: sheet names seen by the previous read (probed in sync 1); undefined the first time.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  known: string[] | undefined,
  wanted: string[] | undefined,
  limits: ReadLimits = DEFAULT_READ_LIMITS,
  mode: ReadMode = { probe: true, windows: true },
): Promise<ReadResult> {
  const speculative = mode.windows;
  const collection = context.workbook.worksheets;
  collection.load("items/name");
  // the sheet the user is on (the pane checks its plan set), in the same first sync
  const active = wanted ? undefined : collection.getActiveWorksheet().load("name");
  const wantedLower = wanted ? new Set(wanted.map((n) => n.toLowerCase())) : undefined;
  const isWanted = (n: string) => !wantedLower || wantedLower.has(n.toLowerCase());
  const probeNames = mode.probe ? (known ?? [...Object.values(SHEET_NAMES.th), ...Object.values(SHEET_NAMES.en)]).filter(isWanted) : [];
  const reads = new Map<string, SheetRead>();
  const fresh = (name: string): SheetRead => ({ name, plan: isPlanSheetName(name), lastRow: -1, next: 0, blocks: [], done: false });
  let pending: Pending[] = [];
  for (const name of probeNames) {
    const read = fresh(name);
    reads.set(name.toLowerCase(), read);
    pending.push(queueProbe(collection.getItemOrNullObject(name), read, limits, speculative));
  }
  let syncs = 0;
  await context.sync();
  syncs++;
  const names = collection.items.map((s) => s.name);
  const order = wanted ? pickSheets(names, wanted) : names;
  absorb(pending, limits);

  // Sheets not probed (added or renamed since the last read): from now on, by their real names.
  const current = new Map<string, SheetRead>();
  for (const name of order) {
    const probed = reads.get(name.toLowerCase());
    current.set(name.toLowerCase(), probed && probed.name === name ? probed : fresh(name));
  }
  for (;;) {
    pending = [];
    let budget = limits.blockBytes;
    let full = false;
    for (const read of current.values()) {
      if (full) break;
      if (read.done) continue;
      if (read.used === undefined) {
        pending.push(queueProbe(collection.getItem(read.name), read, limits, speculative));
        budget -= speculative ? windowGuess(read, limits) : 0;
        continue;
      }
      while (read.next <= read.lastRow) {
        const perRow = read.bytesPerRow ?? limits.guessCellBytes * (read.used!.right - read.used!.left + 1) * 2;
        if (budget < perRow && pending.length > 0) {
          full = true;
          break;
        }
        const rows = Math.max(1, Math.min(read.lastRow - read.next + 1, Math.floor(budget / perRow)));
        pending.push(queueBlock(collection.getItem(read.name), read, read.next, read.next + rows - 1));
        read.next += rows;
        budget -= rows * perRow;
      }
    }
    if (pending.length === 0) break;
    // One sync per block of rows, by design: Excel on the web refuses a response over 5 MB.
    // eslint-disable-next-line office-addins/no-context-sync-in-loop
    await context.sync();
    syncs++;
    absorb(pending, limits);
  }
  const snapshot: WorkbookSnapshot = { sheets: order.map((n) => toSnapshot(current.get(n.toLowerCase())!)) };
  if (active) snapshot.activeSheet = active.name;
  return { snapshot, names, syncs };
}

function windowGuess(read: SheetRead, limits: ReadLimits): number {
  return (read.plan ? limits.firstWindowRows : limits.otherHeadRows) * limits.guessCellBytes * 20;
}

/** Address of the used range and (speculative) its first rows, in the same sync. */
function queueProbe(sheet: Excel.Worksheet, read: SheetRead, limits: ReadLimits, speculative: boolean): Pending {
  const usedRange = sheet.getUsedRangeOrNullObject(true);
  usedRange.load("address");
  if (!speculative) return { read, usedRange };
  const rows = read.plan ? limits.firstWindowRows : limits.otherHeadRows;
  const window = `A1:${cellAddress(rows - 1, limits.maxCols - 1)}`;
  const range = usedRange.getIntersectionOrNullObject(window);
  range.load("address,values,formulas");
  return { read, usedRange, block: { range, top: 0, bottom: rows - 1 } };
}

function queueBlock(sheet: Excel.Worksheet, read: SheetRead, top: number, bottom: number): Pending {
  const used = read.used!;
  const range = sheet.getRange(`${cellAddress(top, used.left)}:${cellAddress(bottom, used.right)}`);
  range.load("values,formulas");
  return { read, block: { range, top, bottom } };
}

function absorb(pending: Pending[], limits: ReadLimits): void {
  for (const p of pending) {
    const read = p.read;
    if (p.usedRange) {
      if (p.usedRange.isNullObject) {
        read.used = null;
        read.done = true;
        continue;
      }
      const rect = parseRange0(p.usedRange.address);
      rect.right = Math.min(rect.right, limits.maxCols - 1);
      const cells = (rect.bottom - rect.top + 1) * (rect.right - rect.left + 1);
      const cap = read.plan || cells <= limits.otherFullCells ? limits.maxRows : limits.otherHeadRows;
      read.used = rect;
      read.lastRow = Math.min(rect.bottom, cap - 1);
      read.next = rect.top;
    }
    if (!p.block) continue;
    const { range, top, bottom } = p.block;
    let values: unknown[][] = [];
    let formulas: unknown[][] = [];
    let blockTop = top;
    let blockLeft = read.used ? read.used.left : 0;
    if (!range.isNullObject) {
      values = range.values;
      formulas = range.formulas;
      if (p.usedRange) {
        const r = parseRange0(range.address);
        blockTop = r.top;
        blockLeft = r.left;
      }
    }
    if (values.length > 0) {
      read.blocks.push({ top: blockTop, left: blockLeft, values, formulas });
      read.bytesPerRow = Math.max(8, Math.ceil((utf8Length(JSON.stringify(values)) + utf8Length(JSON.stringify(formulas))) / values.length));
    }
    if (read.used) read.next = Math.max(read.next, bottom + 1);
    // The plan has ended where a whole block past the first is empty.
    if (read.blocks.length > 1 && p.usedRange === undefined && values.every((row) => row.every((v) => v === "" || v === null))) read.done = true;
    if (read.next > read.lastRow) read.done = true;
  }
}

function fromCellValue(v: unknown): CellScalar {
  if (v === "" || v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "string") return v;
  return String(v);
}

/** The blocks of one sheet → an A1-anchored snapshot. */
function toSnapshot(read: SheetRead): SheetSnapshot {
  let rows = 0;
  let cols = 0;
  for (const b of read.blocks) {
    rows = Math.max(rows, b.top + b.values.length);
    cols = Math.max(cols, b.left + (b.values[0]?.length ?? 0));
  }
  const values: CellScalar[][] = Array.from({ length: rows }, () => new Array<CellScalar>(cols).fill(null));
  const formulas: (string | null)[][] = Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null));
  for (const b of read.blocks) {
    b.values.forEach((row, i) => {
      const fRow = b.formulas[i];
      row.forEach((v, j) => {
        values[b.top + i][b.left + j] = fromCellValue(v);
        const f = fRow?.[j];
        formulas[b.top + i][b.left + j] = typeof f === "string" && f.startsWith("=") ? f : null;
      });
    });
  }
  return { name: read.name, values, formulas };
}

/** Probe known sheets through getItemOrNullObject in sync 1; read first windows speculatively. */
export interface ReadMode {
  probe: boolean;
  windows: boolean;
}

/**
 * Run a read in the fast mode; when Excel refuses it as too large, again without speculative windows; when
 * it fails otherwise (a null-object chain some Excel does not accept), again without probing (names first,
 * one sync more). Cell-edit mode is the session's business and passes through.
 */
export async function readWithFallback<T>(attempt: (mode: ReadMode) => Promise<T>): Promise<T> {
  try {
    return await attempt({ probe: true, windows: true });
  } catch (e) {
    if (isCellEditError(e)) throw e;
    if (isPayloadError(e)) return attempt({ probe: true, windows: false });
    try {
      return await attempt({ probe: false, windows: true });
    } catch (again) {
      if (!isPayloadError(again)) throw again;
      return attempt({ probe: false, windows: false });
    }
  }
}

/** The requested sheets that exist (matched case-insensitively, in the requested order). */
function pickSheets(names: string[], wanted: string[]): string[] {
  const byLower = new Map(names.map((n) => [n.toLowerCase(), n]));
  const out: string[] = [];
  for (const w of wanted) {
    const n = byLower.get(w.toLowerCase());
    if (n !== undefined && !out.includes(n)) out.push(n);
  }
  return out;
}
