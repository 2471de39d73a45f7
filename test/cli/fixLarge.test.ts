/**
 * `budget-plan fix` on a generated plan of 50,000 budget lines (about 780,000 filled cells: over what ExcelJS
 * is given to edit, so the patch writer does it). The result is read with ExcelJS (its streaming reader) and
 * recalculated by LibreOffice; every other entry of the package, and every other cell of the fixed sheets,
 * is the same bytes. Nothing here is timed (the figures are in `npm run bench`).
 */
import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import ExcelJS from "exceljs";
import { buildWorkbookSpec, validateWorkbook } from "../../src/workbook";
import { saveXlsx } from "../../src/adapters/xlsx/write";
import { readXlsx } from "../../src/adapters/xlsx/read";
import { LIMITS } from "../../src/adapters/xlsx/limits";
import { generatePlan } from "../../bench/validation";
import { loRecalc } from "../helpers/lo";
import { docOrder, entry, fixedCells, sheetParts, withoutCells, zipDiff } from "../helpers/patchCompare";

const BIN = join(resolve(__dirname, "..", ".."), "bin", "budget-plan.js");
const LINES = 50_000;
let dir: string;
let input: Buffer;
let output: Buffer;
let stdout: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "fix-large-"));
  await saveXlsx(buildWorkbookSpec(generatePlan(LINES), { lang: "th" }), join(dir, "large.xlsx"));
  const r = spawnSync(process.execPath, [BIN, "fix", "large.xlsx", "-o", "fixed.xlsx"], {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, BUDGET_PLAN_LANG: "" },
    timeout: 1_500_000,
    killSignal: "SIGKILL",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  expect({ code: r.status, stderr: r.stderr }).toEqual({ code: 0, stderr: "" });
  stdout = r.stdout;
  input = readFileSync(join(dir, "large.xlsx"));
  output = readFileSync(join(dir, "fixed.xlsx"));
}, 2_400_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the plan holds more cells than ExcelJS is given to edit, and its fixes are written", () => {
  let cells = 0;
  for (const part of sheetParts(input).values()) {
    const xml = entry(input, part);
    for (let at = xml.indexOf("<c r="); at >= 0; at = xml.indexOf("<c r=", at + 5)) cells++;
  }
  expect(cells).toBeGreaterThan(LIMITS.cellsForEdit);
  expect(fixedCells(stdout).get("งบประมาณ")!.size).toBeGreaterThan(1000);
});

test("only the fixed sheets differ; in them, every cell but the fixed ones is the same bytes", () => {
  const cells = fixedCells(stdout);
  const parts = sheetParts(input);
  const d = zipDiff(input, output);
  expect(d.names[1]).toEqual(d.names[0]);
  // the fixed sheets' parts (a fix that writes what the cell held already leaves its part as it was)
  expect([...cells.keys()].map((s) => parts.get(s)!)).toEqual(expect.arrayContaining(d.differ));
  expect(d.differ).toEqual(expect.arrayContaining([parts.get("งบประมาณ")!]));
  expect(d.repacked).toEqual([]);
  for (const [sheet, fixed] of cells) {
    const refs = [...fixed.keys()].sort(docOrder);
    const same = withoutCells(entry(input, parts.get(sheet)!), refs).equals(withoutCells(entry(output, parts.get(sheet)!), refs));
    expect({ sheet, same }).toEqual({ sheet, same: true });
  }
});

test("ExcelJS reads every sheet and the fixed cells hold what fix listed", async () => {
  const fixed = fixedCells(stdout);
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(join(dir, "fixed.xlsx"), { worksheets: "emit", sharedStrings: "cache", hyperlinks: "ignore", styles: "ignore", entries: "ignore" } as never);
  const seen = new Map<string, number>();
  let checked = 0;
  for await (const ws of reader as unknown as AsyncIterable<AsyncIterable<ExcelJS.Row> & { name: string }>) {
    const want = fixed.get(ws.name);
    let rows = 0;
    for await (const row of ws) {
      rows++;
      if (!want) continue;
      row.eachCell((cell) => {
        const w = want.get(cell.address);
        if (w === undefined) return;
        checked++;
        if (w.startsWith("=")) expect(`=${(cell.value as ExcelJS.CellFormulaValue).formula}`).toBe(w);
        else expect(cell.value).toBe(Number(w.replace(/,/g, "")));
      });
    }
    seen.set(ws.name, rows);
  }
  expect(checked).toBe([...fixed.values()].reduce((n, m) => n + m.size, 0));
  expect(seen.get("งบประมาณ")).toBeGreaterThan(LINES);
}, 1_200_000);

test("LibreOffice recalculates the fixed workbook: each amount put back is its line's product, no typed-over amount is left", async () => {
  const [recalc] = await loRecalc([join(dir, "fixed.xlsx")], join(dir, "lo"), { timeoutMs: 1_800_000 });
  const snap = await readXlsx(recalc, { evaluate: "never" });
  const budget = snap.sheets.find((s) => s.name === "งบประมาณ")!;
  const fixed = fixedCells(stdout).get("งบประมาณ")!;
  for (const [cell, formula] of fixed) {
    const m = /^=PRODUCT\(E(\d+),F\1,H\1\)$/.exec(formula);
    if (!m) continue;
    const r = Number(m[1]) - 1;
    // PRODUCT multiplies the numbers among its arguments (an empty cell is left out)
    const product = [budget.values[r][4], budget.values[r][5], budget.values[r][7]].filter((x): x is number => typeof x === "number").reduce((a, b) => a * b, 1);
    expect({ cell, v: budget.values[r][9] }).toEqual({ cell, v: product });
  }
  const findings = validateWorkbook(snap).findings;
  expect(findings.filter((f) => f.rule === "line-amount-hardcoded" || f.rule === "line-amount-mismatch")).toEqual([]);
}, 2_400_000);
