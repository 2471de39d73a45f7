/**
 * Pieces the rate checks share: the line facts they work on, the conditions a plan states, which
 * assumptions make a finding only a warning, the notes that explain them, and the finding for a
 * month whose ceiling is not known.
 */
import type { Finding } from "../../findings";
import { at } from "../../findings";
import type { BudgetLine, MonthRef } from "../../model";
import { rateCategory } from "../../rates/classifier";
import type { NormText } from "../../rates/features";
import type { RateBook, RateCondInput, RateMatch } from "../../rates/rateBook";
import type { Scope } from "../../rates/scope";
import type { RuleContext } from "../context";
import { activityFields } from "../context";
import type { Bilingual } from "../messages";
import { isoDate, month, short, shortSource } from "../messages";

/** Conditions whose default is the higher ceiling (see RateBook.find): assuming them cannot cause a false error. */
export const HIGHER_CEILING_DEFAULTS = new Set(["allMeals", "room", "vehicle", "halfDay", "mealsProvided", "holiday", "bangkok", "speaker"]);

/** Readable names of the assumptions RateBook.find records. */
export const ASSUMPTION: Record<string, Bilingual> = {
  "venue=gov": { th: "จัดในสถานที่ราชการ", en: "government venue" },
  "venue=private": { th: "จัดในสถานที่เอกชน", en: "private venue" },
  "trainingType=a": { th: "ฝึกอบรมประเภท ก", en: "training type A" },
  "trainingType=b": { th: "ฝึกอบรมประเภท ข", en: "training type B" },
  "staffLevel=standard": { th: "ระดับชำนาญการพิเศษลงมา", en: "staff up to senior professional level" },
  "staffLevel=senior": { th: "ระดับเชี่ยวชาญขึ้นไป", en: "expert level and above" },
  "speaker=ext": { th: "ไม่ระบุประเภทวิทยากร จึงเทียบกับอัตราบุคคลภายนอก (อัตราที่สูงกว่า)", en: "the speaker type is not stated, so the outside-speaker (higher) rate is used" },
};

/** Food categories that a training judges per person per day. */
export const FOOD_CATEGORIES = new Set(["meal", "training-meals", "student-lunch"]);

export interface LineInfo {
  index: number;
  line: BudgetLine;
  category: string;
  /** Another category the line's words allow (travel or training lodging), judged too: see judge() in rateCheck.ts. */
  alternative?: string;
  combined: boolean;
  scope: Scope;
  text: NormText;
  month: MonthRef;
}

/** The conditions the project states (venue, training type, staff level); ข for outside people. */
export function baseConditions(ctx: RuleContext, scope: Scope): RateCondInput {
  const p = ctx.plan.project;
  return { venue: p.venue, trainingType: scope.outsidePeople ? "b" : p.trainingType, staffLevel: p.staffLevel };
}

/** Assumptions that could pick a lower ceiling than the real one (so a finding is only a warning). */
export function uncertainOf(match: RateMatch): string[] {
  return match.assumed.filter((a) => !HIGHER_CEILING_DEFAULTS.has(a.split("=")[0]));
}

export function assumptionNotes(match: RateMatch, scope: Scope): Bilingual {
  const notes = { th: "", en: "" };
  const uncertain = uncertainOf(match);
  if (match.assumed.includes("speaker=ext")) {
    notes.th += ` (${ASSUMPTION["speaker=ext"].th})`;
    notes.en += ` (${ASSUMPTION["speaker=ext"].en})`;
  }
  if (scope.outsidePeople) {
    notes.th += " (ฝึกอบรมบุคคลภายนอก ใช้อัตราประเภท ข)";
    notes.en += " (a training for outside people: type B rates)";
  }
  if (uncertain.length > 0) {
    notes.th += ` (สมมติ: ${uncertain.map((a) => ASSUMPTION[a]?.th ?? a).join(", ")} ถ้าไม่ใช่ โปรดระบุ)`;
    notes.en += ` (assumed: ${uncertain.map((a) => ASSUMPTION[a]?.en ?? a).join(", ")}; state it if that is not so)`;
  }
  if (match.rule.confidence !== "high") {
    // in plain words why it stays a warning, whatever the assumed conditions (short: messages lead with the figures)
    if (match.rule.confidence === "medium") {
      notes.th += " เป็นคำเตือน เพราะหัวหน้าส่วนราชการอาจอนุมัติต่างจากอัตรานี้";
      notes.en += " A warning, because the head of the agency may approve otherwise.";
    } else {
      notes.th += " เป็นคำเตือน เพราะอัตรานี้ยังไม่ได้ยืนยันกับหนังสือฉบับล่าสุด";
      notes.en += " A warning, because this rate is not confirmed against the latest circular.";
    }
  }
  return notes;
}

/** The note on a rate finding whose unit cost was worked out from the amount (core/derivedUnitCost.ts). */
export const DERIVED_NOTE: Bilingual = {
  th: " (ไม่ได้ระบุราคาต่อหน่วย: คิดจากจำนวนเงิน ÷ จำนวน จึงเป็นคำเตือน โปรดตรวจจำนวนที่ระบุ)",
  en: " (No unit cost was written: it is the amount ÷ the counts, so this is a warning; check the counts.)",
};

/** The finding for a category with rules, none of them in force in the month: the ceiling is not known. */
/**
 * What to do when a ceiling is unknown, for a workbook: add the rate on its rates sheet. A project document
 * has no such sheet; the text check says to import it first (src/import/check.ts replaces this wording).
 */
export function rateSheetRemedy(cat: { th: string; en: string }): { th: string; en: string } {
  return {
    th: `ใส่อัตราที่ใช้บังคับในแผ่นงาน "อัตรา" (เพิ่มแถว: หมวดอัตรา "${cat.th}", เพดาน, มีผลตั้งแต่, ที่มา, ความเชื่อมั่น) แล้วตรวจใหม่`,
    en: `Enter the rate in force on the "Rates" sheet (add a row: category "${cat.en}", ceiling, from, source, confidence) and check again.`,
  };
}

export function ceilingUnknownFinding(
  ctx: RuleContext,
  book: RateBook,
  category: string,
  info: LineInfo,
  what?: Bilingual,
): Finding | undefined {
  const target = rateCategory(category)?.aliasOf ?? category;
  const all = book.rules.filter((r) => r.category === target);
  if (all.length === 0) return undefined;
  const cat = rateCategory(target);
  const catName = { th: cat?.th ?? target, en: cat?.en ?? target };
  const ended = all.filter((r) => r.effectiveTo).sort((a, b) => (a.effectiveTo! < b.effectiveTo! ? 1 : -1))[0];
  const m = info.month;
  const lastTh = ended ? ` อัตราเดิมตาม ${shortSource(ended.source.th, "th")} ใช้ถึง ${isoDate(ended.effectiveTo!, "th")}${ended.note && /ว 246/.test(ended.note.th) ? " และหนังสือ กค 0408.4/ว 246 ลงวันที่ 31 ต.ค. 2568 ได้ปรับอัตราใหม่" : ""}` : "";
  const lastEn = ended ? ` The previous rate (${shortSource(ended.source.en, "en")}) ended on ${isoDate(ended.effectiveTo!, "en")}${ended.note && /W246|ว 246/.test(`${ended.note.en} ${ended.note.th}`) ? "; MoF letter 0408.4/W246 of 31 Oct 2025 set new rates" : ""}.` : "";
  const label = what ?? { th: `"${short(info.line.item, 50)}"`, en: `"${short(info.line.item, 50)}"` };
  return {
    rule: "rate-ceiling-unknown",
    severity: "info",
    message: {
      th: `ยังไม่ทราบเพดาน${catName.th} สำหรับ ${month(m, "th")} จึงไม่ได้ตรวจ ${label.th}:${lastTh} — ${rateSheetRemedy(catName).th}`,
      en: `The ceiling for ${catName.en} in ${month(m, "en")} is not known, so ${label.en} is not checked.${lastEn} ${rateSheetRemedy(catName).en}`,
    },
    ...activityFields(ctx, info.line.activityId),
    lineId: info.line.id,
    item: info.line.item,
    ...at(info.line.cells?.unitCost ?? info.line.cells?.item),
  };
}
