/**
 * THE end-to-end harness: every test/e2e/*.test.ts opens the pane through it. The production build (the
 * shared cached one, see ../helpers/build, so the e2e files and test/platform build once), served on
 * localhost, opened in Debian's Chromium through playwright-core on a fresh profile. Every request must stay
 * on localhost; office.js (Microsoft's CDN address) is served from node_modules/@microsoft/office-js;
 * anything else is recorded (`outside`) and aborted. Screenshots go to test-artifacts/e2e/.
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { buildOnce, REPO_ROOT, type BuildResult } from "../helpers/build";

export { REPO_ROOT };

export const ARTIFACTS = path.join(REPO_ROOT, "test-artifacts", "e2e");
const OFFICE_DIST = path.join(REPO_ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const CHROMIUM = "/usr/bin/chromium";

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".png": "image/png",
  ".xml": "application/xml; charset=utf-8",
  ".json": "application/json",
  ".map": "application/json",
};

export const byTestId = (id: string) => `[data-testid="${id}"]`;

/**
 * Waits until the pane is settled: no operation running, no check queued or running, no live check waiting for
 * the 500 ms after an edit (the pane's aria-busy). Call it before acting on what a check can replace (a choice
 * in the reading table, a finding's fix button, the schedule's figures) and before reading figures a check
 * brings. An edit typed in the grid or a click on the pane sets aria-busy before the call that made it returns.
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForSelector(`${byTestId("taskpane")}[aria-busy="false"]`);
}

/** Types `text` into a grid cell ("Sheet!A1") as a user does: double-click, type, Enter. */
export async function typeInCell(page: Page, ref: string, text: string): Promise<void> {
  await page.dblclick(byTestId(`cell-${ref}`));
  await page.fill(byTestId("cell-editor"), text);
  await page.press(byTestId("cell-editor"), "Enter");
}

/**
 * The grid draws only the rows in view (and a few around them), as a long sheet would be too slow otherwise:
 * a cell below the fold is not in the page until the grid is scrolled to it. Scrolls the active sheet from
 * the top, a screen at a time, until the cell `ref` ("Sheet!B24") is drawn, and returns its locator.
 */
export async function showCell(page: Page, ref: string) {
  const cell = page.locator(byTestId(`cell-${ref}`));
  const grid = page.locator(byTestId("grid-scroll"));
  await grid.evaluate((el) => el.scrollTo({ top: 0 }));
  for (let i = 0; i < 200 && (await cell.count()) === 0; i++) {
    const moved = await grid.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTo({ top: before + Math.max(40, el.clientHeight * 0.7) });
      return el.scrollTop !== before;
    });
    if (!moved) break;
    // the grid draws the new rows on its scroll event: wait for the next frame
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  }
  return cell;
}

/**
 * Every drawn cell of `column` in the active sheet ("C") by row number, scrolling the grid from the top to its
 * end so that rows below the fold are read too.
 */
export async function columnTexts(page: Page, sheet: string, column: string): Promise<Map<number, string>> {
  const out = new Map<number, string>();
  const grid = page.locator(byTestId("grid-scroll"));
  await grid.evaluate((el) => el.scrollTo({ top: 0 }));
  for (let i = 0; i < 200; i++) {
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const seen = await page.$$eval(`[data-testid^="cell-${sheet}!${column}"]`, (els) =>
      els.map((e) => [e.getAttribute("data-testid") ?? "", e.textContent ?? ""] as const),
    );
    for (const [id, text] of seen) {
      const row = Number(/(\d+)$/.exec(id)?.[1]);
      if (/^[A-Z]+\d+$/.test(id.slice(id.indexOf("!") + 1)) && id.slice(id.indexOf("!") + 1).replace(/\d+$/, "") === column) out.set(row, text);
    }
    const moved = await grid.evaluate((el) => {
      const before = el.scrollTop;
      el.scrollTo({ top: before + Math.max(40, el.clientHeight * 0.7) });
      return el.scrollTop !== before;
    });
    if (!moved) break;
  }
  return out;
}

/**
 * How long a wait or an action may take before it fails: the CI machine has 2 cores and runs LibreOffice,
 * webpack and Chromium in turn; inserting the example template and checking it is seconds of work there. Below
 * jest's per-test limit (jest.config.js), so a stuck wait still names the selector it waited for.
 */
export const WAIT_MS = 90_000;

export interface PreviewSession {
  /** The build being served (its folder, files and the ADDIN_URL written into its manifest). */
  build: BuildResult;
  page: Page;
  context: BrowserContext;
  origin: string;
  /** Requests that tried to leave localhost. */
  outside: string[];
  /** Uncaught errors in the page. */
  pageErrors: string[];
  /** A screenshot under test-artifacts/e2e/<name>.png. */
  shot(name: string): Promise<void>;
  close(): Promise<void>;
}

function serve(dir: string): Promise<{ server: http.Server; origin: string }> {
  const server = http.createServer((req, res) => {
    const urlPath = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    const file = path.normalize(path.join(dir, urlPath === "/" ? "taskpane.html" : urlPath));
    if (!file.startsWith(dir) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404);
      res.end("not found");
      return;
    }
    res.writeHead(200, { "content-type": MIME[path.extname(file)] ?? "application/octet-stream" });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve({ server, origin: `http://localhost:${(server.address() as AddressInfo).port}` })),
  );
}

/**
 * Build (or reuse the cached build), serve it, open Chromium on a fresh profile and (unless `goto: false`, for
 * a test that checks the first load itself) the task pane in the preview.
 */
export async function openPreview(opts: { width?: number; height?: number; goto?: boolean } = {}): Promise<PreviewSession> {
  const build = await buildOnce({});
  const { server, origin } = await serve(build.outDir);
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), "taskpane-chromium-"));
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 860 },
    locale: "th-TH",
  });
  const outside: string[] = [];
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "localhost" || url.hostname === "127.0.0.1") return route.continue();
    if (url.href.startsWith(OFFICE_CDN)) {
      const rel = url.pathname.slice(new URL(OFFICE_CDN).pathname.length);
      const file = path.normalize(path.join(OFFICE_DIST, rel));
      if (file.startsWith(OFFICE_DIST) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        return route.fulfill({ path: file, contentType: MIME[path.extname(file)] ?? "application/octet-stream" });
      }
    }
    outside.push(url.href);
    return route.abort();
  });
  context.setDefaultTimeout(WAIT_MS);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (e) => pageErrors.push(e.message));
  if (opts.goto !== false) {
    await page.goto(`${origin}/taskpane.html`);
    await page.waitForSelector(byTestId("preview-layout"));
    await page.waitForSelector(byTestId("taskpane"));
    // the first read of the workbook done: the pane is on the tab it opens with
    await settled(page);
  }
  return {
    build,
    page,
    context,
    origin,
    outside,
    pageErrors,
    shot: async (name) => {
      await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
    },
    close: async () => {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      fs.rmSync(userDir, { recursive: true, force: true });
    },
  };
}
