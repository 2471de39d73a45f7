/**
 * An in-browser workbook for the preview (the task pane outside Excel): HyperFormula computes, one
 * HyperFormula sheet per workbook sheet; this class keeps what HyperFormula does not (the formula text as
 * written, styles, number formats, column widths, merges, validations, frozen rows) and the view state the
 * grid shows (active sheet, selection, finding marks). No DOM here.
 */
import type { Severity } from "../../core/findings";
import type {
  CellScalar,
  ConditionalFormatSpec,
  ListValidationSpec,
  SheetSnapshot,
  CellSpec,
  SheetSpec,
  StyleName,
  WorkbookSnapshot,
  WorkbookSpec,
} from "../../workbook/types";
import { renameSheetRefs } from "../../workbook/formulaText";
import { addr, groupRectangles, parseCell as parseCell1, parseRange as parseRange1, sheetOf, zeroBased, zeroBasedRange } from "../../workbook/a1";

// HyperFormula counts rows and columns from 0; the A1 module counts from 1.
const cellAddress = (row: number, col: number): string => addr(row + 1, col + 1);
const parseCell = (address: string) => zeroBased(parseCell1(address));
const parseRange = (address: string) => zeroBasedRange(parseRange1(address));
import { PREVIEW_CONFIG } from "../hyperformula/config";
import { buildMarkMaps, type MarkInput } from "./markMaps";
import { buildEngine, emptyEngine, fromHfValue as fromHf, toHfInput, type HyperFormula, type RawCellContent } from "../hyperformula/bridge";
import { isDateFormat, parseDateText, parseTypedNumber, typedDateFormat } from "./cellText";

export type ChangeSource = "user" | "api";

export interface WorkbookEvent {
  /** "cells": contents changed; "sheets": sheets added/removed; "view": active sheet, selection or marks. */
  kind: "cells" | "sheets" | "view";
  source: ChangeSource;
  sheet?: string;
  /** Set by selectCell so the grid scrolls the cell into view. */
  reveal?: boolean;
}

export interface CellInfo {
  value: CellScalar;
  formula: string | null;
  style?: StyleName;
  numberFormat?: string;
  mark?: Severity;
  /** The marked cell's finding, short (the grid's tooltip says it beside the severity). */
  markNote?: { th: string; en: string };
}

export interface CellContent {
  value?: CellScalar;
  formula?: string;
  /** A date typed into a cell without a date format gets one (as Excel does). */
  numberFormat?: string;
}

interface SheetMeta {
  formulas: Map<string, string>;
  styles: Map<string, StyleName>;
  numberFormats: Map<string, string>;
  columnWidths: Record<string, number>;
  merges: string[];
  validations: ListValidationSpec[];
  conditionalFormats: ConditionalFormatSpec[];
  freezeRows?: number;
  tabColor?: string;
  /** What the grid does not show but a saved file keeps (print setup, row heights): as inserted. */
  print?: Pick<SheetSpec, "key" | "landscape" | "printTitleRows" | "printArea" | "margins" | "rowHeights" | "rowBreaks">;
}

const key = (row: number, col: number) => `${row},${col}`;

function emptyMeta(): SheetMeta {
  return { formulas: new Map(), styles: new Map(), numberFormats: new Map(), columnWidths: {}, merges: [], validations: [], conditionalFormats: [] };
}

/**
 * What typing `text` into a cell means, as in Excel: "=…" a formula, "'…" forced text, numbers as Excel reads
 * them (parseTypedNumber: Arabic digits only — Thai digits stay text, as in Excel), day/month/year dates in
 * Arabic digits (Buddhist era from 2400) date serials, TRUE/FALSE booleans, "" clears; anything else is text as typed.
 */
export function parseCellInput(text: string): CellContent {
  if (text.startsWith("=") && text.length > 1) return { formula: text };
  if (text.startsWith("'")) return { value: text.slice(1) };
  const trimmed = text.trim();
  if (trimmed === "") return { value: null };
  const date = parseDateText(trimmed);
  if (date) return { value: date.serial, numberFormat: typedDateFormat(date.buddhist) };
  const n = parseTypedNumber(trimmed);
  if (n !== undefined) return { value: n };
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toLowerCase() === "true" };
  return { value: text };
}

export class PreviewWorkbook {
  /** The engine; replaced by a fresh build when a template is inserted (bulk building is ~2× faster than cell writes). */
  hf: HyperFormula;
  private readonly meta = new Map<number, SheetMeta>();
  private listeners = new Set<(e: WorkbookEvent) => void>();
  private _version = 0;
  activeSheet: string | undefined;
  selection: { sheet: string; cell: string } | undefined;
  /** Finding marks: sheet → cell key → severity. */
  private marks = new Map<number, Map<string, Severity>>();
  /** The message of each marked cell's most severe finding: sheet → cell key → note (set with the marks). */
  private markNotes = new Map<number, Map<string, { th: string; en: string }>>();

  constructor() {
    this.hf = emptyEngine(PREVIEW_CONFIG);
  }

  /** Increases on every change (for React's useSyncExternalStore). */
  get version(): number {
    return this._version;
  }

  subscribe(listener: (e: WorkbookEvent) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(e: WorkbookEvent): void {
    this._version++;
    for (const l of [...this.listeners]) l(e);
  }

  sheetNames(): string[] {
    return this.hf.getSheetNames();
  }

  /** Sheets hidden from the tabs (the add-in's own mapping sheet), by lower-cased name. */
  private readonly hidden = new Set<string>();

  /** Hide a sheet from the tabs (it stays in the workbook and in snapshots, as a hidden sheet in Excel). */
  hideSheet(name: string): void {
    this.hidden.add(name.toLowerCase());
    this.emit({ kind: "sheets", source: "api", sheet: name });
  }

  /** Show a hidden sheet in the tabs again. */
  showSheet(name: string): void {
    this.hidden.delete(name.toLowerCase());
    this.emit({ kind: "sheets", source: "api", sheet: name });
  }

  /** Workbook-scoped defined names that refer to ranges (the template version stamp), as Excel keeps them. */
  private names: { name: string; refersTo: string }[] = [];

  definedNames(): { name: string; refersTo: string }[] {
    return this.names.map((n) => ({ ...n }));
  }

  /** Adds names (a template's stamp; `renames`: its sheets' names as inserted); a name already there is kept, as in Excel. */
  addNames(names: readonly { name: string; refersTo: string }[], renames: ReadonlyMap<string, string> = new Map()): void {
    for (const n of names)
      if (!this.names.some((x) => x.name.toLowerCase() === n.name.toLowerCase())) this.names.push({ name: n.name, refersTo: renameSheetRefs(n.refersTo, renames) });
  }

  /** The sheets a user sees as tabs. */
  visibleSheetNames(): string[] {
    return this.sheetNames().filter((n) => !this.hidden.has(n.toLowerCase()));
  }

  /** The sheet's name as stored (case-insensitive lookup), or undefined. */
  findSheet(name: string): string | undefined {
    const id = this.hf.getSheetId(name);
    return id === undefined ? undefined : this.hf.getSheetName(id);
  }

  private id(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`No sheet named "${sheet}"`);
    return id;
  }

  private metaOf(sheet: string): SheetMeta {
    return this.meta.get(this.id(sheet))!;
  }

  addSheet(name: string, source: ChangeSource = "api"): string {
    if (name.length === 0 || name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new Error(`Bad sheet name "${name}"`);
    if (this.findSheet(name)) throw new Error(`A sheet named "${name}" already exists`);
    const added = this.hf.addSheet(name);
    this.meta.set(this.id(added), emptyMeta());
    if (!this.activeSheet) this.activeSheet = added;
    this.emit({ kind: "sheets", source, sheet: added });
    return added;
  }

  removeSheet(name: string, source: ChangeSource = "api"): void {
    const id = this.id(name);
    const stored = this.hf.getSheetName(id)!;
    this.hf.removeSheet(id);
    this.names = this.names.filter((n) => sheetOf(n.refersTo)?.toLowerCase() !== stored.toLowerCase());
    this.meta.delete(id);
    this.marks.delete(id);
    this.markNotes.delete(id);
    if (this.activeSheet === stored) this.activeSheet = this.sheetNames()[0];
    if (this.selection?.sheet === stored) this.selection = undefined;
    this.emit({ kind: "sheets", source, sheet: stored });
  }

  private hfContent(content: CellContent, sheetNames: readonly string[] = this.sheetNames()): RawCellContent {
    return toHfInput(content, sheetNames);
  }

  /** Set one cell without notifying (callers batch and emit once). */
  private put(sheetId: number, row: number, col: number, content: CellContent): void {
    const m = this.meta.get(sheetId)!;
    const k = key(row, col);
    if (content.formula) m.formulas.set(k, content.formula);
    else m.formulas.delete(k);
    if (content.numberFormat && !isDateFormat(m.numberFormats.get(k))) m.numberFormats.set(k, content.numberFormat);
    this.hf.setCellContents({ sheet: sheetId, row, col }, [[this.hfContent(content)]]);
  }

  setCell(sheet: string, address: string, content: CellContent, source: ChangeSource = "api"): void {
    const { row, col } = parseCell(address);
    const id = this.id(sheet);
    this.put(id, row, col, content);
    this.emit({ kind: "cells", source, sheet: this.hf.getSheetName(id) });
  }

  /** Several cells, one recalculation and one notification. */
  setCells(edits: { sheet: string; cell: string; content: CellContent }[], source: ChangeSource = "api"): void {
    if (edits.length === 0) return;
    const ids = edits.map((e) => this.id(e.sheet));
    this.hf.batch(() => {
      edits.forEach((e, i) => {
        const { row, col } = parseCell(e.cell);
        this.put(ids[i], row, col, e.content);
      });
    });
    for (const id of new Set(ids)) this.emit({ kind: "cells", source, sheet: this.hf.getSheetName(id) });
  }

  /** A cell takes another cell's style and number format (a row added to a table, inside its formats). */
  copyFormat(sheet: string, from: string, to: string): void {
    const m = this.metaOf(sheet);
    const a = parseCell(from);
    const b = parseCell(to);
    const ka = key(a.row, a.col);
    const kb = key(b.row, b.col);
    const style = m.styles.get(ka);
    if (style) m.styles.set(kb, style);
    else m.styles.delete(kb);
    const fmt = m.numberFormats.get(ka);
    if (fmt) m.numberFormats.set(kb, fmt);
    else m.numberFormats.delete(kb);
  }

  /** What the user typed into a cell (see parseCellInput). */
  setCellInput(sheet: string, address: string, text: string, source: ChangeSource = "user"): void {
    this.setCell(sheet, address, parseCellInput(text), source);
  }

  readCell(sheet: string, address: string): CellInfo {
    const { row, col } = parseCell(address);
    return this.cellAt(this.id(sheet), row, col);
  }

  cellAt(sheetId: number, row: number, col: number): CellInfo {
    const m = this.meta.get(sheetId)!;
    const k = key(row, col);
    const info: CellInfo = {
      value: fromHf(this.hf.getCellValue({ sheet: sheetId, row, col })),
      formula: m.formulas.get(k) ?? null,
    };
    const style = m.styles.get(k);
    if (style) info.style = style;
    const fmt = m.numberFormats.get(k);
    if (fmt) info.numberFormat = fmt;
    const mark = this.marks.get(sheetId)?.get(k);
    if (mark) info.mark = mark;
    const note = mark ? this.markNotes.get(sheetId)?.get(k) : undefined;
    if (note) info.markNote = note;
    return info;
  }

  sheetId(sheet: string): number {
    return this.id(sheet);
  }

  /** Rows × columns holding content. */
  usedSize(sheet: string): { rows: number; cols: number } {
    const d = this.hf.getSheetDimensions(this.id(sheet));
    return { rows: d.height, cols: d.width };
  }

  layoutOf(sheet: string): Readonly<Pick<SheetMeta, "columnWidths" | "merges" | "validations" | "freezeRows" | "tabColor" | "conditionalFormats" | "styles">> {
    return this.metaOf(sheet);
  }

  /** The choices of a list validation covering the cell (literal items, or the values of the source range). */
  listOptions(sheet: string, address: string): string[] | undefined {
    const { row, col } = parseCell(address);
    const v = this.metaOf(sheet).validations.find((x) => {
      try {
        const r = parseRange(x.range);
        return row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;
      } catch {
        return false;
      }
    });
    if (!v) return undefined;
    if (Array.isArray(v.source)) return [...v.source];
    const ref = v.source.replace(/^=/, "");
    const target = sheetOf(ref) ?? sheet;
    if (!this.findSheet(target)) return [];
    let r;
    try {
      r = parseRange(ref);
    } catch {
      return [];
    }
    const out: string[] = [];
    const id = this.id(target);
    for (let i = r.top; i <= Math.min(r.bottom, r.top + 500); i++) {
      for (let j = r.left; j <= r.right; j++) {
        const value = fromHf(this.hf.getCellValue({ sheet: id, row: i, col: j }));
        if (value !== null && value !== "" && !out.includes(String(value))) out.push(String(value));
      }
    }
    return out;
  }

  /** Values (computed) and formulas, A1-anchored, as the Office host would read them. */
  snapshot(sheets?: string[]): WorkbookSnapshot {
    const names = sheets ? sheets.map((s) => this.findSheet(s)).filter((s): s is string => s !== undefined) : this.sheetNames();
    const out: WorkbookSnapshot = { sheets: names.map((n) => this.sheetSnapshot(n)) };
    if (!sheets && this.activeSheet) out.activeSheet = this.activeSheet;
    return out;
  }

  private sheetSnapshot(name: string): SheetSnapshot {
    const id = this.id(name);
    const m = this.meta.get(id)!;
    const raw = this.hf.getSheetValues(id);
    // The used range as Excel reports it with valuesOnly: up to the last non-empty row and column.
    let height = 0;
    let width = 0;
    raw.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null && v !== undefined && v !== "") {
          height = Math.max(height, r + 1);
          width = Math.max(width, c + 1);
        }
      }),
    );
    for (const k of m.formulas.keys()) {
      const [r, c] = k.split(",").map(Number);
      height = Math.max(height, r + 1);
      width = Math.max(width, c + 1);
    }
    const values: CellScalar[][] = [];
    const formulas: (string | null)[][] = [];
    for (let r = 0; r < height; r++) {
      const vr: CellScalar[] = [];
      const fr: (string | null)[] = [];
      for (let c = 0; c < width; c++) {
        const v = fromHf(raw[r]?.[c]);
        vr.push(v === "" && !m.formulas.has(key(r, c)) ? null : v);
        fr.push(m.formulas.get(key(r, c)) ?? null);
      }
      values.push(vr);
      formulas.push(fr);
    }
    return { name, values, formulas };
  }

  /**
   * Insert template sheets (after the existing ones), removing `remove` first. `renames` maps template sheet
   * names to the names actually used (suffix mode); it is applied to formulas, validation sources and
   * conditional formats. The engine is rebuilt in one go from the kept sheets' contents plus the new ones.
   */
  insertSheets(
    entries: { name: string; spec: SheetSpec }[],
    opts: {
      renames?: ReadonlyMap<string, string>;
      remove?: string[];
      /** Existing sheets renamed on the way (stored name → new name); formulas referring to them follow, as in Excel. */
      rename?: ReadonlyMap<string, string>;
      /** The tab order wanted, from the order the sheets would otherwise have (kept ones, then the new ones). */
      order?: (names: string[]) => string[];
    } = {},
  ): void {
    const renames = opts.renames ?? new Map<string, string>();
    const rename = opts.rename ?? new Map<string, string>();
    const removed = new Set((opts.remove ?? []).map((n) => n.toLowerCase()));
    const kept = this.sheetNames().filter((n) => !removed.has(n.toLowerCase()));
    const newName = (n: string) => rename.get(n) ?? n;
    for (const e of entries) {
      if (e.name.length === 0 || e.name.length > 31 || /[\\/?*[\]:]/.test(e.name)) throw new Error(`Bad sheet name "${e.name}"`);
      if (kept.some((n) => newName(n).toLowerCase() === e.name.toLowerCase())) throw new Error(`A sheet named "${e.name}" already exists`);
    }
    // names follow renamed sheets and go with removed ones (a replaced template's stamp makes way for the new one's)
    this.names = this.names
      .filter((n) => !removed.has(sheetOf(n.refersTo)?.toLowerCase() ?? ""))
      .map((n) => ({ ...n, refersTo: renameSheetRefs(n.refersTo, rename) }));
    let allNames = [...kept.map(newName), ...entries.map((e) => e.name)];
    if (opts.order) allNames = opts.order(allNames);
    const sheets: Record<string, RawCellContent[][]> = {};
    const metaByName = new Map<string, SheetMeta>();
    const marksByName = new Map<string, Map<string, Severity>>();
    for (const name of kept) {
      const id = this.id(name);
      const m = this.meta.get(id)!;
      const snap = this.sheetSnapshot(name);
      if (rename.size) for (const [k, f] of m.formulas) m.formulas.set(k, renameSheetRefs(f, rename));
      sheets[newName(name)] = snap.values.map((row, r) =>
        row.map((v, c) => {
          const f = snap.formulas[r][c];
          return this.hfContent(f ? { formula: rename.size ? renameSheetRefs(f, rename) : f } : { value: v }, allNames);
        }),
      );
      metaByName.set(newName(name), m);
      const mk = this.marks.get(id);
      if (mk) marksByName.set(newName(name), mk);
      if (rename.has(name) && this.activeSheet === name) this.activeSheet = newName(name);
    }
    for (const { name, spec } of entries) {
      const m = emptyMeta();
      const placed = spec.cells.map((c) => ({ c, pos: parseCell(c.address) }));
      const rows = placed.reduce((n, p) => Math.max(n, p.pos.row + 1), 0);
      const cols = placed.reduce((n, p) => Math.max(n, p.pos.col + 1), 0);
      const grid: RawCellContent[][] = Array.from({ length: rows }, () => new Array<RawCellContent>(cols).fill(null));
      for (const { c, pos } of placed) {
        const content: CellContent = c.formula ? { formula: renameSheetRefs(c.formula, renames) } : { value: c.value ?? null };
        const k = key(pos.row, pos.col);
        if (content.formula) m.formulas.set(k, content.formula);
        grid[pos.row][pos.col] = this.hfContent(content, allNames);
        if (c.style) m.styles.set(k, c.style);
        if (c.numberFormat) m.numberFormats.set(k, c.numberFormat);
      }
      m.columnWidths = { ...(spec.columnWidths ?? {}) };
      m.merges = [...(spec.merges ?? [])];
      m.validations = (spec.validations ?? []).map((v) => ({
        range: v.range,
        source: Array.isArray(v.source) ? [...v.source] : renameSheetRefs(v.source, renames),
        ...(v.allowOther ? { allowOther: true } : {}),
      }));
      m.conditionalFormats = (spec.conditionalFormats ?? []).map((cf) => ({ ...cf, formula: renameSheetRefs(cf.formula, renames) }));
      m.freezeRows = spec.freezeRows;
      m.tabColor = spec.tabColor;
      m.print = {
        key: spec.key,
        ...(spec.landscape ? { landscape: true } : {}),
        ...(spec.printTitleRows ? { printTitleRows: spec.printTitleRows } : {}),
        ...(spec.printArea ? { printArea: spec.printArea } : {}),
        ...(spec.margins ? { margins: { ...spec.margins } } : {}),
        ...(spec.rowHeights ? { rowHeights: { ...spec.rowHeights } } : {}),
        ...(spec.rowBreaks ? { rowBreaks: [...spec.rowBreaks] } : {}),
      };
      sheets[name] = grid;
      metaByName.set(name, m);
    }
    // the engine's sheets in tab order
    const ordered: Record<string, RawCellContent[][]> = {};
    for (const name of allNames) ordered[name] = sheets[name];
    const hf = buildEngine(ordered, PREVIEW_CONFIG);
    this.hf.destroy();
    this.hf = hf;
    this.meta.clear();
    this.marks.clear();
    this.markNotes.clear(); // sheet ids change: the notes come back with the next marks
    for (const name of allNames) {
      const id = this.id(name);
      this.meta.set(id, metaByName.get(name)!);
      const mk = marksByName.get(name);
      if (mk) this.marks.set(id, mk);
    }
    if (!this.activeSheet || !this.findSheet(this.activeSheet)) this.activeSheet = allNames[0];
    if (this.selection && !this.findSheet(this.selection.sheet)) this.selection = undefined;
    this.emit({ kind: "sheets", source: "api" });
  }

  setActiveSheet(sheet: string, source: ChangeSource = "user"): void {
    const stored = this.findSheet(sheet);
    if (!stored) throw new Error(`No sheet named "${sheet}"`);
    this.activeSheet = stored;
    this.emit({ kind: "view", source, sheet: stored });
  }

  select(sheet: string, cell: string, source: ChangeSource = "user", reveal = false): void {
    const stored = this.findSheet(sheet);
    if (!stored) throw new Error(`No sheet named "${sheet}"`);
    const { row, col } = parseCell(cell.split(":")[0]);
    this.activeSheet = stored;
    this.selection = { sheet: stored, cell: cellAddress(row, col) };
    this.emit({ kind: "view", source, sheet: stored, reveal });
  }

  /** True when any cell carries a finding mark. */
  hasMarks(): boolean {
    for (const cells of this.marks.values()) if (cells.size > 0) return true;
    return false;
  }

  setMarks(marks: MarkInput[]): void {
    const { severities, notes } = buildMarkMaps(marks, (name) => this.hf.getSheetId(name));
    this.marks = severities;
    this.markNotes = notes;
    this.emit({ kind: "view", source: "api" });
  }

  /** The marked cells (for tests and the grid's legend), as rectangles per sheet and severity. */
  markedRanges(): { sheet: string; severity: Severity; cells: string[] }[] {
    const out: { sheet: string; severity: Severity; cells: string[] }[] = [];
    for (const [id, cells] of this.marks) {
      const bySeverity = new Map<Severity, { row: number; col: number }[]>();
      for (const [k, sev] of cells) {
        const [row, col] = k.split(",").map(Number);
        const list = bySeverity.get(sev) ?? [];
        list.push({ row, col });
        bySeverity.set(sev, list);
      }
      for (const [severity, list] of bySeverity) {
        out.push({
          sheet: this.hf.getSheetName(id)!,
          severity,
          cells: groupRectangles(list).map((r) =>
            r.top === r.bottom && r.left === r.right ? cellAddress(r.top, r.left) : `${cellAddress(r.top, r.left)}:${cellAddress(r.bottom, r.right)}`,
          ),
        });
      }
    }
    return out;
  }

  /**
   * The workbook as it is now, as a spec the .xlsx writer takes (the preview's "download"): every sheet in
   * order with its cells (formulas as written, else the values), styles, number formats, widths, merges,
   * drop-downs, conditional formats, frozen rows, tab colour and print setup. Finding marks are view state
   * and stay out; hidden sheets (the add-in's own) are kept hidden, as Excel keeps them, and the defined names
   * (the template version stamp) go with them.
   */
  exportSpec(): WorkbookSpec {
    return {
      sheets: this.sheetNames().map((name): SheetSpec => {
        const m = this.metaOf(name);
        const snap = this.sheetSnapshot(name);
        const cells: CellSpec[] = [];
        snap.values.forEach((row, r) =>
          row.forEach((v, c) => {
            const k = key(r, c);
            const formula = snap.formulas[r][c];
            const style = m.styles.get(k);
            const numberFormat = m.numberFormats.get(k);
            if (!formula && (v === null || v === "") && !style) return;
            cells.push({
              address: cellAddress(r, c),
              ...(formula ? { formula } : { value: v }),
              ...(style ? { style } : {}),
              ...(numberFormat ? { numberFormat } : {}),
            });
          }),
        );
        // styled cells beyond the used range (an empty formatted row of a table)
        for (const [k, style] of m.styles) {
          const [r, c] = k.split(",").map(Number);
          if (r < snap.values.length && c < (snap.values[0]?.length ?? 0)) continue;
          const numberFormat = m.numberFormats.get(k);
          cells.push({ address: cellAddress(r, c), style, ...(numberFormat ? { numberFormat } : {}) });
        }
        return {
          key: m.print?.key ?? "sheet",
          name,
          cells,
          columnWidths: { ...m.columnWidths },
          merges: [...m.merges],
          validations: m.validations.map((v) => ({ ...v })),
          conditionalFormats: m.conditionalFormats.map((cf) => ({ ...cf })),
          ...(m.freezeRows ? { freezeRows: m.freezeRows } : {}),
          ...(m.tabColor ? { tabColor: m.tabColor } : {}),
          ...(m.print ? { ...m.print, key: m.print.key } : {}),
          ...(this.hidden.has(name.toLowerCase()) ? { hidden: true } : {}),
        };
      }),
      ...(this.names.length ? { names: this.definedNames() } : {}),
    };
  }

  destroy(): void {
    this.hf.destroy();
    this.listeners.clear();
  }
}
