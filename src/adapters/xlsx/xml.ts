/**
 * A minimal pull scanner over the bytes of an XML part, for the few elements the .xlsx reader needs.
 * It never builds a tree and never turns the whole part into one string: tag names and the text of
 * wanted elements are decoded one at a time. Namespace prefixes are dropped ("x:c" → "c"). Document
 * type declarations are refused (no entity expansion at all); only the five predefined entities and
 * character references are decoded.
 */

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

function isNameEnd(b: number): boolean {
  return b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === SLASH || b === GT;
}

export class XmlScanner {
  private pos = 0;

  constructor(readonly buf: Buffer) {}

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
      const name = buf.toString("latin1", colon >= 0 ? colon + 1 : nameStart, i);
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
          if (depth === 0) return out.length > maxChars ? out.slice(0, maxChars) : out;
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
    return parseAttrs(this.buf.toString("utf8", tag.attrStart, tag.attrEnd));
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

const NAMED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Decode the predefined entities and character references; anything else is left as written. */
export function decodeText(s: string): string {
  if (s.indexOf("&") < 0) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, body: string) => {
    if (body[0] === "#") {
      const code = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
    }
    return NAMED[body] ?? whole;
  });
}

/** Excel's escapes for characters XML cannot hold: "_x000D_" → "\r" ("_x005F_" escapes an underscore). */
export function decodeExcelEscapes(s: string): string {
  if (s.indexOf("_x") < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
