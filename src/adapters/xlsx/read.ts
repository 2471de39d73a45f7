/**
 * THE way the CLI opens .xlsx files: a lean, defensive reader.
 *
 * - Only the parts needed are unpacked (workbook, its relationships, the worksheets, the shared
 *   strings), one at a time, each under a cap on its unpacked size, after checking the size it declares
 *   (zip bombs stop at the cap: "too large when unpacked"). Charts, images and the rest stay packed.
 * - Sheets are read sparsely (a streaming pass over the sheet XML); only the shared strings the cells
 *   use are kept. Filled cells are capped per sheet and in total.
 * - The snapshot (dense 2-D arrays from A1, as every consumer expects) covers the area that holds the
 *   data, within a cap on rows × columns: a stray cell at XFD1048576 is reported, not padded to.
 * - Values are the cached results Excel/LibreOffice stored; formulas come back with "=" and without
 *   `_xlfn.` prefixes (as Office.js shows them); errors as "#REF!" etc.; dates as serial numbers;
 *   rich text flattened. When no formula has a cached result (files from ExcelJS and similar writers),
 *   the workbook is evaluated with HyperFormula, loaded only then. ExcelJS is not loaded here at all
 *   (`loadWorkbook`, for `fix`, loads it on use).
 */
import { promises as fs } from "fs";
import type ExcelJS from "exceljs";
import type { CellScalar, SheetSnapshot, WorkbookSnapshot } from "../../workbook/types";
import { SHEET_NAMES, normalizeLabel } from "../../workbook/i18n";
import { colLetter } from "../../workbook/a1";
import { XlsxReadError } from "./errors";
import { LIMITS, type Limits } from "./limits";
import { asReadError, checkWholePackage, openPackage } from "./package";
import { emptyCells, readSharedStrings, readSheetXml, type SparseCells } from "./sheetXml";
import { applyEvaluation, fromModel, type EvaluateMode } from "./evaluateMode";
import { readTemplateStamp, type TemplateStampInfo } from "../../workbook/templateVersion";

export type { EvaluateMode } from "./evaluateMode";
export { LIMITS } from "./limits";


/** Something the reader left out or found odd, for the file's report. */
export interface ReadNote {
  kind: "cropped" | "skipped-sheet" | "bad-number";
  sheet: string;
  cell?: string;
  message: { th: string; en: string };
}

export interface ReadResult {
  snapshot: WorkbookSnapshot;
  notes: ReadNote[];
  /** The bytes of the file (for a caller that goes on to edit it). */
  bytes: Buffer;
  /** Filled cells read. */
  cells: number;
  /** The template version stamp (a defined name), when the workbook has one. */
  templateStamp?: TemplateStampInfo;
}

export interface ReadOptions {
  label?: string;
  evaluate?: EvaluateMode;
  limits?: Partial<Limits>;
}

const PLAN_SHEET_NAMES = new Set([...Object.values(SHEET_NAMES.th), ...Object.values(SHEET_NAMES.en)].map(normalizeLabel));

function isPlanSheet(name: string): boolean {
  return PLAN_SHEET_NAMES.has(normalizeLabel(name));
}

function fmt(n: number): string {
  return n.toLocaleString("en-US");
}

/** The bytes of a file, with filesystem failures (and oversized files) as XlsxReadError. */
export async function readInputBytes(path: string, file: string, limits: Limits = LIMITS): Promise<Buffer> {
  let size: number;
  try {
    const st = await fs.stat(path);
    if (st.isDirectory()) throw new XlsxReadError("directory", file);
    // a pipe or a device (/dev/zero) would never end or never fill: only regular files are read
    if (!st.isFile()) throw new XlsxReadError("unreadable", file, { th: "ไม่ใช่ไฟล์ธรรมดา", en: "not a regular file" });
    size = st.size;
  } catch (e) {
    if (e instanceof XlsxReadError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new XlsxReadError("missing", file);
    throw new XlsxReadError("unreadable", file, code ?? String(e));
  }
  if (size > limits.fileBytes) {
    const mb = (n: number) => `${Math.ceil(n / 1048576)} MB`;
    throw new XlsxReadError("too-large", file, {
      th: `ไฟล์ขนาด ${mb(size)} เกินขีดจำกัด ${mb(limits.fileBytes)}`,
      en: `the file is ${mb(size)}; the limit is ${mb(limits.fileBytes)}`,
    });
  }
  try {
    return await fs.readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new XlsxReadError("missing", file);
    throw new XlsxReadError("unreadable", file, code ?? String(e));
  }
}

/** The distinct values of `xs` below `cap` (and whether any reached it), in ascending order. */
function distinctSorted(xs: number[], cap: number): number[] {
  const seen = new Uint8Array(cap + 1);
  for (const x of xs) if (x <= cap) seen[x] = 1;
  const out: number[] = [];
  for (let i = 0; i <= cap; i++) if (seen[i]) out.push(i);
  return out;
}

/**
 * The area read from A1: the data's bounding box, without outliers beyond long empty gaps and within
 * the caps on columns and on rows × columns.
 */
function areaOf(cells: SparseCells, limits: Limits): { rows: number; cols: number } {
  if (!cells.cols.length) return { rows: 0, cols: 0 };
  let maxCol = 0;
  // (columns beyond the cap end the scan as the first one over it would)
  const colCap = Math.min(limits.columns, 16_384);
  for (const c of distinctSorted(cells.cols, colCap)) {
    if (maxCol && c - maxCol > 256) break;
    maxCol = c;
  }
  if (!maxCol || limits.areaPerSheet < maxCol) return { rows: 0, cols: 0 };
  const rowCap = Math.floor(limits.areaPerSheet / maxCol);
  const { rows, cols } = cells;
  let highest = 0;
  for (let i = 0; i < rows.length; i++) if (cols[i] <= maxCol && rows[i] > highest) highest = rows[i];
  const seen = new Uint8Array(Math.min(rowCap, highest) + 1);
  for (let i = 0; i < rows.length; i++) if (cols[i] <= maxCol && rows[i] < seen.length) seen[rows[i]] = 1;
  let maxRow = 0;
  for (let r = 1; r < seen.length; r++) {
    if (!seen[r]) continue;
    if (maxRow && r - maxRow > 10_000) break;
    maxRow = r;
  }
  return { rows: maxRow, cols: maxCol };
}

function denseSheet(name: string, cells: SparseCells, limits: Limits, notes: ReadNote[]): SheetSnapshot {
  const area = areaOf(cells, limits);
  const values: CellScalar[][] = [];
  const formulas: (string | null)[][] = [];
  for (let r = 0; r < area.rows; r++) {
    values.push(new Array<CellScalar>(area.cols).fill(null));
    formulas.push(new Array<string | null>(area.cols).fill(null));
  }
  let dropped = 0;
  let first = "";
  const { rows, cols } = cells;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const col = cols[i];
    if (row > area.rows || col > area.cols) {
      if (!dropped) first = colLetter(col) + row;
      dropped++;
      continue;
    }
    values[row - 1][col - 1] = cells.values[i];
    formulas[row - 1][col - 1] = cells.formulas[i];
  }
  if (dropped) {
    const range = area.rows ? `A1:${colLetter(area.cols)}${area.rows}` : "—";
    const n = fmt(dropped - 1);
    notes.push({
      kind: "cropped",
      sheet: name,
      cell: first,
      message:
        dropped > 1
          ? {
              th: `แผ่นงาน "${name}": ช่อง ${first} และอีก ${n} ช่อง อยู่ห่างจากข้อมูลมากเกินไป จึงไม่ได้อ่าน (อ่านเฉพาะ ${range})`,
              en: `Sheet "${name}": cell ${first} and ${n} more lie far outside the data and were not read (read ${range} only)`,
            }
          : {
              th: `แผ่นงาน "${name}": ช่อง ${first} อยู่ห่างจากข้อมูลมากเกินไป จึงไม่ได้อ่าน (อ่านเฉพาะ ${range})`,
              en: `Sheet "${name}": cell ${first} lies far outside the data and was not read (read ${range} only)`,
            },
    });
  }
  return { name, values, formulas };
}

/** Read an .xlsx package (bytes) into a snapshot and notes. Throws XlsxReadError for unusable input. */
export function readXlsxBytes(buf: Buffer, opts: ReadOptions = {}): ReadResult {
  const file = opts.label ?? "(buffer)";
  const limits: Limits = { ...LIMITS, ...opts.limits };
  const pkg = openPackage(buf, file, limits);
  const worksheets = pkg.sheets.filter((s) => s.kind === "worksheet");
  if (!worksheets.length) throw new XlsxReadError("corrupt", file, { th: "ไม่มีแผ่นงาน", en: "no worksheets" });
  const notes: ReadNote[] = [];
  const templateStamp = readTemplateStamp(pkg.definedNames);
  const read: { name: string; cells: SparseCells; hidden?: SheetSnapshot["hidden"] }[] = [];
  let cached = 0;
  let missing = 0;
  let total = 0;
  try {
    for (const [i, s] of worksheets.entries()) {
      if (i >= limits.sheets) {
        notes.push({
          kind: "skipped-sheet",
          sheet: s.name,
          message: { th: `อ่านเพียง ${limits.sheets} แผ่นงานแรก แผ่นงาน "${s.name}" และแผ่นงานถัดไปไม่ได้อ่าน`, en: `Only the first ${limits.sheets} sheets were read; "${s.name}" and the rest were not` },
        });
        break;
      }
      const xml = s.path ? pkg.zip.read(s.path) : undefined;
      if (!xml) {
        read.push({ name: s.name, cells: emptyCells() });
        continue;
      }
      const plan = isPlanSheet(s.name);
      const sheetCap = plan ? limits.cellsPerPlanSheet : limits.cellsPerSheet;
      const maxCells = Math.min(sheetCap, limits.cellsTotal - total);
      const sheet = readSheetXml(xml, { date1904: pkg.date1904, maxCells, maxChars: limits.textChars });
      if (sheet.overCap) {
        const perSheet = maxCells === sheetCap;
        if (!perSheet || plan) {
          throw new XlsxReadError("too-many-cells", file, {
            th: perSheet ? `แผ่นงาน "${s.name}" มีข้อมูลเกิน ${fmt(sheetCap)} ช่อง` : `ทุกแผ่นงานรวมกันเกิน ${fmt(limits.cellsTotal)} ช่อง`,
            en: perSheet ? `sheet "${s.name}" has more than ${fmt(sheetCap)} filled cells` : `the sheets hold more than ${fmt(limits.cellsTotal)} filled cells together`,
          });
        }
        // not one of the plan's sheets: left out, the rest is checked
        notes.push({
          kind: "skipped-sheet",
          sheet: s.name,
          message: {
            th: `แผ่นงาน "${s.name}" มีข้อมูลเกิน ${fmt(limits.cellsPerSheet)} ช่อง และไม่ใช่แผ่นงานของแผน จึงไม่ได้อ่าน`,
            en: `Sheet "${s.name}" has more than ${fmt(limits.cellsPerSheet)} filled cells and is not a plan sheet; it was not read`,
          },
        });
        read.push({ name: s.name, cells: emptyCells() });
        continue;
      }
      total += sheet.cells.rows.length;
      cached += sheet.cached;
      missing += sheet.missing;
      for (const b of sheet.badNumbers) {
        notes.push({
          kind: "bad-number",
          sheet: s.name,
          cell: b.cell,
          message: {
            th: `แผ่นงาน "${s.name}" ช่อง ${b.cell}: ค่า "${b.text}" ไม่ใช่ตัวเลขที่ใช้ได้`,
            en: `Sheet "${s.name}" cell ${b.cell}: "${b.text}" is not a usable number`,
          },
        });
      }
      const hidden = sheet.hiddenRows.length || sheet.hiddenCols.length ? { rows: sheet.hiddenRows, cols: sheet.hiddenCols } : undefined;
      read.push({ name: s.name, cells: sheet.cells, ...(hidden ? { hidden } : {}) });
    }
    // shared strings: only those the cells use
    const wanted = new Set<number>();
    for (const s of read) for (const i of s.cells.sst) if (i >= 0) wanted.add(i);
    if (wanted.size) {
      const xml = pkg.sharedStrings ? pkg.zip.read(pkg.sharedStrings) : undefined;
      const strings = xml ? readSharedStrings(xml, wanted, limits.textChars) : new Map<number, string>();
      for (const s of read) {
        const { sst, values } = s.cells;
        for (let i = 0; i < sst.length; i++) if (sst[i] >= 0) values[i] = strings.get(sst[i]) ?? "";
      }
    }
  } catch (e) {
    throw asReadError(e, file);
  }
  // The areas of all sheets share one budget: the plan's sheets take theirs first.
  const sheets: SheetSnapshot[] = new Array(read.length);
  let areaLeft = limits.areaTotal;
  const byPriority = read.map((_, i) => i).sort((a, b) => Number(!isPlanSheet(read[b].name)) - Number(!isPlanSheet(read[a].name)) || a - b);
  for (const i of byPriority) {
    const own = { ...limits, areaPerSheet: Math.min(limits.areaPerSheet, areaLeft) };
    sheets[i] = denseSheet(read[i].name, read[i].cells, own, notes);
    if (read[i].hidden) sheets[i].hidden = read[i].hidden;
    areaLeft -= sheets[i].values.length * (sheets[i].values[0]?.length ?? 0);
  }
  const cells = total;
  // the template's own formulas computed from the plan (mode "checks"): no HyperFormula, no cap on formulas
  // (the snapshot is this reading's own: the values go into its rows, not into copies)
  const model = fromModel({ sheets }, { cached, missing }, opts.evaluate ?? "auto", true);
  if (model) return { snapshot: model, notes, bytes: buf, cells, templateStamp };
  const mode = opts.evaluate === "checks" ? "auto" : (opts.evaluate ?? "auto");
  const evaluates = mode === "all" || (missing > 0 && mode !== "never" && (mode === "missing" || cached === 0));
  const formulas = read.map((s) => s.cells.formulas.reduce((n: number, f) => n + (f ? 1 : 0), 0));
  if (!evaluates || formulas.reduce((a, b) => a + b, 0) <= limits.formulasToCompute) {
    return { snapshot: applyEvaluation({ sheets }, { cached, missing }, mode), notes, bytes: buf, cells, templateStamp };
  }
  // Too many formulas to compute them all: the plan's sheets first, then the others while they fit.
  const order = sheets.map((_, i) => i).sort((a, b) => Number(!isPlanSheet(sheets[b].name)) - Number(!isPlanSheet(sheets[a].name)) || a - b);
  const chosen = new Set<number>();
  let used = 0;
  for (const i of order) {
    if (used + formulas[i] <= limits.formulasToCompute) {
      chosen.add(i);
      used += formulas[i];
    } else if (isPlanSheet(sheets[i].name)) {
      throw new XlsxReadError("too-many-cells", file, {
        th: `มีสูตรที่ต้องคำนวณเกิน ${fmt(limits.formulasToCompute)} สูตร`,
        en: `more than ${fmt(limits.formulasToCompute)} formulas to compute`,
      });
    }
  }
  const part = applyEvaluation({ sheets: sheets.filter((_, i) => chosen.has(i)) }, { cached, missing }, mode).sheets;
  const merged = sheets.map((s, i) => {
    if (chosen.has(i)) return part.shift()!;
    notes.push({
      kind: "skipped-sheet",
      sheet: s.name,
      message: {
        th: `แผ่นงาน "${s.name}" มีสูตรมากเกินไป (${fmt(formulas[i])} สูตร) จึงไม่ได้คำนวณ`,
        en: `Sheet "${s.name}" has too many formulas (${fmt(formulas[i])}); they were not computed`,
      },
    });
    return s;
  });
  return { snapshot: { sheets: merged }, notes, bytes: buf, cells, templateStamp };
}

/** Read an .xlsx file (or buffer) into a snapshot and notes. Throws XlsxReadError for unusable input. */
export async function readXlsxFile(pathOrBuffer: string | Buffer | Uint8Array, opts: ReadOptions = {}): Promise<ReadResult> {
  const label = opts.label ?? (typeof pathOrBuffer === "string" ? pathOrBuffer : "(buffer)");
  const limits: Limits = { ...LIMITS, ...opts.limits };
  const buf = typeof pathOrBuffer === "string" ? await readInputBytes(pathOrBuffer, label, limits) : Buffer.from(pathOrBuffer);
  return readXlsxBytes(buf, { ...opts, label });
}

/** Read an .xlsx file (or buffer) into a snapshot. Throws XlsxReadError for unusable input. */
export async function readXlsx(pathOrBuffer: string | Buffer | Uint8Array, opts: ReadOptions = {}): Promise<WorkbookSnapshot> {
  return (await readXlsxFile(pathOrBuffer, opts)).snapshot;
}

/**
 * Load an ExcelJS workbook (for `fix`, which edits and writes it back), after the same checks as the
 * lean reader plus one for ExcelJS: it unpacks every part and keeps an object per cell, so the whole
 * package and the cell count are capped too. Loads ExcelJS on use.
 */
export async function loadWorkbook(pathOrBuffer: string | Buffer | Uint8Array, label?: string): Promise<ExcelJS.Workbook> {
  const file = label ?? (typeof pathOrBuffer === "string" ? pathOrBuffer : "(buffer)");
  return loadForEdit(await readXlsxFile(pathOrBuffer, { label: file, evaluate: "never" }), file);
}

/** The ExcelJS workbook of a file already read with `readXlsxFile`, after the checks for ExcelJS. */
export async function loadForEdit(read: ReadResult, file: string): Promise<ExcelJS.Workbook> {
  checkWholePackage(openPackage(read.bytes, file).zip, file);
  if (read.cells > LIMITS.cellsForEdit) {
    throw new XlsxReadError("too-many-cells", file, {
      th: `แก้ไขได้ไม่เกิน ${fmt(LIMITS.cellsForEdit)} ช่อง แต่มี ${fmt(read.cells)} ช่อง`,
      en: `fix handles at most ${fmt(LIMITS.cellsForEdit)} filled cells; this file has ${fmt(read.cells)}`,
    });
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { loadCheckedWorkbook } = require("./exceljsBook") as typeof import("./exceljsBook");
  return loadCheckedWorkbook(read.bytes, file);
}

/** Snapshot of a workbook loaded with `loadWorkbook` (ExcelJS). */
export function snapshotOf(wb: ExcelJS.Workbook, opts: { evaluate?: EvaluateMode } = {}): WorkbookSnapshot {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("./exceljsBook") as typeof import("./exceljsBook")).snapshotOf(wb, opts);
}

/** The template version stamp of a workbook loaded with `loadWorkbook` (undefined: not stamped). */
export function templateStampOf(wb: ExcelJS.Workbook): TemplateStampInfo | undefined {
  const model = (wb.definedNames as unknown as { model: { name: string; ranges: string[] }[] }).model;
  return readTemplateStamp(model.map((n) => ({ name: n.name, refersTo: n.ranges[0] })));
}
