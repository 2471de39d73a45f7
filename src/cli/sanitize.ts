/**
 * What the CLI prints comes partly from input files (sheet names, cell text, file names). Terminal
 * escape sequences and control characters in them could retitle or clear the user's terminal, hide
 * text or reorder it, so they are removed before anything is printed or written into a summary.
 */

// ESC sequences: CSI (ESC [ … final), OSC (ESC ] … BEL or ESC \), DCS/SOS/PM/APC (… ESC \), two-byte ones.
// eslint-disable-next-line no-control-regex
const ESCAPES = /\u001b(?:\[[0-?]*[ -/]*[@-~]|\][^\u0007\u001b]*(?:\u0007|\u001b\\)?|[PX^_][^\u001b]*(?:\u001b\\)?|[@-Z\\-_]|.)?|\u009b[0-?]*[ -/]*[@-~]|\u009d[^\u0007\u009c]*[\u0007\u009c]?/g;
// C0 controls except tab and newline, DEL, C1 controls, bidirectional overrides and isolates.
// eslint-disable-next-line no-control-regex
const CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Text safe to print on a terminal: escapes and control characters removed; tabs and newlines kept. */
export function cleanForTerminal(text: string): string {
  return text.replace(/\r\n/g, "\n").replace(ESCAPES, "").replace(CONTROLS, "").replace(/[\u2028\u2029]/g, "\n");
}

/** Text for one cell or one line: as cleanForTerminal, and line breaks turned into spaces. */
export function cleanInline(text: string): string {
  return cleanForTerminal(text).replace(/[\t\n]+/g, " ");
}
