/**
 * The Content-Security-Policy of the add-in's pages (taskpane.html, commands.html, fallback.html, help.html):
 * scripts from the add-in's own folder and the Office CDN only, no inline script, no eval, no connection
 * anywhere else. The production build is served on localhost and opened in Debian's Chromium, which enforces
 * the policy: the pane (with the preview workbook, HyperFormula included) must run with no violation reported.
 */
import * as fs from "fs";
import * as path from "path";
import type { Page } from "playwright-core";
import { PRODUCTION_URL, scriptTags } from "../helpers/build";
import { OFFICE_CDN, openPreview, type PreviewSession } from "./kit";

const PAGES = ["taskpane.html", "commands.html", "fallback.html", "help.html"];

/** The policy of a page, directive → sources. */
function policyOf(html: string): Map<string, string[]> {
  // (the build minifies the HTML: the attribute's quotes may go)
  const m = /<meta http-equiv="?Content-Security-Policy"? content="([^"]+)"/i.exec(html);
  if (!m) throw new Error("no Content-Security-Policy meta");
  return new Map(
    m[1]
      .split(";")
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map((d) => [d[0], d.slice(1)] as [string, string[]]),
  );
}

describe("Content-Security-Policy", () => {
  let session: PreviewSession;

  beforeAll(async () => {
    session = await openPreview({ goto: false });
    expect(session.build.env.ADDIN_URL).toBe(PRODUCTION_URL);
    // every page of this context records the violations the policy reports
    await session.context.addInitScript(() => {
      const w = window as unknown as { __csp: string[] };
      w.__csp = [];
      document.addEventListener("securitypolicyviolation", (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`));
    });
  }, 15 * 60 * 1000);

  afterAll(async () => {
    await session?.close();
  });

  it.each(PAGES)("%s declares the policy: scripts from 'self' and the Office CDN only, no inline script, no outside connection", (page) => {
    const html = fs.readFileSync(path.join(session.build.outDir, page), "utf8");
    const policy = policyOf(html);
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("script-src")).toEqual(["'self'", "https://appsforoffice.microsoft.com"]);
    expect(policy.get("connect-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(scriptTags(html).filter((s) => s.inline !== undefined)).toEqual([]);
    for (const s of scriptTags(html)) expect(s.src!.startsWith(OFFICE_CDN) || !/^[a-z]+:/i.test(s.src!)).toBe(true);
  });

  /** A page of the build in a new tab, with its CSP violations and errors recorded (requests leaving localhost: session.outside). */
  async function open(rel: string): Promise<{ page: Page; violations: () => Promise<string[]>; errors: string[] }> {
    const page = await session.context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => {
      if (/Content Security Policy/i.test(m.text())) errors.push(m.text());
    });
    await page.goto(`${session.origin}/${rel}`, { waitUntil: "load" });
    return { page, errors, violations: () => page.evaluate(() => (window as unknown as { __csp: string[] }).__csp) };
  }

  it("the pane runs under it: the preview workbook and the pane render, no violation, nothing leaves localhost", async () => {
    const { page, violations, errors } = await open("taskpane.html");
    await page.waitForSelector('[data-testid="app-title"]', { timeout: 120_000 });
    await page.waitForSelector('[data-testid="preview-grid"]', { timeout: 120_000 });
    await page.click('[data-testid="tab-template"]');
    await page.waitForTimeout(500);
    // detect.js tries `new Function` to see whether the engine compiles ES2017; under the policy that is refused
    // (reported, and detect.js takes the EvalError as "cannot tell", not as an old engine). Nothing else may be.
    const all = await violations();
    expect(all.filter((v) => !/^script-src eval .*\/detect\.js$/.test(v))).toEqual([]);
    expect(errors.filter((e) => !/unsafe-eval/.test(e))).toEqual([]);
    // office.js may try its own telemetry outside Office; the pane quiets it, and the policy would block it anyway
    expect(session.outside.filter((u) => !u.startsWith(OFFICE_CDN))).toEqual([]);
    await page.close();
  }, 180_000);

  it.each(["commands.html", "fallback.html?missing=fetch", "help.html"])("%s loads with no violation", async (rel) => {
    const { page, violations, errors } = await open(rel);
    await page.waitForTimeout(300);
    expect(await violations()).toEqual([]);
    expect(errors).toEqual([]);
    if (rel.startsWith("fallback")) expect(await page.locator("#diag-missing").innerText()).toBe("fetch");
    if (rel === "help.html") {
      const text = await page.locator("body").innerText();
      expect(text).toContain("วิธีใช้");
      expect(text).toContain("Getting started");
    }
    await page.close();
  }, 60_000);

  it("the manifest points SupportUrl and LearnMoreUrl at the help page, which is in the build", () => {
    const manifest = fs.readFileSync(path.join(session.build.outDir, "manifest.xml"), "utf8");
    expect(manifest).toContain(`<SupportUrl DefaultValue="${PRODUCTION_URL}help.html"/>`);
    expect(manifest).toMatch(new RegExp(`<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="${PRODUCTION_URL.replace(/\./g, "\\.")}help\\.html"/>`));
    expect(session.build.files).toContain("help.html");
    expect(manifest).not.toContain(`${PRODUCTION_URL}taskpane.html"/>\n  <AppDomains`);
  });
});
