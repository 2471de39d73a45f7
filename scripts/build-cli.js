#!/usr/bin/env node
// Builds the command line into plain JavaScript with esbuild: one bundled CommonJS file per entry
// (build/cli/budget-plan.js, build/cli/worker.js) with external source maps, and one per big library (VENDORS), so no TypeScript is compiled
// when the CLI runs. Run by `npm ci` / `npm install` (the `prepare` script), by `npm pack`, and by
// bin/budget-plan.js on first use in a checkout (or when a source file is newer than the bundle).
//
// Everything the CLI imports is bundled (ExcelJS, HyperFormula, JSZip, zod …): the packed package needs no
// runtime dependency at all, so `npm install -g budget-plan-….tgz` copies a few files and runs nothing.
//
// Usage: node scripts/build-cli.js [--quiet]      API: build({ quiet }) → { outDir, inputs, ms }
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const OUT_DIR = path.join(root, "build", "cli");
const ENTRIES = {
  "budget-plan": path.join(root, "src", "cli", "bundleEntry.ts"),
  worker: path.join(root, "src", "cli", "worker.ts"),
};
/**
 * The big libraries are bundles of their own (build/cli/vendor-<name>.js), required by the entries only
 * when a command uses them: `validate` of a workbook with cached results loads none of them, so it reads,
 * compiles (or deserializes from the code cache) 0.8 MB of JavaScript instead of 3.5 MB. ExcelJS for
 * `fix`/`new`/`inspect`, HyperFormula (with chevrotain) for workbooks without cached results, JSZip for the
 * chart and print copies, zod for a rate table read from a file.
 */
const VENDORS = ["exceljs", "hyperformula", "jszip", "zod"];
const vendorFile = (name) => `vendor-${name}`;

/** esbuild plugin: an import of a vendored library becomes require("./vendor-<name>.js") at run time. */
const vendorPlugin = {
  name: "vendor-bundles",
  setup(b) {
    const filter = new RegExp(`^(${VENDORS.join("|")})$`);
    b.onResolve({ filter }, (args) => (args.kind === "entry-point" ? undefined : { path: `./${vendorFile(args.path)}.js`, external: true }));
  },
};
/** The list of source files each bundle was built from (bin/budget-plan.js compares their times). */
const INPUTS_FILE = path.join(OUT_DIR, "inputs.json");

async function build({ quiet = false } = {}) {
  // esbuild is a development dependency: present in a checkout, absent in an installed package (which
  // carries the built files).
  const esbuild = require("esbuild");
  const t0 = Date.now();
  // The bundled rate table is loaded without its schema: check it now (throws, listing every problem).
  require("./check-rates.js").checkRates();
  fs.mkdirSync(OUT_DIR, { recursive: true });
  // Build into a private directory, then rename file by file: concurrent first runs (tests start
  // several CLIs at once) never see a half-written bundle.
  const tmp = fs.mkdtempSync(path.join(OUT_DIR, ".tmp-"));
  try {
    const result = await esbuild.build({
      entryPoints: { ...ENTRIES, ...Object.fromEntries(VENDORS.map((v) => [vendorFile(v), v])) },
      plugins: [vendorPlugin],
      absWorkingDir: root,
      outdir: tmp,
      bundle: true,
      platform: "node",
      target: "node20",
      format: "cjs",
      sourcemap: "external",
      sourcesContent: false,
      minifySyntax: true,
      minifyWhitespace: true,
      keepNames: false,
      legalComments: "linked",
      metafile: true,
      logLevel: "error",
      define: { "process.env.BUDGET_PLAN_BUNDLED": '"1"' },
      // Optional requires inside dependencies that the CLI never reaches (ExcelJS's unzipper can read
      // from S3; chevrotain's diagram code): leave them as runtime requires.
      external: ["@aws-sdk/client-s3", "aws-sdk", "nock"],
    });
    const inputs = Object.keys(result.metafile.inputs)
      .filter((f) => !f.includes("node_modules"))
      .map((f) => path.relative(root, path.resolve(root, f)).split(path.sep).join("/"));
    fs.writeFileSync(path.join(tmp, "inputs.json"), JSON.stringify({ inputs }, null, 1));
    for (const f of fs.readdirSync(tmp)) fs.renameSync(path.join(tmp, f), path.join(OUT_DIR, f));
    const ms = Date.now() - t0;
    if (!quiet) {
      const sizes = Object.keys(ENTRIES).map((n) => `${n}.js ${(fs.statSync(path.join(OUT_DIR, `${n}.js`)).size / 1024).toFixed(0)} KB`);
      console.log(`budget-plan CLI built in ${ms} ms: build/cli/ (${sizes.join(", ")})`);
    }
    return { outDir: OUT_DIR, inputs, ms };
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

/** True when the bundle is missing or some source file it was built from is newer. */
function isStale() {
  let built;
  try {
    built = Math.min(...[...Object.keys(ENTRIES), ...VENDORS.map(vendorFile)].map((n) => fs.statSync(path.join(OUT_DIR, `${n}.js`)).mtimeMs));
  } catch {
    return true;
  }
  let inputs;
  try {
    inputs = JSON.parse(fs.readFileSync(INPUTS_FILE, "utf8")).inputs;
  } catch {
    return true;
  }
  for (const rel of inputs) {
    try {
      if (fs.statSync(path.join(root, rel)).mtimeMs > built) return true;
    } catch {
      return true; // a source file was removed or renamed
    }
  }
  return false;
}

module.exports = { build, isStale, OUT_DIR, ENTRIES, VENDORS };

if (require.main === module) {
  build({ quiet: process.argv.includes("--quiet") }).catch((e) => {
    console.error(e && e.message ? e.message : e);
    process.exit(1);
  });
}
