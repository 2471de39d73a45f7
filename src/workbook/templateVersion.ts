/**
 * The template version stamp. Every workbook the template writes (task pane, CLI `new`/`import`/`fix`)
 * carries a workbook-scoped defined name `BudgetPlan_Template_v<N>` that refers to cell A1 of the project
 * sheet. The version is in the NAME, not in a cell: no user cell holds it, the layout readers never see it,
 * and a defined name that refers to a range survives every writer we use (Excel, LibreOffice, ExcelJS,
 * which drops names that hold constants). Excel moves the reference when the sheet is renamed, so the
 * stamp also says which sheet the template's project sheet became.
 *
 * When the layout changes in a way a reader must know about, raise TEMPLATE_VERSION, keep a fixture made
 * by the previous version (test/fixtures/template-v<N>-*.xlsx) and a test that still reads it.
 * Pure: no exceljs, no Office.
 */
import { absCell } from "./a1";

/**
 * Version of the layout in layout.ts / writeTemplate.ts. 1 = the layout of November 2026 (release 0.1);
 * 2 = the budget sheet's computed-amount column (จำนวนเงินตามการคำนวณ), whose sums the activities,
 * project and summary sheets use (the one-total model). Version-1 workbooks read as before.
 * 3 = the parts of the printed form: project fields แผนงาน, strategies per level, standards, place, risks,
 * signers (after the older fields); a PDCA column at the end of the activities; the indicators in the order
 * of the form, what was achieved typed on the results sheet (with ปัญหา/อุปสรรค and ข้อเสนอแนะ); the printable
 * proposal sheet (แบบเสนอโครงการ); the months "as date" columns (activities: เริ่ม/สิ้นสุด (เป็นวันที่), after the PDCA
 * column; the budget lines take their months from them) that read a month typed as shown ("มี.ค. 2560"), which the quarter, status,
 * month-grid, ceiling and summary formulas use, and a drop-down of the fiscal year's months on the month cells.
 * Versions 1 and 2 read as before (their formulas use the typed month cells).
 */
export const TEMPLATE_VERSION = 3;

export const STAMP_PREFIX = "BudgetPlan_Template_v";

const STAMP_RE = /^BudgetPlan_Template_v(\d{1,4})$/i;

export interface DefinedNameSpec {
  /** Workbook-scoped name. */
  name: string;
  /** What it refers to, e.g. 'โครงการ'!$A$1 (no leading "="). */
  refersTo: string;
}

/** The stamp for a template whose project sheet is `projectSheet`. */
export function templateStamp(projectSheet: string, version = TEMPLATE_VERSION): DefinedNameSpec {
  return { name: `${STAMP_PREFIX}${version}`, refersTo: absCell(projectSheet, 1, 1) };
}

export interface TemplateStampInfo {
  version: number;
  /** The sheet the stamp points at (the project sheet), when it could be read from the reference. */
  sheet?: string;
}

/** The sheet name in a reference like 'โครงการ'!$A$1, =Project!A1 or '[1]a''b'!A1. */
function sheetOfRef(ref: string): string | undefined {
  const r = ref.replace(/^=/, "").trim();
  const q = /^'((?:[^']|'')+)'!/.exec(r);
  if (q) return q[1].replace(/''/g, "'");
  const p = /^([^!'"]+)!/.exec(r);
  return p ? p[1] : undefined;
}

/**
 * The template version of a workbook from its defined names (name → reference text). The highest stamp
 * wins when a workbook holds several (templates of different versions inserted into one workbook).
 * Undefined: not made by the template (or made before the stamp existed, which is version 1's layout too).
 */
export function readTemplateStamp(names: Iterable<{ name: string; refersTo?: string }>): TemplateStampInfo | undefined {
  let best: TemplateStampInfo | undefined;
  for (const n of names) {
    const m = STAMP_RE.exec(n.name.trim());
    if (!m) continue;
    const version = Number(m[1]);
    if (version < 1) continue;
    if (!best || version > best.version) best = { version, sheet: n.refersTo ? sheetOfRef(n.refersTo) : undefined };
  }
  return best;
}
