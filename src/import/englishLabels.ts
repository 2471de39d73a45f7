/**
 * English (and mixed English–Thai) labels at the start of a line, read as their Thai equivalents:
 * "Total 42,700 บาท" → "รวมทั้งสิ้น 42,700 บาท", "Budget งบประมาณ: 42,700 บาท" → "งบประมาณ: 42,700 บาท",
 * "Owner/ผู้รับผิดชอบ: …" → "ผู้รับผิดชอบ: …", "Activity 1 Workshop" → "กิจกรรมที่ 1 Workshop",
 * "Objectives" → "วัตถุประสงค์". Only a whole label word at the start of the line is read, and only where it
 * cannot be the start of an item or a name ("Project-based learning", "Totally …" stay as they are).
 * When a Thai label follows the English one, the Thai label is kept and the English dropped.
 */

interface Label {
  /** The English label, lower case, words separated by single spaces. */
  en: string[];
  th: string;
  /** What must follow the label: "any" (end, ":", a Thai label or text), "colon" (":" or a Thai label), "number" (a figure). */
  after: "any" | "colon" | "number" | "end";
}

const LABELS: Label[] = [
  { en: ["grand total", "total budget", "total amount", "total cost", "total expenses", "sum total", "overall total"], th: "รวมทั้งสิ้น", after: "any" },
  { en: ["subtotal", "sub-total", "sub total"], th: "รวม", after: "any" },
  { en: ["total"], th: "รวม", after: "number" },
  { en: ["project name", "project title", "name of project"], th: "ชื่อโครงการ", after: "any" },
  { en: ["project"], th: "ชื่อโครงการ", after: "colon" },
  { en: ["person in charge", "responsible person", "project owner", "responsible", "owner", "owners", "in charge"], th: "ผู้รับผิดชอบโครงการ", after: "any" },
  { en: ["allocated budget", "budget allocation", "budget allocated", "allocation"], th: "งบประมาณที่ได้รับจัดสรร", after: "any" },
  { en: ["budget details", "budget detail", "budget breakdown", "expenses", "expenditure", "cost estimate"], th: "รายละเอียดการใช้งบประมาณ", after: "end" },
  { en: ["budget"], th: "งบประมาณ", after: "any" },
  { en: ["fiscal year", "financial year", "budget year"], th: "ปีงบประมาณ", after: "any" },
  { en: ["period", "duration", "timeline", "time frame", "timeframe", "schedule", "project period", "implementation period"], th: "ระยะเวลาดำเนินการ", after: "any" },
  { en: ["venue", "location", "place"], th: "สถานที่ดำเนินการ", after: "colon" },
  { en: ["rationale", "background", "principle and rationale", "principles and rationale"], th: "หลักการและเหตุผล", after: "any" },
  { en: ["objectives", "objective", "aims", "purpose"], th: "วัตถุประสงค์", after: "any" },
  { en: ["targets", "target", "goals", "target group"], th: "เป้าหมาย", after: "any" },
  { en: ["activities", "methods", "method of implementation", "implementation", "procedure", "procedures", "work plan"], th: "วิธีดำเนินการ", after: "end" },
  { en: ["evaluation", "assessment", "monitoring and evaluation"], th: "การประเมินผล", after: "end" },
  { en: ["expected results", "expected outcomes", "expected result", "expected outcome", "expected benefits"], th: "ผลที่คาดว่าจะได้รับ", after: "any" },
  { en: ["signed", "signature"], th: "ลงชื่อ", after: "any" },
];

const ACTIVITY = ["activity", "act."];

const isLatin = (c: string | undefined) => !!c && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
const isThai = (c: string | undefined) => !!c && c >= "\u0e00" && c <= "\u0e7f";
const isDigit = (c: string | undefined) => !!c && c >= "0" && c <= "9";

/** Thai labels that may follow an English one on the same line ("Budget งบประมาณ:", "Owner/ผู้รับผิดชอบ"). */
const THAI_LABEL_START = /^(?:ชื่อโครงการ|โครงการ|ผู้รับผิดชอบ|งบประมาณ|ระยะเวลา|ปีงบประมาณ|สถานที่|หลักการ|วัตถุประสงค์|เป้าหมาย|วิธีดำเนินการ|กิจกรรม|การประเมินผล|ผลที่คาดว่า|รวม|ลงชื่อ)/;

/** Length of `label` (words separated by spaces) at the start of `s`, case-insensitive; 0 when absent. */
function labelAt(s: string, label: string): number {
  let i = 0;
  for (const word of label.split(" ")) {
    if (i > 0) {
      let j = i;
      while (s[j] === " " || s[j] === "\t") j++;
      if (j === i) return 0;
      i = j;
    }
    if (s.slice(i, i + word.length).toLowerCase() !== word) return 0;
    i += word.length;
  }
  return isLatin(s[i]) ? 0 : i;
}

/** The line with an English label at its start read as the Thai label; the line unchanged otherwise. */
export function thaiLabels(line: string): string {
  let lead = 0;
  while (line[lead] === " " || line[lead] === "\t") lead++;
  if (!isLatin(line[lead])) return line;
  const s = line.slice(lead);
  const head = line.slice(0, lead);
  // "Activity 1 Workshop", "Activity 2: Showcase"
  for (const a of ACTIVITY) {
    const n = labelAt(s, a);
    if (!n) continue;
    let j = n;
    while (s[j] === " ") j++;
    if (!isDigit(s[j])) break;
    let e = j;
    while (isDigit(s[e]) || (s[e] === "." && isDigit(s[e + 1]))) e++;
    let rest = s.slice(e);
    rest = rest.replace(/^\s*[:.)-]?\s*/, " ");
    return `${head}กิจกรรมที่ ${s.slice(j, e)}${rest.trimEnd() ? rest : ""}`;
  }
  for (const l of LABELS) {
    for (const en of l.en) {
      const n = labelAt(s, en);
      if (!n) continue;
      let j = n;
      while (s[j] === " " || s[j] === "\t") j++;
      const colon = s[j] === ":" || s[j] === "：";
      const slash = s[j] === "/";
      let k = colon || slash ? j + 1 : j;
      while (s[k] === " " || s[k] === "\t") k++;
      const rest = s.slice(k);
      // a Thai label after the English one: keep the Thai
      if (THAI_LABEL_START.test(rest)) return head + rest;
      if (slash) return line;
      const end = rest.trim() === "";
      if (l.after === "end" && !(end || (colon && end))) return line;
      if (l.after === "colon" && !colon) return line;
      if (l.after === "number" && !(colon || isDigit(rest[0]) || isThai(rest[0]) || end)) return line;
      if (end) return head + l.th;
      return `${head}${l.th}${colon ? ": " : " "}${rest}`;
    }
  }
  return line;
}
