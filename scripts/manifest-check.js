// Structural validation of the add-in's XML manifest, in the repository (no schema files, no network):
// well-formed XML; the OfficeApp children present, in the order the schema's sequence requires; an Id that
// is a GUID, a four-part version, locales, string lengths within the schema's limits, https addresses,
// the permission, host and requirement set; every resid in VersionOverrides defined once in Resources.
// The full XSD validation runs in scripts/validate-manifest.js when a validator is available.
"use strict";

/** A small strict XML reader: elements, attributes, text; rejects documents that are not well-formed. */
function parseXml(xml) {
  let i = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  const stack = [];
  let root;
  const lineAt = (k) => xml.slice(0, k).split("\n").length;
  const fail = (msg) => {
    throw new Error(`line ${lineAt(i)}: ${msg}`);
  };
  while (i < xml.length) {
    const lt = xml.indexOf("<", i);
    const text = xml.slice(i, lt < 0 ? xml.length : lt);
    if (text.trim()) {
      if (!stack.length) fail(`text outside the root element: ${text.trim().slice(0, 40)}`);
      stack[stack.length - 1].text += text;
    }
    if (lt < 0) break;
    i = lt;
    const skip = (open, close, what) => {
      const end = xml.indexOf(close, i + open.length);
      if (end < 0) fail(`unterminated ${what}`);
      const body = xml.slice(i + open.length, end);
      i = end + close.length;
      return body;
    };
    if (xml.startsWith("<?", i)) skip("<?", "?>", "processing instruction");
    else if (xml.startsWith("<!--", i)) skip("<!--", "-->", "comment");
    else if (xml.startsWith("<![CDATA[", i)) {
      if (!stack.length) fail("CDATA outside the root element");
      stack[stack.length - 1].text += skip("<![CDATA[", "]]>", "CDATA");
    } else if (xml.startsWith("<!", i)) fail("DOCTYPE/declarations are not expected in a manifest");
    else if (xml.startsWith("</", i)) {
      const m = /^<\/([A-Za-z_][\w.:-]*)\s*>/.exec(xml.slice(i, i + 200));
      if (!m) fail("malformed end tag");
      const open = stack.pop();
      if (!open) fail(`end tag </${m[1]}> without a start tag`);
      if (open.name !== m[1]) fail(`</${m[1]}> closes <${open.name}> (line ${open.line})`);
      i += m[0].length;
    } else {
      const m = /^<([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/.exec(xml.slice(i, i + 4000));
      if (!m) fail(`malformed start tag: ${xml.slice(i, i + 60)}`);
      const el = { name: m[1], attrs: {}, children: [], text: "", line: lineAt(i), parent: stack[stack.length - 1] };
      const attrRe = /([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/g;
      let a;
      while ((a = attrRe.exec(m[2]))) {
        if (a[1] in el.attrs) fail(`duplicate attribute ${a[1]} on <${el.name}>`);
        el.attrs[a[1]] = a[3] ?? a[4];
      }
      if (el.parent) el.parent.children.push(el);
      else if (root) fail(`second root element <${el.name}>`);
      else root = el;
      if (!m[3]) stack.push(el);
      i += m[0].length;
    }
  }
  if (stack.length) throw new Error(`<${stack[stack.length - 1].name}> (line ${stack[stack.length - 1].line}) is never closed`);
  if (!root) throw new Error("no root element");
  return root;
}

const local = (el) => el.name.replace(/^.*:/, "");
const kids = (el, name) => el.children.filter((c) => local(c) === name);
function all(el, name, out = []) {
  for (const c of el.children) {
    if (local(c) === name) out.push(c);
    all(c, name, out);
  }
  return out;
}

/** The schema's sequence of OfficeApp children for a TaskPaneApp (OfficeAppManifestV1_1), and which are required. */
const SEQUENCE = [
  ["Id", true],
  ["AlternateId", false],
  ["Version", true],
  ["ProviderName", true],
  ["DefaultLocale", true],
  ["DisplayName", true],
  ["Description", true],
  ["IconUrl", false],
  ["HighResolutionIconUrl", false],
  ["SupportUrl", false],
  ["AppDomains", false],
  ["Hosts", false],
  ["Requirements", false],
  ["DefaultSettings", false],
  ["Permissions", false],
  ["Dictionary", false],
  ["VersionOverrides", false],
  ["ExtendedOverrides", false],
];
const PERMISSIONS = ["Restricted", "ReadDocument", "ReadAllDocument", "WriteDocument", "ReadWriteDocument"];
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
const LOCALE = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/** Problems found in a manifest (empty when it is structurally valid). */
function checkManifest(xml) {
  let root;
  try {
    root = parseXml(xml);
  } catch (e) {
    return [`not well-formed XML: ${e.message}`];
  }
  const problems = [];
  const say = (el, msg) => problems.push(`line ${el.line}: ${msg}`);
  if (local(root) !== "OfficeApp") return [`the root element is <${root.name}>, not <OfficeApp>`];
  if (root.attrs.xmlns !== "http://schemas.microsoft.com/office/appforoffice/1.1") say(root, "OfficeApp must use the namespace http://schemas.microsoft.com/office/appforoffice/1.1");
  if (root.attrs["xsi:type"] !== "TaskPaneApp") say(root, `xsi:type is "${root.attrs["xsi:type"]}", expected "TaskPaneApp"`);

  // children: known, each at most once, in schema order, required ones present
  let at = -1;
  for (const c of root.children) {
    const idx = SEQUENCE.findIndex(([n]) => n === local(c));
    if (idx < 0) say(c, `<${c.name}> is not an OfficeApp element of a task pane add-in`);
    else if (idx <= at) say(c, `<${c.name}> is out of order or repeated (schema order: ${SEQUENCE.map(([n]) => n).join(", ")})`);
    else at = idx;
  }
  for (const [name, required] of SEQUENCE) if (required && !kids(root, name).length) say(root, `<${name}> is missing`);

  const text = (name) => (kids(root, name)[0]?.text ?? "").trim();
  if (kids(root, "Id").length && !GUID.test(text("Id"))) say(kids(root, "Id")[0], `Id "${text("Id")}" is not a GUID`);
  if (kids(root, "Version").length && !/^\d{1,5}(\.\d{1,5}){0,3}$/.test(text("Version"))) say(kids(root, "Version")[0], `Version "${text("Version")}" is not n.n.n.n`);
  if (kids(root, "ProviderName").length && (!text("ProviderName") || text("ProviderName").length > 250)) say(kids(root, "ProviderName")[0], "ProviderName must have 1–250 characters");
  if (kids(root, "DefaultLocale").length && !LOCALE.test(text("DefaultLocale"))) say(kids(root, "DefaultLocale")[0], `DefaultLocale "${text("DefaultLocale")}" is not a locale`);
  if (kids(root, "Permissions").length && !PERMISSIONS.includes(text("Permissions"))) say(kids(root, "Permissions")[0], `Permissions "${text("Permissions")}" is not one of ${PERMISSIONS.join(", ")}`);

  // DefaultValue strings and their overrides, with the schema's length limits
  const limits = { DisplayName: 125, Description: 2000 };
  for (const [name, max] of Object.entries(limits)) {
    for (const el of kids(root, name)) {
      const v = el.attrs.DefaultValue;
      if (!v) say(el, `<${name}> needs a DefaultValue`);
      else if (v.length > max) say(el, `<${name}> DefaultValue is longer than ${max} characters`);
      for (const o of kids(el, "Override")) {
        if (!LOCALE.test(o.attrs.Locale || "")) say(o, `Override Locale "${o.attrs.Locale}" is not a locale`);
        if (!o.attrs.Value || o.attrs.Value.length > max) say(o, `Override Value must have 1–${max} characters`);
      }
    }
  }

  // addresses: https (the dev address included), no spaces
  const urlEls = [
    ...["IconUrl", "HighResolutionIconUrl", "SupportUrl"].flatMap((n) => kids(root, n)),
    ...kids(root, "DefaultSettings").flatMap((d) => kids(d, "SourceLocation")),
  ];
  for (const el of urlEls) {
    const v = el.attrs.DefaultValue || "";
    if (!/^https:\/\/[^\s]+$/.test(v)) say(el, `<${el.name}> DefaultValue "${v}" is not an https address`);
  }
  for (const d of kids(root, "AppDomains").flatMap((a) => kids(a, "AppDomain"))) {
    if (!/^https:\/\/[^\s/]+$/.test(d.text.trim())) say(d, `AppDomain "${d.text.trim()}" is not an https origin`);
  }
  if (!kids(root, "DefaultSettings").flatMap((d) => kids(d, "SourceLocation")).length) say(root, "DefaultSettings/SourceLocation is missing");

  // host and requirement sets
  const hosts = kids(root, "Hosts").flatMap((h) => kids(h, "Host"));
  if (!hosts.some((h) => h.attrs.Name === "Workbook")) say(root, 'Hosts has no <Host Name="Workbook"/>');
  for (const s of all(root, "Set")) {
    if (!s.attrs.Name) say(s, "<Set> needs a Name");
    if (s.attrs.MinVersion && !/^\d+\.\d+$/.test(s.attrs.MinVersion)) say(s, `MinVersion "${s.attrs.MinVersion}" is not n.n`);
  }

  // VersionOverrides: every resid defined once in Resources, with the schema's length limits
  for (const vo of kids(root, "VersionOverrides")) {
    const defined = new Map();
    const resources = kids(vo, "Resources")[0];
    if (!resources) {
      say(vo, "VersionOverrides has no <Resources>");
      continue;
    }
    const maxLen = { ShortStrings: 125, LongStrings: 250, Urls: 2048, Images: 2048 };
    for (const group of resources.children) {
      for (const r of group.children) {
        const id = r.attrs.id;
        if (!id) say(r, `<${r.name}> in Resources needs an id`);
        else if (id.length > 32) say(r, `resource id "${id}" is longer than 32 characters`);
        else if (defined.has(id)) say(r, `resource id "${id}" is defined twice`);
        else defined.set(id, local(group));
        const v = r.attrs.DefaultValue || "";
        const max = maxLen[local(group)];
        if (!v) say(r, `resource "${id}" needs a DefaultValue`);
        else if (max && v.length > max) say(r, `resource "${id}" is longer than ${max} characters`);
        if ((local(group) === "Urls" || local(group) === "Images") && !/^https:\/\/\S+$/.test(v)) say(r, `resource "${id}" is not an https address`);
        for (const o of kids(r, "Override")) if (!LOCALE.test(o.attrs.Locale || "")) say(o, `Override Locale "${o.attrs.Locale}" is not a locale`);
      }
    }
    const walk = (el) => {
      for (const c of el.children) {
        if (c === resources) continue;
        if (c.attrs.resid !== undefined && !defined.has(c.attrs.resid)) say(c, `resid "${c.attrs.resid}" is not defined in Resources`);
        walk(c);
      }
    };
    walk(vo);
    const controlIds = new Set();
    for (const el of [...all(vo, "Group"), ...all(vo, "Control")]) {
      const id = el.attrs.id;
      if (!id) say(el, `<${el.name}> needs an id`);
      else if (controlIds.has(id)) say(el, `id "${id}" is used twice`);
      else controlIds.add(id);
    }
  }
  return problems;
}

module.exports = { checkManifest, parseXml };
