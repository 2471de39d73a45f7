/* Manifest for a hosting address: the one piece of logic shared by the build (webpack.config.js, Node,
 * CommonJS) and the setup page (src/setup, browser, bundled by webpack). Plain ES2017, no Node or DOM APIs.
 *
 * - normalizeBase(url): the folder address the add-in is served from, as it goes into the manifest
 *   (https, lower-case host, no default port, no query/hash, one trailing "/").
 * - addinIdFor(base): the add-in Id for that address: a name-based UUID (version 5, SHA-1, RFC 9562) in this
 *   add-in's own namespace. The same address always gives the same Id, so a manifest made again (by the setup
 *   page or by an ADDIN_URL build) replaces the deployed add-in instead of adding a second one; another address
 *   gives another Id; the development manifest's fixed Id is never produced.
 * - manifestFor(template, base): the manifest template (sourceManifest.js) with the placeholder address replaced by
 *   `base` (AppDomain: its origin) and the Id replaced by addinIdFor(base).
 */
"use strict";

/** Stands for the folder address in the manifest template (.invalid never resolves, RFC 2606). The development
 * address of the source manifest is replaced by it at build time (sourceManifest.js, Node only), so no built file
 * carries the development address. */
var PLACEHOLDER_URL = "https://addin-folder.invalid/";
/** The Id in the source manifest.xml (the development manifest). */
var DEV_ID = "4dfb4e1f-7267-49a7-8ac8-0c0a30f305d8";
/** Namespace of the derived Ids (a random UUID fixed once for this add-in; never change it: Ids would change). */
var ID_NAMESPACE = "2b0f7a52-6a1c-4f7e-9c39-5d3e0b8a41c6";

function utf8Bytes(s) {
  var out = [];
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      }
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/** SHA-1 of a byte array → 20 bytes. */
function sha1(bytes) {
  var msg = bytes.slice();
  var bitLen = bytes.length * 8;
  msg.push(0x80);
  while (msg.length % 64 !== 56) msg.push(0);
  var hi = Math.floor(bitLen / 0x100000000);
  var lo = bitLen >>> 0;
  msg.push((hi >>> 24) & 255, (hi >>> 16) & 255, (hi >>> 8) & 255, hi & 255, (lo >>> 24) & 255, (lo >>> 16) & 255, (lo >>> 8) & 255, lo & 255);
  var h0 = 0x67452301, h1 = 0xefcdab89, h2 = 0x98badcfe, h3 = 0x10325476, h4 = 0xc3d2e1f0;
  var w = new Array(80);
  for (var off = 0; off < msg.length; off += 64) {
    for (var t = 0; t < 16; t++) {
      w[t] = (msg[off + 4 * t] << 24) | (msg[off + 4 * t + 1] << 16) | (msg[off + 4 * t + 2] << 8) | msg[off + 4 * t + 3];
    }
    for (t = 16; t < 80; t++) {
      var x = w[t - 3] ^ w[t - 8] ^ w[t - 14] ^ w[t - 16];
      w[t] = (x << 1) | (x >>> 31);
    }
    var a = h0, b = h1, c = h2, d = h3, e = h4;
    for (t = 0; t < 80; t++) {
      var f, k;
      if (t < 20) { f = (b & c) | (~b & d); k = 0x5a827999; }
      else if (t < 40) { f = b ^ c ^ d; k = 0x6ed9eba1; }
      else if (t < 60) { f = (b & c) | (b & d) | (c & d); k = 0x8f1bbcdc; }
      else { f = b ^ c ^ d; k = 0xca62c1d6; }
      var tmp = (((a << 5) | (a >>> 27)) + f + e + k + w[t]) | 0;
      e = d;
      d = c;
      c = (b << 30) | (b >>> 2);
      b = a;
      a = tmp;
    }
    h0 = (h0 + a) | 0; h1 = (h1 + b) | 0; h2 = (h2 + c) | 0; h3 = (h3 + d) | 0; h4 = (h4 + e) | 0;
  }
  var out = [];
  [h0, h1, h2, h3, h4].forEach(function (h) {
    out.push((h >>> 24) & 255, (h >>> 16) & 255, (h >>> 8) & 255, h & 255);
  });
  return out;
}

function hex(bytes) {
  return bytes.map(function (b) { return (b < 16 ? "0" : "") + b.toString(16); }).join("");
}

/** UUID version 5 of `name` in `namespace` (RFC 9562 §5.5). */
function uuidV5(namespace, name) {
  var ns = [];
  var nh = namespace.replace(/-/g, "");
  for (var i = 0; i < 32; i += 2) ns.push(parseInt(nh.slice(i, i + 2), 16));
  var h = sha1(ns.concat(utf8Bytes(name))).slice(0, 16);
  h[6] = (h[6] & 0x0f) | 0x50;
  h[8] = (h[8] & 0x3f) | 0x80;
  var s = hex(h);
  return s.slice(0, 8) + "-" + s.slice(8, 12) + "-" + s.slice(12, 16) + "-" + s.slice(16, 20) + "-" + s.slice(20);
}

/**
 * The folder address as it goes into the manifest, or throws an Error whose message says what is wrong
 * (Thai / English). Accepts "https://Host.go.th/addin", ".../addin/setup.html?x" (the page's own address:
 * the file name is dropped when it ends in .html/.htm/.xml).
 */
function normalizeBase(url) {
  var m = /^\s*([a-z][a-z0-9+.-]*):\/\/([^/?#\s]+)([^?#\s]*)[^\s]*\s*$/i.exec(String(url || ""));
  if (!m) throw new Error("ที่อยู่ไม่ถูกต้อง / Not a web address: " + url);
  var scheme = m[1].toLowerCase();
  if (scheme !== "https") throw new Error("ต้องเป็นที่อยู่ https:// / The address must start with https:// (Office loads add-ins only over HTTPS): " + url);
  var host = m[2].toLowerCase();
  if (host.indexOf("@") >= 0) throw new Error("ที่อยู่ต้องไม่มีชื่อผู้ใช้ / The address must not contain a user name: " + url);
  host = host.replace(/:443$/, "");
  var path = m[3] || "/";
  if (/\.(html?|xml)$/i.test(path)) path = path.replace(/[^/]*$/, "");
  if (path.charAt(path.length - 1) !== "/") path += "/";
  path = path.replace(/\/{2,}/g, "/");
  return scheme + "://" + host + path;
}

function originOf(base) {
  return /^(https:\/\/[^/]+)/.exec(base)[1];
}

/** The add-in Id for a (normalized or not) address. */
function addinIdFor(url) {
  var id = uuidV5(ID_NAMESPACE, normalizeBase(url));
  // A v5 UUID cannot equal the version-4 development Id; keep it that way if either ever changes.
  if (id === DEV_ID) throw new Error("derived Id equals the development Id");
  return id;
}

function replaceAddress(xml, from, base) {
  return xml.split(from).join(base).split(from.replace(/\/$/, "")).join(originOf(base));
}

/** The manifest for `url` from the template (addresses under PLACEHOLDER_URL): every address and the Id replaced. */
function manifestFor(template, url) {
  var base = normalizeBase(url);
  var xml = replaceAddress(template, PLACEHOLDER_URL, base);
  var id = addinIdFor(base);
  var replaced = xml.replace(/<Id>\s*[0-9a-fA-F-]{36}\s*<\/Id>/, "<Id>" + id + "</Id>");
  if (replaced === xml && xml.indexOf("<Id>" + id + "</Id>") < 0) throw new Error("manifest template has no <Id>");
  return replaced.replace(/<!--[\s\S]*?-->\s*/, "<!-- Made for " + base + " (Id derived from this address). -->\n");
}

/** The <Version> of a manifest (e.g. "0.1.0.0"), or undefined. */
function manifestVersion(xml) {
  var m = /<Version>\s*([0-9.]+)\s*<\/Version>/.exec(xml);
  return m ? m[1] : undefined;
}

module.exports = { PLACEHOLDER_URL: PLACEHOLDER_URL, DEV_ID: DEV_ID, ID_NAMESPACE: ID_NAMESPACE, normalizeBase: normalizeBase, addinIdFor: addinIdFor, manifestFor: manifestFor, manifestVersion: manifestVersion, uuidV5: uuidV5, sha1Hex: function (s) { return hex(sha1(utf8Bytes(s))); } };
