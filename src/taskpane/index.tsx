/**
 * Task pane entry: waits for Office.js, picks the workbook host (Excel or the browser preview) and renders.
 */
import { createRoot } from "react-dom/client";
import { Root } from "./Root";
import { createHost, officeDisplayLanguage } from "./host";
import { initialLang, t } from "./i18n/strings";
import { errorMessage } from "./state/app";

async function main(): Promise<void> {
  const container = document.getElementById("container");
  if (!container) return;
  const storage = safeLocalStorage();
  let lang = initialLang(storage);
  try {
    const created = await createHost();
    // Office's display language is known once Office.js is ready (inside createHost).
    lang = initialLang(storage, officeDisplayLanguage());
    createRoot(container).render(<Root created={created} initialLang={lang} storage={storage} />);
  } catch (e) {
    container.textContent = t(lang, "app.startFailed", { message: errorMessage(e) });
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
