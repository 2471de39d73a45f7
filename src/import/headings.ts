/**
 * Recognising the headings and header fields of a Thai project document. Headings are matched on the
 * text after list numbering ("6.รายละเอียดการใช้งบประมาณ…" → budget detail), header fields on the
 * start of a line ("ผู้รับผิดชอบโครงการ\tนาง…").
 */
import { parseMonthRange } from "../core/calendar";
import { isThroughout } from "./months";
import { trimPunct } from "./text";

export type SectionKind =
  | "name"
  | "rationale"
  | "objectives"
  | "targets"
  | "quantitative"
  | "qualitative"
  | "activities"
  | "period"
  | "budget"
  | "budgetDetail"
  | "risk"
  | "indicators"
  | "expected"
  | "achievements"
  | "problems"
  | "suggestions"
  | "skip";

export interface Heading {
  kind: SectionKind;
  /** Text after the keyword (value written on the heading line), trimmed. */
  value: string;
}

const noSpace = (s: string) => s.replace(/\s+/g, "");

/** Keyword → kind; checked in order with startsWith on the text without spaces. */
const HEADINGS: readonly [string, SectionKind][] = [
  ["ชื่อโครงการ", "name"],
  ["หลักการและเหตุผล", "rationale"],
  ["หลักการเหตุผล", "rationale"],
  ["ความเป็นมาและความสำคัญ", "rationale"],
  ["ความเป็นมา", "rationale"],
  ["หลักการ", "rationale"],
  ["วัตถุประสงค์", "objectives"],
  ["เป้าหมายเชิงปริมาณ", "quantitative"],
  ["เป้าหมายเชิงคุณภาพ", "qualitative"],
  ["เป้าหมาย", "targets"],
  ["กิจกรรมตามโครงการ", "activities"],
  ["กิจกรรมและขั้นตอน", "activities"],
  ["กิจกรรมและการดำเนินการ", "activities"],
  ["กิจกรรมและการดำเนินงาน", "activities"],
  ["กิจกรรมและวิธีดำเนินการ", "activities"],
  ["กิจกรรมและระยะเวลา", "activities"],
  ["กิจกรรมการดำเนินงาน", "activities"],
  ["กิจกรรมการดำเนินการ", "activities"],
  ["กิจกรรมดำเนินการ", "activities"],
  ["กิจกรรมดำเนินงาน", "activities"],
  ["กิจกรรมที่ดำเนินการ", "activities"],
  ["กิจกรรมหลัก", "activities"],
  ["วิธีดำเนินการ", "activities"],
  ["วิธีการดำเนินการ", "activities"],
  ["วิธีการดำเนินงาน", "activities"],
  ["วิธีดำเนินงาน", "activities"],
  ["ขั้นตอนการดำเนินงาน", "activities"],
  ["ขั้นตอนการดำเนินการ", "activities"],
  ["ขั้นตอนดำเนินการ", "activities"],
  ["แผนการดำเนินงาน", "activities"],
  ["แผนการดำเนินการ", "activities"],
  ["แผนปฏิบัติงาน", "activities"],
  ["ระยะเวลาดำเนินการ", "period"],
  ["ระยะเวลาดำเนินงาน", "period"],
  ["ระยะเวลาการดำเนินการ", "period"],
  ["ระยะเวลาการดำเนินงาน", "period"],
  ["ระยะเวลาในการดำเนินการ", "period"],
  ["ระยะเวลาในการดำเนินงาน", "period"],
  ["ระยะเวลาโครงการ", "period"],
  // a memo's sentence: "ดำเนินการในเดือนมิถุนายน 2567"
  ["ดำเนินการในเดือน", "period"],
  ["ดำเนินการในช่วงเดือน", "period"],
  ["รายละเอียดการใช้งบประมาณ", "budgetDetail"],
  ["รายละเอียดการใช้จ่ายงบประมาณ", "budgetDetail"],
  ["รายละเอียดงบประมาณ", "budgetDetail"],
  ["รายละเอียดค่าใช้จ่าย", "budgetDetail"],
  ["ประมาณการค่าใช้จ่าย", "budgetDetail"],
  ["ประมาณการงบประมาณ", "budgetDetail"],
  ["งบประมาณและรายละเอียด", "budgetDetail"],
  ["งบประมาณ", "budget"],
  ["การวิเคราะห์ความเสี่ยง", "risk"],
  ["การบริหารความเสี่ยง", "risk"],
  ["ความเสี่ยง", "risk"],
  ["ปัจจัยเสี่ยง", "risk"],
  ["ตัวชี้วัด", "indicators"],
  ["การวัดและประเมินผล", "indicators"],
  ["การติดตามและประเมินผล", "indicators"],
  ["การประเมินผล", "indicators"],
  ["ผลที่คาดว่าจะได้รับ", "expected"],
  ["ผลที่คาดว่าจะเกิด", "expected"],
  ["ผลสำเร็จ", "achievements"],
  ["ผลที่ได้จากการดำเนินการ", "achievements"],
  ["ปัญหา", "problems"],
  ["อุปสรรค", "problems"],
  ["แนวทางแก้ไข", "suggestions"],
  ["ข้อเสนอแนะ", "suggestions"],
  ["เอกสารอ้างอิง", "skip"],
  ["รูปภาพ", "skip"],
  ["ภาพประกอบ", "skip"],
  ["ภาพกิจกรรม", "skip"],
  ["ลงชื่อ", "skip"],
  ["ผู้เสนอโครงการ", "skip"],
  ["ผู้เห็นชอบโครงการ", "skip"],
  ["ผู้อนุมัติโครงการ", "skip"],
  ["ความคิดเห็น", "skip"],
  ["สถานที่ดำเนินการ", "skip"],
  ["กลุ่มเป้าหมาย", "skip"],
  ["ภาคผนวก", "skip"],
];

const BUDGET_HEADING_TAILS = ["ที่ใช้", "ดำเนินการ", "โครงการ", "ประจำปี", "ทั้งสิ้น", "ทั้งหมด", "จำนวน", "รวม", "และ", "("];

/**
 * First characters a heading can start with: keywords, the weak period word and target headings
 * ("เชิง…", "เสิ้ง…", "ด้าน…", "ปริมาณ", "คุณภาพ", or anything up to 5 letters before them).
 */
const HEADING_FIRST_CHARS: ReadonlySet<string> = new Set([
  ...HEADINGS.map(([kw]) => kw[0]),
  "ร",
  // target headings may start with any short prefix; the Thai letters cover them
  ..."กขคฆงจฉชซฌญฎฏฐฑฒณดตถทธนบปผฝพฟภมยรลวศษสหฬอฮเแโใไ",
]);

/** "ระยะเวลา…" that is only a heading when a month range follows ("ระยะเวลาในการดำเนินกิจกรรมมีจำกัด" is not). */
const WEAK_PERIOD = "ระยะเวลา";

/** Character positions in `s` after skipping `n` non-space characters. */
function afterNonSpace(s: string, n: number): number {
  let count = 0;
  let i = 0;
  while (i < s.length && count < n) {
    if (s[i] !== " " && s[i] !== "\t") count++;
    i++;
  }
  return i;
}

/**
 * "เชิงปริมาณ", "เสิ้งปริมาณ" (extraction noise), "ด้านปริมาณ", "3.1 เชิงคุณภาพ (Outcome)": a short line
 * whose word ปริมาณ/คุณภาพ comes after at most 6 letters.
 */
export function targetKind(rest: string, nsGiven?: string): "quantitative" | "qualitative" | undefined {
  if (rest.length > 80) return undefined;
  const ns = nsGiven ?? noSpace(rest);
  if (ns.length > 40) return undefined;
  for (const [w, k] of [
    ["ปริมาณ", "quantitative"],
    ["คุณภาพ", "qualitative"],
  ] as const) {
    const i = ns.indexOf(w);
    if (i >= 0 && i <= 6 && ns.length - (i + w.length) <= 14) {
      const head = ns.slice(0, i);
      if (head === "" || /^(เชิง|เสิ้ง|เชิ้ง|เซิง|เชง|ด้าน|ทาง|เป้าหมายเชิง)$/.test(head) || head.length <= 5) return k;
    }
  }
  return undefined;
}

/** Recognises a heading from the text after numbering. */
export function classifyHeading(rest: string, numbered: boolean): Heading | undefined {
  if (!rest || !HEADING_FIRST_CHARS.has(rest[0])) return undefined;
  // keywords are short: the first 80 characters without spaces are enough to match them
  const head = noSpace(rest.length > 80 ? rest.slice(0, 80) : rest);
  if (!head) return undefined;
  const tk = rest.length <= 80 ? targetKind(rest, head) : undefined;
  if (tk) return { kind: tk, value: "" };
  // "กิจกรรม" alone (or with a colon) heads the activity list
  if (head === "กิจกรรม" || head === "กิจกรรม:") return { kind: "activities", value: "" };
  for (const [kw, kind] of HEADINGS) {
    if (!head.startsWith(kw)) continue;
    const ns = rest.length > 80 ? noSpace(rest) : head;
    const value = rest.slice(afterNonSpace(rest, kw.length)).replace(/^[\s:：.-]+/, "").trim();
    if (kind === "rationale" && kw === "หลักการ" && value.length > 0) continue;
    // "งบประมาณจะโอนมาในไตรมาสที่ 3" is a sentence; "งบประมาณ", "งบประมาณ 50,000 บาท", "งบประมาณที่ใช้ …" are headings
    if (kind === "budget" && !numbered && value && !/\d/.test(value) && !BUDGET_HEADING_TAILS.some((w) => value.startsWith(w)))
      return undefined;
    // unnumbered headings must be short (a sentence that starts with the word is content)
    if (!numbered && ns.length > kw.length + 60 && kind !== "period" && kind !== "budgetDetail" && kind !== "name")
      return undefined;
    return { kind, value };
  }
  const fuzzy = fuzzyHeading(head);
  if (fuzzy) {
    const value = rest.slice(afterNonSpace(rest, fuzzy.length)).replace(/^[\s:：.-]+/, "").trim();
    if (fuzzy.kind === "budget" && !numbered && value && !/\d/.test(value)) return undefined;
    return { kind: fuzzy.kind, value };
  }
  if (head.startsWith(WEAK_PERIOD)) {
    const value = rest.slice(afterNonSpace(rest, WEAK_PERIOD.length));
    if (parseMonthRange(value) || isThroughout(value)) return { kind: "period", value: value.replace(/^[\s:]+/, "").trim() };
  }
  return undefined;
}

/** Section kinds whose headings are also recognised when misspelled. */
const FUZZY_KINDS: ReadonlySet<SectionKind> = new Set(["rationale", "objectives", "targets", "activities", "budget", "budgetDetail", "risk", "indicators", "expected"]);

/** Edit distance (insert, delete, substitute, swap of neighbours) up to `max`; more → max + 1. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      let v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2] + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev2 = prev;
    prev = cur;
  }
  return prev[b.length];
}

/**
 * A misspelled heading ("วัตถุประสงค", "รายละเอียดการใช้งบประมาน", "หลักการและเหตผล"): the start of the
 * line is within one edit of a keyword and the heading stands alone (nothing follows but a colon, a
 * number or, for the budget, an amount). Returns the kind and how many letters the keyword took.
 */
function fuzzyHeading(head: string): { kind: SectionKind; length: number } | undefined {
  if (head.length < 5) return undefined;
  let best: { kind: SectionKind; length: number; d: number } | undefined;
  for (const [kw, kind] of HEADINGS) {
    if (!FUZZY_KINDS.has(kind) || kw.length < 6) continue;
    const max = 1;
    if (head.length > kw.length + 40) continue;
    for (let len = kw.length - max; len <= kw.length + max; len++) {
      if (len > head.length) break;
      // the heading stands alone (a colon, a number or an amount may follow), not the start of a sentence
      const after = head.slice(len);
      const alone = after.length <= 1 || /^[\d:(.]/.test(after) || ((kind === "budget" || kind === "budgetDetail") && /\d/.test(after));
      if (!alone) continue;
      const d = editDistance(head.slice(0, len), kw, max);
      if (d <= max && (!best || d < best.d)) best = { kind, length: len, d };
    }
  }
  return best ? { kind: best.kind, length: best.length } : undefined;
}

export type HeaderField =
  | "budgetSource"
  | "alignment"
  | "character"
  | "owner"
  | "department"
  | "venue"
  | "fiscalYear";

const FIELDS: readonly [string, HeaderField][] = [
  ["แหล่งงบประมาณ", "budgetSource"],
  ["แหล่งเงิน", "budgetSource"],
  ["ประเภทงบประมาณ", "budgetSource"],
  ["ความสอดคล้อง", "alignment"],
  ["สนอง", "alignment"],
  ["สอดคล้อง", "alignment"],
  ["ลักษณะโครงการ", "character"],
  ["ลักษณะของโครงการ", "character"],
  ["ประเภทโครงการ", "character"],
  ["ผู้รับผิดชอบโครงการ", "owner"],
  ["ผู้รับผิดชอบ", "owner"],
  ["ผู้ดำเนินการ", "owner"],
  ["หน่วยงานที่รับผิดชอบ", "department"],
  ["หน่วยงานรับผิดชอบ", "department"],
  ["หน่วยงานผู้รับผิดชอบ", "department"],
  ["กลุ่มงานที่รับผิดชอบ", "department"],
  ["กลุ่มที่รับผิดชอบ", "department"],
  ["กลุ่มงาน", "department"],
  ["หน่วยงาน", "department"],
  ["สถานที่ดำเนินการ", "venue"],
  ["สถานที่จัด", "venue"],
];

const ALIGNMENT_WORDS = ["ยุทธศาสตร์", "กลยุทธ์", "จุดเน้น", "นโยบาย", "มาตรฐาน", "ตัวชี้วัด", "แผน", "พันธกิจ", "เป้าประสงค์"];

const WEAK_FIELDS = new Set(["ผู้รับผิดชอบ", "ผู้ดำเนินการ", "กลุ่มงาน", "หน่วยงาน", "สอดคล้อง", "สนอง", "ความสอดคล้อง", "ประเภทงบประมาณ", "แหล่งเงิน"]);

/**
 * A header field at the start of a line: key and value (tabs and colons after the key removed).
 * `strong` keys ("ผู้รับผิดชอบโครงการ") count anywhere; weak ones ("หน่วยงาน") only in the header.
 */
export function headerField(flat: string): { field: HeaderField; value: string; strong: boolean } | undefined {
  for (const [kw, field] of FIELDS) {
    if (!flat.startsWith(kw)) continue;
    const value = flat.slice(kw.length).replace(/^[\s:：-]+/, "").trim();
    if (field === "alignment") {
      if (!ALIGNMENT_WORDS.some((w) => flat.includes(w)) || flat.length > 300) return undefined;
      return { field, value: flat.replace(/\s+/g, " ").trim(), strong: false };
    }
    if (field === "owner" && kw === "ผู้รับผิดชอบ" && value.startsWith("งาน")) return undefined;
    return { field, value, strong: !WEAK_FIELDS.has(kw) };
  }
  return undefined;
}

/** "ประจำปีงบประมาณ 2560", "ปีงบประมาณ พ.ศ. 2560", "ประจำปี 2560" → 2560. */
/**
 * The project a memo's subject names: "เรื่อง ขออนุมัติโครงการประชุมผู้ปกครองนักเรียน ภาคเรียนที่ 2" →
 * "ประชุมผู้ปกครองนักเรียน ภาคเรียนที่ 2"; undefined when the line is not a subject naming a project.
 */
export function memoSubjectName(flat: string): string | undefined {
  const m = /^เรื่อง\s*[:：]?\s*(.*)$/.exec(flat);
  if (!m) return undefined;
  const i = m[1].indexOf("โครงการ");
  if (i < 0) return undefined;
  const name = trimPunct(m[1].slice(i + "โครงการ".length));
  return name || undefined;
}

export function fiscalYearMention(flat: string): number | undefined {
  for (const kw of ["ปีงบประมาณ", "ประจำปี"]) {
    let from = 0;
    for (;;) {
      const i = flat.indexOf(kw, from);
      if (i < 0) break;
      const k = i + kw.length;
      const rest = flat.slice(k, k + 20);
      const m = /^\s*(?:งบประมาณ)?\s*(?:พ\.\s?ศ\.?)?\s*(\d{4})(?!\d)/.exec(rest);
      if (m) {
        const y = Number(m[1]);
        if (y >= 2400 && y < 2700) return y;
        if (y >= 1900 && y < 2200) return y + 543;
      }
      from = k;
    }
  }
  return undefined;
}
