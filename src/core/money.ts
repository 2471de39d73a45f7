/**
 * Money in integer satang (1 baht = 100 satang) — THE module that makes and combines `Satang` values (a
 * branded number, see model.ts): from baht (`bahtToSatang`), from text (`parseMoney`), from a count of satang
 * (`satang`), sums (`addMoney`, `sumMoney`, `subMoney`), a unit cost times counts (`mulMoney`) and rounding a
 * computed figure (`roundSatang`), all rounding half away from zero; and the one baht formatter
 * (`formatMoney`, with `formatBaht` adding the unit word).
 *
 * Parsing works on the digit string, never on floats, so "0.29" is exactly 29 satang.
 */
import type { Satang } from "./model";
import { toArabicDigits, toThaiDigits } from "./thaiDigits";

/**
 * The first number in a text: optional minus sign directly before the digits (and not after a digit,
 * so "100-200" is not negative), digits with optional comma grouping, optional decimal part.
 * A dot only starts a decimal part when a digit precedes it, so ".....19,000....." is 19,000 and
 * "... .5,000....." is 5,000; "120,000.-" is 120,000.
 */
const NUMBER_RE = /(?:^|[^0-9])([-\u2212]?)([0-9]+(?:,[0-9]+)*)(?:\.([0-9]+))?/;

interface NumberParts {
  negative: boolean;
  /** Integer digits without commas, e.g. "120000". */
  int: string;
  /** Fraction digits, possibly empty. */
  frac: string;
}

function findNumber(text: string): NumberParts | null {
  const m = NUMBER_RE.exec(toArabicDigits(text));
  if (!m) return null;
  return { negative: m[1] !== "", int: m[2].replace(/,/g, ""), frac: m[3] ?? "" };
}

/**
 * A count of satang as `Satang`: a whole number (or NaN/±Infinity, which readers keep for a value that is not
 * a number and the checks report). A finite fraction is a programming error: round it with roundSatang.
 */
export function satang(n: number): Satang {
  if (Number.isFinite(n) && !Number.isInteger(n)) throw new RangeError(`Not a whole number of satang: ${n}`);
  return (n === 0 ? 0 : n) as Satang;
}

/** No money (0 satang). */
export const ZERO_SATANG = 0 as Satang;

/** Whole satang from a computed figure (a product, a percentage), rounded half away from zero. */
export function roundSatang(x: number): Satang {
  return roundHalfAway(x) as Satang;
}

/** a + b. */
export function addMoney(a: Satang, b: Satang): Satang {
  return (a + b) as Satang;
}

/** The sum of amounts (0 for none). */
export function sumMoney(amounts: Iterable<Satang>): Satang {
  let t = 0;
  for (const a of amounts) t += a;
  return t as Satang;
}

/** a − b. */
export function subMoney(a: Satang, b: Satang): Satang {
  return (a - b) as Satang;
}

/** |a|. */
export function absMoney(a: Satang): Satang {
  return Math.abs(a) as Satang;
}

/** Converts a decimal digit string (int part + fraction) to satang, rounding half away from zero. */
function partsToSatang(p: NumberParts): Satang {
  const frac = p.frac.padEnd(3, "0");
  let n = Number(p.int) * 100 + Number(frac.slice(0, 2));
  if (Number(frac[2]) >= 5) n += 1;
  return satang(p.negative ? -n : n);
}

/**
 * Parses an amount written in baht into satang. Accepts "1,060", "120,000.-", "๓,๕๐๐",
 * ".....19,000.....บาท", "1,234.50", "1,234.5", "-5"; numbers (baht) are converted with bahtToSatang.
 * Returns null when there is no number. Takes the first number in the text.
 */
export function parseMoney(text: string | number | null | undefined): Satang | null {
  if (text === null || text === undefined) return null;
  if (typeof text === "number") return Number.isFinite(text) ? bahtToSatang(text) : null;
  const p = findNumber(text);
  return p ? partsToSatang(p) : null;
}

/**
 * Parses a quantity ("20", "..20..คน", "๒๐๐", "1,000", "2.5"); Thai or Arabic digits, commas.
 * Returns null when there is no number.
 */
export function parseNumber(text: string | number | null | undefined): number | null {
  if (text === null || text === undefined) return null;
  if (typeof text === "number") return Number.isFinite(text) ? text : null;
  const p = findNumber(text);
  if (!p) return null;
  const n = Number(p.frac ? `${p.int}.${p.frac}` : p.int);
  return p.negative && n !== 0 ? -n : n;
}

/** Rounds half away from zero, after removing float noise (e.g. 1.005 * 100 = 100.49999…). */
function roundHalfAway(x: number): number {
  if (!Number.isFinite(x)) return x;
  const clean = Number(Math.abs(x).toPrecision(15));
  const r = Math.round(clean);
  return x < 0 ? (r === 0 ? 0 : -r) : r;
}

/** Baht (a JS number, e.g. a cell value) → satang, rounded half away from zero: 1.005 → 101. */
export function bahtToSatang(baht: number): Satang {
  if (!Number.isFinite(baht)) throw new RangeError(`Not a finite amount: ${baht}`);
  const s = String(baht);
  const m = /^(-?)([0-9]+)(?:\.([0-9]+))?$/.exec(s);
  if (m) return partsToSatang({ negative: m[1] === "-", int: m[2], frac: m[3] ?? "" });
  // exponent notation (very large or very small numbers)
  return roundSatang(baht * 100);
}

/** Satang → baht as a JS number (for cells and formulas). */
export function satangToBaht(s: Satang): number {
  return s / 100;
}

/** unitCost × factors, rounded half away from zero to whole satang. */
export function mulMoney(unitCost: Satang, ...factors: number[]): Satang {
  let p: number = unitCost;
  for (const f of factors) p *= f;
  return roundSatang(p);
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

export interface FormatMoneyOptions {
  /** Write Thai digits (๑,๐๖๐.๐๐). Default false. */
  thaiDigits?: boolean;
  /** Show two decimals (default true); false: rounded to whole baht; "auto": two decimals only when there are satang. */
  decimals?: boolean | "auto";
}

/** Formats satang as baht with thousands separators: 106000 → "1,060.00" ("1,060" without decimals). */
export function formatMoney(s: Satang, opts: FormatMoneyOptions = {}): string {
  const v = Math.round(s);
  const decimals = opts.decimals === "auto" ? v % 100 !== 0 : (opts.decimals ?? true);
  const negative = v < 0;
  const abs = Math.abs(v);
  let out: string;
  if (decimals) {
    const baht = Math.floor(abs / 100);
    const sat = abs % 100;
    out = `${groupThousands(String(baht))}.${String(sat).padStart(2, "0")}`;
  } else {
    const baht = Math.floor((abs + 50) / 100);
    out = groupThousands(String(baht));
  }
  if (negative && out.replace(/[0.,]/g, "") !== "") out = `-${out}`;
  return opts.thaiDigits ? toThaiDigits(out) : out;
}

/** "1,060 บาท" / "1,060 baht"; satang are shown only when non-zero ("1,060.50 บาท"). */
export function formatBaht(s: Satang, lang: "th" | "en", opts: { thaiDigits?: boolean } = {}): string {
  return `${formatMoney(s, { decimals: "auto", thaiDigits: opts.thaiDigits })} ${lang === "th" ? "บาท" : "baht"}`;
}
