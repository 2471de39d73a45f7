/**
 * The real template (src/workbook, built from the seed document's plan) through both hosts: every formula
 * evaluates in the preview without #NAME?/#ERROR! (so HyperFormula has every function the layout uses),
 * the plan reads back, and the Office host writes it within its sync budget without broken references.
 */
import { PreviewWorkbookHost } from "../../src/adapters/preview";
import { OfficeWorkbookHost, type ExcelRunner } from "../../src/adapters/office/OfficeWorkbookHost";
import { seedPlan } from "../../src/core/examples/seed2560";
import { planTotal } from "../../src/core/budget";
import { buildWorkbookSpec, validateWorkbook } from "../../src/workbook";
import { FakeWorkbook } from "./fakeExcel";
import { parseCell } from "./fakeA1";
import { STYLE_LOOKS } from "../../src/workbook/styles";
import type { Plan } from "../../src/core/model";

/** The seed plan with its budget lines repeated up to `n` lines (lump-sum and unit-cost lines interleaved). */
function bigPlan(n: number): Plan {
  const plan = seedPlan();
  const lines = plan.budgetLines;
  const many = Array.from({ length: n }, (_, i) => ({ ...lines[i % lines.length], id: `L${i + 1}` }));
  return { ...plan, budgetLines: many, subtotals: [] };
}

describe.each(["th", "en"] as const)("seed plan template (%s)", (lang) => {
  const spec = buildWorkbookSpec(seedPlan(), { lang });

  it("evaluates in the preview workbook and reads back as the same plan", async () => {
    const host = new PreviewWorkbookHost();
    const result = await host.insertTemplate(spec, "fail");
    expect(result.created).toEqual(spec.sheets.map((s) => s.name));
    const snapshot = await host.loadSnapshot();
    const bad: string[] = [];
    for (const s of snapshot.sheets) {
      s.formulas.forEach((row, r) =>
        row.forEach((f, c) => {
          const v = s.values[r][c];
          if (f && typeof v === "string" && /^#(NAME\?|ERROR!|REF!|VALUE!|N\/A|CYCLE!|DIV\/0!)/.test(v)) bad.push(`${s.name}!R${r + 1}C${c + 1} ${f} → ${v}`);
        }),
      );
    }
    expect(bad).toEqual([]);
    const read = validateWorkbook(snapshot);
    expect(read.isPlan).toBe(true);
    expect(read.problems).toEqual([]);
    expect(planTotal(read.plan)).toBe(planTotal(seedPlan()));
    expect(read.plan.activities.length).toBe(seedPlan().activities.length);
  });

  it("a second copy inserted with suffixed names refers to its own sheets", async () => {
    const host = new PreviewWorkbookHost();
    await host.insertTemplate(spec, "fail");
    const second = await host.insertTemplate(spec, "suffix");
    expect(second.created).toEqual(spec.sheets.map((s) => `${s.name} (2)`));
    const totals = async () => {
      const snap = await host.loadSnapshot();
      return snap.sheets.map((s) => JSON.stringify(s.values));
    };
    const before = await totals();
    // change every input money cell of the first copy's budget: the second copy must not move
    const budget = spec.sheets.find((s) => s.key === "budget")!;
    const inputs = budget.cells.filter((c) => c.style === "inputMoney" && typeof c.value === "number");
    expect(inputs.length).toBeGreaterThan(0);
    await host.applyEdits(inputs.map((c) => ({ sheet: budget.name, cell: c.address, value: (c.value as number) + 1000 })));
    const after = await totals();
    const names = await host.sheetNames();
    names.forEach((n, i) => {
      if (n.endsWith(" (2)")) expect(after[i]).toBe(before[i]);
    });
    expect(after[names.indexOf(budget.name)]).not.toBe(before[names.indexOf(budget.name)]);
  });

  it("is written by the Office host in ≤ 3 syncs with no reference to a missing sheet", async () => {
    const book = new FakeWorkbook({ apiVersion: "1.9" });
    const host = new OfficeWorkbookHost({ excel: book.excel as unknown as ExcelRunner, isSetSupported: book.isSetSupported });
    const result = await host.insertTemplate(spec, "fail");
    expect(result.conflicts).toEqual([]);
    expect(book.syncCount).toBeLessThanOrEqual(3);
    expect(book.brokenRefs).toEqual([]);
    const summary = spec.sheets.find((x) => x.key === "summary")!;
    expect(book.sheet(summary.name).charts).toHaveLength(spec.charts?.length ?? 0);
    const snap = await host.loadSnapshot();
    const budgetSpec = spec.sheets.find((s) => s.key === "budget")!;
    const budget = snap.sheets.find((s) => s.name === budgetSpec.name)!;
    for (const c of budgetSpec.cells.filter((x) => x.formula).slice(0, 50)) {
      const m = /^([A-Z]+)(\d+)$/.exec(c.address)!;
      const col = m[1].split("").reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
      expect(budget.formulas[Number(m[2]) - 1][col]).toBe(c.formula);
    }
  });
});

describe("a large plan through the Office host (real layout)", () => {
  it.each([
    ["1.9", 2000],
    ["1.9", 5000],
    ["1.8", 2000],
  ] as const)("ExcelApi %s, %i budget lines: ≤ 3 syncs up to 2,000 lines, then one more per 3 MB block; every styled cell gets its look", async (api, n) => {
    const spec = buildWorkbookSpec(bigPlan(n), { lang: "th" });
    const book = new FakeWorkbook({ apiVersion: api });
    const host = new OfficeWorkbookHost({ excel: book.excel as unknown as ExcelRunner, isSetSupported: book.isSetSupported });
    await host.insertTemplate(spec, "fail");
    expect(book.syncCount).toBeLessThanOrEqual(n <= 2000 ? 3 : 2 + Math.ceil(book.requestBytes / (3 * 1024 * 1024)));
    expect(Math.max(...book.payloads.map((p) => p.request))).toBeLessThan(4 * 1024 * 1024);
    expect(book.brokenRefs).toEqual([]);
    const budget = spec.sheets.find((s) => s.key === "budget")!;
    const state = book.sheet(budget.name);
    const wrong: string[] = [];
    for (const c of budget.cells) {
      if (!c.style) continue;
      const p = parseCell(c.address);
      const k = `${p.row},${p.col}`;
      const look = STYLE_LOOKS[c.style];
      if (look.fill !== undefined && state.fills.get(k) !== look.fill) wrong.push(`${c.address} fill`);
      if (look.locked !== undefined && state.locked.get(k) !== look.locked) wrong.push(`${c.address} locked`);
    }
    expect(wrong).toEqual([]);
    if (api === "1.9") {
      expect(book.areaRanges).toBeGreaterThan(0);
      expect(book.commands).toBeLessThan(1500);
    }
    console.log(`real layout, ${n} lines, ExcelApi ${api}: ${book.commands} commands, ~${Math.round(book.requestBytes / 1024)} KB written`);

  });
});
