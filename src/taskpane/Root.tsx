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

/** The pane alone (Excel), or the preview grid with the pane beside it (browser preview). */
export function Root({ created, initialLang, storage }: RootProps) {
  const { host, hostKind, PreviewView } = created;
  const app = <App host={host} hostKind={hostKind} initialLang={initialLang} storage={storage} />;
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
        <div data-testid="preview-grid" style={{ flex: "1 1 auto", minWidth: 0, overflow: "auto", borderRight: "1px solid #d1d1d1" }}>
          <PreviewView host={host} />
        </div>
        <div data-testid="pane" style={{ flex: "0 0 380px", width: 380, overflow: "auto" }}>
          {app}
        </div>
      </div>
    </FluentProvider>
  );
}
