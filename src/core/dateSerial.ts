/**
 * Excel date serials — the one place they are converted. A serial counts days (fractions are the time of
 * day) from the workbook's epoch: in the 1900 date system 1 = 1900-01-01 and, because Excel keeps Lotus's
 * phantom 29 February 1900, 61 = 1900-03-01; counting from 1899-12-30 gives the right day for every serial
 * from 61 on, which is every date a budget plan holds. In the 1904 date system (old Mac workbooks) 0 =
 * 1904-01-01. Pure: no Office, no DOM.
 */

const MS_PER_DAY = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);
const EPOCH_1904 = Date.UTC(1904, 0, 1);
/** 9999-12-31, the last day Excel shows. */
export const MAX_SERIAL = 2_958_465;

/** A calendar day (Gregorian year, month 1–12, day 1–31). */
export interface Ymd {
  year: number;
  month: number;
  day: number;
}

/** Milliseconds since 1970 (UTC) → serial, rounded to the second. */
export function serialFromTime(ms: number, date1904 = false): number {
  const days = (ms - (date1904 ? EPOCH_1904 : EPOCH_1900)) / MS_PER_DAY;
  return Math.round(days * 86400) / 86400;
}

/** A JS Date (read as UTC) → serial. */
export function serialFromDate(d: Date, date1904 = false): number {
  return serialFromTime(d.getTime(), date1904);
}

/** An ISO date or date-time text ("2017-10-01", "2017-10-01T12:00:00", with or without a zone; no zone = UTC) → serial. */
export function serialFromIso(text: string, date1904 = false): number | null {
  const t = Date.parse(/Z|[+-]\d\d:?\d\d$/.test(text) || !/T/.test(text) ? text : text + "Z");
  return Number.isFinite(t) ? serialFromTime(t, date1904) : null;
}

/** Gregorian year, month, day → serial (1900 system). */
export function serialFromYmd(year: number, month: number, day = 1): number {
  return Math.round((Date.UTC(year, month - 1, day) - EPOCH_1900) / MS_PER_DAY);
}

/** Serial (1900 system; the time of day dropped) → Gregorian year, month, day. */
export function ymdFromSerial(serial: number): Ymd {
  const d = new Date(EPOCH_1900 + Math.floor(serial) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

/** Serial of the first (or the given) day of a Buddhist-era month. */
export function monthToSerial(yearBE: number, month: number, day = 1): number {
  return serialFromYmd(yearBE - 543, month, day);
}

/** Serial → { year (Buddhist era), month, day }; null when the number is not a plausible date serial. */
export function serialToDate(serial: number): Ymd | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > MAX_SERIAL) return null;
  const g = ymdFromSerial(serial);
  return { ...g, year: g.year + 543 };
}

/** "2017-10-01" (Gregorian ISO date) → serial. */
export function isoDateToSerial(iso: string): number {
  const [y, m, d] = iso.split("-").map(Number);
  return serialFromYmd(y, m, d);
}
