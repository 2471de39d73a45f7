/**
 * The built folder is plain static files that any HTTPS server can host. Here it is served with
 * scripts/serve-https.js (the "try it" step of docs/deploy.*.md) on a free localhost port with a freshly
 * generated self-signed certificate, and the manifest and pages are fetched back over TLS, verifying the
 * certificate against that self-signed certificate as the only trusted CA. Then Chromium opens the served
 * task pane: it stays on the task pane; with `fetch` removed (an old webview) it lands on fallback.html.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { X509Certificate } from "node:crypto";
import * as fs from "node:fs";
import * as https from "node:https";
import * as os from "node:os";
import * as path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { buildOnce, PRODUCTION_URL, REPO_ROOT, type BuildResult } from "../helpers/build";

let build: BuildResult;
let server: ChildProcess;
let baseUrl: string;
let ca: Buffer;
let certDir: string;

interface Response {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(url: string, opts: https.RequestOptions = {}): Promise<Response> {
  return new Promise((resolve, reject) => {
    const req = https.get(url, { ca, ...opts }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("error", reject);
  });
}

beforeAll(async () => {
  build = await buildOnce({ ADDIN_URL: PRODUCTION_URL });
  certDir = fs.mkdtempSync(path.join(os.tmpdir(), "budget-plan-cert-"));
  server = spawn(
    process.execPath,
    [path.join(REPO_ROOT, "scripts/serve-https.js"), build.outDir, "--port", "0", "--host", "localhost", "--cert-dir", certDir],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  baseUrl = await new Promise<string>((resolve, reject) => {
    let out = "";
    server.stdout!.on("data", (d) => {
      out += d;
      const m = /Serving .* at (https:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    server.stderr!.on("data", (d) => (out += d));
    server.on("exit", (code) => reject(new Error(`serve-https exited (${code}): ${out}`)));
  });
  ca = fs.readFileSync(path.join(certDir, "localhost.crt"));
}, 900_000);

afterAll(async () => {
  if (server && server.exitCode === null) {
    const exited = new Promise((r) => server.once("exit", r));
    server.kill("SIGTERM");
    await exited;
  }
  if (certDir) fs.rmSync(certDir, { recursive: true, force: true });
});

describe("serve-https.js serving the production build", () => {
  test("listens on localhost over https with a generated self-signed certificate for localhost", () => {
    expect(baseUrl).toMatch(/^https:\/\/localhost:\d+\/$/);
    const cert = new X509Certificate(ca);
    expect(cert.subjectAltName).toContain("DNS:localhost");
    expect(cert.subjectAltName).toContain("IP Address:127.0.0.1");
    expect(cert.issuer).toBe(cert.subject); // self-signed
  });

  test("serves manifest.xml (the production manifest, byte for byte) as XML", async () => {
    const r = await get(baseUrl + "manifest.xml");
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toBe("application/xml; charset=utf-8");
    expect(r.headers["cache-control"]).toBe("no-cache");
    expect(r.body.equals(fs.readFileSync(path.join(build.outDir, "manifest.xml")))).toBe(true);
    expect(r.body.toString("utf8")).toContain(PRODUCTION_URL + "taskpane.html");
  });

  test("serves taskpane.html and fallback.html as UTF-8 HTML", async () => {
    for (const page of ["taskpane.html", "fallback.html", "commands.html"]) {
      const r = await get(baseUrl + page);
      expect(r.status).toBe(200);
      expect(r.headers["content-type"]).toBe("text/html; charset=utf-8");
      expect(r.body.equals(fs.readFileSync(path.join(build.outDir, page)))).toBe(true);
    }
    expect((await get(baseUrl + "fallback.html")).body.toString("utf8")).toContain("ใช้กับ Office รุ่นนี้ไม่ได้");
  });

  test("serves the bundles as JavaScript with a long cache (their names carry a content hash)", async () => {
    const bundle = build.files.find((f) => /^taskpane\.[0-9a-f]{8}\.js$/.test(f));
    expect(bundle).toBeDefined();
    const r = await get(baseUrl + bundle);
    expect(r.status).toBe(200);
    expect(r.headers["content-type"]).toBe("text/javascript; charset=utf-8");
    expect(r.headers["cache-control"]).toBe("public, max-age=31536000, immutable");
  });

  test("answers 404 for missing files and does not leave the folder", async () => {
    expect((await get(baseUrl + "nope.html")).status).toBe(404);
    const traversal = await get(baseUrl.replace(/\/$/, "") + "/%2e%2e/%2e%2e/%2e%2e/etc/passwd");
    expect([403, 404]).toContain(traversal.status);
    expect(traversal.body.toString()).not.toContain("root:");
  });

  test("a client that does not trust the certificate is refused (it is real TLS, not plain http)", async () => {
    await expect(get(baseUrl + "manifest.xml", { ca: undefined })).rejects.toThrow(/self[- ]signed|unable to verify/i);
  });
});

describe("Chromium opening the served task pane", () => {
  const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
  let browser: Browser;

  beforeAll(async () => {
    if (!executablePath) throw new Error("Chromium is required for this test (apt-get install chromium)");
    browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
  });

  /** A page where Office.js comes from a stub (no internet here) and nothing leaves localhost. */
  async function openPage(initScript?: string) {
    const context = await browser.newContext({ ignoreHTTPSErrors: true });
    if (initScript) await context.addInitScript(initScript);
    await context.route(/^https?:\/\/(?!localhost[:/])/, (route) =>
      route.request().url().startsWith("https://appsforoffice.microsoft.com/")
        ? route.fulfill({
            contentType: "text/javascript",
            body: "window.Office = { onReady: function () { return { then: function () {} }; } };",
          })
        : route.abort(),
    );
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    return { context, page, errors };
  }

  test("a modern engine stays on taskpane.html (the check does nothing) and the bundle parses", async () => {
    const { context, page, errors } = await openPage();
    await page.goto(baseUrl + "taskpane.html?_host_Info=Excel$Win32$16.01$th-TH$$$$0", { waitUntil: "load" });
    expect(new URL(page.url()).pathname).toBe("/taskpane.html");
    expect(errors.filter((e) => /SyntaxError/.test(e))).toEqual([]);
    await context.close();
  });

  test("an old webview (no fetch) is sent to fallback.html, which shows Thai and English and what is missing", async () => {
    const { context, page } = await openPage("delete window.fetch;");
    await page.goto(baseUrl + "taskpane.html?_host_Info=Excel$Win32$16.01$th-TH$$$$0", { waitUntil: "commit" });
    await page.waitForURL(/\/fallback\.html\?/);
    await page.waitForLoadState("load");
    const text = await page.locator("body").innerText();
    expect(text).toContain("ใช้กับ Office รุ่นนี้ไม่ได้");
    expect(text).toContain("cannot run in this version of Office");
    expect(await page.locator("#diag-missing").innerText()).toBe("fetch");
    expect(await page.locator("#diag-host").innerText()).toBe("Excel / Win32 / 16.01 / th-TH");
    await context.close();
  });
});
