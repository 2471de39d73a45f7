/**
 * LibreOffice headless recalculation of many .xlsx files in ONE soffice invocation (for the agreement tests
 * and the benchmark over 71 workbooks), on top of test/helpers/libreoffice.ts (its recalculating profile,
 * OOXMLRecalcMode=0): the output files carry LibreOffice's freshly calculated cached values.
 */
import { existsSync } from "fs";
import { basename, join } from "path";
import { convertWithLibreOffice } from "./libreoffice";

/** Recalculate `files` with LibreOffice; returns the paths of the recalculated copies in `outDir`. */
export async function loRecalc(files: string[], outDir: string, opts: { timeoutMs?: number } = {}): Promise<string[]> {
  const result = await convertWithLibreOffice(files, "xlsx:Calc MS Excel 2007 XML", outDir, { timeoutMs: opts.timeoutMs ?? 600_000 });
  const outs = files.map((f) => join(outDir, basename(f).replace(/\.[^.]+$/, "") + ".xlsx"));
  const missing = outs.filter((o) => !existsSync(o));
  if (missing.length) throw new Error(`soffice produced no output for: ${missing.join(", ")}\n${result.stderr}`);
  return outs;
}
