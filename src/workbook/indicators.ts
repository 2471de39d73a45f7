/**
 * Generates an indicator table from a plan's targets and activities (the template's indicators
 * sheet, and the task pane's "generate indicator table"). Pure.
 *
 * - each quantitative target → an output indicator (ผลผลิต) with the target's value and unit (the target as
 *   written goes to "ค่าเป้าหมาย (ข้อความ)" only when it has no number);
 * - each qualitative target → an outcome indicator (ผลลัพธ์) as Thai plans word it, "ร้อยละของ…", with the
 *   percentage the target states ("ร้อยละ 100 ของ…", "90%") and otherwise NO target value: a number the
 *   planner never wrote is not invented (the check `indicator-target-missing` asks for one);
 * - when there are no targets, one output indicator per activity ("ร้อยละของกิจกรรมที่ดำเนินการตามแผน"
 *   style) so the table is never empty for a plan with activities.
 */
import type { Indicator, Plan } from "../core/model";
import type { Lang } from "./i18n";
import { toArabicDigits } from "../core/thaiDigits";

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

/** The percentage a target states: its value, else "ร้อยละ 100" / "100%" / "ร้อยละ ๙๐" in its text. */
function statedPercent(value: number | undefined, text: string): number | undefined {
  if (value !== undefined) return value;
  const m = /ร้อยละ\s*([0-9๐-๙]+(?:\.[0-9๐-๙]+)?)|([0-9๐-๙]+(?:\.[0-9๐-๙]+)?)\s*(?:%|เปอร์เซ็นต์|percent)/.exec(text);
  if (!m) return undefined;
  const n = Number(toArabicDigits(m[1] ?? m[2]));
  return Number.isFinite(n) && n > 0 && n <= 100 ? n : undefined;
}

const NUM = "[0-9๐-๙]+(?:\\.[0-9๐-๙]+)?";
/** A percentage stated inside a target's text ("ได้ ร้อยละ 80", "ไม่น้อยกว่าร้อยละ ๘๐ ขึ้นไป", "80%"). */
const STATED = new RegExp(`\\s*(?:(?:ไม่น้อยกว่า|อย่างน้อย|at least)\\s*)?(?:ร้อยละ\\s*${NUM}|${NUM}\\s*(?:%|เปอร์เซ็นต์|percent))(?:\\s*(?:ขึ้นไป|or more))?`, "g");

/**
 * An outcome indicator's wording: "ร้อยละของ…" once, the percentage left to the target value. "ครู…ได้ ร้อยละ 80"
 * → "ร้อยละของครู…ได้"; "ร้อยละ 90 ของนักเรียน…" → "ร้อยละของนักเรียน…"; a text already "ร้อยละของ…" stays.
 */
export function outcomeText(text: string, lang: Lang): string {
  const lead = /^ร้อยละ\s*[0-9๐-๙.]+\s*ของ\s*/.exec(text);
  if (lead) return `${TEXT.percentOf[lang]}${text.slice(lead[0].length)}`.trim();
  if (/^(ร้อยละ|percentage|share)/i.test(text)) return text;
  const bare = text.replace(STATED, "").replace(/\s+/g, " ").trim();
  return `${TEXT.percentOf[lang]}${bare || text}`;
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
        text: outcomeText(text, lang),
        ...(statedPercent(t.value, t.text) !== undefined ? { targetValue: statedPercent(t.value, t.text) } : {}),
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
