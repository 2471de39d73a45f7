#!/usr/bin/env node
// `npm run validate`: checks manifest.xml (or the path given) against the Office add-in manifest schema.
// Uses the offline validator ../shared/tools/validate-manifest (vendored XSDs, xmllint) when it is present,
// otherwise `office-addin-manifest validate` (which needs a network connection).
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");

const root = path.join(__dirname, "..");
const manifest = path.resolve(process.argv[2] || path.join(root, "manifest.xml"));
const offline = path.join(root, "..", "shared", "tools", "validate-manifest");

let result;
if (fs.existsSync(offline)) {
  console.log(`validating ${path.relative(process.cwd(), manifest) || manifest} offline (${offline})`);
  result = spawnSync(offline, [manifest], { stdio: "inherit" });
} else {
  const bin = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "office-addin-manifest.cmd" : "office-addin-manifest");
  console.log(`validating ${manifest} with office-addin-manifest`);
  result = spawnSync(bin, ["validate", manifest], { stdio: "inherit", shell: process.platform === "win32" });
}
if (result.error) {
  console.error(result.error.message);
  process.exit(2);
}
process.exit(result.status === null ? 1 : result.status);
