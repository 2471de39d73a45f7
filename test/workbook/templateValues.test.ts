/**
 * The template's formulas computed from the plan model (src/workbook/templateValues.ts) give what
 * HyperFormula gives, cell by cell, and validation reads the same plan and finds the same findings —
 * for the seed example and for random plans written by the template writer as .xlsx files (no cached
 * results). Workbooks with formulas of their own still go to HyperFormula.
 */
import { satang } from "../../src/core/money";
import fc from "fast-check";
import JSZip from "jszip";
import type { Activity, BudgetLine, Plan } from "../../src/core/model";
import { emptyPlan } from "../../src/core/model";
import { seedPlan } from "../../src/core/examples/seed2560";
import { buildWorkbookSpec, validateWorkbook } from "../../src/workbook";
import { templateFormulaValues } from "../../src/workbook/templateValues";
import type { WorkbookSnapshot } from "../../src/workbook/types";
import { readXlsx } from "../../src/adapters/xlsx/read";
import { specToBuffer } from "../../src/adapters/xlsx/write";

/** Every formula cell the model computed: [sheet!cell, model value, HyperFormula's value]. */
function computedCells(model: WorkbookSnapshot, hf: WorkbookSnapshot): { cell: string; model: unknown; hf: unknown }[] {
  const out: { cell: string; model: unknown; hf: unknown }[] = [];
  model.sheets.forEach((s, i) =>
    s.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (s.formulas[r]?.[c] && v !== null) out.push({ cell: `${s.name}!R${r + 1}C${c + 1}`, model: v, hf: hf.sheets[i].values[r][c] });
      }),
    ),
  );
  return out;
}

async function compare(buf: Buffer): Promise<number> {
  const bare = await readXlsx(buf, { evaluate: "never" });
  const model = templateFormulaValues(bare);
  expect(model).toBeDefined();
  const hf = await readXlsx(buf, { evaluate: "all" });
  const cells = computedCells(model!, hf);
  expect(cells.filter((x) => x.model !== x.hf)).toEqual([]);
  // the amounts, totals and sums the checks read are among them
  const a = validateWorkbook(model!);
  const b = validateWorkbook(hf);
  expect(a.plan).toEqual(b.plan);
  expect(a.findings).toEqual(b.findings);
  // and the CLI's reading mode uses them
  expect(await readXlsx(buf, { evaluate: "checks" })).toEqual(model);
  return cells.length;
}

test("the seed example: the model's values are HyperFormula's, the same plan and findings", async () => {
  for (const lang of ["th", "en"] as const) {
    const n = await compare(await specToBuffer(buildWorkbookSpec(seedPlan(), { lang })));
    expect(n).toBeGreaterThan(40);
  }
});

const activityArb = (i: number): fc.Arbitrary<Activity> =>
  fc.record({ s: fc.integer({ min: 0, max: 11 }), len: fc.integer({ min: 0, max: 3 }), dated: fc.boolean() }).map(({ s, len, dated }) => {
    const start = s < 3 ? { year: 2568, month: 10 + s } : { year: 2569, month: s - 2 };
    const e = Math.min(s + len, 11);
    const end = e < 3 ? { year: 2568, month: 10 + e } : { year: 2569, month: e - 2 };
    return { id: String(i + 1), name: `กิจกรรม ${i + 1}`, owners: ["นายทดสอบ ระบบ"], ...(dated || i === 0 ? { start, end } : {}) };
  });

const lineArb = (ids: string[]): fc.Arbitrary<Omit<BudgetLine, "id">> =>
  fc.oneof(
    fc
      .record({
        // an activity that is not in the table, now and then
        activityId: fc.oneof(fc.constantFrom(...ids), fc.constant("99")),
        item: fc.constantFrom("ค่าอาหารกลางวัน", "ค่าถ่ายเอกสาร", "Printing"),
        // satang too: amounts with fractions of a baht, rounded at two decimals
        unitCost: fc.integer({ min: 1, max: 5_000_000 }).map(satang),
        quantity: fc.option(fc.integer({ min: 1, max: 300 }), { nil: null }),
        times: fc.option(fc.integer({ min: 1, max: 5 }), { nil: null }),
        wrong: fc.option(fc.integer({ min: 1, max: 10_000_000 }).map(satang), { nil: null }),
      })
      .map(({ wrong, ...l }) => ({ ...l, statedAmount: wrong ?? satang(l.unitCost * (l.quantity ?? 1) * (l.times ?? 1)) })),
    fc.record({
      activityId: fc.constantFrom(...ids),
      item: fc.constant("ค่าวัสดุ"),
      unitCost: fc.constant(null),
      quantity: fc.constant(null),
      times: fc.constant(null),
      statedAmount: fc.integer({ min: 0, max: 5_000_000 }).map(satang),
    }),
  );

const planArb: fc.Arbitrary<Plan> = fc
  .integer({ min: 1, max: 8 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => activityArb(i))))
  .chain((acts) =>
    fc.record({
      acts: fc.constant(acts),
      lines: fc.array(lineArb(acts.map((a) => a.id)), { maxLength: 40 }),
      allocation: fc.option(fc.integer({ min: 0, max: 50_000_000 }), { nil: undefined }),
      received: fc.option(fc.integer({ min: 0, max: 5_000_000 }).map(satang), { nil: undefined }),
      spent: fc.option(fc.integer({ min: 0, max: 5_000_000 }).map(satang), { nil: undefined }),
      dated: fc.boolean(),
    }),
  )
  .map(({ acts, lines, allocation, received, spent, dated }) => {
    const p = emptyPlan(2569);
    p.project.name = "โครงการทดสอบ";
    if (allocation !== undefined) p.project.allocation = satang(allocation);
    if (dated) {
      p.project.periodStart = { year: 2568, month: 10 };
      p.project.periodEnd = { year: 2569, month: 9 };
    }
    if (received !== undefined || spent !== undefined) p.results = { ...(received !== undefined ? { received } : {}), ...(spent !== undefined ? { spent } : {}) };
    p.activities = acts;
    p.budgetLines = lines.map((l, i) => ({ ...l, id: `L${i + 1}` }));
    return p;
  });

test("random plans written as .xlsx: the model's values are HyperFormula's, the same plan and findings", async () => {
  await fc.assert(
    fc.asyncProperty(planArb, fc.constantFrom("th" as const, "en" as const), async (plan, lang) => {
      await compare(await specToBuffer(buildWorkbookSpec(plan, { lang })));
    }),
    { numRuns: 20, seed: 12 },
  );
}, 120_000);

/** The seed example with one sheet part edited. */
async function edited(sheetPart: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(await specToBuffer(buildWorkbookSpec(seedPlan(), { lang: "en" })));
  zip.file(sheetPart, edit(await zip.file(sheetPart)!.async("string")));
  return zip.generateAsync({ type: "nodebuffer" });
}

test("a formula of the user's, in an input cell or instead of the template's, leaves the workbook to HyperFormula", async () => {
  const budget = "xl/worksheets/sheet3.xml";
  // a unit cost typed as a formula
  const input = await edited(budget, (x) => x.replace(/<c r="E5"([^>]*)>(?:<v>[^<]*<\/v>)?<\/c>/, '<c r="E5"$1><f>30+5</f></c>'));
  expect(templateFormulaValues(await readXlsx(input, { evaluate: "never" }))).toBeUndefined();
  const viaChecks = await readXlsx(input, { evaluate: "checks" });
  expect(viaChecks).toEqual(await readXlsx(input, { evaluate: "auto" }));
  // the line's amount as another formula than the template's
  const other = await edited(budget, (x) => x.replace(/<f>PRODUCT\(E5,F5,H5\)<\/f>/, "<f>E5*F5*H5+1</f>"));
  expect(templateFormulaValues(await readXlsx(other, { evaluate: "never" }))).toBeUndefined();
  // the template's formula with another row, or with more after it: not the template's either
  for (const f of ["PRODUCT(E5,F5,H6)", "PRODUCT(E6,F6,H6)", "PRODUCT(E5,F5,H5)+0", "PRODUCT(E5,F5,H55)"]) {
    const moved = await edited(budget, (x) => x.replace(/<f>PRODUCT\(E5,F5,H5\)<\/f>/, `<f>${f}</f>`));
    const bare = await readXlsx(moved, { evaluate: "never" });
    const before = JSON.stringify(bare);
    // (in place or not: nothing is written when the answer is HyperFormula's business)
    expect(templateFormulaValues(bare, { inPlace: true })).toBeUndefined();
    expect(JSON.stringify(bare)).toBe(before);
  }
});

test("computed in place, the values are those computed into copies", async () => {
  const buf = await specToBuffer(buildWorkbookSpec(seedPlan(), { lang: "th" }));
  const bare = await readXlsx(buf, { evaluate: "never" });
  const copied = templateFormulaValues(bare)!;
  expect(bare).toEqual(await readXlsx(buf, { evaluate: "never" }));
  const inPlace = templateFormulaValues(bare, { inPlace: true })!;
  expect(inPlace).toEqual(copied);
  expect(bare.sheets.map((s) => s.values)).toEqual(copied.sheets.map((s) => s.values));
});
