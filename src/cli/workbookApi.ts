/** The CLI's narrow view of the workbook layer (src/workbook): fixes as cell edits with a label. */
import type { CellEdit } from "../workbook/host";
import type { WorkbookSnapshot } from "../workbook/types";
import type { WorkbookValidation } from "../workbook/validateWorkbook";
import { planFixes, readPlan, SHEET_NAMES } from "../workbook";
import type { Companion } from "../workbook/fixes";
import { lineAmount } from "../core/budget";
import { count } from "../core/plural";
import { cellRef } from "../core/cellRef";

export interface PlannedFix {
  edits: CellEdit[];
  label?: { th: string; en: string };
  /** formula: a template formula put back; stated: a stated figure set to what the lines add up to. */
  kind?: "formula" | "stated";
  /** Stated figures that move with this fix's line (their edits are in `edits`; see combinedFixEdits). */
  companions?: Companion[];
}

export function fixesFor(snapshot: WorkbookSnapshot, validated?: WorkbookValidation): PlannedFix[] {
  return planFixes(snapshot, validated ? { validated } : {}).map((f) => ({ edits: f.edits, label: f.label, kind: f.kind, ...(f.companions ? { companions: f.companions } : {}) }));
}

/**
 * What the fixes would be computed from but could not be read: the budget table (stated totals and
 * subtotals are set to what its lines add up to), the activities table, and budget lines whose amount
 * can be neither computed nor read. Empty when the fixes may be written.
 */
export function unreadableForFixes(snapshot: WorkbookSnapshot, fixes: PlannedFix[], validated?: WorkbookValidation): { th: string; en: string }[] {
  const read = validated ?? readPlan(snapshot);
  const loc = read.located;
  const out: { th: string; en: string }[] = [];
  const names = (key: "budget" | "activities") => `${SHEET_NAMES.th[key]} / ${SHEET_NAMES.en[key]}`;
  if (!loc.budget) {
    out.push({
      th: `ไม่พบตารางงบประมาณ (แผ่นงาน "${SHEET_NAMES.th.budget}" หรือ "${SHEET_NAMES.en.budget}" ที่มีแถวหัวตารางของแม่แบบ)`,
      en: `the budget table was not found (sheet "${names("budget")}" with the template's header row)`,
    });
  }
  if (!loc.activities) {
    out.push({
      th: `ไม่พบตารางกิจกรรม (แผ่นงาน "${SHEET_NAMES.th.activities}" หรือ "${SHEET_NAMES.en.activities}" ที่มีแถวหัวตารางของแม่แบบ)`,
      en: `the activities table was not found (sheet "${names("activities")}" with the template's header row)`,
    });
  }
  if (fixes.some((f) => f.kind === "stated")) {
    const bad = read.plan.budgetLines.filter((l) => lineAmount(l) === null && (l.invalid !== undefined || l.item));
    if (bad.length) {
      const cells = bad
        .slice(0, 5)
        .map((l) => l.cells?.statedAmount ?? l.cells?.item)
        .filter((c) => c !== undefined)
        .map((c) => cellRef(c!.sheet, c!.cell));
      const list = cells.join(", ") + (bad.length > 5 ? ", …" : "");
      out.push({
        th: `อ่านจำนวนเงินของรายการงบประมาณ ${bad.length} รายการไม่ได้ (${list})`,
        en: `the amount of ${count(bad.length, "budget line", "budget lines")} cannot be read (${list})`,
      });
    }
  }
  return out;
}
