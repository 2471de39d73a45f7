#!/usr/bin/env node
// `npm stop`: mirrors scripts/start.js.
// - Windows / macOS: `office-addin-debugging stop manifest.xml` (stops the dev server, unregisters the add-in).
// - Elsewhere: stops the preview dev server that `npm start` recorded in .tmp/dev-server.pid.
"use strict";
const fs = require("fs");
const path = require("path");
const { spawnSync } = require("child_process");
const { sideloadsIntoExcel, PID_FILE } = require("./start");

const root = path.join(__dirname, "..");

function stopExcel() {
  const bin = path.join(root, "node_modules", ".bin", process.platform === "win32" ? "office-addin-debugging.cmd" : "office-addin-debugging");
  const r = spawnSync(bin, ["stop", "manifest.xml"], { cwd: root, stdio: "inherit", shell: process.platform === "win32" });
  process.exit(r.status === null ? 1 : r.status);
}

function stopPreview() {
  if (!fs.existsSync(PID_FILE)) {
    console.log("No preview dev server recorded (.tmp/dev-server.pid); nothing to stop.");
    return;
  }
  const pid = Number(fs.readFileSync(PID_FILE, "utf8").trim());
  fs.unlinkSync(PID_FILE);
  if (!Number.isInteger(pid) || pid <= 0) return;
  try {
    process.kill(pid, "SIGTERM");
    console.log(`Stopped the preview dev server (pid ${pid}).`);
  } catch (e) {
    console.log(`The preview dev server (pid ${pid}) was not running.`);
  }
}

if (sideloadsIntoExcel()) stopExcel();
else stopPreview();
