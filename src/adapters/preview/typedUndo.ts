/**
 * Undo and redo of what was typed in the preview grid (Ctrl+Z, Ctrl+Y), as Excel undoes typing: each typed
 * edit (or Delete) is remembered with the cell's content before and after. An edit made by the add-in (a fix,
 * a generated table, an inserted template) empties both lists, as edits from an add-in do in Excel: an older
 * typed edit is then never undone over the add-in's. The add-in's own fixes have their own undo in the pane.
 */
import type { CellContent, CellInfo, PreviewWorkbook } from "./PreviewWorkbook";

export interface TypedEdit {
  sheet: string;
  cell: string;
  before: CellContent;
  after: CellContent;
}

/** The content that puts a cell back as it is: its formula, or its value. */
export function contentOf(info: CellInfo): CellContent {
  return info.formula ? { formula: info.formula } : { value: info.value };
}

const LIMIT = 100;

export class TypedUndo {
  private done: TypedEdit[] = [];
  private undone: TypedEdit[] = [];

  /** Forget everything (the add-in changed the workbook). */
  clear(): void {
    this.done = [];
    this.undone = [];
  }

  record(edit: TypedEdit): void {
    this.done.push(edit);
    if (this.done.length > LIMIT) this.done.shift();
    this.undone = [];
  }

  /** Puts the last typed edit's cell back; returns the edit (undefined when there is none). */
  undo(wb: PreviewWorkbook): TypedEdit | undefined {
    const e = this.done.pop();
    if (!e) return undefined;
    wb.setCell(e.sheet, e.cell, e.before, "user");
    this.undone.push(e);
    return e;
  }

  redo(wb: PreviewWorkbook): TypedEdit | undefined {
    const e = this.undone.pop();
    if (!e) return undefined;
    wb.setCell(e.sheet, e.cell, e.after, "user");
    this.done.push(e);
    return e;
  }
}
