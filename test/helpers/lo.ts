/**
 * LibreOffice headless recalculation for tests and benchmarks (helper of the xlsx adapter).
 * Each call uses its own throw-away profile with OOXMLRecalcMode=0 ("always recalculate on load"),
 * then converts the given .xlsx files to .xlsx in ONE soffice invocation (for benchmarks over many
 * files; test/helpers/libreoffice.ts converts one file per call): the output files carry LibreOffice's
 * freshly calculated cached values.
 */
import { execFile } from "child_process";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, existsSync } from "fs";
import { tmpdir } from "os";
import { basename, join } from "path";
import { pathToFileURL } from "url";

const RECALC_PROFILE = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

export const SOFFICE = process.env.SOFFICE ?? "soffice";

/** Recalculate `files` with LibreOffice; returns the paths of the recalculated copies in `outDir`. */
export function loRecalc(files: string[], outDir: string, opts: { timeoutMs?: number } = {}): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), "lo-profile-"));
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), RECALC_PROFILE);
  mkdirSync(outDir, { recursive: true });
  const args = [
    `-env:UserInstallation=${pathToFileURL(profile).href}`,
    "--headless",
    "--norestore",
    "--nologo",
    "--convert-to",
    "xlsx:Calc MS Excel 2007 XML",
    "--outdir",
    outDir,
    ...files,
  ];
  return new Promise((resolve, reject) => {
    execFile(SOFFICE, args, { timeout: opts.timeoutMs ?? 600000, maxBuffer: 64 * 1024 * 1024 }, (err, _stdout, stderr) => {
      rmSync(profile, { recursive: true, force: true });
      if (err) {
        reject(new Error(`soffice failed: ${err.message}\n${stderr}`));
        return;
      }
      const outs = files.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, "") + ".xlsx"));
      const missing = outs.filter((o) => !existsSync(o));
      if (missing.length) reject(new Error(`soffice produced no output for: ${missing.join(", ")}\n${stderr}`));
      else resolve(outs);
    });
  });
}
