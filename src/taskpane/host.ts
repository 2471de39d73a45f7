/**
 * Chooses the workbook the task pane talks to. Inside Excel: the Office.js adapter. Anywhere else
 * (a plain browser, the e2e test): the in-browser preview workbook, loaded with a dynamic import so that
 * HyperFormula and the preview grid are separate chunks Excel never downloads.
 */
import { createElement, type ComponentType } from "react";
import type { WorkbookHost } from "../workbook/host";

export type HostKind = "excel" | "preview";

export interface PreviewViewProps {
  host: WorkbookHost;
  lang: "th" | "en";
  /** Height of the grid's scrolling area in px. */
  height: number;
}

export interface CreatedHost {
  host: WorkbookHost;
  hostKind: HostKind;
  /** The preview grid to render beside the pane (preview only). */
  PreviewView?: ComponentType<PreviewViewProps>;
}

interface OfficeReadyInfo {
  host: Office.HostType | string | null;
  platform?: Office.PlatformType | string | null;
}

/** Office.onReady when Office.js is loaded; resolves with no host when it is absent or never becomes ready. */
export function officeReady(timeoutMs = 5000): Promise<OfficeReadyInfo> {
  const office = (globalThis as { Office?: typeof Office }).Office;
  if (!office || typeof office.onReady !== "function") return Promise.resolve({ host: null });
  return new Promise<OfficeReadyInfo>((resolve) => {
    const timer = setTimeout(() => resolve({ host: null }), timeoutMs);
    office
      .onReady()
      .then((info) => {
        clearTimeout(timer);
        resolve({ host: info.host, platform: info.platform });
      })
      .catch(() => {
        clearTimeout(timer);
        resolve({ host: null });
      });
  });
}

export function isExcelHost(info: OfficeReadyInfo): boolean {
  if (info.host === "Excel") return true;
  const office = (globalThis as { Office?: { HostType?: { Excel?: unknown } } }).Office;
  return !!office?.HostType && info.host === office.HostType.Excel;
}

export async function createHost(): Promise<CreatedHost> {
  const info = await officeReady();
  if (isExcelHost(info)) {
    const { OfficeWorkbookHost } = await import(/* webpackMode: "eager" */ "../adapters/office");
    return { host: new OfficeWorkbookHost(), hostKind: "excel" };
  }
  quietOfficeOutsideOffice();
  const preview = await import(/* webpackChunkName: "preview" */ "../adapters/preview");
  const host = new preview.PreviewWorkbookHost();
  const Grid = preview.PreviewGrid;
  const PreviewView = function PreviewView(props: PreviewViewProps) {
    return createElement(Grid, { host: props.host, workbook: host.workbook, lang: props.lang, height: props.height });
  };
  return { host, hostKind: "preview", PreviewView };
}

/** The display language Office reports ("th-TH"), when running in Office. */
export function officeDisplayLanguage(): string | undefined {
  try {
    return typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined;
  } catch {
    return undefined;
  }
}

interface OsfGlobals {
  OSF?: { Logger?: { ulsEndpoint?: { proxyFrame: unknown; buffer?: unknown[] } | null } };
  OSFAppTelemetry?: { enableTelemetry?: boolean };
}

/**
 * Outside an Office client there is nobody to log to, yet office.js still opens a hidden iframe to
 * Microsoft's logging proxy after a few seconds and may start its app telemetry. In the browser preview
 * we switch both off so the page makes no request beyond its own server (office.js's own files aside).
 * Never called inside Excel.
 */
export function quietOfficeOutsideOffice(win: OsfGlobals = globalThis as OsfGlobals): void {
  try {
    const endpoint = win.OSF?.Logger?.ulsEndpoint;
    if (endpoint && !endpoint.proxyFrame) {
      // loadProxyFrame() only creates the iframe while proxyFrame is null.
      endpoint.proxyFrame = { contentWindow: null };
      if (Array.isArray(endpoint.buffer)) endpoint.buffer.length = 0;
    }
    if (win.OSFAppTelemetry) win.OSFAppTelemetry.enableTelemetry = false;
  } catch {
    // office.js internals differ between versions; at worst the preview logs to Microsoft as office.js intends
  }
}
