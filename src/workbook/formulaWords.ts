/**
 * The template's formulas said in words, for messages and fix labels ("ใช้สูตรคำนวณ ราคาต่อหน่วย × จำนวน × ครั้ง"):
 * people read what a formula does, not its text; the formula itself goes in a details line (Finding.detail,
 * PlannedFix.detail). Keys: "<table>.<column>" for table columns, "<sheet>.<field>" for fields, "budget.total".
 */
import type { Text } from "./i18n";

const WORDS: Record<string, Text> = {
  "budget.amount": { th: "ราคาต่อหน่วย × จำนวน × ครั้ง", en: "unit cost × quantity × times" },
  "budget.computed": { th: "ราคาต่อหน่วย × จำนวน × ครั้ง (ปัดเป็นสตางค์)", en: "unit cost × quantity × times (to the satang)" },
  "budget.month": { th: "เดือนของกิจกรรมจากแผ่นงานกิจกรรม", en: "the activity's month from the activities sheet" },
  "budget.ceiling": { th: "เพดานอัตราของหมวดอัตราจากแผ่นงานอัตรา", en: "the rate category's ceiling from the rates sheet" },
  "budget.status": { th: "เทียบอัตรากับเพดาน", en: "the unit cost against the ceiling" },
  "budget.total": { th: "ผลรวมของทุกรายการ", en: "the sum of every line" },
  "activities.budget": { th: "ผลรวมจำนวนเงินตามการคำนวณของรายการในกิจกรรมนี้", en: "the sum of this activity's computed line amounts" },
  "activities.quarter": { th: "ไตรมาสจากเดือนเริ่ม", en: "the quarter of the start month" },
  "activities.status": { th: "สถานะจากเดือนเริ่ม–สิ้นสุดและวันนี้", en: "the status from the months and today" },
  "activities.startDate": { th: "เดือนเริ่มเป็นวันที่", en: "the start month as a date" },
  "activities.endDate": { th: "เดือนสิ้นสุดเป็นวันที่", en: "the end month as a date" },
  "project.computedTotal": { th: "ผลรวมจำนวนเงินตามการคำนวณของทุกรายการ", en: "the sum of every line's computed amount" },
  "project.balance": { th: "งบจัดสรร − งบตามรายการ", en: "allocation − budget" },
  "project.totalText": { th: "ยอดรวมเป็นตัวอักษร", en: "the total in words" },
  "project.rateDate": { th: "วันเริ่มโครงการ หรือ 1 ต.ค. ของปีงบประมาณ", en: "the project start, or 1 October of the fiscal year" },
  "results.remaining": { th: "ได้รับ − ใช้จ่าย", en: "received − spent" },
  "results.spentPercent": { th: "ใช้จ่าย ÷ ได้รับ", en: "spent ÷ received" },
  "indicators.percent": { th: "ผลที่ได้ ÷ ค่าเป้าหมาย", en: "achieved ÷ target" },
};

/** What the template formula of `key` computes, in words; `fallback` (the column's name) when not listed. */
export function formulaWords(key: string, fallback: Text): Text {
  if (WORDS[key]) return WORDS[key];
  return { th: `สูตรของคอลัมน์ ${fallback.th}`, en: `the ${fallback.en} column's formula` };
}
