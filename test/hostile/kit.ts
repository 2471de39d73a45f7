/**
 * Hostile .xlsx files made at test time (nothing large is kept in git), and the CLI run as a user runs
 * it: a child process with a 1 GB heap (`--max-old-space-size=1024`), its peak memory recorded.
 */
import { spawnSync } from "child_process";
import { createHash } from "crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join, resolve } from "path";
import { constants, deflateRawSync } from "zlib";
import JSZip from "jszip";
import { buildWorkbookSpec } from "../../src/workbook";
import { seedPlan } from "../../src/core/examples/seed2560";
import { specToBuffer } from "../../src/adapters/xlsx/write";

export const ROOT = resolve(__dirname, "..", "..");
const BIN = join(ROOT, "bin", "budget-plan.js");
const PEAK = join(__dirname, "peak.js");

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "budget-plan-hostile-"));
}

export function sha(path: string): string {
  return createHash("sha256").update(readFileSync(path)).digest("hex");
}

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
  /** Peak resident memory of the process, in MB. */
  peakMb: number;
  signal: NodeJS.Signals | null;
}

/**
 * `budget-plan …` in `cwd` as a child process with a 1 GB heap (`heapFlag: false`: without the flag, so
 * that the worker threads' own heap limits apply). `fileSizeLimitKb` runs it under
 * `ulimit -f` (writes beyond that size fail), to make a write really fail.
 */
export function runCli(cwd: string, args: string[], opts: { fileSizeLimitKb?: number; env?: Record<string, string>; heapFlag?: boolean } = {}): Run {
  const peakFile = join(cwd, `.peak-${process.pid}-${Date.now()}`);
  // V8's --max-old-space-size applies to every thread and overrides the workers' own heap limits
  const heap = opts.heapFlag === false ? [] : ["--max-old-space-size=1024"];
  const node = [process.execPath, ...heap, "--require", PEAK, BIN, ...args];
  const quoted = node.map((a) => `'${a.replace(/'/g, "'\\''")}'`).join(" ");
  const cmd = opts.fileSizeLimitKb ? ["bash", "-c", `ulimit -f ${opts.fileSizeLimitKb}; exec ${quoted}`] : node;
  const r = spawnSync(cmd[0], cmd.slice(1), {
    cwd,
    encoding: "utf8",
    env: { ...process.env, BUDGET_PLAN_LANG: "", PEAK_FILE: peakFile, ...opts.env },
    timeout: 300_000,
    killSignal: "SIGKILL",
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.error) throw r.error;
  const peakKb = existsSync(peakFile) ? Number(readFileSync(peakFile, "utf8")) : NaN;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr, peakMb: peakKb / 1024, signal: r.signal };
}

/** Files in a folder other than the peak-memory records (to see that no temporary file is left). */
export function listed(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => !f.startsWith(".peak-"))
    .sort();
}

/** The seed example as our writer makes it (FY2560, mistakes included). */
export async function seedWorkbook(lang: "th" | "en" = "en"): Promise<Buffer> {
  return specToBuffer(buildWorkbookSpec(seedPlan(), { lang }));
}

/** The part name of a sheet, from the workbook part and its relationships. */
async function sheetPath(zip: JSZip, sheet: string): Promise<string> {
  const wb = await zip.file("xl/workbook.xml")!.async("string");
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const esc = sheet.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const id = new RegExp(`<sheet [^>]*name="${esc}"[^>]*r:id="([^"]+)"`).exec(wb)?.[1];
  if (!id) throw new Error(`no sheet ${sheet}`);
  const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(rels);
  const t = target?.[1] ?? target?.[2];
  if (!t) throw new Error(`no part for ${sheet}`);
  return t.startsWith("/") ? t.slice(1) : `xl/${t}`;
}

/** Change the XML of one sheet. */
export async function editSheet(buf: Buffer, sheet: string, edit: (xml: string) => string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  const path = await sheetPath(zip, sheet);
  zip.file(path, edit(await zip.file(path)!.async("string")));
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Add a sheet with the given <sheetData> content. */
export async function addSheet(buf: Buffer, name: string, sheetData: string): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  let wb = await zip.file("xl/workbook.xml")!.async("string");
  let rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  let types = await zip.file("[Content_Types].xml")!.async("string");
  const n = (wb.match(/<sheet /g) ?? []).length + 1;
  wb = wb.replace("</sheets>", `<sheet name="${name}" sheetId="${100 + n}" r:id="rIdX${n}"/></sheets>`);
  rels = rels.replace("</Relationships>", `<Relationship Id="rIdX${n}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/extra${n}.xml"/></Relationships>`);
  types = types.replace("</Types>", `<Override PartName="/xl/worksheets/extra${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`);
  zip.file("xl/workbook.xml", wb);
  zip.file("xl/_rels/workbook.xml.rels", rels);
  zip.file("[Content_Types].xml", types);
  zip.file(
    `xl/worksheets/extra${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${sheetData}</sheetData></worksheet>`,
  );
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}

/** Rows of numbers: `rows` × `cols` filled cells (as a data dump would be), from row `firstRow`. */
export function numberGrid(rows: number, cols: number, firstRow = 1): string {
  const parts: string[] = [];
  for (let r = firstRow; r < firstRow + rows; r++) {
    let row = `<row r="${r}">`;
    for (let c = 0; c < cols; c++) row += `<c r="${colName(c + 1)}${r}"><v>${(r * 7 + c) % 1000}</v></c>`;
    parts.push(row + "</row>");
  }
  return parts.join("");
}

export function colName(n: number): string {
  let s = "";
  while (n > 0) {
    const m = (n - 1) % 26;
    s = String.fromCharCode(65 + m) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

// ---------------------------------------------------------------------------------------------
// Zip archives written by hand, for what no honest writer produces (sizes that lie, bombs).

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[i] = c >>> 0;
  }
  return t;
})();

function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

export interface RawEntry {
  name: string;
  /** Deflated bytes (method 8). */
  deflated: Buffer;
  /** Unpacked size written in the headers (may lie). */
  declaredSize: number;
  crc?: number;
}

/** A deflate stream that unpacks to `pieces` × `piece` bytes of `fill`, made without ever holding them. */
export function deflateRepeated(prefix: string, fill: string, pieceBytes: number, pieces: number, suffix: string): Buffer {
  const flush = { finishFlush: constants.Z_SYNC_FLUSH };
  const head = deflateRawSync(Buffer.from(prefix), flush);
  const piece = deflateRawSync(Buffer.alloc(pieceBytes, fill), flush);
  const tail = deflateRawSync(Buffer.from(suffix));
  return Buffer.concat([head, ...new Array<Buffer>(pieces).fill(piece), tail]);
}

/** All entries of an .xlsx, deflated, with honest sizes. */
export async function entriesOf(buf: Buffer): Promise<RawEntry[]> {
  const zip = await JSZip.loadAsync(buf);
  const out: RawEntry[] = [];
  for (const name of Object.keys(zip.files)) {
    if (zip.files[name].dir) continue;
    const data = await zip.file(name)!.async("nodebuffer");
    out.push({ name, deflated: deflateRawSync(data), declaredSize: data.length, crc: crc32(data) });
  }
  return out;
}

/** A zip archive of raw entries (sizes and CRCs as given). */
export function writeZip(entries: RawEntry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, "utf8");
    const h = Buffer.alloc(30);
    h.writeUInt32LE(0x04034b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(0x800, 6);
    h.writeUInt16LE(8, 8);
    h.writeUInt32LE(e.crc ?? 0, 14);
    h.writeUInt32LE(e.deflated.length, 18);
    h.writeUInt32LE(Math.min(e.declaredSize, 0xfffffffe), 22);
    h.writeUInt16LE(name.length, 26);
    locals.push(h, name, e.deflated);
    const c = Buffer.alloc(46);
    c.writeUInt32LE(0x02014b50, 0);
    c.writeUInt16LE(20, 4);
    c.writeUInt16LE(20, 6);
    c.writeUInt16LE(0x800, 8);
    c.writeUInt16LE(8, 10);
    c.writeUInt32LE(e.crc ?? 0, 16);
    c.writeUInt32LE(e.deflated.length, 20);
    c.writeUInt32LE(Math.min(e.declaredSize, 0xfffffffe), 24);
    c.writeUInt16LE(name.length, 28);
    c.writeUInt32LE(offset, 42);
    centrals.push(c, name);
    offset += 30 + name.length + e.deflated.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

/** Put a text (inline string) into one cell of a sheet's XML, replacing what the cell held. */
export function setCellText(xml: string, ref: string, text: string): string {
  const esc = text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const cell = new RegExp(`<c r="${ref}"( s="\\d+")?[^>]*?(/>|>.*?</c>)`);
  const m = cell.exec(xml);
  if (!m) throw new Error(`no cell ${ref}`);
  return xml.replace(cell, `<c r="${ref}"${m[1] ?? ""} t="inlineStr"><is><t>${esc}</t></is></c>`);
}

/**
 * Inputs kept in one folder with their hashes, and the checks every CLI run must pass: it ended by itself,
 * with no stack trace, under 1 GB, every input untouched.
 */
export function inputsIn(dir: string): { hashes: Map<string, string>; put: (name: string, data: Buffer | string) => string; sane: (r: Run) => void } {
  const hashes = new Map<string, string>();
  const put = (name: string, data: Buffer | string): string => {
    const p = join(dir, name);
    writeFileSync(p, data);
    hashes.set(name, sha(p));
    return name;
  };
  const sane = (r: Run): void => {
    expect(r.signal).toBeNull();
    expect([0, 1, 2]).toContain(r.code);
    expect(r.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/); // no stack trace
    expect(r.stderr).not.toMatch(/internal error|ข้อผิดพลาดภายใน|heap out of memory/i);
    expect(r.peakMb).toBeLessThanOrEqual(1024);
    for (const [name, hash] of hashes) expect(sha(join(dir, name))).toBe(hash);
  };
  return { hashes, put, sane };
}
