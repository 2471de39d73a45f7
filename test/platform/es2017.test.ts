/**
 * Every script the task pane ships must parse as ES2017: that is what EdgeHTML 18 (Office 2019 on
 * Windows 10 1903+, Microsoft 365 builds before WebView2) understands. A production build (with the
 * production ADDIN_URL) is parsed with acorn at ecmaVersion 2017; anything newer (optional chaining,
 * object spread, `??`, class fields, regex lookbehind or the `s` flag, …) fails with file:line:column.
 */
import * as acorn from "acorn";
import * as fs from "node:fs";
import * as path from "node:path";
import { buildOnce, PRODUCTION_URL, scriptTags, type BuildResult } from "../helpers/build";

const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";

let build: BuildResult;

/** Parse; on failure describe the position and show the code around it. */
function es2017Problem(code: string, name: string, sourceType: "script" | "module"): string | null {
  try {
    acorn.parse(code, { ecmaVersion: 2017, sourceType, locations: true });
    return null;
  } catch (e) {
    const err = e as SyntaxError & { pos?: number; loc?: { line: number; column: number } };
    const pos = err.pos ?? 0;
    const where = err.loc ? `${err.loc.line}:${err.loc.column + 1}` : `offset ${pos}`;
    const excerpt = code.slice(Math.max(0, pos - 60), pos + 60).replace(/\s+/g, " ");
    // Which ES version would accept it? Helps to see what slipped through.
    let newer = "";
    for (const v of [2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025] as const) {
      try {
        acorn.parse(code, { ecmaVersion: v, sourceType });
        newer = ` (valid ES${v})`;
        break;
      } catch {
        // keep trying
      }
    }
    return `${name}:${where}: ${err.message.replace(/ \(\d+:\d+\)$/, "")}${newer} near «${excerpt}»`;
  }
}

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
          const p = es2017Problem(s.inline, `${page} (inline script)`, sourceType);
          if (p) problems.push(p);
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
        const p = es2017Problem(fs.readFileSync(file, "utf8"), rel, sourceType);
        if (p) problems.push(p);
        parsed++;
      }
      expect(problems).toEqual([]);
      expect(parsed).toBeGreaterThan(0);
    });
  });

  test("every .js file in the build (including lazily loaded chunks) parses as ES2017", () => {
    const js = build.files.filter((f) => f.endsWith(".js"));
    expect(js.length).toBeGreaterThan(0);
    const problems = js
      .map((f) => es2017Problem(fs.readFileSync(path.join(build.outDir, f), "utf8"), f, "script"))
      .filter((p): p is string => p !== null);
    expect(problems).toEqual([]);
  });
});

test("the ES2017 check itself rejects newer syntax (object spread, optional chaining, regex s flag)", () => {
  expect(es2017Problem("var a = { ...b };", "x.js", "script")).toMatch(/^x\.js:1:\d+: .*valid ES2018/);
  expect(es2017Problem("var a = b?.c;", "y.js", "script")).toMatch(/^y\.js:1:\d+: .*valid ES2020/);
  expect(es2017Problem("var r = /a.b/s;", "z.js", "script")).toMatch(/valid ES2018/);
  expect(es2017Problem("async function f() { await g(); return 2 ** 3; }", "ok.js", "script")).toBeNull();
});
