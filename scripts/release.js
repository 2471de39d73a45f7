#!/usr/bin/env node
// `npm run release`: the add-in as a versioned zip that any HTTPS web folder can serve without rebuilding.
//
//   release/budget-plan-addin-<version>.zip
//     budget-plan-addin-<version>/
//       addin/        ← upload everything in here (pages, hashed bundles, icons, setup page, .htaccess, web.config)
//       server/       ← nginx and Apache site examples for the server administrator (deploy/)
//       docs/         ← deploy.th.md, deploy.en.md, platforms.th.md, platforms.md
//       templates/    ← blank plan workbooks (Thai, English) for Excel that cannot run the add-in
//       CHANGELOG.md, LICENSE, README.txt
//
// Every address in the built pages is relative (webpack publicPath "auto"), so the folder works at any address.
// There is no manifest.xml in the zip: the setup page (addin/index.html = setup.html) writes the manifest for
// the address it is served from, with the Id derived from that address (src/setup/manifestCore.js). An
// ADDIN_URL build (`ADDIN_URL=https://…/ npm run build`) still makes a fixed dist/manifest.xml; same address,
// same Id.
//
// Usage: node scripts/release.js [--from BUILD_DIR] [--out DIR]
//   --from  use a production build that already exists (default: build one with webpack now)
//   --out   where to write the zip (default: release/)
"use strict";
const fs = require("fs");
const path = require("path");
const crypto = require("crypto");
const { spawnSync } = require("child_process");

const root = path.resolve(__dirname, "..");
const manifestCore = require(path.join(root, "src/setup/manifestCore.js"));

/** Files every release must have in addin/ (the manifest points at the first ones; the setup page makes it). */
const REQUIRED = ["taskpane.html", "commands.html", "fallback.html", "setup.html", "index.html", "assets/icon-16.png", "assets/icon-32.png", "assets/icon-64.png", "assets/icon-80.png"];
/** Server settings that travel inside the add-in folder (they apply where they are). */
const IN_FOLDER = { ".htaccess": "deploy/apache/.htaccess", "web.config": "deploy/iis/web.config" };
const SERVER = { "nginx-budget-plan.conf": "deploy/nginx/budget-plan.conf", "apache-budget-plan.conf": "deploy/apache/budget-plan.conf" };
const DOCS = ["docs/deploy.th.md", "docs/deploy.en.md", "docs/platforms.th.md", "docs/platforms.md"];

function parseArgs(argv) {
  const out = { from: undefined, out: path.join(root, "release") };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--from") out.from = path.resolve(argv[++i]);
    else if (a === "--out") out.out = path.resolve(argv[++i]);
    else if (a === "-h" || a === "--help") out.help = true;
    else throw new Error(`unknown argument: ${a}`);
  }
  return out;
}

function listFiles(dir, base = dir) {
  const out = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(full, base));
    else if (e.isFile()) out.push(path.relative(base, full).split(path.sep).join("/"));
  }
  return out.sort();
}

/** The package version and the manifest's <Version> must agree (0.1.0 ↔ 0.1.0.0). */
function checkVersions() {
  const version = require(path.join(root, "package.json")).version;
  const mv = manifestCore.manifestVersion(fs.readFileSync(path.join(root, "manifest.xml"), "utf8"));
  if (mv !== `${version}.0` && mv !== version) {
    throw new Error(`package.json version ${version} and manifest.xml <Version>${mv}</Version> differ: raise both (see CHANGELOG.md)`);
  }
  const changelog = fs.readFileSync(path.join(root, "CHANGELOG.md"), "utf8");
  if (!new RegExp(`^## \\[?${version.replace(/\./g, "\\.")}\\]?`, "m").test(changelog)) {
    throw new Error(`CHANGELOG.md has no section "## ${version}"`);
  }
  return version;
}

function build(outDir) {
  const cli = require.resolve("webpack-cli/bin/cli.js", { paths: [root] });
  const env = { ...process.env, NODE_ENV: "production", BABEL_ENV: "production" };
  delete env.ADDIN_URL; // the release serves from any address; its manifest comes from the setup page
  const r = spawnSync(process.execPath, [cli, "--mode", "production", "--env", `outDir=${outDir}`], { cwd: root, env, stdio: "inherit" });
  if (r.status !== 0) throw new Error(`webpack failed (exit ${r.status})`);
}

/**
 * Blank plan workbooks (Thai and English) for the current fiscal year, made by the same code as
 * `budget-plan new`: for schools whose Excel cannot run the add-in (Office 2016 / 2019 volume licence), the
 * district hands these out; their in-sheet checks work without the add-in.
 */
function templateWorkbooks(date) {
  if (!process.env.JEST_WORKER_ID) require("tsx/cjs"); // the sources are TypeScript (as for bin/budget-plan.js)
  const { buildWorkbookSpec } = require("../src/workbook/index.ts");
  const { emptyPlan } = require("../src/core/model.ts");
  const { fiscalYearOf, monthOfDate } = require("../src/core/calendar.ts");
  const { specToBuffer } = require("../src/adapters/xlsx/write.ts");
  const fy = fiscalYearOf(monthOfDate(date));
  return Promise.all(
    ["th", "en"].map(async (lang) => ({ name: `budget-plan-FY${fy}-${lang}.xlsx`, data: await specToBuffer(buildWorkbookSpec(emptyPlan(fy), { lang })) })),
  );
}

function readme(version) {
  return [
    `แผนงบประมาณโครงการ: โปรแกรมเสริม Excel รุ่น ${version}`,
    "",
    "1. คัดลอกทุกไฟล์ในโฟลเดอร์ addin (รวมไฟล์ .htaccess และ web.config) ขึ้นเว็บเซิร์ฟเวอร์ที่เปิดด้วย https://",
    "   จะวางในโฟลเดอร์ใดก็ได้ เช่น https://www.ชื่อหน่วยงาน.go.th/addin/",
    "2. เปิดที่อยู่ของโฟลเดอร์นั้นในเบราว์เซอร์ หน้าตั้งค่าจะตรวจเซิร์ฟเวอร์ และมีปุ่มดาวน์โหลด manifest.xml",
    "3. ส่ง manifest.xml ให้ Excel ของโรงเรียนตามคู่มือ docs/deploy.th.md",
    "โรงเรียนที่ใช้ Office 2016 หรือ Office 2019 แบบสิทธิ์ใช้งานองค์กร ใช้สมุดงานเปล่าในโฟลเดอร์ templates ได้",
    "",
    `Project Budget Plan: Excel add-in, version ${version}`,
    "",
    "1. Upload every file in the addin folder (including .htaccess and web.config) to an https:// web server,",
    "   in any folder, e.g. https://www.example.com/addin/",
    "2. Open that folder's address in a browser: the setup page checks the server and offers manifest.xml.",
    "3. Give manifest.xml to Excel as docs/deploy.en.md explains.",
    "Schools on Office 2016 or volume-licensed Office 2019 can use the blank workbooks in the templates folder.",
    "",
  ].join("\r\n");
}

async function release(opts) {
  const JSZip = require("jszip");
  const version = checkVersions();
  const name = `budget-plan-addin-${version}`;
  let buildDir = opts.from;
  if (!buildDir) {
    buildDir = path.join(opts.out, `.build-${version}`);
    fs.rmSync(buildDir, { recursive: true, force: true });
    build(buildDir);
  }
  const built = listFiles(buildDir);
  const missing = REQUIRED.filter((f) => !built.includes(f));
  if (missing.length) throw new Error(`the build in ${buildDir} lacks ${missing.join(", ")}`);
  // No manifest (the setup page makes it), no source maps, no build markers.
  const files = built.filter((f) => f !== "manifest.xml" && !f.endsWith(".map") && !path.basename(f).startsWith("."));

  const date = process.env.SOURCE_DATE_EPOCH ? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000) : new Date();
  const zip = new JSZip();
  const put = (p, data) => zip.file(`${name}/${p}`, data, { date, createFolders: false });
  for (const f of files) put(`addin/${f}`, fs.readFileSync(path.join(buildDir, f)));
  for (const [to, from] of Object.entries(IN_FOLDER)) put(`addin/${to}`, fs.readFileSync(path.join(root, from)));
  for (const [to, from] of Object.entries(SERVER)) put(`server/${to}`, fs.readFileSync(path.join(root, from)));
  for (const d of DOCS) if (fs.existsSync(path.join(root, d))) put(d, fs.readFileSync(path.join(root, d)));
  put("CHANGELOG.md", fs.readFileSync(path.join(root, "CHANGELOG.md")));
  put("LICENSE", fs.readFileSync(path.join(root, "LICENSE")));
  for (const w of await templateWorkbooks(date)) put(`templates/${w.name}`, w.data);
  put("README.txt", readme(version));
  const buf = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 }, platform: "UNIX" });

  fs.mkdirSync(opts.out, { recursive: true });
  const zipPath = path.join(opts.out, `${name}.zip`);
  fs.writeFileSync(zipPath, buf);
  const sha256 = crypto.createHash("sha256").update(buf).digest("hex");
  fs.writeFileSync(`${zipPath}.sha256`, `${sha256}  ${name}.zip\n`);
  if (!opts.from) fs.rmSync(buildDir, { recursive: true, force: true });
  return { zipPath, version, sha256, bytes: buf.length, files: files.length + Object.keys(IN_FOLDER).length };
}

module.exports = { release, parseArgs, checkVersions, REQUIRED };

if (require.main === module) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (e) {
    console.error(`release: ${e.message}`);
    process.exit(2);
  }
  if (opts.help) {
    const lines = fs.readFileSync(__filename, "utf8").split("\n").slice(1);
    console.log(lines.slice(0, lines.findIndex((l) => !l.startsWith("//"))).map((l) => l.replace(/^\/\/ ?/, "")).join("\n"));
    process.exit(0);
  }
  release(opts).then(
    (r) => {
      console.log(`${path.relative(process.cwd(), r.zipPath)}: version ${r.version}, ${r.files} files in addin/, ${(r.bytes / 1024).toFixed(0)} KB`);
      console.log(`sha256 ${r.sha256}`);
    },
    (e) => {
      console.error(`release: ${e.message}`);
      process.exit(1);
    },
  );
}
