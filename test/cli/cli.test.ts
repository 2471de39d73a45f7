/**
 * The budget-plan CLI run as a user runs it: `node bin/budget-plan.js …` as a child process in a temp
 * dir, on real .xlsx files and the seed text document.
 */
import { createHash } from "crypto";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, statSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import { readXlsx } from "../../src/adapters/xlsx/read";
import { ROOT, runCli, jsonReport, type CliRun } from "../helpers/cli";

const SEED_TXT = join(ROOT, "test", "fixtures", "seed-project-2560.txt");
const dir = mkdtempSync(join(tmpdir(), "budget-plan-cli-"));

const run = (...args: string[]): CliRun => runCli(dir, args);

function sha(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

const json = jsonReport;

const ARITHMETIC = ["line-amount-mismatch", "line-amount-hardcoded", "formula-inconsistent", "formula-error"];

describe("budget-plan new", () => {
  test("writes a blank template, refuses to overwrite, --force overwrites", async () => {
    const r = run("new", "blank.xlsx", "--fiscal-year", "2569");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("blank.xlsx");
    const snap = await readXlsx(join(dir, "blank.xlsx"));
    expect(snap.sheets.length).toBeGreaterThanOrEqual(5);
    expect(snap.sheets.map((s) => s.name)).toContain("งบประมาณ");
    const before = sha(join(dir, "blank.xlsx"));
    const again = run("new", "blank.xlsx");
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("blank.xlsx");
    expect(again.stderr).toContain("--force");
    expect(sha(join(dir, "blank.xlsx"))).toBe(before);
    const forced = run("new", "blank-en.xlsx", "--lang", "en", "--fiscal-year", "๒๕๖๙");
    expect(forced.code).toBe(0);
    expect(forced.stdout).toContain("Wrote blank-en.xlsx");
    expect((await readXlsx(join(dir, "blank-en.xlsx"))).sheets.map((s) => s.name)).toContain("Budget");
    expect(run("new", "blank.xlsx", "--force").code).toBe(0);
  });

  test("--example writes the seed project; validate finds its mistakes (json)", () => {
    expect(run("new", "example.xlsx", "--example").code).toBe(0);
    const r = run("validate", "example.xlsx", "--format", "json");
    expect(r.code).toBe(1);
    const report = json(r);
    expect(report.files).toHaveLength(1);
    const findings = report.files[0].findings;
    const copying = findings.find((f) => f.rule === "line-amount-mismatch" && f.expected === 16000);
    expect(copying).toBeDefined();
    expect(copying!.actual).toBe(13000);
    expect(copying!.severity).toBe("error");
    expect(copying!.sheet).toBe("งบประมาณ");
    expect(copying!.cell).toMatch(/^[A-Z]+[0-9]+$/);
    const lunch = findings.find((f) => f.rule === "line-amount-mismatch" && f.expected === 10000);
    expect(lunch?.actual).toBe(100000);
    expect(findings.some((f) => f.rule === "over-allocation")).toBe(true);
    expect(findings.some((f) => f.rule === "spend-before-funds")).toBe(true);
    // every record has the documented keys
    for (const f of findings) {
      expect(Object.keys(f).sort()).toEqual(["activity", "activityName", "actual", "cell", "detail", "expected", "item", "line", "message", "place", "rateRule", "rule", "severity", "sheet"]);
      expect(typeof f.message).toBe("string");
    }
  });

  test("blank template validates without errors", () => {
    const r = run("validate", "blank.xlsx", "--format", "json");
    expect(r.code).toBe(0);
    expect(json(r).files[0].findings.filter((f) => f.severity === "error")).toEqual([]);
    // --json is the short form of --format json, and --help says so in both languages
    const short = run("validate", "blank.xlsx", "--json");
    expect(short.code).toBe(0);
    expect(short.stdout).toBe(r.stdout);
    expect(run("validate", "--help").stdout).toContain("--json               เหมือน --format json");
    expect(run("validate", "--help", "--lang", "en").stdout).toContain("--json               same as --format json");
  });
});

describe("budget-plan validate", () => {
  test("text output in Thai, grouped by severity, with cell addresses", () => {
    const r = run("validate", "example.xlsx");
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n")[0]).toBe("example.xlsx");
    expect(r.stdout).toContain("ข้อผิดพลาด (");
    expect(r.stdout).toMatch(/\[งบประมาณ![A-Z]+[0-9]+\]/);
    expect(r.stdout).toContain("= 16,000 บาท แต่ระบุ 13,000 บาท"); // one finding at J8 that names both numbers
    expect(r.stdout).toContain("สรุป: ข้อผิดพลาด");
    expect(r.stdout.indexOf("ข้อผิดพลาด (")).toBeLessThan(r.stdout.indexOf("คำเตือน ("));
  });

  test("text output in English with --lang en", () => {
    const r = run("validate", "example.xlsx", "--lang", "en");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("Errors (");
    expect(r.stdout).toContain("= 16,000 baht, but 13,000 baht is stated");
    expect(r.stdout).not.toMatch(/ข้อผิดพลาด \(/);
  });

  test("the seed project text file is imported in memory and checked", () => {
    const r = run("validate", SEED_TXT, "--format", "json");
    expect(r.code).toBe(1);
    const findings = json(r).files[0].findings;
    expect(findings.some((f) => f.rule === "line-amount-mismatch" && f.expected === 16000 && f.actual === 13000)).toBe(true);
    expect(findings.some((f) => f.rule === "line-amount-mismatch" && f.expected === 10000 && f.actual === 100000)).toBe(true);
    expect(findings.some((f) => f.rule === "over-allocation")).toBe(true);
  });

  test("unusable inputs: clear messages naming the file, exit 2, other files still checked", async () => {
    writeFileSync(join(dir, "empty.xlsx"), "");
    writeFileSync(join(dir, "notes.xlsx"), "this is plain text, not a workbook");
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet("Sheet1").getCell("A1").value = "รายชื่อนักเรียน";
    await wb.xlsx.writeFile(join(dir, "other.xlsx"));
    const r = run("validate", "missing.xlsx", "empty.xlsx", "notes.xlsx", "other.xlsx", "example.xlsx", "--format", "json");
    expect(r.code).toBe(2);
    const report = json(r);
    expect(report.files.map((f) => f.file)).toEqual(["missing.xlsx", "empty.xlsx", "notes.xlsx", "other.xlsx", "example.xlsx"]);
    expect(report.files[0].error).toMatchObject({ code: "missing" });
    expect(report.files[1].error).toMatchObject({ code: "empty" });
    expect(report.files[2].error).toMatchObject({ code: "not-zip" });
    expect(report.files[3].error).toMatchObject({ code: "not-a-plan" });
    for (const f of report.files.slice(0, 4)) expect(f.error!.message).toContain(f.file);
    expect(report.files[4].error).toBeUndefined();
    expect(report.files[4].findings.length).toBeGreaterThan(0);
    expect(r.stderr).toContain("ไม่พบไฟล์ missing.xlsx");
    expect(r.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack traces
    const en = run("validate", "missing.xlsx", "--lang", "en");
    expect(en.code).toBe(2);
    expect(en.stderr).toContain("File not found: missing.xlsx");
  });
});

describe("budget-plan import", () => {
  test("imports the seed document and reports problems with line numbers", async () => {
    const r = run("import", SEED_TXT, "-o", "seed.xlsx");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("seed.xlsx");
    expect(r.stdout).toMatch(/กิจกรรม 7/);
    const snap = await readXlsx(join(dir, "seed.xlsx"));
    expect(snap.sheets.map((s) => s.name)).toContain("งบประมาณ");
    const v = run("validate", "seed.xlsx", "--format", "json");
    expect(v.code).toBe(1);
    const findings = json(v).files[0].findings;
    expect(findings.some((f) => f.rule === "line-amount-mismatch" && f.expected === 16000 && f.actual === 13000)).toBe(true);
    expect(findings.some((f) => f.rule === "over-allocation")).toBe(true);
    // refuses to overwrite
    expect(run("import", SEED_TXT, "-o", "seed.xlsx").code).toBe(2);
    // a missing input
    const missing = run("import", "nope.txt", "-o", "x.xlsx");
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.txt");
  });
});

const ODD_TEXT = [
  "โครงการ ทดสอบ",
  "งบประมาณ ๑๐,๐๐๐ บาท",
  "กิจกรรม",
  "1. อบรม ธันวาคม 2567",
  "ค่าอาหารว่าง 35 x abc คน = 700 บาท",
  "รายการแปลก ๆ ไม่มีตัวเลข",
].join("\n");

describe("budget-plan import of a rough document", () => {
  test("lists what it could not read, with line numbers", () => {
    writeFileSync(join(dir, "odd.txt"), ODD_TEXT);
    const r = run("import", "odd.txt", "-o", "odd.xlsx");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/บรรทัด 5: .*"ค่าอาหารว่าง 35 x abc คน = 700 บาท"/);
    expect(existsSync(join(dir, "odd.xlsx"))).toBe(true);
  });
});

describe("budget-plan import of a text whose budget lines cannot be read", () => {
  const NO_LINES = join(ROOT, "test", "corpus", "texts", "blind-p2-v2-pdf-collapsed-no-header.txt");
  test("says plainly that the workbook holds no budget line; the reading problems are kept in it and validate shows them again", () => {
    const r = run("import", NO_LINES, "-o", "nolines.xlsx");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("สมุดงานที่สร้างไม่มีรายการงบประมาณเลย");
    expect(r.stdout).toMatch(/บรรทัด 15: อ่านรายการงบประมาณนี้ไม่ได้/);
    expect(r.stdout).toContain("บันทึกไว้ในสมุดงาน");
    const en = run("import", NO_LINES, "-o", "nolines-en.xlsx", "--lang", "en");
    expect(en.stdout).toContain("holds no budget line at all");
    // the workbook keeps them: validate lists the same lines as warnings, in JSON too
    const findings = json(run("validate", "nolines.xlsx", "--format", "json")).files[0].findings;
    const kept = findings.filter((f) => f.rule === "read-problem" && /ตอนนำเข้าจากข้อความ บรรทัด (15|16|19|20): อ่านรายการงบประมาณนี้ไม่ได้/.test(f.message));
    expect(kept.map((f) => f.severity)).toEqual(["warning", "warning", "warning", "warning"]);
  });

  test("validate words its reading problems without internal codes", () => {
    const r = run("validate", NO_LINES);
    expect(r.stdout).toContain("อ่านรายการงบประมาณนี้ไม่ได้");
    expect(r.stdout).not.toMatch(/budget-line-unreadable|no-budget|พบ [a-z]+-[a-z]/);
    expect(r.stdout).not.toContain("ไม่พบรายละเอียดงบประมาณ");
  });
});

describe("budget-plan fix", () => {
  test("puts formulas back; arithmetic findings gone, over-allocation stays; input unchanged", () => {
    copyFileSync(join(dir, "example.xlsx"), join(dir, "tofix.xlsx"));
    const before = sha(join(dir, "tofix.xlsx"));
    const mtime = statSync(join(dir, "tofix.xlsx")).mtimeMs;
    const r = run("fix", "tofix.xlsx", "-o", "fixed.xlsx");
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/งบประมาณ![A-Z]+[0-9]+: 13,000 → =/);
    expect(r.stdout).toMatch(/งบประมาณ![A-Z]+[0-9]+: 100,000 → =/);
    expect(sha(join(dir, "tofix.xlsx"))).toBe(before);
    expect(statSync(join(dir, "tofix.xlsx")).mtimeMs).toBe(mtime);
    const v = run("validate", "fixed.xlsx", "--format", "json");
    const findings = json(v).files[0].findings;
    expect(findings.filter((f) => ARITHMETIC.includes(f.rule))).toEqual([]);
    expect(findings.some((f) => f.rule === "over-allocation")).toBe(true);
    expect(v.code).toBe(1);
  });

  test("refuses to write over its input", () => {
    const before = sha(join(dir, "tofix.xlsx"));
    const r = run("fix", "tofix.xlsx", "-o", "./tofix.xlsx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("tofix.xlsx");
    expect(sha(join(dir, "tofix.xlsx"))).toBe(before);
  });
});

describe("budget-plan consolidate", () => {
  test("one row per project, totals as SUM formulas, Thai headers", async () => {
    const r = run("consolidate", "example.xlsx", "seed.xlsx", "blank.xlsx", "-o", "summary.xlsx");
    expect(r.code).toBe(1); // the example and the seed have errors
    expect(r.stdout).toContain("summary.xlsx");
    const snap = await readXlsx(join(dir, "summary.xlsx"));
    const s = snap.sheets[0];
    const header = s.values[3];
    expect(header).toContain("ชื่อโครงการ");
    expect(header).toContain("งบประมาณที่ได้รับจัดสรร (บาท)");
    expect(header).toContain("ค่าใช้สอย");
    expect(header).toContain("ไตรมาส 1 (ต.ค.–ธ.ค.)");
    const col = (name: string) => header.indexOf(name);
    const rows = s.values.slice(4, 7);
    expect(rows.map((row) => row[1])).toEqual(["example.xlsx", "seed.xlsx", "blank.xlsx"]);
    const planned = col("งบประมาณตามแผน (บาท)");
    expect(rows[0][planned]).toBe(121000);
    expect(rows[0][col("งบประมาณที่ได้รับจัดสรร (บาท)")]).toBe(120000);
    expect(rows[0][col("คงเหลือ (+) / เกิน (−)")]).toBe(-1000);
    expect(rows[0][col("ข้อผิดพลาด")]).toBeGreaterThan(0);
    // quarters add up to the planned total for each project
    for (const row of rows) {
      const q = [1, 2, 3, 4].map((k) => row[col(`ไตรมาส ${k} (${["ต.ค.–ธ.ค.", "ม.ค.–มี.ค.", "เม.ย.–มิ.ย.", "ก.ค.–ก.ย."][k - 1]})`)] as number);
      expect(q.reduce((a, b) => a + b, 0) + (row[col("ไม่ระบุเดือน")] as number) + (row[col("นอกปีงบประมาณ")] as number)).toBeCloseTo(row[planned] as number, 2);
    }
    const total = s.values[7];
    expect(total[0]).toBe("รวม");
    const plannedLetter = String.fromCharCode(65 + planned);
    expect(s.formulas[7][planned]).toBe(`=SUM(${plannedLetter}5:${plannedLetter}7)`);
    expect(total[planned]).toBeCloseTo((rows[0][planned] as number) + (rows[1][planned] as number) + (rows[2][planned] as number), 2);
    // second sheet: every error and warning with the cell to look at
    const findings = snap.sheets[1];
    expect(findings.name).toBe("ข้อค้นพบ");
    const lines = findings.values.map((row) => row.join("|"));
    expect(lines.some((l) => l.startsWith("example.xlsx|") && l.includes("|line-amount-mismatch") && /\|งบประมาณ![A-Z]+\d+\|/.test(l))).toBe(true);
    expect(lines.some((l) => l.startsWith("blank.xlsx|"))).toBe(false);
  });

  test("an unusable file gets a row with the reason and exit 2", async () => {
    const r = run("consolidate", "example.xlsx", "missing.xlsx", "-o", "summary2.xlsx");
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("missing.xlsx");
    const snap = await readXlsx(join(dir, "summary2.xlsx"));
    const rowText = snap.sheets[0].values[5].join(" ");
    expect(rowText).toContain("missing.xlsx");
    expect(rowText).toContain("ไม่พบไฟล์");
  });
});

describe("budget-plan consolidate: months outside the fiscal year, activities without months", () => {
  test("money of an activity in ต.ค. after the year is outside it; money of activities without months is 'no month', never quarter 1", async () => {
    const text = (act3: string) =>
      [
        "โครงการ ค่ายภาษาอังกฤษ",
        "ระยะเวลาดำเนินการ 1 ตุลาคม 2568 – 30 กันยายน 2569",
        "ที่\tกิจกรรม\tระยะเวลา",
        "1\tประชุมวางแผน\tพ.ย. 2568",
        `2\tจัดค่าย\t${act3 ? "ม.ค. 2569" : ""}`,
        `3\tสรุปผล\t${act3}`,
        "",
        "งบประมาณ 20,000 บาท",
        "กิจกรรมที่ 2 จัดค่าย",
        "- ค่าวัสดุ 10 ชุด x 500 บาท = 5,000 บาท",
        "กิจกรรมที่ 3 สรุปผล",
        "- ค่าจัดทำรูปเล่มรายงาน 5 เล่ม x 200 บาท = 1,000 บาท",
      ].join("\n");
    writeFileSync(join(dir, "outside.txt"), text("ต.ค. 2569"));
    writeFileSync(join(dir, "nomonths.txt"), text(""));
    run("consolidate", "outside.txt", "nomonths.txt", "-o", "months.xlsx");
    const s = (await readXlsx(join(dir, "months.xlsx"))).sheets[0];
    const header = s.values[3];
    const col = (name: string) => header.indexOf(name);
    const [outside, none] = s.values.slice(4, 6);
    expect(outside[col("ไตรมาส 1 (ต.ค.–ธ.ค.)")]).toBe(0);
    expect(outside[col("ไตรมาส 2 (ม.ค.–มี.ค.)")]).toBe(5000);
    expect(outside[col("นอกปีงบประมาณ")]).toBe(1000);
    expect(String(outside[col("หมายเหตุ")])).toContain("1,000 บาท อยู่ในเดือนนอกปีงบประมาณ 2569");
    expect(none[col("ไตรมาส 1 (ต.ค.–ธ.ค.)")]).toBe(0);
    expect(none[col("ไม่ระบุเดือน")]).toBe(6000);
    expect(String(none[col("หมายเหตุ")])).toContain("6,000 บาท ไม่ระบุเดือน");
  });
});

describe("budget-plan: a workbook holding several projects, a sheet each", () => {
  // the corpus file: three projects (โครงการ1–3), each with its own allocation; project 3 is over its own
  const FILE = join(ROOT, "test", "corpus", "workbooks", "wbe1-sheet-per-project.xlsx");
  test("validate checks each project on its own sheet and says the file holds several projects", () => {
    const r = run("validate", FILE, "-f", "json");
    const findings = json(r).files[0].findings;
    const over = findings.filter((f) => f.rule === "over-allocation");
    expect(over.map((f) => `${f.sheet}!${f.cell}`)).toEqual(["โครงการ3!A2"]);
    expect(findings.some((f) => f.rule === "line-amount-hardcoded")).toBe(false);
    expect(findings.find((f) => f.rule === "read-problem" && f.message.includes("3 โครงการ"))?.severity).toBe("info");
  });
  test("consolidate writes a row per project with its own allocation", async () => {
    copyFileSync(FILE, join(dir, "projects.xlsx"));
    const r = run("consolidate", "projects.xlsx", "-o", "projects-summary.xlsx");
    expect(r.stdout).toContain("3 โครงการ");
    const s = (await readXlsx(join(dir, "projects-summary.xlsx"))).sheets[0];
    const header = s.values[3];
    const rows = s.values.slice(4, 7);
    const col = (h: string) => header.indexOf(h);
    expect(rows.map((x) => String(x[col("ชื่อโครงการ")]))).toEqual(["ซ่อมบำรุงอาคารสถานที่", "โรงเรียนปลอดภัย", "ประชาสัมพันธ์โรงเรียน"]);
    expect(new Set(rows.map((x) => x[col("งบประมาณที่ได้รับจัดสรร (บาท)")])).size).toBe(3);
    // each project's money in its own period's quarter: ธ.ค. 2568, ก.พ. 2569, พ.ค. 2569
    const q = (x: unknown[], n: number) => x[col(["ไตรมาส 1 (ต.ค.–ธ.ค.)", "ไตรมาส 2 (ม.ค.–มี.ค.)", "ไตรมาส 3 (เม.ย.–มิ.ย.)"][n - 1])];
    expect([q(rows[0], 1), q(rows[1], 2), q(rows[2], 3)]).toEqual(rows.map((x) => x[col("งบประมาณตามแผน (บาท)")]));
  });
});

describe("budget-plan: projects one after another on one sheet (the sixth blind tester's file)", () => {
  const FILE = join(ROOT, "test", "corpus", "workbooks", "blind", "p6-f05-stacked-one-sheet.xlsx");
  test("validate checks each project against its own allocation; the second project's fields are no lines", () => {
    const findings = json(run("validate", FILE, "-f", "json")).files[0].findings;
    expect(findings.filter((f) => f.severity === "error").map((f) => `${f.rule} ${f.cell}`)).toEqual(["line-amount-mismatch D7"]);
    expect(findings.find((f) => f.rule === "read-problem" && f.message.includes("2 โครงการ"))?.message).toContain("แผนงานวิชาการ แถว 12–19");
  });
  test("consolidate writes a row for each of them", async () => {
    copyFileSync(FILE, join(dir, "stacked.xlsx"));
    const r = run("consolidate", "stacked.xlsx", "-o", "stacked-summary.xlsx");
    expect(r.stdout).toContain("2 โครงการ");
    const s = (await readXlsx(join(dir, "stacked-summary.xlsx"))).sheets[0];
    const header = s.values[3];
    const col = (h: string) => header.indexOf(h);
    const rows = s.values.slice(4, 6);
    expect(rows.map((x) => String(x[col("ชื่อโครงการ")]))).toEqual(["ยกระดับผลสัมฤทธิ์ทางการเรียน O-NET", "ส่งเสริมสุขภาพนักเรียน"]);
    expect(rows.map((x) => x[col("งบประมาณที่ได้รับจัดสรร (บาท)")])).toEqual([8000, 6000]);
  });
});

describe("budget-plan consolidate over many files", () => {
  test("draws a progress bar on stderr", () => {
    const files: string[] = [];
    for (let i = 1; i <= 10; i++) {
      const f = `odd-${i}.txt`;
      writeFileSync(join(dir, f), ODD_TEXT.replace("ทดสอบ", `ทดสอบ ${i}`));
      files.push(f);
    }
    const r = run("consolidate", ...files, "-o", "many.xlsx");
    expect(r.code).toBe(1); // each document has a quantity "abc" (bad-number error)
    expect(r.stderr).toContain("กำลังอ่าน 10/10");
    expect(r.stdout).toContain("10 โครงการ");
  });
});

describe("usage and help", () => {
  test.each(["new", "validate", "import", "consolidate", "fix"])("%s --help in Thai and English", (cmd) => {
    const th = run(cmd, "--help");
    expect(th.code).toBe(0);
    expect(th.stdout).toContain(`วิธีใช้: budget-plan ${cmd}`);
    const en = run(cmd, "--help", "--lang", "en");
    expect(en.code).toBe(0);
    expect(en.stdout).toContain(`Usage: budget-plan ${cmd}`);
  });

  test("wrong usage exits 2 with a message", () => {
    const none = run();
    expect(none.code).toBe(2);
    expect(none.stdout).toContain("วิธีใช้");
    const unknown = run("frobnicate");
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("frobnicate");
    const badOpt = run("validate", "example.xlsx", "--colour");
    expect(badOpt.code).toBe(2);
    expect(badOpt.stderr).toContain("--colour");
    const both = run("validate", "example.xlsx", "--json", "--format", "text", "--lang", "en");
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("--json means --format json");
    const badFormat = run("validate", "example.xlsx", "--format", "xml", "--lang", "en");
    expect(badFormat.code).toBe(2);
    expect(badFormat.stderr).toContain("--format must be text or json");
    const noOut = run("fix", "example.xlsx");
    expect(noOut.code).toBe(2);
    expect(noOut.stderr).toContain("-o");
    expect(run("validate").code).toBe(2);
    expect(existsSync(join(dir, "x.xlsx"))).toBe(false);
  });
});
