#!/usr/bin/env node
// Which modules make up a built JavaScript file: the bytes of the minified output attributed to each source
// through its source map (webpack writes <file>.map in production builds). Modules are grouped by npm package
// (node_modules/<pkg>) or by source file (src/…). The gzipped share of each is estimated in proportion to its
// raw bytes (gzip works across module boundaries, so exact per-module gzip sizes do not exist).
// Usage: node scripts/pane-modules.js <file.js> [count]
"use strict";
const fs = require("fs");
const path = require("path");

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** Decode one line's segments of a source map "mappings" string (VLQ): [generatedColumn, sourceIndex]. */
function* segments(mappings) {
  let line = 0;
  let col = 0;
  let src = 0;
  let i = 0;
  const n = mappings.length;
  while (i < n) {
    const ch = mappings[i];
    if (ch === ";") {
      line++;
      col = 0;
      i++;
      continue;
    }
    if (ch === ",") {
      i++;
      continue;
    }
    const fields = [];
    while (i < n && mappings[i] !== "," && mappings[i] !== ";") {
      let value = 0;
      let shift = 0;
      let digit;
      do {
        digit = B64_INDEX.get(mappings[i++]);
        value += (digit & 31) << shift;
        shift += 5;
      } while (digit & 32);
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    }
    col += fields[0];
    if (fields.length > 1) src += fields[1];
    yield [line, col, fields.length > 1 ? src : -1];
  }
}

/** A source path as a group name: the npm package for node_modules, else the path from the repository. */
function groupOf(source) {
  const s = source.replace(/^webpack:\/\/[^/]*\//, "").replace(/^\.\//, "");
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(s);
  if (m) return m[1];
  return s.replace(/\?.*$/, "") || "(unknown)";
}

/** Raw bytes per group for one built file. */
function attribute(file) {
  const code = fs.readFileSync(file, "utf8");
  const bytes = new Map();
  // A script copied into the build as it is (src/fallback/detect.js, the early webview check) has no source
  // map: it is one module of its own.
  if (!fs.existsSync(`${file}.map`)) {
    bytes.set(require("path").basename(file), Buffer.byteLength(code));
    return bytes;
  }
  const map = JSON.parse(fs.readFileSync(`${file}.map`, "utf8"));
  const lines = code.split("\n");
  let prev = null; // [line, col, src]
  const add = (group, n) => bytes.set(group, (bytes.get(group) || 0) + n);
  const flush = (endLine, endCol) => {
    if (!prev) return;
    const [l, c, s] = prev;
    const group = s < 0 ? "(webpack runtime and glue)" : groupOf(map.sources[s]);
    if (endLine === l) add(group, Buffer.byteLength(lines[l].slice(c, endCol)));
    else add(group, Buffer.byteLength(lines[l].slice(c)) + 1);
  };
  for (const seg of segments(map.mappings)) {
    flush(seg[0], seg[1]);
    prev = seg;
  }
  if (prev) flush(lines.length, 0);
  return bytes;
}

function largest(file, count = 10) {
  const bytes = attribute(file);
  const total = [...bytes.values()].reduce((a, b) => a + b, 0);
  const gzipTotal = require("zlib").gzipSync(fs.readFileSync(file), { level: 9 }).length;
  return [...bytes.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, count)
    .map(([name, raw]) => ({ name, raw, gzip: Math.round((raw / total) * gzipTotal) }));
}

module.exports = { attribute, largest };

if (require.main === module) {
  const file = process.argv[2];
  const count = Number(process.argv[3] || 10);
  if (!file) {
    console.error("usage: node scripts/pane-modules.js <file.js> [count]");
    process.exit(2);
  }
  for (const m of largest(path.resolve(file), count)) {
    console.log(`${(m.gzip / 1024).toFixed(1).padStart(7)} KB gzip ${(m.raw / 1024).toFixed(1).padStart(8)} KB raw  ${m.name}`);
  }
}
