/** The CLI's narrow view of the workbook layer (src/workbook): fixes as cell edits with a label. */
import type { CellEdit } from "../workbook/host";
import type { WorkbookSnapshot } from "../workbook/types";
import { planFixes } from "../workbook";

export interface PlannedFix {
  edits: CellEdit[];
  label?: { th: string; en: string };
}

export function fixesFor(snapshot: WorkbookSnapshot): PlannedFix[] {
  return planFixes(snapshot).map((f) => ({ edits: f.edits, label: f.label }));
}
