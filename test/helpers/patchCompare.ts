/**
 * Comparing a package `fix` wrote with the one it read (the patch writer's promises): which zip entries
 * differ, and whether a worksheet part is the same bytes once the edited cells' elements are taken out.
 */
import { ZipPackage, type ZipEntry } from "../../src/adapters/xlsx/zip";
import { openPackage } from "../../src/adapters/xlsx/package";

const open = (buf: Buffer) => new ZipPackage(buf, { entry: 1 << 29, total: 1 << 30 });

/** The packed bytes of an entry, as stored. */
function packed(buf: Buffer, e: ZipEntry): Buffer {
  const start = e.localOffset + 30 + buf.readUInt16LE(e.localOffset + 26) + buf.readUInt16LE(e.localOffset + 28);
  return buf.subarray(start, start + e.compressedSize);
}

/** Entry names of both packages, and those whose unpacked contents differ (entries kept are also compared packed). */
export function zipDiff(before: Buffer, after: Buffer): { names: [string[], string[]]; differ: string[]; repacked: string[] } {
  const a = open(before);
  const b = open(after);
  const differ: string[] = [];
  const repacked: string[] = [];
  for (const e of b.entries) {
    const old = a.entry(e.name);
    if (!old) continue;
    if (!a.read(e.name)!.equals(b.read(e.name)!)) differ.push(e.name);
    else if (!packed(before, old).equals(packed(after, e))) repacked.push(e.name);
  }
  return { names: [a.entries.map((e) => e.name).sort(), b.entries.map((e) => e.name).sort()], differ: differ.sort(), repacked };
}

/** Unpacked entry of a package. */
export function entry(buf: Buffer, name: string): Buffer {
  return open(buf).read(name)!;
}

/** Sheet name → worksheet part. */
export function sheetParts(buf: Buffer): Map<string, string> {
  return new Map(openPackage(buf, "(test)").sheets.filter((s) => s.path).map((s) => [s.name, s.path!]));
}

/**
 * The part without the <c> elements of `refs` (cells in document order: row by row, column by column),
 * each found after the one before: "<c r="J8"" up to its "</c>" or "/>".
 */
export function withoutCells(xml: Buffer, refs: string[]): Buffer {
  const out: Buffer[] = [];
  let from = 0;
  for (const ref of refs) {
    const start = xml.indexOf(`<c r="${ref}"`, from);
    if (start < 0) continue; // a cell the edit inserted (absent before) or one it left out
    const gt = xml.indexOf(">", start);
    const end = xml[gt - 1] === 0x2f ? gt + 1 : xml.indexOf("</c>", gt) + 4;
    out.push(xml.subarray(from, start));
    from = end;
  }
  out.push(xml.subarray(from));
  return Buffer.concat(out);
}

/** "J8" → [8, 10], for sorting cells in document order. */
export function docOrder(a: string, b: string): number {
  const key = (r: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(r)!;
    return [Number(m[2]), m[1].length, m[1]] as const;
  };
  const [x, y] = [key(a), key(b)];
  return x[0] - y[0] || x[1] - y[1] || (x[2] < y[2] ? -1 : x[2] > y[2] ? 1 : 0);
}

/** The cells `fix` lists on stdout ("  - งบประมาณ!J8: 13,000 → =PRODUCT(E8,F8,H8)"): sheet → cell → what it wrote. */
export function fixedCells(stdout: string): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const m of stdout.matchAll(/^ {2}- (.+?)!([A-Z]+\d+): .*? → (.*?)(?: {2}\(.*)?$/gm)) {
    if (!out.has(m[1])) out.set(m[1], new Map());
    out.get(m[1])!.set(m[2], m[3]);
  }
  return out;
}
