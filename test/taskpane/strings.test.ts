import { TH, t, pick, initialLang, saveLang, loadLang, hasLang, type StringKey } from "../../src/taskpane/i18n/strings";
import { EN } from "../../src/taskpane/i18n/strings.en";

describe("English texts: a chunk fetched when English is chosen", () => {
  // runs first in this file: the English module is not loaded yet
  it("until loadLang('en') resolves, English texts are not here and t('en') gives the Thai text; then English", async () => {
    expect(hasLang("th")).toBe(true);
    expect(hasLang("en")).toBe(false);
    expect(t("en", "tab.validate")).toBe("ตรวจสอบ");
    await loadLang("en");
    expect(hasLang("en")).toBe(true);
    expect(t("en", "tab.validate")).toBe("Validate");
    await expect(loadLang("en")).resolves.toBeUndefined();
  });

  it("the pane's source fetches the English catalogue only through import() (never a static import)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fs = require("fs") as typeof import("fs");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const path = require("path") as typeof import("path");
    const src = path.join(__dirname, "..", "..", "src");
    const found: string[] = [];
    const walk = (d: string) => {
      for (const f of fs.readdirSync(d)) {
        const p = path.join(d, f);
        if (fs.statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|tsx)$/.test(f)) {
          for (const line of fs.readFileSync(p, "utf8").split("\n")) {
            if (/from\s+["'][^"']*strings\.en["']/.test(line) && !/^\s*import\s+type\b/.test(line)) found.push(path.relative(src, p));
            if (/import\(\s*(\/\*.*?\*\/\s*)?["'][^"']*strings\.en["']\s*\)/.test(line)) found.push(`${path.relative(src, p)} (import())`);
          }
        }
      }
    };
    walk(src);
    expect(found).toEqual([path.join("taskpane", "i18n", "strings.ts") + " (import())"]);
  });
});

describe("string catalogue", () => {
  const keys = Object.keys(TH) as StringKey[];

  it("has Thai and English for every key (no English key the Thai catalogue lacks), and the same placeholders in both", () => {
    expect(Object.keys(EN).sort()).toEqual([...keys].sort());
    for (const key of keys) {
      const th = TH[key];
      const en = EN[key];
      expect(th.trim()).not.toBe("");
      expect(en.trim()).not.toBe("");
      const vars = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
      // English may use Gregorian variants (startCE/endCE) of the same values; Thai the B.E. ones.
      const norm = (v: string[]) => v.map((x) => x.replace(/CE\}$/, "}")).sort();
      expect({ key, vars: norm(vars(en)) }).toEqual({ key, vars: norm(vars(th)) });
    }
  });

  it("Thai texts are Thai (tab names and the main actions)", () => {
    for (const key of ["tab.validate", "tab.template", "tab.import", "tab.schedule", "tab.indicators", "tab.results", "tab.rates", "validate.undo"] as StringKey[]) {
      expect(TH[key]).toMatch(/[\u0E00-\u0E7F]/);
    }
    expect(t("th", "tab.validate")).toBe("ตรวจสอบ");
    expect(t("th", "validate.undo")).toBe("เลิกทำ");
    expect(t("en", "tab.validate")).toBe("Validate");
  });

  it("fills placeholders and leaves unknown ones", () => {
    expect(t("th", "validate.summary", { error: 2, warning: 1, info: 0 })).toBe("ข้อผิดพลาด 2 · คำเตือน 1 · ข้อสังเกต 0");
    expect(t("en", "template.inserted", { names: "Project, Budget" })).toBe("Inserted sheets: Project, Budget");
    expect(t("en", "template.inserted")).toBe("Inserted sheets: {names}");
  });

  it("picks a bilingual message", () => {
    expect(pick("th", { th: "ก", en: "a" })).toBe("ก");
    expect(pick("en", { th: "ก", en: "a" })).toBe("a");
  });

  it("follows Office's display language when the user has not chosen", () => {
    const empty = { getItem: () => null };
    expect(initialLang(empty, "th-TH")).toBe("th");
    expect(initialLang(empty, "en-US")).toBe("en");
    expect(initialLang(empty, "ja-JP")).toBe("th");
    expect(initialLang(empty, undefined)).toBe("th");
    expect(initialLang({ getItem: () => "th" }, "en-US")).toBe("th");
  });

  it("language defaults to Thai and persists the user's choice", () => {
    const store = new Map<string, string>();
    const storage = { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => void store.set(k, v) };
    expect(initialLang(storage)).toBe("th");
    expect(initialLang(undefined)).toBe("th");
    saveLang(storage, "en");
    expect(initialLang(storage)).toBe("en");
    store.set("budgetPlan.lang", "fr");
    expect(initialLang(storage)).toBe("th");
    const broken = {
      getItem: () => {
        throw new Error("denied");
      },
      setItem: () => {
        throw new Error("denied");
      },
    };
    expect(initialLang(broken)).toBe("th");
    expect(() => saveLang(broken, "en")).not.toThrow();
  });
});

describe("one catalogue", () => {
  it("no Thai text outside the catalogues in the pane's and the preview grid's code (comments aside)", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fs = require("fs") as typeof import("fs");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const path = require("path") as typeof import("path");
    const dir = path.join(__dirname, "..", "..", "src");
    const files: string[] = [];
    // the pane's code and the preview grid's, each with its own catalogue
    // the panel "What was read" has its own catalogue, loaded with its chunk
    const catalogues = [path.join("taskpane", "i18n", "strings.th.ts"), path.join("taskpane", "i18n", "strings.en.ts"), path.join("taskpane", "i18n", "readingStrings.ts"), path.join("taskpane", "i18n", "tabStrings.ts"), path.join("adapters", "preview", "strings.ts")];
    const walk = (d: string) => {
      for (const f of fs.readdirSync(d)) {
        const p = path.join(d, f);
        if (fs.statSync(p).isDirectory()) walk(p);
        else if (/\.(ts|tsx)$/.test(f) && !catalogues.some((c) => p.endsWith(c))) files.push(p);
      }
    };
    walk(path.join(dir, "taskpane"));
    walk(path.join(dir, "adapters", "preview"));
    expect(files.length).toBeGreaterThan(15);
    const offenders: string[] = [];
    for (const file of files) {
      const code = fs
        .readFileSync(file, "utf8")
        .replace(/\/\*[\s\S]*?\*\//g, "")
        .replace(/(^|[^:])\/\/.*$/gm, "$1");
      code.split("\n").forEach((line, i) => {
        // Thai letters, marks and digits; not the baht sign (฿, U+0E3F), a currency symbol the grid parses like "$"
        if (/[\u0E01-\u0E3A\u0E40-\u0E5B]/.test(line)) offenders.push(`${path.relative(dir, file)}:${i + 1}: ${line.trim()}`);
      });
    }
    expect(offenders).toEqual([]);
  });

  it("both() gives a label in the two languages (fetching the English texts first)", async () => {
    // a fresh copy of the module: English not loaded yet
    let mod: typeof import("../../src/taskpane/i18n/strings") | undefined;
    jest.isolateModules(() => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      mod = require("../../src/taskpane/i18n/strings") as typeof import("../../src/taskpane/i18n/strings");
    });
    expect(mod!.hasLang("en")).toBe(false);
    await expect(mod!.both("undo.markDone", { id: "3" })).resolves.toEqual({ th: "กิจกรรมที่ 3 เสร็จแล้ว", en: "Activity 3 done" });
  });
});
