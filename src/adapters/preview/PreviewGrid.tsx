import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, useSyncExternalStore } from "react";
import type { ChangeEvent, CSSProperties, KeyboardEvent as ReactKeyboardEvent } from "react";
import type { WorkbookHost } from "../../workbook/host";
import { addr as a1, colLetter, parseCell as parseCell1, parseRange as parseRange1, zeroBased, zeroBasedRange } from "../../workbook/a1";

// The grid counts rows and columns from 0 (array and pixel indices); the A1 module counts from 1.
const cellAddress = (row: number, col: number): string => a1(row + 1, col + 1);
const columnLetters = (col: number): string => colLetter(col + 1);
const parseCell = (address: string) => zeroBased(parseCell1(address));
const parseRange = (address: string) => zeroBasedRange(parseRange1(address));
import { columnWidthPixels, DEFAULT_FONT, STYLE_LOOKS } from "../../workbook/styles";
import { cellStyle } from "./cellStyle";
import { conditionalLook } from "./conditional";
import { formatCellValue } from "./format";
import { formulaBarText } from "./cellText";
import { gridText, severityText } from "./strings";
import type { CellInfo, PreviewWorkbook } from "./PreviewWorkbook";
import { PreviewWorkbookHost } from "./PreviewWorkbookHost";
import { DownloadButton } from "./DownloadButton";
import { SheetTabs } from "./SheetTabs";
import { DropList } from "./DropList";
import { rowAt, rowHeights, rowTops, type WrappedCell } from "./rowHeights";
import { textWidthPx } from "./textMeasure";
import { useViewHeight } from "./useViewHeight";
import { contentOf, TypedUndo } from "./typedUndo";

/**
 * The preview workbook as a small spreadsheet: sheet tabs, column letters, row numbers, a formula bar and
 * editable cells (click selects; double-click, Enter, F2 or typing opens the editor; Enter commits and moves
 * down, Tab right, Escape cancels; arrows move; Delete clears). Only the rows in view (plus a margin) are
 * rendered, so a 2,000-row budget stays responsive. Edits typed here are "user" changes of the workbook.
 *
 * Test ids: `cell-<Sheet>!<A1>`, `sheet-tab-<name>`, `cell-editor`, `formula-bar`; the selected cell has
 * aria-selected="true"; marked cells carry data-mark="error|warning|info"; a cell a conditional format colours,
 * data-conditional="true".
 */
export interface PreviewGridProps {
  /** The task pane passes its host; the grid works when it is a PreviewWorkbookHost. */
  host?: WorkbookHost;
  workbook?: PreviewWorkbook;
  lang?: "th" | "en";
  /** Height of the scrolling area in px (default 520). */
  height?: number;
  rowHeight?: number;
}

const FONT_STACK = `"${DEFAULT_FONT}", "Laksaman", "Sarabun", "Tahoma", sans-serif`;
const DEFAULT_COL_PX = 88;
const ROW_HEADER_PX = 48;
const OVERSCAN = 10;


function workbookOf(props: PreviewGridProps): PreviewWorkbook | undefined {
  if (props.workbook) return props.workbook;
  if (props.host instanceof PreviewWorkbookHost) return props.host.workbook;
  const maybe = props.host as unknown as { workbook?: PreviewWorkbook } | undefined;
  return maybe?.workbook;
}

export function PreviewGrid(props: PreviewGridProps) {
  const wb = workbookOf(props);
  const lang = props.lang ?? "th";
  if (!wb) return <div role="status">{gridText(lang, "noPreview")}</div>;
  return <Grid wb={wb} lang={lang} height={props.height ?? 520} rowHeight={props.rowHeight ?? 26} />;
}

interface Editing {
  sheet: string;
  cell: string;
  text: string;
  /** Where the text is being typed. */
  where: "cell" | "bar";
}

function Grid({ wb, lang, height: initialHeight, rowHeight }: { wb: PreviewWorkbook; lang: "th" | "en"; height: number; rowHeight: number }) {
  const version = useSyncExternalStore(
    useCallback((cb: () => void) => wb.subscribe(cb), [wb]),
    () => wb.version,
  );
  const sheets = wb.visibleSheetNames();
  const active = wb.activeSheet && sheets.includes(wb.activeSheet) ? wb.activeSheet : sheets[0];
  const selected = wb.selection && wb.selection.sheet === active ? wb.selection.cell : undefined;
  const [editing, setEditingState] = useState<Editing | null>(null);
  // The ref is the source of truth for commits (blur and mousedown can both try to commit the same edit).
  const editingRef = useRef<Editing | null>(null);
  const setEditing = (e: Editing | null) => {
    editingRef.current = e;
    setEditingState(e);
  };
  // the drop-down of the selected cell's list validation (closed when the selection moves)
  const [listOpen, setListOpen] = useState(false);
  useEffect(() => setListOpen(false), [selected, active]);
  const [scrollTop, setScrollTop] = useState(0);
  const [scrollLeft, setScrollLeft] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);
  const sinkRef = useRef<HTMLInputElement>(null);
  // The scrolling area fills what the window leaves below the formula bar and above the sheet tabs: its
  // height is measured (the rows rendered follow it), the prop is only the first guess.
  const height = useViewHeight(scroller, initialHeight);

  const used = active ? wb.usedSize(active) : { rows: 0, cols: 0 };
  const layout = active ? wb.layoutOf(active) : undefined;
  const rowCount = Math.max(used.rows + 20, 30);
  const colCount = Math.max(used.cols + 2, 10);
  const widths = useMemo(() => {
    const w: number[] = [];
    for (let c = 0; c < colCount; c++) {
      const chars = layout?.columnWidths[columnLetters(c)];
      w.push(chars ? columnWidthPixels(chars) : DEFAULT_COL_PX);
    }
    return w;
  }, [layout, colCount, version]);
  /** Left edge of each column, from the left of the first column. */
  const lefts = useMemo(() => {
    const l: number[] = [0];
    for (const w of widths) l.push(l[l.length - 1] + w);
    return l;
  }, [widths]);

  // Frozen rows (the layout's header rows) stay on top; the window covers the rows below them.
  const freeze = Math.min(Math.max(0, layout?.freezeRows ?? 0), 12, rowCount - 1);

  // Merged areas: the top-left cell spans, the others are not rendered.
  const merges = useMemo(() => {
    const spans = new Map<string, { rowSpan: number; colSpan: number }>();
    const covered = new Set<string>();
    for (const m of layout?.merges ?? []) {
      let r;
      try {
        r = parseRange(m);
      } catch {
        continue;
      }
      spans.set(`${r.top},${r.left}`, { rowSpan: r.bottom - r.top + 1, colSpan: r.right - r.left + 1 });
      for (let i = r.top; i <= r.bottom; i++) for (let j = r.left; j <= r.right; j++) if (i !== r.top || j !== r.left) covered.add(`${i},${j}`);
    }
    return { spans, covered };
  }, [layout]);

  // Rows holding wrapped text that does not fit on one line grow, as in Excel.
  const heights = useMemo(() => {
    const cells: WrappedCell[] = [];
    for (const [k, style] of layout?.styles ?? []) {
      const look = STYLE_LOOKS[style];
      if (!look?.wrap || !active || merges.covered.has(k)) continue;
      const [r, c] = k.split(",").map(Number);
      if (r >= rowCount || c >= colCount) continue;
      const value = wb.cellAt(wb.sheetId(active), r, c).value;
      if (typeof value !== "string" || value === "") continue;
      const span = merges.spans.get(k);
      const width = span ? widths.slice(c, c + span.colSpan).reduce((a, b) => a + b, 0) : widths[c];
      cells.push({ row: r, text: value, room: width - 9, bold: look.bold, scale: look.size ? look.size / 15 : 1 });
    }
    return rowHeights(rowCount, rowHeight, cells, (t, bold) => textWidthPx(t, 15, FONT_STACK, bold));
  }, [wb, active, layout, merges, widths, rowCount, colCount, rowHeight, version]);
  /** Top of each row from the first row's top (px); one more entry: the bottom of the last row. */
  const tops = useMemo(() => rowTops(heights), [heights]);
  const first = Math.max(freeze, rowAt(tops, scrollTop) - OVERSCAN);
  const last = Math.min(rowCount - 1, rowAt(tops, scrollTop + height) + OVERSCAN);

  // Each sheet keeps its own scroll position, as in Excel; a sheet shown for the first time starts at A1.
  const scrolls = useRef(new Map<string, { top: number; left: number }>());
  const scrollTo = (top: number, left: number) => {
    setScrollTop(top);
    setScrollLeft(left);
    const el = scroller.current;
    if (el) {
      el.scrollTop = top;
      el.scrollLeft = left;
    }
  };

  // A cell selected through the host (selectCell) is scrolled into view once its sheet is drawn.
  const pendingReveal = useRef<{ sheet: string; row: number; col: number } | null>(null);
  const typed = useRef(new TypedUndo());
  useEffect(
    () =>
      wb.subscribe((e) => {
        if (e.kind === "sheets") scrolls.current.clear();
        if (e.kind === "sheets" || (e.kind === "cells" && e.source === "api")) typed.current.clear();
        if (!e.reveal || !wb.selection) return;
        pendingReveal.current = { sheet: wb.selection.sheet, ...parseCell(wb.selection.cell) };
      }),
    [wb],
  );

  // Show the sheet's own scroll position when the sheet changes; then a revealed cell: its row a third
  // down, its column in view.
  const lastSheet = useRef(active);
  useLayoutEffect(() => {
    let at = { top: scroller.current?.scrollTop ?? 0, left: scroller.current?.scrollLeft ?? 0 };
    let moved = false;
    if (lastSheet.current !== active) {
      lastSheet.current = active;
      at = (active && scrolls.current.get(active)) || { top: 0, left: 0 };
      moved = true;
    }
    const p = pendingReveal.current;
    if (p && p.sheet === active) {
      pendingReveal.current = null;
      const view = (scroller.current?.clientWidth ?? 0) - ROW_HEADER_PX;
      const from = lefts[p.col] ?? 0;
      const to = lefts[p.col + 1] ?? from;
      at = {
        top: Math.max(0, (tops[p.row] ?? 0) - Math.floor(height / 3)),
        left: from < at.left || to > at.left + view ? Math.max(0, from - 2 * DEFAULT_COL_PX) : at.left,
      };
      moved = true;
    }
    if (moved) scrollTo(at.top, at.left);
  });

  if (!active) return <div role="status">{gridText(lang, "noPreview")}</div>;

  /** What the formula bar and the editor show: the formula, or the value as typed (dates as dates). */
  const rawText = (info: CellInfo) => formulaBarText(info, lang, info.style ? STYLE_LOOKS[info.style].numberFormat : undefined);

  const selInfo = selected ? wb.readCell(active, selected) : undefined;
  const selChoices = selected ? wb.listOptions(active, selected) : undefined;

  const select = (row: number, col: number) => {
    wb.select(active, cellAddress(Math.max(0, row), Math.max(0, col)), "user");
  };

  /** Ends the edit; `refocus` false when the focus is leaving anyway (a blur: a click or F6 into the pane keeps it). */
  const commit = (move?: { dr: number; dc: number }, refocus = true) => {
    const editing = editingRef.current;
    if (!editing) return;
    const current = wb.readCell(editing.sheet, editing.cell);
    if (editing.text !== rawText(current)) typeInto(editing.sheet, editing.cell, editing.text);
    setEditing(null);
    if (move) {
      const p = parseCell(editing.cell);
      wb.select(editing.sheet, cellAddress(Math.max(0, p.row + move.dr), Math.max(0, p.col + move.dc)), "user");
    }
    if (refocus) sinkRef.current?.focus({ preventScroll: true });
  };

  /** A typed edit, remembered for Ctrl+Z. */
  const typeInto = (sheet: string, cell: string, text: string) => {
    const before = contentOf(wb.readCell(sheet, cell));
    wb.setCellInput(sheet, cell, text, "user");
    typed.current.record({ sheet, cell, before, after: contentOf(wb.readCell(sheet, cell)) });
  };

  const startEdit = (text?: string) => {
    if (!selected) return;
    setEditing({ sheet: active, cell: selected, text: text ?? rawText(wb.readCell(active, selected)), where: "cell" });
  };

  // Keys reach the grid through a transparent input that keeps the focus while a cell is selected: navigation
  // keys are handled on keydown; text (typed, pasted, composed by an IME, or inserted by a Thai keyboard
  // layout) arrives as input and opens the editor with it.
  const onSinkKey = (e: ReactKeyboardEvent<HTMLInputElement>) => {
    if (editingRef.current || !selected) return;
    if (e.altKey && e.key === "ArrowDown") {
      // Alt+↓ opens the cell's drop-down, as in Excel
      e.preventDefault();
      if (selChoices?.length) setListOpen(true);
      return;
    }
    const p = parseCell(selected);
    const moves: Record<string, [number, number]> = { ArrowDown: [1, 0], ArrowUp: [-1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1], Tab: [0, 1] };
    if (moves[e.key]) {
      e.preventDefault();
      const [dr, dc] = moves[e.key];
      const row = Math.min(rowCount - 1, Math.max(0, p.row + dr));
      select(row, Math.min(colCount - 1, Math.max(0, p.col + dc)));
      const top = tops[row];
      if (scroller.current && (top < scroller.current.scrollTop || top > scroller.current.scrollTop + height - 2 * rowHeight)) {
        const next = Math.max(0, top - Math.floor(height / 2));
        scroller.current.scrollTop = next;
        setScrollTop(next);
      }
      const col = Math.min(colCount - 1, Math.max(0, p.col + dc));
      const el = scroller.current;
      if (el) {
        // columns left of the row numbers' width are hidden under the sticky row header
        const from = lefts[col];
        const to = lefts[col + 1] + ROW_HEADER_PX;
        if (from < el.scrollLeft) el.scrollLeft = from;
        else if (to > el.scrollLeft + el.clientWidth) el.scrollLeft = to - el.clientWidth;
      }
    } else if (e.key === "Enter" || e.key === "F2") {
      e.preventDefault();
      startEdit();
    } else if (e.key === "Delete" || e.key === "Backspace") {
      e.preventDefault();
      typeInto(active, selected, "");
    } else if ((e.ctrlKey || e.metaKey) && (e.key.toLowerCase() === "z" || e.key.toLowerCase() === "y")) {
      // Ctrl+Z undoes the last typed edit, Ctrl+Y (or Ctrl+Shift+Z) redoes it; the cell is selected, as in Excel
      e.preventDefault();
      const redo = e.key.toLowerCase() === "y" || e.shiftKey;
      const done = redo ? typed.current.redo(wb) : typed.current.undo(wb);
      if (done) wb.select(done.sheet, done.cell, "user", done.sheet !== active);
    }
  };

  const onSinkInput = (e: ChangeEvent<HTMLInputElement>) => {
    const composing = (e.nativeEvent as InputEvent).isComposing;
    const text = e.target.value;
    if (composing || !text) return;
    e.target.value = "";
    startEdit(text);
  };

  const onEditorKey = (e: ReactKeyboardEvent<HTMLInputElement>) => {
    if (e.key === "Enter") {
      e.preventDefault();
      commit({ dr: e.shiftKey ? -1 : 1, dc: 0 });
    } else if (e.key === "Tab") {
      e.preventDefault();
      commit({ dr: 0, dc: e.shiftKey ? -1 : 1 });
    } else if (e.key === "Escape") {
      e.preventDefault();
      setEditing(null);
      sinkRef.current?.focus({ preventScroll: true });
    }
  };

  const totalWidth = ROW_HEADER_PX + widths.reduce((a, b) => a + b, 0);
  // Choices of a list validation for the cell being edited (shown by the browser as the editor's suggestions).
  const editOptions = editing && editing.where === "cell" ? wb.listOptions(editing.sheet, editing.cell) : undefined;

  /**
   * Width a left-aligned text may run into: its own and the empty cells to its right (up to the first cell
   * with content, a formula or a merge), as Excel shows long titles; 0 for anything else.
   */
  const overflowRoom = (r: number, c: number, info: CellInfo): number => {
    if (typeof info.value !== "string" || info.value === "") return 0;
    if (info.style && STYLE_LOOKS[info.style]?.wrap) return 0; // wrapped text stays in its cell, as in Excel
    const align = info.style ? STYLE_LOOKS[info.style]?.horizontalAlignment : undefined;
    if (align && align.toLowerCase() !== "left" && align.toLowerCase() !== "general") return 0;
    let room = widths[c];
    for (let k = c + 1; k < colCount; k++) {
      if (merges.covered.has(`${r},${k}`) || merges.spans.has(`${r},${k}`)) break;
      const next = wb.readCell(active, cellAddress(r, k));
      if (next.formula || (next.value !== null && next.value !== "")) break;
      room += widths[k];
    }
    return room;
  };

  const renderRow = (r: number, stickyTop?: number) => {
    const sticky = (z: number): CSSProperties => (stickyTop === undefined ? {} : { position: "sticky", top: stickyTop, zIndex: z });
    const cells = [];
    for (let c = 0; c < colCount; c++) {
      if (merges.covered.has(`${r},${c}`)) continue;
      const addr = cellAddress(r, c);
      const info = wb.readCell(active, addr);
      const isSel = selected === addr;
      const span = merges.spans.get(`${r},${c}`);
      const width = span ? widths.slice(c, c + span.colSpan).reduce((a, b) => a + b, 0) : widths[c];
      const isEditing = editing && editing.where === "cell" && editing.sheet === active && editing.cell === addr;
      const shown = formatCellValue(info.value, info.numberFormat ?? (info.style ? STYLE_LOOKS[info.style].numberFormat : undefined));
      const room = span || isEditing ? 0 : overflowRoom(r, c, info);
      const cf = conditionalLook(wb, active, r, c);
      cells.push(
        <td
          key={c}
          role="gridcell"
          data-testid={`cell-${active}!${addr}`}
          aria-selected={isSel ? "true" : "false"}
          data-mark={info.mark}
          data-conditional={cf ? "true" : undefined}
          title={info.mark ? `${severityText(lang, info.mark)}${info.markNote ? `: ${info.markNote[lang]}` : shown ? `: ${shown}` : ""}` : shown || undefined}
          colSpan={span?.colSpan}
          rowSpan={span ? Math.min(span.rowSpan, last - r + 1) : undefined}
          style={{ ...cellStyle(info, width, heights[r], isSel, room > width, cf), ...sticky(room > width ? 2 : 1) }}
          onMouseDown={() => {
            if (isEditing) return;
            if (editingRef.current) commit();
            select(r, c);
          }}
          onDoubleClick={() => {
            select(r, c);
            setEditing({ sheet: active, cell: addr, text: rawText(info), where: "cell" });
          }}
        >
          {isEditing ? (
            <input
              data-testid="cell-editor"
              list={editOptions ? "preview-grid-choices" : undefined}
              autoFocus
              value={editing.text}
              onChange={(e) => setEditing({ ...editing, text: e.target.value })}
              onKeyDown={onEditorKey}
              onBlur={() => commit(undefined, false)}
              onFocus={(e) => {
                const n = e.currentTarget.value.length;
                e.currentTarget.setSelectionRange(n, n);
              }}
              style={{ width: "100%", height: "100%", border: "none", outline: "none", font: "inherit", padding: 0, background: "#FFFFFF" }}
            />
          ) : room > width ? (
            // the run-on text lets clicks through: a click on an empty cell under it selects that cell, as in Excel
            <span style={{ display: "block", width: room - 8, overflow: "hidden", pointerEvents: "none" }}>{shown}</span>
          ) : (
            shown
          )}
        </td>,
      );
    }
    return (
      <tr key={r} style={{ height: heights[r] }}>
        <th
          scope="row"
          style={{
            position: "sticky",
            left: 0,
            zIndex: stickyTop === undefined ? 1 : 3,
            ...(stickyTop === undefined ? {} : { top: stickyTop }),
            boxSizing: "border-box",
            padding: 0,
            width: ROW_HEADER_PX,
            minWidth: ROW_HEADER_PX,
            background: "#F3F3F3",
            color: "#444",
            fontWeight: 400,
            borderRight: "1px solid #C8C8C8",
            borderBottom: "1px solid #E1E1E1",
            textAlign: "center",
          }}
        >
          {r + 1}
        </th>
        {cells}
      </tr>
    );
  };
  const frozenRows = [];
  for (let r = 0; r < freeze; r++) frozenRows.push(renderRow(r, rowHeight + tops[r]));
  const rows = [];
  for (let r = first; r <= last; r++) rows.push(renderRow(r));

  const barText = editing ? editing.text : selInfo ? rawText(selInfo) : "";

  return (
    <div data-testid="grid-frame" style={{ display: "flex", flexDirection: "column", height: "100%", boxSizing: "border-box", fontFamily: FONT_STACK, fontSize: 15, border: "1px solid #C8C8C8" }}>
      <div style={{ display: "flex", gap: 6, alignItems: "center", padding: 4, borderBottom: "1px solid #C8C8C8", background: "#FAFAFA" }}>
        <span data-testid="name-box" style={{ minWidth: 64, fontFamily: "monospace", fontSize: 13 }}>
          {selected ?? ""}
        </span>
        <span aria-hidden="true" style={{ fontStyle: "italic", color: "#666" }}>
          fx
        </span>
        <input
          data-testid="formula-bar"
          aria-label={gridText(lang, "formulaBar")}
          value={barText}
          readOnly={!selected}
          onFocus={() => {
            if (selected && !editing) setEditing({ sheet: active, cell: selected, text: rawText(wb.readCell(active, selected)), where: "bar" });
          }}
          onChange={(e) => editing && setEditing({ ...editing, text: e.target.value })}
          onKeyDown={onEditorKey}
          onBlur={() => {
            if (editingRef.current?.where === "bar") commit(undefined, false);
          }}
          style={{ flex: 1, font: "inherit", fontFamily: FONT_STACK, padding: "2px 4px" }}
        />
        <DownloadButton wb={wb} lang={lang} />
      </div>
      <div
        ref={scroller}
        data-testid="grid-scroll"
        style={{ flex: "1 1 0", minHeight: 0, overflow: "auto", position: "relative" }}
        onScroll={(e) => {
          const { scrollTop: top, scrollLeft: left } = e.currentTarget;
          setScrollTop(top);
          setScrollLeft(left);
          if (active === lastSheet.current) scrolls.current.set(active, { top, left });
        }}
      >
        <div
          role="grid"
          aria-label={gridText(lang, "gridOf", { sheet: active })}
          aria-rowcount={rowCount}
          aria-colcount={colCount}
          onMouseUp={() => {
            if (!editingRef.current) sinkRef.current?.focus({ preventScroll: true });
          }}
          style={{ outline: "none", width: totalWidth, position: "relative" }}
          data-scroll-left={scrollLeft}
        >
          <input
            ref={sinkRef}
            data-testid="grid-input"
            aria-label={selected ? gridText(lang, "cell", { sheet: active, cell: selected }) : gridText(lang, "grid")}
            autoComplete="off"
            onKeyDown={onSinkKey}
            onChange={onSinkInput}
            onCompositionEnd={(e) => {
              const text = e.currentTarget.value;
              if (text) {
                e.currentTarget.value = "";
                startEdit(text);
              }
            }}
            style={{
              position: "absolute",
              // at the selected cell: focusing it (after Enter or Escape) never scrolls the grid elsewhere
              top: selected ? (tops[parseCell(selected).row] ?? 0) + rowHeight : 0,
              left: ROW_HEADER_PX + (selected ? (lefts[parseCell(selected).col] ?? 0) : 0),
              width: 1,
              height: 1,
              opacity: 0,
              border: "none",
              padding: 0,
              pointerEvents: "none",
            }}
          />
          {selected && selChoices && selChoices.length > 0 && !editing && (
            <DropList
              lang={lang}
              cell={selected}
              choices={selChoices}
              current={selInfo?.value === null || selInfo?.value === undefined ? "" : String(selInfo.value)}
              open={listOpen}
              box={{
                top: rowHeight + (tops[parseCell(selected).row] ?? 0),
                left: ROW_HEADER_PX + (lefts[parseCell(selected).col] ?? 0),
                width: widths[parseCell(selected).col] ?? DEFAULT_COL_PX,
                height: heights[parseCell(selected).row] ?? rowHeight,
              }}
              onOpen={() => setListOpen(true)}
              onPick={(choice) => {
                setListOpen(false);
                typeInto(active, selected, choice);
                sinkRef.current?.focus({ preventScroll: true });
              }}
              onClose={(refocus) => {
                setListOpen(false);
                if (refocus) sinkRef.current?.focus({ preventScroll: true });
              }}
            />
          )}
          <table style={{ borderCollapse: "separate", borderSpacing: 0, tableLayout: "fixed", width: totalWidth }}>
            <thead>
              <tr style={{ height: rowHeight }}>
                <th style={{ position: "sticky", top: 0, left: 0, zIndex: 3, background: "#F3F3F3", boxSizing: "border-box", padding: 0, width: ROW_HEADER_PX, borderRight: "1px solid #C8C8C8", borderBottom: "1px solid #C8C8C8" }} />
                {widths.map((w, c) => (
                  <th
                    key={c}
                    scope="col"
                    style={{
                      position: "sticky",
                      top: 0,
                      zIndex: 2,
                      // border-box and no padding: columns are exactly their widths (the sink and scrolling use them)
                      boxSizing: "border-box",
                      padding: 0,
                      width: w,
                      minWidth: w,
                      background: "#F3F3F3",
                      color: "#444",
                      fontWeight: 400,
                      borderRight: "1px solid #C8C8C8",
                      borderBottom: "1px solid #C8C8C8",
                    }}
                  >
                    {columnLetters(c)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {frozenRows}
              {first > freeze && <tr aria-hidden="true" style={{ height: tops[first] - tops[freeze] }} />}
              {rows}
              {last < rowCount - 1 && <tr aria-hidden="true" style={{ height: tops[rowCount] - tops[last + 1] }} />}
            </tbody>
          </table>
        </div>
      </div>
      {editOptions && (
        <datalist id="preview-grid-choices" data-testid="cell-choices">
          {editOptions.map((o) => (
            <option key={o} value={o} />
          ))}
        </datalist>
      )}
      <SheetTabs
        wb={wb}
        lang={lang}
        sheets={sheets}
        active={active}
        fontFamily={FONT_STACK}
        onPick={(name) => {
          setEditing(null);
          wb.setActiveSheet(name, "user");
        }}
      />
    </div>
  );
}
