/**
 * What the end-to-end tests share: the production build of the task pane (or E2E_DIST=<dir>, an existing
 * build, while iterating), a local static server for it, and Debian's Chromium through playwright-core with
 * every request outside localhost recorded and refused (office.js, at its CDN address, is served from
 * node_modules/@microsoft/office-js). Screenshots go to test-artifacts/e2e/.
 */
import * as fs from "fs";
import * as http from "http";
import type { AddressInfo } from "net";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import webpack from "webpack";

export const root = path.join(__dirname, "..", "..");
export const artifacts = path.join(root, "test-artifacts", "e2e");
const officeDist = path.join(root, "node_modules", "@microsoft", "office-js", "dist");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
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

export async function buildProduction(outDir: string): Promise<void> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const makeConfig = require("../../webpack.config.js");
  const config = await makeConfig({ outDir, noSourceMaps: true }, { mode: "production" });
  await new Promise<void>((resolve, reject) => {
    webpack(config).run((err, stats) => {
      if (err) return reject(err);
      if (!stats || stats.hasErrors()) return reject(new Error(stats ? stats.toString({ all: false, errors: true }) : "no stats"));
      resolve();
    });
  });
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

export interface Session {
  outDir: string;
  origin: string;
  context: BrowserContext;
  page: Page;
  /** Requests that tried to leave localhost. */
  outside: string[];
  pageErrors: string[];
  shot(name: string): Promise<Buffer>;
  close(): Promise<void>;
}

/** Builds (unless E2E_DIST is set), serves and opens Chromium on a fresh profile. */
export async function openSession(opts: { viewport?: { width: number; height: number }; locale?: string } = {}): Promise<Session> {
  const prebuilt = process.env.E2E_DIST ? path.resolve(process.env.E2E_DIST) : undefined;
  const outDir = prebuilt ?? fs.mkdtempSync(path.join(os.tmpdir(), "taskpane-dist-"));
  const userDir = fs.mkdtempSync(path.join(os.tmpdir(), "taskpane-chromium-"));
  fs.mkdirSync(artifacts, { recursive: true });
  if (!prebuilt) await buildProduction(outDir);
  const { server, origin } = await serve(outDir);
  const context = await chromium.launchPersistentContext(userDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
    viewport: opts.viewport ?? { width: 1280, height: 860 },
    locale: opts.locale ?? "th-TH",
  });
  const outside: string[] = [];
  const pageErrors: string[] = [];
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "localhost" || url.hostname === "127.0.0.1") return route.continue();
    if (url.href.startsWith(OFFICE_CDN)) {
      const rel = url.pathname.slice(new URL(OFFICE_CDN).pathname.length);
      const file = path.normalize(path.join(officeDist, rel));
      if (file.startsWith(officeDist) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        return route.fulfill({ path: file, contentType: MIME[path.extname(file)] ?? "application/octet-stream" });
      }
    }
    outside.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(e.message));
  return {
    outDir,
    origin,
    context,
    page,
    outside,
    pageErrors,
    shot: (name) => page.screenshot({ path: path.join(artifacts, `${name}.png`) }),
    async close() {
      await context.close();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      for (const dir of [prebuilt ? undefined : outDir, userDir]) if (dir) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

export const byTestId = (id: string) => `[data-testid="${id}"]`;
