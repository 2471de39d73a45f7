/**
 * @jest-environment jsdom
 */
/**
 * The setup page in a DOM (jsdom): the address it is served from, the manifest offered for download (the
 * data: URL decodes to the manifest for that address), the server check from the headers the server sends,
 * an unusable address, and both languages.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { renderSetup } from "../../src/setup/page";
import { addinIdFor, manifestFor } from "../../src/setup/manifestCore";
import { manifestForSource, pageTemplate } from "../../src/setup/sourceManifest";

const source = fs.readFileSync(path.resolve(__dirname, "../../manifest.xml"), "utf8");
// as the build embeds it (webpack.config.js)
const template = pageTemplate(source);
const HREF = "https://plan.example.com/addin/setup.html";

type Headers = Record<string, string>;
function fakeFetch(served: Record<string, { status?: number; headers?: Headers }>) {
  const asked: string[] = [];
  const fn = async (url: string) => {
    asked.push(url);
    const file = url.replace("https://plan.example.com/addin/", "");
    const s = served[file] ?? { status: 404 };
    const h = new Map(Object.entries(s.headers ?? {}));
    return { status: s.status ?? 200, headers: { forEach: (cb: (v: string, k: string) => void) => h.forEach(cb) } } as unknown as Response;
  };
  return { fn, asked };
}

const GOOD: Headers = { "content-type": "text/html; charset=utf-8", "cache-control": "no-cache" };
const allFiles = (h: Headers) => ({
  "taskpane.html": { headers: h },
  "commands.html": { headers: h },
  "fallback.html": { headers: h },
  "assets/icon-32.png": { headers: { "content-type": "image/png" } },
  "assets/icon-80.png": { headers: { "content-type": "image/png" } },
});

beforeEach(() => {
  document.body.innerHTML = '<main id="setup"></main>';
});

const q = (id: string) => document.querySelector(`[data-testid="${id}"]`) as HTMLElement | null;

test("offers the manifest for the folder it is served from, with the Id of that address", async () => {
  const f = fakeFetch(allFiles(GOOD));
  const page = renderSetup({ document, href: HREF + "?lang=th", template, version: "0.1.0", fetch: f.fn });
  expect((q("address") as HTMLInputElement).value).toBe("https://plan.example.com/addin/");
  const a = q("download") as HTMLAnchorElement;
  expect(a.getAttribute("download")).toBe("manifest.xml");
  const xml = decodeURIComponent(a.getAttribute("href")!.replace(/^data:text\/xml;charset=utf-8,/, ""));
  expect(xml).toBe(manifestForSource(source, "https://plan.example.com/addin/"));
  expect(xml).not.toMatch(/addin-folder\.invalid|localhost/);
  expect(page.manifest()).toBe(xml);
  expect(q("addin-id")!.textContent).toContain(addinIdFor("https://plan.example.com/addin/"));
  expect(q("version")!.textContent).toBe("รุ่น 0.1.0");
  expect(q("next-steps")!.textContent).toContain("Integrated apps");
  expect(q("privacy")!.textContent).toContain("office.js");

  const checks = await page.checked;
  expect(f.asked).toEqual(["taskpane.html", "commands.html", "fallback.html", "assets/icon-32.png", "assets/icon-80.png"].map((p) => "https://plan.example.com/addin/" + p));
  expect(checks.every((c) => c.level === "ok")).toBe(true);
  expect([...document.querySelectorAll('[data-testid="checks"] li')].map((li) => li.getAttribute("data-level"))).toEqual(checks.map((c) => c.level));
});

test("names a missing file, X-Frame-Options and cached pages", async () => {
  const served = allFiles({ ...GOOD, "x-frame-options": "DENY", "cache-control": "max-age=600" }) as Record<string, { status?: number; headers?: Headers }>;
  delete served["commands.html"];
  const page = renderSetup({ document, href: HREF, template, version: "0.1.0", fetch: fakeFetch(served).fn });
  const checks = await page.checked;
  expect(checks.filter((c) => c.level !== "ok").map((c) => c.key)).toEqual(["check.fileMissing", "check.frameBlocked", "check.htmlCached"]);
  const text = q("checks")!.textContent!;
  expect(text).toContain("commands.html");
  expect(text).toContain("X-Frame-Options: DENY");
});

test("warns about CSP frame-ancestors", async () => {
  const page = renderSetup({ document, href: HREF, template, version: "0.1.0", fetch: fakeFetch(allFiles({ ...GOOD, "content-security-policy": "frame-ancestors 'self'" })).fn });
  expect((await page.checked).find((c) => c.key === "check.frameAncestors")?.level).toBe("warn");
});

test("served over http: no manifest, and the page says why", async () => {
  const page = renderSetup({ document, href: "http://plan.example.com/addin/setup.html", template, version: "0.1.0", fetch: fakeFetch({}).fn });
  expect(page.manifest()).toBeUndefined();
  expect(q("address-error")!.textContent).toMatch(/https/);
  expect(q("download")!.getAttribute("href")).toBeNull();
  const checks = await page.checked;
  expect(checks).toEqual([{ level: "fail", key: "check.notHttps" }]);
});

test("another address typed: the manifest follows it, the check says it cannot test it from here", () => {
  const page = renderSetup({ document, href: HREF, template, version: "0.1.0" });
  page.setAddress("https://budget.example.com/addin");
  expect(page.manifest()).toBe(manifestFor(template, "https://budget.example.com/addin/"));
  expect(q("checks-other")!.textContent).toContain("https://budget.example.com/addin/setup.html");
  page.setAddress("http://budget.example.com/addin");
  expect(page.manifest()).toBeUndefined();
});

test("English on the button, and back", () => {
  const page = renderSetup({ document, href: HREF, template, version: "0.1.0" });
  expect(document.querySelector("h1")!.textContent).toBe("ตั้งค่าโปรแกรมเสริมแผนงบประมาณโครงการ");
  (q("lang") as HTMLButtonElement).click();
  expect(document.querySelector("h1")!.textContent).toBe("Set up the Project Budget Plan add-in");
  expect(document.documentElement.lang).toBe("en");
  expect(q("download")!.textContent).toBe("Download manifest.xml");
  page.setLang("th");
  expect(q("download")!.textContent).toBe("ดาวน์โหลด manifest.xml");
});
