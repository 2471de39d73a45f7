/**
 * `npm run build` with ADDIN_URL=https://plan.example.com/addin/: the built folder is what a district
 * office copies to its web server. The built manifest must point only at that address (no localhost left),
 * point at files that are really in the folder, and validate; the built pages may reference only their own
 * folder and Office.js on Microsoft's CDN. The source manifest keeps the dev address.
 */
import * as acorn from "acorn";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildOnce, PRODUCTION_URL, REPO_ROOT, scriptTags, type BuildResult } from "../helpers/build";
import { child, findAll, localName, parseXml, pathOf, type XmlElement } from "./xml";
import { addinIdFor, DEV_ID } from "../../src/setup/manifestCore";

const OFFICE_CDN_PREFIX = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const ORIGIN = new URL(PRODUCTION_URL).origin; // https://plan.example.com
const OFFLINE_VALIDATOR = path.resolve(REPO_ROOT, "../shared/tools/validate-manifest");
const HAS_VALIDATOR = fs.existsSync(OFFLINE_VALIDATOR);
const HAS_XMLLINT = spawnSync("xmllint", ["--version"]).status === 0;

let build: BuildResult;
let manifestXml: string;
let manifest: XmlElement;

beforeAll(async () => {
  build = await buildOnce({ ADDIN_URL: PRODUCTION_URL });
  manifestXml = fs.readFileSync(path.join(build.outDir, "manifest.xml"), "utf8");
  manifest = parseXml(manifestXml);
}, 900_000);

/** Every URL-valued attribute or element text in the manifest, with where it is. */
function manifestUrls(root: XmlElement): { where: string; url: string }[] {
  const out: { where: string; url: string }[] = [];
  const walk = (el: XmlElement) => {
    for (const [k, v] of Object.entries(el.attrs)) {
      if (k === "xmlns" || k.startsWith("xmlns:")) continue; // namespace names, never fetched
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(v)) out.push({ where: `${pathOf(el)}@${k}`, url: v });
    }
    const t = el.text.trim();
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) out.push({ where: pathOf(el), url: t });
    el.children.forEach(walk);
  };
  walk(root);
  return out;
}

describe("built manifest.xml", () => {
  test("is in the build and has no localhost address left", () => {
    expect(build.files).toContain("manifest.xml");
    expect(manifestXml).not.toMatch(/localhost/i);
    expect(manifestXml).not.toMatch(/127\.0\.0\.1|\[::1\]/);
    expect(manifestXml).toContain(PRODUCTION_URL);
  });

  test("every address in it is under ADDIN_URL (AppDomain: its origin), over https", () => {
    const urls = manifestUrls(manifest);
    expect(urls.length).toBeGreaterThanOrEqual(5);
    const wrong = urls.filter(({ where, url }) =>
      where.endsWith("AppDomain") ? url.replace(/\/$/, "") !== ORIGIN : !url.startsWith(PRODUCTION_URL),
    );
    expect(wrong).toEqual([]);
  });

  test("the addresses point at files that are in the built folder", () => {
    const missing = manifestUrls(manifest)
      .filter(({ url }) => url.startsWith(PRODUCTION_URL))
      .map(({ where, url }) => ({ where, file: new URL(url).pathname.slice(new URL(PRODUCTION_URL).pathname.length) }))
      .filter(({ file }) => !build.files.includes(file));
    expect(missing).toEqual([]);
    const source = child(child(manifest, "DefaultSettings")!, "SourceLocation")!;
    expect(source.attrs.DefaultValue).toBe(PRODUCTION_URL + "taskpane.html");
  });

  test("differs from the source manifest only in the address and its Id (the source keeps the dev address and Id)", () => {
    const sourceXml = fs.readFileSync(path.join(REPO_ROOT, "manifest.xml"), "utf8");
    expect(sourceXml).toContain("https://localhost:3000/");
    expect(sourceXml).not.toContain(ORIGIN);
    const neutral = (s: string) => s.split(PRODUCTION_URL).join("<URL>/").split(ORIGIN).join("<ORIGIN>");
    const devNeutral = (s: string) => s.split("https://localhost:3000/").join("<URL>/").split("https://localhost:3000").join("<ORIGIN>");
    // and in what depends on it: the Id (derived from the address, src/setup/manifestCore.js) and the header comment
    const idAndComment = (s: string) => s.replace(/<Id>[0-9a-f-]{36}<\/Id>/, "<Id/>").replace(/<!--[\s\S]*?-->\s*/, "");
    expect(idAndComment(neutral(manifestXml))).toBe(idAndComment(devNeutral(sourceXml)));
    expect(manifestXml).toContain(`<Id>${addinIdFor(PRODUCTION_URL)}</Id>`);
    expect(manifestXml).not.toContain(`<Id>${DEV_ID}</Id>`);
  });

  test("has the elements Office requires of a task-pane add-in, and every resid resolves", () => {
    expect(localName(manifest)).toBe("OfficeApp");
    expect(manifest.attrs["xsi:type"]).toBe("TaskPaneApp");
    const text = (name: string) => child(manifest, name)?.text.trim();
    expect(text("Id")).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    expect(text("Version")).toMatch(/^\d{1,5}(\.\d{1,5}){0,3}$/);
    expect(text("ProviderName")).toBeTruthy();
    expect(text("DefaultLocale")).toMatch(/^[a-z]{2}-[A-Z]{2}$/);
    expect(child(manifest, "DisplayName")?.attrs.DefaultValue).toBeTruthy();
    expect(child(manifest, "Description")?.attrs.DefaultValue).toBeTruthy();
    expect(child(manifest, "IconUrl")?.attrs.DefaultValue).toBeTruthy();
    expect(findAll(child(manifest, "Hosts")!, "Host").map((h) => h.attrs.Name)).toEqual(["Workbook"]);
    expect(text("Permissions")).toMatch(/^(Restricted|ReadDocument|ReadAllDocument|WriteDocument|ReadWriteDocument)$/);
    // The order of the top-level elements is fixed by the schema (xs:sequence).
    const order = [
      "Id",
      "Version",
      "ProviderName",
      "DefaultLocale",
      "DisplayName",
      "Description",
      "IconUrl",
      "HighResolutionIconUrl",
      "SupportUrl",
      "AppDomains",
      "Hosts",
      "Requirements",
      "DefaultSettings",
      "Permissions",
      "VersionOverrides",
    ];
    const seen = manifest.children.map(localName).filter((n) => order.includes(n));
    expect(seen).toEqual([...seen].sort((a, b) => order.indexOf(a) - order.indexOf(b)));

    const ids = new Set(
      ["Image", "Url", "String"]
        .flatMap((n) => findAll(manifest, n))
        .filter((e) => e.attrs.id)
        .map((e) => e.attrs.id),
    );
    const unresolved: string[] = [];
    const walk = (el: XmlElement) => {
      if (el.attrs.resid && !ids.has(el.attrs.resid)) unresolved.push(`${pathOf(el)} resid=${el.attrs.resid}`);
      el.children.forEach(walk);
    };
    walk(manifest);
    expect(unresolved).toEqual([]);
    // Schema limits on resource strings: short ≤ 125, long ≤ 250 characters.
    for (const s of findAll(manifest, "ShortStrings").flatMap((e) => findAll(e, "String"))) {
      expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(125);
    }
    for (const s of findAll(manifest, "LongStrings").flatMap((e) => findAll(e, "String"))) {
      expect(s.attrs.DefaultValue.length).toBeLessThanOrEqual(250);
    }
  });

  if (HAS_VALIDATOR && HAS_XMLLINT) {
    test(`validates against the Office add-in XSDs (${path.relative(REPO_ROOT, OFFLINE_VALIDATOR)})`, () => {
      const r = spawnSync(OFFLINE_VALIDATOR, [path.join(build.outDir, "manifest.xml")], { encoding: "utf8" });
      expect(`${r.stdout}${r.stderr}`.trim()).toBe("manifest valid");
      expect(r.status).toBe(0);
    });
  } else if (HAS_XMLLINT) {
    // No vendored schemas on this machine: at least xmllint's well-formedness check (the structural
    // checks above always run).
    test("is well-formed XML (xmllint --noout; the schema validator ../shared/tools is not on this machine)", () => {
      const r = spawnSync("xmllint", ["--nonet", "--noout", path.join(build.outDir, "manifest.xml")], { encoding: "utf8" });
      expect(r.stderr).toBe("");
      expect(r.status).toBe(0);
    });
  } else {
    test("is well-formed XML (built-in reader; neither the schema validator nor xmllint is on this machine)", () => {
      expect(() => parseXml(manifestXml)).not.toThrow();
    });
  }
});

describe("built pages", () => {
  const pages = () => build.files.filter((f) => f.endsWith(".html"));

  test("taskpane.html, commands.html and fallback.html are in the build", () => {
    expect(pages()).toEqual(expect.arrayContaining(["taskpane.html", "commands.html", "fallback.html"]));
  });

  test("reference only their own folder (relative or ADDIN_URL) and Office.js on Microsoft's CDN", () => {
    const bad: string[] = [];
    for (const page of pages()) {
      const html = fs.readFileSync(path.join(build.outDir, page), "utf8");
      for (const m of html.matchAll(/\b(src|href|action|poster|data)\s*=\s*["']([^"']*)["']/gi)) {
        const ref = m[2];
        const ok =
          ref === "" ||
          ref.startsWith("#") ||
          (!/^[a-z][a-z0-9+.-]*:/i.test(ref) && !ref.startsWith("//") && !ref.startsWith("/")) ||
          ref.startsWith(PRODUCTION_URL) ||
          ref.startsWith(OFFICE_CDN_PREFIX);
        if (!ok) bad.push(`${page}: ${m[1]}="${ref}"`);
      }
      if (/localhost/i.test(html)) bad.push(`${page}: mentions localhost`);
    }
    expect(bad).toEqual([]);
  });

  test("no built file carries the dev address https://localhost:3000", () => {
    const withDev = build.files.filter(
      (f) => /\.(html|js|css|xml|json)$/.test(f) && fs.readFileSync(path.join(build.outDir, f), "utf8").includes("localhost:3000"),
    );
    expect(withDev).toEqual([]);
  });

  test("taskpane.html runs the webview check (detect.js, its own file) before Office.js and the bundle", () => {
    const html = fs.readFileSync(path.join(build.outDir, "taskpane.html"), "utf8");
    const scripts = scriptTags(html);
    expect(scripts.length).toBeGreaterThanOrEqual(3);
    expect(scripts.filter((s) => s.inline !== undefined)).toEqual([]); // the Content-Security-Policy allows no inline script
    expect(scripts[0].src).toBe("detect.js");
    const detect = fs.readFileSync(path.join(build.outDir, "detect.js"), "utf8");
    expect(detect).toBe(fs.readFileSync(path.join(REPO_ROOT, "src/fallback/detect.js"), "utf8"));
    expect(detect).toContain('"fallback.html"');
    expect(detect).toContain("Trident");
    expect(scripts[1].src).toBe(OFFICE_CDN_PREFIX + "office.js");
    // The check must be ES5: it runs in Internet Explorer 11.
    expect(() => acorn.parse(detect, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  test("fallback.html in the build has no inline script; its fallback.js is ES5", () => {
    const html = fs.readFileSync(path.join(build.outDir, "fallback.html"), "utf8");
    expect(scriptTags(html).filter((s) => s.inline !== undefined)).toEqual([]);
    expect(scriptTags(html).map((s) => s.src)).toContain("fallback.js");
    const js = fs.readFileSync(path.join(build.outDir, "fallback.js"), "utf8");
    expect(() => acorn.parse(js, { ecmaVersion: 5, sourceType: "script" })).not.toThrow();
  });

  test("fallback.html is copied unchanged", () => {
    expect(fs.readFileSync(path.join(build.outDir, "fallback.html"), "utf8")).toBe(
      fs.readFileSync(path.join(REPO_ROOT, "src/fallback/fallback.html"), "utf8"),
    );
  });
});
