/**
 * Laying the printable proposal (แบบเสนอโครงการ) out again in Excel, on the fake Excel (./fakeExcel.ts: syncs
 * counted, Excel on the web's 5 MB request limit, Worksheet.delete clearing the undo stack): the old sheet is kept
 * under a new name right after the new one, which takes its place in the tab order, in 2 syncs; the pane's undo
 * gives the kept sheet its name and place back without deleting anything.
 */
import { OfficeWorkbookHost, type ExcelRunner } from "../../src/adapters/office/OfficeWorkbookHost";
import { seedPlan } from "../../src/core/examples/seed2560";
import { buildWorkbookSpec, readPlan } from "../../src/workbook";
import { proposalOf, proposalStale, relaidProposal } from "../../src/workbook/proposal/relayout";
import { FakeWorkbook, PAYLOAD_LIMIT } from "./fakeExcel";

const PROPOSAL = "แบบเสนอโครงการ";
const DAY = new Date(2026, 10, 30);
const KEPT = `${PROPOSAL} (เดิม 30/11/69)`;
const hostFor = (book: FakeWorkbook, blockBytes?: number) =>
  new OfficeWorkbookHost({
    excel: book.excel as unknown as ExcelRunner,
    isSetSupported: book.isSetSupported,
    ...(blockBytes ? { readLimits: { blockBytes } } : {}),
  });

/** A workbook holding the seed plan, its rationale then made three times longer (the layout no longer fits). */
async function staleBook(apiVersion: string) {
  const book = new FakeWorkbook({ apiVersion, sheets: { Sheet1: {} } });
  const host = hostFor(book);
  await host.insertTemplate(buildWorkbookSpec(seedPlan(), { lang: "th" }), "fail");
  const fresh = await host.loadSnapshot();
  expect(proposalStale(fresh, readPlan(fresh))).toBe(false);
  const project = readPlan(fresh).plan.project;
  const rationale = `${project.rationale}\n${project.rationale}\n${project.rationale}`;
  const cell = (readPlan(fresh).plan.project.cells as Record<string, { sheet: string; cell: string }> | undefined)?.rationale;
  expect(cell).toBeDefined();
  await host.applyEdits([{ sheet: cell!.sheet, cell: cell!.cell, value: rationale }]);
  const snap = await host.loadSnapshot();
  const read = readPlan(snap);
  expect(proposalStale(snap, read)).toBe(true);
  return { book, snap, read, rationale };
}

describe("OfficeWorkbookHost.replaceSheet: the proposal laid out again", () => {
  it("keeps the old sheet under a new name right after the new one, in 2 syncs, as one undo step (1.20); undo puts it back", async () => {
    const { book, snap, read } = await staleBook("1.20");
    const order = book.sheets.map((s) => s.name);
    const at = order.indexOf(PROPOSAL);
    const oldRows = book.grid(PROPOSAL).length;
    const spec = relaidProposal(read, proposalOf(snap)!.name)!;
    const host = hostFor(book);
    book.undoStack.push({ cells: [] }); // the user's own earlier step in Excel
    const runs = book.runs.length;
    const r = await host.replaceSheet(spec, { at: DAY });
    expect(r).toEqual({ name: PROPOSAL, keptAs: KEPT });
    // one Excel.run, 2 syncs (names and positions; the write), one step on Excel's undo stack
    expect(book.runs.slice(runs)).toEqual([{ syncs: 2, options: { delayForCellEdit: true, mergeUndoGroup: true } }]);
    const after = book.sheets.map((s) => s.name);
    expect(after[at]).toBe(PROPOSAL);
    expect(after[at + 1]).toBe(KEPT);
    expect(after.filter((n) => n !== KEPT)).toEqual(order);
    // the new layout has more rows (the longer text), the kept one is as it was; nothing was deleted
    expect(book.grid(PROPOSAL).length).toBeGreaterThan(oldRows);
    expect(book.grid(KEPT).length).toBe(oldRows);
    // the layout's page breaks (a new page before the row after each break)
    expect(spec.rowBreaks?.length).toBeGreaterThan(0);
    expect(book.sheets.find((s) => s.name === PROPOSAL)?.pageBreaks).toEqual(spec.rowBreaks!.map((r) => `A${r + 1}`));
    expect(book.undoCleared).toBe(0);
    expect(book.undoStack.length).toBeGreaterThan(0);
    const back = await host.loadSnapshot();
    expect(proposalStale(back, readPlan(back))).toBe(false);
    // the kept copy is never read as a plan sheet: the findings are those of the plan
    expect(readPlan(back).plan.budgetLines).toHaveLength(read.plan.budgetLines.length);

    // the pane's undo: the kept sheet gets its name and place back; the layout undone is hidden, not deleted
    const syncs = book.syncCount;
    expect(await host.undoReplaceSheet(r)).toBe(true);
    expect(book.syncCount - syncs).toBe(2);
    const undone = book.sheets.map((s) => s.name);
    expect(undone[at]).toBe(PROPOSAL);
    expect(book.grid(PROPOSAL).length).toBe(oldRows);
    const away = book.sheets.find((s) => s.name === `${PROPOSAL} (เดิม)`);
    expect(away?.visibility).toBe("Hidden");
    expect(undone.filter((n) => n !== `${PROPOSAL} (เดิม)`)).toEqual(order);
    expect(book.undoCleared).toBe(0);
    // a second undo finds nothing to put back and changes nothing
    expect(await host.undoReplaceSheet(r)).toBe(false);
    expect(book.sheets.map((s) => s.name)).toEqual(undone);
  });

  it("writes in blocks under the request limit: a small block size gives more syncs, each request within it", async () => {
    const { book, snap, read } = await staleBook("1.9");
    const spec = relaidProposal(read, proposalOf(snap)!.name)!;
    const first = book.payloads.length;
    const blockBytes = 16 * 1024;
    const r = await hostFor(book, blockBytes).replaceSheet(spec, { at: DAY });
    expect(r.keptAs).toBe(KEPT);
    const requests = book.payloads.slice(first).map((p) => p.request);
    expect(requests.length).toBeGreaterThan(2);
    for (const bytes of requests) expect(bytes).toBeLessThan(Math.min(PAYLOAD_LIMIT, 3 * blockBytes));
    // the cells all arrived: the same formulas as the spec
    const written = book.sheets.find((s) => s.name === PROPOSAL)!;
    const formulas = spec.cells.filter((c) => c.formula).length;
    expect([...written.cells.values()].filter((c) => c.formula).length).toBe(formulas);
  });

  it("a second layout's copy goes after the first (in order); an untouched layout is kept hidden and shown again by undo", async () => {
    const { book, snap, read } = await staleBook("1.20");
    const host = hostFor(book);
    const order = book.sheets.map((s) => s.name);
    const at = order.indexOf(PROPOSAL);
    await host.replaceSheet(relaidProposal(read, proposalOf(snap)!.name)!, { at: DAY });
    await host.replaceSheet(relaidProposal(read, PROPOSAL)!, { at: DAY });
    const names = book.sheets.map((s) => s.name);
    expect(names.slice(at, at + 3)).toEqual([PROPOSAL, KEPT, `${PROPOSAL} (เดิม 30/11-2)`]);
    const r = await host.replaceSheet(relaidProposal(read, PROPOSAL)!, { hidden: true, at: DAY });
    expect(r).toEqual({ name: PROPOSAL, keptAs: `${PROPOSAL} (เดิม)`, hidden: true });
    expect(book.sheets.find((s) => s.name === r.keptAs)?.visibility).toBe("Hidden");
    const visible = () => book.sheets.filter((s) => s.visibility !== "Hidden").map((s) => s.name);
    expect(visible()).toEqual(names);
    expect(await host.undoReplaceSheet(r)).toBe(true);
    expect(book.sheets.find((s) => s.name === PROPOSAL)?.visibility).toBe("Visible");
    expect(visible()).toEqual(names);
  });
});
