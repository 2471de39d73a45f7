/**
 * The travellers' staff level a document states in a line of its own or a memo's sentence ("ผู้เดินทาง
 * ครูระดับชำนาญการพิเศษ จำนวน 2 คน", "ระดับตำแหน่ง ชำนาญการ"), for the per diem and travel lodging ceilings —
 * as the workbook reader reads it from a sheet. The owner's or a signer's own position is never taken, and the
 * level only when every such line states the same one; a note at the line says which text was used.
 */
import type { Plan, StaffLevel } from "../core/model";
import { isTravellersText, staffLevelIn } from "../core/rates/staffLevel";
import { problem, type ImportProblem } from "./problems";
import type { SourceLine } from "./text";

const LEVEL_NAMES: Record<"standard" | "senior", { th: string; en: string }> = {
  standard: { th: "ระดับชำนาญการพิเศษลงมา", en: "up to senior professional level" },
  senior: { th: "ระดับเชี่ยวชาญขึ้นไป", en: "expert level and above" },
};

/** Sets plan.project.staffLevel from the document's lines when the plan states none; a note goes to `problems`. */
export function readStaffLevelText(lines: readonly SourceLine[], plan: Plan, problems: ImportProblem[]): void {
  const p = plan.project;
  if (p.staffLevel && p.staffLevel !== "unknown") return;
  const found: { level: StaffLevel; line: SourceLine }[] = [];
  for (const l of lines) {
    if (!l.text || !isTravellersText(l.text)) continue;
    const level = staffLevelIn(l.text);
    if (level) found.push({ level, line: l });
  }
  if (!found.length || found.some((f) => f.level !== found[0].level)) return;
  const level = found[0].level as "standard" | "senior";
  p.staffLevel = level;
  const at = found[0].line;
  const note = problem(at.no, at.raw, "staff-level-from-text");
  note.message = {
    th: `ตรวจค่าเบี้ยเลี้ยงและค่าเช่าที่พักตามผู้เดินทาง${LEVEL_NAMES[level].th} ตามข้อความในบรรทัดนี้`,
    en: `Per diem and travel lodging judged for travellers ${LEVEL_NAMES[level].en}, from the text of this line`,
  };
  problems.push(note);
}
