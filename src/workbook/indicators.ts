/**
 * Generates an indicator table from a plan's targets and activities (the template's indicators
 * sheet, and the task pane's "generate indicator table"). Pure.
 *
 * - each quantitative target → an output indicator (ผลผลิต) with the target's value and unit (the target as
 *   written goes to "ค่าเป้าหมาย (ข้อความ)" only when it has no number);
 * - each qualitative target → an outcome indicator (ผลลัพธ์) as Thai plans word it, "ร้อยละของ…", target
 *   ร้อยละ 80 unless stated;
 * - when there are no targets, one output indicator per activity ("ร้อยละของกิจกรรมที่ดำเนินการตามแผน"
 *   style) so the table is never empty for a plan with activities.
 */
import type { Indicator, Plan } from "../core/model";
import type { Lang } from "./i18n";

const TEXT = {
  outputMethod: { th: "นับจำนวนจากหลักฐานการดำเนินงาน", en: "Count from activity records" },
  outputTool: { th: "แบบลงทะเบียน / รายงานผลการดำเนินงาน", en: "Sign-in sheets / activity report" },
  outcomeMethod: { th: "ประเมินผลหลังดำเนินกิจกรรม", en: "Evaluation after the activities" },
  outcomeTool: { th: "แบบประเมิน / แบบสอบถาม", en: "Evaluation form / questionnaire" },
  percentUnit: { th: "ร้อยละ", en: "percent" },
  percentOf: { th: "ร้อยละของ", en: "Percentage: " },
  activityDone: { th: "ดำเนินกิจกรรม", en: "Carry out activity" },
  activityDoneSuffix: { th: "แล้วเสร็จตามกำหนด", en: "on schedule" },
};

/** Strips a leading "1." / "1)" / "-" numbering from a target text. */
function clean(text: string): string {
  return text.replace(/^\s*(?:[-•]\s*)?(?:[0-9๐-๙]+[.)]\s*)?/, "").trim();
}

export function buildIndicators(plan: Plan, lang: Lang = "th"): Indicator[] {
  const out: Indicator[] = [];
  for (const t of plan.targets) {
    const text = clean(t.text);
    if (!text) continue;
    if (t.kind === "quantitative") {
      out.push({
        kind: "output",
        text,
        ...(t.value !== undefined ? { targetValue: t.value } : {}),
        ...(t.unit ? { targetUnit: t.unit } : {}),
        ...(t.value === undefined ? { targetText: text } : {}),
        method: TEXT.outputMethod[lang],
        tool: TEXT.outputTool[lang],
      });
    } else {
      out.push({
        kind: "outcome",
        text: /^(ร้อยละ|percentage|share)/i.test(text) ? text : `${TEXT.percentOf[lang]}${text}`,
        targetValue: t.value ?? 80,
        targetUnit: t.unit ?? TEXT.percentUnit[lang],
        method: TEXT.outcomeMethod[lang],
        tool: TEXT.outcomeTool[lang],
      });
    }
  }
  if (out.length === 0) {
    for (const a of plan.activities) {
      if (!a.name.trim()) continue;
      out.push({
        kind: "output",
        text: `${TEXT.activityDone[lang]} ${a.id}. ${a.name} ${TEXT.activityDoneSuffix[lang]}`.trim(),
        targetValue: 100,
        targetUnit: TEXT.percentUnit[lang],
        method: TEXT.outputMethod[lang],
        tool: TEXT.outputTool[lang],
      });
    }
  }
  return out;
}
