/**
 * Splitting a "responsible persons" cell into people by their titles: "นายก ข นางสาวค ง" →
 * ["นายก ข", "นางสาวค ง"]. Titles that follow another title ("ว่าที่ร้อยตรี ดร.สมชาย") stay with it.
 * Without titles, commas, "และ" and semicolons separate people.
 */
import { collapseSpaces } from "./text";

/** Longest first, so "นางสาว" wins over "นาง". */
const TITLES: readonly string[] = [
  "ว่าที่ร้อยตรีหญิง",
  "ว่าที่ร้อยตรี",
  "ว่าที่ร.ต.หญิง",
  "ว่าที่ ร.ต.",
  "ว่าที่ร.ต.",
  "ว่าที่ร้อยโท",
  "ว่าที่ร้อยเอก",
  "ร้อยตรี",
  "ร้อยโท",
  "ร้อยเอก",
  "ร.ต.",
  "ร.ท.",
  "ร.อ.",
  "จ.ส.อ.",
  "ผศ.ดร.",
  "รศ.ดร.",
  "ผศ.",
  "รศ.",
  "ศ.",
  "นพ.",
  "พญ.",
  "ดร.",
  "นางสาว",
  "น.ส.",
  "นาง",
  "นาย",
  "Mr.",
  "Mrs.",
  "Ms.",
  "Miss",
  "Dr.",
];

/** Words after นาย/นาง that are not names ("นายก", "นายอำเภอ", "นางาน"?). */
const NOT_NAME_AFTER: Record<string, readonly string[]> = {
  นาย: ["กรัฐ", "กเทศ", "กองค์การ", "กอบ", "กสมาคม", "กสภา", "กสโมสร", "อำเภอ", "ทหาร", "ตำรวจ", "ช่าง", "ทะเบียน", "หน้า", "จ้าง", "ประกัน", "ท่า"],
  นาง: ["งาน", "แบบ"],
};

function titleAt(s: string, i: number): string | undefined {
  for (const t of TITLES) {
    if (s.startsWith(t, i)) {
      const bad = NOT_NAME_AFTER[t];
      if (bad && bad.some((b) => s.startsWith(b, i + t.length))) continue;
      // "นายก" alone (a mayor, a president), not "นายก้องภพ", "นายกิตติ"
      if (t === "นาย" && s[i + 3] === "ก" && (i + 4 >= s.length || s[i + 4] === " ")) continue;
      return t;
    }
  }
  return undefined;
}

/** Whether a word starts with a person's title ("นายธนากร", "นาย"); with `alone`, whether it is only a title. */
export function startsWithTitle(word: string, alone = false): boolean {
  const t = titleAt(word, 0);
  if (!t) return false;
  return alone ? word.length === t.length : true;
}

const isBoundary = (c: string | undefined) =>
  c === undefined || c === " " || c === "\t" || c === "," || c === ";" || c === "/" || c === "(" || c === "\n" || c === ")";

function cleanName(p: string): string {
  let t = collapseSpaces(p);
  let a = 0;
  let b = t.length;
  const junk = ",;/ ";
  while (a < b && junk.includes(t[a])) a++;
  while (b > a && junk.includes(t[b - 1])) b--;
  t = t.slice(a, b);
  if (t.endsWith(" และ")) t = t.slice(0, -4).trim();
  return t;
}

/** Splits owners; every name is trimmed and spaces collapsed. */
export function splitOwners(text: string): string[] {
  const s = collapseSpaces(text.replace(/[\t\n]+/g, " "));
  if (!s || s === "-") return [];
  const starts: number[] = [];
  let i = 0;
  let lastTitleEnd = -1;
  while (i < s.length) {
    if (isBoundary(s[i - 1]) || i === 0) {
      const t = titleAt(s, i);
      if (t) {
        // a title right after another title (only spaces between) belongs to the same person
        const between = lastTitleEnd >= 0 ? s.slice(lastTitleEnd, i).trim() : "x";
        if (between !== "") starts.push(i);
        lastTitleEnd = i + t.length;
        i += t.length;
        continue;
      }
    }
    i++;
  }
  let parts: string[];
  if (starts.length === 0) {
    parts = s.split(/[,;]| และ /);
  } else {
    parts = [];
    if (starts[0] > 0) {
      const head = s.slice(0, starts[0]);
      parts.push(...head.split(/[,;]/));
    }
    for (let k = 0; k < starts.length; k++) parts.push(s.slice(starts[k], k + 1 < starts.length ? starts[k + 1] : s.length));
  }
  return parts.map(cleanName).filter((p) => p !== "" && p !== "-" && p !== "และ");
}

/** Words that start a work group's or unit's name ("กลุ่มบริหารวิชาการ", "งานโภชนาการ", "ฝ่ายกิจการนักเรียน"). */
const GROUP_STARTS: readonly string[] = ["กลุ่ม", "งาน", "ฝ่าย", "หน่วยงาน", "แผนก", "สำนัก", "ภาควิชา", "กอง", "สาขา"];

/**
 * Splits the work group off an owner field: "นางรัชนี มีสุข กลุ่มสาระการเรียนรู้วิทยาศาสตร์" → owner
 * "นางรัชนี มีสุข", group "กลุ่มสาระการเรียนรู้วิทยาศาสตร์". The group starts at a word beginning with a
 * group word (กลุ่ม, งาน, ฝ่าย …) after a whole name — a first name and a surname since the last title — so
 * a surname such as "งานดี" stays; a field that is only a group stays the owner.
 */
export function splitOwnerGroup(text: string): { owner: string; group?: string } {
  const s = collapseSpaces(text.replace(/[\t\n]+/g, " "));
  const words = s.split(" ");
  let nameStart = 0;
  for (let i = 0; i < words.length; i++) {
    const t = titleAt(words[i], 0);
    if (t) nameStart = words[i] === t ? i + 1 : i;
    else if (i - nameStart >= 2 && GROUP_STARTS.some((g) => words[i].startsWith(g) && words[i].length > g.length + 1)) {
      const owner = cleanName(words.slice(0, i).join(" "));
      return owner ? { owner, group: words.slice(i).join(" ") } : { owner: s };
    }
  }
  return { owner: s };
}
