/**
 * Bytes of a text document → text. UTF-8 unless the bytes clearly are not: a BOM decides (UTF-8,
 * UTF-16LE, UTF-16BE); UTF-16 without a BOM is recognised by its zero bytes; a file whose non-ASCII
 * bytes are mostly not valid UTF-8 is Windows-874 (TIS-620, what Thai Windows saves as "ANSI").
 * One stray byte in a UTF-8 file does not turn the whole file into Windows-874: it becomes U+FFFD and
 * the line that holds it is reported (see `hasUndecodable`).
 *
 * Pure: takes a Uint8Array (a Node Buffer is one), no fs.
 */

export type TextEncodingName = "utf-8" | "utf-16le" | "utf-16be" | "windows-874";

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether a byte order mark was present. */
  bom: boolean;
}

/** Decodes bytes as described above. */
export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  const b = bytes;
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) {
    return { text: new TextDecoder("utf-8").decode(b.subarray(3)), encoding: "utf-8", bom: true };
  }
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return { text: new TextDecoder("utf-16le").decode(b.subarray(2)), encoding: "utf-16le", bom: true };
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return { text: new TextDecoder("utf-16be").decode(b.subarray(2)), encoding: "utf-16be", bom: true };
  const utf16 = utf16WithoutBom(b);
  if (utf16) return { text: new TextDecoder(utf16).decode(b), encoding: utf16, bom: false };
  const stats = utf8Stats(b);
  if (stats.invalid > 0 && stats.invalid * 4 > stats.valid) {
    // mostly not UTF-8: the bytes are a single-byte Thai encoding
    return { text: new TextDecoder("windows-874").decode(b), encoding: "windows-874", bom: false };
  }
  return { text: new TextDecoder("utf-8").decode(b), encoding: "utf-8", bom: false };
}

/** The text of `decodeTextBytes`. */
export function decodeText(bytes: Uint8Array): string {
  return decodeTextBytes(bytes).text;
}

/**
 * UTF-16 without a BOM: text is mostly ASCII or Thai, so one byte of each pair is (nearly) always
 * 0x00 (ASCII) or 0x0E (Thai). Decided on the first 4 KiB.
 */
function utf16WithoutBom(b: Uint8Array): "utf-16le" | "utf-16be" | undefined {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 4) return undefined;
  let evenZero = 0;
  let oddZero = 0;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) evenZero++;
    if (b[i + 1] === 0) oddZero++;
    if (b[i] === 0 || b[i] === 0x0e || b[i] === 0x20) evenHigh++;
    if (b[i + 1] === 0 || b[i + 1] === 0x0e || b[i + 1] === 0x20) oddHigh++;
  }
  const pairs = n / 2;
  // ASCII in UTF-16LE has the zero in the odd byte; the zeros must be many, not a few stray NULs
  if (oddZero > pairs * 0.2 && oddHigh > pairs * 0.9 && evenZero < pairs * 0.1) return "utf-16le";
  if (evenZero > pairs * 0.2 && evenHigh > pairs * 0.9 && oddZero < pairs * 0.1) return "utf-16be";
  return undefined;
}

/** Counts valid multi-byte UTF-8 sequences and invalid bytes. */
function utf8Stats(b: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  let i = 0;
  const cont = (k: number) => k < b.length && (b[k] & 0xc0) === 0x80;
  while (i < b.length) {
    const c = b[i];
    if (c < 0x80) {
      i++;
      continue;
    }
    let len = 0;
    if (c >= 0xc2 && c <= 0xdf) len = 2;
    else if (c >= 0xe0 && c <= 0xef) len = 3;
    else if (c >= 0xf0 && c <= 0xf4) len = 4;
    let ok = len > 0;
    for (let k = 1; ok && k < len; k++) ok = cont(i + k);
    if (ok) {
      valid++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { valid, invalid };
}
