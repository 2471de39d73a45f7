#!/usr/bin/env node
// budget-plan CLI: runs the TypeScript sources through tsx (a runtime dependency), no build step.
"use strict";
require("tsx/cjs");
const { main } = require("../src/cli/main.ts");

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err) => {
    process.stderr.write(`budget-plan: ${err && err.stack ? err.stack : err}\n`);
    process.exitCode = 3;
  },
);
