/**
 * What real Excel enforces, through the fake (test/adapters/fakeExcel.ts models each limit): Excel on the web's
 * 5 MB per request and per response, cell-edit mode, huge used ranges, and the sync counts of a check.
 */
import { OfficeWorkbookHost, type ExcelRunner } from "../../src/adapters/office/OfficeWorkbookHost";
import { seedPlan } from "../../src/core/examples/seed2560";
import type { Finding } from "../../src/core/findings";
import type { Plan } from "../../src/core/model";
import { buildWorkbookSpec, validateWorkbook } from "../../src/workbook";
import { FakeWorkbook, PAYLOAD_LIMIT } from "./fakeExcel";

/** The seed plan with its budget lines repeated up to `n` lines. */
function bigPlan(n: number): Plan {
  const plan = seedPlan();
  const lines = plan.budgetLines;
  return { ...plan, budgetLines: Array.from({ length: n }, (_, i) => ({ ...lines[i % lines.length], id: `L${i + 1}` })), subtotals: [] };
}

function hostFor(book: FakeWorkbook, extra: Partial<ConstructorParameters<typeof OfficeWorkbookHost>[0]> = {}) {
  return new OfficeWorkbookHost({ excel: book.excel as unknown as ExcelRunner, isSetSupported: book.isSetSupported, ...extra });
}

const FOUR_MB = 4 * 1024 * 1024;

describe("Excel on the web's 5 MB per request and per response (UTF-8)", () => {
  it("the fake refuses an oversized request the way Excel does", async () => {
    const book = new FakeWorkbook({ sheets: { S: {} } });
    const text = "ก".repeat(2000); // 6,000 UTF-8 bytes, 2,000 UTF-16 units
    const rows = Math.ceil(PAYLOAD_LIMIT / 6000) + 10;
    await expect(
      book.excel.run(async (ctx: never) => {
        const c = ctx as unknown as { workbook: { worksheets: { getItem(n: string): { getRange(a: string): { values: unknown } } } }; sync(): Promise<void> };
        c.workbook.worksheets.getItem("S").getRange(`A1:A${rows}`).values = Array.from({ length: rows }, () => [text]);
        await c.sync();
      }),
    ).rejects.toMatchObject({ code: "RequestPayloadSizeLimitExceeded" });
  });

  it.each([10_000, 50_000])(
    "%i budget lines: the insert and the check stay under 4 MB per request and per response, one more sync per block",
    async (n) => {
      const spec = buildWorkbookSpec(bigPlan(n), { lang: "th" });
      const book = new FakeWorkbook({ apiVersion: "1.14" });
      const host = hostFor(book);
      const result = await host.insertTemplate(spec, "fail");
      expect(result.created).toEqual(spec.sheets.map((s) => s.name));
      const writes = book.payloads.slice();
      expect(Math.max(...writes.map((p) => p.request))).toBeLessThan(FOUR_MB);
      expect(writes.length).toBeGreaterThan(2); // the cells went in more than one block

      const before = book.payloads.length;
      const snap = await hostFor(book).loadSnapshot(); // a freshly opened pane: nothing known yet
      const reads = book.payloads.slice(before);
      expect(Math.max(...reads.map((p) => p.response))).toBeLessThan(FOUR_MB);
      expect(Math.max(...reads.map((p) => p.request))).toBeLessThan(FOUR_MB);
      const total = reads.reduce((s, p) => s + p.response, 0);
      // blocks are sized by bytes: no more syncs than the bytes need (3 MB blocks) plus the probe
      expect(reads.length).toBeLessThanOrEqual(Math.ceil(total / (3 * 1024 * 1024)) + 2);
      const budgetName = spec.sheets.find((s) => s.key === "budget")!.name;
      const budget = snap.sheets.find((s) => s.name === budgetName)!;
      const specRows = spec.sheets.find((s) => s.key === "budget")!.cells.reduce((m, c) => Math.max(m, Number(/\d+$/.exec(c.address)![0])), 0);
      expect(budget.values.length).toBe(specRows);
      if (n <= 10_000) {
        // the whole check on what was read (at 50,000 lines the reading is what this test is about)
        const v = validateWorkbook(snap);
        expect(v.isPlan).toBe(true);
        expect(v.plan.budgetLines).toHaveLength(n);
      }
      console.log(
        `${n} lines: insert ${writes.length} syncs (largest request ${(Math.max(...writes.map((p) => p.request)) / 1048576).toFixed(2)} MB); ` +
          `check ${reads.length} syncs, ${(total / 1048576).toFixed(2)} MB read (largest response ${(Math.max(...reads.map((p) => p.response)) / 1048576).toFixed(2)} MB)`,
      );
    },
    // 50,000 lines through the fake Excel took 93 s with three CPU burners on this 2-core machine (19:10 UTC): room to spare
    300_000,
  );

  it("a plan of 2,000 lines: insert in 2 syncs, a fresh pane's check in ≤ 2, the next checks in 1", async () => {
    const spec = buildWorkbookSpec(bigPlan(2000), { lang: "th" });
    const book = new FakeWorkbook({ apiVersion: "1.14" });
    await hostFor(book).insertTemplate(spec, "fail");
    expect(book.syncCount).toBe(2);
    expect(Math.max(...book.payloads.map((p) => p.request))).toBeLessThan(FOUR_MB);
    const host = hostFor(book);
    const count = async () => {
      const before = book.syncCount;
      await host.loadSnapshot();
      return book.syncCount - before;
    };
    expect(await count()).toBeLessThanOrEqual(2);
    expect(await count()).toBe(1);
    // the user deletes a sheet (here the leftover Sheet1) or adds one: still ≤ 2
    book.sheets.splice(0, 1);
    expect(await count()).toBeLessThanOrEqual(2);
    book.createSheet("บันทึก").cells.set("0,0", { value: "note", formula: null });
    expect(await count()).toBeLessThanOrEqual(2);
    expect(await count()).toBe(1);
  });
});

describe("huge sheets (the pane survives them)", () => {
  it("a plan sheet whose used range reaches row 1,048,576 and a huge unrelated sheet: bounded reads, the plan is found", async () => {
    const spec = buildWorkbookSpec(bigPlan(40), { lang: "th" });
    const book = new FakeWorkbook({ apiVersion: "1.14" });
    await hostFor(book).insertTemplate(spec, "fail");
    const budgetName = spec.sheets.find((s) => s.key === "budget")!.name;
    // a stray value in the last row of the plan's budget sheet (XFD1048576)
    book.sheet(budgetName).cells.set(`${1048575},${16383}`, { value: "x", formula: null });
    // an unrelated sheet of 120,000 rows × 3 columns of data
    const data = book.createSheet("ข้อมูลดิบ");
    for (let r = 0; r < 120_000; r++) {
      data.cells.set(`${r},0`, { value: r, formula: null });
      data.cells.set(`${r},1`, { value: `รายการที่ ${r}`, formula: null });
      data.cells.set(`${r},2`, { value: r * 1.5, formula: null });
    }
    const host = hostFor(book);
    const snap = await host.loadSnapshot();
    expect(Math.max(...book.payloads.map((p) => p.response))).toBeLessThan(FOUR_MB);
    const v = validateWorkbook(snap);
    expect(v.isPlan).toBe(true);
    expect(v.plan.budgetLines).toHaveLength(40);
    const dataSnap = snap.sheets.find((s) => s.name === "ข้อมูลดิบ")!;
    expect(dataSnap.values.length).toBeLessThanOrEqual(300); // only its head, where a table's header would be
    const budget = snap.sheets.find((s) => s.name === budgetName)!;
    expect(budget.values.length).toBeLessThan(10_000); // reading stopped where the plan ended
    expect(budget.values[0].length).toBeLessThanOrEqual(64);
    const before = book.syncCount;
    await host.loadSnapshot();
    expect(book.syncCount - before).toBeLessThanOrEqual(3);
  }, 60_000);
});

describe("cell-edit mode", () => {
  it("ExcelApi 1.8: a check that meets cell-edit mode is retried quietly after the edit", async () => {
    const book = new FakeWorkbook({ apiVersion: "1.8", sheets: { S: { A1: 1 } } });
    const waits: number[] = [];
    const host = hostFor(book, {
      sleep: async (ms) => {
        waits.push(ms);
        if (waits.length === 2) book.leaveCellEdit();
      },
    });
    book.cellEditMode = true;
    const snap = await host.loadSnapshot();
    expect(snap.sheets[0].values[0][0]).toBe(1);
    expect(waits).toHaveLength(2);
  });

  it("ExcelApi 1.8: an insert in cell-edit mode fails with the code the pane explains (nothing written)", async () => {
    const book = new FakeWorkbook({ apiVersion: "1.8", sheets: { S: {} } });
    book.cellEditMode = true;
    await expect(hostFor(book).insertTemplate(buildWorkbookSpec(seedPlan(), { lang: "th" }), "fail")).rejects.toMatchObject({
      code: "InvalidOperationInCellEditMode",
    });
    expect(book.sheets.map((s) => s.name)).toEqual(["S"]);
  });

  it("ExcelApi 1.11: batches wait for the user with delayForCellEdit", async () => {
    const book = new FakeWorkbook({ apiVersion: "1.11", sheets: { S: { A1: 2 } } });
    book.cellEditMode = true;
    const reading = hostFor(book).loadSnapshot();
    setImmediate(() => book.leaveCellEdit());
    expect((await reading).sheets[0].values[0][0]).toBe(2);
    expect(book.runs.every((r) => r.options?.delayForCellEdit === true)).toBe(true);
  });
});

describe("marks", () => {
  const finding = (cell: string, severity: Finding["severity"]): Finding =>
    ({ ruleId: "test", severity, sheet: "S", cell, message: { th: "x", en: "x" } }) as unknown as Finding;

  it("ExcelApi 1.9: one conditional-format rule per severity, however scattered the cells", async () => {
    const book = new FakeWorkbook({ apiVersion: "1.9", sheets: { S: { A1: 1 } } });
    const host = hostFor(book);
    await host.markFindings([finding("B2", "error"), finding("D7", "error"), finding("F3:F5", "error"), finding("C9", "warning"), finding("H1", "warning")]);
    const cfs = book.sheet("S").cfs;
    expect(cfs).toHaveLength(2);
    expect(cfs.map((c) => c.formula).sort()).toEqual(['=N("thai-budget-plan:mark:error")=0', '=N("thai-budget-plan:mark:warning")=0']);
    expect(cfs.find((c) => c.formula!.includes("error"))!.range.split(",").sort()).toEqual(["B2", "D7", "F3:F5"]);
  });

  it("marks follow the findings: unchanged findings write nothing, a fixed finding loses its mark", async () => {
    const book = new FakeWorkbook({ apiVersion: "1.9", sheets: { S: { A1: 1 } } });
    const host = hostFor(book);
    await host.markFindings([finding("B2", "error"), finding("D7", "error")]);
    const commands = book.commands;
    const syncs = book.syncCount;
    await host.markFindings([finding("D7", "error"), finding("B2", "error")]);
    expect(book.syncCount - syncs).toBe(3); // the scan only
    expect(book.sheet("S").cfs).toHaveLength(1);
    expect(book.commands - commands).toBeLessThan(10);
    await host.markFindings([finding("D7", "error")]);
    expect(book.sheet("S").cfs.map((c) => c.range)).toEqual(["D7"]);
  });
});

describe("edits during or just after the add-in's own write", () => {
  it("without triggerSource (ExcelApi 1.9): an edit in the grace window is not lost — one refresh follows the window", async () => {
    const book = new FakeWorkbook({ apiVersion: "1.9", sheets: { S: { A1: 1 } } });
    // The window is judged by the host's clock, held still here: however slow this machine is, the echo of the
    // write and the user's edit both fall inside it (a real clock made the test depend on the load).
    const clock = 1_000_000;
    const host = hostFor(book, { eventGraceMs: 20, now: () => clock });
    let calls = 0;
    await host.onUserChange(() => calls++);
    await host.applyEdits([{ sheet: "S", cell: "A1", value: 2 }]);
    book.userEdit("S", "B1", 5); // right after our write: indistinguishable from its echo
    expect(calls).toBe(0); // set aside, not lost: the catch-up comes when the window closes
    const deadline = Date.now() + 5000;
    while (calls === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    await new Promise((r) => setTimeout(r, 60)); // a second refresh would have come by now
    expect(calls).toBe(1);
  });
});
