/**
 * A cell reference as users read it, one way everywhere (pane, findings, fixes, reading notes, command line):
 * "งบประมาณ!H12", and "'โครงการ (2)'!B16" when the sheet name has spaces or punctuation — as Excel writes it
 * in a formula, so the reference can be typed into the Name Box or a formula as it is. Pure.
 */

/**
 * Letters, marks, digits and "_" only. Built at run time: a \p{…} literal would be compiled for EdgeHTML 18
 * (which lacks it) into a character class of 12 KB; that webview gets Latin and Thai letters instead.
 */
const PLAIN_NAME: RegExp = (() => {
  try {
    return new RegExp("^[\\p{L}\\p{M}\\p{N}_]+$", "u");
  } catch {
    return /^[A-Za-z0-9_\u00C0-\u024F\u0E00-\u0E7F]+$/;
  }
})();

/** The sheet name as a reference writes it: quoted ('…', a quote doubled) unless it is letters and digits only. */
export function sheetRef(sheet: string): string {
  return PLAIN_NAME.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`;
}

/** "งบประมาณ!H12", "'โครงการ (2)'!B16"; the cell alone without a sheet; "" without a cell. */
export function cellRef(sheet: string | undefined, cell: string | undefined): string {
  if (!cell) return "";
  if (!sheet) return cell;
  return `${sheetRef(sheet)}!${cell}`;
}
