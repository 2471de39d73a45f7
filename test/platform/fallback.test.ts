/**
 * The IE11 path: src/fallback/detect.js (inline, first thing in taskpane.html) and the plain page it
 * redirects to, src/fallback/fallback.html. Both must be ES5 and must run in an engine that has none of
 * the ES2015+ built-ins. We check the syntax with acorn (ecmaVersion 5) and run the code with Node's vm
 * in a fake window from which the modern built-ins were removed, with a Function constructor that, like
 * IE11's, throws a SyntaxError on anything newer than ES5.
 */
import * as acorn from "acorn";
import * as fs from "node:fs";
import * as path from "node:path";
import * as vm from "node:vm";

const root = path.resolve(__dirname, "../..");
const detectSource = fs.readFileSync(path.join(root, "src/fallback/detect.js"), "utf8");
const fallbackHtml = fs.readFileSync(path.join(root, "src/fallback/fallback.html"), "utf8");
/** The page's script, in its own file (the Content-Security-Policy allows no inline script). */
const fallbackJs = fs.readFileSync(path.join(root, "src/fallback/fallback.js"), "utf8");

const IE11_UA = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; ms-office; MSOffice 16; rv:11.0) like Gecko";
const EDGE18_UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.18362";
const WEBVIEW2_UA =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36 Edg/120.0.2210.91";
const MAC_UA = "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko)";

const HOST_INFO = "_host_Info=Excel$Win32$16.01$th-TH$$$$0";

/** Inline scripts (no src) of an HTML page. */
function inlineScripts(html: string): string[] {
  const out: string[] = [];
  const re = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  let m: RegExpExecArray | null;
  while ((m = re.exec(html))) {
    if (!/\bsrc\s*=/i.test(m[1])) out.push(m[2]);
  }
  return out;
}

function parseEs5(source: string, name: string): void {
  try {
    acorn.parse(source, { ecmaVersion: 5, sourceType: "script" });
  } catch (e) {
    throw new Error(`${name} is not ES5: ${(e as Error).message}`);
  }
}

interface FakeLocation {
  href: string;
  search: string;
  replaced: string[];
  replace(url: string): void;
}

interface WindowOptions {
  engine: "ie11" | "modern";
  userAgent: string;
  search?: string;
  /** Extra globals to remove (from a modern window). */
  remove?: string[];
  /** Make `new Function(...)` throw this kind of error (simulates a CSP), modern engine only. */
  functionThrows?: "EvalError";
  cssSupports?: boolean;
  document?: unknown;
  office?: unknown;
}

/** A vm context whose global object plays `window`. */
function fakeWindow(opts: WindowOptions): { context: vm.Context; location: FakeLocation } {
  const search = opts.search ?? "";
  const location: FakeLocation = {
    href: "https://plan.example.com/addin/taskpane.html" + search,
    search,
    replaced: [],
    replace(url: string) {
      this.replaced.push(url);
    },
  };
  const sandbox: Record<string, unknown> = {
    navigator: { userAgent: opts.userAgent },
    location,
    encodeURIComponent,
    decodeURIComponent,
  };
  if (opts.document) sandbox.document = opts.document;
  if (opts.office) sandbox.Office = opts.office;
  const context = vm.createContext(sandbox);
  vm.runInContext("var window = this; var self = this;", context);

  if (opts.engine === "ie11") {
    // IE11 has Map/Set/WeakMap (partially) but no Promise, Symbol, Proxy, Reflect, fetch or window.CSS.
    vm.runInContext(
      "delete this.Promise; delete this.Symbol; delete this.Proxy; delete this.Reflect; " +
        "delete this.globalThis; delete this.queueMicrotask;",
      context,
    );
    const contextSyntaxError = vm.runInContext("SyntaxError", context) as SyntaxErrorConstructor;
    const realFunction = vm.runInContext("Function", context) as FunctionConstructor;
    // IE11's Function constructor: ES5 parser.
    const es5Function = function (...args: string[]) {
      const body = args.length ? args[args.length - 1] : "";
      const params = args.slice(0, -1).join(",");
      try {
        acorn.parse(`(function(${params}){\n${body}\n})`, { ecmaVersion: 5 });
      } catch (e) {
        throw new contextSyntaxError((e as Error).message);
      }
      return realFunction(...args);
    };
    vm.runInContext("delete this.Function;", context);
    context.Function = es5Function;
  } else {
    context.fetch = () => {
      throw new Error("fetch must not be called by the detection");
    };
    const supports = opts.cssSupports ?? true;
    context.CSS = { supports: (prop: string, value: string) => supports && prop.startsWith("--") && value === "0" };
    if (opts.functionThrows === "EvalError") {
      const contextEvalError = vm.runInContext("EvalError", context) as EvalErrorConstructor;
      context.Function = function () {
        throw new contextEvalError("Refused to evaluate a string as JavaScript (Content-Security-Policy)");
      };
    }
    for (const name of opts.remove ?? []) vm.runInContext(`delete this[${JSON.stringify(name)}];`, context);
  }
  return { context, location };
}

function runDetect(opts: WindowOptions): FakeLocation {
  const { context, location } = fakeWindow(opts);
  vm.runInContext(detectSource, context, { filename: "detect.js" });
  return location;
}

function missingOf(url: string): string[] {
  const q = new URL(url, "https://plan.example.com/addin/taskpane.html").searchParams.get("missing");
  return q ? q.split(",") : [];
}

describe("detect.js (runs first in the task pane)", () => {
  test("is ES5 (parses with acorn ecmaVersion 5)", () => {
    expect(() => parseEs5(detectSource, "src/fallback/detect.js")).not.toThrow();
  });

  test("redirects IE11 (Trident) to fallback.html and keeps Office's _host_Info query", () => {
    const loc = runDetect({ engine: "ie11", userAgent: IE11_UA, search: "?" + HOST_INFO });
    expect(loc.replaced).toHaveLength(1);
    const target = loc.replaced[0];
    expect(target.startsWith("fallback.html?" + HOST_INFO + "&missing=")).toBe(true);
    expect(missingOf(target)).toEqual(
      expect.arrayContaining(["ES2017", "Promise", "Symbol", "Proxy", "Reflect", "fetch", "CSS.supports/custom-properties", "Trident"]),
    );
    // IE11 does have Map, Set and WeakMap; they are not reported.
    expect(missingOf(target)).not.toContain("Map");
  });

  test("redirects an IE11-like engine even when the user agent does not say Trident (feature detection)", () => {
    const loc = runDetect({ engine: "ie11", userAgent: "Mozilla/5.0 (Windows NT 10.0) like Gecko" });
    expect(loc.replaced).toHaveLength(1);
    expect(loc.replaced[0].startsWith("fallback.html?missing=")).toBe(true);
    expect(missingOf(loc.replaced[0])).toContain("ES2017");
    expect(missingOf(loc.replaced[0])).not.toContain("Trident");
  });

  test.each([
    ["EdgeHTML 18 (Office 2019 on Windows 10 1903+)", EDGE18_UA],
    ["WebView2 (Microsoft 365, Office 2021+)", WEBVIEW2_UA],
    ["Safari WebKit (Mac)", MAC_UA],
  ])("does nothing in %s", (_name, ua) => {
    const loc = runDetect({ engine: "modern", userAgent: ua, search: "?" + HOST_INFO });
    expect(loc.replaced).toEqual([]);
    expect(loc.href).toBe("https://plan.example.com/addin/taskpane.html?" + HOST_INFO);
  });

  test("a webview without ResizeObserver, :is() or MediaQueryList.addEventListener stays (the bundle stands in) and the stand-ins are recorded", () => {
    const oldMq = { matches: true, addListener() {}, removeListener() {} };
    const document = { querySelector: (sel: string) => { if (/:is\(/.test(sel)) throw new SyntaxError("bad selector"); return null; } };
    const { context, location } = fakeWindow({ engine: "modern", userAgent: EDGE18_UA, document });
    context.matchMedia = () => oldMq;
    vm.runInContext(detectSource, context, { filename: "detect.js" });
    expect(location.replaced).toEqual([]);
    expect(JSON.parse(JSON.stringify(vm.runInContext("window.budgetPlanWebview", context)))).toEqual({
      missing: [],
      standIns: ["ResizeObserver", "MediaQueryList.addEventListener", ":is()"],
    });
  });

  test("a missing built-in alone (fetch) is enough to redirect, and is named", () => {
    const loc = runDetect({ engine: "modern", userAgent: EDGE18_UA, remove: ["fetch"] });
    expect(loc.replaced.map(missingOf)).toEqual([["fetch"]]);
  });

  test("no CSS custom properties → redirect", () => {
    const loc = runDetect({ engine: "modern", userAgent: EDGE18_UA, cssSupports: false });
    expect(loc.replaced.map(missingOf)).toEqual([["CSS.supports/custom-properties"]]);
  });

  test("a Content-Security-Policy that forbids new Function is not mistaken for an old engine", () => {
    const loc = runDetect({ engine: "modern", userAgent: WEBVIEW2_UA, functionThrows: "EvalError" });
    expect(loc.replaced).toEqual([]);
  });

  test("falls back to location.href when location.replace is missing", () => {
    const { context, location } = fakeWindow({ engine: "ie11", userAgent: IE11_UA });
    (location as { replace?: unknown }).replace = undefined;
    vm.runInContext(detectSource, context);
    expect(location.href.startsWith("fallback.html?missing=")).toBe(true);
  });
});

describe("fallback.html (the page IE11 users see)", () => {
  const scripts = [fallbackJs];

  /** A tiny DOM: the page's script only looks up elements by id and sets their text. */
  function fakeDocument() {
    const els: Record<string, { id: string; textContent: string }> = {};
    for (const m of fallbackHtml.matchAll(/\bid="([^"]+)"/g)) els[m[1]] = { id: m[1], textContent: "-" };
    // The two language sections, in document order, as a live collection (like the DOM's).
    type Section = { lang: string; className: string; parentNode: unknown };
    const order: Section[] = [...fallbackHtml.matchAll(/<section(?: class="([^"]*)")? lang="(\w+)"/g)].map((m) => ({
      lang: m[2],
      className: m[1] ?? "",
      parentNode: null,
    }));
    const body = {
      insertBefore(node: Section, ref: Section) {
        order.splice(order.indexOf(node), 1);
        order.splice(order.indexOf(ref), 0, node);
      },
    };
    for (const sec of order) sec.parentNode = body;
    const live = {
      get length() {
        return order.length;
      },
      get 0() {
        return order[0];
      },
      get 1() {
        return order[1];
      },
    };
    return {
      els,
      order,
      getElementById: (id: string) => els[id] ?? null,
      getElementsByTagName: (tag: string) => (tag === "section" ? live : { length: 0 }),
      body,
    };
  }

  test("has no inline script; its script file fallback.js is ES5", () => {
    expect(inlineScripts(fallbackHtml)).toEqual([]);
    expect(fallbackHtml).toContain('<script type="text/javascript" src="fallback.js"></script>');
    expect(() => parseEs5(scripts[0], "fallback.js")).not.toThrow();
  });

  test("its script runs in an IE11-like window without Office.js and fills in the diagnostics", () => {
    const doc = fakeDocument();
    const { context } = fakeWindow({
      engine: "ie11",
      userAgent: IE11_UA,
      search: "?" + HOST_INFO + "&missing=ES2017%2CPromise%2CTrident",
      document: doc,
    });
    expect(() => vm.runInContext(scripts[0], context, { filename: "fallback.html" })).not.toThrow();
    expect(doc.els["diag-missing"].textContent).toBe("ES2017, Promise, Trident");
    expect(doc.els["diag-host"].textContent).toBe("Excel / Win32 / 16.01 / th-TH");
    expect(doc.els["diag-agent"].textContent).toBe(IE11_UA);
  });

  test("with Office.js loaded it shows the exact Office build from Office.context.diagnostics", () => {
    const doc = fakeDocument();
    const office = {
      context: { diagnostics: { host: "Excel", platform: "PC", version: "16.0.4266.1001" } },
      onReady(cb: () => void) {
        cb();
      },
    };
    const { context } = fakeWindow({ engine: "ie11", userAgent: IE11_UA, search: "?missing=Trident", document: doc, office });
    vm.runInContext(scripts[0], context);
    expect(doc.els["diag-host"].textContent).toBe("Excel / PC / 16.0.4266.1001");
    expect(doc.els["diag-missing"].textContent).toBe("Trident");
  });

  test("keeps Thai first for Thai Office, puts English first for Office in another language", () => {
    const thDoc = fakeDocument();
    vm.runInContext(scripts[0], fakeWindow({ engine: "ie11", userAgent: IE11_UA, search: "?" + HOST_INFO, document: thDoc }).context);
    expect(thDoc.order.map((s) => [s.lang, s.className])).toEqual([
      ["th", "first"],
      ["en", ""],
    ]);
    const enDoc = fakeDocument();
    const enHost = "?_host_Info=Excel$Win32$16.01$en-US$$$$0";
    vm.runInContext(scripts[0], fakeWindow({ engine: "ie11", userAgent: IE11_UA, search: enHost, document: enDoc }).context);
    expect(enDoc.order.map((s) => [s.lang, s.className])).toEqual([
      ["en", "first"],
      ["th", ""],
    ]);
  });

  test("without a query it still runs and leaves placeholders", () => {
    const doc = fakeDocument();
    const { context } = fakeWindow({ engine: "ie11", userAgent: IE11_UA, document: doc });
    vm.runInContext(scripts[0], context);
    expect(doc.els["diag-missing"].textContent).toBe("-");
    expect(doc.els["diag-host"].textContent).toBe("-");
  });

  test("says it in Thai and in English, in the page itself (visible without script)", () => {
    const visible = fallbackHtml.replace(/<script[\s\S]*?<\/script>/gi, "").replace(/<style[\s\S]*?<\/style>/gi, "");
    expect(visible).toMatch(/<section[^>]*lang="th"/);
    expect(visible).toMatch(/<section[^>]*lang="en"/);
    expect(visible).toContain("ใช้กับ Office รุ่นนี้ไม่ได้");
    expect(visible).toContain("Office ที่ใช้ได้");
    expect(visible).toContain("cannot run in this version of Office");
    expect(visible).toContain("Supported Office versions");
    expect(visible).toContain("Internet Explorer 11");
  });

  test("names the supported and the unsupported Office versions in both languages", () => {
    const th = fallbackHtml.slice(fallbackHtml.indexOf('lang="th">'), fallbackHtml.indexOf('lang="en">'));
    const en = fallbackHtml.slice(fallbackHtml.indexOf('lang="en">'), fallbackHtml.indexOf('id="diagnostics"'));
    for (const part of [th, en]) {
      for (const version of ["Microsoft 365", "Office 2021", "Office 2024", "Office 2019", "Mac", "Office 2016", "Office 2013"]) {
        expect(part).toContain(version);
      }
    }
    expect(th).toContain("Excel บนเว็บ");
    expect(en).toContain("Excel on the web");
  });

  test("uses nothing IE11 lacks: no CSS variables, no modules; scripts: Office.js and its own fallback.js", () => {
    expect(fallbackHtml).not.toMatch(/var\(--/);
    expect(fallbackHtml).not.toMatch(/type="module"/);
    const srcs = [...fallbackHtml.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((m) => m[1]);
    expect(srcs).toEqual(["https://appsforoffice.microsoft.com/lib/1/hosted/office.js", "fallback.js"]);
    expect(fallbackHtml).toMatch(/<meta http-equiv="X-UA-Compatible" content="IE=Edge"/);
  });
});
