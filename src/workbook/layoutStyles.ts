/** What each named cell style of the layout looks like (adapters map these to their own formatting). Pure data. */
import type { StyleName } from "./types";

export interface StyleDef {
  font: string;
  size: number;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  fill?: string;
  numberFormat?: string;
  wrap?: boolean;
  align?: "left" | "center" | "right";
  border?: boolean;
  /** Formula cells are locked (protection is the user's choice); input cells are not. */
  locked: boolean;
}

export const FONT = "TH SarabunPSK";
export const FONT_FALLBACK = "Sarabun";

export const STYLES: Record<StyleName, StyleDef> = {
  title: { font: FONT, size: 18, bold: true, locked: true },
  header: { font: FONT, size: 15, bold: true, fill: "#D9E1F2", wrap: true, align: "center", border: true, locked: true },
  label: { font: FONT, size: 15, bold: true, locked: true },
  input: { font: FONT, size: 15, fill: "#FFF9DB", wrap: true, border: true, locked: false },
  inputMoney: { font: FONT, size: 15, fill: "#FFF9DB", numberFormat: '#,##0.00;-#,##0.00;"-"', align: "right", border: true, locked: false },
  inputNumber: { font: FONT, size: 15, fill: "#FFF9DB", numberFormat: "General", align: "right", border: true, locked: false },
  formula: { font: FONT, size: 15, fill: "#F2F2F2", wrap: true, border: true, locked: true },
  formulaMoney: { font: FONT, size: 15, fill: "#F2F2F2", numberFormat: '#,##0.00;-#,##0.00;"-"', align: "right", border: true, locked: true },
  formulaNumber: { font: FONT, size: 15, fill: "#F2F2F2", numberFormat: "General", align: "center", border: true, locked: true },
  total: { font: FONT, size: 15, bold: true, fill: "#E2EFDA", border: true, locked: true },
  totalMoney: { font: FONT, size: 15, bold: true, fill: "#E2EFDA", numberFormat: '#,##0.00;-#,##0.00;"-"', align: "right", border: true, locked: true },
  note: { font: FONT, size: 14, italic: true, color: "#595959", locked: true },
  status: { font: FONT, size: 15, fill: "#F2F2F2", align: "center", border: true, locked: true },
  pTitle: { font: FONT, size: 18, bold: true, align: "center", locked: true },
  pText: { font: FONT, size: 16, wrap: true, locked: true },
  pBold: { font: FONT, size: 16, bold: true, wrap: true, locked: true },
  pTh: { font: FONT, size: 16, bold: true, wrap: true, align: "center", border: true, locked: true },
  pThSmall: { font: FONT, size: 14, bold: true, align: "center", border: true, locked: true },
  pTd: { font: FONT, size: 16, wrap: true, border: true, locked: true },
  pTdBold: { font: FONT, size: 16, bold: true, wrap: true, border: true, locked: true },
  pTdCenter: { font: FONT, size: 16, wrap: true, align: "center", border: true, locked: true },
  pMark: { font: FONT, size: 14, align: "center", border: true, locked: true },
  pMoney: { font: FONT, size: 16, numberFormat: '#,##0.00;-#,##0.00;""', align: "right", border: true, locked: true },
  pTotal: { font: FONT, size: 16, bold: true, wrap: true, align: "center", border: true, locked: true },
  pTotalMoney: { font: FONT, size: 16, bold: true, numberFormat: '#,##0.00;-#,##0.00;"-"', align: "right", border: true, locked: true },
  pSign: { font: FONT, size: 16, align: "center", wrap: true, locked: true },
};

