/**
 * Text helpers for the importer: line preparation (Thai digits, HTML tags, dashes, odd spaces),
 * joining wrapped Thai lines, stripping list numbering, and the normal form used to compare names.
 *
 * Everything here is a linear scan; the few regular expressions have no nested quantifiers.
 */
import { toArabicDigits } from "../core/thaiDigits";
import { unitAt } from "./units";

/** A prepared line of the source document. */
export interface SourceLine {
  /** 1-based line number in the original text. */
  no: number;
  /** The line as written (tabs kept, trailing CR removed). */
  raw: string;
  /** A separator or border line of a table typed with bars ("|---|---|", "+----+"): not a blank line. */
  rule?: boolean;
  /** Arabic digits, no HTML tags, dashes and spaces normalised, trimmed (tabs kept; "" for blank lines). */
  text: string;
}

const TAG_RE = /<\/?[a-zA-Z][^<>]{0,200}>/g;
const ENTITY: Record<string, string> = { "&nbsp;": " ", "&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"' };

/** Removes HTML tags (each replaced by a space) and the common entities. */
export function stripHtml(s: string): string {
  if (s.indexOf("<") < 0 && s.indexOf("&") < 0) return s;
  return s.replace(TAG_RE, " ").replace(/&(?:nbsp|amp|lt|gt|quot);/g, (e) => ENTITY[e] ?? " ");
}

/**
 * Characters that change no text but break numbers and words apart: format characters (zero-width
 * spaces and joiners, left-to-right/right-to-left marks, embeddings and isolates, the word joiner, the
 * byte-order mark, the soft hyphen, the Mongolian vowel separator …) and control characters (NUL …)
 * other than the tab.
 */
// eslint-disable-next-line no-control-regex -- removing control characters is the point
const INVISIBLE_RE = /[\p{Cf}\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/gu;
/** Spaces other than the plain space and the tab (no-break, thin, ideographic …). */
const ODD_SPACE_RE = /[^\S\t\r\n ]/u;
const SPECIAL_RE = /[\u2010\u2011\u2013\u2014\u2212\ufe63\uff0d\u00d7\u2715\u2716\u2026\uff0c]/;

/**
 * Normalises one line: invisible characters removed, odd spaces → " ", Thai digits → Arabic (unless kept), HTML
 * stripped, dashes → "-", × → x, trimmed (tabs kept). A line that reads the same to a person reads the
 * same here: the totals of a document do not change when invisible marks are added to it.
 */
export function normaliseLineWith(s: string, keepThaiDigits: boolean, joinWords: (t: string) => string): string {
  let t = s;
  if (hasInvisible(t)) t = t.replace(INVISIBLE_RE, "");
  if (ODD_SPACE_RE.test(t)) {
    let o = "";
    for (const c of t) o += c !== "\t" && c !== " " && /^\s$/u.test(c) ? " " : c;
    t = o;
  }
  t = stripHtml(t);
  if (!keepThaiDigits) t = joinWords(toArabicDigits(t));
  // spellings that look the same: "เเ" (two sara e) for "แ", nikhahit + sara aa for sara am
  if (t.indexOf("เเ") >= 0) t = t.split("เเ").join("แ");
  if (t.indexOf("\u0e4d\u0e32") >= 0) t = t.split("\u0e4d\u0e32").join("\u0e33");
  // "35 บาท คูณ 20 คน": the word for times is a multiplication sign
  if (t.indexOf("คูณ") >= 0 && /\d/.test(t)) t = t.replace(/ *คูณ */g, " x ");
  if (!SPECIAL_RE.test(t)) return trimKeepTabs(t);
  let out = "";
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    if (c === 0x2013 || c === 0x2014 || c === 0x2010 || c === 0x2011 || c === 0x2212 || c === 0xfe63 || c === 0xff0d) out += "-";
    else if (c === 0xd7 || c === 0x2715 || c === 0x2716) out += "x";
    else if (c === 0x2026) out += "...";
    else if (c === 0xff0c) out += ",";
    else out += t[i];
  }
  return trimKeepTabs(out);
}

/** Whether a line holds invisible characters (format or control characters other than the tab). */
export function hasInvisible(s: string): boolean {
  INVISIBLE_RE.lastIndex = 0;
  const r = INVISIBLE_RE.test(s);
  INVISIBLE_RE.lastIndex = 0;
  return r;
}

/** Whether a line holds characters that could not be decoded (U+FFFD, what a decoder puts for bad bytes). */
export function hasUndecodable(s: string): boolean {
  return s.indexOf("\ufffd") >= 0;
}

/**
 * Trims whitespace but keeps tabs: a leading tab is an empty first cell ("\tภาษาไทย\t" continues the
 * row above). A line of tabs only is blank.
 */
function trimKeepTabs(s: string): string {
  let a = 0;
  let b = s.length;
  const ws = (c: string) => c !== "\t" && (c === " " || c === "\r" || c === "\f" || c === "\v" || c.trim() === "");
  while (a < b && ws(s[a])) a++;
  while (b > a && ws(s[b - 1])) b--;
  const t = s.slice(a, b);
  for (let i = 0; i < t.length; i++) if (t[i] !== "\t") return t;
  return "";
}

/**
 * A table typed with runs of spaces instead of tabs ("1    ประชุม      ธันวาคม 2567    นาย…"): when a
 * line without tabs has two or more runs of 2+ spaces between words, the runs become tabs.
 */
export function spacedColumns(t: string): string {
  if (t.indexOf("\t") >= 0 || t.indexOf("  ") < 0) return t;
  let runs = 0;
  for (let i = 1; i < t.length; i++) if (t[i] === " " && t[i - 1] === " " && (i < 2 || t[i - 2] !== " ")) runs++;
  // two columns ("ค่าวัสดุ          1,500"): one wide run (4+ spaces) between two words
  if (runs < 2 && !(runs === 1 && / {4,}/.test(t.trim()))) return t;
  return t.replace(/ {2,}/g, "\t");
}

export function isThaiChar(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return code >= 0x0e00 && code <= 0x0e7f;
}

/** Thai consonants, vowels and tone marks (no Thai digits, no ฯ/ๆ punctuation). */
export function isThaiLetter(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return code >= 0x0e01 && code <= 0x0e4e && code !== 0x0e2f && code !== 0x0e46 && code !== 0x0e3f;
}

// in a module of their own, so that the month reader (used by the workbook reader the pane loads) does not
// pull the whole text pipeline into the pane
import { isDigit, isSpace } from "./chars";
export { isDigit, isSpace };

/** Collapses runs of whitespace (tabs included) into single spaces. */
export function collapseSpaces(s: string): string {
  if (s.indexOf("\t") < 0 && s.indexOf("  ") < 0) return s.trim();
  return s.replace(/[ \t]+/g, " ").trim();
}

/**
 * Joins two pieces of wrapped text: Thai text wraps without a space ("รองรับ" + "การประเมิน"),
 * anything else gets one space.
 */
export function joinWrapped(a: string, b: string): string {
  const x = a.trimEnd();
  const y = b.trimStart();
  if (!x) return y;
  if (!y) return x;
  return isThaiChar(x[x.length - 1]) && isThaiChar(y[0]) ? x + y : `${x} ${y}`;
}

/** Leading list marker of a line: "1.", "1)", "3.1", "- 1)", "(2)", "ก." … */
export interface Numbering {
  /** The number as written, digits only ("1", "3.1"), or "" when the marker has no number (bullets). */
  number: string;
  /** The text after the marker. */
  rest: string;
  bullet: boolean;
}

/** Bullet marks, including Word's symbol-font bullets that arrive as private-use characters (U+F0D8 …). */
function isBulletChar(c: string): boolean {
  if ("-•*●○▪►➢✓·■□◆◇❖➤→◦‣⁃".includes(c)) return true;
  const code = c.charCodeAt(0);
  return code >= 0xe000 && code <= 0xf8ff;
}

/**
 * Strips bullets ("-", "•", "*", "●", "○", "▪") and a leading number ("1.", "1)", "(1)", "3.1", "1 " before
 * text, "7\t"). A number directly followed by a unit or other digits is not numbering.
 */
export function stripNumbering(text: string): Numbering {
  let i = 0;
  const n = text.length;
  let bullet = false;
  while (i < n && (isSpace(text[i]) || isBulletChar(text[i]))) {
    if (!isSpace(text[i])) bullet = true;
    i++;
  }
  let j = i;
  let paren = false;
  if (text[j] === "(") {
    paren = true;
    j++;
  }
  const numStart = j;
  while (j < n && (isDigit(text[j]) || (text[j] === "." && isDigit(text[j + 1]) && j > numStart))) j++;
  if (j === numStart || j - numStart > 6) return { number: "", rest: text.slice(i).trim(), bullet };
  const number = text.slice(numStart, j);
  let k = j;
  if (paren) {
    if (text[k] !== ")") return { number: "", rest: text.slice(i).trim(), bullet };
    k++;
  } else if (text[k] === "." || text[k] === ")") {
    k++;
  } else if (!(isSpace(text[k]) || k >= n)) {
    // "7\tสรุป" and "7 สรุป" are numbering; a digit glued to a letter is not
    return { number: "", rest: text.slice(i).trim(), bullet };
  } else {
    // "20 คน x 35 บาท" is not numbering: a unit or a multiplication follows the number
    let u = k;
    while (u < n && isSpace(text[u])) u++;
    const unit = unitAt(text, u);
    if ((unit && unit.word !== "กิจกรรม" && unit.word !== "โครงการ") || text[u] === "x" || text[u] === "X" || text[u] === "*" || text[u] === "=" || text[u] === "/")
      return { number: "", rest: text.slice(i).trim(), bullet };
  }
  // "1.5 ล้าน" would have been consumed as "1.5"; "1,000 บาท" stops at ","
  if (text[k] === ",") return { number: "", rest: text.slice(i).trim(), bullet };
  return { number: number.replace(/\.$/, ""), rest: text.slice(k).trim(), bullet };
}

/**
 * Normal form for comparing names: no "กิจกรรม"/"โครงการ" words, no spaces, punctuation, digits,
 * HTML, Latin letters kept in lower case.
 */
export function normaliseName(s: string): string {
  // (amounts written in words do not matter here: figures are dropped below)
  const t = normaliseLineWith(s, false, (x) => x).split("กิจกรรม").join("").split("โครงการ").join("");
  let out = "";
  for (let i = 0; i < t.length; i++) {
    const c = t[i];
    const code = t.charCodeAt(i);
    if (isThaiLetter(c)) out += c;
    else if ((code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a)) out += c.toLowerCase();
  }
  return out;
}

/** Index of the first occurrence of any of the words, or -1. */
export function indexOfAny(s: string, words: readonly string[]): number {
  let best = -1;
  for (const w of words) {
    const i = s.indexOf(w);
    if (i >= 0 && (best < 0 || i < best)) best = i;
  }
  return best;
}

export function startsWithAny(s: string, words: readonly string[]): string | undefined {
  for (const w of words) if (s.startsWith(w)) return w;
  return undefined;
}

/** Removes leading/trailing dots, colons, dashes and spaces: "....120,000....." → "120,000". */
export function trimPunct(s: string): string {
  let a = 0;
  let b = s.length;
  const p = (c: string) => " \t.:;,-_=…|/".includes(c);
  while (a < b && p(s[a])) a++;
  while (b > a && p(s[b - 1])) b--;
  return s.slice(a, b);
}
