/**
 * Display of cell values in the preview grid according to the cell's number format — the subset of
 * Excel's format language the layout uses: "#,##0.00", "#,##0.##", '#,##0.00;-#,##0.00;"-"', "0.0%",
 * "[$-107041E]mmm yy;;" (Thai months, Buddhist year) and "d mmm yyyy;;".
 */
import { ENGLISH_MONTHS_SHORT, THAI_MONTHS, THAI_MONTHS_SHORT } from "../../core/calendar";
import type { CellScalar } from "../../workbook/types";
import { ymdFromSerial } from "../../core/dateSerial";

function splitSections(fmt: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (const ch of fmt) {
    if (ch === '"') quoted = !quoted;
    if (ch === ";" && !quoted) {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function formatDate(serial: number, section: string, locale: string | undefined): string {
  const { year: y, month: m, day: d } = ymdFromSerial(serial);
  // [$-0107041E]: numeral system (01), calendar (07 = Thai Buddhist), locale id (041E = Thai).
  const full = (locale ?? "").toUpperCase().padStart(8, "0");
  const thai = locale !== undefined && full.slice(4) === "041E";
  const buddhist = locale !== undefined && full.slice(2, 4) === "07";
  const year = buddhist ? y + 543 : y;
  return section.replace(/yyyy|yy|mmmm|mmm|mm|m|dd|d/g, (tok) => {
    switch (tok) {
      case "yyyy":
        return String(year);
      case "yy":
        return String(year % 100).padStart(2, "0");
      case "mmmm":
        return thai ? THAI_MONTHS[m - 1] : ENGLISH_MONTHS_SHORT[m - 1];
      case "mmm":
        return thai ? THAI_MONTHS_SHORT[m - 1] : ENGLISH_MONTHS_SHORT[m - 1];
      case "mm":
        return String(m).padStart(2, "0");
      case "m":
        return String(m);
      case "dd":
        return String(d).padStart(2, "0");
      default:
        return String(d);
    }
  });
}

function formatNumber(n: number, section: string): string {
  const percent = section.includes("%");
  const v = percent ? n * 100 : n;
  const m = /[#0,]*(?:\.([0#]+))?/.exec(section.replace(/"[^"]*"/g, ""));
  const dec = m?.[1] ?? "";
  const minDec = (dec.match(/0/g) ?? []).length;
  const maxDec = dec.length;
  const grouping = /#,#|0,0|#,0/.test(section);
  const text = Math.abs(v).toLocaleString("en-US", { minimumFractionDigits: minDec, maximumFractionDigits: maxDec, useGrouping: grouping });
  const prefix = section.trim().startsWith("-") ? "-" : "";
  return prefix + text + (percent ? "%" : "");
}

/** Text shown in a cell. */
export function formatCellValue(value: CellScalar, numberFormat?: string): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  if (!numberFormat || numberFormat === "General" || numberFormat === "@") {
    return Number.isInteger(value) ? String(value) : String(Number(value.toPrecision(10)));
  }
  const localeMatch = /^\[\$-([0-9A-Fa-f]+)\]/.exec(numberFormat);
  const fmt = numberFormat.replace(/^\[\$-[0-9A-Fa-f]+\]/, "");
  const sections = splitSections(fmt);
  let section = sections[0];
  let negativeHandled = false;
  if (value < 0 && sections.length > 1) {
    section = sections[1];
    negativeHandled = true;
  } else if (value === 0 && sections.length > 2) {
    section = sections[2];
  }
  const literal = /^"([^"]*)"$/.exec(section.trim());
  if (literal) return literal[1];
  if (section === "") return "";
  if (/[dmy]/.test(section.replace(/"[^"]*"/g, ""))) return formatDate(value, section, localeMatch?.[1]);
  const body = formatNumber(value, negativeHandled ? section.replace(/^-/, "") : section);
  if (negativeHandled) return section.trim().startsWith("-") ? "-" + body : body;
  return value < 0 ? "-" + body : body;
}
