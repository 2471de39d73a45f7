/**
 * The manifest for a hosting address (src/setup/manifestCore.js, used by the setup page and the ADDIN_URL
 * build): SHA-1 and UUID v5 against Node's crypto and the RFC's example, address normalisation, an Id that
 * depends on the address only, and a manifest that points only at that address and passes the schema.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { spawnSync } from "node:child_process";
import fc from "fast-check";
import * as core from "../../src/setup/manifestCore";
import { DEV_URL, manifestForSource, pageTemplate } from "../../src/setup/sourceManifest";
import { child, findAll, parseXml } from "./xml";

const root = path.resolve(__dirname, "../..");
const template = fs.readFileSync(path.join(root, "manifest.xml"), "utf8");
// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require("../../webpack.config.js") as { rewriteManifest(xml: string, url: string): string };
const VALIDATOR = [path.resolve(root, "../shared/tools/validate-manifest"), path.resolve(root, "../../shared/tools/validate-manifest")].find((p) => fs.existsSync(p));

describe("hash and UUID", () => {
  test("SHA-1 equals Node's for any text (Thai, emoji, long)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (s) => {
        expect(core.sha1Hex(s)).toBe(crypto.createHash("sha1").update(s, "utf8").digest("hex"));
      }),
      { numRuns: 300 },
    );
    expect(core.sha1Hex("a".repeat(1_000))).toBe(crypto.createHash("sha1").update("a".repeat(1_000)).digest("hex"));
  });

  test("UUID v5 matches the DNS-namespace example (uuid5(NAMESPACE_DNS, 'www.example.com'))", () => {
    expect(core.uuidV5("6ba7b810-9dad-11d1-80b4-00c04fd430c8", "www.example.com")).toBe("2ed6657d-e927-568b-95e1-2665a8aea6a2");
  });
});

describe("address → Id", () => {
  test("normalises the folder address; https only", () => {
    expect(core.normalizeBase("https://Plan.Example.com/addin")).toBe("https://plan.example.com/addin/");
    expect(core.normalizeBase("https://plan.example.com:443/addin/setup.html?lang=en#x")).toBe("https://plan.example.com/addin/");
    expect(core.normalizeBase("  https://plan.example.com:8443//addin/index.html ")).toBe("https://plan.example.com:8443/addin/");
    expect(core.normalizeBase("https://plan.example.com")).toBe("https://plan.example.com/");
    expect(() => core.normalizeBase("http://plan.example.com/addin/")).toThrow(/https/);
    expect(() => core.normalizeBase("ftp://x/")).toThrow(/https/);
    expect(() => core.normalizeBase("plan.example.com/addin")).toThrow(/web address/);
    expect(() => core.normalizeBase("https://user:pw@plan.example.com/")).toThrow(/user name/);
  });

  test("the same address (however written) gives the same Id, another address another Id, never the development Id", () => {
    const id = core.addinIdFor("https://plan.example.com/addin/");
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(core.addinIdFor("https://PLAN.example.com:443/addin/setup.html")).toBe(id);
    expect(core.addinIdFor("https://plan.example.com/addin2/")).not.toBe(id);
    expect(core.addinIdFor("https://plan2.example.com/addin/")).not.toBe(id);
    expect(core.addinIdFor(DEV_URL)).not.toBe(core.DEV_ID);
    expect(template).toContain(`<Id>${core.DEV_ID}</Id>`);
    fc.assert(
      fc.property(fc.domain(), fc.webPath(), (host, p) => {
        const url = `https://${host}${p}`;
        expect(core.addinIdFor(url)).not.toBe(core.DEV_ID);
        expect(core.addinIdFor(url)).toBe(core.addinIdFor(core.normalizeBase(url)));
      }),
      { numRuns: 200 },
    );
  });
});

describe("the manifest for an address", () => {
  const base = "https://schools.example.ac.th/tools/budget-plan/";
  const xml = manifestForSource(template, base);
  const doc = parseXml(xml);

  test("points only at that folder (AppDomain: its origin), with the derived Id and the source version", () => {
    expect(xml).not.toMatch(/localhost/);
    expect(child(doc, "Id")!.text.trim()).toBe(core.addinIdFor(base));
    expect(core.manifestVersion(xml)).toBe(core.manifestVersion(template));
    const urls = [...xml.matchAll(/"(https:\/\/[^"]+)"|>(https:\/\/[^<]+)</g)].map((m) => m[1] ?? m[2]);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u === "https://schools.example.ac.th" || u.startsWith(base)).toBe(true);
    expect(findAll(doc, "AppDomain").map((e) => e.text.trim())).toEqual(["https://schools.example.ac.th"]);
    expect(xml).toContain(`<SourceLocation DefaultValue="${base}taskpane.html"/>`);
  });

  test("the setup page's template (placeholder address) gives the same manifest as the source", () => {
    const page = pageTemplate(template);
    expect(page).not.toContain("localhost");
    expect(page).toContain(`${core.PLACEHOLDER_URL}taskpane.html`);
    expect(core.manifestFor(page, base)).toBe(xml);
  });

  test("the ADDIN_URL build writes the same manifest (same Id) for the same address", () => {
    expect(webpackConfig.rewriteManifest(template, base)).toBe(xml);
    expect(webpackConfig.rewriteManifest(template, DEV_URL)).toBe(template);
  });

  test(VALIDATOR ? "passes the Office add-in schema (offline validator)" : "is well-formed XML (xmllint; no offline schema validator here)", () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "manifest-")), "manifest.xml");
    fs.writeFileSync(file, xml);
    const r = VALIDATOR ? spawnSync(VALIDATOR, [file], { encoding: "utf8" }) : spawnSync("xmllint", ["--nonet", "--noout", file], { encoding: "utf8" });
    expect(`${r.stdout}${r.stderr}`.trim()).toBe(VALIDATOR ? "manifest valid" : "");
    expect(r.status).toBe(0);
  });
});
