import { useLayoutEffect, useRef, useState } from "react";
import type { PreviewWorkbook } from "./PreviewWorkbook";
import { gridText, type GridLang } from "./strings";

/**
 * The sheet tabs under the grid, as in Excel: when they do not all fit, arrows at the left scroll the strip
 * (and show there are more tabs that way); the active tab is scrolled into view when it changes.
 */
export function SheetTabs({ wb, lang, sheets, active, fontFamily, onPick }: { wb: PreviewWorkbook; lang: GridLang; sheets: string[]; active: string; fontFamily: string; onPick: (name: string) => void }) {
  const strip = useRef<HTMLDivElement>(null);
  const sheetKey = sheets.join("\n");
  const [room, setRoom] = useState({ left: false, right: false });
  const measure = () => {
    const el = strip.current;
    if (!el) return;
    const next = { left: el.scrollLeft > 0, right: el.scrollLeft + el.clientWidth < el.scrollWidth - 1 };
    setRoom((r) => (r.left === next.left && r.right === next.right ? r : next));
  };
  useLayoutEffect(() => {
    const el = strip.current;
    if (!el) return;
    const tab = el.querySelector<HTMLElement>('[aria-selected="true"]');
    if (tab && (tab.offsetLeft < el.scrollLeft || tab.offsetLeft + tab.offsetWidth > el.scrollLeft + el.clientWidth)) el.scrollLeft = Math.max(0, tab.offsetLeft - 8);
    measure();
    if (typeof ResizeObserver === "undefined") return;
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    return () => ro.disconnect();
  }, [active, sheetKey]);
  const step = (dir: 1 | -1) => {
    const el = strip.current;
    if (el) el.scrollLeft += dir * Math.max(80, Math.floor(el.clientWidth * 0.6));
    measure();
  };
  const arrow = (dir: 1 | -1, enabled: boolean) => (
    <button
      type="button"
      data-testid={dir < 0 ? "sheet-tabs-left" : "sheet-tabs-right"}
      aria-label={gridText(lang, dir < 0 ? "tabsLeft" : "tabsRight")}
      title={gridText(lang, dir < 0 ? "tabsLeft" : "tabsRight")}
      disabled={!enabled}
      onClick={() => step(dir)}
      style={{ font: "inherit", padding: "0 6px", border: "none", background: "transparent", cursor: enabled ? "pointer" : "default", color: enabled ? "#217346" : "#B0B0B0" }}
    >
      {dir < 0 ? "◀" : "▶"}
    </button>
  );
  const overflowing = room.left || room.right;
  return (
    <div style={{ display: "flex", alignItems: "stretch", background: "#F3F3F3", borderTop: "1px solid #C8C8C8" }}>
      {overflowing && arrow(-1, room.left)}
      {overflowing && arrow(1, room.right)}
      <div
        ref={strip}
        role="tablist"
        data-testid="sheet-tabs"
        aria-label={gridText(lang, "sheets")}
        onScroll={measure}
        style={{ display: "flex", gap: 2, padding: "2px 4px", overflowX: "auto", scrollbarWidth: "none", flex: "1 1 auto", minWidth: 0 }}
      >
        {sheets.map((name) => {
          const isActive = name === active;
          const tab = wb.layoutOf(name).tabColor;
          return (
            <button
              key={name}
              type="button"
              role="tab"
              aria-selected={isActive}
              data-testid={`sheet-tab-${name}`}
              onClick={() => onPick(name)}
              style={{
                font: "inherit",
                fontFamily,
                padding: "2px 10px",
                border: "1px solid #C8C8C8",
                borderTop: isActive ? "none" : "1px solid #C8C8C8",
                borderBottom: tab ? `3px solid ${tab}` : "1px solid #C8C8C8",
                background: isActive ? "#FFFFFF" : "#E8E8E8",
                fontWeight: isActive ? 700 : 400,
                cursor: "pointer",
                whiteSpace: "nowrap",
                flex: "0 0 auto",
              }}
            >
              {name}
            </button>
          );
        })}
      </div>
    </div>
  );
}
