/**
 * target-mismatch (info): the same thing counted differently in a quantitative target and in the
 * indicator table, e.g. target "พัฒนาผู้ประเมิน … จำนวน 200 คน" and indicator "ผู้ประเมิน … จำนวน 100 คน".
 *
 * Heuristic, kept simple: each side yields one count (its structured value and unit, else the first
 * "number + unit" in its text) and one subject (the first word from a short list of subjects that fits
 * the unit: people for คน, schools for โรง/โรงเรียน/แห่ง). A target and an indicator with the same
 * subject and unit but different numbers make a note.
 */
import type { Finding } from "../../findings";
import { at } from "../../findings";
import type { CellRef } from "../../model";
import { toArabicDigits } from "../../thaiDigits";
import type { Rule } from "../context";
import { qty, short } from "../messages";

const PEOPLE = [
  "ผู้ประเมิน",
  "ผู้บริหาร",
  "ศึกษานิเทศก์",
  "ครู",
  "นักเรียน",
  "ผู้เรียน",
  "คณะทำงาน",
  "คณะกรรมการ",
  "ผู้เข้าร่วม",
  "ผู้เข้าประชุม",
  "ผู้เข้าอบรม",
  "ผู้เข้ารับการอบรม",
  "วิทยากร",
  "บุคลากร",
  "ผู้ปกครอง",
  "เจ้าหน้าที่",
];
const SCHOOLS = ["สถานศึกษา", "โรงเรียน"];

const SUBJECT_EN: Record<string, string> = {
  ผู้ประเมิน: "evaluators",
  ผู้บริหาร: "administrators",
  ศึกษานิเทศก์: "supervisors",
  ครู: "teachers",
  นักเรียน: "students",
  ผู้เรียน: "learners",
  คณะทำงาน: "working-group members",
  คณะกรรมการ: "committee members",
  ผู้เข้าร่วม: "participants",
  ผู้เข้าประชุม: "participants",
  ผู้เข้าอบรม: "trainees",
  ผู้เข้ารับการอบรม: "trainees",
  วิทยากร: "speakers",
  บุคลากร: "staff",
  ผู้ปกครอง: "parents",
  เจ้าหน้าที่: "officers",
  สถานศึกษา: "schools",
  โรงเรียน: "schools",
};

/** Unit → normalised unit and the subject list that fits it. */
function unitClass(unit: string): { unit: string; subjects: string[] } | undefined {
  const u = unit.trim().replace(/\.$/, "");
  if (u === "คน" || u === "ราย") return { unit: "คน", subjects: PEOPLE };
  if (u === "โรง" || u === "โรงเรียน" || u === "แห่ง") return { unit: "โรงเรียน", subjects: SCHOOLS };
  return undefined;
}

const COUNT_RE = /([0-9][0-9,]*(?:\.[0-9]+)?)\s*(คน|ราย|โรงเรียน|โรง|แห่ง)/;

interface Count {
  value: number;
  unit: string;
}

/** The first "number + unit" in a text (Thai or Arabic digits). */
export function findCount(text: string): Count | undefined {
  const m = COUNT_RE.exec(toArabicDigits(text));
  if (!m) return undefined;
  return { value: Number(m[1].replace(/,/g, "")), unit: m[2] };
}

/** The first subject word (from the list for the unit) in the texts, in order. */
export function findSubject(texts: (string | undefined)[], subjects: string[]): string | undefined {
  for (const t of texts) {
    if (!t) continue;
    let best: { word: string; pos: number } | undefined;
    for (const w of subjects) {
      const pos = t.indexOf(w);
      if (pos >= 0 && (!best || pos < best.pos || (pos === best.pos && w.length > best.word.length))) best = { word: w, pos };
    }
    if (best) return best.word;
  }
  return undefined;
}

interface Counted {
  subject: string;
  unit: string;
  value: number;
  rawUnit: string;
  text: string;
  cell?: CellRef;
}

export const targetMismatch: Rule = {
  id: "target-mismatch",
  severity: "info",
  title: { th: "เป้าหมายกับค่าเป้าหมายของตัวชี้วัดนับไม่ตรงกัน", en: "Target and indicator count the same thing differently" },
  run(ctx) {
    const targets = new Map<string, Counted[]>();
    for (const t of ctx.plan.targets) {
      if (t.kind !== "quantitative") continue;
      const count: Count | undefined = t.value !== undefined && t.unit ? { value: t.value, unit: t.unit } : findCount(t.text);
      if (!count) continue;
      const cls = unitClass(count.unit);
      if (!cls) continue;
      const subject = findSubject([t.text], cls.subjects);
      if (!subject) continue;
      const key = `${subject}|${cls.unit}`;
      const list = targets.get(key) ?? [];
      list.push({ subject, unit: cls.unit, value: count.value, rawUnit: count.unit, text: t.text, cell: t.cell });
      targets.set(key, list);
    }
    if (targets.size === 0) return [];
    const out: Finding[] = [];
    for (const ind of ctx.plan.indicators) {
      const count: Count | undefined =
        ind.targetValue !== undefined && ind.targetUnit ? { value: ind.targetValue, unit: ind.targetUnit } : findCount(ind.targetText ?? "");
      if (!count) continue;
      const cls = unitClass(count.unit);
      if (!cls) continue;
      const subject = findSubject([ind.targetText, ind.text], cls.subjects);
      if (!subject) continue;
      for (const t of targets.get(`${subject}|${cls.unit}`) ?? []) {
        if (t.value === count.value) continue;
        out.push({
          rule: "target-mismatch",
          severity: "info",
          message: {
            th: `จำนวน${subject} ไม่ตรงกัน: เป้าหมายเชิงปริมาณระบุ ${qty(t.value, t.rawUnit, "th")} ("${short(t.text, 50)}") แต่ตัวชี้วัดระบุ ${qty(count.value, count.unit, "th")} ("${short(ind.targetText ?? ind.text, 50)}")`,
            en: `The number of ${SUBJECT_EN[subject] ?? subject} (${subject}) differs: the quantitative target says ${qty(t.value, t.rawUnit, "en")} ("${short(t.text, 50)}") but the indicator says ${qty(count.value, count.unit, "en")} ("${short(ind.targetText ?? ind.text, 50)}")`,
          },
          item: subject,
          expected: t.value,
          actual: count.value,
          valueKind: "number",
          ...at(ind.cells?.targetValue ?? ind.cells?.text ?? t.cell),
        });
      }
    }
    return out;
  },
};
