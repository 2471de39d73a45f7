#!/usr/bin/env node
// budget-plan CLI. Runs the bundled JavaScript in build/cli/ (scripts/build-cli.js: one esbuild bundle per
// entry, with source maps; no TypeScript is compiled at run time). In a checkout the bundle is built on
// first use, and again when a source file is newer than it; an installed package carries it ready-made.
"use strict";
const fs = require("fs");
const path = require("path");

const root = path.join(__dirname, "..");
const bundle = path.join(root, "build", "cli", "budget-plan.js");
const checkout = fs.existsSync(path.join(root, "scripts", "build-cli.js")) && fs.existsSync(path.join(root, "src", "cli", "main.ts"));

if (process.env.BUDGET_PLAN_SOURCE_MAPS === "1" && typeof process.setSourceMapsEnabled === "function") {
  process.setSourceMapsEnabled(true); // stack traces name the TypeScript sources
}

function start() {
  require(bundle).run(process.argv.slice(2));
}

function fail(err) {
  process.stderr.write(
    `budget-plan: build/cli/budget-plan.js is missing and could not be built (${err && err.message ? err.message : err}).\n` +
      "budget-plan: สร้างไฟล์ build/cli/budget-plan.js ไม่ได้ — ให้รัน npm install ในโฟลเดอร์โปรเจกต์ก่อน / run npm install first\n",
  );
  process.exitCode = 3;
}

let stale = !fs.existsSync(bundle);
let builder;
if (checkout) {
  try {
    builder = require("../scripts/build-cli.js");
    stale = builder.isStale();
  } catch (e) {
    if (stale) fail(e);
  }
}
if (!stale) start();
else if (builder) {
  builder.build({ quiet: true }).then(start, fail);
} else if (!checkout) fail(new Error("not built"));
