/**
 * @jest-environment jsdom
 */
/**
 * The pane in an old webview (EdgeHTML 18 / Safari 13): no ResizeObserver (jsdom has none either, and this test
 * does not stub one in), a MediaQueryList with only addListener, the requirements notice shown (ExcelApi 1.8
 * only). Plus the error boundary and the start inside Office.
 */
import { act } from "react";
import { createRoot, type Root as ReactRoot } from "react-dom/client";
import { OfficeWorkbookHost, type ExcelRunner } from "../../src/adapters/office/OfficeWorkbookHost";
import { OfficeStartTimeout, officeReady } from "../../src/adapters/office/officeGlobal";
import { ErrorBoundary } from "../../src/taskpane/ErrorBoundary";
import { errorNotice } from "../../src/taskpane/errors";
import { createHost, NotExcelError } from "../../src/taskpane/host";
import { installWebviewShims } from "../../src/taskpane/polyfills";
import { Root } from "../../src/taskpane/Root";
import { loadLang, t } from "../../src/taskpane/i18n/strings";
import { FakeWorkbook } from "../adapters/fakeExcel";
import { setupPaneDom, q, until } from "../helpers/paneDom";

setupPaneDom({ resizeObserver: false });

// the English texts, as the pane fetches them before it starts in English (src/taskpane/index.tsx)
beforeAll(() => loadLang("en"));

/** matchMedia as EdgeHTML 18 / Safari 13 have it: addListener, no addEventListener. */
function oldMatchMedia() {
  const listeners: unknown[] = [];
  const fn = (query: string) => ({ media: query, matches: false, addListener: (l: unknown) => listeners.push(l), removeListener: () => undefined });
  return { fn, listeners };
}

describe("an old webview", () => {
  let container: HTMLDivElement;
  let root: ReactRoot;
  const w = window as unknown as { ResizeObserver?: unknown; matchMedia?: unknown };

  beforeEach(() => {
    delete w.ResizeObserver;
    container = document.createElement("div");
    document.body.appendChild(container);
    root = createRoot(container);
  });
  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    delete w.matchMedia;
  });

  it("the shims: ResizeObserver reports the element, MediaQueryList gets addEventListener over addListener", async () => {
    const mm = oldMatchMedia();
    w.matchMedia = mm.fn;
    installWebviewShims(window);
    const RO = w.ResizeObserver as new (cb: (entries: { target: Element }[]) => void) => { observe(e: Element): void; disconnect(): void };
    expect(typeof RO).toBe("function");
    const seen: Element[] = [];
    const ro = new RO((entries) => entries.forEach((e) => seen.push(e.target)));
    ro.observe(container);
    await new Promise((r) => setTimeout(r, 10));
    expect(seen).toEqual([container]);
    ro.disconnect();
    const mql = (w.matchMedia as (q: string) => { addEventListener(t: string, l: () => void): void })("(prefers-reduced-motion: reduce)");
    const listener = () => undefined;
    mql.addEventListener("change", listener);
    expect(mm.listeners).toEqual([listener]);
  });

  it("renders the pane in Excel with ExcelApi 1.8 only (requirements notice shown), without a ResizeObserver stub", async () => {
    w.matchMedia = oldMatchMedia().fn;
    installWebviewShims(window);
    delete w.ResizeObserver; // not even the shim: the explicit layouts must not need one
    const book = new FakeWorkbook({ apiVersion: "1.8", sheets: { Sheet1: {} } });
    const host = new OfficeWorkbookHost({ excel: book.excel as unknown as ExcelRunner, isSetSupported: book.isSetSupported });
    await act(async () => {
      root.render(
        <ErrorBoundary lang="th">
          <Root created={{ host, hostKind: "excel" }} initialLang="th" />
        </ErrorBoundary>,
      );
    });
    await until(() => q("requirements-missing") !== null);
    expect(q("crash")).toBeNull();
    expect(q("requirements-missing")!.textContent).toContain("ExcelApi 1.9");
    expect(q("app-title")!.textContent).toBe(t("th", "app.title"));
  });

  it("the error boundary shows a Thai/English message with reload and copy details instead of a blank pane", async () => {
    const reload = jest.fn();
    const writeText = jest.fn().mockResolvedValue(undefined);
    Object.defineProperty(navigator, "clipboard", { value: { writeText }, configurable: true });
    const Broken = () => {
      throw Object.assign(new Error("ResizeObserver is not defined"), { name: "ReferenceError" });
    };
    const spy = jest.spyOn(console, "error").mockImplementation(() => undefined);
    await act(async () => {
      root.render(
        <ErrorBoundary lang="th" reload={reload}>
          <Broken />
        </ErrorBoundary>,
      );
    });
    spy.mockRestore();
    const crash = q("crash")!;
    expect(crash.textContent).toContain(t("th", "err.crash.title"));
    expect(crash.textContent).toContain(t("en", "err.crash.title"));
    expect(q("crash-detail")!.textContent).toContain("ResizeObserver is not defined");
    await act(async () => q("crash-reload")!.click());
    expect(reload).toHaveBeenCalledTimes(1);
    await act(async () => q("crash-copy")!.click());
    expect(writeText).toHaveBeenCalledWith(expect.stringContaining("ResizeObserver is not defined"));
    expect(q("crash-copy")!.textContent).toBe(t("th", "err.copied"));
  });
});

describe("starting inside Office", () => {
  const g = globalThis as unknown as { Office?: unknown };
  afterEach(() => delete g.Office);

  it("a slow Office.onReady inside Office never falls back to the preview: waiting status, then a clear error", async () => {
    g.Office = { onReady: () => new Promise(() => undefined) };
    let slow = 0;
    await expect(officeReady({ insideOffice: true, previewAfterMs: 10, giveUpAfterMs: 40, onSlow: () => slow++ })).rejects.toBeInstanceOf(
      OfficeStartTimeout,
    );
    expect(slow).toBe(1);
    await expect(createHost({ insideOffice: true, previewAfterMs: 10, giveUpAfterMs: 30 })).rejects.toBeInstanceOf(OfficeStartTimeout);
    const notice = errorNotice(new OfficeStartTimeout());
    expect(t("th", notice.key, notice.vars)).toBe(t("th", "start.timeout"));
    // in a plain browser the same slowness means: no Office here → the preview
    expect(await officeReady({ insideOffice: false, previewAfterMs: 10 })).toEqual({ host: null });
  });

  it("Office opened the page in another application: an error, not the preview", async () => {
    g.Office = { onReady: () => Promise.resolve({ host: "Word", platform: "PC" }), HostType: { Excel: "Excel" } };
    await expect(createHost({ insideOffice: true })).rejects.toBeInstanceOf(NotExcelError);
    const notice = errorNotice(new NotExcelError("Word"));
    expect(t("en", notice.key, notice.vars)).toBe("This add-in works in Excel only (opened in Word).");
  });

  it("Excel's error codes become Thai/English messages with the detail beside them, never the message alone", () => {
    const err = Object.assign(new Error("The operation cannot be performed while Excel is in cell-editing mode."), { code: "InvalidOperationInCellEditMode" });
    const n = errorNotice(err);
    expect(n.key).toBe("err.cellEdit");
    expect(t("th", n.key, n.vars)).toMatch(/[\u0E00-\u0E7F]/);
    expect(n.detail).toContain("InvalidOperationInCellEditMode");
    expect(errorNotice(new Error("boom")).key).toBe("err.unknown");
    expect(errorNotice({ code: "RequestPayloadSizeLimitExceeded" }).key).toBe("err.tooLarge");
  });
});
