/* eslint-disable @typescript-eslint/no-this-alias -- the fake returns plain objects whose setters queue commands on the proxy */
/**
 * A hand-made fake of the part of the Excel JavaScript API that OfficeWorkbookHost uses.
 *
 * Why not only office-addin-mock: its OfficeMockObject is a static tree of values. It cannot model
 * collections (`worksheets.load("items/name")` throws on the "items" navigation), objects created by
 * method calls (`worksheets.add`, `getRange`), the deferred execution of queued commands at `sync()`, or
 * events. This fake keeps the same discipline as the real API and as office-addin-mock: reading a property
 * before it was loaded *and* synced throws; writes are queued and applied, in order, at `context.sync()`;
 * a failing command fails the whole sync. It counts syncs per `Excel.run` and records what was written.
 * office-addin-mock is still used for the `Office` global (requirement sets), see office.test.ts.
 *
 * What it enforces because real Excel does (each test of the adapter fails without the matching fix):
 * - Excel on the web's 5 MB limit per request and per response, in UTF-8 bytes of the JSON that carries the
 *   queued commands and the loaded values (RequestPayloadSizeLimitExceeded / ResponsePayloadSizeLimitExceeded);
 *   every sync's sizes are logged in `payloads`.
 * - Cell-edit mode (`book.cellEditMode`): a batch fails with InvalidOperationInCellEditMode unless it was run
 *   with `delayForCellEdit` (ExcelApi 1.11), which waits until the user leaves the cell.
 * - Excel's undo stack (`undoStack`, `undo()`): each sync that changes cells is one step, or the whole
 *   Excel.run with `mergeUndoGroup` (ExcelApi 1.20); `Worksheet.delete` cannot be undone and clears the stack.
 * - *OrNullObject: a missing sheet is a null object, and ranges taken from it are null objects too.
 */
import { cellAddress, parseCell, parseRange, quoteSheet, referencedSheets, columnIndex, type RangePos } from "./fakeA1";

type CellInput = string | number | boolean;

export interface FakeCell {
  value: CellInput;
  formula: string | null;
}

export interface FakeCF {
  id: string;
  type: string;
  range: string;
  formula?: string;
  fill?: string;
  fontColor?: string;
  priority?: number;
}

type Handler = (event: Record<string, unknown>) => unknown;

export interface FakeSheet {
  id: string;
  name: string;
  cells: Map<string, FakeCell>;
  fills: Map<string, string>;
  fontColors: Map<string, string>;
  bold: Set<string>;
  locked: Map<string, boolean>;
  numberFormats: Map<string, string>;
  font?: { name?: string; size?: number };
  columnWidths: Record<string, number>;
  merges: string[];
  borders: { range: string; edge: string; style: string }[];
  validations: { range: string; rule: unknown; errorAlert?: unknown }[];
  cfs: FakeCF[];
  frozenRows?: number;
  orientation?: string;
  printTitleRows?: string;
  printArea?: string;
  page?: { paperSize?: string; zoom?: unknown; footer?: string; margins?: number[] };
  rowHeights?: Record<number, number>;
  /** Manual page breaks (Worksheet.horizontalPageBreaks): the cells a page starts at. */
  pageBreaks?: string[];
  tabColor?: string;
  /** Sheet protection: format changes (conditional formats included) are refused. */
  protected?: boolean;
  /** Worksheet.visibility ("Visible", "Hidden", "VeryHidden"). */
  visibility?: string;
  charts: { type: string; values: string; categories?: string; title?: string; anchor?: string }[];
  handlers: Handler[];
}

export class PropertyNotLoadedError extends Error {}

/** An Office.js-style error: `code` as Excel names it. */
export class FakeOfficeError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(`${code}: ${message}`);
  }
}

/** Excel on the web: 5 MB per request and per response. */
export const PAYLOAD_LIMIT = 5 * 1024 * 1024;

export function utf8(s: string): number {
  return Buffer.byteLength(s, "utf8");
}

const key = (r: number, c: number) => `${r},${c}`;

function compareVersion(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** What Excel does with a value typed/written into a cell. */
function coerce(input: unknown): FakeCell {
  if (typeof input === "number" || typeof input === "boolean") return { value: input, formula: null };
  const s = String(input ?? "");
  if (s.startsWith("'")) return { value: s.slice(1), formula: null };
  if (s.startsWith("=")) return { value: "", formula: s };
  if (/^\s*[-+]?(\d[\d,]*)?\.?\d+\s*$/.test(s)) return { value: Number(s.replace(/,/g, "")), formula: null };
  if (/^(true|false)$/i.test(s.trim())) return { value: s.trim().toLowerCase() === "true", formula: null };
  return { value: s, formula: null };
}

export class FakeWorkbook {
  sheets: FakeSheet[] = [];
  apiVersion: string;
  syncCount = 0;
  runs: { syncs: number; options?: { delayForCellEdit?: boolean; mergeUndoGroup?: boolean } }[] = [];
  /** Commands executed at sync, in total. */
  commands = 0;
  /** Assignments of values/formulas/numberFormat arrays. */
  arrayWrites = 0;
  suspendCalls = 0;
  /** RangeAreas objects used (getRanges). */
  areaRanges = 0;
  /** Size of all requests in UTF-8 bytes: array contents and addresses, ~40 bytes per command. */
  requestBytes = 0;
  /** UTF-8 bytes of each sync's request and response. */
  payloads: { request: number; response: number }[] = [];
  /** The user is typing in a cell. */
  cellEditMode = false;
  private cellEditWaiters: (() => void)[] = [];
  /** Excel's undo stack: each entry restores the cells it lists. */
  undoStack: { cells: { sheet: FakeSheet; key: string; before: FakeCell | undefined }[] }[] = [];
  /** Times an action cleared the undo stack (Worksheet.delete …). */
  undoCleared = 0;
  activeSheet?: string;
  selection?: { sheet: string; address: string };
  collectionHandlers: Handler[] = [];
  addedHandlers: Handler[] = [];
  /** Formulas written that referenced a sheet that did not exist at the time (Excel would break them). */
  brokenRefs: string[] = [];
  /** Workbook-scoped defined names → "Sheet!A1" (the sheet's name when it is read, so renames follow). */
  names = new Map<string, { sheet: FakeSheet; address: string }>();
  private nextId = 1;

  constructor(opts: { apiVersion?: string; sheets?: Record<string, Record<string, CellInput | { formula: string; value?: CellInput }>> } = {}) {
    this.apiVersion = opts.apiVersion ?? "1.8";
    for (const [name, cells] of Object.entries(opts.sheets ?? { Sheet1: {} })) {
      const sheet = this.createSheet(name);
      for (const [addr, v] of Object.entries(cells)) {
        const { row, col } = parseCell(addr);
        sheet.cells.set(key(row, col), typeof v === "object" ? { value: v.value ?? "", formula: v.formula } : coerce(v));
      }
    }
    this.activeSheet = this.sheets[0]?.name;
  }

  /** The user leaves the cell: batches waiting with delayForCellEdit go on. */
  leaveCellEdit(): void {
    this.cellEditMode = false;
    this.cellEditWaiters.splice(0).forEach((f) => f());
  }

  waitForCellEdit(): Promise<void> {
    return new Promise((resolve) => this.cellEditWaiters.push(resolve));
  }

  /** Ctrl+Z in Excel: undo the last step. */
  undo(): boolean {
    const step = this.undoStack.pop();
    if (!step) return false;
    for (const { sheet, key: k, before } of [...step.cells].reverse()) {
      if (before) sheet.cells.set(k, before);
      else sheet.cells.delete(k);
    }
    return true;
  }

  supports(version: string): boolean {
    return compareVersion(this.apiVersion, version) >= 0;
  }

  isSetSupported = (set: string, version: string): boolean => set === "ExcelApi" && this.supports(version);

  createSheet(name: string): FakeSheet {
    if (name.length > 31 || /[\\/?*[\]:]/.test(name)) throw new Error(`InvalidArgument: bad sheet name ${name}`);
    if (this.findSheet(name)) throw new Error(`ItemAlreadyExists: ${name}`);
    const sheet: FakeSheet = {
      id: `{sheet-${this.nextId++}}`,
      name,
      cells: new Map(),
      fills: new Map(),
      fontColors: new Map(),
      bold: new Set(),
      locked: new Map(),
      numberFormats: new Map(),
      columnWidths: {},
      merges: [],
      borders: [],
      validations: [],
      cfs: [],
      charts: [],
      handlers: [],
    };
    this.sheets.push(sheet);
    return sheet;
  }

  findSheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  sheet(name: string): FakeSheet {
    const s = this.findSheet(name);
    if (!s) throw new Error(`ItemNotFound: ${name}`);
    return s;
  }

  newId(prefix: string): string {
    return `{${prefix}-${this.nextId++}}`;
  }

  cell(sheet: string, address: string): FakeCell | undefined {
    const { row, col } = parseCell(address);
    return this.sheet(sheet).cells.get(key(row, col));
  }

  /** A user typing into a cell: state changes, change handlers fire without triggerSource "ThisLocalAddin". */
  userEdit(sheet: string, address: string, input: CellInput): void {
    const s = this.sheet(sheet);
    const { row, col } = parseCell(address);
    s.cells.set(key(row, col), coerce(input));
    this.fireChanged(s, address, false);
  }

  /** A user giving a cell another number format (Format Cells): no value changes. */
  userFormat(sheet: string, address: string, numberFormat: string): void {
    const { row, col } = parseCell(address);
    this.sheet(sheet).numberFormats.set(key(row, col), numberFormat);
  }

  pendingEvents: (() => void)[] = [];

  fireChanged(sheet: FakeSheet, address: string, ours: boolean): void {
    const event: Record<string, unknown> = { worksheetId: sheet.id, address, changeType: "RangeEdited", source: "Local", type: "WorksheetChanged" };
    if (this.supports("1.14")) event.triggerSource = ours ? "ThisLocalAddin" : "Unknown";
    const handlers = [...sheet.handlers, ...this.collectionHandlers];
    this.pendingEvents.push(() => handlers.forEach((h) => void h(event)));
    setImmediate(() => this.deliverEvents());
  }

  deliverEvents(): void {
    const list = this.pendingEvents.splice(0);
    list.forEach((f) => f());
  }

  /** The `Excel` namespace stand-in. */
  excel = {
    run: async (a: unknown, b?: unknown): Promise<unknown> => {
      let batch: (ctx: FakeContext) => Promise<unknown>;
      let ctx: FakeContext;
      const record: { syncs: number; options?: { delayForCellEdit?: boolean; mergeUndoGroup?: boolean } } = { syncs: 0 };
      if (typeof a === "function") {
        batch = a as typeof batch;
        ctx = new FakeContext(this, record);
      } else if (a instanceof FakeContext) {
        batch = b as typeof batch;
        ctx = a;
        ctx.record = record;
      } else {
        batch = b as typeof batch;
        record.options = a as typeof record.options;
        const opts = a as { mergeUndoGroup?: boolean; delayForCellEdit?: boolean };
        if (opts.mergeUndoGroup !== undefined && !this.supports("1.20")) throw new FakeOfficeError("InvalidArgument", "mergeUndoGroup needs ExcelApi 1.20");
        if (opts.delayForCellEdit !== undefined && !this.supports("1.11")) throw new FakeOfficeError("InvalidArgument", "delayForCellEdit needs ExcelApi 1.11");
        ctx = new FakeContext(this, record);
      }
      this.runs.push(record);
      const result = await batch(ctx);
      ctx.closeUndoGroup();
      return result;
    },
  };

  /** Cell values of a sheet as a dense 2-D array (A1-anchored), for assertions. */
  grid(name: string): (CellInput | null)[][] {
    const s = this.sheet(name);
    let rows = 0,
      cols = 0;
    for (const k of s.cells.keys()) {
      const [r, c] = k.split(",").map(Number);
      rows = Math.max(rows, r + 1);
      cols = Math.max(cols, c + 1);
    }
    return Array.from({ length: rows }, (_, r) =>
      Array.from({ length: cols }, (_, c) => {
        const cell = s.cells.get(key(r, c));
        return cell ? (cell.formula ?? cell.value) : null;
      }),
    );
  }
}

export class FakeContext {
  pending: (() => void)[] = [];
  pendingBytes = 0;
  /** UTF-8 bytes of the values loaded by the sync under way. */
  responseBytes = 0;
  /** Cells changed by the sync (or, with mergeUndoGroup, the run) under way: one undo step. */
  private undoCells: { sheet: FakeSheet; key: string; before: FakeCell | undefined }[] = [];
  workbook: FakeWorkbookProxy;
  application: { suspendApiCalculationUntilNextSync: () => void };

  constructor(
    readonly book: FakeWorkbook,
    public record: { syncs: number; options?: { delayForCellEdit?: boolean; mergeUndoGroup?: boolean } },
  ) {
    this.workbook = new FakeWorkbookProxy(this);
    this.application = {
      suspendApiCalculationUntilNextSync: () => {
        if (!book.supports("1.6")) throw new Error("suspendApiCalculationUntilNextSync needs ExcelApi 1.6");
        this.queue(() => book.suspendCalls++);
      },
    };
  }

  queue(op: () => void, bytes = 40): void {
    this.book.requestBytes += bytes;
    this.pendingBytes += bytes;
    this.pending.push(op);
  }

  /** A cell is about to change: remember what it held for Excel's undo. */
  touched(sheet: FakeSheet, k: string): void {
    this.undoCells.push({ sheet, key: k, before: sheet.cells.get(k) });
  }

  closeUndoGroup(): void {
    if (this.undoCells.length > 0) this.book.undoStack.push({ cells: this.undoCells.splice(0) });
  }

  async sync(): Promise<void> {
    this.book.syncCount++;
    this.record.syncs++;
    const ops = this.pending.splice(0);
    const request = this.pendingBytes;
    this.pendingBytes = 0;
    this.responseBytes = 0;
    await Promise.resolve();
    if (this.book.cellEditMode) {
      if (!this.record.options?.delayForCellEdit) throw new FakeOfficeError("InvalidOperationInCellEditMode", "Excel is in cell-editing mode");
      await this.book.waitForCellEdit();
    }
    this.book.payloads.push({ request, response: 0 });
    if (request > PAYLOAD_LIMIT) throw new FakeOfficeError("RequestPayloadSizeLimitExceeded", `request of ${request} bytes`);
    for (const op of ops) {
      this.book.commands++;
      op();
    }
    this.book.payloads[this.book.payloads.length - 1].response = this.responseBytes;
    if (!this.record.options?.mergeUndoGroup) this.closeUndoGroup();
    if (this.responseBytes > PAYLOAD_LIMIT) throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `response of ${this.responseBytes} bytes`);
  }
}

class FakeWorkbookProxy {
  worksheets: FakeWorksheetCollection;
  names: FakeNamedItemCollection;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.names = new FakeNamedItemCollection(ctx);
  }
}

/** `workbook.names` (ExcelApi 1.4): load items/name, add(name, range), getItemOrNullObject(name).load("formula"). */
class FakeNamedItemCollection {
  private loadedItems?: { name: string }[];
  constructor(private readonly ctx: FakeContext) {}

  load(props: string): this {
    if (props !== "items/name" && props !== "items/name,items/formula") throw new Error(`fake: unexpected names load ${props}`);
    this.ctx.queue(() => {
      this.loadedItems = [...this.ctx.book.names].map(([name, ref]) => ({ name, formula: `='${ref.sheet.name.replace(/'/g, "''")}'!${ref.address}` }));
    });
    return this;
  }

  get items(): { name: string; formula?: string }[] {
    return this.loadedItems ?? notLoaded("names.items");
  }

  add(name: string, reference: FakeRange): void {
    this.ctx.queue(() => {
      const book = this.ctx.book;
      if ([...book.names.keys()].some((n) => n.toLowerCase() === name.toLowerCase())) throw new Error(`ItemAlreadyExists: name ${name}`);
      book.names.set(name, { sheet: reference.sheetState(), address: reference.absoluteTarget() });
    });
  }
}

function notLoaded(what: string): never {
  throw new PropertyNotLoadedError(`PropertyNotLoaded: ${what} was read before load() + sync()`);
}

class FakeWorksheetCollection {
  private loadedItems?: FakeWorksheet[];
  constructor(private readonly ctx: FakeContext) {}

  load(props: string): this {
    const list = props.split(",").map((p) => p.trim());
    for (const p of list) if (p !== "items/name" && p !== "items/position" && p !== "items/protection/protected") throw new Error(`fake: unexpected load ${p}`);
    this.ctx.queue(() => {
      this.loadedItems = this.ctx.book.sheets.map((s, i) => {
        const ws = new FakeWorksheet(this.ctx, () => s);
        ws.loadedName = s.name;
        if (list.includes("items/position")) ws.loadedPosition = i;
        if (list.includes("items/protection/protected")) ws.loadedProtected = Boolean(s.protected);
        return ws;
      });
    });
    return this;
  }

  get items(): FakeWorksheet[] {
    return this.loadedItems ?? notLoaded("worksheets.items");
  }

  add(name: string): FakeWorksheet {
    let created: FakeSheet | undefined;
    this.ctx.queue(() => {
      created = this.ctx.book.createSheet(name);
      const event = { worksheetId: created.id, type: "WorksheetAdded", source: "Local" };
      this.ctx.book.addedHandlers.forEach((h) => setImmediate(() => void h(event)));
    });
    return new FakeWorksheet(this.ctx, () => created ?? notLoaded(`sheet ${name} (not created yet)`));
  }

  getItem(nameOrId: string): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.book.findSheet(nameOrId) ?? this.ctx.book.sheets.find((x) => x.id === nameOrId);
      if (!s) throw new FakeOfficeError("ItemNotFound", nameOrId);
      return s;
    });
  }

  /** The sheet the user is on. */
  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.ctx, () => {
      const s = this.ctx.book.findSheet(this.ctx.book.activeSheet ?? "") ?? this.ctx.book.sheets[0];
      if (!s) throw new FakeOfficeError("ItemNotFound", "active sheet");
      return s;
    });
  }

  /** A missing sheet is a null object (and so is everything taken from it). */
  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(
      this.ctx,
      () => {
        const s = this.ctx.book.findSheet(name);
        if (!s) throw new FakeOfficeError("ItemNotFound", name);
        return s;
      },
      () => this.ctx.book.findSheet(name) ?? null,
    );
  }

  get onChanged() {
    if (!this.ctx.book.supports("1.9")) throw new Error("WorksheetCollection.onChanged needs ExcelApi 1.9");
    return eventSlot(this.ctx, () => this.ctx.book.collectionHandlers);
  }

  get onAdded() {
    return eventSlot(this.ctx, () => this.ctx.book.addedHandlers);
  }
}

function eventSlot(ctx: FakeContext, list: () => Handler[]) {
  return {
    add(handler: Handler) {
      ctx.queue(() => list().push(handler));
      return {
        context: ctx,
        remove() {
          ctx.queue(() => {
            const l = list();
            const i = l.indexOf(handler);
            if (i >= 0) l.splice(i, 1);
          });
        },
      };
    },
  };
}

export class FakeWorksheet {
  loadedName?: string;
  loadedPosition?: number;
  loadedProtected?: boolean;
  private loadedNull?: boolean;
  private resolved?: FakeSheet;
  constructor(
    private readonly ctx: FakeContext,
    private readonly resolver: () => FakeSheet,
    /** For *OrNullObject: the sheet, or null when it does not exist. */
    readonly probe?: () => FakeSheet | null,
  ) {}

  load(props: string): this {
    if (props.trim() === "name") {
      this.ctx.queue(() => (this.loadedName = this.state().name));
      return this;
    }
    if (props.trim() !== "isNullObject") throw new Error(`fake: unexpected load ${props}`);
    this.ctx.queue(() => (this.loadedNull = this.probe ? this.probe() === null : false));
    return this;
  }

  get isNullObject(): boolean {
    return this.loadedNull ?? notLoaded("worksheet.isNullObject");
  }

  /** The sheet behind this proxy (resolved once, at the first command that needs it, like Excel's object paths). */
  state(): FakeSheet {
    if (!this.resolved) this.resolved = this.resolver();
    return this.resolved;
  }

  get name(): string {
    return this.loadedName ?? notLoaded("worksheet.name");
  }

  set name(v: string) {
    this.ctx.queue(() => {
      const s = this.state();
      const other = this.ctx.book.findSheet(v);
      if (other && other !== s) throw new Error(`ItemAlreadyExists: ${v}`);
      s.name = v;
    });
  }

  get protection() {
    const loaded = this.loadedProtected;
    return {
      get protected(): boolean {
        return loaded ?? notLoaded("worksheet.protection.protected");
      },
    };
  }

  set tabColor(v: string) {
    this.ctx.queue(() => (this.state().tabColor = v));
  }

  /** Zero-based place in the tab order; setting it moves the sheet there (the others shift). */
  get position(): number {
    return this.loadedPosition ?? notLoaded("worksheet.position");
  }

  set position(v: number) {
    this.ctx.queue(() => {
      const sheets = this.ctx.book.sheets;
      const s = this.state();
      if (!Number.isInteger(v) || v < 0 || v >= sheets.length) throw new FakeOfficeError("InvalidArgument", `position ${v}`);
      sheets.splice(sheets.indexOf(s), 1);
      sheets.splice(v, 0, s);
    });
  }

  set visibility(v: string) {
    if (!["Visible", "Hidden", "VeryHidden"].includes(v)) throw new Error(`fake: bad visibility ${v}`);
    this.ctx.queue(() => (this.state().visibility = v));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.ctx, () => this.state(), address ?? null, false);
  }

  /** RangeAreas (ExcelApi 1.9): several rectangles, formatted with one command. */
  getRanges(address: string): FakeRange {
    if (!this.ctx.book.supports("1.9")) throw new Error("getRanges needs ExcelApi 1.9");
    this.ctx.book.areaRanges++;
    return new FakeRange(this.ctx, () => this.state(), address, false);
  }

  getUsedRangeOrNullObject(_valuesOnly?: boolean): FakeRange {
    return new FakeRange(this.ctx, () => this.state(), null, true, this.probe);
  }

  activate(): void {
    this.ctx.queue(() => (this.ctx.book.activeSheet = this.state().name));
  }

  /** Not undoable in Excel: it clears the user's undo stack. */
  delete(): void {
    this.ctx.queue(() => {
      const book = this.ctx.book;
      if (book.sheets.length <= 1) throw new FakeOfficeError("InvalidOperation", "a workbook must keep one sheet");
      book.sheets.splice(book.sheets.indexOf(this.state()), 1);
      book.undoStack.length = 0;
      book.undoCleared++;
    });
  }

  get freezePanes() {
    return { freezeRows: (n: number) => this.ctx.queue(() => (this.state().frozenRows = n)) };
  }

  get horizontalPageBreaks() {
    if (!this.ctx.book.supports("1.9")) throw new Error("horizontalPageBreaks needs ExcelApi 1.9");
    return { add: (at: string) => this.ctx.queue(() => (this.state().pageBreaks ??= []).push(at)) };
  }

  get pageLayout() {
    if (!this.ctx.book.supports("1.9")) throw new Error("pageLayout needs ExcelApi 1.9");
    const ctx = this.ctx;
    const state = () => this.state();
    return {
      set orientation(v: string) {
        ctx.queue(() => (state().orientation = v));
      },
      setPrintTitleRows(rows: string) {
        ctx.queue(() => (state().printTitleRows = rows));
      },
      setPrintArea(area: string) {
        ctx.queue(() => (state().printArea = area));
      },
      set paperSize(v: string) {
        ctx.queue(() => ((state().page ??= {}).paperSize = v));
      },
      set zoom(v: unknown) {
        ctx.queue(() => ((state().page ??= {}).zoom = v));
      },
      set leftMargin(v: number) {
        ctx.queue(() => ((state().page ??= {}).margins ??= []).push(v));
      },
      set rightMargin(v: number) {
        ctx.queue(() => ((state().page ??= {}).margins ??= []).push(v));
      },
      set topMargin(v: number) {
        ctx.queue(() => ((state().page ??= {}).margins ??= []).push(v));
      },
      set bottomMargin(v: number) {
        ctx.queue(() => ((state().page ??= {}).margins ??= []).push(v));
      },
      headersFooters: {
        defaultForAllPages: {
          set centerFooter(v: string) {
            ctx.queue(() => ((state().page ??= {}).footer = v));
          },
        },
      },
    };
  }

  get charts() {
    return {
      add: (type: string, source: FakeRange, _seriesBy: string) => {
        const chart: FakeSheet["charts"][number] = { type, values: "" };
        this.ctx.queue(() => {
          chart.values = source.describe();
          this.state().charts.push(chart);
        });
        const ctx = this.ctx;
        return {
          title: {
            set text(t: string) {
              ctx.queue(() => (chart.title = t));
            },
          },
          legend: { visible: true },
          series: {
            getItemAt: (_i: number) => ({
              setXAxisValues: (r: FakeRange) => ctx.queue(() => (chart.categories = r.describe())),
            }),
          },
          setPosition: (anchor: string) => ctx.queue(() => (chart.anchor = anchor)),
        };
      },
    };
  }

  get onChanged() {
    return eventSlot(this.ctx, () => this.state().handlers);
  }
}

class FakeConditionalFormat {
  ref?: FakeCF;
  private loaded = new Set<string>();
  private ruleFormulaLoaded = false;
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
    ref?: FakeCF,
  ) {
    this.ref = ref;
  }

  markLoaded(props: string[]): void {
    props.forEach((p) => this.loaded.add(p));
  }

  get id(): string {
    return this.loaded.has("id") ? this.ref!.id : notLoaded("conditionalFormat.id");
  }

  get type(): string {
    return this.loaded.has("type") ? this.ref!.type : notLoaded("conditionalFormat.type");
  }

  /** The cells the rule applies to (getRanges: ExcelApi 1.9, several areas). */
  getRange(): { load(p: string): void; readonly address: string } {
    return this.where(false);
  }

  getRanges(): { load(p: string): void; readonly address: string } {
    if (!this.ctx.book.supports("1.9")) throw new Error("ConditionalFormat.getRanges needs ExcelApi 1.9");
    return this.where(true);
  }

  private where(areas: boolean) {
    const ctx = this.ctx;
    const self = this;
    let address: string | undefined;
    return {
      load(_p: string) {
        ctx.queue(() => {
          const r = self.ref!.range;
          if (!areas && r.includes(",")) throw new FakeOfficeError("InvalidOperation", "the rule applies to several areas");
          address = r
            .split(",")
            .map((a) => `${quoteSheet(self.sheet().name)}!${a}`)
            .join(",");
          ctx.responseBytes += utf8(address);
        });
      },
      get address(): string {
        return address ?? notLoaded("conditionalFormat range address");
      },
    };
  }

  set priority(v: number) {
    this.ctx.queue(() => (this.ref!.priority = v));
  }

  delete(): void {
    this.ctx.queue(() => {
      if (this.sheet().protected) throw new Error("AccessDenied: the sheet is protected");
      const list = this.sheet().cfs;
      const i = list.indexOf(this.ref!);
      if (i < 0) throw new Error("ItemNotFound: conditional format");
      list.splice(i, 1);
    });
  }

  get custom() {
    const ctx = this.ctx;
    const self = this;
    const cf = () => {
      if (self.ref!.type !== "Custom") throw new Error("InvalidOperation: not a custom conditional format");
      return self.ref!;
    };
    return {
      rule: {
        set formula(f: string) {
          ctx.queue(() => (cf().formula = f));
        },
        get formula(): string {
          return self.ruleFormulaLoaded ? (cf().formula ?? "") : notLoaded("conditionalFormat.custom.rule.formula");
        },
        load(_p: string) {
          ctx.queue(() => {
            cf();
            self.ruleFormulaLoaded = true;
          });
        },
      },
      format: {
        fill: {
          set color(c: string) {
            ctx.queue(() => (cf().fill = c));
          },
        },
        font: {
          set color(c: string) {
            ctx.queue(() => (cf().fontColor = c));
          },
        },
      },
    };
  }
}

function intersects(a: RangePos, b: RangePos): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

const WHOLE: RangePos = { top: 0, left: 0, bottom: 1048575, right: 16383 };

export class FakeRange {
  private loaded = new Set<string>();
  private data: { address?: string; values?: CellInput[][]; formulas?: CellInput[][]; numberFormat?: string[][]; isNullObject?: boolean } = {};
  constructor(
    private readonly ctx: FakeContext,
    private readonly sheet: () => FakeSheet,
    private readonly target: string | null,
    private readonly used: boolean,
    /** Taken from a sheet that may be a null object. */
    private readonly probe?: () => FakeSheet | null,
    /** getIntersectionOrNullObject: the used range cut to this rectangle. */
    private readonly intersect?: string,
  ) {}

  getIntersectionOrNullObject(address: string): FakeRange {
    if (!this.used) throw new Error("fake: getIntersectionOrNullObject only modelled on used ranges");
    return new FakeRange(this.ctx, this.sheet, null, true, this.probe, address);
  }

  describe(): string {
    return `${this.sheet().name}!${this.target ?? "*"}`;
  }

  /** The sheet and the absolute address of a plain range (for defined names). */
  sheetState(): FakeSheet {
    return this.sheet();
  }
  absoluteTarget(): string {
    return (this.target ?? "A1").replace(/\$/g, "").replace(/([A-Z]+)(\d+)/gi, "$$$1$$$2");
  }

  /** Rectangle of this range (column ranges "B:B" span all rows). */
  rect(): RangePos {
    if (this.target === null) return WHOLE;
    const col = /^\$?([A-Z]{1,3}):\$?([A-Z]{1,3})$/i.exec(this.target);
    if (col) return { top: 0, bottom: WHOLE.bottom, left: columnIndex(col[1]), right: columnIndex(col[2]) };
    return parseRange(this.target);
  }

  private usedRect(): RangePos | null {
    let top = Infinity,
      left = Infinity,
      bottom = -1,
      right = -1;
    for (const [k, cell] of this.sheet().cells) {
      if (cell.value === "" && !cell.formula) continue;
      const [r, c] = k.split(",").map(Number);
      top = Math.min(top, r);
      left = Math.min(left, c);
      bottom = Math.max(bottom, r);
      right = Math.max(right, c);
    }
    return bottom < 0 ? null : { top, left, bottom, right };
  }

  load(props: string): this {
    const list = props.split(",").map((p) => p.trim());
    this.ctx.queue(() => {
      if (this.probe && this.probe() === null) {
        this.data = { isNullObject: true };
        list.forEach((p) => this.loaded.add(p));
        this.loaded.add("isNullObject");
        return;
      }
      const s = this.sheet();
      let rect = this.used ? this.usedRect() : this.rect();
      if (rect && this.intersect) {
        const w = parseRange(this.intersect);
        const cut = { top: Math.max(rect.top, w.top), left: Math.max(rect.left, w.left), bottom: Math.min(rect.bottom, w.bottom), right: Math.min(rect.right, w.right) };
        rect = cut.top <= cut.bottom && cut.left <= cut.right ? cut : null;
      }
      if (!rect) {
        this.data = { isNullObject: true };
      } else if (!list.includes("values") && !list.includes("formulas") && !list.includes("numberFormat")) {
        const a = cellAddress(rect.top, rect.left);
        const b = cellAddress(rect.bottom, rect.right);
        this.data = { isNullObject: false, address: `${quoteSheet(s.name)}!${a === b ? a : `${a}:${b}`}` };
        this.ctx.responseBytes += utf8(this.data.address!) + 20;
      } else {
        // Excel refuses to return more than five million cells; the payload limit is checked at sync.
        if ((rect.bottom - rect.top + 1) * (rect.right - rect.left + 1) > 5_000_000) throw new FakeOfficeError("RangeExceedsLimit", "more than five million cells");
        const values: CellInput[][] = [];
        const formulas: CellInput[][] = [];
        // Excel reports "General" for a cell without a number format of its own
        const numberFormat: string[][] = [];
        for (let r = rect.top; r <= rect.bottom; r++) {
          const vr: CellInput[] = [];
          const fr: CellInput[] = [];
          const nr: string[] = [];
          for (let c = rect.left; c <= rect.right; c++) {
            const cell = s.cells.get(key(r, c));
            vr.push(cell ? cell.value : "");
            fr.push(cell ? (cell.formula ?? cell.value) : "");
            if (list.includes("numberFormat")) nr.push(s.numberFormats.get(key(r, c)) ?? "General");
          }
          values.push(vr);
          formulas.push(fr);
          numberFormat.push(nr);
        }
        const a = cellAddress(rect.top, rect.left);
        const b = cellAddress(rect.bottom, rect.right);
        this.data = { isNullObject: false, address: `${quoteSheet(s.name)}!${a === b ? a : `${a}:${b}`}`, values, formulas, numberFormat };
        this.ctx.responseBytes +=
          utf8(this.data.address!) +
          (list.includes("values") ? utf8(JSON.stringify(values)) : 0) +
          (list.includes("formulas") ? utf8(JSON.stringify(formulas)) : 0) +
          (list.includes("numberFormat") ? utf8(JSON.stringify(numberFormat)) : 0);
      }
      list.forEach((p) => this.loaded.add(p));
      this.loaded.add("isNullObject");
    });
    return this;
  }

  private get_<K extends keyof FakeRange["data"]>(p: K): NonNullable<FakeRange["data"][K]> {
    if (!this.loaded.has(p)) notLoaded(`range.${p}`);
    return this.data[p] as NonNullable<FakeRange["data"][K]>;
  }

  get isNullObject(): boolean {
    return this.get_("isNullObject");
  }
  get address(): string {
    return this.get_("address");
  }
  get values(): CellInput[][] {
    return this.get_("values");
  }
  get formulas(): CellInput[][] {
    return this.get_("formulas");
  }

  private writeArray(kind: "values" | "formulas" | "numberFormat", input: unknown[][] | string | number | boolean): void {
    const bytes = utf8(JSON.stringify(input)) + utf8(this.target ?? "") + 40;
    this.ctx.queue(() => {
      this.ctx.book.arrayWrites++;
      const rect = this.rect();
      const rows = rect.bottom - rect.top + 1;
      const cols = rect.right - rect.left + 1;
      // A single value (not an array) applies to every cell of the range, as in Excel.
      const grid = Array.isArray(input) ? input : Array.from({ length: rows }, () => new Array(cols).fill(input));
      if (grid.length !== rows || grid.some((r) => !Array.isArray(r) || r.length !== cols)) {
        throw new Error(`InvalidArgument: ${kind} array does not match ${this.describe()} (${rows}×${cols})`);
      }
      const s = this.sheet();
      for (let r = 0; r < rows; r++) {
        for (let c = 0; c < cols; c++) {
          const k = key(rect.top + r, rect.left + c);
          if (kind === "numberFormat") {
            s.numberFormats.set(k, String(grid[r][c]));
            continue;
          }
          const cell = coerce(grid[r][c]);
          if (cell.formula) this.checkRefs(cell.formula);
          this.ctx.touched(s, k);
          if (cell.value === "" && !cell.formula) s.cells.delete(k);
          else s.cells.set(k, cell);
        }
      }
      if (kind !== "numberFormat") this.ctx.book.fireChanged(s, this.address_(), true);
    }, bytes);
  }

  private address_(): string {
    return this.target ?? "A1:XFD1048576";
  }

  private checkRefs(formula: string): void {
    const book = this.ctx.book;
    for (const name of referencedSheets(formula)) if (!book.findSheet(name)) book.brokenRefs.push(`${formula} (${name})`);
  }

  set values(v: unknown[][]) {
    this.writeArray("values", v);
  }
  set formulas(v: unknown[][]) {
    this.writeArray("formulas", v);
  }
  get numberFormat(): string[][] {
    return this.get_("numberFormat");
  }
  set numberFormat(v: unknown[][] | string) {
    this.writeArray("numberFormat", v);
  }

  /** Range.copyFrom (ExcelApi 1.9), "Formats" only: the source's top-left cell's fill, font and number format. */
  copyFrom(source: FakeRange, type: string): void {
    if (!this.ctx.book.supports("1.9")) throw new Error("copyFrom needs ExcelApi 1.9");
    if (type !== "Formats") throw new Error(`fake: copyFrom ${type} is not modelled`);
    this.ctx.queue(() => {
      const from = source.sheet();
      const r = source.rect();
      const k = key(r.top, r.left);
      this.eachCell((s, to) => {
        const copy = <T,>(m: Map<string, T>, n: Map<string, T>) => (m.has(k) ? n.set(to, m.get(k)!) : n.delete(to));
        copy(from.fills, s.fills);
        copy(from.fontColors, s.fontColors);
        copy(from.numberFormats, s.numberFormats);
        copy(from.locked, s.locked);
        if (from.bold.has(k)) s.bold.add(to);
        else s.bold.delete(to);
      });
    });
  }

  private eachCell(f: (s: FakeSheet, k: string) => void): void {
    const rects = this.target !== null && this.target.includes(",") ? this.target.split(",").map((a) => parseRange(a)) : [this.rect()];
    const s = this.sheet();
    for (const rect of rects) {
      if (rect.bottom - rect.top > 100000) throw new Error("fake: per-cell formatting of whole columns is not modelled");
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) f(s, key(r, c));
    }
  }

  get format() {
    const ctx = this.ctx;
    const self = this;
    const q = (f: () => void) => ctx.queue(f);
    return {
      fill: {
        set color(c: string) {
          q(() => self.eachCell((s, k) => s.fills.set(k, c)));
        },
      },
      font: {
        set name(n: string) {
          q(() => {
            if (self.target !== null) throw new Error("fake: font name only modelled for the whole sheet");
            self.sheet().font = { ...self.sheet().font, name: n };
          });
        },
        set size(n: number) {
          q(() => {
            if (self.target === null) self.sheet().font = { ...self.sheet().font, size: n };
          });
        },
        set bold(b: boolean) {
          q(() => self.eachCell((s, k) => (b ? s.bold.add(k) : s.bold.delete(k))));
        },
        set italic(_b: boolean) {
          q(() => undefined);
        },
        set color(c: string) {
          q(() => self.eachCell((s, k) => s.fontColors.set(k, c)));
        },
      },
      set rowHeight(h: number) {
        q(() => {
          const m = /^(\d+):\1$/.exec(self.target ?? "");
          if (!m) throw new Error("fake: rowHeight only modelled on whole rows");
          (self.sheet().rowHeights ??= {})[Number(m[1])] = h;
        });
      },
      set columnWidth(w: number) {
        q(() => {
          const m = /^([A-Z]{1,3}):\1$/i.exec(self.target ?? "");
          if (!m) throw new Error("fake: columnWidth only modelled on whole columns");
          self.sheet().columnWidths[m[1].toUpperCase()] = w;
        });
      },
      set horizontalAlignment(_a: string) {
        q(() => undefined);
      },
      set wrapText(_w: boolean) {
        q(() => undefined);
      },
      borders: {
        getItem(edge: string) {
          return {
            set style(st: string) {
              q(() => self.sheet().borders.push({ range: self.address_(), edge, style: st }));
            },
            set color(_c: string) {
              q(() => undefined);
            },
          };
        },
      },
      protection: {
        set locked(l: boolean) {
          q(() => self.eachCell((s, k) => s.locked.set(k, l)));
        },
      },
    };
  }

  merge(_across?: boolean): void {
    this.ctx.queue(() => this.sheet().merges.push(this.address_()));
  }

  get dataValidation() {
    const ctx = this.ctx;
    const self = this;
    return {
      set rule(rule: unknown) {
        ctx.queue(() => self.sheet().validations.push({ range: self.address_(), rule }));
      },
      set errorAlert(alert: unknown) {
        ctx.queue(() => {
          const v = [...self.sheet().validations].reverse().find((x) => x.range === self.address_());
          if (!v) throw new FakeOfficeError("InvalidOperation", "errorAlert without a rule");
          v.errorAlert = alert;
        });
      },
    };
  }

  get conditionalFormats() {
    const ctx = this.ctx;
    const self = this;
    let loadedItems: FakeConditionalFormat[] | undefined;
    return {
      add(type: string) {
        const proxy = new FakeConditionalFormat(ctx, () => self.sheet());
        ctx.queue(() => {
          if (self.sheet().protected) throw new Error("AccessDenied: the sheet is protected");
          const cf: FakeCF = { id: ctx.book.newId("cf"), type, range: self.address_() };
          self.sheet().cfs.push(cf);
          proxy.ref = cf;
        });
        return proxy;
      },
      load(props: string) {
        const list = props.split(",").map((p) => p.trim().replace(/^items\//, ""));
        ctx.queue(() => {
          const rect = self.rect();
          loadedItems = self
            .sheet()
            .cfs.filter((cf) => cf.range.split(",").some((a) => intersects(parseRange(a), rect)))
            .map((cf) => {
              const p = new FakeConditionalFormat(ctx, () => self.sheet(), cf);
              p.markLoaded(list);
              return p;
            });
        });
      },
      get items(): FakeConditionalFormat[] {
        return loadedItems ?? notLoaded("conditionalFormats.items");
      },
    };
  }

  select(): void {
    this.ctx.queue(() => (this.ctx.book.selection = { sheet: this.sheet().name, address: this.address_() }));
  }
}
