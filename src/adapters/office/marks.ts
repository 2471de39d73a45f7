/* global Excel */
import type { Finding, Severity } from "../../core/findings";
import { severityOrder } from "../../core/findings";
import { type CellPos, groupRectangles, parseRange, rangeAddress, stripSheet } from "../../workbook/a1";
import { chunkAddresses, push } from "./cellInput";
import { MARK_FILLS, MARK_FONT_COLORS } from "../../workbook/styles";

/**
 * Finding marks — add-in-owned *conditional formats*. A mark is a custom-formula conditional format whose
 * formula is always TRUE and carries a marker, `=N("thai-budget-plan:mark:error")=0`. Conditional formats sit on
 * top of the cell's own format and never change it, so removing them restores exactly what the user had. We do
 * not rely on remembered ids (they need not survive a reload): the conditional formats of every sheet are
 * scanned and only those carrying our marker are touched — user rules are left alone.
 *
 * One rule per severity per sheet: on ExcelApi 1.9 the marked cells of a severity are one RangeAreas (split only
 * when its address list would be very long); on 1.8 one rule per rectangle. Marks follow the findings: the
 * pane calls markFindings again after each check while marks are shown, and when the wanted marks equal the
 * ones in the sheet nothing is written (so a check never loops on its own marks).
 *
 * Protected sheets are left alone (Excel refuses format changes there, which would fail the whole batch).
 */

export const MARK_MARKER = "thai-budget-plan:mark";

/** `=N("thai-budget-plan:mark:error")=0` — always TRUE; the text identifies the rule as ours. */
export function markFormula(severity: Severity): string {
  return `=N("${MARK_MARKER}:${severity}")=0`;
}

export function isMarkFormula(formula: string | null | undefined): boolean {
  return typeof formula === "string" && formula.includes(MARK_MARKER);
}

interface OurMark {
  cf: Excel.ConditionalFormat;
  sheet: string;
  key: string;
}

/** Reads the conditional formats of every unprotected sheet; returns the sheets and our marks (3 syncs). */
async function scanMarks(context: Excel.RequestContext, areas: boolean): Promise<{ sheets: Excel.Worksheet[]; ours: OurMark[] }> {
  const collection = context.workbook.worksheets;
  collection.load("items/name,items/protection/protected");
  await context.sync();
  const sheets = collection.items.filter((s) => !s.protection.protected);
  const lists = sheets.map((s) => {
    const cfs = s.getRange().conditionalFormats;
    cfs.load("items/id,items/type");
    return { sheet: s, cfs };
  });
  await context.sync();
  const customs: { sheet: string; cf: Excel.ConditionalFormat; rule: Excel.ConditionalFormatRule; where: { address: string } }[] = [];
  for (const { sheet, cfs } of lists) {
    for (const cf of cfs.items) {
      if (cf.type !== "Custom") continue;
      const rule = cf.custom.rule;
      rule.load("formula");
      const where = areas ? cf.getRanges() : cf.getRange();
      where.load("address");
      customs.push({ sheet: sheet.name, cf, rule, where });
    }
  }
  if (customs.length > 0) await context.sync();
  return {
    sheets,
    ours: customs
      .filter((c) => isMarkFormula(c.rule.formula))
      .map((c) => ({ cf: c.cf, sheet: c.sheet, key: markKey(c.sheet, c.rule.formula, c.where.address) })),
  };
}

function markKey(sheet: string, formula: string, address: string): string {
  const parts = address
    .split(",")
    .map((a) => stripSheet(a.trim()).replace(/\$/g, "").toUpperCase())
    .sort();
  return `${sheet.toLowerCase()}|${formula}|${parts.join(",")}`;
}

interface WantedMark {
  sheet: Excel.Worksheet;
  sheetName: string;
  severity: Severity;
  addresses: string[];
}

function wantedMarks(findings: Finding[], sheets: Excel.Worksheet[], areas: boolean): WantedMark[] {
  const present = new Map(sheets.map((s) => [s.name.toLowerCase(), s]));
  // One mark per cell, the most severe finding wins.
  const perSheet = new Map<Excel.Worksheet, Map<string, { pos: CellPos; severity: Severity }>>();
  for (const f of findings) {
    if (!f.sheet || !f.cell) continue;
    const sheet = present.get(f.sheet.toLowerCase());
    if (!sheet) continue;
    let rect;
    try {
      rect = parseRange(f.cell);
    } catch {
      continue;
    }
    let cells = perSheet.get(sheet);
    if (!cells) perSheet.set(sheet, (cells = new Map()));
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const key = `${r}:${c}`;
        const prev = cells.get(key);
        if (!prev || severityOrder[f.severity] < severityOrder[prev.severity]) cells.set(key, { pos: { row: r, col: c }, severity: f.severity });
      }
    }
  }
  const out: WantedMark[] = [];
  for (const [sheet, cells] of perSheet) {
    const bySeverity = new Map<Severity, CellPos[]>();
    for (const { pos, severity } of cells.values()) push(bySeverity, severity, pos);
    for (const [severity, list] of bySeverity) {
      const rects = groupRectangles(list).map(rangeAddress);
      const groups = areas ? chunkAddresses(rects, 4000).map((chunk) => chunk.split(",")) : rects.map((r) => [r]);
      for (const addresses of groups) out.push({ sheet, sheetName: sheet.name, severity, addresses });
    }
  }
  return out;
}

/** Show the findings as marks (replacing our previous marks); writes nothing when they are already shown. */
export async function markCells(context: Excel.RequestContext, findings: Finding[], areas: boolean): Promise<boolean> {
  const { sheets, ours } = await scanMarks(context, areas);
  const wanted = wantedMarks(findings, sheets, areas);
  const have = ours.map((m) => m.key).sort();
  const want = wanted.map((w) => markKey(w.sheetName, markFormula(w.severity), w.addresses.join(","))).sort();
  if (have.length === want.length && have.every((k, i) => k === want[i])) return false;
  for (const m of ours) m.cf.delete();
  for (const w of wanted) {
    const target = w.addresses.length > 1 ? w.sheet.getRanges(w.addresses.join(",")) : w.sheet.getRange(w.addresses[0]);
    const cf = target.conditionalFormats.add("Custom" as Excel.ConditionalFormatType);
    cf.custom.rule.formula = markFormula(w.severity);
    cf.custom.format.fill.color = MARK_FILLS[w.severity];
    cf.custom.format.font.color = MARK_FONT_COLORS[w.severity];
    cf.priority = 0;
  }
  await context.sync();
  return true;
}

export async function clearMarkCells(context: Excel.RequestContext, areas: boolean): Promise<void> {
  const { ours } = await scanMarks(context, areas);
  if (ours.length === 0) return;
  for (const m of ours) m.cf.delete();
  await context.sync();
}

/** True when the workbook carries marks of ours (left by an earlier session): 3 syncs. */
export async function hasMarkCells(context: Excel.RequestContext, areas: boolean): Promise<boolean> {
  const { ours } = await scanMarks(context, areas);
  return ours.length > 0;
}
