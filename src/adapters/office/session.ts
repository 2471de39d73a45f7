/* global Excel */
import { isCellEditError } from "./errors";

export type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/** The part of the `Excel` namespace this adapter uses (injectable for tests). */
export interface ExcelRunner {
  run<T>(batch: Batch<T>): Promise<T>;
  run<T>(options: Excel.RunOptions, batch: Batch<T>): Promise<T>;
  run<T>(context: OfficeExtension.ClientRequestContext, batch: Batch<T>): Promise<T>;
}

export interface RunOptions {
  /** The batch only reads (or re-reads before writing), so running it again is safe: retried after cell edit mode. */
  retryAfterCellEdit?: boolean;
  /** ExcelApi 1.20: all syncs of the batch are one step on Excel's own undo stack. */
  undoGroup?: boolean;
}

/** Waits between tries while the user is typing in a cell (ms): about a minute in all. */
export const CELL_EDIT_WAITS = [300, 700, 1000, 2000, 2000, 3000, 3000, 5000, 5000, 10000, 10000, 20000];

/**
 * Excel.run with the options this Excel supports:
 * - ExcelApi 1.11 `delayForCellEdit`: the batch waits while the user is typing in a cell instead of failing;
 * - without it, a batch that meets cell-edit mode fails with InvalidOperationInCellEditMode; batches marked
 *   `retryAfterCellEdit` are then run again quietly after a pause (the user finishing the cell), others fail
 *   with that code and the pane says what to do;
 * - ExcelApi 1.20 `mergeUndoGroup` for writes that should be one undo step in Excel.
 */
export class ExcelSession {
  constructor(
    readonly excel: ExcelRunner,
    private readonly supports: (version: string) => boolean,
    private readonly sleep: (ms: number) => Promise<void> = (ms) => new Promise((r) => setTimeout(r, ms)),
  ) {}

  async run<T>(batch: Batch<T>, options: RunOptions = {}): Promise<T> {
    const runOptions: Excel.RunOptions = {};
    if (this.supports("1.11")) runOptions.delayForCellEdit = true;
    if (options.undoGroup && this.supports("1.20")) runOptions.mergeUndoGroup = true;
    const once = () => (Object.keys(runOptions).length > 0 ? this.excel.run(runOptions, batch) : this.excel.run(batch));
    for (let attempt = 0; ; attempt++) {
      try {
        return await once();
      } catch (e) {
        if (!options.retryAfterCellEdit || !isCellEditError(e) || attempt >= CELL_EDIT_WAITS.length) throw e;
        await this.sleep(CELL_EDIT_WAITS[attempt]);
      }
    }
  }
}
