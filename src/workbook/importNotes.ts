/**
 * The reading problems of `import` (text → workbook), kept in the workbook it writes: a hidden sheet the
 * add-in owns (layout.ts IMPORT_NOTES), one row per problem with the line of the source text, its severity,
 * its code and its message in Thai and English. `readPlan` turns the rows back into reading problems, so
 * `validate` and the task pane show them again next to what the checks find. Pure: no Office, no fs.
 */
import type { Severity } from "../core/findings";
import { IMPORT_NOTES } from "./layout";
import type { Issue } from "./located";
import type { SheetSpec, WorkbookSnapshot } from "./types";
import { clip } from "../core/clip";

export interface ImportNote {
  line: number;
  severity: Severity;
  code: string;
  message: { th: string; en: string };
  /** The line as written. */
  text?: string;
}

export function isImportNotesSheet(name: string): boolean {
  return String(name).toLowerCase() === IMPORT_NOTES.sheet;
}

/** The hidden sheet holding `notes` (undefined when there are none). */
export function importNotesSheet(notes: readonly ImportNote[]): SheetSpec | undefined {
  if (!notes.length) return undefined;
  const cells: SheetSpec["cells"] = IMPORT_NOTES.header.map((h, i) => ({ address: `${String.fromCharCode(65 + i)}1`, value: h }));
  notes.forEach((n, i) => {
    const r = i + 2;
    const values = [n.line, n.severity, n.code, n.message.th, n.message.en, clip(n.text ?? "", 500)];
    values.forEach((value, c) => cells.push({ address: `${String.fromCharCode(65 + c)}${r}`, value }));
  });
  return { key: "importNotes", name: IMPORT_NOTES.sheet, cells, hidden: true, columnWidths: { D: 60, E: 60, F: 60 } };
}

const SEVERITIES = new Set<Severity>(["error", "warning", "info"]);

/** The notes a workbook keeps (none when it has no notes sheet); rows that cannot be read are skipped. */
export function readImportNotes(snapshot: WorkbookSnapshot): ImportNote[] {
  const s = snapshot?.sheets?.find((x) => x && isImportNotesSheet(x.name));
  if (!s || !Array.isArray(s.values)) return [];
  const out: ImportNote[] = [];
  for (let r = 1; r < s.values.length; r++) {
    const [line, severity, code, th, en, text] = s.values[r] ?? [];
    if (typeof th !== "string" || !th.trim()) continue;
    const sev = typeof severity === "string" && SEVERITIES.has(severity as Severity) ? (severity as Severity) : "warning";
    out.push({
      line: typeof line === "number" && line > 0 ? line : 0,
      severity: sev,
      code: typeof code === "string" ? code : "",
      message: { th, en: typeof en === "string" && en.trim() ? en : th },
      ...(typeof text === "string" && text ? { text } : {}),
    });
  }
  return out;
}

/** The notes as reading problems of the workbook, saying they were found when the text was imported. */
export function importNoteIssues(notes: readonly ImportNote[]): Issue[] {
  return notes.map((n) => {
    // the messages of text problems start with the line already ("บรรทัด 12: …")
    const said = /^(บรรทัด|Line)\s+\d+/.test(n.message.th);
    const at = n.line > 0 && !said ? { th: `บรรทัด ${n.line}: `, en: `Line ${n.line}: ` } : { th: "", en: "" };
    const quoted = n.text && !n.message.th.includes(n.text.slice(0, 20)) ? ` — "${clip(n.text, 80)}"` : "";
    return {
      severity: n.severity,
      th: `ตอนนำเข้าจากข้อความ ${at.th}${n.message.th}${quoted} (บันทึกไว้ในแผ่นงานซ่อน ${IMPORT_NOTES.sheet}: แก้ในสมุดงานแล้วลบแผ่นงานนั้นได้)`,
      en: `When the text was imported, ${at.en}${n.message.en}${quoted} (kept in the hidden sheet ${IMPORT_NOTES.sheet}: once fixed in the workbook, that sheet may be deleted)`,
    };
  });
}
