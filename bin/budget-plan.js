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
 * Load a bundled file with V8's code cache: the first run saves the compiled code (build/cli/<file>.cache,
 * or a file in the temporary folder when the package folder is read-only), later runs skip most of the
 * parsing and compiling. A cache V8 rejects (other Node version, rebuilt bundle) is replaced. The big
 * libraries are bundles of their own (build/cli/vendor-*.js, required only by the commands that use them):
 * they are loaded the same way.
 */
/** The vendor bundles loaded so far (one instance each, whichever bundle requires them). */
const vendors = new Map();
/** Code caches still to write (in a worker thread, written after a file is checked: see src/cli/worker.ts). */
const pendingCaches = [];
const { isMainThread, workerData, threadId } = require("worker_threads");
/** A worker thread of the CLI (src/cli/pool.ts starts this file so the worker bundle loads with its code cache). */
const inWorker = !isMainThread && Boolean(workerData && workerData.budgetPlanWorker);
globalThis[Symbol.for("budget-plan.bin")] = __filename;
globalThis[Symbol.for("budget-plan.saveCodeCaches")] = () => {
  for (const save of pendingCaches.splice(0)) save();
};

function loadCached(file) {
  const vm = require("vm");
  const Module = require("module");
  let source;
  let stat;
  try {
    source = fs.readFileSync(file, "utf8");
    stat = fs.statSync(file);
  } catch {
    return require(file);
  }
  const tag = `${process.version}-${stat.size}-${Math.round(stat.mtimeMs)}`;
  const candidates = [`${file}.cache`, path.join(require("os").tmpdir(), `budget-plan-${path.basename(file, ".js")}-${tag}.cache`)];
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
  const script = new vm.Script(Module.wrap(source), { filename: file, cachedData });
  const mod = new Module(file, module);
  mod.filename = file;
  mod.paths = Module._nodeModulePaths(path.dirname(file));
  const dir = path.dirname(file);
  const req = (id) => {
    if (!/^\.\/vendor-[\w-]+\.js$/.test(id)) return mod.require(id);
    const f = path.join(dir, id);
    if (!vendors.has(f)) vendors.set(f, loadCached(f));
    return vendors.get(f);
  };
  script.runInThisContext().call(mod.exports, mod.exports, req, mod, file, dir);
  mod.loaded = true;
  if (process.env.BUDGET_PLAN_DEBUG_CACHE) process.stderr.write(`code cache: ${cachedData ? (script.cachedDataRejected ? "rejected" : "used") : "none"} ${cacheFile}\n`);
  if (!cachedData || script.cachedDataRejected) {
    const save = () => {
      const data = Buffer.concat([Buffer.from(`${tag}\n`), script.createCachedData()]);
      for (const f of candidates) {
        try {
          const tmp = `${f}.${process.pid}-${threadId}.tmp`;
          fs.writeFileSync(tmp, data);
          fs.renameSync(tmp, f);
          return;
        } catch {
          // read-only folder: try the next place
        }
      }
    };
    // At exit, so the functions the command compiled are in the cache too (a worker thread, which is
    // terminated rather than left to exit, writes its caches when it has checked a file).
    if (inWorker) pendingCaches.push(save);
    else process.once("exit", save);
  }
  return mod.exports;
}

function start() {
  const entry = process.env.BUDGET_PLAN_CODE_CACHE === "0" ? require(bundle) : loadCached(bundle);
  entry.run(process.argv.slice(2));
}

function fail(err) {
  process.stderr.write(
    `budget-plan: build/cli/budget-plan.js is missing and could not be built (${err && err.message ? err.message : err}).\n` +
      "budget-plan: สร้างไฟล์ build/cli/budget-plan.js ไม่ได้ — ให้รัน npm install ในโฟลเดอร์โปรเจกต์ก่อน / run npm install first\n",
  );
  process.exitCode = 3;
}

function main() {
  if (inWorker) {
    // started by the CLI's main thread (which has built the bundle): build/cli/worker.js serves the files it sends
    loadCached(path.join(root, "build", "cli", "worker.js"));
    return;
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
}

main();
