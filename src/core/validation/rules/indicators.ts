/**
 * indicator-target-missing (info): an indicator with neither a target value nor a target written in words
 * cannot be measured. The generated table leaves such a target empty rather than invent one (it used to
 * put ร้อยละ 80 under every qualitative target), so the planner is asked for it here.
 */
import type { Finding } from "../../findings";
import { at } from "../../findings";
import type { Rule } from "../context";
import { short } from "../messages";

export const indicatorTargetMissing: Rule = {
  id: "indicator-target-missing",
  severity: "info",
  title: { th: "ตัวชี้วัดยังไม่มีค่าเป้าหมาย", en: "An indicator has no target" },
  run(ctx) {
    const out: Finding[] = [];
    for (const ind of ctx.plan.indicators) {
      if (!ind.text.trim() || ind.targetValue !== undefined || (ind.targetText ?? "").trim()) continue;
      out.push({
        rule: "indicator-target-missing",
        severity: "info",
        message: {
          th: `ตัวชี้วัด "${short(ind.text, 60)}" ยังไม่มีค่าเป้าหมาย — ใส่ค่าเป้าหมายที่วัดได้ (ร้อยละ หรือจำนวน) ที่แผนกำหนด`,
          en: `Indicator "${short(ind.text, 60)}" has no target yet — enter the measurable target the plan sets (a percentage or a number)`,
        },
        item: ind.text,
        ...at(ind.cells?.targetValue ?? ind.cells?.text),
      });
    }
    return out;
  },
};
