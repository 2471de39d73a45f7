/**
 * The travellers' staff level a hand-made sheet states outside its tables, for the per diem (เบี้ยเลี้ยง)
 * and travel lodging ceilings: a labelled field ("ระดับตำแหน่ง", "ผู้เดินทาง", "ผู้เข้าร่วม") or a sentence
 * about the travellers ("ผู้เดินทาง ครูตำแหน่งครูชำนาญการ – ครูชำนาญการพิเศษ จำนวน 20 คน"). The owner's or
 * signer's own position ("ผู้รับผิดชอบ … ครูชำนาญการ") is not the travellers' and is never taken. Taken only
 * when every such text states the same level (core/rates/staffLevel.ts), and said in a read note.
 */
import type { CellRef, Plan, StaffLevel } from "../../core/model";
import { staffLevelIn } from "../../core/rates/staffLevel";
import { cellValue, ref, rowCount, rowWidth } from "../cells";
import type { SheetSnapshot } from "../types";
import { problem, type Ctx } from "./values";
import { clip } from "../../core/clip";

const TRAVELLERS = /^(ระดับตำแหน่ง|ระดับผู้เดินทาง|ตำแหน่งผู้เดินทาง)|ผู้เดินทาง|เดินทางไปราชการ|ผู้ไปราชการ|ผู้ศึกษาดูงาน|ผู้เข้าร่วม|ผู้เข้ารับ|คณะครู|staff\s*level/i;
const NOT_TRAVELLERS = /ผู้รับผิดชอบ|ผู้เสนอ|ผู้อนุมัติ|ผู้เห็นชอบ|ผู้ตรวจ|ลงชื่อ|ลงนาม|ผู้ขอ/;
const LEVEL_NAMES: Record<"standard" | "senior", { th: string; en: string }> = {
  standard: { th: "ระดับชำนาญการพิเศษลงมา", en: "up to senior professional level" },
  senior: { th: "ระดับเชี่ยวชาญขึ้นไป", en: "expert level and above" },
};

/** Sets plan.project.staffLevel from the sheets' text when the project states none. */
export function readStaffLevel(ctx: Ctx, sheets: SheetSnapshot[], plan: Plan, tableRows: Map<string, Set<number>>): void {
  const p = plan.project;
  if (p.staffLevel && p.staffLevel !== "unknown") return;
  const found: { level: StaffLevel; at: CellRef; text: string }[] = [];
  for (const s of sheets) {
    const skip = tableRows.get(s.name) ?? new Set<number>();
    const n = Math.min(rowCount(s), 300);
    for (let r = 1; r <= n; r++) {
      if (skip.has(r)) continue;
      const w = Math.min(rowWidth(s, r), 8);
      for (let c = 1; c <= w; c++) {
        const v = cellValue(s, r, c);
        if (typeof v !== "string" || !v.trim() || v.length > 200 || !TRAVELLERS.test(v) || NOT_TRAVELLERS.test(v)) continue;
        // the value of a labelled field may be in the next cells of the row
        let text = v;
        for (let k = c + 1; k <= w; k++) {
          const x = cellValue(s, r, k);
          if (typeof x === "string" && x.trim() && !(x === v)) text += ` ${x}`;
        }
        const level = staffLevelIn(text);
        if (level) found.push({ level, at: ref(s, r, c), text: text.trim() });
        break;
      }
    }
  }
  if (!found.length || found.some((f) => f.level !== found[0].level)) return;
  const level = found[0].level as "standard" | "senior";
  p.staffLevel = level;
  const t = clip(found[0].text, 80);
  problem(
    ctx,
    {
      th: `ตรวจค่าเบี้ยเลี้ยงและค่าเช่าที่พักตามผู้เดินทาง${LEVEL_NAMES[level].th} ตามข้อความ "${t}"`,
      en: `Per diem and travel lodging judged for travellers ${LEVEL_NAMES[level].en}, from the text "${t}"`,
    },
    found[0].at,
    "info",
  );
}
