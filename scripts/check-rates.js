#!/usr/bin/env node
// Build-time check of the bundled rate table: src/core/rates/rates.json against the zod schema of
// src/core/rates/parse.ts (the same check the tests run). The task pane and the CLI load the table without
// a schema library, so a broken table must stop the build instead. Called by webpack.config.js and
// scripts/build-cli.js; exits 1 with every problem listed when run on its own.
"use strict";
const fs = require("fs");
const path = require("path");
const Module = require("module");

const root = path.join(__dirname, "..");
const RATES = path.join(root, "src", "core", "rates", "rates.json");

/** Compile parse.ts (with zod, the classifier …) in memory with esbuild and run it over rates.json. */
function checkRates() {
  const esbuild = require("esbuild");
  const out = esbuild.buildSync({
    entryPoints: [path.join(root, "src", "core", "rates", "parse.ts")],
    absWorkingDir: root,
    bundle: true,
    platform: "node",
    format: "cjs",
    write: false,
    logLevel: "error",
  });
  const file = path.join(root, "src", "core", "rates", "parse.check.js");
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  mod._compile(out.outputFiles[0].text, file);
  const rules = mod.exports.parseRateRules(JSON.parse(fs.readFileSync(RATES, "utf8")));
  return { rules: rules.length };
}

module.exports = { checkRates, RATES };

if (require.main === module) {
  try {
    const r = checkRates();
    console.log(`rates.json: ${r.rules} rules, schema checked`);
  } catch (e) {
    console.error(e && e.message ? e.message : e);
    process.exit(1);
  }
}
