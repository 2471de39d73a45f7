/**
 * A document's lines prepared for the importer: each line normalised (./text.ts) with amounts written in
 * words joined to their figure, rows of bar-typed tables turned into tab rows, English labels at a line's
 * start read as Thai. Apart from text.ts so that the budget-line parser the workbook reader (and the pane)
 * shares does not carry the document pipeline.
 */
import { joinMoneyWords } from "./moneyWords";
import { thaiLabels } from "./englishLabels";
import { barRowToTabs, isBarRule } from "./pipeTable";
import { normaliseLineWith, spacedColumns, type SourceLine } from "./text";
import { repairPdfSpacing } from "./pdfSpacing";
import { thaiOfBilingual } from "./bilingual";

/**
 * Normalises one line: invisible characters removed, odd spaces → " ", Thai digits → Arabic (unless kept) with
 * satang written in words joined to the figure, HTML stripped, dashes → "-", × → x, trimmed (tabs kept).
 */
export function normaliseLine(s: string, keepThaiDigits = false): string {
  return normaliseLineWith(s, keepThaiDigits, joinMoneyWords);
}

/**
 * Splits a document into prepared lines (1-based numbers): Thai broken by a PDF copy mended (./pdfSpacing.ts),
 * English labels at a line's start read as Thai ones, bilingual cells ("Item / รายการ") as their Thai part.
 */
export function splitLines(text: string): SourceLine[] {
  // text pasted from a PDF: spaces and line breaks around Thai marks removed first (the line count is kept)
  const raws = repairPdfSpacing(text.split(/\r\n|\r|\n|\u2028|\u2029/));
  const lines: SourceLine[] = new Array(raws.length);
  for (let i = 0; i < raws.length; i++) {
    const t = normaliseLine(raws[i]);
    lines[i] = { no: i + 1, raw: raws[i], text: thaiLabels(thaiOfBilingual(spacedColumns(barRowToTabs(t)))) };
    if (isBarRule(t)) lines[i].rule = true;
  }
  return lines;
}

