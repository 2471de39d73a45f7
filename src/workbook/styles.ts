import { FONT, STYLES, type StyleDef } from "./layout";
import type { StyleName } from "./types";

/**
 * How each named layout style looks in the Office.js adapter and the preview grid (pure data, shared by both). Derived from the one
 * layout description (src/workbook/layout.ts STYLES), so Excel, the .xlsx files and the preview agree.
 * Input cells are unlocked; formula cells locked (locking takes effect only when the user protects the sheet).
 */
export interface CellLook {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  /** Font size in points. */
  size?: number;
  numberFormat?: string;
  locked?: boolean;
  horizontalAlignment?: "Left" | "Center" | "Right";
  wrap?: boolean;
  /** Thin borders around and inside the cells. */
  border?: boolean;
}

export const DEFAULT_FONT = FONT;
/** Body size of the layout (the size most styles use). */
export const DEFAULT_FONT_SIZE = STYLES.input.size;
export const MONEY_FORMAT = STYLES.inputMoney.numberFormat ?? "#,##0.00";
export const NUMBER_FORMAT = STYLES.inputNumber.numberFormat ?? "#,##0";

function lookOf(d: StyleDef): CellLook {
  const look: CellLook = { locked: d.locked };
  if (d.fill) look.fill = d.fill;
  if (d.color) look.fontColor = d.color;
  if (d.bold) look.bold = true;
  if (d.italic) look.italic = true;
  if (d.size !== DEFAULT_FONT_SIZE) look.size = d.size;
  if (d.numberFormat) look.numberFormat = d.numberFormat;
  if (d.align) look.horizontalAlignment = d.align === "left" ? "Left" : d.align === "center" ? "Center" : "Right";
  if (d.wrap) look.wrap = true;
  if (d.border) look.border = true;
  return look;
}

export const STYLE_LOOKS = Object.fromEntries(Object.entries(STYLES).map(([name, def]) => [name, lookOf(def)])) as Record<StyleName, CellLook>;

export const BORDER_COLOR = "#BFBFBF";

/** Column width in the layout's unit (characters, as ExcelJS) → points for Office.js `format.columnWidth`. */
export function columnWidthPoints(chars: number): number {
  // ~7 px per character of the default font plus 5 px padding; 0.75 pt per px.
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Column width in characters → CSS pixels for the preview grid. */
export function columnWidthPixels(chars: number): number {
  return Math.round(chars * 7 + 5);
}

/** Fill colours of the add-in's finding marks, by severity. */
export const MARK_FILLS = { error: "#F8CBAD", warning: "#FFE699", info: "#DEEBF7" } as const;
export const MARK_FONT_COLORS = { error: "#9C0006", warning: "#7F6000", info: "#1F4E79" } as const;
/** Outline colours of the preview grid's finding marks. */
export const MARK_OUTLINES = { error: "#C00000", warning: "#ED7D31", info: "#2E75B6" } as const;
