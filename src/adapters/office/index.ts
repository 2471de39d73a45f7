export { OfficeWorkbookHost, markFormula, isMarkFormula, toCellInput, REQUIRED_SET, OPTIONAL_SETS } from "./OfficeWorkbookHost";
export type { OfficeHostOptions, ExcelRunner } from "./OfficeWorkbookHost";
export { STYLE_LOOKS, DEFAULT_FONT, DEFAULT_FONT_SIZE, MONEY_FORMAT, NUMBER_FORMAT, MARK_FILLS, MARK_FONT_COLORS } from "../../workbook/styles";
export type { CellLook } from "../../workbook/styles";
