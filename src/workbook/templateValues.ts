/**
 * The values of the template's own formulas, computed from the plan model instead of by a spreadsheet
 * engine, for workbooks whose formulas carry no cached results (files from our writer, from `fix`, from
 * ExcelJS). Validation then needs no HyperFormula for them (issue 12: loading it costs more than the checks).
 *
 * Exact, or nothing: every formula without a value must be the formula the template writes at that place
 * (compared as text with the layout's own per-row formulas at the positions this reading found). Of those:
 * - computed here, as HyperFormula computes them (same operations in the same order, same rounding of
 *   results): the budget lines' amount (=PRODUCT(unit, quantity, times)) and computed amount, the line's
 *   month (the activity's start) and the "as date" columns beside typed months (for dates and empty
 *   cells; a month typed as text is left to HyperFormula), the budget totals, the activities' budgets (SUMIF), the project's
 *   computed total, balance and rate date, the results' remaining amount and share spent;
 * - left without a value: what is only shown and that nothing reads back (the month grid, quarters and
 *   statuses, rate ceilings and the line check column, the amount in words, titles, the summary sheet, the
 *   rates sheet's helper columns).
 * Anything else — a formula of the user's, a formula in an input cell, an error value in a cell, ids or
 * dates the computation would have to coerce — returns undefined, and the caller evaluates the whole
 * workbook with HyperFormula as before.
 */
import type { CellScalar, SheetSnapshot, WorkbookSnapshot } from "./types";
import { readPlan } from "./readPlan";
import { MissingPlace, makeCtx, makeFormCtx } from "./ctx";
import { positionsOf, type FoundTable, type FormPos, type Located } from "./located";
import { ACTIVITIES_TABLE, BUDGET_TABLE, GRID_KEYS, INDICATORS_TABLE, PROJECT_FIELDS, RATES_TABLE, RESULTS_FIELDS, type FieldDef, type TableDef } from "./layout";
import { colLetter } from "./a1";
import { fixedFormula, tableFormula, type Expected } from "./rowFormula";

/** HyperFormula's settings for the add-in (../adapters/hyperformula/config): precisionRounding 10, precisionEpsilon 1e-13. */
const PRECISION_ROUNDING = 10;
const EPSILON = 1e-13;

/** Thrown when a value cannot be computed exactly here (the caller then uses HyperFormula). */
class NotExact extends Error {}

const ERROR_VALUE = /^#(REF!|VALUE!|DIV\/0!|NAME\?|N\/A|NUM!|NULL!|SPILL!|CALC!|GETTING_DATA)$/;

/** A result as HyperFormula exports it (smartRounding: ten significant decimals past the magnitude). */
function exported(v: number): number {
  if (v === 0) return v;
  const m = Math.pow(10, PRECISION_ROUNDING - Math.floor(Math.log10(Math.abs(v))));
  return v < 0 ? -Math.round(-v * m) / m : Math.round(v * m) / m;
}

/** HyperFormula's addition and subtraction (a result tiny next to the left operand is 0). */
function add(left: number, right: number): number {
  const r = left + right;
  return Math.abs(r) < EPSILON * Math.abs(left) ? 0 : r;
}

function round2(v: number): number {
  return v < 0 ? -Math.round(-v * 100) / 100 : Math.round(v * 100) / 100;
}

/** N(): a number stays, empty and text are 0; a logical would need coercing. */
function n(v: CellScalar): number {
  if (typeof v === "number") return v;
  if (typeof v === "boolean") throw new NotExact();
  return 0;
}

/** Excel's serial number of the first of a month (years 1900–9999; the 1900 leap-year bug is before March 1900). */
function dateSerial(year: number, month: number): number {
  if (!Number.isInteger(year) || year < 1901 || year > 9998) throw new NotExact();
  return (Date.UTC(year, month - 1, 1) - Date.UTC(1899, 11, 30)) / 86400000;
}

/**
 * A month cell's "as date" column (../monthText monthValueExpr): a date stays, an empty cell gives "";
 * a month written as text is read by a formula of string functions: left to HyperFormula.
 */
function monthValue(v: CellScalar): CellScalar {
  if (typeof v === "number") return v;
  if (v === null || v === "") return "";
  throw new NotExact();
}

/** An id usable as an exact key of MATCH and SUMIF: a whole number (what the template's ids are). */
function idKey(v: CellScalar): number | null {
  if (v === null || v === "") return null;
  if (typeof v === "number" && Number.isInteger(v) && Math.abs(v) < 1e9) return v;
  throw new NotExact();
}

/** Something per cell, by sheet, row and column (sparse arrays: the rows of a table are dense). */
class CellGrid<T> {
  private readonly sheets = new Map<string, T[][]>();
  sheet(name: string): T[][] | undefined {
    return this.sheets.get(name);
  }
  get(sheet: string, row: number, col: number): T | undefined {
    return this.sheets.get(sheet)?.[row]?.[col];
  }
  set(sheet: string, row: number, col: number, v: T): void {
    let rows = this.sheets.get(sheet);
    if (!rows) this.sheets.set(sheet, (rows = []));
    (rows[row] ??= [])[col] = v;
  }
  /** Everything set, sheet by sheet, row by row. */
  *all(): Generator<T> {
    for (const rows of this.sheets.values()) for (const r of rows) if (r) for (const v of r) if (v !== undefined) yield v;
  }
}

type Kind = { compute: (get: (sheet: string, row: number, col: number) => CellScalar) => CellScalar } | "shown";

interface Place {
  sheet: string;
  row: number;
  col: number;
  formula: Expected;
  kind: Kind;
}

function formFormula(loc: Located, form: FormPos, fields: FieldDef[], key: string, row: number, own: boolean): Expected | null {
  const f = fields.find((x) => x.key === key);
  if (!f?.formula) return null;
  try {
    const pos = positionsOf(loc);
    return fixedFormula(f.formula(own ? makeFormCtx(pos, { sheet: form.sheet, rows: form.rows, valueCol: form.valueCol }, row) : makeCtx(pos, undefined, row)));
  } catch (e) {
    if (e instanceof MissingPlace) return null;
    throw e;
  }
}

/**
 * Fill in the values of the template's formulas, or undefined when HyperFormula is needed (see the top).
 * `inPlace`: the computed values are written into the snapshot's own value rows (for a reader whose
 * snapshot nobody else holds; nothing is written when the answer is undefined); otherwise the sheets
 * with computed values get copies.
 */
export function templateFormulaValues(snapshot: WorkbookSnapshot, opts: { inPlace?: boolean } = {}): WorkbookSnapshot | undefined {
  try {
    return compute(snapshot, !!opts.inPlace);
  } catch (e) {
    if (e instanceof NotExact) return undefined;
    throw e;
  }
}

/*
 * The loops over cells and rows are functions of their own, not loops in compute's body: compute runs once
 * per file, so V8 optimizes it on stack replacement in whichever loop is hot, and every time a new file's
 * objects deoptimized it, compiled the whole of compute (with everything inlined) again — about a third of
 * the optimizing compiler's work over the 71 bench workbooks, and again in every worker thread.
 */

/** Whether a cell of the sheet holds an error value (#REF!, #VALUE! …). */
function hasErrorValue(s: SheetSnapshot): boolean {
  for (const row of s.values) for (const v of row) if (typeof v === "string" && v.length < 16 && v.charCodeAt(0) === 0x23 && ERROR_VALUE.test(v)) return true;
  return false;
}

/** Every formula without a value is the template's at its place, or outside the tables and forms (`rows`). */
function formulasAtPlaces(s: SheetSnapshot, rows: Set<number> | undefined, sheetPlaces: Place[][] | undefined): boolean {
  for (let i = 0; i < s.formulas.length; i++) {
    const frow = s.formulas[i];
    const vrow = s.values[i];
    for (let j = 0; j < frow.length; j++) {
      const f = frow[j];
      if (!f) continue;
      const v = vrow?.[j];
      if (v !== null && v !== undefined) continue;
      const place = sheetPlaces?.[i + 1]?.[j + 1];
      if (place) {
        // (every formula without a value is tested here, once: what follows relies on it)
        if (!place.formula.is(f)) return false;
      } else if (rows?.has(i + 1)) return false;
    }
  }
  return true;
}

/** Computes the value of every place whose cell has a formula without a value (throws NotExact). */
function computeAll(bySheet: Map<string, SheetSnapshot>, places: CellGrid<Place>, get: (sheet: string, row: number, col: number) => CellScalar): Place[] {
  const computed: Place[] = [];
  for (const place of places.all()) {
    if (place.kind === "shown") continue;
    const s = bySheet.get(place.sheet)!;
    const v = s.values[place.row - 1]?.[place.col - 1];
    // a formula there without a value is the place's (tested above); one with a value keeps it
    if ((v !== null && v !== undefined) || !s.formulas[place.row - 1]?.[place.col - 1]) continue;
    get(place.sheet, place.row, place.col);
    computed.push(place);
  }
  return computed;
}

/** The computed values written into the sheets' value grids (copies of them unless `inPlace`). */
function writeValues(bySheet: Map<string, SheetSnapshot>, computed: Place[], raw: CellGrid<CellScalar>, inPlace: boolean): Map<SheetSnapshot, CellScalar[][]> {
  const values = new Map<SheetSnapshot, CellScalar[][]>();
  for (const place of computed) {
    const s = bySheet.get(place.sheet)!;
    let rows = values.get(s);
    if (!rows) {
      rows = inPlace ? s.values : s.values.map((row) => row.slice());
      values.set(s, rows);
    }
    const v = raw.get(place.sheet, place.row, place.col)!;
    rows[place.row - 1][place.col - 1] = typeof v === "number" ? exported(v) : v;
  }
  return values;
}

function compute(snapshot: WorkbookSnapshot, inPlace: boolean): WorkbookSnapshot | undefined {
  const bySheet = new Map<string, SheetSnapshot>();
  for (const s of snapshot.sheets) {
    bySheet.set(s.name, s);
    // an error in a cell would flow through the formulas: HyperFormula's business
    if (hasErrorValue(s)) return undefined;
  }
  // where the tables and fields are; the lines themselves are read once, by the validation that follows
  const read = readPlan(snapshot, { placesOnly: true });
  const loc = read.located;
  const b = loc.budget;
  if (!read.isPlan || !loc.template || !b || b.handMade || loc.fiscalYearSource?.how !== "field") return undefined;

  const places = new CellGrid<Place>();
  const raw = new CellGrid<CellScalar>();
  const inputAt = (sheet: string, row: number, col: number): CellScalar => {
    const done = raw.get(sheet, row, col);
    if (done !== undefined) return done;
    if (places.get(sheet, row, col)) throw new NotExact(); // a formula read before it was computed
    const s = bySheet.get(sheet);
    const f = s?.formulas[row - 1]?.[col - 1];
    if (f) throw new NotExact();
    return s?.values[row - 1]?.[col - 1] ?? null;
  };
  /** Rows × columns of the table areas and form rows: a formula there that is not the template's needs HyperFormula. */
  const owned = new Map<string, Set<number>>();
  const own = (sheet: string, rows: Iterable<number>) => {
    const set = owned.get(sheet) ?? new Set<number>();
    for (const r of rows) set.add(r);
    owned.set(sheet, set);
  };
  const span = (t: FoundTable) => {
    const rows: number[] = [];
    // (the total row is not: only its totalled columns are read, and those are the template's SUMs below)
    let first = t.firstRow;
    let last = t.lastRow;
    for (const r of t.rows) {
      if (r < first) first = r;
      if (r > last) last = r;
    }
    for (let r = first; r <= last; r++) rows.push(r);
    return rows;
  };
  const expectAt = (sheet: string, row: number, col: number | undefined, formula: Expected | null, kind: Kind) => {
    if (col === undefined || formula === null) return;
    places.set(sheet, row, col, { sheet, row, col, formula, kind });
  };

  /** A table's total row: =SUM(first:last) under each column the layout totals. */
  const totals = (sheet: string, t: FoundTable, def: TableDef) => {
    if (t.totalRow === undefined) return;
    for (const colDef of def.columns) {
      const col = t.cols[colDef.key];
      if (!colDef.total || col === undefined) continue;
      const letter = colLetter(col);
      expectAt(sheet, t.totalRow, col, fixedFormula(`=SUM(${letter}${t.firstRow}:${letter}${t.lastRow})`), {
        compute: (get) => {
          let sum = 0;
          for (let r = t.firstRow; r <= t.lastRow; r++) {
            const v = get(sheet, r, col);
            if (typeof v === "number") sum = add(sum, v);
            else if (typeof v === "boolean") throw new NotExact();
          }
          return sum;
        },
      });
    }
  };

  // the budget table: per-row formulas and the totals
  const bs = loc.sheets.budget!.name;
  own(bs, span(b));
  const c = b.cols;
  const sumKey = c.computed !== undefined ? "computed" : "amount";
  const factors = [c.unitCost, c.quantity, c.times];
  const product = (get: (s: string, r: number, col: number) => CellScalar, r: number): number => {
    let acc = 1;
    let count = 0;
    for (const col of factors) {
      if (col === undefined) throw new NotExact();
      const v = get(bs, r, col);
      if (typeof v === "number") {
        acc *= v;
        count++;
      }
    }
    return count ? acc : 0;
  };
  /** Activity id → its row (MATCH finds the first). */
  const actRow = new Map<number, number>();
  const a = loc.activities;
  const as = loc.sheets.activities?.name;
  if (a && as) {
    own(as, span(a));
    if (a.cols.id !== undefined) {
      for (let r = a.firstRow; r <= a.lastRow; r++) {
        const id = idKey(inputAt(as, r, a.cols.id));
        if (id !== null && !actRow.has(id)) actRow.set(id, r);
      }
    }
  }
  // where the line's month formula takes the activity's start from: its "as date" column, or (older
  // templates) the typed start
  const startCol = a ? (a.cols.startDate ?? a.cols.start) : undefined;
  const budgetFormula = (key: string) => tableFormula(loc, b, BUDGET_TABLE, key);
  const [amountF, computedF, monthF, monthDateF] = ["amount", "computed", "month", "monthDate"].map(budgetFormula);
  const shownF = ["ceiling", "status"].map((k) => ({ col: c[k], formula: budgetFormula(k) }));
  const monthDateCol = c.monthDate !== undefined && BUDGET_TABLE.columns.some((d) => d.key === "monthDate") ? c.monthDate : undefined;
  const budgetRow = (r: number) => {
    expectAt(bs, r, c.amount, amountF(r), { compute: (get) => product(get, r) });
    expectAt(bs, r, c.computed, computedF(r), {
      compute: (get) => (typeof get(bs, r, c.unitCost) === "number" ? round2(product(get, r)) : n(get(bs, r, c.amount))),
    });
    expectAt(bs, r, c.month, monthF(r), {
      compute: (get) => {
        if (!a || !as || startCol === undefined) throw new NotExact();
        const id = idKey(get(bs, r, c.activityId));
        const row = id === null ? undefined : actRow.get(id);
        if (row === undefined) return "";
        const start = get(as, row, startCol);
        // INDEX gives the cell as it is: a date, text, or empty (an empty result, as HyperFormula has it)
        if (typeof start === "boolean") throw new NotExact();
        return start;
      },
    });
    // (a budget "month as date" column: none in today's layout; the lines take their months from the activities' dates)
    if (monthDateCol !== undefined) expectAt(bs, r, monthDateCol, monthDateF(r), { compute: (get) => monthValue(get(bs, r, c.month)) });
    for (const x of shownF) expectAt(bs, r, x.col, x.formula(r), "shown");
  };
  for (let r = b.firstRow; r <= b.lastRow; r++) budgetRow(r);
  totals(bs, b, BUDGET_TABLE);

  /** SUMIF(activity ids, id, amounts) for every id at once, adding in row order as SUMIF does. */
  let sums: Map<number, number> | undefined;
  const sumsById = (get: (s: string, r: number, col: number) => CellScalar): Map<number, number> => {
    if (sums) return sums;
    sums = new Map();
    if (c.activityId === undefined || c[sumKey] === undefined) throw new NotExact();
    for (let br = b.firstRow; br <= b.lastRow; br++) {
      const id = idKey(get(bs, br, c.activityId));
      if (id === null) continue;
      const v = get(bs, br, c[sumKey]);
      if (typeof v === "number") sums.set(id, add(sums.get(id) ?? 0, v));
      else if (!sums.has(id)) sums.set(id, 0);
    }
    return sums;
  };

  // the activities table (the month grid has no headers of its own: the twelve columns after the end month)
  if (a && as) {
    const grid: FoundTable = { ...a, cols: { ...a.cols } };
    if (a.cols.end !== undefined) GRID_KEYS.forEach((k, i) => (grid.cols[k] ??= a.cols.end + 1 + i));
    const budgetF = tableFormula(loc, a, ACTIVITIES_TABLE, "budget");
    const dates = (
      [
        ["startDate", "start"],
        ["endDate", "end"],
      ] as const
    ).map(([key, input]) => ({ key, input, formula: tableFormula(loc, a, ACTIVITIES_TABLE, key) }));
    const shown = ACTIVITIES_TABLE.columns
      .filter((col) => col.formula && !["budget", "startDate", "endDate"].includes(col.key))
      .map((col) => ({ col: grid.cols[col.key], formula: tableFormula(loc, grid, ACTIVITIES_TABLE, col.key) }));
    const activityRow = (r: number) => {
      expectAt(as, r, a.cols.budget, budgetF(r), {
        compute: (get) => {
          const idCell = get(as, r, a.cols.id);
          if (idCell === null || idCell === "") return "";
          return sumsById(get).get(idKey(idCell)!) ?? 0;
        },
      });
      for (const { key, input, formula } of dates) expectAt(as, r, a.cols[key], formula(r), { compute: (get) => monthValue(get(as, r, a.cols[input])) });
      for (const x of shown) expectAt(as, r, x.col, x.formula(r), "shown");
    };
    for (let r = a.firstRow; r <= a.lastRow; r++) activityRow(r);
    totals(as, a, ACTIVITIES_TABLE);
  }

  // the project form
  const p = loc.project;
  if (p) {
    own(p.sheet, Object.values(p.rows));
    const at = (k: string) => p.rows[k];
    const total = b.totalRow;
    const field = (k: string, kind: Kind) => {
      const r = at(k);
      if (r !== undefined) expectAt(p.sheet, r, p.valueCol, formFormula(loc, p, PROJECT_FIELDS, k, r, true), kind);
    };
    field("computedTotal", {
      compute: (get) => {
        if (total === undefined || c[sumKey] === undefined) throw new NotExact();
        const v = get(bs, total, c[sumKey]);
        // a reference to an empty cell gives 0 in a formula's result only after coercion: keep to numbers
        if (typeof v !== "number") throw new NotExact();
        return v;
      },
    });
    field("balance", {
      compute: (get) => {
        const alloc = n(get(p.sheet, at("allocation"), p.valueCol));
        const comp = n(get(p.sheet, at("computedTotal"), p.valueCol));
        return add(alloc, -comp);
      },
    });
    field("rateDate", {
      compute: (get) => {
        const start = get(p.sheet, at("periodStart"), p.valueCol);
        if (typeof start === "number") return start;
        return dateSerial(n(get(p.sheet, at("fiscalYear"), p.valueCol)) - 544, 10);
      },
    });
    field("totalText", "shown");
  }

  // the results form
  const rs = loc.results;
  if (rs) {
    own(rs.sheet, Object.values(rs.rows));
    const cell = (get: (s: string, r: number, col: number) => CellScalar, k: string) => get(rs.sheet, rs.rows[k], rs.valueCol);
    const field = (k: string, kind: Kind) => {
      const r = rs.rows[k];
      if (r !== undefined) expectAt(rs.sheet, r, rs.valueCol, formFormula(loc, rs, RESULTS_FIELDS, k, r, true), kind);
    };
    field("remaining", { compute: (get) => add(n(cell(get, "received")), -n(cell(get, "spent"))) });
    field("spentPercent", {
      compute: (get) => {
        const received = cell(get, "received");
        if (n(received) === 0) return "";
        return n(cell(get, "spent")) / (received as number);
      },
    });
  }

  // indicators and rates: helper columns, shown only
  for (const [t, def, sheet] of [
    [loc.indicators, INDICATORS_TABLE, loc.sheets.indicators?.name],
    [loc.rates, RATES_TABLE, loc.sheets.rates?.name],
  ] as const) {
    if (!t || !sheet) continue;
    own(sheet, span(t));
    const shown = def.columns.filter((col) => col.formula).map((col) => ({ col: t.cols[col.key], formula: tableFormula(loc, t, def, col.key) }));
    for (let r = t.firstRow; r <= t.lastRow; r++) for (const x of shown) expectAt(sheet, r, x.col, x.formula(r), "shown");
  }
  if (loc.targets && loc.sheets.project) own(loc.sheets.project.name, span(loc.targets));

  // every formula without a value: the template's at its place, or outside the tables and forms
  for (const s of snapshot.sheets) if (!formulasAtPlaces(s, owned.get(s.name), places.sheet(s.name))) throw new NotExact();
  // compute in dependency order: the lines, the totals, then what refers to them
  const get = (sheet: string, row: number, col: number): CellScalar => {
    const done = raw.get(sheet, row, col);
    if (done !== undefined) return done;
    const s = bySheet.get(sheet);
    const f = s?.formulas[row - 1]?.[col - 1];
    const v = s?.values[row - 1]?.[col - 1] ?? null;
    if (!f) return v;
    if (v !== null) return v; // a cached result
    const place = places.get(sheet, row, col);
    // (a formula without a value at a place is the place's: tested above)
    if (!place || place.kind === "shown") throw new NotExact();
    const out = place.kind.compute(get);
    raw.set(sheet, row, col, out);
    return out;
  };
  // every value first (any of them may still need HyperFormula), then written
  const values = writeValues(bySheet, computeAll(bySheet, places, get), raw, inPlace);
  return { sheets: snapshot.sheets.map((s) => ({ ...s, values: values.get(s) ?? s.values })) };
}
