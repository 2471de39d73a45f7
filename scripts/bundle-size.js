#!/usr/bin/env node
// Prints the gzipped size of what taskpane.html loads inside Excel: the scripts and stylesheets the
// page references from dist/ (chunks fetched later — the preview outside Excel, the example project and the text importer on first use,
// the English texts when English is chosen — are listed separately).
// Usage: node scripts/bundle-size.js [distDir] [--json]   Exit 1 when over the 250 KB ceiling (the goal).
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

// The goal is 250 KB (issue 12; `npm run bench` prints it as a goal) and the ceiling the tests hold. The
// template writer is a chunk fetched on the first insert, every tab but checking (template, import, schedule,
// indicators, results, rates) is a chunk fetched when first chosen, the English texts are a chunk fetched when
// English is chosen (Thai is the default), and polyfills are only for what the pane calls and its old webviews
// lack (babel.config.js, src/taskpane/polyfills.ts: the native Promise, no RegExp replacement); the check tab
// draws its busy mark, live switch and counts without Fluent's Spinner, Switch and Badge, its plan-set picker a
// native select; the tab row is the pane's own tablist, not Fluent's TabList, with its own arrow keys, not tabster's arrow group (257.4 KB → 250.5 KB → 235.3 KB in the eighth session). Never raise it without a reason in the commit; the bench lists the largest modules. The
// ceiling was 258 KB for a while (254.2 KB after the checks learned more hand-made workbooks, the goal missed);
// the polyfills cut to what is used and English as a chunk brought it to 245.8 KB, and the ceiling back to 250 KB.
const GOAL_BYTES = 250 * 1024;
const BUDGET_BYTES = 250 * 1024;

function gzipSize(buf) {
  return zlib.gzipSync(buf, { level: 9 }).length;
}

/** Local scripts and stylesheets referenced by an HTML page (absolute URLs such as office.js excluded). */
function pageAssets(html) {
  const out = [];
  const re = /<(?:script[^>]*\ssrc|link[^>]*\shref)=["']?([^"'\s>]+)["']?/gi;
  let m;
  while ((m = re.exec(html))) {
    const ref = m[1];
    if (/^(https?:)?\/\//i.test(ref) || ref.startsWith("data:")) continue;
    if (!/\.(js|css)(\?|$)/i.test(ref)) continue;
    out.push(ref.replace(/^\.?\//, "").replace(/\?.*$/, ""));
  }
  return out;
}

function measure(distDir) {
  const htmlPath = path.join(distDir, "taskpane.html");
  if (!fs.existsSync(htmlPath)) throw new Error(`${htmlPath} not found: run \`npm run build\` first`);
  const html = fs.readFileSync(htmlPath);
  const files = [{ file: "taskpane.html", raw: html.length, gzip: gzipSize(html) }];
  for (const rel of pageAssets(html.toString("utf8"))) {
    const buf = fs.readFileSync(path.join(distDir, rel));
    files.push({ file: rel, raw: buf.length, gzip: gzipSize(buf) });
  }
  const loaded = new Set(files.map((f) => f.file));
  const lazy = fs
    .readdirSync(distDir)
    .filter((f) => /\.js$/.test(f) && !loaded.has(f) && !/^commands\./.test(f))
    .map((f) => {
      const buf = fs.readFileSync(path.join(distDir, f));
      return { file: f, raw: buf.length, gzip: gzipSize(buf) };
    });
  const total = files.reduce((s, f) => s + f.gzip, 0);
  return { files, total, lazy, lazyTotal: lazy.reduce((s, f) => s + f.gzip, 0), budget: BUDGET_BYTES };
}

const kb = (n) => `${(n / 1024).toFixed(1)} KB`;

function main() {
  const args = process.argv.slice(2);
  const json = args.includes("--json");
  const distDir = path.resolve(args.find((a) => !a.startsWith("--")) || path.join(__dirname, "..", "dist"));
  const r = measure(distDir);
  if (json) {
    console.log(JSON.stringify(r, null, 2));
  } else {
    console.log("taskpane.html in Excel loads (gzipped):");
    for (const f of r.files) console.log(`  ${f.file.padEnd(40)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`);
    console.log(`  ${"total".padEnd(40)} ${"".padStart(14)} ${kb(r.total).padStart(10)} gzip (budget ${kb(r.budget)})`);
    console.log("chunks fetched later (the preview outside Excel; the example, the text importer, the tabs and the English texts on first use):");
    for (const f of r.lazy) console.log(`  ${f.file.padEnd(40)} ${kb(f.raw).padStart(10)} raw ${kb(f.gzip).padStart(10)} gzip`);
  }
  if (r.total > r.budget) {
    console.error(`over budget: ${kb(r.total)} > ${kb(r.budget)}`);
    process.exit(1);
  }
}

if (require.main === module) main();
module.exports = { measure, pageAssets, gzipSize, BUDGET_BYTES, GOAL_BYTES };
