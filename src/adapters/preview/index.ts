export { PreviewWorkbook, parseCellInput } from "./PreviewWorkbook";
export type { CellInfo, CellContent, ChangeSource, WorkbookEvent } from "./PreviewWorkbook";
export { PreviewWorkbookHost } from "./PreviewWorkbookHost";
export { formatCellValue } from "./format";
export { PreviewGrid } from "./PreviewGrid";
export type { PreviewGridProps } from "./PreviewGrid";
export { openPreviewHost, keeperOf } from "./persist";
