/**
 * "What was read" for the pane, apart from the main bundle (loaded with the ReadingPanel chunk): the
 * explanation of a reading (../workbook/explain.ts) and the edits that store a user's column choices.
 */
import type { CellEdit } from "../workbook/host";
import type { WorkbookSnapshot } from "../workbook/types";
import { explainReading, type Explanation, type TableReading } from "../workbook/explain";
import { mappingEdits, readMapping, type ColumnChoice } from "../workbook/mapping";
import { MAPPABLE_ROLES } from "../workbook/read/handHeader";
import { colIndex } from "../workbook/a1";
import type { Analysis } from "./workbookApi";

/** The explanation of the analysis' reading (undefined before a reading). */
export function readingOf(analysis: Analysis | null): Explanation | undefined {
  return analysis?.read ? explainReading(analysis.snapshot, analysis.read) : undefined;
}

/**
 * The edits that store a user's column choices for one table (written to the add-in's hidden mapping sheet,
 * the same format the CLI writes: ../workbook/mapping.ts). `roles`: column letter → role ("" or "ignore":
 * the column is not used). Roles the table had that no column takes any more are stored as "not in the table".
 */
export function columnMappingEdits(snapshot: WorkbookSnapshot, table: TableReading, roles: Record<string, string>): CellEdit[] {
  const choices: ColumnChoice[] = [];
  const headerRow = table.headerRows[table.headerRows.length - 1];
  const taken = new Set<string>();
  for (const [column, role] of Object.entries(roles)) {
    if (!role || role === "ignore" || !(MAPPABLE_ROLES as readonly string[]).includes(role) || taken.has(role)) continue;
    taken.add(role);
    choices.push({ sheet: table.sheet, role, col: colIndex(column), headerRow });
  }
  for (const c of table.columns) {
    if ((MAPPABLE_ROLES as readonly string[]).includes(c.role) && !taken.has(c.role)) {
      taken.add(c.role);
      choices.push({ sheet: table.sheet, role: c.role, col: null, headerRow });
    }
  }
  return mappingEdits(readMapping(snapshot), choices);
}
