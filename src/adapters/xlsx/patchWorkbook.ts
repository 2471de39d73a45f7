/**
 * The patch writer of `fix`: cell edits written into the original .xlsx package, without loading it
 * into a spreadsheet library. Only these parts change:
 * - the worksheets holding edited cells (the edited <c> elements; ./patch.ts);
 * - every worksheet whose formulas carry cached results: those results are dropped (the formula text
 *   kept byte for byte), so that no figure computed from the old cells survives — as the ExcelJS path
 *   did. A workbook without cached results (our template, files written by ExcelJS) keeps these parts;
 * - the workbook part: calcPr fullCalcOnLoad="1" (Excel and LibreOffice recalculate on open);
 * - the calculation chain (xl/calcChain.xml, Excel's cache of the order of formulas), when there is one:
 *   left out with its relationship and content type, as it may list cells that no longer hold a formula
 *   (Excel builds it again).
 * Every other entry of the package (styles, shared strings, charts, pictures, pivot tables, macros,
 * defined names …) is copied byte for byte, packed as it was.
 */
import type { CellEdit } from "../../workbook/host";
import { LIMITS, type Limits } from "./limits";
import { asReadError, openPackage, resolveTarget as resolve } from "./package";
import { mayHaveCachedFormulas, PatchRefusal, patchSheetFast, patchSheetXml, prefixOf } from "./patch";
import { XmlScanner, type XmlTag } from "./xml";
import { rewriteZip } from "./zipWrite";
import type { ZipPackage } from "./zip";

export { PatchRefusal } from "./patch";

export interface PatchedWorkbook {
  bytes: Buffer;
  /** Worksheet parts written anew. */
  parts: string[];
  /** Cached formula results dropped. */
  dropped: number;
  /** The calculation chain was left out. */
  calcChainDropped: boolean;
}

function relsOf(part: string): string {
  const i = part.lastIndexOf("/");
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`;
}

/** The end offset of an element that starts at `tag` (after its end tag when it has content). */
function elementEnd(sc: XmlScanner, tag: XmlTag): number {
  if (tag.selfClosing) return tag.end;
  sc.skip(tag);
  return sc.position;
}

/** The workbook part's relationships of type `type` (last path segment): the tags' byte ranges and targets. */
function relationships(xml: Buffer, type: string): { start: number; end: number; target: string }[] {
  const sc = new XmlScanner(xml);
  const out: { start: number; end: number; target: string }[] = [];
  for (let tag = sc.next(); tag; tag = sc.next()) {
    if (tag.close || tag.name !== "Relationship") continue;
    const a = sc.attrs(tag);
    const end = elementEnd(sc, tag);
    if ((a.Type ?? "").split("/").pop() === type && a.TargetMode !== "External") out.push({ start: tag.start, end, target: a.Target ?? "" });
  }
  return out;
}

function cut(xml: Buffer, ranges: { start: number; end: number }[]): Buffer {
  const out: Buffer[] = [];
  let from = 0;
  for (const r of [...ranges].sort((a, b) => a.start - b.start)) {
    out.push(xml.subarray(from, r.start));
    from = r.end;
  }
  out.push(xml.subarray(from));
  return Buffer.concat(out);
}

/** Children of <workbook> that come after <calcPr> (ECMA-376 order). */
const AFTER_CALC_PR = new Set(["oleSize", "customWorkbookViews", "pivotCaches", "smartTagPr", "smartTagTypes", "webPublishing", "fileRecoveryPr", "webPublishObjects", "extLst"]);

/** The workbook part with calcPr fullCalcOnLoad="1"; undefined when it says so already. */
export function withFullCalcOnLoad(xml: Buffer): Buffer | undefined {
  const sc = new XmlScanner(xml);
  let depth = 0;
  let prefix = "";
  let insertAt = -1;
  for (let tag = sc.next(); tag; tag = sc.next()) {
    if (tag.close) {
      depth--;
      if (depth === 0 && tag.name === "workbook" && insertAt < 0) insertAt = tag.start;
      continue;
    }
    if (depth === 0 && tag.name === "workbook") prefix = prefixOf(xml, tag);
    if (depth === 1 && tag.name === "calcPr") {
      const a = sc.attrs(tag);
      if (a.fullCalcOnLoad === "1" || a.fullCalcOnLoad === "true") return undefined;
      const text = xml.toString("utf8", tag.start, tag.attrEnd).replace(/\s(?:[A-Za-z_][\w.-]*:)?fullCalcOnLoad\s*=\s*("[^"]*"|'[^']*')/, "").replace(/\s+$/, "");
      const tail = xml.toString("utf8", tag.attrEnd, tag.end);
      return Buffer.concat([xml.subarray(0, tag.start), Buffer.from(`${text} fullCalcOnLoad="1"${tail}`, "utf8"), xml.subarray(tag.end)]);
    }
    if (depth === 1 && insertAt < 0 && AFTER_CALC_PR.has(tag.name)) insertAt = tag.start;
    if (!tag.selfClosing) depth++;
  }
  if (insertAt < 0) throw new PatchRefusal({ th: "ไม่พบส่วนสมุดงาน (workbook) ที่สมบูรณ์", en: "the workbook part is incomplete" });
  return Buffer.concat([xml.subarray(0, insertAt), Buffer.from(`<${prefix}calcPr fullCalcOnLoad="1"/>`, "utf8"), xml.subarray(insertAt)]);
}

function mainPart(zip: ZipPackage): string {
  const rels = zip.read("_rels/.rels");
  const office = rels ? relationships(rels, "officeDocument")[0] : undefined;
  return office ? resolve("", office.target) : "xl/workbook.xml";
}

/**
 * Write `edits` into the package `buf` (the file `file`). Throws PatchRefusal when it cannot be done
 * exactly, XlsxReadError for a package that cannot be read.
 */
export function patchWorkbook(buf: Buffer, edits: CellEdit[], file: string, limits: Limits = LIMITS): PatchedWorkbook {
  const pkg = openPackage(buf, file, limits);
  if (!edits.length) return { bytes: buf, parts: [], dropped: 0, calcChainDropped: false };
  try {
    const bySheet = new Map<string, CellEdit[]>();
    for (const e of edits) {
      const s = pkg.sheets.find((x) => x.name === e.sheet) ?? pkg.sheets.find((x) => x.name.toLowerCase() === e.sheet.toLowerCase());
      if (!s || s.kind !== "worksheet" || !s.path) throw new PatchRefusal({ th: `ไม่พบแผ่นงาน "${e.sheet}"`, en: `no sheet named "${e.sheet}"` });
      bySheet.set(s.name, [...(bySheet.get(s.name) ?? []), e]);
    }
    const replace = new Map<string, Buffer>();
    const parts: string[] = [];
    let dropped = 0;
    for (const s of pkg.sheets) {
      if (s.kind !== "worksheet" || !s.path || replace.has(s.path)) continue;
      const xml = pkg.zip.read(s.path)!;
      const own = bySheet.get(s.name) ?? [];
      // a part whose formulas carry no cached result: nothing to drop; its edits placed by byte search
      const cached = mayHaveCachedFormulas(xml);
      if (!own.length && !cached) continue;
      const r = (!cached && patchSheetFast(xml, own)) || patchSheetXml(xml, own, { dropCached: true, sheet: s.name });
      dropped += r.dropped;
      if (r.xml && !r.xml.equals(xml)) {
        replace.set(s.path, r.xml);
        parts.push(s.path);
      }
    }
    const main = mainPart(pkg.zip);
    const workbook = pkg.zip.read(main);
    if (!workbook) throw new PatchRefusal({ th: "ไม่พบส่วนสมุดงาน (workbook)", en: "no workbook part" });
    const calc = withFullCalcOnLoad(workbook);
    if (calc) replace.set(main, calc);
    // the calculation chain: left out (with its relationship and content type)
    const drop = new Set<string>();
    const relsPath = relsOf(main);
    const rels = pkg.zip.read(relsPath);
    const chain = rels ? relationships(rels, "calcChain") : [];
    if (rels && chain.length) {
      replace.set(relsPath, cut(rels, chain));
      for (const c of chain) drop.add(resolve(main, c.target));
      const types = pkg.zip.read("[Content_Types].xml");
      if (types) {
        const sc = new XmlScanner(types);
        const ranges: { start: number; end: number }[] = [];
        for (let tag = sc.next(); tag; tag = sc.next()) {
          if (tag.close || tag.name !== "Override") continue;
          const name = (sc.attrs(tag).PartName ?? "").replace(/^\//, "").toLowerCase();
          const end = elementEnd(sc, tag);
          if ([...drop].some((d) => d.toLowerCase() === name)) ranges.push({ start: tag.start, end });
        }
        if (ranges.length) replace.set("[Content_Types].xml", cut(types, ranges));
      }
    }
    return { bytes: rewriteZip(buf, replace, drop), parts, dropped, calcChainDropped: drop.size > 0 };
  } catch (e) {
    if (e instanceof PatchRefusal) throw e;
    throw asReadError(e, file);
  }
}
