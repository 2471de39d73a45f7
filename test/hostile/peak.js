// Preloaded into the CLI child process by the hostile-file tests: records its peak resident memory (KB).
"use strict";
const fs = require("fs");
process.on("exit", () => {
  if (process.env.PEAK_FILE) fs.writeFileSync(process.env.PEAK_FILE, String(process.resourceUsage().maxRSS));
});
