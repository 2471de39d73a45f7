// Preloaded into the CLI child process by the hostile-file tests: records its peak resident memory (KB).
// On Linux the high-water mark of this process's own memory (VmHWM in /proc/self/status, which starts again at
// exec): getrusage's maxRSS keeps the parent's size at fork, so a child of a big jest worker would report the
// worker's memory as its own. Elsewhere maxRSS.
"use strict";
const fs = require("fs");
function peakKb() {
  try {
    const m = /^VmHWM:\s*(\d+)\s*kB/m.exec(fs.readFileSync("/proc/self/status", "utf8"));
    if (m) return Number(m[1]);
  } catch {
    // no /proc: not Linux
  }
  return process.resourceUsage().maxRSS;
}
process.on("exit", () => {
  if (process.env.PEAK_FILE) fs.writeFileSync(process.env.PEAK_FILE, String(peakKb()));
});
