/**
 * Every script the task pane ships must parse as ES2017: that is what EdgeHTML 18 (Office 2019 on
 * Windows 10 1903+, Microsoft 365 builds before WebView2) understands. A production build (with the
 * production ADDIN_URL) is parsed with acorn at ecmaVersion 2017; anything newer (optional chaining,
 * object spread, `??`, BigInt, class fields, regex lookbehind or the `s` flag, …) fails with file:line:column,
 * all occurrences listed (see es2017check.ts). Lookbehind inside strings (run-time RegExp sources) is caught too:
 * EdgeHTML 18 and Safari before 16.4 throw a SyntaxError when such a RegExp is built.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildOnce, PRODUCTION_URL, scriptTags, type BuildResult } from "../helpers/build";
import { es2017Problems } from "./es2017check";

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

let build: BuildResult;

function pageScripts(page: string) {
  const html = fs.readFileSync(path.join(build.outDir, page), "utf8");
  return scriptTags(html);
}

describe("production build", () => {
  beforeAll(async () => {
    build = await buildOnce({ ADDIN_URL: PRODUCTION_URL });
  }, 900_000);

  describe.each(["taskpane.html", "commands.html"])("%s", (page) => {
    test("exists in the production build", () => {
      expect(build.files).toContain(page);
    });

    test("loads only local bundles and Office.js from Microsoft's CDN", () => {
      const external = pageScripts(page)
        .map((s) => s.src)
        .filter((src): src is string => !!src && /^(https?:)?\/\//.test(src));
      expect(external).toEqual([OFFICE_CDN]);
    });

    test("every script it loads (and every inline script) parses as ES2017", () => {
      const problems: string[] = [];
      let parsed = 0;
      for (const s of pageScripts(page)) {
        const sourceType = s.type === "module" ? "module" : "script";
        if (s.inline !== undefined) {
          if (s.inline.trim() === "") continue;
          problems.push(...es2017Problems(s.inline, `${page} (inline script)`, sourceType));
          parsed++;
          continue;
        }
        const src = s.src!;
        if (src === OFFICE_CDN) continue;
        const rel = src.startsWith(PRODUCTION_URL) ? src.slice(PRODUCTION_URL.length) : src.replace(/^\.?\//, "");
        const file = path.join(build.outDir, rel.split("?")[0]);
        if (!fs.existsSync(file)) {
          problems.push(`${page} loads ${src}, which is not in the build`);
          continue;
        }
        problems.push(...es2017Problems(fs.readFileSync(file, "utf8"), rel, sourceType));
        parsed++;
      }
      expect(problems).toEqual([]);
      expect(parsed).toBeGreaterThan(0);
    });
  });

  test("every .js file in the build (including lazily loaded chunks) parses as ES2017", () => {
    const js = build.files.filter((f) => f.endsWith(".js"));
    expect(js.length).toBeGreaterThan(0);
    const problems = js.flatMap((f) => es2017Problems(fs.readFileSync(path.join(build.outDir, f), "utf8"), f, "script"));
    expect(problems).toEqual([]);
  });

  test("no CSS selector that EdgeHTML 18 or Safari 13 drops a whole rule for (:is, :where, :has), in scripts or style sheets", () => {
    // Fluent's styles are CSS-in-JS: the selectors sit in the bundles as strings. A rule with a selector the
    // engine does not know is dropped whole, so the pane would render unstyled there without any error.
    // detect.js, the early webview check, probes :is() on purpose inside a try/catch (it records the stand-ins).
    const shipped = build.files.filter((f) => /\.(js|css|html)$/.test(f) && f !== "detect.js");
    expect(shipped.length).toBeGreaterThan(0);
    const found = shipped.flatMap((f) => {
      const text = fs.readFileSync(path.join(build.outDir, f), "utf8");
      // a selector's argument starts like a selector (".cls", "#id", "[attr]", ":hover", "*", "> child", "&");
      // minified code such as "cond?a:is(t)" (a function the minifier named "is") is not one
      return [...text.matchAll(/:(is|where|has)\(\s*[.#[:*>+~&]/g)].map((m) => `${f}: ${text.slice(Math.max(0, m.index! - 30), m.index! + 20)}`);
    });
    expect(found).toEqual([]);
  });
});

test("the ES2017 check itself finds newer syntax, every occurrence, with its position and ES version", () => {
  expect(es2017Problems("async function f() { await g(); return 2 ** 3; }", "ok.js", "script")).toEqual([]);
  expect(es2017Problems("var a = { ...b };\nvar c = d?.e;", "x.js", "script")).toEqual([
    expect.stringMatching(/^x\.js:1:11: object spread \{\.\.\.x\} \(ES2018\)/),
    expect.stringMatching(/^x\.js:2:9: optional chaining \?\. \(ES2020\)/),
  ]);
  expect(es2017Problems("var r = /a.b/s, n = 100n, m = x ?? 1;", "y.js", "script").map((p) => p.replace(/ near.*/, ""))).toEqual([
    "y.js:1:9: regex flag s (dotAll) (ES2018)",
    "y.js:1:21: BigInt literal (ES2020)",
    "y.js:1:31: nullish coalescing ?? (ES2020)",
  ]);
  expect(es2017Problems("var r = /(?<![0-9])x/;", "z.js", "script")[0]).toMatch(/regex lookbehind.*ES2018/);
  expect(es2017Problems("try { f() } catch { g() }", "c.js", "script")[0]).toMatch(/catch without binding \(ES2019\)/);
  expect(es2017Problems("class A { x = 1; #y; static { } }", "k.js", "script").length).toBe(4);
  // Parses as ES2017, but the string becomes a RegExp with lookbehind at run time.
  expect(es2017Problems('var re = new RegExp("(?<![a-z])" + w);', "s.js", "script")[0]).toMatch(/lookbehind in a string/);
});
