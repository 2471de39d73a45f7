/**
 * A memo's activities (บันทึกข้อความ): no activity table, but a sentence that announces them ("…โดยมีกิจกรรม
 * ดังนี้") and numbered lines, each an activity's name, its month(s) and perhaps its owner:
 * "1. คัดเลือกนักเรียนตัวแทน พฤศจิกายน 2568 นายธนากร บุญมา". These decide when such a list starts; the rows are
 * read by the activity table's free-text reader.
 */
import { locateMonths } from "./months";
import { startsWithTitle } from "./owners";
import { looksLikeBudgetItem } from "./part";

/** A sentence that ends by announcing the activities: "โดยมีกิจกรรมดังนี้", "กิจกรรมที่จะดำเนินการ ได้แก่". */
export function listsActivities(flat: string): boolean {
  const m = /(?:กิจกรรม|ขั้นตอนการดำเนิน(?:งาน|การ))[^\d]{0,40}?(?:ดังนี้|ดังต่อไปนี้|ได้แก่|ประกอบด้วย)\s*[:：]?\s*$/.exec(flat);
  // "…จึงขออนุมัติดำเนินกิจกรรม งบประมาณดังนี้" announces the budget, not the activities
  return !!m && !/ค่าใช้จ่าย|งบประมาณ|ขออนุมัติ/.test(flat.slice(m.index));
}

/**
 * A numbered line that is an activity: a name, then months at the end, then nothing but owners ("นาย…") —
 * no money, no budget factors.
 */
export function isActivityLine(rest: string): boolean {
  if (rest.includes("บาท") || looksLikeBudgetItem(rest)) return false;
  const span = locateMonths(rest);
  if (!span || span.start === 0) return false;
  const name = rest.slice(0, span.start).replace(/[\s(:–-]+$/, "");
  if ((name.match(/[\u0E01-\u0E2E]/g) ?? []).length < 3) return false;
  const after = rest
    .slice(span.end)
    .replace(/^[\s).,]+/, "")
    .replace(/^(?:ผู้รับผิดชอบ|โดย)\s*[:：]?\s*/, "");
  return after === "" || startsWithTitle(after);
}
