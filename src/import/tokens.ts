/**
 * Number tokens of a line with their surroundings: the unit after them, a "X ละ" / "ๆ ละ" marker
 * before them, a stated-amount marker (เป็นเงิน, =, รวม …), multiplication links (x, ×, *, /),
 * parentheses, and reasons to ignore a number (ordinals, years, dates, percentages, ranges).
 *
 * A single left-to-right scan; no regular expressions.
 */
import { isDigit, isSpace, isThaiLetter } from "./text";
import { UnitWord, unitAt, unitEndingAt } from "./units";
import { THAI_MONTHS, THAI_MONTHS_SHORT } from "../core/calendar";

export interface NumTok {
  value: number;
  raw: string;
  start: number;
  end: number;
  /** Unit word after the number (skipping spaces, dots, ".-"). */
  unit?: UnitWord;
  /** End of the unit (or of the number when there is none). */
  unitEnd: number;
  /** "X ละ N": the unit X, "repeat" for "ๆ ละ", "other" for an unknown word or "@". */
  per?: UnitWord | "repeat" | "other";
  /** Start of the words that lead into this number ("ชุดละ", "จำนวน", "เป็นเงิน", "(" …), for cutting the item text. */
  leadStart: number;
  /** Preceded by เป็นเงิน / = / รวมเป็นเงิน / จำนวนเงิน / ทั้งสิ้น … */
  stated: boolean;
  /** Preceded by "รวม" (a total of the factors before it). */
  total: boolean;
  /** Preceded by จำนวน. */
  count: boolean;
  /** Preceded by ราคา / อัตรา / "@" (a unit price). */
  price: boolean;
  /** "/" right after the number or its unit ("35 บาท/คน", "35 บาท/20 คน"). */
  slashAfter: boolean;
  /** Multiplication link to the next token ("x", "*", or "/" followed by a number). */
  linkNext: boolean;
  /** Parenthesised group id, -1 at top level. */
  group: number;
  /** Why the number is not a budget figure, if it is not. */
  ignore?: "ordinal" | "year" | "date" | "percent" | "range" | "time" | "code" | "size";
  /** Read as a size because of the word before it (ขนาด, ความจุ, เบอร์), whatever its unit. */
  sizeLead?: boolean;
  /** More digits than a safe amount can hold. */
  huge: boolean;
}

const STATED_MARKERS = [
  "รวมเป็นเงินทั้งสิ้น",
  "เป็นเงินทั้งสิ้น",
  "รวมเป็นเงิน",
  "เป็นจำนวนเงิน",
  "จำนวนเงิน",
  "เป็นเงิน",
  "รวมเงิน",
  "ยอดเงิน",
  "ทั้งสิ้น",
  "งบประมาณ",
  "ใช้เงิน",
  "=",
];
// Month names (with the common misspelling กรกฏาคม) and abbreviations: a number next to one is a date or year, not an amount.
const MONTH_WORDS = [...THAI_MONTHS, "กรกฏาคม", ...THAI_MONTHS_SHORT];

/** Words before a number that make it a specification of the item ("ขนาด 250 มล.", "เบอร์ 5"). */
const SIZE_LEADS = ["ขนาด", "ความจุ", "ความยาว", "ความกว้าง", "ความสูง", "ความหนา", "เบอร์", "No."];

const isSkippable = (c: string | undefined) => c === " " || c === "\t" || c === ".";
const isLatin = (c: string | undefined) => !!c && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
const isMulSign = (s: string, i: number) =>
  (s[i] === "x" || s[i] === "X" || s[i] === "*") && !isLatin(s[i - 1]) && !isLatin(s[i + 1]);

/** Position after skipping spaces, dots and ".-" from i. */
function skipForward(s: string, i: number): number {
  while (i < s.length) {
    if (isSkippable(s[i])) i++;
    else if (s[i] === "-" && s[i - 1] === "." && !isDigit(s[i + 1])) i++;
    else break;
  }
  return i;
}

/** Position (exclusive end) after skipping spaces, dots, colons backwards from i (exclusive). */
function skipBackward(s: string, i: number, extra = ""): number {
  while (i > 0 && (isSkippable(s[i - 1]) || s[i - 1] === ":" || extra.includes(s[i - 1]))) i--;
  return i;
}

function endsWithAt(s: string, end: number, word: string): boolean {
  return end - word.length >= 0 && s.startsWith(word, end - word.length);
}

/** Start of the Thai letter run ending at `end`. */
function thaiRunStart(s: string, end: number): number {
  let i = end;
  while (i > 0 && (isThaiLetter(s[i - 1]) || s[i - 1] === "ฯ")) i--;
  return i;
}

/** Reads the digits of a number at i: 1,234.50 — commas only before groups of 3 digits. */
function readNumber(s: string, i: number): { end: number; digits: string; frac: string } {
  let j = i;
  let digits = "";
  while (j < s.length && isDigit(s[j])) digits += s[j++];
  for (;;) {
    if (s[j] === "," && isDigit(s[j + 1]) && isDigit(s[j + 2]) && isDigit(s[j + 3]) && !isDigit(s[j + 4])) {
      digits += s.slice(j + 1, j + 4);
      j += 4;
    } else break;
  }
  let frac = "";
  if (s[j] === "." && isDigit(s[j + 1])) {
    let k = j + 1;
    while (k < s.length && isDigit(s[k])) frac += s[k++];
    // "100.คน" has no fraction; "2.5 ชั่วโมง" and "2,800.00" do. Times such as "09.00 น." are caught later.
    j = k;
  }
  return { end: j, digits, frac };
}

/** Thai words that follow a number without being its unit (connectives, amounts in words, markers). */
const NOT_UNITS = [
  "จำนวน",
  "เป็น",
  "รวม",
  "ราคา",
  "คูณ",
  "ละ",
  "ต่อ",
  "และ",
  "หรือ",
  "ถึง",
  "ขึ้น",
  "ล้าน",
  "พัน",
  "หมื่น",
  "แสน",
  "ร้อย",
  "ที่",
  "ของ",
  "ใน",
  "โดย",
  "เพื่อ",
  "ให้",
  "ได้",
  "ไป",
  "มา",
  "จาก",
  "กับ",
  "แก่",
  "แต่",
  "ซึ่ง",
  "คือ",
  "ตาม",
  "ทั้ง",
  "สำหรับ",
  "เท่า",
  "หาร",
  "บวก",
  "ลบ",
  "อัตรา",
  "ประมาณ",
  "กว่า",
  "เศษ",
  "ค่า",
  "งบ",
  "เงิน",
  "ตั้งแต่",
  "ภายใน",
  "ระหว่าง",
  "ก่อน",
  "หลัง",
  "เวลา",
  "น",
  "พ",
  "ค",
  "ณ",
  "ข้อ",
  "ตัวชี้วัด",
  "มาตรฐาน",
  "กิจกรรม",
  "โครงการ",
];

/**
 * A unit word not in the list of known units: a short run of Thai letters right after the number
 * ("12 กระสอบ", "30 ซอง", "2 กก."), read as a count of things. "ละ" after it ("กระสอบละ") is left to
 * the next number; connectives and markers (จำนวน, เป็นเงิน, คูณ, ล้าน …) are not units.
 */
function unknownUnitAt(s: string, pos: number, gap: number): UnitWord | undefined {
  if (gap > 2 || !isThaiLetter(s[pos])) return undefined;
  let e = pos;
  while (e < s.length && isThaiLetter(s[e])) e++;
  let word = s.slice(pos, e);
  if (word.endsWith("ละ") && word.length > 2) word = word.slice(0, -2);
  if (word.length < 2 || word.length > 10) return undefined;
  if (NOT_UNITS.some((w) => word.startsWith(w))) return undefined;
  if (MONTH_WORDS.some((m) => word.startsWith(m) || s.startsWith(m, pos))) return undefined;
  return { word, role: "quantity", canonical: word };
}

/** "เมตรละ", "ม้วนละ": the unit word followed by ละ somewhere in the line. */
function perWord(s: string, w: string): boolean {
  const i = s.indexOf(`${w}ละ`);
  return i >= 0;
}

/**
 * "450 บาท/วัน x 2 วัน", "50 บาท/คน/มื้อ x …": the "/unit" marks after a price say what the price is
 * for; they do not end the multiplication. Returns the position after them (or `from` when none).
 */
function skipPerUnits(s: string, from: number, limit: number): number {
  let k = from;
  for (;;) {
    let j = k;
    while (j < limit && isSpace(s[j])) j++;
    if (s[j] !== "/") return k;
    j++;
    while (j < limit && isSpace(s[j])) j++;
    const u = unitAt(s, j) ?? unknownUnitAt(s, j, 0);
    if (!u || u.role === "money" || j + u.word.length > limit) return k;
    k = j + u.word.length;
  }
}

/** Scans all number tokens of a prepared (Arabic-digit) line. */
export function scanNumbers(s: string): NumTok[] {
  const toks: NumTok[] = [];
  // parenthesis groups
  const hasGroups = s.indexOf("(") >= 0 || s.indexOf("[") >= 0;
  const groupAt: number[] = hasGroups ? new Array(s.length) : [];
  let depthGroup = -1;
  let groupCount = 0;
  const stack: number[] = [];
  for (let i = 0; hasGroups && i < s.length; i++) {
    const c = s[i];
    if (c === "(" || c === "[") {
      stack.push(depthGroup);
      depthGroup = groupCount++;
    } else if ((c === ")" || c === "]") && stack.length) {
      groupAt[i] = depthGroup;
      depthGroup = stack.pop()!;
      continue;
    }
    groupAt[i] = depthGroup;
  }

  let i = 0;
  while (i < s.length) {
    if (!isDigit(s[i])) {
      i++;
      continue;
    }
    const start = i;
    // a digit glued to a Latin letter ("A4") or after "/" with digits before ("4/2559") is a code
    const prevChar = s[start - 1];
    const { end, digits, frac } = readNumber(s, start);
    i = end;
    const raw = s.slice(start, end);
    const value = Number(frac ? `${digits}.${frac}` : digits);
    const huge = digits.replace(/^0+/, "").length > 12 || !Number.isFinite(value);
    const tok: NumTok = {
      value: huge ? NaN : value,
      raw,
      start,
      end,
      unitEnd: end,
      leadStart: start,
      stated: false,
      total: false,
      count: false,
      price: false,
      slashAfter: false,
      linkNext: false,
      group: groupAt[start] ?? -1,
      huge,
    };
    const latinBefore = isLatin(prevChar) && !isMulSign(s, start - 1);
    const latinAfter = isLatin(s[end]) && !isMulSign(s, end);
    if (latinBefore || latinAfter) tok.ignore = "code";
    if (prevChar === "/" && isDigit(s[start - 2])) tok.ignore = "code";
    if (s[end] === "/" && isDigit(s[end + 1]) && !isSpace(s[end + 1])) {
      // "4/2559", "15/11/59"
      tok.ignore = "code";
    }
    // ranges "7-8", "1-3 มีนาคม"
    if (s[end] === "-" && isDigit(s[end + 1])) tok.ignore = "range";
    if (prevChar === "-" && isDigit(s[start - 2])) tok.ignore = "range";
    // times of day "09.00 น."
    if (frac.length === 2 && /^\s?น\./.test(s.slice(end, end + 3))) tok.ignore = "time";

    // unit after
    const ua = skipForward(s, end);
    const unit = unitAt(s, ua);
    if (unit) {
      tok.unit = unit;
      tok.unitEnd = ua + unit.word.length;
      if (unit.role === "percent") tok.ignore = tok.ignore ?? "percent";
      if (unit.role === "size") tok.ignore = tok.ignore ?? "size";
    }
    if (!tok.ignore && !unit && MONTH_WORDS.some((m) => s.startsWith(m, ua))) tok.ignore = "date";
    if (!unit && !tok.ignore) {
      // any other unit word is a count of things: "12 กระสอบ", "30 ซอง", "4 หลอด"
      const other = unknownUnitAt(s, ua, ua - end);
      if (other) {
        tok.unit = other;
        tok.unitEnd = ua + other.word.length;
      }
    }

    // what follows the number/unit: "/" and multiplication signs
    let k = tok.unitEnd;
    while (k < s.length && isSpace(s[k])) k++;
    if (s[k] === "/") tok.slashAfter = true;

    // what precedes
    const b = skipBackward(s, start);
    let lead = start;
    // "(" directly before
    let b2 = b;
    while (b2 > 0 && (s[b2 - 1] === "(" || isSpace(s[b2 - 1]))) b2--;
    if (b2 < b) lead = b2;
    if (endsWithAt(s, b, "ร้อยละ")) tok.ignore = tok.ignore ?? "percent";
    // "ขนาด 2 ลิตร", "ความจุ 500 กรัม", "เบอร์ 5": a specification of the item, part of its name
    if (SIZE_LEADS.some((w) => endsWithAt(s, b, w))) {
      tok.ignore = tok.ignore ?? "size";
      tok.sizeLead = true;
    }
    if (endsWithAt(s, b, "ที่") && !endsWithAt(s, b, "สถานที่") && !endsWithAt(s, b, "พื้นที่")) tok.ignore = tok.ignore ?? "ordinal";
    if (endsWithAt(s, b, "พ.ศ") || endsWithAt(s, b, "พ.ศ.") || endsWithAt(s, b, "ค.ศ") || endsWithAt(s, b, "ปีงบประมาณ")) tok.ignore = tok.ignore ?? "year";
    if (!tok.ignore && digits.length === 4 && !frac && value >= 2400 && value <= 2700) {
      if (MONTH_WORDS.some((m) => endsWithAt(s, b, m)) || endsWithAt(s, b, "ปี")) tok.ignore = "year";
    }
    if (!tok.ignore && MONTH_WORDS.some((m) => endsWithAt(s, b, m))) tok.ignore = "date";
    if (s[b - 1] === "@") {
      // "@" marks the unit price, with or without บาท ("44 คน @ 20 = 880"): never a count
      tok.per = "other";
      tok.price = true;
      lead = b - 1;
    } else if (endsWithAt(s, b, "ละ") && s[b - 3] !== "แ") {
      // "ชุดละ", "ๆ ละ", "ๆละ", "คนละ", "ขนาดละ"
      const pb = b - 2;
      let q = pb;
      while (q > 0 && isSpace(s[q - 1])) q--;
      if (s[q - 1] === "ๆ") {
        tok.per = "repeat";
        lead = q - 1;
      } else {
        const u = unitEndingAt(s, pb);
        if (u) {
          tok.per = u;
          lead = pb - u.word.length;
        } else {
          tok.per = "other";
          lead = thaiRunStart(s, pb);
        }
      }
    } else {
      for (const m of STATED_MARKERS) {
        if (endsWithAt(s, b, m)) {
          tok.stated = true;
          lead = b - m.length;
          // "รวมเป็นเงิน", "รวม ="
          const r = skipBackward(s, lead);
          if (endsWithAt(s, r, "รวม")) lead = r - 3;
          break;
        }
      }
      if (!tok.stated) {
        if (endsWithAt(s, b, "รวม") || endsWithAt(s, b, "รวมทั้งหมด")) {
          tok.total = true;
          lead = b - (endsWithAt(s, b, "รวม") ? 3 : 10);
        } else if (endsWithAt(s, b, "จำนวน")) {
          tok.count = true;
          lead = b - 5;
        } else if (endsWithAt(s, b, "ราคา") || endsWithAt(s, b, "ราคาต่อหน่วย") || endsWithAt(s, b, "อัตรา")) {
          tok.price = true;
          lead = endsWithAt(s, b, "ราคาต่อหน่วย") ? b - 12 : b - (endsWithAt(s, b, "อัตรา") ? 5 : 4);
        }
      }
    }
    tok.leadStart = Math.max(0, Math.min(lead, start));
    toks.push(tok);
    // the second half of a range is consumed by the next iteration and marked there
  }

  // multiplication links: "a x b", "a บาท/ b คน"
  for (let t = 0; t + 1 < toks.length; t++) {
    const a = toks[t];
    const nb = toks[t + 1];
    let k = skipPerUnits(s, a.unitEnd, nb.start);
    while (k < nb.start && isSkippable(s[k])) k++;
    if (k < nb.start && (isMulSign(s, k) || s[k] === "/")) {
      k++;
      while (k < nb.start && isSkippable(s[k])) k++;
      if (k === nb.start || (s[k] === "(" && skipForward(s, k + 1) === nb.start)) a.linkNext = true;
    }
  }
  // "10 คน @ 30 บาท x 2 มื้อ": "@" joins a count to a multiplication that goes on after it;
  // "55 คน x 2 มื้อ @ 35 บาท": "@ price" after a multiplication is its unit cost
  for (let t = 0; t + 1 < toks.length; t++) {
    const a = toks[t];
    const nb = toks[t + 1];
    const afterChain = t > 0 && toks[t - 1].linkNext;
    if (a.linkNext || !(nb.linkNext || afterChain) || nb.per !== "other") continue;
    const k = skipForward(s, a.unitEnd);
    if (s[k] === "@" && skipForward(s, k + 1) === nb.start) a.linkNext = true;
  }
  // "300 เมตร ราคาเมตรละ 30 บาท": a size unit priced per unit is a quantity, not a size
  for (const t of toks) {
    if (t.ignore !== "size" || !t.unit || t.sizeLead) continue;
    const w = t.unit.word;
    if (toks.some((o) => o !== t && o.per !== undefined && o.per !== "repeat" && o.per !== "other" && o.per.word === w) || perWord(s, w)) {
      t.ignore = undefined;
      t.unit = { word: w, role: "quantity", canonical: t.unit.canonical };
    }
  }
  // "ขนาด 60 x 90 ซม.", "ขนาด 16 x 150": the numbers multiplied after a size lead are the size too
  for (let t = 1; t < toks.length; t++) {
    const a = toks[t - 1];
    if (a.ignore !== "size" || !a.linkNext) continue;
    a.linkNext = false;
    if (!toks[t].unit || toks[t].unit!.role === "size") toks[t].ignore = toks[t].ignore ?? "size";
  }
  // "1.2 x 2.4 เมตร": the numbers multiplied into a size are the size too
  for (let t = toks.length - 1; t > 0; t--) {
    if (toks[t].ignore === "size" && toks[t - 1].linkNext && !toks[t - 1].unit) {
      toks[t - 1].ignore = "size";
      toks[t - 1].linkNext = false;
    }
  }
  return toks;
}
