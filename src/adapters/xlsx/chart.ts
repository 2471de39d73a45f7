/**
 * Charts for the .xlsx writer. ExcelJS cannot write charts, so after it has produced the package this
 * step opens the zip (JSZip, which ExcelJS itself uses) and adds, for each sheet that gets charts:
 *
 * - xl/charts/chartN.xml: a c:chartSpace with one clustered bar chart (horizontal bars, first category
 *   on top), one series whose categories and values are formulas on the spec's ranges, and the title;
 * - xl/drawings/drawingN.xml (+ _rels): an xdr:wsDr with one xdr:twoCellAnchor per chart at the spec's
 *   anchor cell, 8 columns × 16 rows, holding an xdr:graphicFrame that points at the chart;
 * - the worksheet's rels (created or appended) and a <drawing r:id> element at its schema position;
 * - the content-type Overrides for the new parts.
 *
 * The chart carries no cached values (c:strCache/c:numCache): Excel and LibreOffice read the cells.
 */
import JSZip from "jszip";
import type { WorkbookSpec } from "../../workbook/types";
import { absRangeRef, parseCell } from "../../workbook/a1";

export type ChartSpec = NonNullable<WorkbookSpec["charts"]>[number];

const NS_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const NS_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const REL_DRAWING = `${NS_REL}/drawing`;
const REL_CHART = `${NS_REL}/chart`;
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";
const FONT = "TH SarabunPSK";
/** Parts only: no zip entries for the new folders. */
const NO_FOLDERS = { createFolders: false } as const;
/** Size of a chart on the sheet, in cells from its anchor. */
export const CHART_COLS = 8;
export const CHART_ROWS = 16;

function esc(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function unesc(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#(\d+)|#x([0-9a-fA-F]+));/g, (_m, name: string, dec?: string, hex?: string) => {
    if (dec) return String.fromCodePoint(Number(dec));
    if (hex) return String.fromCodePoint(parseInt(hex, 16));
    return ({ lt: "<", gt: ">", quot: '"', apos: "'", amp: "&" } as Record<string, string>)[name];
  });
}

/** Attributes of one start tag's text (`<x a="1" b='2'>`), values unescaped; prefixes kept ("r:id"). */
function attrs(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) out[m[1]] = unesc(m[2] ?? m[3] ?? "");
  return out;
}

/** Every start tag `<name ...>` or `<prefix:name ...>` in xml, as attribute maps. */
function tags(xml: string, name: string): Record<string, string>[] {
  const re = new RegExp(`<(?:[\\w.-]+:)?${name}(?=[\\s/>])[^>]*>`, "g");
  return [...xml.matchAll(re)].map((m) => attrs(m[0]));
}

/** "B6:B12" (or "สรุป!B6:B12") on sheet → "'สรุป'!$B$6:$B$12". */
export const chartRef = absRangeRef;

function runProps(size: number, bold: boolean, tag: "a:rPr" | "a:defRPr"): string {
  const inner = `<a:latin typeface="${FONT}"/><a:cs typeface="${FONT}"/>`;
  return `<${tag}${tag === "a:rPr" ? ' lang="th-TH"' : ""} sz="${size}" b="${bold ? 1 : 0}">${inner}</${tag}>`;
}

/** The chart part: one clustered bar chart, one series. */
export function chartXml(chart: ChartSpec): string {
  const cat = esc(chartRef(chart.sheet, chart.categoriesRange));
  const val = esc(chartRef(chart.sheet, chart.valuesRange));
  const title = esc(chart.title);
  const catAx = 500010001;
  const valAx = 500010002;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">` +
    `<c:roundedCorners val="0"/>` +
    `<c:chart>` +
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps(1600, true, "a:defRPr")}</a:pPr>` +
    `<a:r>${runProps(1600, true, "a:rPr")}<a:t>${title}</a:t></a:r></a:p></c:rich></c:tx><c:overlay val="0"/></c:title>` +
    `<c:autoTitleDeleted val="0"/>` +
    `<c:plotArea><c:layout/>` +
    `<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>` +
    `<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>${title}</c:v></c:tx>` +
    `<c:spPr><a:solidFill><a:srgbClr val="5B9BD5"/></a:solidFill></c:spPr>` +
    `<c:invertIfNegative val="0"/>` +
    `<c:cat><c:strRef><c:f>${cat}</c:f></c:strRef></c:cat>` +
    `<c:val><c:numRef><c:f>${val}</c:f></c:numRef></c:val>` +
    `</c:ser>` +
    `<c:gapWidth val="60"/><c:axId val="${catAx}"/><c:axId val="${valAx}"/>` +
    `</c:barChart>` +
    // Categories top to bottom in sheet order; the value axis then sits at the bottom (crosses at max).
    `<c:catAx><c:axId val="${catAx}"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>` +
    `<c:tickLblPos val="nextTo"/><c:crossAx val="${valAx}"/><c:crosses val="autoZero"/><c:auto val="1"/>` +
    `<c:lblAlgn val="ctr"/><c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>` +
    `<c:valAx><c:axId val="${valAx}"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>` +
    `<c:axPos val="b"/><c:majorGridlines/><c:numFmt formatCode="#,##0" sourceLinked="0"/><c:majorTickMark val="out"/>` +
    `<c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${catAx}"/><c:crosses val="max"/>` +
    `<c:crossBetween val="between"/></c:valAx>` +
    `</c:plotArea>` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/>` +
    `</c:chart>` +
    `<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr>${runProps(1200, false, "a:defRPr")}</a:pPr><a:endParaRPr lang="th-TH"/></a:p></c:txPr>` +
    `</c:chartSpace>`
  );
}

function anchorXml(chart: ChartSpec, index: number, relId: string): string {
  // the drawing's anchors count rows and columns from 0
  const p = parseCell(chart.anchor);
  const from = { col: p.col - 1, row: p.row - 1 };
  const pos = (col: number, row: number) =>
    `<xdr:col>${col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff>`;
  return (
    `<xdr:twoCellAnchor editAs="oneCell">` +
    `<xdr:from>${pos(from.col, from.row)}</xdr:from>` +
    `<xdr:to>${pos(from.col + CHART_COLS, from.row + CHART_ROWS)}</xdr:to>` +
    `<xdr:graphicFrame macro="">` +
    `<xdr:nvGraphicFramePr><xdr:cNvPr id="${index + 2}" name="${esc(`Chart ${index + 1}`)}" descr="${esc(chart.title)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
    `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
    `<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">` +
    `<c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${relId}"/>` +
    `</a:graphicData></a:graphic>` +
    `</xdr:graphicFrame><xdr:clientData/>` +
    `</xdr:twoCellAnchor>`
  );
}

function relsXml(rels: { id: string; type: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${NS_PKG_REL}">` +
    rels.map((r) => `<Relationship Id="${r.id}" Type="${r.type}" Target="${esc(r.target)}"/>`).join("") +
    `</Relationships>`
  );
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
function relsPathOf(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** A relationship target resolved against the folder of its source part ("xl/"). */
function resolveTarget(baseDir: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = (baseDir + target).split("/");
  const out: string[] = [];
  for (const p of parts) {
    if (p === "..") out.pop();
    else if (p !== "." && p !== "") out.push(p);
  }
  return out.join("/");
}

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  const f = zip.file(path);
  return f ? f.async("string") : undefined;
}

/** Sheet name → worksheet part path ("xl/worksheets/sheet5.xml"), from xl/workbook.xml and its rels. */
export async function sheetParts(zip: JSZip): Promise<Map<string, string>> {
  const workbook = await text(zip, "xl/workbook.xml");
  const rels = await text(zip, "xl/_rels/workbook.xml.rels");
  if (!workbook || !rels) throw new Error("Not an .xlsx package: xl/workbook.xml or its rels is missing");
  const targets = new Map(tags(rels, "Relationship").map((r) => [r.Id, r.Target]));
  const out = new Map<string, string>();
  for (const s of tags(workbook, "sheet")) {
    const target = targets.get(s["r:id"]);
    if (s.name && target) out.set(s.name, resolveTarget("xl/", target));
  }
  return out;
}

function freeId(used: Set<string>): string {
  let n = 1;
  while (used.has(`rId${n}`)) n++;
  used.add(`rId${n}`);
  return `rId${n}`;
}

function freeNumber(zip: JSZip, prefix: string): number {
  let n = 1;
  while (zip.file(`${prefix}${n}.xml`)) n++;
  return n;
}

/** Worksheet children that come after <drawing> (CT_Worksheet sequence). */
const AFTER_DRAWING = ["legacyDrawing", "legacyDrawingHF", "drawingHF", "picture", "oleObjects", "controls", "webPublishItems", "tableParts", "extLst"];

/**
 * The root element's children (local name, start offset), in document order. Nested elements such as a
 * data bar's <extLst> inside <conditionalFormatting> are not children of the root.
 */
function topLevelChildren(xml: string): { name: string; index: number }[] {
  const out: { name: string; index: number }[] = [];
  let depth = 0;
  const re = /<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>|<[?!][^>]*>|<(\/?)(?:[\w.-]+:)?([\w.-]+)(?:"[^"]*"|'[^']*'|[^>"'])*?(\/?)>/g;
  for (const m of xml.matchAll(re)) {
    if (m[2] === undefined) continue; // comment, CDATA, declaration
    if (m[1]) {
      depth--;
      continue;
    }
    if (depth === 1) out.push({ name: m[2], index: m.index! });
    if (!m[3]) depth++;
  }
  return out;
}

/** Inserts `<drawing r:id>` at its schema position and declares the r: namespace on the root if needed. */
export function insertDrawingElement(sheetXml: string, relId: string): string {
  if (/<(?:\w+:)?drawing[\s/>]/.test(sheetXml)) throw new Error("The worksheet already has a drawing");
  let xml = sheetXml;
  const root = /<worksheet\b[^>]*>/.exec(xml);
  if (!root) throw new Error("No <worksheet> element in the sheet part");
  let prefix = "r";
  const declared = Object.entries(attrs(root[0])).find(([k, v]) => k.startsWith("xmlns:") && v === NS_REL);
  if (declared) prefix = declared[0].slice("xmlns:".length);
  else if (/\sxmlns:r\s*=/.test(root[0])) prefix = "rel_";
  if (!declared) xml = xml.replace(root[0], root[0].replace(/\/?>$/, (end) => ` xmlns:${prefix}="${NS_REL}"${end}`));
  const element = `<drawing ${prefix}:id="${relId}"/>`;
  const at = topLevelChildren(xml).find((c) => AFTER_DRAWING.includes(c.name))?.index ?? xml.lastIndexOf("</worksheet>");
  if (at < 0) throw new Error("No </worksheet> in the sheet part");
  return xml.slice(0, at) + element + xml.slice(at);
}

function addOverride(contentTypes: string, partName: string, type: string): string {
  if (contentTypes.includes(`PartName="${partName}"`)) return contentTypes;
  const at = contentTypes.lastIndexOf("</Types>");
  if (at < 0) throw new Error("[Content_Types].xml has no </Types>");
  return contentTypes.slice(0, at) + `<Override PartName="${partName}" ContentType="${type}"/>` + contentTypes.slice(at);
}

/**
 * Adds the charts to an .xlsx package (as written by ExcelJS) and returns the new package. Charts whose
 * sheet is not in the workbook are skipped. Throws when a target sheet already has a drawing.
 */
export async function addCharts(buffer: Buffer | Uint8Array, charts: readonly ChartSpec[]): Promise<Buffer> {
  if (!charts.length) return Buffer.from(buffer);
  const zip = await JSZip.loadAsync(buffer);
  const sheets = await sheetParts(zip);
  const bySheet = new Map<string, ChartSpec[]>();
  for (const c of charts) {
    if (!sheets.has(c.sheet)) continue;
    bySheet.set(c.sheet, [...(bySheet.get(c.sheet) ?? []), c]);
  }
  if (!bySheet.size) return Buffer.from(buffer);
  let contentTypes = await text(zip, "[Content_Types].xml");
  if (!contentTypes) throw new Error("Not an .xlsx package: [Content_Types].xml is missing");

  for (const [sheet, list] of bySheet) {
    const sheetPath = sheets.get(sheet)!;
    const sheetXml = await text(zip, sheetPath);
    if (sheetXml === undefined) throw new Error(`Worksheet part ${sheetPath} is missing`);

    const drawingNo = freeNumber(zip, "xl/drawings/drawing");
    const drawingPath = `xl/drawings/drawing${drawingNo}.xml`;
    const drawingRels: { id: string; type: string; target: string }[] = [];
    const anchors: string[] = [];
    const usedInDrawing = new Set<string>();
    list.forEach((chart, i) => {
      const chartNo = freeNumber(zip, "xl/charts/chart");
      const chartPath = `xl/charts/chart${chartNo}.xml`;
      zip.file(chartPath, chartXml(chart), NO_FOLDERS);
      contentTypes = addOverride(contentTypes!, `/${chartPath}`, CT_CHART);
      const id = freeId(usedInDrawing);
      drawingRels.push({ id, type: REL_CHART, target: `../charts/chart${chartNo}.xml` });
      anchors.push(anchorXml(chart, i, id));
    });
    zip.file(
      drawingPath,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
        `<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_REL}">` +
        anchors.join("") +
        `</xdr:wsDr>`,
      NO_FOLDERS,
    );
    zip.file(relsPathOf(drawingPath), relsXml(drawingRels), NO_FOLDERS);
    contentTypes = addOverride(contentTypes, `/${drawingPath}`, CT_DRAWING);

    // The worksheet's relationship to its drawing (appended when ExcelJS already wrote a rels part).
    const sheetRelsPath = relsPathOf(sheetPath);
    const existing = await text(zip, sheetRelsPath);
    const used = new Set(existing ? tags(existing, "Relationship").map((r) => r.Id) : []);
    const relId = freeId(used);
    const rel = `<Relationship Id="${relId}" Type="${REL_DRAWING}" Target="../drawings/drawing${drawingNo}.xml"/>`;
    if (existing) {
      const at = existing.lastIndexOf("</Relationships>");
      const updated =
        at >= 0
          ? existing.slice(0, at) + rel + existing.slice(at)
          : existing.replace(/<Relationships\b([^>]*)\/>/, `<Relationships$1>${rel}</Relationships>`);
      zip.file(sheetRelsPath, updated, NO_FOLDERS);
    } else {
      zip.file(sheetRelsPath, relsXml([{ id: relId, type: REL_DRAWING, target: `../drawings/drawing${drawingNo}.xml` }]), NO_FOLDERS);
    }
    zip.file(sheetPath, insertDrawingElement(sheetXml, relId), NO_FOLDERS);
  }
  zip.file("[Content_Types].xml", contentTypes, NO_FOLDERS);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
}

/** "'สรุป'!$B$6:$B$12" → the sheet name and "B6:B12" (undefined for anything else). */
function splitRef(f: string): { sheet: string; range: string } | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/.exec(unesc(f.trim()));
  if (!m) return undefined;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], range: `${m[3]}${m[4]}:${m[5]}${m[6]}` };
}

function colLetters(index0: number): string {
  let n = index0 + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** Our chart part back to a spec: one bar chart with one series on ranges of `sheet`; else undefined. */
function chartSpecOf(xml: string, sheet: string, anchor: string): ChartSpec | undefined {
  const kinds = xml.match(/<c:(?:area|area3D|bar|bar3D|bubble|doughnut|line|line3D|ofPie|pie|pie3D|radar|scatter|stock|surface|surface3D)Chart>/g) ?? [];
  if (kinds.length !== 1 || kinds[0] !== "<c:barChart>" || (xml.match(/<c:ser>/g) ?? []).length !== 1) return undefined;
  const cat = /<c:cat>\s*<c:strRef>\s*<c:f>([^<]*)<\/c:f>/.exec(xml);
  const val = /<c:val>\s*<c:numRef>\s*<c:f>([^<]*)<\/c:f>/.exec(xml);
  const titleXml = /<c:title>([\s\S]*?)<\/c:title>/.exec(xml);
  if (!cat || !val || !titleXml) return undefined;
  const c = splitRef(cat[1]);
  const v = splitRef(val[1]);
  if (!c || !v || c.sheet !== sheet || v.sheet !== sheet) return undefined;
  const title = [...titleXml[1].matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => unesc(m[1])).join("");
  return { sheet, title, categoriesRange: c.range, valuesRange: v.range, anchor };
}

/**
 * The charts of a package that addCharts can write again (one clustered bar chart with one series on
 * its own sheet's ranges, in a drawing that holds nothing else), and how many other charts it holds.
 * For rewriting a workbook through ExcelJS, which drops drawings and charts.
 */
export async function readCharts(buffer: Buffer | Uint8Array): Promise<{ charts: ChartSpec[]; others: number }> {
  const zip = await JSZip.loadAsync(buffer);
  const total = Object.keys(zip.files).filter((f) => /^xl\/charts\/chart[^/]*\.xml$/.test(f)).length;
  const charts: ChartSpec[] = [];
  if (!total) return { charts, others: 0 };
  let sheets: Map<string, string>;
  try {
    sheets = await sheetParts(zip);
  } catch {
    return { charts, others: total };
  }
  for (const [sheet, part] of sheets) {
    const xml = await text(zip, part);
    const drawingId = xml && /<(?:\w+:)?drawing\s[^>]*?\w+:id="([^"]+)"/.exec(xml)?.[1];
    if (!drawingId) continue;
    const sheetRels = await text(zip, relsPathOf(part));
    const target = sheetRels && tags(sheetRels, "Relationship").find((r) => r.Id === drawingId)?.Target;
    if (!target) continue;
    const drawingPath = resolveTarget(part.slice(0, part.lastIndexOf("/") + 1), target);
    const drawing = await text(zip, drawingPath);
    const drawingRels = await text(zip, relsPathOf(drawingPath));
    if (!drawing || !drawingRels) continue;
    const chartTargets = new Map(tags(drawingRels, "Relationship").map((r) => [r.Id, r.Target]));
    const anchors = [...drawing.matchAll(/<xdr:(twoCellAnchor|oneCellAnchor|absoluteAnchor)\b[\s\S]*?<\/xdr:\1>/g)].map((m) => m[0]);
    const found: ChartSpec[] = [];
    for (const a of anchors) {
      const id = /<c:chart\s[^>]*?r:id="([^"]+)"/.exec(a)?.[1];
      const from = /<xdr:from>\s*<xdr:col>(\d+)<\/xdr:col>[\s\S]*?<xdr:row>(\d+)<\/xdr:row>/.exec(a);
      const chartTarget = id ? chartTargets.get(id) : undefined;
      if (!chartTarget || !from) break;
      const chartXmlText = await text(zip, resolveTarget(drawingPath.slice(0, drawingPath.lastIndexOf("/") + 1), chartTarget));
      const spec = chartXmlText && chartSpecOf(chartXmlText, sheet, `${colLetters(Number(from[1]))}${Number(from[2]) + 1}`);
      if (!spec) break;
      found.push(spec);
    }
    if (found.length === anchors.length) charts.push(...found);
  }
  return { charts, others: total - charts.length };
}
