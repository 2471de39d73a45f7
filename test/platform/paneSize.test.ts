/**
 * The size budget of what Excel loads for the task pane (taskpane.html and the scripts it references,
 * gzipped): at most the ceiling in scripts/bundle-size.js (250 KB, the goal `npm run bench` prints), checked on
 * the production build the platform tests share, so no change grows the pane unseen. Also: zod, HyperFormula,
 * the preview grid, the example project, the text importer and the English texts are not in it (the rate table
 * is checked against its schema at build and test time instead; English is a chunk fetched when chosen).
 */
import * as fs from "fs";
import * as path from "path";
import { buildOnce, PRODUCTION_URL, type BuildResult } from "../helpers/build";
import { TH } from "../../src/taskpane/i18n/strings";
import { EN } from "../../src/taskpane/i18n/strings.en";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { measure, BUDGET_BYTES, GOAL_BYTES } = require("../../scripts/bundle-size.js") as {
  measure(dir: string): { files: { file: string; gzip: number }[]; total: number; lazy: { file: string }[] };
  BUDGET_BYTES: number;
  GOAL_BYTES: number;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { largest } = require("../../scripts/pane-modules.js") as { largest(file: string, n: number): { name: string; raw: number; gzip: number }[] };

let build: BuildResult;
beforeAll(async () => {
  build = await buildOnce({ ADDIN_URL: PRODUCTION_URL });
}, 900_000);

const loadedJs = () =>
  measure(build.outDir)
    .files.filter((f) => f.file.endsWith(".js"))
    .map((f) => path.join(build.outDir, f.file));

test("what Excel loads for the pane stays under its ceiling (250 KB gzipped, the goal)", () => {
  const r = measure(build.outDir);
  expect(BUDGET_BYTES).toBe(250 * 1024);
  expect(BUDGET_BYTES).toBe(GOAL_BYTES);
  expect(r.files.map((f) => f.file)).toEqual(expect.arrayContaining(["taskpane.html"]));
  expect(r.total).toBeLessThanOrEqual(BUDGET_BYTES);
});

test("no zod, HyperFormula, preview grid, .xlsx writer, example project, text importer or the tabs it never opens on in it; they are in later chunks", () => {
  const modules = loadedJs().flatMap((f) => largest(f, 10_000).map((m) => m.name));
  expect(modules.length).toBeGreaterThan(50);
  // (the text reader's pure parsers of a budget line — budgetLine, tokens, text, units — and its month reader
  // — months, chars — are shared with the workbook reader, which reads a calculation written as text and month
  // cells such as "ภาคเรียนที่ 2/2568"; the importer itself is a later chunk)
  const unwanted = modules.filter((m) =>
    /^(zod|hyperformula|chevrotain|exceljs|jszip)$|src\/adapters\/(preview|xlsx)\/|src\/core\/examples\/|src\/import\/(?!(budgetLine|tokens|text|units|months|chars)\.ts$)|src\/taskpane\/components\/(Template|Import|Schedule|Indicators|Results|Rates)Panel/.test(m),
  );
  expect(unwanted).toEqual([]);
  // the source maps name real modules: React and the rate table are there
  expect(modules).toEqual(expect.arrayContaining(["react-dom", "src/core/rates/rateBook.ts"]));
  const lazy = measure(build.outDir).lazy.map((f) => f.file).join(" ");
  expect(lazy).toMatch(/example\./);
  expect(lazy).toMatch(/text-import\./);
  // the preview's download: the CLI's .xlsx writer and ExcelJS, fetched on its first click
  expect(lazy).toMatch(/xlsx-writer\./);
  // the tabs the pane never opens on are fetched when first chosen
  for (const tab of ["template", "import", "schedule", "indicators", "results", "rates"]) expect(lazy).toMatch(new RegExp(`tab-${tab}\\.`));
  const later = measure(build.outDir).lazy.map((f) => fs.readFileSync(path.join(build.outDir, f.file), "utf8")).join("");
  expect(later).toContain("HyperFormula");
});

test("the English texts are a chunk fetched when English is chosen, not in what Excel loads; the Thai ones are", () => {
  const loaded = loadedJs().map((f) => fs.readFileSync(f, "utf8")).join("");
  const lazy = measure(build.outDir).lazy.filter((f) => /^strings-en\./.test(f.file));
  expect(lazy).toHaveLength(1);
  const english = fs.readFileSync(path.join(build.outDir, lazy[0].file), "utf8");
  for (const key of ["err.crash.body", "app.noPlan", "validate.live"] as const) {
    expect(english).toContain(EN[key]);
    expect(loaded).not.toContain(EN[key]);
    expect(loaded).toContain(TH[key]);
  }
});
