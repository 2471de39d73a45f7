/**
 * Thai text copied out of a PDF: the extractor writes the marks placed above or below a consonant (tone marks,
 * upper and lower vowels) as glyphs of their own, so a space (or several, or a line break) lands before or after
 * them ("ค่ าอาหาร", "มื ้อ", "ผู ้รับผิดชอบ", "เป็ นเงิน"), sara am arrives as nikhahit + sara aa ("ํา"), and fonts
 * with shifted glyphs give private-use characters (U+F700–U+F71A) for the marks. Nothing in written Thai puts a
 * space before a combining mark or before sara aa/am, so those spaces are always removed; a line that starts with
 * one continues the line before it. Once a document shows that pattern, a space after a tone mark before a Thai
 * letter is the same break ("ค่ า", "ได้ รับ") and is removed too — unless the word before it is one that often
 * stands alone ("ที่", "ให้", "ได้" …), so that words that really are separate stay apart.
 *
 * The line count never changes (a continued line leaves an empty line behind), so findings keep their lines.
 * A linear scan per line; no regular expression.
 */

/** Private-use glyphs of Thai fonts (shifted marks, consonants without descender) → the Unicode characters. */
const PUA: Record<number, string> = {
  0xf700: "\u0e10", 0xf701: "\u0e34", 0xf702: "\u0e35", 0xf703: "\u0e36", 0xf704: "\u0e37",
  0xf705: "\u0e48", 0xf706: "\u0e49", 0xf707: "\u0e4a", 0xf708: "\u0e4b", 0xf709: "\u0e4c",
  0xf70a: "\u0e48", 0xf70b: "\u0e49", 0xf70c: "\u0e4a", 0xf70d: "\u0e4b", 0xf70e: "\u0e4c",
  0xf70f: "\u0e0d", 0xf710: "\u0e31", 0xf711: "\u0e4d", 0xf712: "\u0e47", 0xf713: "\u0e48",
  0xf714: "\u0e49", 0xf715: "\u0e4a", 0xf716: "\u0e4b", 0xf717: "\u0e4c", 0xf718: "\u0e38",
  0xf719: "\u0e39", 0xf71a: "\u0e3a",
};

/** A mark written above or below the consonant before it (mai han-akat, upper/lower vowels, tone marks …). */
export function isCombiningThai(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return code === 0x0e31 || (code >= 0x0e34 && code <= 0x0e3a) || (code >= 0x0e47 && code <= 0x0e4e);
}

/** A vowel written after its consonant that never begins a syllable: sara a, sara aa, sara am, lakkhangyao. */
function isTrailingVowel(c: string | undefined): boolean {
  return c === "\u0e30" || c === "\u0e32" || c === "\u0e33" || c === "\u0e45";
}

/** What a stray space or line break comes before: only a PDF copy puts one there. */
function breaksBefore(c: string | undefined): boolean {
  return isCombiningThai(c) || isTrailingVowel(c);
}

/** Tone marks and mai taikhu: a word can end on them, so a space after one is only removed in a PDF copy. */
function isToneMark(c: string | undefined): boolean {
  return c === "\u0e48" || c === "\u0e49" || c === "\u0e4a" || c === "\u0e4b" || c === "\u0e47";
}

/** Thai consonants and leading vowels: where a word (or the rest of a broken one) starts. */
function isThaiStart(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return (code >= 0x0e01 && code <= 0x0e2e) || (code >= 0x0e40 && code <= 0x0e44);
}

function isThai(c: string | undefined): boolean {
  if (!c) return false;
  const code = c.charCodeAt(0);
  return code >= 0x0e01 && code <= 0x0e5b;
}

/** Words ending in a tone mark that often stand before a space on their own ("ที่ รายการ", "ให้ ครู"). */
const STANDALONE_ENDINGS = ["ที่", "ได้", "ให้", "ไม่", "นี้", "ใช้", "ไว้", "ผู้", "แก่", "ก็", "ใหม่", "ไม้", "ใต้", "ค่ะ", "ด้วย", "เท่านั้น"];

function isSpaceChar(c: string | undefined): boolean {
  return c === " " || c === "\u00a0";
}

function mapPua(s: string): string {
  let out = "";
  let changed = false;
  for (const c of s) {
    const m = PUA[c.charCodeAt(0)];
    if (m) {
      out += m;
      changed = true;
    } else out += c;
  }
  return changed ? out : s;
}

/**
 * `s` with each run of spaces removed where `join(before, next)` says the text around it is one word (`before`:
 * the text kept so far, `next`: the character after the run); counts the runs removed.
 */
function joinSpaces(s: string, join: (before: string, next: string | undefined) => boolean): { text: string; joined: number } {
  let out = "";
  let joined = 0;
  let i = 0;
  while (i < s.length) {
    if (!isSpaceChar(s[i])) {
      out += s[i++];
      continue;
    }
    let j = i;
    while (j < s.length && isSpaceChar(s[j])) j++;
    if (join(out, s[j])) joined++;
    else out += s.slice(i, j);
    i = j;
  }
  return { text: out, joined };
}

/** Removes spaces before combining marks and trailing vowels (after a Thai character); counts the repairs. */
function joinBeforeMarks(s: string): { text: string; repairs: number } {
  const r = joinSpaces(s, (before, next) => breaksBefore(next) && isThai(before[before.length - 1]));
  return { text: r.text, repairs: r.joined };
}

/** Removes a space after a tone mark before a Thai letter, unless the word before it stands alone. */
function joinAfterTones(s: string): string {
  const alone = (before: string) => STANDALONE_ENDINGS.some((w) => before.endsWith(w));
  return joinSpaces(s, (before, next) => isToneMark(before[before.length - 1]) && isThaiStart(next) && !alone(before)).text;
}

/**
 * Repairs the lines of a document pasted from a PDF (see the module comment); lines of a document without
 * the pattern come back unchanged except for private-use glyphs and spaces before marks, which never occur in
 * typed text.
 */
export function repairPdfSpacing(raws: readonly string[]): string[] {
  const lines = raws.map(mapPua);
  let repairs = 0;
  for (let i = 0; i < lines.length; i++) {
    if (lines[i].indexOf(" ") < 0 && lines[i].indexOf("\u00a0") < 0) continue;
    const r = joinBeforeMarks(lines[i]);
    lines[i] = r.text;
    repairs += r.repairs;
  }
  // a line break before a mark: the line continues the previous one (which keeps the text; this one is left empty)
  for (let i = 1; i < lines.length; i++) {
    const t = lines[i].trimStart();
    if (!breaksBefore(t[0])) continue;
    let p = i - 1;
    while (p > 0 && lines[p].trim() === "") p--;
    const prev = lines[p].trimEnd();
    if (!isThai(prev[prev.length - 1])) continue;
    lines[p] = prev + t;
    lines[i] = "";
    repairs++;
  }
  if (repairs === 0) return lines;
  return lines.map((l) => (l.indexOf(" ") >= 0 ? joinAfterTones(l) : l));
}
