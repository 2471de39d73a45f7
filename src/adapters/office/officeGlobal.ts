/**
 * Everything about the `Office` and `Excel` globals that office.js defines, in one module: waiting for
 * Office.onReady, telling an Office host from a plain browser, the display language, requirement sets, and
 * keeping office.js quiet outside Office. The task pane (src/taskpane/host.ts) and the adapter use these;
 * nothing else in the project reads the globals.
 */

export interface OfficeReadyInfo {
  host: string | null;
  platform?: string | null;
}

type OfficeLike = {
  onReady?: () => Promise<{ host: unknown; platform?: unknown }>;
  HostType?: { Excel?: unknown };
  context?: { displayLanguage?: string; requirements?: { isSetSupported(set: string, version: string): boolean } };
};

export function officeGlobal(g: object = globalThis): OfficeLike | undefined {
  return (g as { Office?: OfficeLike }).Office;
}

/** The `Excel` namespace (Excel.run), when office.js defined it. */
export function excelGlobal<T>(g: object = globalThis): T | undefined {
  return (g as { Excel?: T }).Excel;
}

/**
 * True when the page was opened by an Office client: Office adds `_host_Info=Excel$Win32$…` to the task
 * pane's address (desktop, Mac and the web), and office.js keeps it in sessionStorage ("hostInfoValue")
 * when the page reloads itself. A plain browser has neither.
 */
export function openedByOffice(win: { location?: { search?: string; hash?: string }; sessionStorage?: Pick<Storage, "getItem"> } = globalThis as never): boolean {
  const search = `${win.location?.search ?? ""}${win.location?.hash ?? ""}`;
  if (/[?&#]_host_Info=/i.test(search)) return true;
  try {
    return Boolean(win.sessionStorage?.getItem("hostInfoValue"));
  } catch {
    return false;
  }
}

export interface WaitOptions {
  /** Outside Office, give up after this long and use the preview (default 5 s). */
  previewAfterMs?: number;
  /** Inside Office, call onSlow after previewAfterMs and keep waiting up to this long (default 60 s). */
  giveUpAfterMs?: number;
  /** Told once when Office is slow to start inside an Office client (the pane shows a waiting status). */
  onSlow?: () => void;
  insideOffice?: boolean;
}

/** Office.onReady did not answer inside an Office client: the pane shows a clear error (never the preview). */
export class OfficeStartTimeout extends Error {
  readonly code = "OfficeStartTimeout";
  constructor() {
    super("Office did not become ready");
  }
}

/**
 * Office.onReady. Without office.js, or when Office.onReady fails, resolves with no host (the browser preview).
 * When Office is slow: in a plain browser after `previewAfterMs` → no host; inside an Office client it never
 * falls back to the preview — `onSlow` is called and the wait goes on until `giveUpAfterMs`, then it rejects
 * with OfficeStartTimeout.
 */
export function officeReady(options: WaitOptions | number = {}): Promise<OfficeReadyInfo> {
  const opts: WaitOptions = typeof options === "number" ? { previewAfterMs: options } : options;
  const office = officeGlobal();
  if (!office || typeof office.onReady !== "function") return Promise.resolve({ host: null });
  const inside = opts.insideOffice ?? openedByOffice();
  const previewAfter = opts.previewAfterMs ?? 5000;
  const giveUpAfter = Math.max(previewAfter, opts.giveUpAfterMs ?? 60000);
  return new Promise<OfficeReadyInfo>((resolve, reject) => {
    const timers: ReturnType<typeof setTimeout>[] = [];
    const done = () => timers.forEach((t) => clearTimeout(t));
    if (inside) {
      timers.push(setTimeout(() => opts.onSlow?.(), previewAfter));
      timers.push(
        setTimeout(() => {
          done();
          reject(new OfficeStartTimeout());
        }, giveUpAfter),
      );
    } else {
      timers.push(setTimeout(() => resolve({ host: null }), previewAfter));
    }
    office.onReady!()
      .then((info) => {
        done();
        resolve({ host: info.host == null ? null : String(info.host), platform: info.platform == null ? null : String(info.platform) });
      })
      .catch(() => {
        done();
        if (inside) reject(new OfficeStartTimeout());
        else resolve({ host: null });
      });
  });
}

export function isExcelHost(info: OfficeReadyInfo): boolean {
  if (info.host === "Excel") return true;
  const office = officeGlobal();
  return !!office?.HostType && info.host === office.HostType.Excel;
}

/** The display language Office reports ("th-TH"), when running in Office. */
export function officeDisplayLanguage(): string | undefined {
  try {
    return officeGlobal()?.context?.displayLanguage;
  } catch {
    return undefined;
  }
}

/** Office.context.requirements.isSetSupported; false outside Office. */
export function officeIsSetSupported(set: string, version: string): boolean {
  try {
    return Boolean(officeGlobal()?.context?.requirements?.isSetSupported(set, version));
  } catch {
    return false;
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
