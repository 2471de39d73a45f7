/**
 * Why the budget sheet's เพดานอัตรา / ผลตรวจ columns stay empty while the pane warns (blind test of the
 * preview, finding 6): the sheet looks a ceiling up by the line's หมวดอัตรา cell only, while the checks also
 * infer the category from the item's words. When a rate finding is about a line of the template's budget
 * table whose category cell is empty, its message says so and names the category the checks used (the one the
 * template writes for such a line, sheetRateCategory), so the user can pick it from the cell's list. Nothing
 * is written: validation reads. Pure.
 */
import type { Finding } from "../core/findings";
import type { Plan } from "../core/model";
import { sheetRateCategory } from "../core/rates/lineCategory";
import { cellRef } from "../core/cellRef";
import { addr } from "./a1";
import type { Located } from "./located";
import { categoryLabel } from "./rateLabels";

export function withCeilingNotes(findings: Finding[], plan: Plan, loc: Located): Finding[] {
  const b = loc.budget;
  const col = b?.cols.rateCategory;
  if (!b || !loc.template || col === undefined || b.cols.ceiling === undefined) return findings;
  return findings.map((f) => {
    if (f.rule !== "rate-over-ceiling" || !f.lineId) return f;
    const line = plan.budgetLines.find((l) => l.id === f.lineId);
    const row = loc.lineRows.get(f.lineId);
    if (!line || row === undefined || line.rateCategory) return f;
    const id = sheetRateCategory(line, plan);
    if (!id) return f;
    const where = cellRef(b.sheet, addr(row, col));
    const th = categoryLabel(id, "th");
    const en = categoryLabel(id, "en");
    return {
      ...f,
      message: {
        th: `${f.message.th} (ช่องหมวดอัตรา ${where} ยังว่าง คอลัมน์เพดานอัตราและผลตรวจในแผ่นงานจึงว่าง — เลือก "${th}" จากรายการในช่องนั้น แผ่นงานจะแสดงเพดานด้วย)`,
        en: `${f.message.en} (The rate category cell ${where} is empty, so the sheet's ceiling and check columns are empty: pick "${en}" from its list and the sheet shows the ceiling too.)`,
      },
    };
  });
}
