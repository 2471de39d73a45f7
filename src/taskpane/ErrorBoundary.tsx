import { Component, type ErrorInfo, type ReactNode } from "react";
import { errorDetail } from "./errors";
import { type Lang, hasLang, loadLang, t } from "./i18n/strings";

export interface ErrorBoundaryProps {
  lang: Lang;
  children: ReactNode;
  /** Reload the pane (tests replace it). */
  reload?: () => void;
}

interface State {
  error: unknown;
  detail: string;
  copied: boolean;
}

/**
 * The last line of defence: when rendering throws (an old webview missing something, a bug), the pane shows
 * a readable Thai/English message with "reload" and "copy details" instead of going blank. Plain HTML only,
 * so it still works when the component library is what failed.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: undefined, detail: "", copied: false };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error, copied: false };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    const nav = typeof navigator !== "undefined" ? navigator.userAgent : "";
    // what the early check (detect.js) found this webview lacks and the bundle stands in for
    const webview = (globalThis as { budgetPlanWebview?: { standIns?: string[] } }).budgetPlanWebview;
    const standIns = webview?.standIns?.length ? `stand-ins: ${webview.standIns.join(", ")}` : "";
    const stack = (error as { stack?: string } | null)?.stack ?? "";
    this.setState({ detail: [errorDetail(error), stack, info.componentStack ?? "", nav, standIns].filter(Boolean).join("\n") });
    // the message in the other language too: English is a chunk of its own, shown once here (if it can be fetched)
    const other: Lang = this.props.lang === "th" ? "en" : "th";
    if (!hasLang(other)) loadLang(other).then(() => this.forceUpdate(), () => undefined);
  }

  private copy = (): void => {
    const text = this.state.detail || errorDetail(this.state.error);
    const done = () => this.setState({ copied: true });
    const fallback = () => {
      const area = document.createElement("textarea");
      area.value = text;
      document.body.appendChild(area);
      area.select();
      try {
        document.execCommand("copy");
      } finally {
        area.remove();
      }
      done();
    };
    try {
      if (navigator.clipboard?.writeText) navigator.clipboard.writeText(text).then(done, fallback);
      else fallback();
    } catch {
      fallback();
    }
  };

  override render(): ReactNode {
    if (this.state.error === undefined) return this.props.children;
    const { lang } = this.props;
    const reload = this.props.reload ?? (() => window.location.reload());
    const other: Lang = lang === "th" ? "en" : "th";
    return (
      <div role="alert" data-testid="crash" style={{ padding: 16, fontFamily: "inherit", lineHeight: 1.5 }}>
        <h2 style={{ fontSize: 16, margin: "0 0 8px" }}>{t(lang, "err.crash.title")}</h2>
        <p style={{ margin: "0 0 8px" }}>{t(lang, "err.crash.body")}</p>
        {hasLang(other) && (
          <p lang={other} style={{ margin: "0 0 12px", color: "#555" }}>
            {t(other, "err.crash.title")}. {t(other, "err.crash.body")}
          </p>
        )}
        <button type="button" data-testid="crash-reload" onClick={reload} style={{ marginRight: 8 }}>
          {t(lang, "err.reload")}
        </button>
        <button type="button" data-testid="crash-copy" onClick={this.copy}>
          {t(lang, this.state.copied ? "err.copied" : "err.copy")}
        </button>
        <pre data-testid="crash-detail" style={{ whiteSpace: "pre-wrap", fontSize: 11, color: "#666", marginTop: 12 }}>
          {errorDetail(this.state.error)}
        </pre>
      </div>
    );
  }
}
