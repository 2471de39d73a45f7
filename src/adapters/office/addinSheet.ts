/* global Excel */
import type { CellEdit } from "../../workbook/host";
import { isAddinSheet } from "../../workbook/mapping";

/**
 * The add-in's own hidden sheets (the column-mapping sheet, ../../workbook/mapping.ts): edits to one that
 * does not exist yet create it first, hidden (Worksheet.visibility, ExcelApi 1.1), in the same batch as the
 * edits. Only sheets the add-in owns are ever created this way; a user's sheet is never made or hidden.
 * One sync (the probe) when the edits touch an add-in sheet, none otherwise.
 */
export async function ensureAddinSheets(context: Excel.RequestContext, edits: CellEdit[]): Promise<string[]> {
  const names = [...new Set(edits.map((e) => e.sheet).filter(isAddinSheet))];
  if (!names.length) return [];
  const probes = names.map((n) => context.workbook.worksheets.getItemOrNullObject(n).load("isNullObject"));
  await context.sync();
  const created: string[] = [];
  names.forEach((name, i) => {
    if (!probes[i].isNullObject) return;
    const ws = context.workbook.worksheets.add(name);
    ws.visibility = "Hidden" as Excel.SheetVisibility;
    created.push(name);
  });
  return created;
}
