/**
 * A minimal pull scanner over the bytes of an XML part, for the few elements the .xlsx reader needs.
 * It never builds a tree and never turns the whole part into one string: tag names and the text of
 * wanted elements are decoded one at a time. Namespace prefixes are dropped ("x:c" → "c"). Document
 * type declarations are refused (no entity expansion at all); only the five predefined entities and
 * character references are decoded.
 */
import { cutAt } from "../../core/clipCut";

export class XmlError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "XmlError";
  }
}

const LT = 0x3c;
const GT = 0x3e;
const SLASH = 0x2f;
const QUOTE = 0x22;
const APOS = 0x27;
const BANG = 0x21;
const QMARK = 0x3f;

export interface XmlTag {
  /** Local name (prefix dropped). */
  name: string;
  close: boolean;
  selfClosing: boolean;
  /** Byte range of the attribute text. */
  attrStart: number;
  attrEnd: number;
  /** Byte offset of "<" and just after ">". */
  start: number;
  end: number;
}

function startsWith(buf: Buffer, text: string, at: number): boolean {
  if (at + text.length > buf.length) return false;
  for (let i = 0; i < text.length; i++) if (buf[at + i] !== text.charCodeAt(i)) return false;
  return true;
}

/** The names a worksheet and the shared strings repeat for every cell, as constants (no string per tag). */
const COMMON_NAMES: Record<number, string> = { 0x63: "c", 0x76: "v", 0x66: "f", 0x74: "t" };

function tagName(buf: Buffer, from: number, to: number): string {
  const n = to - from;
  if (n === 1) return COMMON_NAMES[buf[from]] ?? buf.toString("latin1", from, to);
  if (n === 2 && buf[from] === 0x73 && buf[from + 1] === 0x69) return "si";
  if (n === 2 && buf[from] === 0x69 && buf[from + 1] === 0x73) return "is";
  if (n === 3 && buf[from] === 0x72 && buf[from + 1] === 0x6f && buf[from + 2] === 0x77) return "row";
  return buf.toString("latin1", from, to);
}

function isNameEnd(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === SLASH || b === GT;
}

export class XmlScanner {
  private pos = 0;

  constructor(readonly buf: Buffer) {}

  /** Where the next tag is looked for (a caller that reads some elements itself moves it on). */
  get position(): number {
    return this.pos;
  }

  set position(at: number) {
    this.pos = at;
  }

  /** The next start or end tag; null at the end. Comments, processing instructions and CDATA are skipped. */
  next(): XmlTag | null {
    const buf = this.buf;
    for (;;) {
      const lt = buf.indexOf(LT, this.pos);
      if (lt < 0 || lt + 1 >= buf.length) return null;
      const b1 = buf[lt + 1];
      if (b1 === BANG) {
        if (startsWith(buf, "<!--", lt)) {
          const end = buf.indexOf("-->", lt + 4);
          if (end < 0) throw new XmlError("unterminated comment");
          this.pos = end + 3;
          continue;
        }
        if (startsWith(buf, "<![CDATA[", lt)) {
          const end = buf.indexOf("]]>", lt + 9);
          if (end < 0) throw new XmlError("unterminated CDATA");
          this.pos = end + 3;
          continue;
        }
        throw new XmlError("document type declarations are not accepted");
      }
      if (b1 === QMARK) {
        const end = buf.indexOf("?>", lt + 2);
        if (end < 0) throw new XmlError("unterminated processing instruction");
        this.pos = end + 2;
        continue;
      }
      const close = b1 === SLASH;
      let i = close ? lt + 2 : lt + 1;
      const nameStart = i;
      let colon = -1;
      while (i < buf.length && !isNameEnd(buf[i])) {
        if (buf[i] === 0x3a) colon = i;
        i++;
      }
      const name = tagName(buf, colon >= 0 ? colon + 1 : nameStart, i);
      const attrStart = i;
      // find ">" outside quoted attribute values
      let quote = 0;
      while (i < buf.length) {
        const b = buf[i];
        if (quote) {
          if (b === quote) quote = 0;
        } else if (b === QUOTE || b === APOS) quote = b;
        else if (b === GT) break;
        i++;
      }
      if (i >= buf.length) throw new XmlError("unterminated tag");
      const selfClosing = buf[i - 1] === SLASH;
      this.pos = i + 1;
      return { name, close, selfClosing, attrStart, attrEnd: selfClosing ? i - 1 : i, start: lt, end: i + 1 };
    }
  }

  /**
   * The text content from just after `open` to the end tag of the same name (nested markup removed,
   * entities and CDATA decoded). Moves past that end tag.
   */
  textUntilClose(open: XmlTag, maxChars = Infinity): string {
    if (open.selfClosing) return "";
    const buf = this.buf;
    // The common case (<v>123</v>, <t>text</t>): plain text, then the end tag without a prefix.
    const first = buf.indexOf(LT, open.end);
    if (first >= 0 && buf[first + 1] === SLASH) {
      const name = open.name;
      const at = first + 2;
      let same = at + name.length < buf.length && buf[at + name.length] === GT;
      for (let k = 0; same && k < name.length; k++) same = buf[at + k] === name.charCodeAt(k);
      if (same) {
        const text = decodeText(buf.toString("utf8", open.end, first));
        this.pos = at + name.length + 1;
        return text.length > maxChars ? cutAt(text, maxChars) : text;
      }
    }
    let depth = 0;
    let out = "";
    let from = open.end;
    for (;;) {
      const lt = buf.indexOf(LT, from);
      if (lt < 0) throw new XmlError(`unterminated <${open.name}>`);
      if (out.length < maxChars) out += decodeText(buf.toString("utf8", from, lt));
      if (startsWith(buf, "<![CDATA[", lt)) {
        const end = buf.indexOf("]]>", lt + 9);
        if (end < 0) throw new XmlError("unterminated CDATA");
        if (out.length < maxChars) out += buf.toString("utf8", lt + 9, end);
        from = end + 3;
        continue;
      }
      this.pos = lt;
      const tag = this.next();
      if (!tag) throw new XmlError(`unterminated <${open.name}>`);
      from = this.pos;
      if (tag.name === open.name) {
        if (tag.close) {
          if (depth === 0) return out.length > maxChars ? cutAt(out, maxChars) : out;
          depth--;
        } else if (!tag.selfClosing) depth++;
      }
    }
  }

  /** Skip to just after the end tag matching `open` (nested elements of the same name counted). */
  skip(open: XmlTag): void {
    if (open.selfClosing) return;
    let depth = 0;
    for (;;) {
      const tag = this.next();
      if (!tag) throw new XmlError(`unterminated <${open.name}>`);
      if (tag.name !== open.name) continue;
      if (tag.close) {
        if (depth === 0) return;
        depth--;
      } else if (!tag.selfClosing) depth++;
    }
  }

  /** Attributes of a tag (prefixes dropped from names, values decoded). */
  attrs(tag: XmlTag): Record<string, string> {
    return plainAttrs(this.buf, tag.attrStart, tag.attrEnd) ?? parseAttrs(this.buf.toString("utf8", tag.attrStart, tag.attrEnd));
  }
}

const isSpace = (b: number) => b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d;
const EQ = 0x3d;
const AMP = 0x26;

/** Attribute names a worksheet repeats on every row and cell, as constants (no string per attribute). */
function attrName(buf: Buffer, from: number, to: number): string {
  if (to - from === 1) {
    const b = buf[from];
    if (b === 0x72) return "r";
    if (b === 0x73) return "s";
    if (b === 0x74) return "t";
  }
  return buf.toString("latin1", from, to);
}

/**
 * The attributes of the common case read straight from the bytes: ASCII only, `name="value"` pairs
 * separated by white space, no entity or character reference. Gives what parseAttrs gives for such text;
 * undefined for anything else (parseAttrs then reads it).
 */
function plainAttrs(buf: Buffer, from: number, to: number): Record<string, string> | undefined {
  const out: Record<string, string> = {};
  let i = from;
  for (;;) {
    while (i < to && isSpace(buf[i])) i++;
    if (i >= to) return out;
    const nameStart = i;
    let colon = -1;
    for (; i < to; i++) {
      const b = buf[i];
      if (b === EQ || isSpace(b)) break;
      if (b >= 0x80 || b === QUOTE || b === APOS || b === AMP || b === LT || b === GT || b === 0x0b || b === 0x0c) return undefined;
      if (b === 0x3a && colon < 0) colon = i;
    }
    if (i === nameStart) return undefined;
    const nameEnd = i;
    while (i < to && isSpace(buf[i])) i++;
    if (buf[i] !== EQ) return undefined;
    i++;
    while (i < to && isSpace(buf[i])) i++;
    const q = buf[i];
    if (i >= to || (q !== QUOTE && q !== APOS)) return undefined;
    const valueStart = ++i;
    for (; i < to && buf[i] !== q; i++) {
      const b = buf[i];
      if (b >= 0x80 || b === AMP) return undefined;
    }
    if (i >= to) return undefined;
    const value = valueStart === i ? "" : buf.toString("latin1", valueStart, i);
    i++;
    // as parseAttrs: a prefix is dropped (from the first colon), except on namespace declarations
    const prefixed = colon >= 0 && !(nameEnd - nameStart >= 5 && buf.toString("latin1", nameStart, nameStart + 5) === "xmlns");
    out[prefixed ? attrName(buf, colon + 1, nameEnd) : attrName(buf, nameStart, nameEnd)] = value;
  }
}

const ATTR_RE = /([^\s=]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

export function parseAttrs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTR_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = ATTR_RE.exec(text))) {
    const raw = m[1];
    const colon = raw.indexOf(":");
    const key = colon >= 0 && !raw.startsWith("xmlns") ? raw.slice(colon + 1) : raw;
    out[key] = decodeText(m[2] ?? m[3] ?? "");
  }
  return out;
}

const NAMED = new Map([
  ["lt", "<"],
  ["gt", ">"],
  ["amp", "&"],
  ["quot", '"'],
  ["apos", "'"],
]);

/** Decode the predefined entities and character references; anything else is left as written. */
export function decodeText(s: string): string {
  let amp = s.indexOf("&");
  if (amp < 0) return s;
  let out = "";
  let from = 0;
  while (amp >= 0) {
    const semi = s.indexOf(";", amp + 1);
    if (semi < 0) break;
    const rep = entity(s, amp + 1, semi);
    if (rep === undefined) {
      amp = s.indexOf("&", amp + 1);
      continue;
    }
    out += s.slice(from, amp) + rep;
    from = semi + 1;
    amp = s.indexOf("&", from);
  }
  return out + s.slice(from);
}

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const isLetter = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/**
 * The text of the reference between "&" and ";" (s[from..to)): "#x" and 1–6 hex digits, "#" and 1–7
 * digits (outside Unicode: ""), or a name (the five predefined ones decoded, any other left as written);
 * undefined when it is not a reference at all.
 */
function entity(s: string, from: number, to: number): string | undefined {
  const n = to - from;
  if (n < 1) return undefined;
  if (s.charCodeAt(from) === 0x23) {
    let digits: (c: number) => boolean = isDigit;
    let start = from + 1;
    let max = 7;
    if (s.charCodeAt(start) === 0x78) {
      digits = isHex;
      start++;
      max = 6;
    }
    const len = to - start;
    if (len < 1 || len > max) return undefined;
    for (let i = start; i < to; i++) if (!digits(s.charCodeAt(i))) return undefined;
    const code = parseInt(s.slice(start, to), digits === isHex ? 16 : 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
  }
  // the five predefined names, which formulas and text repeat, without a slice or a look-up
  const c0 = s.charCodeAt(from);
  if (n === 2 && s.charCodeAt(from + 1) === 0x74) {
    if (c0 === 0x6c) return "<"; // lt
    if (c0 === 0x67) return ">"; // gt
  } else if (n === 4) {
    if (c0 === 0x71 && s.startsWith("quot", from)) return '"';
    if (c0 === 0x61 && s.startsWith("apos", from)) return "'";
  } else if (n === 3 && c0 === 0x61 && s.startsWith("amp", from)) return "&";
  for (let i = from; i < to; i++) if (!isLetter(s.charCodeAt(i))) return undefined;
  const name = s.slice(from, to);
  return NAMED.get(name) ?? `&${name};`;
}

/** Excel's escapes for characters XML cannot hold: "_x000D_" → "\r" ("_x005F_" escapes an underscore). */
export function decodeExcelEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
