/**
 * The downloaded workbook's file name: the project's name, made safe for file systems (Windows' reserved
 * characters and names, control characters, leading/trailing dots and spaces), Thai kept, at most 80
 * characters without cutting a Thai vowel or tone mark from its consonant; else DOWNLOAD_NAME.
 */

/** The name when the workbook has no usable project name. */
export const DOWNLOAD_NAME = "budget-plan-preview.xlsx";

const MAX_CHARS = 80;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;
/** Characters Windows, macOS or Linux refuse in a file name (control characters are dropped separately). */
const UNSAFE = /[<>:"/\\|?*]/g;

/** A Thai mark written above or below the consonant before it (it cannot start a cut). */
const isThaiMark = (ch: string) => /[\u0E31\u0E34-\u0E3A\u0E47-\u0E4E]/.test(ch);

export function fileNameFor(project: string | undefined, fallback = DOWNLOAD_NAME): string {
  const printable = Array.from((project ?? "").normalize("NFC"))
    .map((ch) => (ch.charCodeAt(0) < 32 || ch.charCodeAt(0) === 127 ? " " : ch))
    .join("");
  const clean = printable.replace(UNSAFE, " ").replace(/\s+/g, " ").trim().replace(/^[.\s]+/, "").replace(/[.\s]+$/, "");
  let chars = Array.from(clean);
  if (chars.length > MAX_CHARS) {
    let end = MAX_CHARS;
    while (end > 0 && isThaiMark(chars[end])) end--;
    chars = chars.slice(0, end);
  }
  const base = chars.join("").replace(/[.\s]+$/, "");
  if (!base || RESERVED.test(base)) return fallback;
  return `${base}.xlsx`;
}
