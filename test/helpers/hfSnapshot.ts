/**
 * A WorkbookSpec evaluated with HyperFormula, kept alive so tests can do what users do (insert or
 * delete rows, sort, rename a sheet, type over a cell) with HyperFormula adjusting formulas the way a
 * spreadsheet does, then take a WorkbookSnapshot (values + formulas) for readPlan.
 *
 * Uses the production HyperFormula bridge (Excel-compatible date serials, BAHTTEXT and an Excel-like
 * PRODUCT, the same input and value conversion), so values match what the CLI computes for uncached formulas.
 */
import { buildEngine, fromHfValue as out, toHfInput, type HyperFormula, type RawCellContent } from "../../src/adapters/hyperformula/bridge";
import { FILE_CONFIG } from "../../src/adapters/hyperformula/config";
import type { CellEdit } from "../../src/workbook/host";
import type { CellScalar, WorkbookSnapshot, WorkbookSpec } from "../../src/workbook/types";
import { parseAddr } from "../../src/workbook/a1";

/** Formulas as written: the spec's and the snapshot's sheet references are quoted already. */
const input = (c: { value?: CellScalar; formula?: string | null }): RawCellContent => toHfInput(c, []);

export class HfBook {
  private constructor(readonly hf: HyperFormula) {}

  static fromSpec(spec: WorkbookSpec): HfBook {
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const s of spec.sheets) {
      const grid: RawCellContent[][] = [];
      for (const c of s.cells) {
        const a = parseAddr(c.address)!;
        while (grid.length < a.row) grid.push([]);
        const row = grid[a.row - 1];
        while (row.length < a.col) row.push(null);
        row[a.col - 1] = input(c);
      }
      sheets[s.name] = grid;
    }
    return new HfBook(buildEngine(sheets, FILE_CONFIG));
  }

  static fromSnapshot(snapshot: WorkbookSnapshot): HfBook {
    const sheets: Record<string, RawCellContent[][]> = {};
    for (const s of snapshot.sheets) {
      sheets[s.name] = s.values.map((row, r) => row.map((v, c) => input({ value: v, formula: s.formulas[r]?.[c] ?? undefined })));
    }
    return new HfBook(buildEngine(sheets, FILE_CONFIG));
  }

  private id(sheet: string): number {
    const id = this.hf.getSheetId(sheet);
    if (id === undefined) throw new Error(`no sheet ${sheet}`);
    return id;
  }

  snapshot(): WorkbookSnapshot {
    const sheets = this.hf.getSheetNames().map((name) => {
      const id = this.id(name);
      const serial = this.hf.getSheetSerialized(id);
      const vals = this.hf.getSheetValues(id);
      const rows = Math.max(serial.length, vals.length);
      const values: CellScalar[][] = [];
      const formulas: (string | null)[][] = [];
      for (let r = 0; r < rows; r++) {
        const sr = serial[r] ?? [];
        const vr = vals[r] ?? [];
        const w = Math.max(sr.length, vr.length);
        const vrow: CellScalar[] = [];
        const frow: (string | null)[] = [];
        for (let c = 0; c < w; c++) {
          const raw = sr[c];
          const isFormula = typeof raw === "string" && raw.startsWith("=");
          frow.push(isFormula ? raw : null);
          vrow.push(out(vr[c]));
        }
        values.push(vrow);
        formulas.push(frow);
      }
      return { name, values, formulas };
    });
    return { sheets };
  }

  /** Insert `count` empty rows before 1-based `row`. */
  insertRows(sheet: string, row: number, count = 1): this {
    this.hf.addRows(this.id(sheet), [row - 1, count]);
    return this;
  }

  /** Insert `count` empty columns before 1-based column `col`. */
  insertColumns(sheet: string, col: number, count = 1): this {
    this.hf.addColumns(this.id(sheet), [col - 1, count]);
    return this;
  }

  removeRows(sheet: string, row: number, count = 1): this {
    this.hf.removeRows(this.id(sheet), [row - 1, count]);
    return this;
  }

  renameSheet(from: string, to: string): this {
    this.hf.renameSheet(this.id(from), to);
    return this;
  }

  set(sheet: string, cell: string, v: { value?: CellScalar; formula?: string }): this {
    const a = parseAddr(cell)!;
    this.hf.setCellContents({ sheet: this.id(sheet), row: a.row - 1, col: a.col - 1 }, [[input(v)]]);
    return this;
  }

  apply(edits: CellEdit[]): this {
    for (const e of edits) this.set(e.sheet, e.cell, e.formula ? { formula: e.formula } : { value: e.value ?? null });
    return this;
  }

  /** Reorder rows first..last (1-based) so that `order` (1-based rows) comes first, as a sort does. */
  reorderRows(sheet: string, first: number, last: number, order: number[]): this {
    const id = this.id(sheet);
    const total = this.hf.getSheetDimensions(id).height;
    const mapping: number[] = [];
    for (let r = 0; r < total; r++) mapping.push(r);
    // HyperFormula's mapping says where each row goes: mapping[oldIndex] = newIndex
    order.forEach((src, i) => (mapping[src - 1] = first - 1 + i));
    void last;
    this.hf.setRowOrder(id, mapping);
    return this;
  }

  value(sheet: string, cell: string): CellScalar {
    const a = parseAddr(cell)!;
    return out(this.hf.getCellValue({ sheet: this.id(sheet), row: a.row - 1, col: a.col - 1 }));
  }

  destroy(): void {
    this.hf.destroy();
  }
}

/** Evaluate a spec once and return its snapshot. */
export function specSnapshot(spec: WorkbookSpec): WorkbookSnapshot {
  const book = HfBook.fromSpec(spec);
  try {
    return book.snapshot();
  } finally {
    book.destroy();
  }
}
