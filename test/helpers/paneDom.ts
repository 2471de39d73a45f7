/**
 * The task pane rendered by React in jsdom (component tests): React's act() environment, a stand-in for the
 * ResizeObserver that jsdom lacks (Fluent's MessageBar asks for one; jsdom has no layout, so it never fires),
 * and the small DOM helpers the pane tests share.
 */
import { act, createElement } from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider } from "@fluentui/react-components";
import { App } from "../../src/taskpane/App";
import { paneTheme } from "../../src/taskpane/theme";
import type { WorkbookHost } from "../../src/workbook/host";

/** Marks the environment for act() and installs the inert ResizeObserver unless `resizeObserver` is false. */
export function setupPaneDom(options: { resizeObserver?: boolean } = {}): void {
  (globalThis as unknown as { IS_REACT_ACT_ENVIRONMENT: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
  if (options.resizeObserver !== false && !("ResizeObserver" in window)) {
    (window as unknown as { ResizeObserver: unknown }).ResizeObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
    };
  }
}

/** The element with this data-testid, or null. */
export const q = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;

/** Every element matching a CSS selector. */
export const all = (sel: string) => Array.from(document.querySelectorAll(sel)) as HTMLElement[];

/**
 * Re-checks the DOM after each act() flush until cond holds, or throws after `ms` of waiting. The deadline is
 * generous: it is there to end a test that would wait for ever, not to time the pane (a check over the example
 * template takes seconds of CPU on a loaded CI machine, and a count of 20 ms rounds was 8 s).
 */
export async function until(cond: () => boolean, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  for (;;) {
    if (cond()) return;
    if (Date.now() > deadline) throw new Error(`condition not met within ${ms} ms`);
    await act(async () => {
      await new Promise((r) => setTimeout(r, 20));
    });
  }
}

/** A click on the element, inside act(). */
export async function click(el: HTMLElement | null): Promise<void> {
  if (!el) throw new Error("no element");
  await act(async () => {
    el.dispatchEvent(new MouseEvent("click", { bubbles: true }));
  });
}

/** The whole pane (App in the pane's theme) over `host`, in a new container; `close` unmounts and removes it. */
export async function renderPane(host: WorkbookHost, hostKind: "excel" | "preview", lang: "th" | "en"): Promise<{ close(): Promise<void> }> {
  const container = document.createElement("div");
  document.body.appendChild(container);
  const root = createRoot(container);
  await act(async () => {
    root.render(createElement(FluentProvider, { theme: paneTheme }, createElement(App, { host, hostKind, initialLang: lang })));
  });
  return {
    async close() {
      await act(async () => root.unmount());
      container.remove();
    },
  };
}
