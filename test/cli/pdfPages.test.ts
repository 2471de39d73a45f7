/**
 * Where the printed proposal's pages break, with the font it is printed in. TH SarabunPSK is not installed
 * here; `budget-plan pdf` (run as installed: node bin/budget-plan.js) prints it with TLWG's Laksaman at TH
 * Sarabun's metrics (src/cli/fonts.ts). For a short plan, the seed example and a long plan (14 activities,
 * 112 lines), the PDF (poppler: pdffonts, pdftotext) shows per page: Laksaman is the font of the text (no
 * other Thai font stands in); the page count is the one the layout planned (its manual page breaks), so no
 * row fell onto a page of its own making; a section heading or a table's header row never ends a page; each
 * page a table continues on starts with its header again; the signature block shares its page with the risk
 * table's last row; every text of the plan is in the PDF; no two words are drawn over each other (the trace
 * a row too short for its text leaves). Pages are kept as PNG under test-artifacts/print/pages-*.
 */
import { execFileSync, spawnSync } from "child_process";
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "fs";
import { inflateSync } from "zlib";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { seedPlan } from "../../src/core/examples/seed2560";
import type { Plan } from "../../src/core/model";
import { specToBuffer } from "../../src/adapters/xlsx/write";
import { buildWorkbookSpec } from "../../src/workbook";
import { proposalSheet } from "../../src/workbook/proposal/writeProposal";
import { planLayout } from "../../src/workbook/templateParts";
import { loadRateBook } from "../../src/core/rates/rateBook";

const ROOT = resolve(__dirname, "..", "..");
const ARTIFACTS = join(ROOT, "test-artifacts", "print");
const BIN = join(ROOT, "bin", "budget-plan.js");
const dir = mkdtempSync(join(tmpdir(), "budget-plan-pages-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Text compared without spaces and without the marks above and below Thai letters (pdftotext moves them). */
const bare = (s: string) => s.replace(/[\s\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/g, "");
const has = (text: string, words: string) => bare(text).includes(bare(words));

function shortPlan(): Plan {
  const p = structuredClone(seedPlan());
  p.activities = p.activities.slice(0, 1);
  p.budgetLines = p.budgetLines.filter((l) => l.activityId === p.activities[0].id).slice(0, 2);
  p.subtotals = [];
  p.project.rationale = "โรงเรียนจัดทำโครงการนี้เพื่อพัฒนาคุณภาพการศึกษาให้เป็นไปตามมาตรฐาน";
  p.project.objectives = ["เพื่อพัฒนาระบบประกันคุณภาพภายใน"];
  p.project.expectedResults = ["สถานศึกษามีระบบประกันคุณภาพที่เข้มแข็ง"];
  p.indicators = p.indicators.slice(0, 1);
  p.targets = p.targets.slice(0, 2);
  return p;
}

/** 14 activities of 8 lines each, long names: the budget table runs over several pages. */
function longPlan(): Plan {
  const p = structuredClone(seedPlan());
  const base = p.budgetLines.slice(0, 4);
  p.activities = Array.from({ length: 14 }, (_, i) => ({
    ...structuredClone(p.activities[i % p.activities.length]),
    id: String(i + 1),
    name: `${p.activities[i % p.activities.length].name} ระยะที่ ${i + 1} สำหรับโรงเรียนในกลุ่มเครือข่ายที่ ${(i % 5) + 1}`,
    cells: undefined,
  }));
  p.budgetLines = p.activities.flatMap((a, i) =>
    Array.from({ length: 8 }, (_, k) => ({ ...structuredClone(base[k % base.length]), id: `L${i * 8 + k + 1}`, activityId: a.id, cells: undefined })),
  );
  p.subtotals = [];
  return p;
}

const PLANS: [string, () => Plan][] = [
  ["short", shortPlan],
  ["seed", seedPlan],
  ["long", longPlan],
];

/** Section headings of the form (page text must not end with one) and the tables' header words. */
const HEADINGS = /^\s*(\d\.|3\.\d)\s+\S/;
const TABLES: { section: string; next: string; header: string }[] = [
  { section: "4. วิธีดำเนินการ", next: "5. ปฏิทินการดำเนินงาน", header: "ที่ กิจกรรม PDCA ระยะเวลา" },
  { section: "5. ปฏิทินการดำเนินงาน", next: "6. งบประมาณ", header: "ต.ค. พ.ย. ธ.ค." },
  { section: "6. งบประมาณ", next: "7. การประเมินผล", header: "ที่ รายการ ค่าตอบแทน ค่าใช้สอย ค่าวัสดุ" },
  { section: "7. การประเมินผล", next: "8. ผลที่คาดว่าจะได้รับ", header: "ค่าเป้าหมาย" },
  { section: "9. การวิเคราะห์ความเสี่ยง", next: "ลงชื่อ", header: "ปัจจัยความเสี่ยง แนวทางการบริหารความเสี่ยง" },
];

const pageCount = (pdf: string) => Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]);
/**
 * A page's text lines (pdftotext -layout: as placed; -raw: in the order drawn, a cell's text together),
 * without the footer's page number ("3 / 12") and empty lines.
 */
const pageLines = (pdf: string, n: number, count: number, mode = "-layout") =>
  execFileSync("pdftotext", ["-f", String(n), "-l", String(n), mode, pdf, "-"], { encoding: "utf8" })
    .replace(new RegExp(`(^|\\n)\\s*${n} / ${count}\\s*(?=\\n|$)`), "$1")
    .split("\n")
    .filter((l) => l.trim());

/**
 * The fonts embedded in a PDF (subset prefix removed) and the characters each one draws, from their
 * ToUnicode maps (pdffonts names the fonts; which characters each draws is read from the file itself).
 */
function fontChars(pdf: string): Map<string, string> {
  const d = readFileSync(pdf);
  const text = d.toString("latin1");
  const objects = new Map<number, { at: number; body: string }>();
  for (const m of text.matchAll(/(\d+) 0 obj([\s\S]*?)endobj/g)) objects.set(Number(m[1]), { at: m.index! + m[0].indexOf(m[2]), body: m[2] });
  const stream = (n: number) => {
    const o = objects.get(n)!;
    const m = /stream\r?\n/.exec(o.body)!;
    const start = o.at + m.index + m[0].length;
    const len = Number(/\/Length (\d+)/.exec(o.body)![1]);
    const raw = d.subarray(start, start + len);
    return /FlateDecode/.test(o.body) ? inflateSync(raw).toString("latin1") : raw.toString("latin1");
  };
  const out = new Map<string, string>();
  for (const { body } of objects.values()) {
    const name = /\/BaseFont\s*\/(\S+)/.exec(body);
    const tu = /\/ToUnicode\s+(\d+)/.exec(body);
    if (!name || !tu) continue;
    const chars = [...stream(Number(tu[1])).matchAll(/<[0-9A-Fa-f]+>\s*<([0-9A-Fa-f]{4})>/g)].map((m) => String.fromCharCode(parseInt(m[1], 16)));
    out.set(name[1].replace(/^[A-Z]{6}\+/, ""), chars.join(""));
  }
  return out;
}

interface Word {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  text: string;
}
function pageWords(pdf: string, n: number): Word[] {
  const xml = execFileSync("pdftotext", ["-f", String(n), "-l", String(n), "-bbox", pdf, "-"], { encoding: "utf8" });
  return [...xml.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map((m) => ({
    x0: Number(m[1]),
    y0: Number(m[2]),
    x1: Number(m[3]),
    y1: Number(m[4]),
    text: m[5],
  }));
}
/** Pairs of words drawn over each other (more than a third of the smaller one's box). */
function overlaps(words: Word[]): string[] {
  const out: string[] = [];
  const ws = words.filter((w) => bare(w.text).length > 0 && w.x1 - w.x0 > 1);
  for (let i = 0; i < ws.length; i++)
    for (let j = i + 1; j < ws.length; j++) {
      const a = ws[i];
      const b = ws[j];
      const dx = Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0);
      const dy = Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0);
      if (dx <= 0 || dy <= 0) continue;
      const small = Math.min((a.x1 - a.x0) * (a.y1 - a.y0), (b.x1 - b.x0) * (b.y1 - b.y0));
      if (dx * dy > small / 3) out.push(`${a.text} / ${b.text}`);
    }
  return out;
}

describe.each(PLANS)("the printed proposal of the %s plan, in Laksaman at TH Sarabun's metrics", (name, make) => {
  const plan = make();
  const pdf = join(dir, `${name}.pdf`);
  let pages: string[][] = [];
  let raw = "";
  let planned: ReturnType<typeof proposalSheet>["info"];
  let out = "";

  beforeAll(async () => {
    const xlsx = join(dir, `${name}.xlsx`);
    writeFileSync(xlsx, await specToBuffer(buildWorkbookSpec(plan, { lang: "th" })));
    // the layout as the template writes it (the same plan, its indicators)
    planned = proposalSheet(plan, planLayout(plan, "th", loadRateBook().rules.length, plan.indicators.length), plan.indicators).info;
    const r = spawnSync(process.execPath, [BIN, "pdf", xlsx, "-o", pdf, "--proposal"], { encoding: "utf8", timeout: 300_000 });
    expect([r.status, r.stderr]).toEqual([0, ""]);
    out = r.stdout;
    const count = pageCount(pdf);
    pages = Array.from({ length: count }, (_, i) => pageLines(pdf, i + 1, count));
    raw = Array.from({ length: count }, (_, i) => pageLines(pdf, i + 1, count, "-raw").join("\n")).join("\n");
    mkdirSync(ARTIFACTS, { recursive: true });
    for (const f of readdirSync(ARTIFACTS)) if (f.startsWith(`pages-${name}-`)) rmSync(join(ARTIFACTS, f));
    execFileSync("pdftoppm", ["-r", "60", "-png", pdf, join(ARTIFACTS, `pages-${name}`)]);
  }, 300_000);

  test("Laksaman prints the text: the stand-in is named, and no other font draws a Thai letter", () => {
    expect(out).toContain("Laksaman");
    const fonts = fontChars(pdf);
    expect([...fonts.keys()].filter((f) => /^Laksaman/.test(f)).length).toBeGreaterThan(0);
    for (const [font, chars] of fonts) {
      if (/^Laksaman/.test(font)) continue;
      // Carlito: the footer's page number (the workbook's Calibri); DejaVu Sans: the calendar's mark "●"
      // (no Thai font has it); nothing else
      expect([font, chars.replace(/[0-9 /]/g, "").replace(/●/g, "")]).toEqual([font, ""]);
    }
    expect((fonts.get("Laksaman") ?? "").match(/[\u0E01-\u0E2E]/g)?.length).toBeGreaterThan(20);
  });

  test("the pages break where the layout put them: the page count and what each page starts with", () => {
    expect(pages.length).toBe(planned.pages);
    expect(planned.pageTops).toHaveLength(pages.length);
    planned.pageTops.forEach((top, i) => {
      const first = pages[i][0];
      if (top === "tableHeader") expect([i + 1, TABLES.some((t) => has(pages[i].slice(0, 3).join(" "), t.header))]).toEqual([i + 1, true]);
      if (top === "heading" && i > 0) expect([i + 1, first]).toEqual([i + 1, expect.stringMatching(HEADINGS)]);
    });
    // sane: a page holds a fair share of the form (no page of a row or two, but for the last)
    for (const p of pages.slice(0, -1)) expect(p.length).toBeGreaterThan(8);
    // fitting the columns to the page barely shrinks the text: 16 pt TH Sarabun (Laksaman at 2/3 of it, a
    // word's box 1.3 em high) prints at least 90% of its size
    const heights = pageWords(pdf, 1)
      .map((w) => w.y1 - w.y0)
      .sort((a, b) => a - b);
    const scale = heights[Math.floor(heights.length / 2)] / (1.299 * 16 * (2 / 3));
    expect(scale).toBeGreaterThan(0.9);
    expect(scale).toBeLessThanOrEqual(1.01);
  });

  test("no page ends with a section heading or a table's header, and each page a table runs on starts with its header", () => {
    pages.forEach((p, i) => {
      const last = p[p.length - 1];
      expect([i + 1, HEADINGS.test(last) && bare(last).length < 40]).toEqual([i + 1, false]);
      for (const t of TABLES) expect([i + 1, t.header, has(last, t.header)]).toEqual([i + 1, t.header, false]);
    });
    // the pages each table spans: from its section heading to the next part
    const at = (words: string) => pages.findIndex((p) => has(p.join("\n"), words));
    for (const t of TABLES) {
      const from = at(t.section);
      const to = at(t.next);
      expect([t.section, from >= 0, to >= from]).toEqual([t.section, true, true]);
      for (let i = from + 1; i <= to; i++) {
        // a page holding only the next part does not continue the table
        const head = pages[i].slice(0, 4).join(" ");
        if (has(pages[i][0], t.next)) continue;
        expect([t.section, i + 1, has(head, t.header), head]).toEqual([t.section, i + 1, true, head]);
      }
    }
  });

  test("the signature block is on the proposal's last page, with the risk table's last row", () => {
    const last = pages[pages.length - 1].join("\n");
    for (const w of ["ลงชื่อ", "ผู้เสนอโครงการ", "ผู้เห็นชอบโครงการ", "ผู้อนุมัติโครงการ", "ตำแหน่ง"]) expect([w, has(last, w)]).toEqual([w, true]);
    const risks = plan.project.risks ?? [];
    const lastRisk = risks.length ? `${risks.length}. ${risks[risks.length - 1]}` : "ปัจจัยความเสี่ยง";
    expect(has(last, lastRisk.slice(0, 30))).toBe(true);
  });

  test("every text of the plan is printed, and no text is drawn over other text", () => {
    const all = bare(raw);
    const texts = [
      plan.project.name,
      plan.project.rationale ?? "",
      ...(plan.project.objectives ?? []),
      ...(plan.project.expectedResults ?? []),
      ...plan.activities.map((a) => a.name),
      ...plan.budgetLines.map((l) => l.item),
      ...plan.targets.map((t) => t.text),
      ...plan.indicators.map((t) => t.text),
    ];
    for (const t of texts) expect([t.slice(0, 40), all.includes(bare(t))]).toEqual([t.slice(0, 40), true]);
    for (let n = 1; n <= pages.length; n++) expect([n, overlaps(pageWords(pdf, n))]).toEqual([n, []]);
  });
});
