/**
 * The preview workbook lives only in the browser tab. So that a reload or a closed tab does not lose it:
 * - while it has changes not yet downloaded, leaving the page asks first (the browser's "leave page?" prompt);
 * - when the page goes away (reload, tab closed, tab hidden) the workbook is kept in the tab's sessionStorage
 *   (as the spec the download writes, ./PreviewWorkbook.ts exportSpec), and the next load of the page in the same
 *   tab restores it; the grid's toolbar then says so (./DownloadButton.tsx). A new tab starts from an empty
 *   workbook. Anything unreadable in storage is dropped and the preview starts empty.
 * test/e2e/previewReload.test.ts checks both in Chromium.
 */
import type { WorkbookSpec } from "../../workbook/types";
import { PreviewWorkbook } from "./PreviewWorkbook";
import { PreviewWorkbookHost } from "./PreviewWorkbookHost";

export const STORAGE_KEY = "budget-plan.preview-workbook";

interface Saved {
  v: 1;
  spec: WorkbookSpec;
  active?: string;
  /** Changes not downloaded when it was kept. */
  dirty: boolean;
}

/** What the page needs of its window (a fake in unit tests). */
export interface PageWindow {
  sessionStorage?: Pick<Storage, "getItem" | "setItem" | "removeItem">;
  addEventListener(type: "beforeunload" | "pagehide", listener: (e: BeforeUnloadEvent | Event) => void): void;
  document?: { visibilityState?: string; addEventListener?(type: "visibilitychange", listener: () => void): void };
}

export interface PreviewKeeper {
  /** Changes to cells or sheets since the page opened (or the workbook was restored) not yet downloaded. */
  readonly dirty: boolean;
  /** The workbook came back from before a reload. */
  readonly restored: boolean;
  /** The download of the workbook as it was at `changes` (see `changes`) was made. */
  markSaved(changes: number): void;
  /** How many changes to cells or sheets so far (to tell whether edits came during a download). */
  readonly changes: number;
  /** Writes the workbook to the tab's storage now (also done when the page goes away). */
  keep(): void;
}

const keepers = new WeakMap<PreviewWorkbook, PreviewKeeper>();

/** The keeper of a workbook opened with openPreviewHost (undefined for others: unit tests, a bare host). */
export function keeperOf(wb: PreviewWorkbook): PreviewKeeper | undefined {
  return keepers.get(wb);
}

function storageOf(win: PageWindow): PageWindow["sessionStorage"] {
  try {
    return win.sessionStorage;
  } catch {
    return undefined;
  }
}

function restore(raw: string): { wb: PreviewWorkbook; dirty: boolean } {
  const saved = JSON.parse(raw) as Saved;
  if (saved.v !== 1 || !saved.spec || !Array.isArray(saved.spec.sheets) || saved.spec.sheets.length === 0) throw new Error("not a kept workbook");
  const wb = new PreviewWorkbook();
  try {
    wb.insertSheets(saved.spec.sheets.map((s) => ({ name: s.name, spec: s })));
    for (const s of saved.spec.sheets) if (s.hidden) wb.hideSheet(s.name);
    wb.addNames(saved.spec.names ?? []);
    if (saved.active && wb.findSheet(saved.active)) wb.setActiveSheet(saved.active, "api");
  } catch (e) {
    wb.destroy();
    throw e;
  }
  return { wb, dirty: !!saved.dirty };
}

/**
 * The preview's workbook host for this page: the workbook kept in the tab before a reload when there is one,
 * else an empty one; with the "leave page?" prompt and the keeping on page hide set up on `win`.
 */
export function openPreviewHost(win: PageWindow | undefined = typeof window !== "undefined" ? window : undefined): PreviewWorkbookHost {
  if (!win) return new PreviewWorkbookHost();
  const storage = storageOf(win);
  let restored: { wb: PreviewWorkbook; dirty: boolean } | undefined;
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (raw) restored = restore(raw);
  } catch {
    try {
      storage?.removeItem(STORAGE_KEY);
    } catch {
      // storage refused: the preview starts empty all the same
    }
  }
  const host = new PreviewWorkbookHost(restored?.wb);
  const wb = host.workbook;
  let changes = 0;
  let savedAt = restored?.dirty ? -1 : 0;
  let keptAt = restored ? 0 : -1;
  let keptDirty = !!restored?.dirty;
  wb.subscribe((e) => {
    if (e.kind === "cells" || e.kind === "sheets") changes++;
  });
  const keeper: PreviewKeeper = {
    get dirty() {
      return changes !== savedAt;
    },
    restored: !!restored,
    get changes() {
      return changes;
    },
    markSaved(at: number) {
      savedAt = at;
      keeper.keep();
    },
    keep() {
      if (!storage) return;
      const dirty = keeper.dirty;
      // nothing to keep: never changed and not restored (an empty Sheet1)
      if (changes === 0 && !restored) return;
      if (keptAt === changes && keptDirty === dirty) return;
      try {
        const saved: Saved = { v: 1, spec: wb.exportSpec(), active: wb.activeSheet, dirty };
        storage.setItem(STORAGE_KEY, JSON.stringify(saved));
        keptAt = changes;
        keptDirty = dirty;
      } catch {
        // over the storage quota or refused: the "leave page?" prompt still protects the changes
      }
    },
  };
  keepers.set(wb, keeper);
  win.addEventListener("beforeunload", (e) => {
    if (!keeper.dirty) return;
    // the browser's own "leave page?" prompt (its text cannot be set)
    e.preventDefault();
    (e as BeforeUnloadEvent).returnValue = "";
  });
  win.addEventListener("pagehide", () => keeper.keep());
  win.document?.addEventListener?.("visibilitychange", () => {
    if (win.document?.visibilityState === "hidden") keeper.keep();
  });
  return host;
}
