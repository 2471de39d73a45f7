/**
 * Word project documents (.docx) in the CLI: the document read as text (src/adapters/docx), checked as a
 * project text is, and every place a finding or reading problem names turned from a line of that text
 * into a place a reviewer finds in Word: "ย่อหน้า 12" / "paragraph 12", "ตาราง 2 แถว 3" / "table 2, row 3".
 */
import type { Finding } from "../core/findings";
import type { ImportProblem } from "../import/problems";
import { readDocxBytes, type DocxLine, type DocxPlace } from "../adapters/docx/read";

export { isDocxPackage } from "../adapters/docx/read";

/** A place in a Word document, in Thai and English ("ตาราง 2 แถว 3", "table 2, row 3"). */
export function placeLabel(p: DocxPlace | undefined): { th: string; en: string } {
  if (!p) return { th: "ท้ายเอกสาร", en: "end of the document" };
  let th: string;
  let en: string;
  if (p.table !== undefined) {
    th = `ตาราง ${p.table} แถว ${p.row ?? 1}`;
    en = `table ${p.table}, row ${p.row ?? 1}`;
    if (p.cellParagraph !== undefined) {
      th += ` ย่อหน้า ${p.cellParagraph}`;
      en += `, paragraph ${p.cellParagraph}`;
    }
  } else {
    th = `ย่อหน้า ${p.paragraph ?? 1}`;
    en = `paragraph ${p.paragraph ?? 1}`;
  }
  if (p.textbox) {
    th = `กล่องข้อความที่${th}`;
    en = `text box at ${en}`;
  }
  return { th, en };
}

/** The Word document read as text: its lines' places, and a label for a line of the text. */
export interface DocxText {
  text: string;
  lines: DocxLine[];
  notes: { th: string; en: string }[];
}

export function readDocx(buf: Buffer, file: string): DocxText {
  return readDocxBytes(buf, { label: file });
}

function labelOf(lines: DocxLine[], line: number): { th: string; en: string } {
  return placeLabel(lines[line - 1]?.place);
}

const TH_LINE = /บรรทัด\s*(\d+)/g;
const EN_LINE = /(^|\(|\bon |\bat )([Ll])ine (\d+)/g;

/** A message that names lines of the text ("บรรทัด 12", "Line 12:") naming their places in the document. */
export function placeMessage(m: { th: string; en: string }, lines: DocxLine[]): { th: string; en: string } {
  return {
    th: m.th.replace(TH_LINE, (_, n: string) => labelOf(lines, Number(n)).th),
    en: m.en.replace(EN_LINE, (_, pre: string, l: string, n: string) => {
      const en = labelOf(lines, Number(n)).en;
      return pre + (l === "L" ? en[0].toUpperCase() + en.slice(1) : en);
    }),
  };
}

/** Findings on the text of a Word document, placed in the document (`place`) instead of on a line. */
export function placeFindings(findings: Finding[], lines: DocxLine[]): Finding[] {
  return findings.map((f) => {
    if (f.line === undefined) return f;
    const { line, ...rest } = f;
    return { ...rest, place: labelOf(lines, line), message: placeMessage(f.message, lines) };
  });
}

/** Reading problems of an import from a Word document: the place at the start of the message, no line. */
export function placeProblems(problems: ImportProblem[], lines: DocxLine[]): ImportProblem[] {
  return problems.map((p) => {
    const at = labelOf(lines, p.line);
    const m = placeMessage(p.message, lines);
    return { ...p, line: 0, message: { th: `${at.th}: ${m.th}`, en: `${at.en[0].toUpperCase()}${at.en.slice(1)}: ${m.en}` } };
  });
}
