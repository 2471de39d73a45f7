/**
 * A small, defensive zip reader for .xlsx packages: it reads the central directory, checks the sizes
 * each entry declares before unpacking anything, and unpacks only the entries asked for, each with a
 * hard cap on its unpacked size (a zip bomb stops at the cap instead of filling memory).
 * Node's zlib does the inflating; nothing else is loaded.
 */
import { inflateRawSync } from "zlib";

export interface ZipEntry {
  /** Name as stored, with "\" turned into "/". */
  name: string;
  method: number;
  flags: number;
  compressedSize: number;
  /** Unpacked size as the central directory declares it (may lie; unpacking enforces the caps anyway). */
  size: number;
  localOffset: number;
}

export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ZipFormatError";
  }
}

/** An entry (or the entries together) unpack to more than the caps allow. */
export class ZipTooLargeError extends Error {
  constructor(
    readonly entry: string,
    readonly limit: number,
  ) {
    super(`${entry} unpacks to more than ${limit} bytes`);
    this.name = "ZipTooLargeError";
  }
}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const MAX_ENTRIES = 65535;

function findEocd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 65557);
  for (let i = buf.length - 22; i >= min; i--) {
    if (buf.readUInt32LE(i) === EOCD) return i;
  }
  return -1;
}

function readU64(buf: Buffer, at: number): number {
  // Two 32-bit halves, not readBigUInt64LE: the source check keeps BigInt out of everything under src/.
  const lo = buf.readUInt32LE(at);
  const hi = buf.readUInt32LE(at + 4);
  if (hi > 0x1fffff) throw new ZipFormatError("size out of range");
  return hi * 0x100000000 + lo;
}

/** The entries of a zip archive, from its central directory. Throws ZipFormatError when there is none. */
export function listEntries(buf: Buffer): ZipEntry[] {
  if (buf.length < 22) throw new ZipFormatError("too short for a zip archive");
  const eocd = findEocd(buf);
  if (eocd < 0) throw new ZipFormatError("no zip directory (the file is cut short or not a zip archive)");
  let count = buf.readUInt16LE(eocd + 10);
  let cdSize = buf.readUInt32LE(eocd + 12);
  let cdOffset = buf.readUInt32LE(eocd + 16);
  if ((count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) && eocd >= 20 && buf.readUInt32LE(eocd - 20) === EOCD64_LOCATOR) {
    const at = readU64(buf, eocd - 20 + 8);
    if (at + 56 > buf.length || buf.readUInt32LE(at) !== EOCD64) throw new ZipFormatError("bad zip64 directory");
    count = readU64(buf, at + 32);
    cdSize = readU64(buf, at + 40);
    cdOffset = readU64(buf, at + 48);
  }
  if (count > MAX_ENTRIES) throw new ZipFormatError(`too many entries (${count})`);
  if (cdOffset + cdSize > buf.length) throw new ZipFormatError("zip directory outside the file (cut short?)");
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError("broken zip directory");
    const flags = buf.readUInt16LE(p + 8);
    const method = buf.readUInt16LE(p + 10);
    let compressedSize = buf.readUInt32LE(p + 20);
    let size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    let localOffset = buf.readUInt32LE(p + 42);
    const nameEnd = p + 46 + nameLen;
    if (nameEnd + extraLen + commentLen > buf.length) throw new ZipFormatError("broken zip directory");
    const name = buf.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, nameEnd).replace(/\\/g, "/");
    // zip64 extra field: the 64-bit values, in order, of the fields stored as 0xFFFFFFFF
    let x = nameEnd;
    while (x + 4 <= nameEnd + extraLen) {
      const id = buf.readUInt16LE(x);
      const len = buf.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let q = x + 4;
        if (size === 0xffffffff && q + 8 <= x + 4 + len) {
          size = readU64(buf, q);
          q += 8;
        }
        if (compressedSize === 0xffffffff && q + 8 <= x + 4 + len) {
          compressedSize = readU64(buf, q);
          q += 8;
        }
        if (localOffset === 0xffffffff && q + 8 <= x + 4 + len) localOffset = readU64(buf, q);
      }
      x += 4 + len;
    }
    entries.push({ name, method, flags, compressedSize, size, localOffset });
    p = nameEnd + extraLen + commentLen;
  }
  return entries;
}

/** The packed bytes of an entry. */
function packedData(buf: Buffer, e: ZipEntry): Buffer {
  const at = e.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) throw new ZipFormatError(`broken entry ${e.name}`);
  const start = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) throw new ZipFormatError(`entry ${e.name} is cut short`);
  return buf.subarray(start, end);
}

/**
 * Unpack one entry, never producing more than `limit` bytes: the declared size is checked first, and
 * inflating stops at the limit whatever the entry declared.
 */
export function unpackEntry(buf: Buffer, e: ZipEntry, limit: number): Buffer {
  if (e.flags & 0x1) throw new ZipFormatError(`entry ${e.name} is encrypted`);
  if (e.size > limit) throw new ZipTooLargeError(e.name, limit);
  const data = packedData(buf, e);
  if (e.method === 0) {
    if (data.length > limit) throw new ZipTooLargeError(e.name, limit);
    return data;
  }
  if (e.method !== 8) throw new ZipFormatError(`entry ${e.name} uses an unsupported compression method (${e.method})`);
  try {
    // maxOutputLength must be ≥ 1
    return inflateRawSync(data, { maxOutputLength: Math.max(1, limit) });
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === "ERR_BUFFER_TOO_LARGE" || err instanceof RangeError) throw new ZipTooLargeError(e.name, limit);
    throw new ZipFormatError(`entry ${e.name} cannot be unpacked (${code ?? (err as Error).message})`);
  }
}

/** Entries by name, case-insensitively (some writers vary the case of part names). */
export class ZipPackage {
  readonly entries: ZipEntry[];
  private readonly byName = new Map<string, ZipEntry>();
  private unpacked = 0;

  constructor(
    readonly buf: Buffer,
    readonly limits: { entry: number; total: number },
  ) {
    this.entries = listEntries(buf);
    for (const e of this.entries) this.byName.set(e.name.replace(/^\//, "").toLowerCase(), e);
  }

  entry(name: string): ZipEntry | undefined {
    return this.byName.get(name.replace(/^\//, "").toLowerCase());
  }

  has(name: string): boolean {
    return this.entry(name) !== undefined;
  }

  /** Unpack an entry under the per-entry cap and what is left of the total cap; undefined when absent. */
  read(name: string): Buffer | undefined {
    const e = this.entry(name);
    if (!e) return undefined;
    const left = this.limits.total - this.unpacked;
    const limit = Math.min(this.limits.entry, left);
    if (e.size > limit) throw new ZipTooLargeError(e.name, limit);
    const out = unpackEntry(this.buf, e, limit);
    this.unpacked += out.length;
    return out;
  }

  /** Unpack an entry only to measure it (not counted in the total, nothing kept); at most `limit` bytes. */
  readEntryCounting(e: ZipEntry, limit: number): number {
    return unpackEntry(this.buf, e, limit).length;
  }

  /** Total of the sizes every entry declares. */
  declaredTotal(): number {
    return this.entries.reduce((n, e) => n + e.size, 0);
  }
}
