/**
 * Laying the proposal (แบบเสนอโครงการ) out again on a workbook a planner filled in as the template offers it
 * (months typed as "พ.ย. 2569"), evaluated by HyperFormula as the preview does: every formula the new layout
 * writes is well formed and computes (no #ERROR!, no 'กิจกรรม'!$$5), the calendar marks the activities' months
 * and section 4 shows their periods. And a guard over every writer: no template writes a formula with a
 * reference lacking its column or row.
 */
import { seedPlan } from "../../src/core/examples/seed2560";
import { emptyPlan } from "../../src/core/model";
import { buildWorkbookSpec, readPlan } from "../../src/workbook";
import { addr } from "../../src/workbook/a1";
import { PRINT_SHEET_NAMES } from "../../src/workbook/i18n";
import { proposalOf, relaidProposal } from "../../src/workbook/proposal/relayout";
import type { CellScalar, SheetSpec, WorkbookSnapshot } from "../../src/workbook/types";
import { formulaProblems } from "../helpers/formulaCheck";
import { HfBook } from "../helpers/hfSnapshot";

const SHEET = PRINT_SHEET_NAMES.th;
const ERROR = /^#[A-Z0-9/!?]+/;

/** A blank FY 2570 template with three activities (months typed as text) and two budget lines. */
function filledBook(): HfBook {
  const book = HfBook.fromSpec(buildWorkbookSpec(emptyPlan(2570)));
  const loc = readPlan(book.snapshot()).located;
  const A = loc.activities!;
  const B = loc.budget!;
  const acts: [string, string, string, string][] = [
    ["1", "ประชุมวางแผนการดำเนินงาน", "พ.ย. 2569", ""],
    ["2", "อบรมเชิงปฏิบัติการ", "ม.ค. 2570", "ก.พ. 2570"],
    ["3", "นิเทศติดตามและสรุปรายงานผล", "มิ.ย. 2570", "ส.ค. 2570"],
  ];
  acts.forEach(([id, name, start, end], i) => {
    const r = A.firstRow + i;
    book.set(A.sheet, addr(r, A.cols.id), { value: Number(id) });
    book.set(A.sheet, addr(r, A.cols.name), { value: name });
    book.set(A.sheet, addr(r, A.cols.start), { value: start });
    if (end) book.set(A.sheet, addr(r, A.cols.end), { value: end });
  });
  const lines: [number, string, number, number, number][] = [
    [1, "ค่าอาหารว่างและเครื่องดื่ม", 35, 15, 1],
    [2, "ค่าอาหารกลางวัน", 120, 40, 2],
  ];
  lines.forEach(([act, item, rate, qty, times], i) => {
    const r = B.firstRow + i;
    book.set(B.sheet, addr(r, B.cols.activityId), { value: act });
    book.set(B.sheet, addr(r, B.cols.item), { value: item });
    book.set(B.sheet, addr(r, B.cols.unitCost), { value: rate });
    book.set(B.sheet, addr(r, B.cols.quantity), { value: qty });
    book.set(B.sheet, addr(r, B.cols.times), { value: times });
    book.set(B.sheet, addr(r, B.cols.expenseClass), { value: "ค่าใช้สอย" });
  });
  return book;
}

/** The sheet's cells replaced by a spec's (the old rows cleared), as the hosts' replaceSheet leaves it. */
function replace(book: HfBook, spec: SheetSpec): void {
  const old = proposalOf(book.snapshot())!;
  old.values.forEach((row, r) => row.forEach((_, c) => book.set(spec.name, addr(r + 1, c + 1), { value: null })));
  for (const c of spec.cells) book.set(spec.name, c.address, c.formula ? { formula: c.formula } : { value: c.value ?? null });
}

const rowsOf = (snap: WorkbookSnapshot) => proposalOf(snap)!.values;
const rowWith = (values: CellScalar[][], text: string, after = 0) => values.findIndex((r, i) => i >= after && r.some((v) => v === text));

describe("laying out again a proposal whose activities' months are typed as text", () => {
  let book: HfBook;
  let spec: SheetSpec;
  let snap: WorkbookSnapshot;
  beforeAll(() => {
    book = filledBook();
    const read = readPlan(book.snapshot());
    spec = relaidProposal(read, SHEET)!;
    expect(spec).toBeDefined();
    replace(book, spec);
    snap = book.snapshot();
  });
  afterAll(() => book.destroy());

  test("every formula of the new layout is well formed and none computes to an error", () => {
    expect(formulaProblems({ sheets: [spec] })).toEqual([]);
    const s = proposalOf(snap)!;
    const errors: string[] = [];
    s.values.forEach((row, r) => row.forEach((v, c) => typeof v === "string" && ERROR.test(v) && errors.push(`${addr(r + 1, c + 1)} ${v} ${s.formulas[r][c]}`)));
    expect(errors).toEqual([]);
  });

  test("the calendar marks each activity's months (ต.ค. first), section 4 shows the periods", () => {
    const values = rowsOf(snap);
    const cal = rowWith(values, "5. ปฏิทินการดำเนินงาน");
    expect(cal).toBeGreaterThan(0);
    const marked = (name: string) => {
      const r = rowWith(values, name, cal);
      // columns C..N: ต.ค. .. ก.ย.
      return values[r].slice(2, 14).map((v, k) => (v ? k : -1)).filter((k) => k >= 0);
    };
    expect(marked("ประชุมวางแผนการดำเนินงาน")).toEqual([1]);
    expect(marked("อบรมเชิงปฏิบัติการ")).toEqual([3, 4]);
    expect(marked("นิเทศติดตามและสรุปรายงานผล")).toEqual([8, 9, 10]);
    const method = rowWith(values, "4. วิธีดำเนินการ");
    const period = (name: string) => values[rowWith(values, name, method)].filter((v) => typeof v === "string" && /25\d\d/.test(v));
    expect(period("ประชุมวางแผนการดำเนินงาน")).toEqual(["พ.ย. 2569"]);
    expect(period("อบรมเชิงปฏิบัติการ")).toEqual(["ม.ค. 2570 – ก.พ. 2570"]);
  });

  test("without the project's dates the header prints the fiscal year's period", () => {
    const t = rowsOf(snap).map((r) => r.filter((v) => v !== null && v !== "").join(" "));
    expect(t).toContain("ระยะเวลาดำเนินการ  1 ตุลาคม 2569 – 30 กันยายน 2570");
  });
});

describe("before any new layout, the template's proposal shows what is typed", () => {
  test("each activity's sums by expense class and the targets typed, numbered by kind", () => {
    const book = filledBook();
    try {
      const loc = readPlan(book.snapshot()).located;
      const Tg = loc.targets!;
      const typed: [string, string][] = [
        ["เชิงปริมาณ", "ครู 40 คนเข้ารับการอบรม"],
        ["เชิงคุณภาพ", "ครูออกแบบการจัดการเรียนรู้เชิงรุกได้ ร้อยละ 80"],
        ["เชิงปริมาณ", "จัดนิเทศ 3 ครั้ง"],
      ];
      typed.forEach(([kind, text], i) => {
        book.set(Tg.sheet, addr(Tg.firstRow + i, Tg.cols.kind), { value: kind });
        book.set(Tg.sheet, addr(Tg.firstRow + i, Tg.cols.text), { value: text });
      });
      const values = rowsOf(book.snapshot());
      const lines = values.map((r) => r.slice(0, 15).filter((v) => v !== null && v !== "").join(" | "));
      const section = (from: string, to: string) => lines.slice(lines.findIndex((l) => l.startsWith(from)), lines.findIndex((l) => l.startsWith(to)));
      expect(section("    3.1", "    3.2").map((l) => l.trim()).filter(Boolean)).toEqual(["3.1 เชิงปริมาณ", "1) ครู 40 คนเข้ารับการอบรม", "2) จัดนิเทศ 3 ครั้ง"]);
      expect(section("    3.2", "4.").map((l) => l.trim()).filter(Boolean)).toEqual(["3.2 เชิงคุณภาพ", "1) ครูออกแบบการจัดการเรียนรู้เชิงรุกได้ ร้อยละ 80"]);
      // 35 × 15 × 1 under activity 1, 120 × 40 × 2 under activity 2 (ค่าใช้สอย), nothing under activity 3
      const budget = section("6.", "7.");
      expect(budget).toEqual(expect.arrayContaining(["1 | กิจกรรมที่ 1 ประชุมวางแผนการดำเนินงาน | 0 | 525 | 0 | 525", "2 | กิจกรรมที่ 2 อบรมเชิงปฏิบัติการ | 0 | 9600 | 0 | 9600"]));
      expect(budget.some((l) => l.startsWith("รวมทั้งสิ้น | 0 | 10125 | 0 | 10125"))).toBe(true);
    } finally {
      book.destroy();
    }
  });

  test("no target typed: each kind prints its dotted line", () => {
    const book = HfBook.fromSpec(buildWorkbookSpec(emptyPlan(2570)));
    try {
      const lines = rowsOf(book.snapshot()).map((r) => r.slice(0, 15).filter((v) => v !== null && v !== "").join(" ").trim());
      const at = lines.indexOf("3.1 เชิงปริมาณ");
      expect(lines.slice(at, at + 10).filter(Boolean)).toEqual(["3.1 เชิงปริมาณ", expect.stringMatching(/^\.+$/), "3.2 เชิงคุณภาพ", expect.stringMatching(/^\.+$/)]);
    } finally {
      book.destroy();
    }
  });
});

describe("the activities sheet's quarter column names every fiscal quarter an activity's months touch", () => {
  test("พ.ย. → 1, ม.ค.–ก.พ. → 2, มิ.ย.–ส.ค. → 3–4 (months typed as text), none empty beyond the activities", () => {
    const book = filledBook();
    try {
      const read = readPlan(book.snapshot());
      const A = read.located.activities!;
      const quarters = [0, 1, 2, 3].map((i) => book.value(A.sheet, addr(A.firstRow + i, A.cols.quarter)));
      expect(quarters).toEqual(["1", "2", "3–4", ""]);
    } finally {
      book.destroy();
    }
  });
});

describe("the evaluation table writes a percentage target as Thai does: ร้อยละ 80", () => {
  test("a target in ร้อยละ prints 'ร้อยละ 80', one in people '200 คน', one in % '75%'", () => {
    const plan = seedPlan();
    plan.indicators = [
      { kind: "outcome", text: "ร้อยละของครูออกแบบการสอนได้", targetValue: 80, targetUnit: "ร้อยละ" },
      { kind: "output", text: "จำนวนครูที่เข้ารับการอบรม", targetValue: 200, targetUnit: "คน" },
      { kind: "outcome", text: "ความพึงพอใจ", targetValue: 75, targetUnit: "%" },
    ];
    const book = HfBook.fromSpec(buildWorkbookSpec(plan));
    try {
      const values = rowsOf(book.snapshot());
      const at = rowWith(values, "7. การประเมินผล");
      const cells = values.slice(at).flat();
      expect(cells).toEqual(expect.arrayContaining(["ร้อยละ 80", "200 คน", "75%"]));
      expect(cells).not.toContain("80 ร้อยละ");
    } finally {
      book.destroy();
    }
  });
});

describe("no writer writes a formula whose reference lacks its column or row", () => {
  test.each([
    ["the example, Thai", () => buildWorkbookSpec(seedPlan(), { lang: "th" })],
    ["the example, English", () => buildWorkbookSpec(seedPlan(), { lang: "en" })],
    ["a blank template", () => buildWorkbookSpec(emptyPlan(2570))],
  ])("%s", (_, make) => {
    expect(formulaProblems(make())).toEqual([]);
  });

  test("the proposal laid out again on the example and on a filled-in blank template", () => {
    for (const snap of [HfBook.fromSpec(buildWorkbookSpec(seedPlan())).snapshot(), filledBook().snapshot()]) {
      const spec = relaidProposal(readPlan(snap), SHEET);
      expect(spec).toBeDefined();
      expect(formulaProblems({ sheets: [spec!] })).toEqual([]);
    }
  });
});
