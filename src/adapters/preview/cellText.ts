/**
 * Cell text as Excel shows it outside the cell: the formula bar (and the editor) show a formula, or the value
 * as it would be typed — a date cell shows its date ("1/3/2560" in Thai, Buddhist era; "1/3/2017" in English),
 * not its serial number — and typing a date in that form stores a date again. Pure: no DOM.
 */
import type { CellScalar } from "../../workbook/types";
import { serialFromYmd, ymdFromSerial } from "../../core/dateSerial";

/** Years typed from this one on are Buddhist era (2400 BE = 1857 CE; no plan is dated before that). */
const BE_FROM = 2400;
const BE_OFFSET = 543;

/** True when a number format shows dates (d, m or y outside quotes, in any section). */
export function isDateFormat(numberFormat: string | undefined): boolean {
  if (!numberFormat) return false;
  const body = numberFormat.replace(/^\[\$-[0-9A-Fa-f]+\]/, "").replace(/"[^"]*"/g, "").replace(/\[[^\]]*\]/g, "");
  return /[dmy]/i.test(body) && !/[#0]/.test(body);
}

/**
 * "1/3/2560", "01-03-2017", "1.3.2560" (day first, as dates are written in Thailand; Buddhist-era years from 2400)
 * → { serial, buddhist }; undefined when the text is not such a date or the day does not exist.
 */
export function parseDateText(text: string): { serial: number; buddhist: boolean } | undefined {
  const m = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$/.exec(text.trim());
  if (!m) return undefined;
  const d = Number(m[1]);
  const mo = Number(m[3]);
  const typedYear = Number(m[4]);
  const buddhist = typedYear >= BE_FROM;
  const y = buddhist ? typedYear - BE_OFFSET : typedYear;
  if (mo < 1 || mo > 12 || d < 1) return undefined;
  const dt = new Date(Date.UTC(y, mo - 1, d));
  if (dt.getUTCMonth() !== mo - 1 || dt.getUTCDate() !== d) return undefined;
  return { serial: serialFromYmd(y, mo, d), buddhist };
}

/** The number format a date typed into a cell without one gets: the era it was typed in. */
export function typedDateFormat(buddhist: boolean): string {
  return buddhist ? "[$-107041E]d/m/yyyy" : "d/m/yyyy";
}

/** A serial as the formula bar shows it: day/month/year, Buddhist era in Thai. */
export function dateForBar(serial: number, lang: "th" | "en"): string {
  const { year, month, day } = ymdFromSerial(serial);
  return `${day}/${month}/${lang === "th" ? year + BE_OFFSET : year}`;
}

/** What the formula bar (and the cell editor) shows for a cell: its formula, or its value as typed. */
export function formulaBarText(info: { value: CellScalar; formula: string | null; numberFormat?: string }, lang: "th" | "en", styleFormat?: string): string {
  if (info.formula) return info.formula;
  const v = info.value;
  if (v === null) return "";
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "number" && Number.isFinite(v) && v >= 1 && isDateFormat(info.numberFormat ?? styleFormat)) return dateForBar(v, lang);
  return String(v);
}

/**
 * The number Excel makes of text typed into a cell, with what it shows it with; undefined when Excel keeps the
 * text as text. Excel (th-TH or en-US) reads Arabic digits only, with an optional sign or parentheses for a
 * negative, thousands commas in groups of three, a "." decimal, an exponent, a trailing %, and the currency
 * symbol of the locale (฿ in Thai, $ in English) before the number. Thai digits ("๓๐"), units ("2,500 บาท"),
 * expressions ("35 x 2") and misplaced commas ("1,06") stay text, and the add-in's bad-number check finds them.
 */
export function parseTypedNumber(text: string): number | undefined {
  let t = text.trim();
  let negative = false;
  const paren = /^\((.*)\)$/.exec(t);
  if (paren) {
    negative = true;
    t = paren[1].trim();
  }
  const sign = /^([-+])\s*/.exec(t);
  if (sign) {
    if (paren) return undefined;
    negative = sign[1] === "-";
    t = t.slice(sign[0].length);
  }
  const currency = /^[฿$]\s*/.exec(t);
  if (currency) t = t.slice(currency[0].length);
  if (!paren && !sign && currency) {
    const after = /^-\s*/.exec(t); // "฿-30" is -30 too
    if (after) {
      negative = true;
      t = t.slice(after[0].length);
    }
  }
  let percent = false;
  if (/\s*%$/.test(t)) {
    percent = true;
    t = t.replace(/\s*%$/, "");
    if (currency) return undefined;
  }
  const m = /^(\d{1,3}(?:,\d{3})+|\d+)?(\.\d*)?(?:[eE]([-+]?\d+))?$/.exec(t);
  if (!m || (m[1] === undefined && (m[2] === undefined || m[2] === "."))) return undefined;
  if (m[3] !== undefined && m[1] !== undefined && m[1].includes(",")) return undefined;
  const n = Number(`${(m[1] ?? "0").replace(/,/g, "")}${m[2] && m[2] !== "." ? m[2] : ""}${m[3] !== undefined ? `e${m[3]}` : ""}`);
  if (!Number.isFinite(n)) return undefined;
  const v = percent ? n / 100 : n;
  return negative ? (v === 0 ? 0 : -v) : v;
}
