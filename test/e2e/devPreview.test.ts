/**
 * `npm start` on Linux, end to end: scripts/start.js runs the webpack dev server (development build) and prints
 * the preview's address; that address, opened in Debian's Chromium under the page's own Content-Security-Policy
 * (no bypass), shows the task pane beside the preview workbook with no violation. The development build once used
 * an eval-based devtool, which the policy (no 'unsafe-eval') blocked: the pane said "Loading…" forever. When the
 * pane's script cannot start (not loaded, or blocked), the page's start watch (src/fallback/bootwatch.js) replaces
 * "Loading…" with a Thai/English message naming what failed.
 *
 * Cost: one development build (about 35 s on the 2-core machine with babel's cache warm, a few minutes cold);
 * the waits below are for conditions, with generous deadlines, never for time.
 */
import { spawn, type ChildProcess } from "child_process";
import * as fs from "fs";
import * as net from "net";
import * as os from "os";
import * as path from "path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { OFFICE_CDN, REPO_ROOT, WAIT_MS, byTestId } from "./kit";

const OFFICE_DIST = path.join(REPO_ROOT, "node_modules", "@microsoft", "office-js", "dist");
/** The first compile of the development build: minutes on a loaded 2-core machine with cold caches. */
const COMPILE_MS = 14 * 60 * 1000;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.on("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const port = (s.address() as net.AddressInfo).port;
      s.close(() => resolve(port));
    });
  });
}

describe("the development build's settings", () => {
  it("use no eval-based devtool (the pages' policy has no 'unsafe-eval') and no dev-server client option that needs eval", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const configure = require(path.join(REPO_ROOT, "webpack.config.js")) as (env: object, argv: object) => Promise<Record<string, unknown>>;
    const dev = await configure({ outDir: path.join(os.tmpdir(), "devstart-config-only") }, { mode: "development" });
    expect(typeof dev.devtool).toBe("string");
    expect(dev.devtool).not.toMatch(/eval/);
    // an overlay filter given as a function is compiled back with new Function by the dev-server client
    const client = (dev.devServer as { client: { overlay: Record<string, unknown> } }).client;
    for (const v of Object.values(client.overlay)) expect(typeof v).toBe("boolean");
  });
});

describe("npm start on Linux: the browser preview from the development server (Chromium, the page's own policy)", () => {
  let child: ChildProcess;
  let printed = "";
  let url = "";
  let context: BrowserContext;
  let userDir: string;
  const pidFile = path.join(os.tmpdir(), `devstart-preview-${process.pid}.pid`);

  beforeAll(async () => {
    const port = await freePort();
    const env: NodeJS.ProcessEnv = { ...process.env, PREVIEW_PORT: String(port), PREVIEW_PID_FILE: pidFile };
    delete env.BABEL_ENV;
    delete env.JEST_WORKER_ID;
    delete env.NODE_ENV;
    // its own process group, so that the dev server it starts ends with it
    child = spawn(process.execPath, [path.join(REPO_ROOT, "scripts", "start.js")], { cwd: REPO_ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] });
    child.stdout!.on("data", (d) => (printed += String(d)));
    child.stderr!.on("data", (d) => (printed += String(d)));
    url = await new Promise<string>((resolve, reject) => {
      const deadline = setTimeout(() => reject(new Error(`no preview address printed:\n${printed.slice(-4000)}`)), COMPILE_MS);
      const look = () => {
        const m = /^Preview \(.*\): (\S+)$/m.exec(printed);
        if (m) {
          clearTimeout(deadline);
          resolve(m[1]);
        }
      };
      child.stdout!.on("data", look);
      child.on("exit", (code) => {
        clearTimeout(deadline);
        reject(new Error(`npm start ended (${code}) before printing the address:\n${printed.slice(-4000)}`));
      });
    });
    userDir = fs.mkdtempSync(path.join(os.tmpdir(), "devpreview-chromium-"));
    context = await chromium.launchPersistentContext(userDir, {
      executablePath: "/usr/bin/chromium",
      headless: true,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      viewport: { width: 1280, height: 800 },
      locale: "th-TH",
      // the dev server is https when office-addin-dev-certs made certificates on this machine
      ignoreHTTPSErrors: true,
    });
    context.setDefaultTimeout(WAIT_MS);
    // office.js from node_modules for its CDN address; nothing else leaves localhost
    await context.route("**/*", async (route) => {
      const u = new URL(route.request().url());
      if (u.hostname === "localhost" || u.hostname === "127.0.0.1") return route.continue();
      if (u.href.startsWith(OFFICE_CDN)) {
        const file = path.normalize(path.join(OFFICE_DIST, u.pathname.slice(new URL(OFFICE_CDN).pathname.length)));
        if (file.startsWith(OFFICE_DIST) && fs.existsSync(file)) return route.fulfill({ path: file, contentType: "text/javascript; charset=utf-8" });
      }
      return route.abort();
    });
    await context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`));
    });
  }, COMPILE_MS + 60_000);

  afterAll(async () => {
    await context?.close();
    if (userDir) fs.rmSync(userDir, { recursive: true, force: true });
    if (child?.pid && child.exitCode === null) {
      const ended = new Promise((r) => child.once("exit", r));
      process.kill(-child.pid, "SIGTERM");
      await ended;
    }
    fs.rmSync(pidFile, { force: true });
  }, 60_000);

  async function open(): Promise<{ page: Page; errors: string[]; violations: () => Promise<string[]> }> {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    return { page, errors, violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
  }

  it("prints the preview's address: the task pane page on localhost", () => {
    expect(url).toMatch(/^https?:\/\/localhost:\d+\/taskpane\.html$/);
    expect(printed).toContain("npm stop");
  });

  it("the pane and the preview workbook render under the page's policy, with no violation", async () => {
    const { page, errors, violations } = await open();
    const response = await page.goto(url);
    const html = await response!.text();
    const policy = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html)![1];
    expect(policy).toContain("script-src 'self' https://appsforoffice.microsoft.com;");
    expect(policy).not.toContain("unsafe-eval");
    // the pane settled, or the start watch's message (then its detail says why)
    await page.waitForSelector(`${byTestId("taskpane")}[aria-busy="false"], ${byTestId("boot-failed")}:visible`);
    if (await page.locator(byTestId("boot-failed")).isVisible()) expect(await page.locator(byTestId("boot-failed-detail")).innerText()).toBe("");
    await page.waitForSelector(`${byTestId("taskpane")}[aria-busy="false"]`);
    await page.waitForSelector(byTestId("preview-grid"));
    expect(await page.locator(byTestId("app-title")).innerText()).toMatch(/[\u0E00-\u0E7F]/);
    // detect.js probes the engine with new Function (refused and caught, see csp.test.ts); nothing else is refused
    expect((await violations()).filter((v) => !/^script-src eval .*\/detect\.js$/.test(v))).toEqual([]);
    expect(errors).toEqual([]);
    expect(await page.locator(byTestId("boot-failed")).count()).toBe(0);
    await page.close();
  });

  it("a pane script that cannot be loaded: 'could not start' in Thai and English, naming the file, not 'Loading…' forever", async () => {
    const { page } = await open();
    await page.route(/\/taskpane\.js$/, (route) => route.fulfill({ status: 404, body: "not found" }));
    await page.goto(url);
    await page.waitForSelector(`${byTestId("boot-failed")}:visible`);
    const text = await page.locator(byTestId("boot-failed")).innerText();
    expect(text).toContain("เปิดบานหน้าต่างแผนงบประมาณไม่สำเร็จ");
    expect(text).toContain("could not start");
    expect(await page.locator(byTestId("boot-failed-detail")).innerText()).toContain("taskpane.js: could not be loaded");
    expect(await page.locator(byTestId("boot")).isVisible()).toBe(false);
    await page.close();
  });

  it("a pane script the policy blocks (an eval-based build): the message names the script and the policy", async () => {
    const { page } = await open();
    // what the eval-source-map development build did first thing: run its modules through eval()
    await page.route(/\/taskpane\.js$/, (route) =>
      route.fulfill({ status: 200, contentType: "text/javascript; charset=utf-8", body: 'eval("window.__started = true;");' }),
    );
    await page.goto(url);
    await page.waitForSelector(`${byTestId("boot-failed")}:visible`);
    await page.waitForFunction(() => /Content-Security-Policy: script-src/.test(document.getElementById("boot-failed-detail")!.textContent ?? ""));
    const detail = await page.locator(byTestId("boot-failed-detail")).innerText();
    expect(detail).toContain("taskpane.js: ");
    expect(detail).toMatch(/EvalError|unsafe-eval|evaluate/i);
    expect(await page.evaluate(() => (window as unknown as { __started?: boolean }).__started)).toBeUndefined();
    await page.close();
  });
});
