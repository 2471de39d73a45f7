/**
 * Wording the pane and the command line share, checked for the class, not one text: counts with the right
 * English word for 0, 1 and more; month and period values as months of the reader's language and era;
 * one vocabulary for an activity's status (sheet and pane) and for a rate's confidence (badge and findings).
 */
import { TH, fill, loadLang, t, type StringKey } from "../../src/taskpane/i18n/strings";
import { EN } from "../../src/taskpane/i18n/strings.en";
import { READING_STRINGS } from "../../src/taskpane/i18n/readingStrings";
import { TAB_STRINGS, tt, type TabKey } from "../../src/taskpane/i18n/tabStrings";
import { cellLabel, formatFindingValue, valueLabels } from "../../src/taskpane/format";
import { cellRef } from "../../src/core/cellRef";
import * as path from "path";
import { validatePlan } from "../../src/core/validation/engine";
import { CONFIDENCE_NAMES } from "../../src/core/validation/messages";
import { STATUS_CHOICES, CONFIDENCE_CHOICES } from "../../src/workbook/i18n";
import { THAI_MONTHS_SHORT, ENGLISH_MONTHS_SHORT } from "../../src/core/calendar";
import { fileText, findingLine } from "../../src/cli/report";
import type { Finding } from "../../src/core/findings";
import { B, activity, line, plan } from "../core/validation/helpers";
import { sourceFiles } from "../helpers/sourceText";
import { buildWorkbookSpec } from "../../src/workbook";
import { seedPlan } from "../../src/core/examples/seed2560";
import { STAMP_COL, STAMP_ROW } from "../../src/workbook/proposal/stamp";
import { addr } from "../../src/workbook/a1";

beforeAll(() => loadLang("en"));

describe("counts: the English word agrees with the number (0, 1, many)", () => {
  it("{name|one|other} picks the word for the count", () => {
    expect(fill("{n} {n|cell|cells}", { n: 1 })).toBe("1 cell");
    expect(fill("{n} {n|cell|cells}", { n: 0 })).toBe("0 cells");
    expect(fill("{n} {n|cell|cells}", { n: 2 })).toBe("2 cells");
    expect(fill("{n} {n|cell|cells}")).toBe("{n} {n|cell|cells}");
    expect(t("en", "validate.summary", { error: 1, warning: 6, info: 9 })).toBe("1 error · 6 warnings · 9 notes");
    expect(t("en", "validate.summary", { error: 0, warning: 1, info: 1 })).toBe("0 errors · 1 warning · 1 note");
  });

  /** Every English text with each count placeholder set to `n` (other placeholders a word). */
  const rendered = (n: number) => {
    const texts = [...Object.values(EN), ...[...Object.values(READING_STRINGS), ...Object.values(TAB_STRINGS)].map((x) => x.en)];
    return texts.map((text) => {
      const vars: Record<string, string | number> = {};
      for (const m of text.matchAll(/\{(\w+)/g)) vars[m[1]] = n;
      return fill(text, vars);
    });
  };
  // count words that appear after a placeholder in the catalogues (every one of them is checked both ways)
  const NOUNS = /\b[01] (errors|warnings|notes|cells|problems|activities|indicators|targets|lines|rows|line rows|budget lines)\b/;
  const SINGULAR = /\b[2-9] (error|warning|note|cell|problem|activity|indicator|target|line|row|budget line)\b(?! (?:row|rows)\b)/;

  it("no English pane text reads '1 errors' or '0 error' or '2 cell'", () => {
    for (const text of rendered(1)) for (const m of text.matchAll(/\b1 ([a-z]+s)\b/g)) expect(["is", "was", "has", "as", "its"]).toContain(m[1]);
    for (const text of rendered(0)) expect(text).not.toMatch(/\b0 (error|warning|note|cell|problem|activity|indicator|target|line|row)\b(?! rows)/);
    for (const text of rendered(2)) expect(text).not.toMatch(SINGULAR);
    for (const text of rendered(1)) expect(text).not.toMatch(NOUNS);
  });

  it("the command line's summary says 1 error, 2 warnings; never error(s)", () => {
    const f = (severity: Finding["severity"]): Finding => ({ rule: "line-amount-mismatch", severity, message: { th: "ก", en: "a" } });
    const text = fileText("x.xlsx", [f("error"), f("warning"), f("warning")], [], "en");
    expect(text).toContain("Summary: 1 error, 2 warnings, 0 notes");
    expect(text).not.toMatch(/\(s\)/);
    expect(fileText("x.xlsx", [f("info")], [], "th")).toContain("สรุป: ข้อผิดพลาด 0, คำเตือน 0, ข้อสังเกต 1");
  });

  it("no English message of the source is written with '(s)'", () => {
    const found = sourceFiles().flatMap(({ file, lines }) =>
      lines.flatMap((l, i) => (/`[^`]*\b[a-z]+\(s\)[^`]*`|"[^"]*\b[a-z]+\(s\)[^"]*"/.test(l) && !/^\s*(\/\/|\*)/.test(l) ? [`${file}:${i + 1}`] : [])),
    );
    expect(found).toEqual([]);
  });
});

describe("month and period values: months of the language, Buddhist era in Thai", () => {
  // a plan (FY2570: Oct 2569 – Sep 2570) whose findings carry every kind of month value: an activity and a
  // line outside the period, with and without a stated period, and spending before the funds arrive
  const findings = (stated: boolean): Finding[] =>
    validatePlan(
      plan({
        project: {
          fiscalYear: 2570,
          periodStart: stated ? { year: 2569, month: 11 } : undefined,
          periodEnd: stated ? { year: 2570, month: 8 } : undefined,
          fundsAvailableFrom: { year: 2570, month: 3 },
        },
        activities: [activity({ id: "1", start: { year: 2569, month: 9 }, end: { year: 2569, month: 12 } })],
        budgetLines: [line({ id: "L1", activityId: "1", unitCost: B(100), quantity: 2, statedAmount: B(200), month: { year: 2570, month: 10 } })],
      }),
    ).filter((f) => f.valueKind === "month");

  const ISO = /\d{4}-\d{2}/;
  const THAI_MONTH = new RegExp(`^(${THAI_MONTHS_SHORT.map((m) => m.replace(/\./g, "\\.")).join("|")}) 25\\d\\d$`);
  const EN_MONTH = new RegExp(`^(${ENGLISH_MONTHS_SHORT.join("|")}) 20\\d\\d$`);

  it.each([true, false])("every month or period a finding carries (period stated: %s) reads as months, never ISO", (stated) => {
    const list = findings(stated);
    expect(new Set(list.map((f) => f.rule))).toEqual(new Set(["schedule-outside-period", "spend-before-funds"]));
    for (const f of list) {
      for (const v of [f.expected, f.actual]) {
        const th = formatFindingValue(v, f.valueKind, "th")!;
        const en = formatFindingValue(v, f.valueKind, "en")!;
        expect(th).not.toMatch(ISO);
        expect(en).not.toMatch(ISO);
        for (const part of th.split(" – ")) expect(part).toMatch(THAI_MONTH);
        for (const part of en.split(" – ")) expect(part).toMatch(EN_MONTH);
      }
      // the command line shows the same words
      expect(findingLine(f, "th")).not.toMatch(ISO);
      expect(findingLine(f, "en")).not.toMatch(ISO);
    }
  });

  it("the period is named for what it is: the project's period, or the fiscal year when none is stated", () => {
    const withPeriod = findings(true).find((f) => f.rule === "schedule-outside-period")!;
    const fyOnly = findings(false).find((f) => f.rule === "schedule-outside-period")!;
    expect(formatFindingValue(withPeriod.expected, "month", "th")).toBe("พ.ย. 2569 – ส.ค. 2570");
    expect(formatFindingValue(fyOnly.expected, "month", "th")).toBe("ต.ค. 2569 – ก.ย. 2570");
    expect(formatFindingValue(fyOnly.expected, "month", "en")).toBe("Oct 2026 – Sep 2027");
    expect(t("th", valueLabels(withPeriod.rule, withPeriod.expected).expected)).toBe("ระยะเวลาโครงการ");
    expect(t("en", valueLabels(withPeriod.rule, withPeriod.expected).expected)).toBe("Project period");
    expect(t("th", valueLabels(fyOnly.rule, fyOnly.expected).expected)).toBe("ปีงบประมาณ");
    expect(t("en", valueLabels(fyOnly.rule, fyOnly.expected).expected)).toBe("Fiscal year");
    // no label calls a period the activity's
    for (const k of Object.keys(TH) as StringKey[]) if (k.startsWith("value.")) expect(TH[k]).not.toContain("ช่วงเวลาของกิจกรรม");
  });
});

describe("one vocabulary", () => {
  it("an activity's status reads in the pane as in the sheet's status column", () => {
    for (const c of STATUS_CHOICES) {
      expect(tt("th", `schedule.status.${c.id}` as TabKey)).toBe(c.th);
      expect(tt("en", `schedule.status.${c.id}` as TabKey).toLowerCase()).toBe(c.en.toLowerCase());
    }
  });

  it("a rate's confidence badge uses the words of the rates sheet and the findings", () => {
    for (const c of CONFIDENCE_CHOICES) {
      expect(CONFIDENCE_NAMES[c.id]).toEqual({ th: c.th, en: c.en });
      expect(tt("th", `rates.confidence.${c.id}` as TabKey)).toContain(c.th);
      expect(tt("en", `rates.confidence.${c.id}` as TabKey).toLowerCase()).toContain(c.en);
    }
    expect([...Object.values(TH), ...Object.values(TAB_STRINGS).map((x) => x.th)].join(" ")).not.toMatch(/ค่อนข้างแน่นอน|ควรตรวจซ้ำ/);
  });
});

describe("one word for a sheet, and sheet text names only what is in Excel", () => {
  it("'แผ่นงาน' (as Thai Excel says) everywhere: no 'ชีต' in the sources, the catalogues or the user docs", () => {
    const found = sourceFiles().flatMap(({ file, lines }) => lines.flatMap((l, i) => (l.includes("ชีต") ? [`${file}:${i + 1}`] : [])));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fs = require("fs") as typeof import("fs");
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const path = require("path") as typeof import("path");
    const root = path.join(__dirname, "..", "..");
    const docs = [...fs.readdirSync(path.join(root, "docs")).filter((f) => f.endsWith(".md")).map((f) => path.join("docs", f)), "README.md"];
    for (const d of docs) if (fs.readFileSync(path.join(root, d), "utf8").includes("ชีต")) found.push(d);
    for (const text of [...Object.values(TH), ...[...Object.values(READING_STRINGS), ...Object.values(TAB_STRINGS)].map((x) => x.th)]) if (text.includes("ชีต")) found.push(text);
    expect(found).toEqual([]);
  });

  it("the template's visible sheets (both languages, with the proposal) never name the command-line tool or a hidden sheet", () => {
    for (const lang of ["th", "en"] as const) {
      const spec = buildWorkbookSpec(seedPlan(), { lang });
      const visible = spec.sheets.filter((s) => !s.hidden);
      expect(visible.length).toBeGreaterThan(5);
      // the proposal's layout stamp (a machine fingerprint outside the print area, not a text to read) aside
      const stamp = addr(STAMP_ROW, STAMP_COL);
      const texts = visible.flatMap((s) =>
        s.cells.filter((c) => !(s.key === "proposal" && c.address === stamp)).flatMap((c) => [typeof c.value === "string" ? c.value : "", c.formula ?? ""]),
      );
      expect(texts.some((x) => x.includes("จัดหน้าแบบเสนอโครงการใหม่") || x.includes("Lay the proposal out again"))).toBe(true);
      expect(texts.filter((x) => /budget-plan|_budgetplan|ชีต/.test(x))).toEqual([]);
    }
  });
});

describe("Thai words are not glued to a bracket or a value", () => {
  /** A Thai consonant or leading vowel: the start of a Thai word. */
  const WORD_START = "[\\u0E01-\\u0E2E\\u0E40-\\u0E44]";
  const AFTER_BRACKET = new RegExp(`\\)${WORD_START}`);
  const AFTER_PLACEHOLDER = new RegExp(`\\{\\w+(\\|[^}]*)?\\}${WORD_START}`);

  it("no Thai text of the catalogues has ')' or a {placeholder} directly followed by a Thai word", () => {
    const texts = [...Object.entries(TH), ...[...Object.entries(READING_STRINGS), ...Object.entries(TAB_STRINGS)].map(([k, v]) => [k, v.th] as const)];
    const glued = texts.filter(([, s]) => AFTER_BRACKET.test(s) || AFTER_PLACEHOLDER.test(s)).map(([k]) => k);
    expect(glued).toEqual([]);
    // the check itself: it catches the join the tester saw
    expect(AFTER_BRACKET.test("ใช้สูตรจำนวนเงิน (บาท)แทนตัวเลขที่พิมพ์")).toBe(true);
    expect(AFTER_PLACEHOLDER.test("ใช้{what}แทน")).toBe(true);
  });

  it("no message template of the sources has a ${value} or ')' directly followed by a Thai word", () => {
    // a template literal's ${…} (one level of braces inside), then a Thai word at once; ')' then a Thai word
    // in a message (not in a regular expression, not inside a quoted example of a plan's own text)
    const placeholder = new RegExp(`\\$\\{(?:[^{}]|\\{[^{}]*\\})*\\}${WORD_START}`);
    const found = sourceFiles()
      .filter(({ file }) => !file.startsWith("import/") && !file.startsWith("core/examples/") && !file.startsWith("core/rates/"))
      .flatMap(({ file, lines }) =>
        lines.flatMap((l, i) => {
          if (/^\s*(\/\/|\*)/.test(l) || /\.exec\(|\.test\(|new RegExp|indexOf\(/.test(l)) return [];
          const text = l.replace(/(^|[(=,:!&|?;]\s*)\/(?:[^/\\\n]|\\.)+\/[gimuy]*/g, "$1");
          return placeholder.test(text) || AFTER_BRACKET.test(text) ? [`${file}:${i + 1}: ${l.trim().slice(0, 120)}`] : [];
        }),
      );
    expect(found).toEqual([]);
  });
});

describe("cell references: one formatter, Excel's way of writing them", () => {
  it("quotes a sheet name with spaces or punctuation, as Excel does; the pane's cellLabel is the same", () => {
    expect(cellRef("โครงการ (2)", "B16")).toBe("'โครงการ (2)'!B16");
    expect(cellRef("งบประมาณ", "H12")).toBe("งบประมาณ!H12");
    expect(cellRef("Budget 2", "A1")).toBe("'Budget 2'!A1");
    expect(cellRef("O'Hara", "A1")).toBe("'O''Hara'!A1");
    expect(cellRef(undefined, "A1")).toBe("A1");
    for (const [s, c] of [["โครงการ (2)", "B11"], ["งบ", "C3"], [undefined, "D4"]] as const) expect(cellLabel(s, c)).toBe(cellRef(s, c));
  });

  it("no message of the sources writes sheet!cell by hand: only keys (maps, sets, ids) do", () => {
    const KEY = /\.(set|get|has)\(|\bconst (k|key)\b|new (Set|Map)\(|names\?\.\[|fieldNames\[|data-testid|before\.set/;
    const found = sourceFiles()
      .filter(({ file }) => file !== path.join("core", "cellRef.ts"))
      .flatMap(({ file, lines }) => lines.flatMap((l, i) => (/\}!\$\{/.test(l) && !KEY.test(l) && !/^\s*(\/\/|\*)/.test(l) ? [`${file}:${i + 1}: ${l.trim().slice(0, 100)}`] : [])));
    expect(found).toEqual([]);
  });

  it("a finding's place on a copied sheet ('โครงการ (2)') is written the same in the pane and the command line", () => {
    const f: Finding = { rule: "line-amount-mismatch", severity: "error", message: { th: "ก", en: "a" }, sheet: "งบประมาณ (2)", cell: "J8" };
    expect(findingLine(f, "th")).toContain(`[${cellLabel(f.sheet, f.cell)}]`);
    expect(findingLine(f, "th")).toContain("['งบประมาณ (2)'!J8]");
  });
});

test("the rates and results tabs' texts (their own chunk's catalogue): both languages, the same placeholders", () => {
  // the names each text fills, once each ("{n|target|targets}" is a plural form of {n}, not another placeholder)
  const vars = (s: string) => [...new Set(s.match(/\{\w+/g) ?? [])].sort();
  for (const [key, v] of Object.entries(TAB_STRINGS)) {
    expect({ key, th: v.th.trim() !== "", en: v.en.trim() !== "" }).toEqual({ key, th: true, en: true });
    expect({ key, vars: vars(v.en) }).toEqual({ key, vars: vars(v.th) });
  }
  expect(tt("th", "rates.ceiling", { amount: "35 บาท", unit: "คน" })).toBe("ไม่เกิน 35 บาท ต่อคน");
  expect(Object.keys(TAB_STRINGS).filter((k) => k in TH)).toEqual([]);
});
