/**
 * The copy of a plan workbook that `budget-plan pdf` hands to LibreOffice: the printable proposal
 * (แบบเสนอโครงการ) moved to the front, and the sheets that are not printed by default (the rates sheet)
 * hidden, which LibreOffice leaves out of a PDF; sheets hidden in the workbook stay hidden. Works on the package XML (JSZip), so charts, print areas
 * and everything else ExcelJS would not keep stay as they are; the sheet-scoped defined names (print
 * areas, print titles: localSheetId) follow their sheets; a font that is not installed may be printed with a
 * metric-equivalent stand-in (FontStandIn). The user's file is never changed.
 */
import JSZip from "jszip";

export interface PrintCopyOptions {
  /** Sheets to put first, in this order (names). */
  first?: string[];
  /** Sheets to leave out of the print (hidden in the copy). */
  hide?: string[];
  /** The cell fonts (xl/styles.xml) of these families printed with a stand-in, at `scale` times their size. */
  fontStandIn?: FontStandIn;
}

/**
 * A font printed in place of others that are not installed, with the size that gives the same metrics:
 * TLWG's Laksaman is TH Sarabun's design drawn 1.5 times larger on the same em (its own fontconfig rule,
 * 89-tlwg-laksaman-synthetic.conf, scales it by 0.66 for "TH Sarabun"; a TH Sarabun digit is 0.362 em, a
 * Laksaman digit 0.543 em), so "TH SarabunPSK 16 pt" prints as Laksaman at 2/3 of 16 pt: the same line widths
 * and line heights, the same page breaks. LibreOffice does not apply fontconfig's size matrix itself.
 */
export interface FontStandIn {
  /** Family names replaced (compared without case). */
  families: string[];
  family: string;
  scale: number;
}

/** styles.xml with the stand-in's families replaced (name and size) in every cell font. */
export function rewriteStylesXml(xml: string, s: FontStandIn): string {
  const replaced = new Set(s.families.map((f) => f.toLowerCase()));
  const esc = s.family.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  return xml.replace(/<font(?:\s[^>]*)?>[\s\S]*?<\/font>/g, (font) => {
    const name = /<name\b[^>]*\bval="([^"]*)"/.exec(font);
    if (!name || !replaced.has(decode(name[1]).toLowerCase())) return font;
    return font
      .replace(/(<name\b[^>]*\bval=")[^"]*(")/, `$1${esc}$2`)
      .replace(/(<sz\b[^>]*\bval=")([\d.]+)(")/, (_, a: string, v: string, b: string) => `${a}${Math.round(Number(v) * s.scale * 100) / 100}${b}`);
  });
}

const decode = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");

/** The sheet names of a package, in order. */
export function sheetNamesOf(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<sheet\b[^>]*\bname="([^"]*)"/g)].map((m) => decode(m[1]));
}

const HIDDEN = /\sstate="(?:hidden|veryHidden)"/;

/** The sheets of a package that are hidden (state hidden or veryHidden). */
export function hiddenSheetsOf(workbookXml: string): string[] {
  return [...workbookXml.matchAll(/<sheet\b[^>]*?\/>/g)].filter((m) => HIDDEN.test(m[0])).map((m) => decode(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? ""));
}

export function rewriteWorkbookXml(xml: string, opts: PrintCopyOptions): string {
  const m = /<sheets>([\s\S]*?)<\/sheets>/.exec(xml);
  if (!m) return xml;
  const sheets = [...m[1].matchAll(/<sheet\b[^>]*?\/>/g)].map((x) => x[0]);
  const nameOf = (el: string) => decode(/\bname="([^"]*)"/.exec(el)?.[1] ?? "");
  const first = (opts.first ?? []).map((n) => sheets.findIndex((el) => nameOf(el) === n)).filter((i) => i >= 0);
  const order = [...first, ...sheets.map((_, i) => i).filter((i) => !first.includes(i))];
  const hide = new Set(opts.hide ?? []);
  const newIndex = new Map(order.map((old, i) => [old, i]));
  const els = order.map((old) => {
    // a sheet hidden in the workbook (the add-in's mapping sheet, a kept layout) stays hidden: never printed
    const was = /\sstate="(hidden|veryHidden)"/.exec(sheets[old])?.[1];
    let el = sheets[old].replace(/\s+state="[^"]*"/, "");
    if (was || hide.has(nameOf(el))) el = el.replace(/\s*\/>$/, ` state="${was ?? "hidden"}"/>`);
    return el;
  });
  let out = xml.replace(m[0], `<sheets>${els.join("")}</sheets>`);
  out = out.replace(/(<definedName\b[^>]*\blocalSheetId=")(\d+)(")/g, (_, a: string, id: string, b: string) => `${a}${newIndex.get(Number(id)) ?? id}${b}`);
  // LibreOffice exports hidden sheets too: a hidden sheet's print range becomes one empty cell, whose page
  // LibreOffice leaves out (empty pages are not printed); its formulas stay, so the others still compute
  const esc = (n: string) => n.replace(/&/g, "&amp;").replace(/'/g, "''").replace(/</g, "&lt;").replace(/"/g, "&quot;");
  els.forEach((el, i) => {
    if (!HIDDEN.test(el)) return;
    out = out.replace(new RegExp(`<definedName\\b[^>]*\\bname="_xlnm\\.Print_(?:Area|Titles)"[^>]*\\blocalSheetId="${i}"[^>]*>[^<]*</definedName>`, "g"), "");
    out = out.replace(new RegExp(`<definedName\\b[^>]*\\blocalSheetId="${i}"[^>]*\\bname="_xlnm\\.Print_(?:Area|Titles)"[^>]*>[^<]*</definedName>`, "g"), "");
    const area = `<definedName name="_xlnm.Print_Area" localSheetId="${i}">'${esc(nameOf(el))}'!$XFD$1048576</definedName>`;
    out = out.includes("<definedNames>") ? out.replace("<definedNames>", `<definedNames>${area}`) : out.replace("</sheets>", `</sheets><definedNames>${area}</definedNames>`);
  });
  // the first visible sheet is the one shown
  const shown = els.findIndex((el) => !HIDDEN.test(el));
  out = out.replace(/\bactiveTab="\d+"/, `activeTab="${Math.max(0, shown)}"`).replace(/\bfirstSheet="\d+"/, `firstSheet="${Math.max(0, shown)}"`);
  return out;
}

/** The print copy of an .xlsx package. */
export async function printCopy(buf: Buffer | Uint8Array, opts: PrintCopyOptions): Promise<{ buffer: Buffer; sheets: string[]; hidden: string[] }> {
  const zip = await JSZip.loadAsync(buf);
  const wb = zip.file("xl/workbook.xml");
  if (!wb) throw new Error("not an .xlsx workbook (no xl/workbook.xml)");
  const xml = rewriteWorkbookXml(await wb.async("string"), opts);
  zip.file("xl/workbook.xml", xml);
  const styles = zip.file("xl/styles.xml");
  if (opts.fontStandIn && styles) zip.file("xl/styles.xml", rewriteStylesXml(await styles.async("string"), opts.fontStandIn));
  const buffer = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
  return { buffer, sheets: sheetNamesOf(xml), hidden: hiddenSheetsOf(xml) };
}
