import type { StyleName } from "../../workbook/types";

/**
 * How each named layout style looks. Pure data shared by the Office.js adapter and the preview grid
 * (the xlsx adapter has its own mapping). Input cells are pale yellow and unlocked; formula cells pale green
 * and locked (locking takes effect only when the user protects the sheet).
 */
export interface CellLook {
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  /** Font size in points (the sheet default is DEFAULT_FONT_SIZE). */
  size?: number;
  numberFormat?: string;
  /** undefined: leave Excel's default (locked). */
  locked?: boolean;
  horizontalAlignment?: "Left" | "Center" | "Right";
  wrap?: boolean;
}

export const DEFAULT_FONT = "TH SarabunPSK";
export const DEFAULT_FONT_SIZE = 16;
export const MONEY_FORMAT = "#,##0.00";
export const NUMBER_FORMAT = "#,##0";

const INPUT_FILL = "#FFF2CC";
const FORMULA_FILL = "#E2EFDA";
const TOTAL_FILL = "#DDEBF7";

export const STYLE_LOOKS: Record<StyleName, CellLook> = {
  title: { bold: true, size: 20 },
  header: { bold: true, fill: "#D9E1F2", horizontalAlignment: "Center", wrap: true },
  label: { bold: true },
  input: { fill: INPUT_FILL, locked: false },
  inputMoney: { fill: INPUT_FILL, locked: false, numberFormat: MONEY_FORMAT },
  inputNumber: { fill: INPUT_FILL, locked: false, numberFormat: NUMBER_FORMAT },
  formula: { fill: FORMULA_FILL, locked: true },
  formulaMoney: { fill: FORMULA_FILL, locked: true, numberFormat: MONEY_FORMAT },
  formulaNumber: { fill: FORMULA_FILL, locked: true, numberFormat: NUMBER_FORMAT },
  total: { bold: true, fill: TOTAL_FILL, locked: true },
  totalMoney: { bold: true, fill: TOTAL_FILL, locked: true, numberFormat: MONEY_FORMAT },
  note: { italic: true, fontColor: "#595959" },
  status: { horizontalAlignment: "Center" },
};

/** Column width in the layout's unit (characters, as ExcelJS) → points for Office.js `format.columnWidth`. */
export function columnWidthPoints(chars: number): number {
  // ~7 px per character of the default font plus 5 px padding; 0.75 pt per px.
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

/** Fill colours of the add-in's finding marks, by severity. */
export const MARK_FILLS = { error: "#F8CBAD", warning: "#FFE699", info: "#DEEBF7" } as const;
export const MARK_FONT_COLORS = { error: "#9C0006", warning: "#7F6000", info: "#1F4E79" } as const;
