// Page for the Chromium test of the preview grid (bundled with esbuild by previewGrid.browser.test.ts).
import { createRoot } from "react-dom/client";
import { PreviewGrid, PreviewWorkbookHost } from "../../../src/adapters/preview";
import { budgetSpec } from "../specFixture";

declare global {
  interface Window {
    ROWS: number;
    host: PreviewWorkbookHost;
    userChanges: number;
    timings: { insertMs: number; firstRenderMs: number };
  }
}

async function main() {
  const t0 = performance.now();
  const host = new PreviewWorkbookHost();
  await host.insertTemplate(budgetSpec(window.ROWS), "fail");
  const t1 = performance.now();
  window.host = host;
  window.userChanges = 0;
  await host.onUserChange(() => window.userChanges++);
  createRoot(document.getElementById("root")!).render(<PreviewGrid host={host} lang="th" height={500} />);
  requestAnimationFrame(() => {
    window.timings = { insertMs: Math.round(t1 - t0), firstRenderMs: Math.round(performance.now() - t1) };
  });
}

void main();
