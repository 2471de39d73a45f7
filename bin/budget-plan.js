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

/**
 * Load the bundle with V8's code cache: the first run saves the compiled code (build/cli/budget-plan.js.cache,
 * or a file in the temporary folder when the package folder is read-only), later runs skip most of the
 * parsing and compiling of the bundle. A cache V8 rejects (other Node version, rebuilt bundle) is replaced.
 */
function loadBundle() {
  const vm = require("vm");
  const Module = require("module");
  let source;
  let stat;
  try {
    source = fs.readFileSync(bundle, "utf8");
    stat = fs.statSync(bundle);
  } catch {
    return require(bundle);
  }
  const tag = `${process.version}-${stat.size}-${Math.round(stat.mtimeMs)}`;
  const candidates = [`${bundle}.cache`, path.join(require("os").tmpdir(), `budget-plan-${tag}.cache`)];
  let cachedData;
  let cacheFile = candidates[0];
  for (const f of candidates) {
    try {
      const buf = fs.readFileSync(f);
      const sep = buf.indexOf(0x0a);
      if (sep > 0 && buf.subarray(0, sep).toString() === tag) {
        cachedData = buf.subarray(sep + 1);
        cacheFile = f;
        break;
      }
    } catch {
      // no cache there yet
    }
  }
  const script = new vm.Script(Module.wrap(source), { filename: bundle, cachedData });
  const mod = new Module(bundle, module);
  mod.filename = bundle;
  mod.paths = Module._nodeModulePaths(path.dirname(bundle));
  script.runInThisContext().call(mod.exports, mod.exports, (id) => mod.require(id), mod, bundle, path.dirname(bundle));
  mod.loaded = true;
  if (process.env.BUDGET_PLAN_DEBUG_CACHE) process.stderr.write(`code cache: ${cachedData ? (script.cachedDataRejected ? "rejected" : "used") : "none"} ${cacheFile}\n`);
  if (!cachedData || script.cachedDataRejected) {
    // At exit, so the functions the command compiled are in the cache too.
    process.once("exit", () => {
      const data = Buffer.concat([Buffer.from(`${tag}\n`), script.createCachedData()]);
      for (const f of candidates) {
        try {
          const tmp = `${f}.${process.pid}.tmp`;
          fs.writeFileSync(tmp, data);
          fs.renameSync(tmp, f);
          return;
        } catch {
          // read-only folder: try the next place
        }
      }
    });
  }
  return mod.exports;
}

function start() {
  const entry = process.env.BUDGET_PLAN_CODE_CACHE === "0" ? require(bundle) : loadBundle();
  entry.run(process.argv.slice(2));
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
