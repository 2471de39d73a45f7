#!/usr/bin/env node
// `npm run validate`: checks manifest.xml (or the path given) in two steps, and says which ones ran.
// 1. Structure, always (scripts/manifest-check.js: in the repository, no schema files, no network).
// 2. The Office add-in manifest XSD schema, where a validator is available:
//    - the offline validator ../shared/tools/validate-manifest (vendored XSDs, xmllint) when it is present;
//    - with --online, `office-addin-manifest validate` (Microsoft's validation service; needs a network).
//    Otherwise it says plainly that the schema validation did not run.
// Exit: 0 valid (structure, and schema when it ran), 1 invalid, 2 the validator could not run.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { checkManifest } = require("./manifest-check.js");

const root = path.join(__dirname, "..");
const args = process.argv.slice(2);
const online = args.includes("--online");
const manifest = path.resolve(args.find((a) => !a.startsWith("--")) || path.join(root, "manifest.xml"));
const offline = process.env.BUDGET_PLAN_MANIFEST_VALIDATOR || path.join(root, "..", "shared", "tools", "validate-manifest");
const shown = path.relative(process.cwd(), manifest) || manifest;

let xml;
try {
  xml = fs.readFileSync(manifest, "utf8");
} catch (e) {
  console.error(`cannot read ${shown}: ${e.message}`);
  process.exit(2);
}
const problems = checkManifest(xml);
if (problems.length) {
  console.error(`${shown}: structure invalid (${problems.length} problem(s)):`);
  for (const p of problems) console.error(`  - ${p}`);
  process.exit(1);
}
console.log(`${shown}: structure valid (in-repo check: scripts/manifest-check.js)`);

let result;
if (fs.existsSync(offline)) {
  console.log(`schema validation: offline XSD validator ${offline}`);
  result = spawnSync(offline, [manifest], { stdio: "inherit" });
} else if (online) {
  const bin = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "office-addin-manifest.cmd" : "office-addin-manifest");
  console.log("schema validation: office-addin-manifest validate (online service)");
  result = spawnSync(bin, ["validate", manifest], { stdio: "inherit", shell: process.platform === "win32" });
} else {
  console.log(
    `schema validation: not run (no offline validator at ${offline}; \`npm run validate -- --online\` uses Microsoft's service)`,
  );
  console.log("manifest valid (structure)");
  process.exit(0);
}
if (result.error) {
  console.error(`the schema validator could not run: ${result.error.message}`);
  process.exit(2);
}
process.exit(result.status === null ? 1 : result.status);
