/**
 * A zip package written again with some entries replaced or left out (the patch writer of `fix`):
 * every other entry is copied byte for byte — its local header, packed data and data descriptor, and
 * its central directory record (only the offset of its local header changes). Replaced entries are
 * packed anew with Node's zlib (deflate), keeping their name, time stamp and flags.
 */
import { crc32 as zlibCrc32, deflateRawSync } from "zlib";
import { ZipFormatError } from "./zip";

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const DESCRIPTOR = 0x08074b50;

let table: Int32Array | undefined;

/** CRC-32 of the data (zlib's own when this Node has it). */
export function crc32(data: Buffer): number {
  if (typeof zlibCrc32 === "function") return zlibCrc32(data) >>> 0;
  if (!table) {
    table = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c;
    }
  }
  let crc = -1;
  for (let i = 0; i < data.length; i++) crc = table[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}

function findEocd(buf: Buffer): number {
  const min = Math.max(0, buf.length - 65557);
  for (let i = buf.length - 22; i >= min; i--) if (buf.readUInt32LE(i) === EOCD) return i;
  return -1;
}

interface CentralRecord {
  /** The whole record, as stored. */
  raw: Buffer;
  name: string;
  flags: number;
  compressedSize: number;
  localOffset: number;
}

function centralRecords(buf: Buffer): { records: CentralRecord[]; comment: Buffer } {
  const eocd = findEocd(buf);
  if (eocd < 0) throw new ZipFormatError("no zip directory");
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw new ZipFormatError("zip64 packages are not rewritten");
  if (cdOffset + cdSize > buf.length) throw new ZipFormatError("zip directory outside the file");
  const comment = buf.subarray(eocd + 22, eocd + 22 + buf.readUInt16LE(eocd + 20));
  const records: CentralRecord[] = [];
  let p = cdOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > buf.length || buf.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError("broken zip directory");
    const flags = buf.readUInt16LE(p + 8);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const len = 46 + nameLen + buf.readUInt16LE(p + 30) + buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    if (compressedSize === 0xffffffff || size === 0xffffffff || localOffset === 0xffffffff) throw new ZipFormatError("zip64 packages are not rewritten");
    if (p + len > buf.length) throw new ZipFormatError("broken zip directory");
    const name = buf.toString(flags & 0x800 ? "utf8" : "latin1", p + 46, p + 46 + nameLen).replace(/\\/g, "/");
    records.push({ raw: buf.subarray(p, p + len), name, flags, compressedSize, localOffset });
    p += len;
  }
  return { records, comment };
}

/** The stored bytes of an entry: local header, packed data and data descriptor. */
function localBlock(buf: Buffer, r: CentralRecord): Buffer {
  const at = r.localOffset;
  if (at + 30 > buf.length || buf.readUInt32LE(at) !== LOCAL) throw new ZipFormatError(`broken entry ${r.name}`);
  let end = at + 30 + buf.readUInt16LE(at + 26) + buf.readUInt16LE(at + 28) + r.compressedSize;
  if (r.flags & 0x8) end += end + 4 <= buf.length && buf.readUInt32LE(end) === DESCRIPTOR ? 16 : 12;
  if (end > buf.length) throw new ZipFormatError(`entry ${r.name} is cut short`);
  return buf.subarray(at, end);
}

/**
 * The package `buf` with the entries named in `replace` holding new contents and those in `drop` left
 * out (names as stored, compared without case). Entries keep their order.
 */
export function rewriteZip(buf: Buffer, replace: Map<string, Buffer>, drop: Set<string> = new Set()): Buffer {
  const key = (n: string) => n.replace(/^\//, "").toLowerCase();
  const newContents = new Map([...replace].map(([n, b]) => [key(n), b]));
  const dropped = new Set([...drop].map(key));
  const { records, comment } = centralRecords(buf);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  let count = 0;
  for (const r of records) {
    const k = key(r.name);
    if (dropped.has(k)) continue;
    const content = newContents.get(k);
    let local: Buffer;
    let central: Buffer;
    if (!content) {
      local = localBlock(buf, r);
      central = Buffer.from(r.raw);
    } else {
      if (r.flags & 0x1) throw new ZipFormatError(`entry ${r.name} is encrypted`);
      // big parts are packed faster: a 50,000-line budget sheet is 80 MB of XML
      const packed = deflateRawSync(content, { level: content.length > 8 * 1024 * 1024 ? 1 : 6 });
      const crc = crc32(content);
      const nameLen = r.raw.readUInt16LE(28);
      const flags = r.flags & ~0x8;
      const head = Buffer.alloc(30);
      head.writeUInt32LE(LOCAL, 0);
      head.writeUInt16LE(Math.max(20, r.raw.readUInt16LE(6) & 0xff), 4);
      head.writeUInt16LE(flags, 6);
      head.writeUInt16LE(8, 8);
      head.writeUInt16LE(r.raw.readUInt16LE(12), 10); // time
      head.writeUInt16LE(r.raw.readUInt16LE(14), 12); // date
      head.writeUInt32LE(crc, 14);
      head.writeUInt32LE(packed.length, 18);
      head.writeUInt32LE(content.length, 22);
      head.writeUInt16LE(nameLen, 26);
      head.writeUInt16LE(0, 28);
      local = Buffer.concat([head, r.raw.subarray(46, 46 + nameLen), packed]);
      central = Buffer.from(r.raw);
      central.writeUInt16LE(flags, 8);
      central.writeUInt16LE(8, 10);
      central.writeUInt32LE(crc, 16);
      central.writeUInt32LE(packed.length, 20);
      central.writeUInt32LE(content.length, 24);
    }
    if (offset > 0xfffffffe) throw new ZipFormatError("the package would need zip64");
    central.writeUInt32LE(offset, 42);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
    count++;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(EOCD, 0);
  end.writeUInt16LE(count, 8);
  end.writeUInt16LE(count, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  end.writeUInt16LE(comment.length, 20);
  return Buffer.concat([...locals, cd, end, comment]);
}
