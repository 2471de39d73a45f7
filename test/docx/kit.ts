/**
 * Word packages written part by part for the tests (the OOXML a word processor writes: w:p, w:r, w:t,
 * w:tbl …), zipped with JSZip. Real documents made by LibreOffice Writer are under test/fixtures and
 * test/corpus/texts-docx.
 */
import JSZip from "jszip";

export const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" xmlns:v="urn:schemas-microsoft-com:vml"';

const esc = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A paragraph of plain runs. */
export const p = (...runs: string[]) => `<w:p>${runs.map((t) => `<w:r><w:t xml:space="preserve">${esc(t)}</w:t></w:r>`).join("")}</w:p>`;
/** A paragraph in list `numId` at level `ilvl`. */
export const li = (numId: number, ilvl: number, text: string) =>
  `<w:p><w:pPr><w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr></w:pPr><w:r><w:t>${esc(text)}</w:t></w:r></w:p>`;
/** A cell: text (paragraphs split at "\n"), with gridSpan / vMerge. */
export const tc = (text: string, opts: { span?: number; merge?: "restart" | "continue" } = {}) => {
  const pr = (opts.span ? `<w:gridSpan w:val="${opts.span}"/>` : "") + (opts.merge === "restart" ? '<w:vMerge w:val="restart"/>' : opts.merge === "continue" ? "<w:vMerge/>" : "");
  return `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ""}${text.split("\n").map((t) => p(t)).join("")}</w:tc>`;
};
export const tr = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;
export const tbl = (...rows: string[]) => `<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid>${rows.join("")}</w:tbl>`;

/** One level of an abstract list: format, text ("%1."), start. */
export interface Lvl {
  fmt: string;
  text: string;
  start?: number;
}

export function numberingXml(lists: { id: number; levels: Lvl[]; abstractId?: number; startOverride?: { ilvl: number; start: number } }[]): string {
  const abstracts = lists
    .filter((l) => l.abstractId === undefined)
    .map(
      (l) =>
        `<w:abstractNum w:abstractNumId="${l.id}"><w:multiLevelType w:val="hybridMultilevel"/>${l.levels
          .map((v, i) => `<w:lvl w:ilvl="${i}"><w:start w:val="${v.start ?? 1}"/><w:numFmt w:val="${v.fmt}"/><w:lvlText w:val="${v.text}"/><w:lvlJc w:val="left"/><w:pPr><w:tabs><w:tab w:val="num" w:pos="720"/></w:tabs></w:pPr></w:lvl>`)
          .join("")}</w:abstractNum>`,
    )
    .join("");
  const nums = lists
    .map(
      (l) =>
        `<w:num w:numId="${l.id}"><w:abstractNumId w:val="${l.abstractId ?? l.id}"/>${l.startOverride ? `<w:lvlOverride w:ilvl="${l.startOverride.ilvl}"><w:startOverride w:val="${l.startOverride.start}"/></w:lvlOverride>` : ""}</w:num>`,
    )
    .join("");
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ${W}>${abstracts}${nums}</w:numbering>`;
}

/** A .docx package with this body (and optional numbering, styles, header parts). */
export async function docx(body: string, parts: { numbering?: string; styles?: string; header?: string; documentXml?: string } = {}): Promise<Buffer> {
  const zip = new JSZip();
  zip.file(
    "[Content_Types].xml",
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    "_rels/.rels",
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  const rels: string[] = [];
  if (parts.numbering) {
    zip.file("word/numbering.xml", parts.numbering);
    rels.push('<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>');
  }
  if (parts.styles) {
    zip.file("word/styles.xml", parts.styles);
    rels.push('<Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>');
  }
  if (parts.header) {
    zip.file("word/header1.xml", `<?xml version="1.0" encoding="UTF-8"?><w:hdr ${W}>${parts.header}</w:hdr>`);
    rels.push('<Relationship Id="rId4" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>');
  }
  zip.file("word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${rels.join("")}</Relationships>`);
  zip.file("word/document.xml", parts.documentXml ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${W}><w:body>${body}<w:sectPr>${parts.header ? '<w:headerReference w:type="default" r:id="rId4"/>' : ""}</w:sectPr></w:body></w:document>`);
  return zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE" });
}
