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
 *
 * Why written here: no kept library writes charts into an .xlsx (ExcelJS drops them); the parts are generated as
 * text, and the existing parts are read with the .xlsx reader's XML scanner (./xml), not regular expressions.
 */
import JSZip from "jszip";
import type { WorkbookSpec } from "../../workbook/types";
import { absRangeRef, addr, parseCell } from "../../workbook/a1";
import { XmlScanner } from "./xml";

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

/** An element of a parsed part: local name, attributes (prefixes dropped, xmlns:* kept), children, offsets. */
interface XmlNode {
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Text content, for the elements in TEXT_ELEMENTS (<c:f>, the title's <a:t>, an anchor's <xdr:col>/<xdr:row>). */
  text: string;
  selfClosing: boolean;
  /** Byte offsets (UTF-8) of the start tag's "<" and just after its ">". */
  start: number;
  startEnd: number;
}

const TEXT_ELEMENTS = new Set(["f", "t", "col", "row"]);

/** A part's elements as a tree, read with the .xlsx reader's XML scanner (./xml): no regular expressions. */
function parseXml(xml: string): XmlNode {
  const buf = Buffer.from(xml, "utf8");
  const scanner = new XmlScanner(buf);
  const root: XmlNode = { name: "#document", attrs: {}, children: [], text: "", selfClosing: false, start: 0, startEnd: 0 };
  const stack = [root];
  for (let t = scanner.next(); t; t = scanner.next()) {
    if (t.close) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const node: XmlNode = { name: t.name, attrs: scanner.attrs(t), children: [], text: "", selfClosing: t.selfClosing, start: t.start, startEnd: t.end };
    stack[stack.length - 1].children.push(node);
    if (TEXT_ELEMENTS.has(t.name)) node.text = scanner.textUntilClose(t);
    else if (!t.selfClosing) stack.push(node);
  }
  return root;
}

/** Every element of the given local name under `node`, in document order. */
function descendants(node: XmlNode, name: string, out: XmlNode[] = []): XmlNode[] {
  for (const c of node.children) {
    if (c.name === name) out.push(c);
    descendants(c, name, out);
  }
  return out;
}

/** The attributes of every element of the given local name in a part. */
function tags(xml: string, name: string): Record<string, string>[] {
  return descendants(parseXml(xml), name).map((n) => n.attrs);
}

/** The document element. */
function rootElement(xml: string): XmlNode | undefined {
  return parseXml(xml).children[0];
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
    const target = targets.get(s.id);
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

/** Inserts `<drawing r:id>` at its schema position and declares the r: namespace on the root if needed. */
export function insertDrawingElement(sheetXml: string, relId: string): string {
  const bytes = Buffer.from(sheetXml, "utf8");
  const part = (from: number, to?: number) => bytes.toString("utf8", from, to);
  const root = rootElement(sheetXml);
  if (!root || root.name !== "worksheet") throw new Error("No <worksheet> element in the sheet part");
  if (root.children.some((c) => c.name === "drawing")) throw new Error("The worksheet already has a drawing");
  const declared = Object.entries(root.attrs).find(([k, v]) => k.startsWith("xmlns:") && v === NS_REL);
  const prefix = declared ? declared[0].slice("xmlns:".length) : root.attrs["xmlns:r"] !== undefined ? "rel_" : "r";
  const element = `<drawing ${prefix}:id="${relId}"/>`;
  const next = root.children.find((c) => AFTER_DRAWING.includes(c.name));
  const at = next?.start ?? bytes.lastIndexOf("</");
  if (root.selfClosing || at < root.startEnd) throw new Error("No </worksheet> in the sheet part");
  // the r: namespace declared on the root when the part has no prefix for it
  const startTag = part(root.start, root.startEnd);
  const newStart = declared ? startTag : startTag.slice(0, -1) + ` xmlns:${prefix}="${NS_REL}">`;
  return part(0, root.start) + newStart + part(root.startEnd, at) + element + part(at);
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
      const root = rootElement(existing);
      if (!root || root.name !== "Relationships") throw new Error(`${sheetRelsPath} is not a relationships part`);
      const bytes = Buffer.from(existing, "utf8");
      const part = (from: number, to?: number) => bytes.toString("utf8", from, to);
      const close = bytes.lastIndexOf("</");
      const updated = root.selfClosing
        ? part(0, root.start) + part(root.start, root.startEnd - 2).trimEnd() + `>${rel}</Relationships>` + part(root.startEnd)
        : part(0, close) + rel + part(close);
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
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!\$?([A-Z]{1,3})\$?(\d+):\$?([A-Z]{1,3})\$?(\d+)$/.exec(f.trim());
  if (!m) return undefined;
  return { sheet: m[1] !== undefined ? m[1].replace(/''/g, "'") : m[2], range: `${m[3]}${m[4]}:${m[5]}${m[6]}` };
}

const CHART_KINDS = new Set(["areaChart", "area3DChart", "barChart", "bar3DChart", "bubbleChart", "doughnutChart", "lineChart", "line3DChart", "ofPieChart", "pieChart", "pie3DChart", "radarChart", "scatterChart", "stockChart", "surfaceChart", "surface3DChart"]);

/** The text of the <c:f> in `parent`'s child of the given name (<c:cat>/<c:strRef>/<c:f>). */
function refFormula(ser: XmlNode, part: "cat" | "val", ref: "strRef" | "numRef"): string | undefined {
  return ser.children.find((c) => c.name === part)?.children.find((c) => c.name === ref)?.children.find((c) => c.name === "f")?.text;
}

/** Our chart part back to a spec: one bar chart with one series on ranges of `sheet`; else undefined. */
function chartSpecOf(xml: string, sheet: string, anchor: string): ChartSpec | undefined {
  const tree = parseXml(xml);
  const kinds = [...CHART_KINDS].flatMap((k) => descendants(tree, k));
  const series = descendants(tree, "ser");
  if (kinds.length !== 1 || kinds[0].name !== "barChart" || series.length !== 1) return undefined;
  const cat = refFormula(series[0], "cat", "strRef");
  const val = refFormula(series[0], "val", "numRef");
  const chart = descendants(tree, "chart")[0];
  const titleNode = chart?.children.find((c) => c.name === "title");
  if (cat === undefined || val === undefined || !titleNode) return undefined;
  const c = splitRef(cat);
  const v = splitRef(val);
  if (!c || !v || c.sheet !== sheet || v.sheet !== sheet) return undefined;
  const title = descendants(titleNode, "t").map((t) => t.text).join("");
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
    const drawingId = xml ? rootElement(xml)?.children.find((c) => c.name === "drawing")?.attrs.id : undefined;
    if (!drawingId) continue;
    const sheetRels = await text(zip, relsPathOf(part));
    const target = sheetRels && tags(sheetRels, "Relationship").find((r) => r.Id === drawingId)?.Target;
    if (!target) continue;
    const drawingPath = resolveTarget(part.slice(0, part.lastIndexOf("/") + 1), target);
    const drawing = await text(zip, drawingPath);
    const drawingRels = await text(zip, relsPathOf(drawingPath));
    if (!drawing || !drawingRels) continue;
    const chartTargets = new Map(tags(drawingRels, "Relationship").map((r) => [r.Id, r.Target]));
    const anchors = (rootElement(drawing)?.children ?? []).filter((c) => /^(twoCellAnchor|oneCellAnchor|absoluteAnchor)$/.test(c.name));
    const found: ChartSpec[] = [];
    for (const a of anchors) {
      const id = descendants(a, "chart")[0]?.attrs.id;
      const from = a.children.find((c) => c.name === "from");
      const cell = (name: string) => from?.children.find((c) => c.name === name);
      const col = Number(cell("col")?.text ?? NaN);
      const row = Number(cell("row")?.text ?? NaN);
      const chartTarget = id ? chartTargets.get(id) : undefined;
      if (!chartTarget || !from || !Number.isInteger(col) || !Number.isInteger(row)) break;
      const chartXmlText = await text(zip, resolveTarget(drawingPath.slice(0, drawingPath.lastIndexOf("/") + 1), chartTarget));
      const spec = chartXmlText && chartSpecOf(chartXmlText, sheet, addr(row + 1, col + 1));
      if (!spec) break;
      found.push(spec);
    }
    if (found.length === anchors.length) charts.push(...found);
  }
  return { charts, others: total - charts.length };
}
