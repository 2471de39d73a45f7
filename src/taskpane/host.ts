/**
 * Chooses the workbook the task pane talks to. Inside Excel: the Office.js adapter. Anywhere else
 * (a plain browser, the e2e test): the in-browser preview workbook, loaded with a dynamic import so that
 * HyperFormula and the preview grid are separate chunks Excel never downloads. Everything about the Office
 * global lives in src/adapters/office/officeGlobal.ts.
 *
 * Inside an Office client the pane never falls back to the preview: when Office.onReady is slow, `onSlow`
 * lets the page say it is waiting for Excel, and if Office never answers the start fails with a clear error.
 */
import { createElement, type ComponentType } from "react";
import type { WorkbookHost } from "../workbook/host";
import {
  isExcelHost,
  officeDisplayLanguage,
  officeReady,
  openedByOffice,
  quietOfficeOutsideOffice,
  type WaitOptions,
} from "../adapters/office/officeGlobal";

export { isExcelHost, officeDisplayLanguage, officeReady, quietOfficeOutsideOffice };

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

/** Office opened this page but it is not Excel (Word, PowerPoint …): the add-in cannot work there. */
export class NotExcelError extends Error {
  readonly code = "NotExcel";
  constructor(readonly hostName: string) {
    super(`Opened in ${hostName}, not Excel`);
  }
}

export async function createHost(wait: WaitOptions = {}): Promise<CreatedHost> {
  const inside = wait.insideOffice ?? openedByOffice();
  const info = await officeReady({ ...wait, insideOffice: inside });
  if (isExcelHost(info)) {
    const { OfficeWorkbookHost } = await import(/* webpackMode: "eager" */ "../adapters/office");
    return { host: new OfficeWorkbookHost(), hostKind: "excel" };
  }
  if (inside) throw new NotExcelError(info.host ?? "?");
  quietOfficeOutsideOffice();
  const preview = await import(/* webpackChunkName: "preview" */ "../adapters/preview");
  // the workbook kept in this tab before a reload, else an empty one; "leave page?" while not downloaded
  const host = preview.openPreviewHost();
  const Grid = preview.PreviewGrid;
  const PreviewView = function PreviewView(props: PreviewViewProps) {
    return createElement(Grid, { host: props.host, workbook: host.workbook, lang: props.lang, height: props.height });
  };
  return { host, hostKind: "preview", PreviewView };
}
