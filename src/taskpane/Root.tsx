import { useEffect, useState } from "react";
import { FluentProvider } from "@fluentui/react-components";
import { App } from "./App";
import type { CreatedHost } from "./host";
import type { Lang } from "./i18n/strings";
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

/** The pane alone (Excel), or the preview grid with the pane beside it (browser preview). */
export function Root({ created, initialLang, storage }: RootProps) {
  const { host, hostKind, PreviewView } = created;
  const [lang, setLang] = useState<Lang>(initialLang);
  const height = useWindowHeight();
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
      <div data-testid="preview-layout" style={{ display: "flex", height: "100vh", overflow: "hidden" }}>
        <div data-testid="preview-grid" style={{ flex: "1 1 auto", minWidth: 0, overflow: "hidden", borderRight: "1px solid #d1d1d1" }}>
          <PreviewView host={host} lang={lang} height={Math.max(200, height - GRID_CHROME_PX)} />
        </div>
        <div data-testid="pane" style={{ flex: "0 0 380px", width: 380, overflow: "auto" }}>
          {app}
        </div>
      </div>
    </FluentProvider>
  );
}
