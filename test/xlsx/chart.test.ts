/**
 * The summary sheet's budget-by-activity chart: the writer adds real chart parts to the package ExcelJS
 * wrote; LibreOffice keeps the chart (it drops charts it cannot read); our reader still reads the plan.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import JSZip from "jszip";
import { seedPlan } from "../../src/core/examples/seed2560";
import { buildWorkbookSpec, readPlan } from "../../src/workbook";
import { SHEET_NAMES } from "../../src/workbook/i18n";
import { saveXlsx, specToBuffer } from "../../src/adapters/xlsx/write";
import { readXlsx } from "../../src/adapters/xlsx/read";
import { addCharts, chartRef, insertDrawingElement, readCharts, sheetParts } from "../../src/adapters/xlsx/chart";
import { loadWorkbook } from "../../src/adapters/xlsx/read";
import { convertWithLibreOffice } from "../helpers/libreoffice";
import { comparable } from "../workbook/compare";

const dir = mkdtempSync(join(tmpdir(), "xlsx-chart-"));
const summary = SHEET_NAMES.th.summary;
const spec = buildWorkbookSpec(seedPlan(), { lang: "th" });
const chart = spec.charts![0];
const file = join(dir, "example.xlsx");

async function zipOf(path: string): Promise<JSZip> {
  return JSZip.loadAsync(readFileSync(path));
}

async function text(zip: JSZip, path: string): Promise<string> {
  const f = zip.file(path);
  if (!f) throw new Error(`missing part ${path}; parts: ${Object.keys(zip.files).join(", ")}`);
  return f.async("string");
}

beforeAll(async () => {
  await saveXlsx(spec, file);
});

describe("chart references", () => {
  test("ranges become absolute, on a quoted sheet name", () => {
    expect(chartRef("สรุป", "B6:B12")).toBe("'สรุป'!$B$6:$B$12");
    expect(chartRef("สรุป", "$C$6:$C$12")).toBe("'สรุป'!$C$6:$C$12");
    expect(chartRef("x", "'It''s'!c1:c3")).toBe("'It''s'!$C$1:$C$3");
  });

  test("<drawing> goes before legacyDrawing/tableParts/extLst, after pageSetup and headerFooter", () => {
    const ws =
      `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
      `<sheetData/><conditionalFormatting><cfRule><extLst><ext/></extLst></cfRule></conditionalFormatting>` +
      `<pageMargins/><pageSetup/><headerFooter/><tableParts count="0"/><extLst/></worksheet>`;
    expect(insertDrawingElement(ws, "rId3")).toContain(`<headerFooter/><drawing r:id="rId3"/><tableParts`);
    const noR = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData/><pageSetup/></worksheet>`;
    const out = insertDrawingElement(noR, "rId1");
    expect(out).toMatch(/<worksheet [^>]*xmlns:r="http:\/\/schemas.openxmlformats.org\/officeDocument\/2006\/relationships"/);
    expect(out).toContain(`<pageSetup/><drawing r:id="rId1"/></worksheet>`);
  });
});

describe("the example template's summary chart", () => {
  test("the spec asks for one chart on the summary sheet", () => {
    expect(spec.charts).toHaveLength(1);
    expect(chart.sheet).toBe(summary);
    expect(chart.title).toBe("งบประมาณรายกิจกรรม");
  });

  test("package parts, relationships and content types; formulas name the summary ranges", async () => {
    const zip = await zipOf(file);
    const sheetPath = (await sheetParts(zip)).get(summary)!;
    expect(sheetPath).toMatch(/^xl\/worksheets\/sheet\d+\.xml$/);
    const sheetName = sheetPath.split("/").pop()!;

    // worksheet → drawing
    const sheetXml = await text(zip, sheetPath);
    const drawingEl = /<drawing r:id="(rId\d+)"\/>/.exec(sheetXml);
    expect(drawingEl).not.toBeNull();
    // schema order: after pageMargins/pageSetup/headerFooter, before any legacyDrawing/tableParts/extLst
    // (the data bar's conditional format holds an <extLst> of its own: leave it out of the order check)
    const topLevel = sheetXml.replace(/<conditionalFormatting\b[\s\S]*?<\/conditionalFormatting>/g, "");
    const at = topLevel.indexOf("<drawing ");
    for (const before of ["<sheetData", "<pageMargins", "<pageSetup", "<headerFooter"]) {
      expect(topLevel.indexOf(before)).toBeGreaterThanOrEqual(0);
      expect(topLevel.indexOf(before)).toBeLessThan(at);
    }
    for (const after of ["<legacyDrawing", "<tableParts", "<extLst"]) {
      if (topLevel.includes(after)) expect(topLevel.indexOf(after)).toBeGreaterThan(at);
    }
    expect(topLevel).toContain('</headerFooter><drawing r:id=');
    const sheetRels = await text(zip, `xl/worksheets/_rels/${sheetName}.rels`);
    const rel = new RegExp(
      `<Relationship Id="${drawingEl![1]}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/drawing" Target="../drawings/(drawing\\d+\\.xml)"/>`,
    ).exec(sheetRels);
    expect(rel).not.toBeNull();
    // only the summary sheet has a drawing
    for (const [name, part] of await sheetParts(zip)) {
      if (name !== summary) expect(await text(zip, part)).not.toContain("<drawing ");
    }

    // drawing → chart
    const drawing = await text(zip, `xl/drawings/${rel![1]}`);
    expect(drawing).toContain("<xdr:wsDr");
    expect(drawing).toContain("<xdr:twoCellAnchor");
    expect(drawing).toContain("<xdr:graphicFrame");
    // anchor F3 → col 5 row 2 (0-based), spanning 8 columns × 16 rows
    expect(drawing).toContain("<xdr:from><xdr:col>5</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>2</xdr:row>");
    expect(drawing).toContain("<xdr:to><xdr:col>13</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>18</xdr:row>");
    const chartRel = /<c:chart [^>]*r:id="(rId\d+)"\/>/.exec(drawing);
    expect(chartRel).not.toBeNull();
    const drawingRels = await text(zip, `xl/drawings/_rels/${rel![1]}.rels`);
    const target = new RegExp(
      `<Relationship Id="${chartRel![1]}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chart" Target="../charts/(chart\\d+\\.xml)"/>`,
    ).exec(drawingRels);
    expect(target).not.toBeNull();

    // the chart itself
    const chartXml = await text(zip, `xl/charts/${target![1]}`);
    expect(chartXml).toContain("<c:chartSpace");
    expect(chartXml).toContain('<c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/>');
    expect(chartXml.match(/<c:ser>/g)).toHaveLength(1);
    const m = (x: string) => /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(x)!;
    const [, cc1, cr1, cc2, cr2] = m(chart.categoriesRange);
    const [, vc1, vr1, vc2, vr2] = m(chart.valuesRange);
    expect(chartXml).toContain(`<c:cat><c:strRef><c:f>'${summary}'!$${cc1}$${cr1}:$${cc2}$${cr2}</c:f></c:strRef></c:cat>`);
    expect(chartXml).toContain(`<c:val><c:numRef><c:f>'${summary}'!$${vc1}$${vr1}:$${vc2}$${vr2}</c:f></c:numRef></c:val>`);
    expect(chartXml).toContain(`<a:t>งบประมาณรายกิจกรรม</a:t>`);

    // content types
    const types = await text(zip, "[Content_Types].xml");
    expect(types).toContain(
      `<Override PartName="/xl/charts/${target![1]}" ContentType="application/vnd.openxmlformats-officedocument.drawingml.chart+xml"/>`,
    );
    expect(types).toContain(
      `<Override PartName="/xl/drawings/${rel![1]}" ContentType="application/vnd.openxmlformats-officedocument.drawing+xml"/>`,
    );

    // parts only: no zip entries for the new folders
    expect(Object.keys(zip.files).filter((f) => /^xl\/(charts|drawings)\/(_rels\/)?$/.test(f))).toEqual([]);

    // the data bar stays as well
    expect(sheetXml).toContain('type="dataBar"');
  });

  test("specToBuffer writes the same parts as saveXlsx", async () => {
    const zip = await JSZip.loadAsync(await specToBuffer(spec));
    expect(Object.keys(zip.files).filter((f) => /^xl\/(charts|drawings)\//.test(f)).sort()).toEqual(
      Object.keys((await zipOf(file)).files)
        .filter((f) => /^xl\/(charts|drawings)\//.test(f))
        .sort(),
    );
  });

  test("LibreOffice opens the file and keeps the chart (.ods has a chart object)", async () => {
    const out = join(dir, "ods");
    const res = await convertWithLibreOffice(file, "ods", out);
    const ods = res.files.find((f) => f.endsWith(".ods"));
    expect(ods).toBeDefined();
    const zip = await zipOf(ods!);
    const content = await text(zip, "content.xml");
    expect(content).toContain("<draw:object");
    // the embedded object is a chart whose series reads the summary sheet's ranges
    const href = /<draw:object [^>]*xlink:href="\.\/([^"]+)"/.exec(content);
    expect(href).not.toBeNull();
    const objectContent = await text(zip, `${href![1]}/content.xml`);
    expect(objectContent).toContain("<chart:chart");
    expect(objectContent).toContain('chart:class="chart:bar"');
    expect(objectContent).toContain("งบประมาณรายกิจกรรม");
    expect(content).toMatch(new RegExp(`draw:notify-on-update-of-ranges="[^"]*${summary}`));
  });

  test("the file reads back to the same plan", async () => {
    const fromFile = readPlan(await readXlsx(file));
    const withoutChart = join(dir, "no-chart.xlsx");
    await saveXlsx({ ...spec, charts: [] }, withoutChart);
    const reference = readPlan(await readXlsx(withoutChart));
    expect(fromFile.plan).toEqual(reference.plan);
    expect(comparable(fromFile.plan)).toEqual(comparable(seedPlan()));
  });

  test("readCharts gives the spec back, so a rewrite through ExcelJS (budget-plan fix) can add it again", async () => {
    expect(await readCharts(readFileSync(file))).toEqual({ charts: spec.charts, others: 0 });
    const wb = await loadWorkbook(file);
    const rewritten = Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    expect(await readCharts(rewritten)).toEqual({ charts: [], others: 0 }); // ExcelJS dropped it
    const again = await addCharts(rewritten, (await readCharts(readFileSync(file))).charts);
    expect(await readCharts(again)).toEqual({ charts: spec.charts, others: 0 });
  });

  test("addCharts leaves a package alone when no chart's sheet exists", async () => {
    const buf = await specToBuffer({ ...spec, charts: [] });
    const same = await addCharts(buf, [{ ...chart, sheet: "nope" }]);
    expect(Object.keys((await JSZip.loadAsync(same)).files).some((f) => f.startsWith("xl/charts/"))).toBe(false);
    writeFileSync(join(dir, "unused.xlsx"), same);
  });
});
