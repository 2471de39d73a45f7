/**
 * Automatic list numbers of a Word document. The number a list paragraph shows is not in its text: it lives
 * in word/numbering.xml (a paragraph's w:numPr names a list and a level; the list's levels give the start,
 * the format — decimal, thaiNumbers, thaiLetters, letters, roman, bullet — and the text around the number,
 * "%1." or "%1.%2"). Paragraph styles may carry the w:numPr too (word/styles.xml). This module reads both
 * and counts, as Word does: per abstract list, a level's counter goes up on each paragraph of that level and
 * the deeper levels start again.
 */
import { XmlScanner } from "../xlsx/xml";

interface Level {
  start: number;
  format: string;
  text: string;
}

export interface NumberingDefs {
  /** abstractNumId → levels (by ilvl). */
  abstract: Map<string, Level[]>;
  /** numId → its abstract list and the starts it overrides (by ilvl). */
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>;
  /** Paragraph style id → the list it numbers with. */
  styles: Map<string, { numId: string; ilvl: number }>;
}

export function emptyNumbering(): NumberingDefs {
  return { abstract: new Map(), nums: new Map(), styles: new Map() };
}

const MAX_LEVELS = 9;
const MAX_LISTS = 10_000;

/** Reads word/numbering.xml (and the styles' numbering from word/styles.xml) into `defs`. */
export function readNumbering(numbering: Buffer | undefined, styles: Buffer | undefined): NumberingDefs {
  const defs = emptyNumbering();
  if (numbering) {
    const sc = new XmlScanner(numbering);
    let levels: Level[] | undefined;
    let level: Level | undefined;
    let num: { abstractId: string; starts: Map<number, number> } | undefined;
    let overrideLevel = -1;
    for (let tag = sc.next(); tag; tag = sc.next()) {
      const n = tag.name;
      if (tag.close) {
        if (n === "abstractNum") levels = undefined;
        else if (n === "num") num = undefined;
        else if (n === "lvl") level = undefined;
        continue;
      }
      const a = sc.attrs(tag);
      if (n === "abstractNum") {
        levels = [];
        if (defs.abstract.size < MAX_LISTS && a.abstractNumId !== undefined) defs.abstract.set(a.abstractNumId, levels);
        if (tag.selfClosing) levels = undefined;
      } else if (n === "num") {
        num = { abstractId: "", starts: new Map() };
        if (defs.nums.size < MAX_LISTS && a.numId !== undefined) defs.nums.set(a.numId, num);
        if (tag.selfClosing) num = undefined;
      } else if (n === "abstractNumId" && num) num.abstractId = a.val ?? "";
      else if (n === "lvlOverride" && num) overrideLevel = Number(a.ilvl);
      else if (n === "startOverride" && num && overrideLevel >= 0 && overrideLevel < MAX_LEVELS) num.starts.set(overrideLevel, Number(a.val) || 0);
      else if (n === "lvl" && levels && !num) {
        const i = Number(a.ilvl);
        level = { start: 1, format: "decimal", text: `%${i + 1}.` };
        if (Number.isInteger(i) && i >= 0 && i < MAX_LEVELS) levels[i] = level;
        if (tag.selfClosing) level = undefined;
      } else if (level && !num) {
        if (n === "start") level.start = Number(a.val) || 0;
        else if (n === "numFmt") level.format = a.val ?? "decimal";
        else if (n === "lvlText") level.text = a.val ?? "";
      }
    }
  }
  if (styles) {
    const sc = new XmlScanner(styles);
    let style: string | undefined;
    let numId: string | undefined;
    let ilvl = 0;
    for (let tag = sc.next(); tag; tag = sc.next()) {
      if (tag.name === "style") {
        if (tag.close || tag.selfClosing) {
          if (style && numId && numId !== "0" && defs.styles.size < MAX_LISTS) defs.styles.set(style, { numId, ilvl });
          style = undefined;
          numId = undefined;
          ilvl = 0;
        }
        if (!tag.close && !tag.selfClosing) style = sc.attrs(tag).styleId;
        continue;
      }
      if (tag.close || !style) continue;
      if (tag.name === "numId") numId = sc.attrs(tag).val;
      else if (tag.name === "ilvl") ilvl = Number(sc.attrs(tag).val) || 0;
    }
  }
  return defs;
}

const THAI_DIGITS = "๐๑๒๓๔๕๖๗๘๙";
/** The consonants Word counts with in thaiLetters (ฃ and ฅ, no longer used, left out). */
const THAI_LETTERS = "กขคงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮ";

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  const parts: [number, string][] = [
    [1000, "m"], [900, "cm"], [500, "d"], [400, "cd"], [100, "c"], [90, "xc"],
    [50, "l"], [40, "xl"], [10, "x"], [9, "ix"], [5, "v"], [4, "iv"], [1, "i"],
  ];
  let out = "";
  let x = n;
  for (const [v, s] of parts) {
    while (x >= v) {
      out += s;
      x -= v;
    }
  }
  return out;
}

function letters(n: number, alphabet: string): string {
  if (n <= 0) return String(n);
  // Word repeats the letter: a … z, aa … zz
  const k = alphabet.length;
  const letter = alphabet[(n - 1) % k];
  return letter.repeat(Math.floor((n - 1) / k) + 1);
}

/** One counter in a level's format. */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case "thaiNumbers":
      return String(n).replace(/\d/g, (d) => THAI_DIGITS[Number(d)]);
    case "thaiLetters":
      return letters(n, THAI_LETTERS);
    case "lowerLetter":
      return letters(n, "abcdefghijklmnopqrstuvwxyz");
    case "upperLetter":
      return letters(n, "ABCDEFGHIJKLMNOPQRSTUVWXYZ");
    case "lowerRoman":
      return roman(n);
    case "upperRoman":
      return roman(n).toUpperCase();
    case "decimalZero":
      return n < 10 ? `0${n}` : String(n);
    case "none":
      return "";
    default:
      // decimal, and formats rendered as plain figures here (thaiCounting, ordinal words …)
      return String(n);
  }
}

/** Counts list paragraphs as Word does and gives each its number as shown ("1.", "๒.๑", "ก)", "•"). */
export class ListCounter {
  private readonly counters = new Map<string, number[]>();
  private readonly started = new Set<string>();

  constructor(private readonly defs: NumberingDefs) {}

  /** The list number of a paragraph with this numPr (or paragraph style); "" when it is not numbered. */
  label(numId: string | undefined, ilvl: number | undefined, style: string | undefined): string {
    let id = numId;
    let lvl = ilvl;
    if (id === undefined && style) {
      const s = this.defs.styles.get(style);
      if (s) {
        id = s.numId;
        lvl = lvl ?? s.ilvl;
      }
    }
    if (id === undefined || id === "0") return "";
    const num = this.defs.nums.get(id);
    const levels = num ? this.defs.abstract.get(num.abstractId) : undefined;
    const i = Math.min(Math.max(0, Math.trunc(lvl ?? 0)), MAX_LEVELS - 1);
    const level = levels?.[i];
    if (!num || !levels || !level) return "";
    if (level.format === "bullet") return "•";
    let counts = this.counters.get(num.abstractId);
    if (!counts) {
      counts = levels.map((l) => (l ? l.start - 1 : 0));
      this.counters.set(num.abstractId, counts);
    }
    // a list instance that restarts a level (startOverride) does so on its first paragraph
    if (!this.started.has(id)) {
      this.started.add(id);
      for (const [k, start] of num.starts) counts[k] = start - 1;
    }
    counts[i] = (counts[i] ?? 0) + 1;
    for (let k = i + 1; k < counts.length; k++) counts[k] = (levels[k]?.start ?? 1) - 1;
    return level.text.replace(/%([1-9])/g, (_, d: string) => {
      const k = Number(d) - 1;
      const l = levels[k];
      return formatNumber(Math.max(counts![k] ?? 0, l ? l.start : 1), l?.format ?? "decimal");
    });
  }
}
