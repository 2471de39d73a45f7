#!/usr/bin/env node
// `npm start`
// - Windows / macOS: sideload the add-in into Excel desktop with office-addin-debugging (it starts the
//   https dev server on port 3000 with the office-addin-dev-certs certificates, then opens Excel).
// - Elsewhere (Linux, containers): no Excel to sideload into; start the webpack dev server in development
//   mode serving the browser preview (the task pane beside an in-browser workbook) and print its URL.
// Options: --preview forces the browser preview on any platform; PREVIEW_PORT=<port> serves it on another port
// than 3000 (test/e2e/devPreview.test.ts runs this script so, and opens the URL it prints).
"use strict";
const fs = require("fs");
const path = require("path");
const { spawn } = require("child_process");

const root = path.join(__dirname, "..");
const bin = (name) => path.join(root, "node_modules", ".bin", process.platform === "win32" ? `${name}.cmd` : name);
const PID_FILE = process.env.PREVIEW_PID_FILE || path.join(root, ".tmp", "dev-server.pid");
const PORT = Number(process.env.PREVIEW_PORT) || 3000;

function sideloadsIntoExcel(platform = process.platform, argv = process.argv) {
  if (argv.includes("--preview")) return false;
  return platform === "win32" || platform === "darwin";
}

function previewUrl(https) {
  return `${https ? "https" : "http"}://localhost:${PORT}/taskpane.html`;
}

function hasDevCerts() {
  const dir = path.join(require("os").homedir(), ".office-addin-dev-certs");
  return fs.existsSync(path.join(dir, "localhost.crt")) && fs.existsSync(path.join(dir, "localhost.key"));
}

function startExcel() {
  const child = spawn(bin("office-addin-debugging"), ["start", "manifest.xml", "desktop", "--app", "excel"], {
    cwd: root,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
  child.on("exit", (code) => process.exit(code === null ? 1 : code));
}

function startPreview() {
  const https = hasDevCerts();
  const child = spawn(bin("webpack"), ["serve", "--mode", "development", "--port", String(PORT)], {
    cwd: root,
    stdio: ["ignore", "pipe", "inherit"],
    shell: process.platform === "win32",
    env: { ...process.env, NODE_ENV: "development" },
  });
  fs.mkdirSync(path.dirname(PID_FILE), { recursive: true });
  fs.writeFileSync(PID_FILE, String(child.pid));
  let announced = false;
  child.stdout.on("data", (chunk) => {
    process.stdout.write(chunk);
    if (!announced && /compiled/i.test(String(chunk))) {
      announced = true;
      console.log(`\nPreview (task pane beside an in-browser workbook): ${previewUrl(https)}`);
      console.log("Stop with: npm stop");
    }
  });
  console.log(`Starting the dev server for the browser preview on ${previewUrl(https)} …`);
  const cleanup = () => {
    try {
      if (fs.existsSync(PID_FILE) && fs.readFileSync(PID_FILE, "utf8") === String(child.pid)) fs.unlinkSync(PID_FILE);
    } catch {
      // ignore
    }
  };
  child.on("exit", (code) => {
    cleanup();
    process.exit(code === null ? 0 : code);
  });
  for (const sig of ["SIGINT", "SIGTERM"]) {
    process.on(sig, () => {
      child.kill(sig);
    });
  }
}

if (require.main === module) {
  if (sideloadsIntoExcel()) startExcel();
  else startPreview();
}

module.exports = { sideloadsIntoExcel, previewUrl, PID_FILE };
