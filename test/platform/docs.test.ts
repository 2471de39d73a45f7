/**
 * The deployment docs exist in Thai and English, say the same things where it matters (the nginx example
 * that scripts/check-nginx-example.sh tests, the registry settings, the commands), agree with the code
 * (requirement sets in manifest.xml and the Office adapter, script names and options), and their links work.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseArgs } from "../../scripts/serve-https.js";

const root = path.resolve(__dirname, "../..");
const read = (p: string) => fs.readFileSync(path.join(root, p), "utf8");
const en = read("docs/deploy.en.md");
const th = read("docs/deploy.th.md");
const platforms = read("docs/platforms.md");

/** Fenced code blocks of one language. */
function blocks(md: string, lang: string): string[] {
  return [...md.matchAll(new RegExp("^```" + lang + "\\n([\\s\\S]*?)^```$", "gm"))].map((m) => m[1]);
}

describe("deployment docs", () => {
  test("exist in English and Thai, and the Thai one is in Thai", () => {
    const thaiChars = (th.match(/[\u0E00-\u0E7F]/g) ?? []).length;
    expect(thaiChars).toBeGreaterThan(3000);
    expect(en).toContain("deploy.th.md");
    expect(th).toContain("deploy.en.md");
  });

  test("cover the same steps in both languages (headings ↔ headings)", () => {
    const heads = (md: string) => [...md.replace(/^```[\s\S]*?^```$/gm, "").matchAll(/^#{2,3} /gm)].length;
    expect(heads(th)).toBe(heads(en));
  });

  test("the nginx example is the same in both languages (the English one is what check-nginx-example.sh runs)", () => {
    const [nginxEn] = blocks(en, "nginx");
    expect(blocks(en, "nginx")).toHaveLength(1);
    expect(blocks(th, "nginx")).toEqual([nginxEn]);
    expect(nginxEn).toContain("root /var/www/plan;");
    expect(nginxEn).toContain("listen 443 ssl http2;");
    expect(nginxEn).not.toMatch(/X-Frame-Options\s+"/i); // mentioned only in a comment, never sent
    expect(read("scripts/check-nginx-example.sh")).toContain("docs/deploy.en.md");
    // the block is the file that comes with the release (server/) and that test/platform/servers.test.ts runs
    expect(nginxEn).toBe(read("deploy/nginx/budget-plan.conf"));
  });

  test("the Apache site is the same in both languages and is deploy/apache/budget-plan.conf", () => {
    expect(blocks(en, "apache")).toEqual([read("deploy/apache/budget-plan.conf")]);
    expect(blocks(th, "apache")).toEqual([read("deploy/apache/budget-plan.conf")]);
  });

  test("the Thai guide has no leftover drafting notes or English-only steps", () => {
    expect(th).not.toMatch(/✋|▶|TODO|FIXME|ร่างก่อนหน้า|ไม่ได้รันที่นี่/);
  });

  test("the registry settings are the documented Trusted Add-in Catalogs keys, consistent in .reg and PowerShell", () => {
    for (const md of [en, th]) {
      const [reg] = blocks(md, "reg");
      const [ps] = blocks(md, "powershell");
      expect(reg).toBeDefined();
      expect(ps).toBeDefined();
      expect(reg.startsWith("Windows Registry Editor Version 5.00\n\n")).toBe(true);
      const key = /^\[HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16\.0\\WEF\\TrustedCatalogs\\(\{[0-9a-f-]{36}\})\]$/m.exec(reg);
      expect(key).not.toBeNull();
      const guid = key![1];
      expect(reg).toContain(`"Id"="${guid}"`);
      expect(reg).toContain('"Flags"=dword:00000001');
      // .reg strings escape backslashes; PowerShell strings do not.
      const regUrl = /^"Url"="(.*)"$/m.exec(reg)![1].replace(/\\\\/g, "\\");
      expect(regUrl).toBe("\\\\plan-server\\addins");
      expect(ps).toContain(`$id  = "${guid}"`);
      expect(ps).toContain("HKCU:\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs\\$id");
      expect(ps).toContain(`-Name Url   -Value "${regUrl}"`);
      expect(ps).toMatch(/-Name Flags -Value 1\s+-PropertyType DWord/);
      expect(md).toContain("HKEY_CURRENT_USER\\Software\\Microsoft\\Office\\16.0\\WEF\\TrustedCatalogs\\{GUID}");
    }
  });

  test("the commands use the real scripts, options and production address", () => {
    const pkg = JSON.parse(read("package.json")) as { scripts: Record<string, string> };
    for (const md of [en, th]) {
      const sh = blocks(md, "sh").join("\n");
      expect(sh).toContain("ADDIN_URL=https://plan.example.com/addin/ npm run build");
      expect(sh).toContain("npm run validate -- dist/manifest.xml");
      expect(sh).toContain("node scripts/serve-https.js dist --port 3443");
      expect(sh).toContain("bash scripts/check-nginx-example.sh dist");
      for (const m of sh.matchAll(/npm run ([\w:-]+)/g)) expect(Object.keys(pkg.scripts)).toContain(m[1]);
      // Every serve-https option the docs mention is one the script accepts.
      for (const opt of ["--port 0", "--host localhost", "--cert a --key b", "--dev-certs", "--help"]) {
        expect(md).toContain(opt.split(" ")[0]);
        expect(() => parseArgs(opt.split(" "))).not.toThrow();
      }
      expect(sh).toContain("npm run release");
    }
  });
});

describe("platforms.md", () => {
  test("the table covers every platform named in the issue", () => {
    for (const row of [
      "Microsoft 365",
      "Office 2024",
      "Office 2021",
      "Office 2019 retail",
      "Office 2019 volume",
      "Office 2016",
      "Excel for Mac",
      "Excel on the web",
    ]) {
      expect(platforms).toMatch(new RegExp(`^\\| \\*\\*${row}`, "m"));
    }
    for (const webview of ["WebView2", "EdgeHTML 18", "Internet Explorer 11", "WKWebView", "the user's browser"]) {
      expect(platforms).toContain(webview);
    }
  });

  test("the requirement sets match manifest.xml and the Office adapter", () => {
    const manifestMin = /<Set Name="ExcelApi" MinVersion="([\d.]+)"\/>/.exec(read("manifest.xml"))![1];
    expect(platforms).toContain(`**ExcelApi ${manifestMin}** (required)`);
    expect(platforms).toContain(`<Set Name="ExcelApi" MinVersion="${manifestMin}"/>`);
    const adapter = read("src/adapters/office/OfficeWorkbookHost.ts");
    const required = /REQUIRED_SET = \{ set: "ExcelApi", version: "([\d.]+)" \}/.exec(adapter)![1];
    expect(required).toBe(manifestMin);
    const optional = /OPTIONAL_SETS = \[([\s\S]*?)\]/.exec(adapter)![1];
    const versions = [...optional.matchAll(/version: "([\d.]+)"/g)].map((m) => m[1]);
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) expect(platforms).toMatch(new RegExp(`^\\| ExcelApi ${v.replace(".", "\\.")} \\|`, "m"));
  });

  test("the build targets it states are the ones in babel.config.js", () => {
    const babel = read("babel.config.js");
    const targets = /targets: \{ (edge: "\d+", chrome: "\d+", safari: "\d+", firefox: "\d+") \}/.exec(babel)![1];
    expect(platforms).toContain(targets.replace(/: "(\d+)"/g, " $1").replace(/"/g, ""));
  });
});

describe("platforms.th.md (the Thai version of platforms.md)", () => {
  const th = read("docs/platforms.th.md");
  const rows = (md: string, header: RegExp) => {
    const start = md.search(header);
    const table = md.slice(start).split("\n\n")[0];
    return table.split("\n").filter((l) => l.startsWith("|")).length;
  };

  test("is in Thai, and has the same tables as platforms.md", () => {
    expect((th.match(/[\u0E00-\u0E7F]/g) ?? []).length).toBeGreaterThan(3000);
    expect(rows(th, /^\| Office \/ ระบบ/m)).toBe(rows(platforms, /^\| Office \/ platform/m));
    expect(rows(th, /^\| ชุดคำสั่ง/m)).toBe(rows(platforms, /^\| Requirement set/m));
  });

  test("names the same requirement sets, manifest requirement and build targets", () => {
    const sets = (md: string) => [...md.matchAll(/^\| \**ExcelApi ([\d.]+)/gm)].map((m) => m[1]);
    expect(sets(th)).toEqual(sets(platforms));
    expect(sets(th).length).toBeGreaterThanOrEqual(4);
    expect(th).toContain('<Set Name="ExcelApi" MinVersion="1.8"/>');
    const targets = /`edge \d+, chrome \d+, safari \d+, firefox \d+`/.exec(platforms)![0];
    expect(th).toContain(targets);
  });
});
