/** The CLI's pure parts: argument parsing, report formatting, fiscal years, the consolidation layout. */
import { FORMAT_OPTION, parseArgs, UsageError, langOf } from "../../src/cli/args";
import { findingRecord, findingLine, fileText, countBySeverity } from "../../src/cli/report";
import { mergeFindingsByCell } from "../../src/core/validation/merge";
import { parseFiscalYear } from "../../src/cli/commands/new";
import { consolidationSpec } from "../../src/cli/commands/consolidate";
import { decodeText } from "../../src/cli/load";
import type { Finding } from "../../src/core/findings";

const money: Finding = {
  rule: "line-amount-mismatch",
  severity: "error",
  message: { th: "จำนวนเงินไม่ตรง", en: "Amount does not match" },
  activityId: "1",
  activityName: "อบรม",
  lineId: "L2",
  item: "ค่าถ่ายเอกสาร",
  expected: 1600000,
  actual: 1300000,
  valueKind: "money",
  sheet: "งบประมาณ",
  cell: "J8",
};

describe("parseArgs", () => {
  const defs = [
    { name: "output", short: "o", value: true },
    { name: "force", value: false },
    { name: "format", value: true, choices: ["text", "json"] },
  ];
  test("positionals, long and short options, --opt=value, --", () => {
    const a = parseArgs(["a.xlsx", "-o", "out.xlsx", "--force", "--format=json", "--lang", "en", "--", "--weird.xlsx"], defs);
    expect(a.positional).toEqual(["a.xlsx", "--weird.xlsx"]);
    expect(a.options).toEqual({ output: "out.xlsx", force: true, format: "json", lang: "en" });
  });
  test("errors are bilingual usage errors", () => {
    const fail = (argv: string[]) => {
      try {
        parseArgs(argv, defs);
      } catch (e) {
        return e as UsageError;
      }
      throw new Error("expected a usage error");
    };
    expect(fail(["--nope"]).messages.th).toContain("--nope");
    expect(fail(["-o"]).messages.en).toContain("--output needs a value");
    expect(fail(["--format", "xml"]).messages.en).toBe('--format must be text or json (got "xml")');
    expect(fail(["--force=yes"]).messages.en).toContain("takes no value");
    expect(fail(["--lang", "fr"]).messages.th).toContain("th หรือ en");
  });
  test("--json is --format json on every command with the format option", () => {
    const withFormat = [...defs.filter((d) => d.name !== "format"), FORMAT_OPTION];
    expect(parseArgs(["a.xlsx", "--json"], withFormat).options).toEqual({ format: "json" });
    expect(parseArgs(["--json", "--format", "json", "a.xlsx"], withFormat)).toEqual({ positional: ["a.xlsx"], options: { format: "json" } });
    const fail = (argv: string[], d = withFormat) => {
      try {
        parseArgs(argv, d);
      } catch (e) {
        return e as UsageError;
      }
      throw new Error("expected a usage error");
    };
    // contradicting the option, in either order, or given a value
    expect(fail(["--json", "--format", "text"]).messages.en).toBe("--json means --format json, but --format text is given too");
    expect(fail(["--format=text", "--json"]).messages.th).toContain("--json หมายถึง --format json");
    expect(fail(["--json=yes"]).messages.en).toContain("takes no value");
    // a command without the format option does not take --json
    expect(fail(["--json"], defs.filter((d) => d.name !== "format")).messages.en).toBe("Unknown option --json");
  });
  test("language: option, then BUDGET_PLAN_LANG, then Thai", () => {
    const saved = process.env.BUDGET_PLAN_LANG;
    try {
      delete process.env.BUDGET_PLAN_LANG;
      expect(langOf(undefined, ["validate", "x"])).toBe("th");
      expect(langOf(undefined, ["validate", "--lang=en"])).toBe("en");
      process.env.BUDGET_PLAN_LANG = "en";
      expect(langOf(undefined, ["validate"])).toBe("en");
      expect(langOf(undefined, ["validate", "--lang", "th"])).toBe("th");
    } finally {
      if (saved === undefined) delete process.env.BUDGET_PLAN_LANG;
      else process.env.BUDGET_PLAN_LANG = saved;
    }
  });
});

describe("report", () => {
  test("JSON records carry money in baht and null for absent fields", () => {
    expect(findingRecord(money, "en")).toEqual({
      rule: "line-amount-mismatch",
      severity: "error",
      message: "Amount does not match",
      sheet: "งบประมาณ",
      cell: "J8",
      line: null,
      place: null,
      activity: "1",
      activityName: "อบรม",
      item: "ค่าถ่ายเอกสาร",
      expected: 16000,
      actual: 13000,
      rateRule: null,
      detail: null,
    });
    expect(findingRecord({ ...money, rule: "rate-over-ceiling", rateRule: "snack-gov" }, "th").rateRule).toBe("snack-gov");
    const bare: Finding = { rule: "schedule-missing", severity: "warning", message: { th: "ไม่มีเดือน", en: "No months" } };
    expect(findingRecord(bare, "th")).toMatchObject({ message: "ไม่มีเดือน", sheet: null, cell: null, expected: null, actual: null });
  });
  test("text lines: cell address, values not already in the message, rule id, months by name", () => {
    expect(findingLine(money, "th")).toBe("[งบประมาณ!J8] จำนวนเงินไม่ตรง (ควรเป็น 16,000 บาท, พบ 13,000 บาท)  {line-amount-mismatch}");
    const stated = { ...money, message: { th: "ควรเป็น 16,000 บาท แต่ระบุ 13,000 บาท", en: "16,000 baht, stated 13,000 baht" } };
    expect(findingLine(stated, "en")).toBe("[งบประมาณ!J8] 16,000 baht, stated 13,000 baht  {line-amount-mismatch}");
    const month: Finding = { rule: "spend-before-funds", severity: "warning", message: { th: "ใช้เงินก่อน", en: "Spent early" }, expected: "2017-01", actual: "2016-11", valueKind: "month" };
    expect(findingLine(month, "th")).toBe("ใช้เงินก่อน (ควรเป็น ม.ค. 2560, พบ พ.ย. 2559)  {spend-before-funds}");
    expect(findingLine(month, "en")).toBe("Spent early (expected Jan 2017, found Nov 2016)  {spend-before-funds}");
    // a finding that merged others at its cell names every check it holds, not only the first
    const merged = mergeFindingsByCell([
      { rule: "under-allocation", severity: "info", message: { th: "เหลือ 400 บาท", en: "400 baht left" }, sheet: "งบ", cell: "A2" },
      { rule: "read-problem", severity: "info", message: { th: "อ่านระยะเวลาจากข้อความ", en: "period read from text" }, sheet: "งบ", cell: "A2" },
    ]);
    expect(merged.map((f) => findingLine(f, "en"))).toEqual(["[งบ!A2] 400 baht left · period read from text  {under-allocation, read-problem}"]);
  });
  test("a file's text groups by severity, errors first, with a summary", () => {
    const warn: Finding = { ...money, severity: "warning", rule: "line-amount-hardcoded" };
    const text = fileText("plan.xlsx", [warn, money], [{ line: 3, message: { th: "อ่านไม่ได้", en: "Unreadable" } }], "th");
    const lines = text.split("\n");
    expect(lines[0]).toBe("plan.xlsx");
    expect(lines[1]).toBe("  ข้อผิดพลาด (1)");
    expect(lines[3]).toBe("  คำเตือน (1)");
    expect(text).toContain("    - บรรทัด 3: อ่านไม่ได้");
    expect(lines[lines.length - 1]).toBe("  สรุป: ข้อผิดพลาด 1, คำเตือน 1, ข้อสังเกต 0");
    expect(countBySeverity([warn, money, money])).toEqual({ error: 2, warning: 1, info: 0 });
    expect(fileText("ok.xlsx", [], [], "en")).toBe("ok.xlsx\n  No problems found\n  Summary: 0 errors, 0 warnings, 0 notes");
  });
});

describe("fiscal year option", () => {
  test("Buddhist era, Thai digits, Gregorian years", () => {
    expect(parseFiscalYear("2569")).toBe(2569);
    expect(parseFiscalYear("๒๕๖๙")).toBe(2569);
    expect(parseFiscalYear("2026")).toBe(2569);
    expect(() => parseFiscalYear("69")).toThrow(UsageError);
    expect(() => parseFiscalYear("สองพัน")).toThrow(UsageError);
  });
});

describe("text decoding", () => {
  test("UTF-8 (with BOM), UTF-16LE with BOM, Windows-874", () => {
    expect(decodeText(Buffer.from("\uFEFFโครงการ", "utf8"))).toBe("โครงการ");
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("โครงการ", "utf16le")]))).toBe("โครงการ");
    // "โครงการ" in TIS-620 / Windows-874: Thai letters are U+0E01.. → 0xA1..
    const tis = Buffer.from([..."โครงการ"].map((ch) => ch.charCodeAt(0) - 0x0e01 + 0xa1));
    expect(decodeText(tis)).toBe("โครงการ");
  });
});

describe("consolidation workbook", () => {
  test("money with no month and money outside the fiscal year have columns of their own and a note", () => {
    const spec = consolidationSpec(
      [{ file: "c.txt", name: "ค", fiscalYear: 2569, allocation: 5000, planned: 4500, errors: 0, warnings: 1, quarters: [500, 0, 0, 0], unscheduled: 3000, outsideYear: 1000 }],
      "th",
    );
    const cells = new Map(spec.sheets[0].cells.map((c) => [c.address, c]));
    expect(cells.get("R4")?.value).toBe("ไม่ระบุเดือน");
    expect(cells.get("S4")?.value).toBe("นอกปีงบประมาณ");
    expect([cells.get("N5")?.value, cells.get("R5")?.value, cells.get("S5")?.value]).toEqual([500, 3000, 1000]);
    expect(cells.get("V5")?.value).toBe("1,000 บาท อยู่ในเดือนนอกปีงบประมาณ 2569 จึงไม่นับในไตรมาสของปีนี้; 3,000 บาท ไม่ระบุเดือนดำเนินการ จึงไม่อยู่ในไตรมาสใด");
    const en = new Map(consolidationSpec([{ file: "c.txt", fiscalYear: 2569, planned: 1000, quarters: [0, 0, 0, 0], unscheduled: 0, outsideYear: 1000 }], "en").sheets[0].cells.map((c) => [c.address, c]));
    expect(en.get("S4")?.value).toBe("Outside the fiscal year");
    expect(en.get("V5")?.value).toBe("1,000 baht falls in months outside fiscal year 2569, so it is in no quarter of this year");
  });

  test("one row per project, a totals row of SUM formulas, a findings sheet", () => {
    const spec = consolidationSpec(
      [
        { file: "/x/a.xlsx", name: "ก", owner: "ครู ก", fiscalYear: 2569, allocation: 1000, planned: 1200, errors: 1, warnings: 0, quarters: [1200, 0, 0, 0], unscheduled: 0, findings: [money] },
        { file: "/x/b.xlsx", failure: "ไม่พบไฟล์ b.xlsx" },
      ],
      "th",
    );
    expect(spec.sheets.map((s) => s.name)).toEqual(["สรุปรายโครงการ", "ข้อค้นพบ"]);
    const cells = new Map(spec.sheets[0].cells.map((c) => [c.address, c]));
    expect(cells.get("B5")?.value).toBe("a.xlsx");
    expect(cells.get("H5")?.formula).toBe('=IF(F5="","",F5-G5)');
    expect(cells.get("V6")?.value).toBe("ไม่พบไฟล์ b.xlsx");
    expect(cells.get("A7")?.value).toBe("รวม");
    expect(cells.get("G7")?.formula).toBe("=SUM(G5:G6)");
    expect(cells.get("S7")?.formula).toBe("=SUM(S5:S6)");
    expect(cells.get("T7")?.formula).toBe("=SUM(T5:T6)");
    const f = new Map(spec.sheets[1].cells.map((c) => [c.address, c]));
    expect(f.get("D4")?.value).toBe("งบประมาณ!J8");
    expect(f.get("F4")?.value).toBe("line-amount-mismatch");
  });
});
