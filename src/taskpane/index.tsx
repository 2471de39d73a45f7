/**
 * Task pane entry: waits for Office.js, picks the workbook host (Excel or the browser preview) and renders.
 * Inside Excel a slow start shows "waiting for Excel" (never the preview); if Excel never answers, or anything
 * fails while starting, the page says so in Thai and English with the error's detail.
 */
import { createRoot } from "react-dom/client";
import { Root } from "./Root";
import { ErrorBoundary } from "./ErrorBoundary";
import { createHost, officeDisplayLanguage } from "./host";
import { errorDetail, errorNotice } from "./errors";
import { initialLang, loadLang, t, type Lang } from "./i18n/strings";

/** Writes a status or error line into the boot container (plain DOM: React is not up yet). */
export function showStatus(container: HTMLElement, lang: Lang, text: string, detail?: string): void {
  container.textContent = "";
  const box = document.createElement("div");
  box.id = "boot";
  box.setAttribute("data-testid", "boot");
  box.setAttribute("role", detail ? "alert" : "status");
  box.textContent = text;
  if (detail) {
    const small = document.createElement("div");
    small.style.fontSize = "11px";
    small.style.marginTop = "8px";
    small.textContent = t(lang, "err.details", { detail });
    box.appendChild(small);
  }
  container.appendChild(box);
}

export async function main(container: HTMLElement | null = document.getElementById("container")): Promise<void> {
  if (!container) return;
  const storage = safeLocalStorage();
  let lang = initialLang(storage);
  // English texts are a chunk of their own: fetched while Office starts, for a user who chose English
  void loadLang(lang).catch(() => undefined);
  try {
    const created = await createHost({ onSlow: () => showStatus(container, lang, t(lang, "start.waiting")) });
    // Office's display language is known once Office.js is ready (inside createHost).
    lang = initialLang(storage, officeDisplayLanguage());
    // the first render in that language (if its texts cannot be fetched, the pane starts in Thai)
    await loadLang(lang).catch(() => undefined);
    container.textContent = "";
    createRoot(container).render(
      <ErrorBoundary lang={lang}>
        <Root created={created} initialLang={lang} storage={storage} />
      </ErrorBoundary>,
    );
  } catch (e) {
    const notice = errorNotice(e);
    showStatus(container, lang, t(lang, notice.key, notice.vars), errorDetail(e));
  }
}

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

void main();
