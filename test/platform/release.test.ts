/**
 * `npm run release` (scripts/release.js): the zip holds one versioned folder with the add-in (no manifest, no
 * source maps, only relative addresses), the server settings, the docs, the changelog. Served from an arbitrary
 * sub-folder of an HTTPS server (no rebuild), Chromium opens the setup page, which offers the manifest for that
 * address and finds the server fine, and the task pane from the same folder starts.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { serve, type ServeHandle } from "../../scripts/serve-https.js";
import { checkVersions, REQUIRED } from "../../scripts/release.js";
import { addinIdFor, manifestVersion } from "../../src/setup/manifestCore";
import { manifestForSource } from "../../src/setup/sourceManifest";
import { releaseOnce, type UnpackedRelease } from "./releaseOnce";
import { loadWorkbook, snapshotOf, templateStampOf } from "../../src/adapters/xlsx/read";
import { readPlan, TEMPLATE_VERSION } from "../../src/workbook";

const root = path.resolve(__dirname, "../..");
const pkg = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")) as { version: string; scripts: Record<string, string> };
const template = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");

let rel: UnpackedRelease;
beforeAll(async () => {
  rel = await releaseOnce();
}, 900_000);

describe("the release zip", () => {
  test("npm run release runs scripts/release.js; versions agree (package, manifest, changelog)", () => {
    expect(pkg.scripts.release).toBe("node scripts/release.js");
    expect(checkVersions()).toBe(pkg.version);
    expect(manifestVersion(template)).toBe(`${pkg.version}.0`);
    expect(fs.readFileSync(path.join(root, "CHANGELOG.md"), "utf8")).toMatch(new RegExp(`^## ${pkg.version.replace(/\./g, "\\.")} `, "m"));
  });

  test("one versioned folder: addin/ (with .htaccess and web.config), server/, docs/, changelog, licence, readme", () => {
    expect(path.basename(rel.zipPath)).toBe(`budget-plan-addin-${pkg.version}.zip`);
    expect(fs.readFileSync(`${rel.zipPath}.sha256`, "utf8")).toBe(`${rel.sha256}  budget-plan-addin-${pkg.version}.zip\n`);
    const top = `budget-plan-addin-${pkg.version}/`;
    expect(rel.entries.every((e) => e.startsWith(top))).toBe(true);
    const names = rel.entries.map((e) => e.slice(top.length));
    for (const f of REQUIRED) expect(names).toContain(`addin/${f}`);
    for (const f of ["addin/.htaccess", "addin/web.config", "server/nginx-budget-plan.conf", "server/apache-budget-plan.conf", "docs/deploy.th.md", "docs/deploy.en.md", "docs/platforms.md", "CHANGELOG.md", "LICENSE", "README.txt"]) {
      expect(names).toContain(f);
    }
    expect(names.filter((n) => /manifest\.xml$|\.map$/.test(n))).toEqual([]);
    expect(fs.readFileSync(path.join(rel.top, "README.txt"), "utf8")).toContain("manifest.xml");
    expect(rel.bytes).toBeLessThan(15 * 1024 * 1024);
  });

  test("templates/: blank Thai and English plan workbooks of the current fiscal year, stamped, that read as plans", async () => {
    const dir = path.join(rel.top, "templates");
    const files = fs.readdirSync(dir).sort();
    expect(files).toHaveLength(2);
    for (const f of files) {
      const m = /^budget-plan-FY(\d{4})-(th|en)\.xlsx$/.exec(f);
      expect(m).not.toBeNull();
      const wb = await loadWorkbook(path.join(dir, f));
      expect(templateStampOf(wb)).toEqual({ version: TEMPLATE_VERSION, sheet: m![2] === "th" ? "โครงการ" : "Project" });
      const read = readPlan(snapshotOf(wb));
      expect(read.isPlan).toBe(true);
      expect(read.plan.project.fiscalYear).toBe(Number(m![1]));
      expect(read.plan.budgetLines).toEqual([]);
    }
  });

  test("every address in the pages is relative (or Office.js on Microsoft's CDN); no bundle knows a host", () => {
    for (const page of fs.readdirSync(rel.addin).filter((f) => f.endsWith(".html"))) {
      const html = fs.readFileSync(path.join(rel.addin, page), "utf8");
      for (const m of html.matchAll(/\b(?:src|href)\s*=\s*["']?([^"'\s>]+)/gi)) {
        const url = m[1];
        const ok = url === "https://appsforoffice.microsoft.com/lib/1/hosted/office.js" || (!/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith("/"));
        expect([page, url, ok]).toEqual([page, url, true]);
      }
    }
    for (const js of fs.readdirSync(rel.addin).filter((f) => f.endsWith(".js"))) {
      const text = fs.readFileSync(path.join(rel.addin, js), "utf8");
      expect([js, /plan\.example\.com/.test(text)]).toEqual([js, false]);
      expect([js, /localhost:3000/.test(text)]).toEqual([js, false]);
    }
    const setup = fs.readdirSync(rel.addin).filter((f) => /^setup\.[0-9a-f]{8}\.js$/.test(f));
    expect(setup).toHaveLength(1);
    const bundle = fs.readFileSync(path.join(rel.addin, setup[0]), "utf8");
    // the manifest template, with a placeholder address and the source Id, both replaced at run time
    expect(bundle).toContain("https://addin-folder.invalid/taskpane.html");
    expect(bundle).toContain("4dfb4e1f-7267-49a7-8ac8-0c0a30f305d8");
    expect(bundle).toContain(`"${pkg.version}"`);
  });
});

describe("served from any HTTPS folder, without rebuilding", () => {
  const executablePath = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((p) => fs.existsSync(p));
  let browser: Browser;
  let server: ServeHandle;
  const SUB = "district/tools/budget-plan/";

  beforeAll(async () => {
    const site = fs.mkdtempSync(path.join(path.dirname(rel.dir), "site-"));
    fs.cpSync(rel.addin, path.join(site, SUB), { recursive: true });
    server = await serve({ dir: site, port: 0, host: "localhost", certDir: path.join(site, "..", "cert") });
    if (!executablePath) throw new Error("Chromium is required for this test (apt-get install chromium)");
    browser = await chromium.launch({ executablePath, args: ["--no-sandbox"] });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A browser page where office.js (Microsoft's CDN address) comes from node_modules and nothing leaves localhost. */
  async function open() {
    const context = await browser.newContext({ ignoreHTTPSErrors: true, acceptDownloads: true });
    const officeDist = path.join(root, "node_modules", "@microsoft", "office-js", "dist");
    const cdn = "https://appsforoffice.microsoft.com/lib/1/hosted/";
    await context.route(/^https?:\/\/(?!localhost[:/])/, (route) => {
      const url = route.request().url();
      const file = path.normalize(path.join(officeDist, new URL(url).pathname.slice(new URL(cdn).pathname.length)));
      return url.startsWith(cdn) && file.startsWith(officeDist) && fs.existsSync(file) && fs.statSync(file).isFile()
        ? route.fulfill({ path: file, contentType: file.endsWith(".js") ? "text/javascript" : "application/octet-stream" })
        : route.abort();
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(String(e)));
    return { context, page, errors };
  }

  test("the folder's address opens the setup page; it offers the manifest for that address and the check passes", async () => {
    const base = `${server.url}${SUB}`;
    const { context, page, errors } = await open();
    await page.goto(base, { waitUntil: "load" });
    await page.locator('[data-testid="checks"]').waitFor();
    expect(await page.locator('[data-testid="address"]').inputValue()).toBe(base);
    expect(await page.locator('[data-testid="addin-id"]').innerText()).toContain(addinIdFor(base));
    expect(await page.locator('[data-testid="version"]').innerText()).toBe(`รุ่น ${pkg.version}`);
    const levels = await page.locator('[data-testid="checks"] li').evaluateAll((lis) => lis.map((li) => `${li.getAttribute("data-level")} ${li.textContent}`));
    expect(levels.filter((l) => !l.startsWith("ok"))).toEqual([]);
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator('[data-testid="download"]').click()]);
    expect(download.suggestedFilename()).toBe("manifest.xml");
    const file = await download.path();
    expect(fs.readFileSync(file!, "utf8")).toBe(manifestForSource(template, base));
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);

  test("the task pane starts from the same folder (relative bundle addresses resolve there)", async () => {
    const { context, page, errors } = await open();
    await page.goto(`${server.url}${SUB}taskpane.html`, { waitUntil: "load" });
    await page.locator('[data-testid="app-title"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-testid="app-version"]').innerText()).toContain(pkg.version);
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
