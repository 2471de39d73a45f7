import { useEffect, useRef, useState } from "react";
import { FluentProvider } from "@fluentui/react-components";
import { App } from "./App";
import type { CreatedHost } from "./host";
import { t, type Lang } from "./i18n/strings";
import { paneTheme } from "./theme";

export interface RootProps {
  created: CreatedHost;
  initialLang: Lang;
  storage?: Storage;
}

/** Grid chrome above and below the scrolling area (formula bar, sheet tabs). */
const GRID_CHROME_PX = 90;

function useWindowHeight(): number {
  const [h, setH] = useState(() => (typeof window !== "undefined" ? window.innerHeight : 800));
  useEffect(() => {
    const on = () => setH(window.innerHeight);
    window.addEventListener("resize", on);
    return () => window.removeEventListener("resize", on);
  }, []);
  return h;
}

/**
 * F6 / Shift+F6 move the focus between the task pane and the sheet, as in Excel: to the grid's selected cell,
 * or back to the pane's current tab.
 */
export function switchFocus(layout: HTMLElement, e: KeyboardEvent): void {
  if (e.key !== "F6" || e.ctrlKey || e.altKey || e.metaKey) return;
  const pane = layout.querySelector<HTMLElement>('[data-testid="pane"]');
  const grid = layout.querySelector<HTMLElement>('[data-testid="preview-grid"]');
  if (!pane || !grid) return;
  const inPane = pane.contains(document.activeElement);
  const target = inPane
    ? (grid.querySelector<HTMLElement>('[data-testid="grid-input"]') ?? grid.querySelector<HTMLElement>("input, button"))
    : (pane.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]') ?? pane.querySelector<HTMLElement>("button, input"));
  if (!target) return;
  e.preventDefault();
  target.focus({ preventScroll: true });
}

/** The pane alone (Excel), or the preview grid with the pane beside it (browser preview). */
export function Root({ created, initialLang, storage }: RootProps) {
  const { host, hostKind, PreviewView } = created;
  const [lang, setLang] = useState<Lang>(initialLang);
  const height = useWindowHeight();
  const layoutRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const layout = layoutRef.current;
    if (!layout) return;
    const on = (e: KeyboardEvent) => switchFocus(layout, e);
    layout.addEventListener("keydown", on);
    return () => layout.removeEventListener("keydown", on);
  }, []);
  const app = <App host={host} hostKind={hostKind} initialLang={initialLang} storage={storage} onLangChange={setLang} />;
  if (hostKind !== "preview" || !PreviewView) {
    return (
      <FluentProvider theme={paneTheme} style={{ height: "100%" }}>
        {app}
      </FluentProvider>
    );
  }
  return (
    <FluentProvider theme={paneTheme} style={{ height: "100%" }}>
      {/* The pane comes first in the page (so Tab from its last control goes on into the grid) and is shown on
          the right, as in Excel (row-reverse). */}
      <div ref={layoutRef} data-testid="preview-layout" style={{ display: "flex", flexDirection: "row-reverse", height: "100vh", overflow: "hidden" }}>
        <div data-testid="pane" role="region" aria-label={t(lang, "app.paneRegion")} style={{ flex: "0 0 380px", width: 380, overflow: "auto" }}>
          {app}
        </div>
        <div data-testid="preview-grid" role="region" aria-label={t(lang, "app.gridRegion")} style={{ flex: "1 1 auto", minWidth: 0, overflow: "hidden", borderRight: "1px solid #d1d1d1" }}>
          <PreviewView host={host} lang={lang} height={Math.max(200, height - GRID_CHROME_PX)} />
        </div>
      </div>
    </FluentProvider>
  );
}
