/**
 * A small, strict XML reader for the add-in manifest checks: enough to find elements and attributes and
 * to reject documents that are not well-formed (unbalanced or crossed tags, unquoted or duplicate
 * attributes, text outside the root). Not a general XML parser: no DTDs, entities are left as written.
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
  parent?: XmlElement;
  line: number;
}

export class XmlError extends Error {}

export function parseXml(xml: string): XmlElement {
  let i = 0;
  let line = 1;
  const stack: XmlElement[] = [];
  let root: XmlElement | undefined;
  const advance = (to: number) => {
    for (let k = i; k < to; k++) if (xml.charCodeAt(k) === 10) line++;
    i = to;
  };
  const fail = (msg: string): never => {
    throw new XmlError(`line ${line}: ${msg}`);
  };
  if (xml.charCodeAt(0) === 0xfeff) i = 1;
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (text.trim()) {
      if (!stack.length) fail(`text outside the root element: ${text.trim().slice(0, 40)}`);
      stack[stack.length - 1].text += text;
    }
    if (lt < 0) {
      advance(xml.length);
      break;
    }
    advance(lt);
    if (xml.startsWith("<?", i)) {
      const end = xml.indexOf("?>", i);
      if (end < 0) fail("unterminated processing instruction");
      advance(end + 2);
    } else if (xml.startsWith("<!--", i)) {
      const end = xml.indexOf("-->", i + 4);
      if (end < 0) fail("unterminated comment");
      advance(end + 3);
    } else if (xml.startsWith("<![CDATA[", i)) {
      const end = xml.indexOf("]]>", i);
      if (end < 0) fail("unterminated CDATA");
      if (!stack.length) fail("CDATA outside the root element");
      stack[stack.length - 1].text += xml.slice(i + 9, end);
      advance(end + 3);
    } else if (xml.startsWith("<!", i)) {
      fail("DOCTYPE/declarations are not expected in a manifest");
    } else if (xml.startsWith("</", i)) {
      const m = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(xml.slice(i));
      if (!m) fail("malformed end tag");
      const open = stack.pop();
      if (!open) fail(`end tag </${m![1]}> without a start tag`);
      if (open!.name !== m![1]) fail(`</${m![1]}> closes <${open!.name}> (line ${open!.line})`);
      advance(i + m![0].length);
    } else {
      const m = /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(xml.slice(i));
      if (!m) fail(`malformed start tag: ${xml.slice(i, i + 60)}`);
      const el: XmlElement = { name: m![1], attrs: {}, children: [], text: "", line };
      const attrRe = /([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
      let a: RegExpExecArray | null;
      while ((a = attrRe.exec(m![2]))) {
        if (a[1] in el.attrs) fail(`duplicate attribute ${a[1]} on <${el.name}>`);
        el.attrs[a[1]] = a[3] ?? a[4];
      }
      if (stack.length) {
        el.parent = stack[stack.length - 1];
        el.parent.children.push(el);
      } else if (root) {
        fail(`second root element <${el.name}>`);
      } else {
        root = el;
      }
      if (!m![3]) stack.push(el);
      advance(i + m![0].length);
    }
  }
  if (stack.length) throw new XmlError(`<${stack[stack.length - 1].name}> (line ${stack[stack.length - 1].line}) is never closed`);
  if (!root) throw new XmlError("no root element");
  return root;
}

/** Name without its namespace prefix. */
export const localName = (el: XmlElement) => el.name.replace(/^.*:/, "");

/** All descendants (depth first) whose local name is `name`. */
export function findAll(el: XmlElement, name: string): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (e: XmlElement) => {
    for (const c of e.children) {
      if (localName(c) === name) out.push(c);
      walk(c);
    }
  };
  walk(el);
  return out;
}

/** Direct child by local name. */
export const child = (el: XmlElement, name: string) => el.children.find((c) => localName(c) === name);

/** Path of local names from the root, e.g. "OfficeApp/DefaultSettings/SourceLocation". */
export function pathOf(el: XmlElement): string {
  const parts: string[] = [];
  for (let e: XmlElement | undefined = el; e; e = e.parent) parts.unshift(localName(e));
  return parts.join("/");
}
