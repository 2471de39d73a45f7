import type { CSSProperties } from "react";
import { BORDER_COLOR, MARK_OUTLINES, STYLE_LOOKS } from "../../workbook/styles";
import type { ConditionalLook } from "./conditional";
import type { CellInfo } from "./PreviewWorkbook";
import { WRAP_LINE_PX } from "./rowHeights";

/**
 * How a cell looks: its layout style, then the conditional format that applies to it (the template's rules,
 * ./conditional.ts, drawn over the style's fill and font colour as Excel draws them), then the finding mark
 * and the selection.
 */
export function cellStyle(info: CellInfo, width: number, rowHeight: number, selected: boolean, overflow: boolean, cf?: ConditionalLook): CSSProperties {
  const look = info.style ? STYLE_LOOKS[info.style] : undefined;
  // wrap text: text (not numbers, which Excel never wraps) breaks into lines; the row is as high as they need
  const wrap = !!look?.wrap && typeof info.value === "string";
  const numeric = typeof info.value === "number";
  const style: CSSProperties = {
    width,
    minWidth: width,
    maxWidth: width,
    height: rowHeight,
    padding: "0 4px",
    borderRight: `1px solid ${look?.border ? BORDER_COLOR : "#E1E1E1"}`,
    borderBottom: `1px solid ${look?.border ? BORDER_COLOR : "#E1E1E1"}`,
    background: cf?.fill ?? look?.fill ?? "#FFFFFF",
    color: cf?.fontColor ?? look?.fontColor ?? "#000000",
    fontWeight: look?.bold ? 700 : 400,
    fontStyle: look?.italic ? "italic" : "normal",
    fontSize: look?.size ? `${Math.round((look.size / 15) * 100)}%` : undefined,
    textAlign: look?.horizontalAlignment ? (look.horizontalAlignment.toLowerCase() as CSSProperties["textAlign"]) : numeric ? "right" : "left",
    whiteSpace: wrap ? "pre-wrap" : "nowrap",
    ...(wrap ? { lineHeight: `${WRAP_LINE_PX}px`, overflowWrap: "anywhere" as const } : {}),
    // Text runs on into empty cells to the right (as in Excel); otherwise it is cut at the cell's edge.
    overflow: overflow ? "visible" : "hidden",
    textOverflow: overflow ? "clip" : "ellipsis",
    boxSizing: "border-box",
    cursor: "cell",
  };
  if (info.mark) {
    style.outline = `2px solid ${MARK_OUTLINES[info.mark]}`;
    style.outlineOffset = "-2px";
  }
  if (selected) {
    style.boxShadow = "inset 0 0 0 2px #217346";
  }
  return style;
}
