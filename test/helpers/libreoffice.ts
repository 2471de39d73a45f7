/**
 * LibreOffice (soffice --headless) as an independent spreadsheet engine for tests.
 *
 * Typical use: write a real .xlsx with exceljs (formulas included, cached values optional), let
 * LibreOffice load it, recalculate EVERY formula and export the values, then compare with ours.
 *
 *   const rows = await recalcXlsxToCsv("/tmp/x.xlsx");                 // first sheet, string[][]
 *   const sheets = await recalcXlsxToSheets("/tmp/x.xlsx");            // Map sheet name → string[][]
 *   await recalcXlsxToXlsx("/tmp/x.xlsx", "/tmp/x-recalc.xlsx");       // cached values refreshed
 *
 * How it works
 * - Each test process gets its own LibreOffice profile (a temp dir, removed at exit) whose
 *   registrymodifications.xcu sets Calc's OOXMLRecalcMode and ODFRecalcMode to 0 ("always
 *   recalculate on load"); otherwise LibreOffice trusts the cached values exceljs wrote.
 *   The profile is written before LibreOffice first starts with it (`ooSetupInstCompleted=true`
 *   marks it as set up); the helper's own test checks that a stale cached value is recomputed.
 * - Calls are serialised within a process (one profile cannot be used by two soffice at once);
 *   separate jest workers use separate profiles, so they can run in parallel.
 * - CSV export uses the filter options "44,34,76,1,,0,false,true,<asShown>,false,false,-1":
 *   comma, double quote, UTF-8, ..., token 9 "save cell contents as shown" (default false = raw
 *   values, e.g. 1234.5 rather than "1,234.50"), token 12 = -1 exports every sheet to
 *   <base>-<SheetName>.csv. Sheet order is taken from soffice's "Writing sheet X -> path" output.
 *
 * Notes for formula authors: in .xlsx, functions newer than Excel 2003's set must carry the `_xlfn.`
 * prefix for LibreOffice to recognise them (e.g. `_xlfn.BAHTTEXT(A1)`; plain `BAHTTEXT(A1)` gives #NAME?).
 *
 * If soffice is missing these functions throw an Error saying how to install it (CI installs
 * libreoffice-calc-nogui); tests must not skip. Set SOFFICE_PATH to use a specific binary.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { findSoffice } from "../../src/cli/soffice";

let cachedSoffice: string | undefined;

/** Path of the soffice binary; throws a clear Error when LibreOffice is not installed. */
export function sofficePath(): string {
  if (cachedSoffice) return cachedSoffice;
  // the same search as `budget-plan pdf` ($SOFFICE_PATH, the PATH, the usual install places)
  const found = findSoffice();
  if (found) return (cachedSoffice = found);
  throw new Error(
    "LibreOffice (soffice) was not found. These tests compare our results with LibreOffice Calc and must not be skipped: " +
      "install it (Debian/Ubuntu: `apt-get install -y libreoffice-calc-nogui`) or set SOFFICE_PATH to the soffice binary.",
  );
}

const RECALC_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Setup/Office"><prop oor:name="ooSetupInstCompleted" oor:op="fuse"><value>true</value></prop></item>
<item oor:path="/org.openoffice.Office.Common/Misc"><prop oor:name="FirstRun" oor:op="fuse"><value>false</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let profileDir: string | undefined;

function profile(): string {
  if (profileDir) return profileDir;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `lo-profile-${process.pid}-`));
  fs.mkdirSync(path.join(dir, "user"), { recursive: true });
  fs.writeFileSync(path.join(dir, "user", "registrymodifications.xcu"), RECALC_XCU);
  process.once("exit", () => {
    try {
      fs.rmSync(dir, { recursive: true, force: true });
    } catch {
      /* best effort */
    }
  });
  return (profileDir = dir);
}

function profileUrl(dir: string): string {
  const p = path.resolve(dir).replace(/\\/g, "/");
  return "file://" + (p.startsWith("/") ? "" : "/") + encodeURI(p);
}

let queue: Promise<unknown> = Promise.resolve();

/** Runs fn after every earlier call in this process finished (one soffice per profile at a time). */
function serialised<T>(fn: () => Promise<T>): Promise<T> {
  const run = queue.then(fn, fn);
  queue = run.catch(() => undefined);
  return run;
}

export interface ConvertResult {
  stdout: string;
  stderr: string;
  /** Files written to outDir, in the order soffice reported them. */
  files: string[];
}

/**
 * Low level: `soffice --headless --convert-to <filter> --outdir <outDir> <inputPath>` with the
 * recalculating profile. Rejects (with soffice's output) on a non-zero exit, a timeout, or no output file.
 */
export function convertWithLibreOffice(
  inputPath: string | readonly string[],
  convertTo: string,
  outDir: string,
  opts: { timeoutMs?: number } = {},
): Promise<ConvertResult> {
  const bin = sofficePath();
  const timeoutMs = opts.timeoutMs ?? 180_000;
  return serialised(
    () =>
      new Promise<ConvertResult>((resolve, reject) => {
        fs.mkdirSync(outDir, { recursive: true });
        const before = new Set(fs.readdirSync(outDir));
        const args = [
          "--headless",
          "--norestore",
          "--nologo",
          "--nodefault",
          "--nolockcheck",
          `-env:UserInstallation=${profileUrl(profile())}`,
          "--convert-to",
          convertTo,
          "--outdir",
          outDir,
          ...(typeof inputPath === "string" ? [inputPath] : inputPath).map((f) => path.resolve(f)),
        ];
        const child = spawn(bin, args, { detached: process.platform !== "win32", stdio: ["ignore", "pipe", "pipe"] });
        let stdout = "";
        let stderr = "";
        child.stdout.on("data", (d) => (stdout += d.toString("utf8")));
        child.stderr.on("data", (d) => (stderr += d.toString("utf8")));
        const timer = setTimeout(() => {
          try {
            if (child.pid && process.platform !== "win32") process.kill(-child.pid, "SIGKILL");
            else child.kill("SIGKILL");
          } catch {
            /* already gone */
          }
          reject(new Error(`soffice timed out after ${timeoutMs} ms converting ${inputPath}\n${stdout}\n${stderr}`));
        }, timeoutMs);
        child.on("error", (e) => {
          clearTimeout(timer);
          reject(new Error(`could not start soffice (${bin}): ${e.message}`));
        });
        child.on("close", (code) => {
          clearTimeout(timer);
          const reported = [...stdout.matchAll(/->\s*(.+?)(?:\s+using filter.*)?$/gm)].map((m) => m[1].trim());
          const created = fs.readdirSync(outDir).filter((f) => !before.has(f)).map((f) => path.join(outDir, f));
          const files = reported.filter((f) => fs.existsSync(f));
          for (const f of created) if (!files.includes(f)) files.push(f);
          if (code !== 0 || files.length === 0) {
            reject(new Error(`soffice failed (exit ${code}) converting ${inputPath} to ${convertTo}\n${stdout}\n${stderr}`));
            return;
          }
          resolve({ stdout, stderr, files });
        });
      }),
  );
}

/** RFC 4180 CSV → rows of strings (quoted fields may hold commas, quotes and newlines). */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let inQuotes = false;
  let i = 0;
  if (text.charCodeAt(0) === 0xfeff) i = 1;
  for (; i < text.length; i++) {
    const c = text[i];
    if (inQuotes) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else field += c;
    } else if (c === '"') inQuotes = true;
    else if (c === ",") {
      row.push(field);
      field = "";
    } else if (c === "\n" || c === "\r") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += c;
  }
  if (field !== "" || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

export interface CsvOptions {
  /** Export values as displayed with their number formats ("1,234.50") instead of raw ("1234.5"). Default false. */
  asShown?: boolean;
  timeoutMs?: number;
}

/**
 * Opens an .xlsx (or .ods, .fods, .csv …) in LibreOffice, recalculates every formula and returns
 * every sheet's values, in sheet order: Map sheet name → rows of strings (CSV cells; empty cells "").
 */
export async function recalcXlsxToSheets(inputPath: string, opts: CsvOptions = {}): Promise<Map<string, string[][]>> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "lo-csv-"));
  try {
    const filter = `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,${opts.asShown ? "true" : "false"},false,false,-1`;
    const res = await convertWithLibreOffice(inputPath, filter, outDir, { timeoutMs: opts.timeoutMs });
    const base = path.basename(inputPath).replace(/\.[^.]+$/, "");
    const sheetByFile = new Map<string, string>();
    for (const m of res.stdout.matchAll(/Writing sheet (.+?) -> (.+)$/gm)) sheetByFile.set(m[2].trim(), m[1]);
    const out = new Map<string, string[][]>();
    for (const file of res.files) {
      if (!file.endsWith(".csv")) continue;
      const name =
        sheetByFile.get(file) ??
        (path.basename(file).startsWith(base + "-") ? path.basename(file).slice(base.length + 1, -4) : path.basename(file, ".csv"));
      out.set(name, parseCsv(fs.readFileSync(file, "utf8")));
    }
    return out;
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

/**
 * One sheet's recalculated values (default: the first sheet). `sheet` is a name or a 0-based index.
 * Throws when the sheet does not exist, listing the sheets found.
 */
export async function recalcXlsxToCsv(
  inputPath: string,
  opts: CsvOptions & { sheet?: string | number } = {},
): Promise<string[][]> {
  const sheets = await recalcXlsxToSheets(inputPath, opts);
  const names = [...sheets.keys()];
  const name = typeof opts.sheet === "string" ? opts.sheet : names[opts.sheet ?? 0];
  const rows = name !== undefined ? sheets.get(name) : undefined;
  if (!rows) throw new Error(`sheet ${String(opts.sheet)} not found in ${inputPath}; sheets: ${names.join(", ")}`);
  return rows;
}

/**
 * Recalculates a workbook in LibreOffice and saves it as .xlsx at outPath, so its cached formula
 * values are LibreOffice's (read them back with exceljs: cell.result).
 */
export async function recalcXlsxToXlsx(inputPath: string, outPath: string, opts: { timeoutMs?: number } = {}): Promise<void> {
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), "lo-xlsx-"));
  try {
    const res = await convertWithLibreOffice(inputPath, "xlsx:Calc MS Excel 2007 XML", outDir, opts);
    const file = res.files.find((f) => f.endsWith(".xlsx"));
    if (!file) throw new Error(`soffice wrote no .xlsx for ${inputPath}\n${res.stdout}`);
    fs.copyFileSync(file, outPath);
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}
