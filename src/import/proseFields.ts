/**
 * Project facts a memo (บันทึกข้อความ) writes inside its sentences: the budget allocated ("…ซึ่งได้รับจัดสรร
 * งบประมาณ 15,000 บาท", "งบประมาณที่ได้รับจัดสรรจากเงินอุดหนุน จำนวน 8,000 บาท", "ภายในวงเงิน 5,000 บาท"), the
 * person responsible ("ผู้รับผิดชอบโครงการ นายธนากร บุญมา ระยะเวลา…", "โดยมีนางสาวสุดา ใจดี เป็นผู้รับผิดชอบ"),
 * a budget in the subject line ("เรื่อง ขออนุมัติโครงการ… งบประมาณ 15,000 บาท"). Each value ends where the
 * next field of the sentence starts; nothing is guessed when the words are not there.
 */
import type { Satang } from "../core/model";
import { parseMoney } from "../core/money";
import { startsWithTitle } from "./owners";

/** Phrases after which a sentence states the allocation. */
const ALLOCATED =
  /^(?:งบประมาณ|วงเงิน)(?:ทั้งสิ้น|ทั้งหมด)?(?=\s*(?:จำนวน)?\s*\d)|(?:ตั้ง|กำหนด)(?:เงิน)?งบประมาณ(?:ไว้)?|งบประมาณตามแผน(?:ปฏิบัติการ)?(?:ประจำปี)?|ได้รับ(?:การ)?(?:จัดสรร|อนุมัติ)(?:เงิน)?(?:งบประมาณ)?|ได้รับ(?:เงิน)?(?:งบ|งบประมาณ)(?:สนับสนุน)?|งบประมาณที่ได้รับ(?:การ)?(?:จัดสรร)?|(?:ภายใน)?วงเงิน(?:งบประมาณ)?(?:ที่ได้รับ(?:จัดสรร)?)?/g;

/** Words that start another field of the sentence: a figure after them is not the one sought. */
const FIELD_STOP =
  /ผู้รับผิดชอบ|ระยะเวลา|ขออนุมัติ|ขอใช้|โดยใช้|ใช้งบประมาณ|ใช้เงิน|เป็นเงินทั้งสิ้น|รวมเป็นเงิน|รวมทั้งสิ้น|ตั้งแต่|ระหว่างวันที่|ในวันที่|สถานที่|กลุ่มเป้าหมาย|คงเหลือ|ใช้จ่าย/;

/** A figure in baht: "15,000 บาท", "15,000.- บาท", "15000.50 บาท". */
const BAHT = /(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+(?:\.\d{1,2})?)\s*(?:\.-|-|\.–)?\s*บาท/;

/** The first figure in baht within `span` characters after `from`, before another field starts. */
export function bahtAfter(flat: string, from: number, span = 90): Satang | undefined {
  let tail = flat.slice(from, from + span);
  const stop = FIELD_STOP.exec(tail);
  if (stop) tail = tail.slice(0, stop.index);
  const m = BAHT.exec(tail);
  if (!m) return undefined;
  // a rate, not a sum: "คนละ 500 บาท", "หัวละ 500 บาท", "500 บาท/คน", "500 บาทต่อคน"
  if (/ละ\s*$/.test(tail.slice(0, m.index)) || /^\s*(?:\/|ต่อ)/.test(tail.slice(m.index + m[0].length))) return undefined;
  const v = parseMoney(m[1]);
  return v === null || v <= 0 ? undefined : v;
}

/** Each match of a global expression, in order (String.prototype.matchAll is missing in old webviews). */
export function matchesOf(re: RegExp, s: string): { index: number; text: string }[] {
  const out: { index: number; text: string }[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push({ index: m.index, text: m[0] });
    if (m[0] === "") re.lastIndex++;
  }
  return out;
}

/** The allocation a sentence states ("ได้รับจัดสรรงบประมาณ 15,000 บาท"), or undefined. */
export function allocatedInSentence(flat: string): Satang | undefined {
  for (const m of matchesOf(ALLOCATED, flat)) {
    // "ขออนุมัติ…" is a request, "ได้รับอนุมัติ" a grant: only the grant's figure is an allocation
    const v = bahtAfter(flat, m.index + m.text.length);
    if (v !== undefined) return v;
  }
  return undefined;
}

/**
 * The budget a memo's subject states after the project's name: "เรื่อง ขออนุมัติโครงการ… งบประมาณ 15,000 บาท",
 * "(วงเงิน 15,000 บาท)". Returns the figure and where the name ends.
 */
export function subjectBudget(subject: string): { amount: Satang; at: number } | undefined {
  const m = /\(?\s*(?:ใช้)?(?:งบประมาณ|วงเงิน|เป็นเงิน|จำนวนเงิน)(?!ที่ขอ)/.exec(subject.replace(/ปีงบประมาณ|ประจำปีงบประมาณ/g, (s) => "_".repeat(s.length)));
  if (!m) return undefined;
  const amount = bahtAfter(subject, m.index + m[0].length, 40);
  return amount === undefined ? undefined : { amount, at: m.index };
}

/** Words that end a person's name in a sentence: the next field or clause. */
// (a surname may start with many words: มีสุข, งานดี, ใจดี … so only a field's or a clause's own words end it)
const NAME_END =
  /^(?:ระยะเวลา|งบประมาณ|ได้รับ|ซึ่ง|โดย|เพื่อ|ดำเนินการ|ดำเนินงาน|ตั้งแต่|ระหว่าง|ใน(?:วันที่|เดือน|ช่วง|การ|ภาค)|ณ$|สถานที่|จำนวน|มีความ|เป็นผู้|ตำแหน่ง|กลุ่มสาระ|กลุ่มบริหาร|กลุ่มงาน|ฝ่าย|ครู$|ครูชำนาญ|ครูผู้|จึง|รายละเอียด|ดังนี้|ทั้งนี้|และมี|กิจกรรม)/;

/**
 * The person(s) named after a title ("นายธนากร บุญมา", "นาย ธนากร บุญมา", "นายก ข และนางค ง"): a title and a
 * first name, a surname, then another titled name after "และ" or a comma; "" when the text does not start
 * with a title.
 */
export function namesAt(text: string): string {
  const words = text.trim().split(/\s+/);
  const out: string[] = [];
  let i = 0;
  for (;;) {
    if (i >= words.length || !startsWithTitle(words[i])) break;
    const person: string[] = [words[i]];
    // a title alone ("นาย ธนากร บุญมา"), or a title before another ("ว่าที่ร้อยตรี ดร.สมชาย")
    let k = i + 1;
    while (startsWithTitle(person[person.length - 1], true) && k < words.length) person.push(words[k++]);
    if (k < words.length && !NAME_END.test(words[k]) && !startsWithTitle(words[k]) && !/\d/.test(words[k]) && words[k] !== "และ") person.push(words[k++]);
    out.push(person.join(" ").replace(/[,;]+$/, ""));
    if (k < words.length && words[k] === "และ") k++;
    else if (k < words.length && /^และ/.test(words[k]) && startsWithTitle(words[k].slice(3))) words[k] = words[k].slice(3);
    i = k;
  }
  return out.join(", ");
}

/** The person responsible a sentence names ("…ผู้รับผิดชอบโครงการ นายธนากร บุญมา ระยะเวลา…"), or undefined. */
export function ownerInSentence(flat: string): string | undefined {
  for (const m of matchesOf(/ผู้รับผิดชอบ(?:โครงการ|กิจกรรม)?\s*(?:คือ|ได้แก่|[:：])?\s*/g, flat)) {
    const names = namesAt(flat.slice(m.index + m.text.length));
    if (names) return names;
    // "โดยมีนายก ข เป็นผู้รับผิดชอบ": the names before the word
    const before = /(?:โดยมี|มอบหมายให้|มอบให้)\s*(\S+(?:\s+\S+){0,5}?)\s*(?:เป็น)?\s*$/.exec(flat.slice(Math.max(0, m.index - 80), m.index));
    if (before) {
      const n = namesAt(before[1]);
      if (n) return n;
    }
  }
  return undefined;
}
