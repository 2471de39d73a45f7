/**
 * Finding the budget table of a hand-made sheet: every row (and pair of rows, for headers over two
 * rows with merged parents) is a candidate header; each header text is normalised (spaces, parentheses,
 * units such as "(บาท)", punctuation, Thai digits) and mapped to a plan column by synonyms; a candidate
 * scores by the columns it maps; the best one wins. Any column order; extra factor columns (people ×
 * meals × days) and amounts split by expense class (ค่าตอบแทน / ค่าใช้สอย / ค่าวัสดุ) are understood.
 */
import { DATE_HEADER } from "./dateHeader";
import { toArabicDigits } from "../../core/thaiDigits";
import type { ExpenseClass } from "../../core/model";
import { cellValue, isEmpty, rowCount, rowWidth } from "../cells";
import type { SheetSnapshot } from "../types";
import { isFigureWithUnit, isNumericText } from "./values";
import { readCalc } from "./calcText";
import { combinedCounts } from "./countText";
import { monthHeader } from "./monthHeader";

export type Role =
  | "item"
  | "unitCost"
  | "quantity"
  | "times"
  | "amount"
  | "quantityUnit"
  | "timesUnit"
  | "activityId"
  | "seq"
  | "month"
  | "note"
  | "expenseClass"
  | "classAmount"
  | "satang"
  | "monthAmount"
  | "calcText";

/**
 * The roles a user can set for a column (column-mapping corrections). "days": a further factor column
 * (a third one, after quantity and times: days, nights, sessions), multiplied into the times.
 */
export const MAPPABLE_ROLES: readonly (Role | "days")[] = [
  "item",
  "unitCost",
  "quantity",
  "times",
  "days",
  "amount",
  "activityId",
  "month",
  "quantityUnit",
  "note",
];

/**
 * Other names a user may give a role: "quantities" for a count column whose cells hold several factors
 * ("30 คน x 2 วัน": the quantity column reads them as factors).
 */
export const ROLE_ALIASES: Readonly<Partial<Record<string, Role>>> = { quantities: "quantity", persons: "quantity", unitcost: "unitCost" };

export interface HandHeader {
  sheet: string;
  /** The header row(s): one, or two when the header spans two rows. */
  rows: number[];
  /** Column of each role (the first column for factor roles). */
  cols: Partial<Record<Role, number>>;
  /** Further description columns (a "รายละเอียด" beside "รายการ"): where the calculation may be written as text. */
  descCols?: number[];
  /** Further factor columns (a second quantity or times column), multiplied into the line's times. */
  extraFactors: number[];
  /** Amount columns per expense class, when the amount is split by class. */
  classCols: Partial<Record<ExpenseClass, number>>;
  /** Header text of each mapped column, as written. */
  headers: Record<number, string>;
  /** Separate satang columns (บาท | สต.): money column → its satang column. */
  satang?: Record<number, number>;
  /** Month-grid amounts (แผนการใช้จ่ายเงิน ต.ค. … ก.ย., or quarters): column → fiscal month index 0..11 (0 = October). */
  monthCols?: { col: number; index: number; year?: number }[];
  score: number;
}

/** Normalised header text: Arabic digits, lower case, no spaces, no punctuation other than "/" and parentheses. */
export function normHeader(text: string): string {
  return toArabicDigits(String(text))
    .toLowerCase()
    .replace(/[\u200b-\u200d\ufeff\u00a0]/g, "")
    .replace(/[\s*:：.,\-–_"'“”]+/g, "")
    .replace(/[[{]/g, "(")
    .replace(/[\]}]/g, ")");
}

const TIME_WORDS = [
  "ครั้ง",
  "มื้อ",
  "วัน",
  "คืน",
  "รุ่น",
  "ชั่วโมง",
  "ชม",
  "เดือน",
  "รอบ",
  "ปี",
  "times",
  "days",
  "day",
  "meals",
  "meal",
  "nights",
  "hours",
  "sessions",
];
const MONEY_UNITS = /^(บาท|baht|thb|฿|บาท\/หน่วย|หน่วย:บาท|หน่วยบาท)$/;
const CLASS_WORDS: [RegExp, ExpenseClass][] = [
  [/^(งบ)?ค่าตอบแทน$/, "compensation"],
  [/^(งบ)?ค่าใช้สอย$/, "services"],
  [/^(งบ)?ค่าวัสดุ$/, "materials"],
  [/^(งบ)?ค่าสาธารณูปโภค$/, "utilities"],
];

function isTimeCombo(s: string): boolean {
  const parts = s.split("/").filter(Boolean);
  return parts.length > 0 && parts.every((p) => TIME_WORDS.includes(p));
}

/**
 * The role of one header text (already combined with its parent for two-row headers), or undefined. A
 * bilingual header ("Item / รายการ", "Persons / คน", "Times / ครั้ง (มื้อ, ชม.)", "รายการ (Item)") takes the
 * role of its Thai part, else of its English part, when the whole text maps to nothing ("Qty/Persons": the
 * first English part that maps).
 */
export function roleOf(
  raw: string,
): { role: Role; cls?: ExpenseClass } | undefined {
  const whole = roleOfText(raw);
  if (whole || !/[a-z]/i.test(raw)) return whole;
  const parts = String(raw).split(/\s*[/|]\s*|\s*[()]\s*/).map((p) => p.trim()).filter(Boolean);
  const thai = parts.filter((p) => /[ก-๙]/.test(p));
  const latin = parts.filter((p) => !/[ก-๙]/.test(p));
  for (const p of [...thai, ...latin]) {
    const hit = roleOfText(p);
    if (hit) return hit;
  }
  return undefined;
}

function roleOfText(
  raw: string,
): { role: Role; cls?: ExpenseClass } | undefined {
  let n = normHeader(raw);
  if (!n) return undefined;
  if (/^(สต|สตางค์|สตฺ|satang)$/.test(n.replace(/[()]/g, "")))
    return { role: "satang" };
  if (monthHeader(raw)) return { role: "monthAmount" };
  // parentheses: a money unit is dropped ("ราคาต่อหน่วย (บาท)"), another unit is kept as a word ("จำนวน (คน)")
  const paren = /\(([^)]*)\)/g;
  let unit = "";
  n = n.replace(paren, (_, u: string) => {
    if (MONEY_UNITS.test(u)) {
      unit = "baht";
      return "";
    }
    return u;
  });
  n = n.replace(/\)|\(/g, "");
  if (/บาท$/.test(n) && n.length > 3 && !/ต่อ/.test(n)) {
    n = n.replace(/บาท$/, "");
    unit = "baht";
  }
  if (!n) return undefined;
  for (const [re, cls] of CLASS_WORDS)
    if (re.test(n)) return { role: "classAmount", cls };
  if (/^(ที่|ลำดับ|ลำดับที่|no|#|ข้อ|seq)$/.test(n)) return { role: "seq" };
  if (/^(หมายเหตุ|note|notes|remark|remarks|หมายเหตุ\/อ้างอิง)$/.test(n))
    return { role: "note" };
  if (
    /^(หมวด|หมวดรายจ่าย|หมวดค่าใช้จ่าย|ประเภทรายจ่าย|ประเภทค่าใช้จ่าย|หมวดงบ|expenseclass)$/.test(
      n,
    )
  )
    return { role: "expenseClass" };
  if (/^(หน่วย|หน่วยนับ|unit|units|หน่วย\(จำนวน\))$/.test(n))
    return { role: "quantityUnit" };
  if (/^(หน่วยครั้ง|หน่วย\(ครั้ง\))$/.test(n)) return { role: "timesUnit" };
  if (
    /^(กิจกรรมที่|กิจกรรม|ที่กิจกรรม|activity|activityno|activityid|รหัสกิจกรรม)$/.test(
      n,
    )
  )
    return { role: "activityId" };
  if (
    /^(เดือน|เดือนที่ใช้|เดือนที่ใช้จ่าย|เดือนที่จ่าย|ช่วงเวลา|ช่วงเวลาที่ใช้|ช่วงเวลาใช้จ่าย|ระยะเวลา|ระยะเวลาดำเนินการ|กำหนดการ|month|when)$/.test(
      n,
    ) ||
    DATE_HEADER.test(n)
  )
    return { role: "month" };
  // amount before quantity: "จำนวนเงิน" starts with "จำนวน"
  if (
    /^(จำนวนเงิน|จำนวนเงินรวม|รวมเงิน|รวมเป็นเงิน|เป็นเงิน|ยอดเงิน|รวม|รวมทั้งสิ้น|งบประมาณ|งบประมาณที่ใช้|งบประมาณที่ขอ|งบประมาณที่ตั้งไว้|ค่าใช้จ่ายรวม|ค่าใช้จ่าย|amount|total|budget|cost)$/.test(
      n,
    )
  ) {
    if (n === "ค่าใช้จ่าย" && unit !== "baht") return { role: "item" };
    return { role: "amount" };
  }
  if (
    /^(ราคาต่อหน่วย|ราคา\/หน่วย|ราคาหน่วยละ|หน่วยละ|อัตรา|อัตราต่อหน่วย|อัตรา\/หน่วย|อัตราที่เบิก|ราคา|ราคาต่อชุด|ราคาต่อคน|อัตราต่อคน|ค่าต่อหน่วย|บาทต่อหน่วย|unitcost|unitprice|price|rate|priceperunit)$/.test(
      n,
    )
  )
    return { role: "unitCost" };
  // the factors written as text ("25 บาท x 40 คน x 10 วัน"): รายละเอียดการคำนวณ, วิธีคำนวณ, การคำนวณ …
  if (/คำนวณ|^(ตัวคูณ|calculation|calculations|breakdown)$/.test(n))
    return { role: "calcText" };
  if (
    /^(รายการ|รายการค่าใช้จ่าย|รายการใช้จ่าย|รายการงบประมาณ|รายละเอียด|รายละเอียดค่าใช้จ่าย|รายละเอียดการใช้งบประมาณ|รายการ\/รายละเอียด|รายการ\/กิจกรรม|กิจกรรม\/รายการ|รายการจ่าย|คำอธิบาย|คำอธิบายรายการ|item|items|description|details)$/.test(
      n,
    )
  )
    return { role: "item" };
  // the class: "รายการ" or "รายละเอียด" with a qualifier ("รายการวัสดุ", "รายการจัดซื้อ", "รายการครุภัณฑ์",
  // "รายละเอียดรายการ", "ชื่อรายการ"); "รายการที่" is a number column
  if (
    (/^(รายการ|รายละเอียด)/.test(n) && !/^รายการที่$/.test(n)) ||
    /^(ชื่อ|รายละเอียด)รายการ/.test(n)
  )
    return { role: "item" };
  // factors: times words ("ครั้ง/มื้อ/วัน", "จำนวนวัน/คืน", "วัน"), quantity ("จำนวน", "จำนวน (คน)", "คน")
  const rest = n.startsWith("จำนวน") ? n.slice("จำนวน".length) : n;
  if (
    isTimeCombo(rest) ||
    /^(จำนวนครั้ง|times|nooftimes|numberoftimes|days|noofdays)$/.test(n)
  )
    return { role: "times" };
  if (
    n.startsWith("จำนวน") ||
    /^(คน|ชุด|เล่ม|อัน|ชิ้น|แผ่น|รูป|ผู้เข้าร่วม|ผู้เข้าอบรม|ปริมาณ|qty|quantity|persons|people|noofpeople|participants)$/.test(
      n,
    )
  )
    return { role: "quantity" };
  return undefined;
}

const WEIGHT: Partial<Record<Role, number>> = {
  item: 2,
  amount: 2,
  unitCost: 1.5,
  quantity: 1,
  times: 1,
  classAmount: 1,
};

function text(s: SheetSnapshot, r: number, c: number): string {
  const v = cellValue(s, r, c);
  return typeof v === "string" && v.trim() && v.length <= 80 ? v.trim() : "";
}

/** A year written in a parent header ("พ.ศ. 2566", "ปีงบประมาณ ๒๕๖๗") over month columns. */
function yearIn(text: string): number | undefined {
  const m = /(25[0-9]{2})/.exec(toArabicDigits(text));
  return m ? Number(m[1]) : undefined;
}

/**
 * A candidate header from `depth` rows (1–3): the top rows hold merged parents (their text in their first
 * cell, the cells to its right empty while a row below has text), the bottom row the details.
 */
function candidate(
  s: SheetSnapshot,
  top: number,
  depth: number,
): HandHeader | null {
  let width = 0;
  for (let k = 0; k < depth; k++) width = Math.max(width, rowWidth(s, top + k));
  if (width < 2) return null;
  const rows = Array.from({ length: depth }, (_, k) => top + k);
  const h: HandHeader = {
    sheet: s.name,
    rows,
    cols: {},
    extraFactors: [],
    classCols: {},
    headers: {},
    score: 0,
  };
  const carry: string[] = Array.from({ length: depth }, () => "");
  let texts = 0;
  const satangAt: number[] = [];
  const months: { col: number; index: number; year?: number }[] = [];
  // columns the user hid (working figures, last year's prices) take no plan column
  const hiddenCols = new Set(s.hidden?.cols ?? []);
  for (let c = 1; c <= width; c++) {
    const own = rows.map((r) => (hiddenCols.has(c) ? "" : text(s, r, c)));
    // a merged parent carries to the right while a row below it has text
    for (let k = 0; k < depth; k++) {
      if (own[k]) carry[k] = own[k];
      else if (!own.slice(k + 1).some(Boolean)) carry[k] = "";
    }
    if (!own.some(Boolean)) continue;
    texts++;
    // the detail: the lowest text of the column; its parents: the (carried) texts above it, nearest first
    let low = depth - 1;
    while (low > 0 && !own[low]) low--;
    const b = own[low];
    const parents: string[] = [];
    for (let k = low - 1; k >= 0; k--)
      if (own[k] || carry[k]) parents.push(own[k] || carry[k]);
    // the detail decides ("คน", "วัน", "ราคา", "ค่าวัสดุ" under "จำนวน" / "งบประมาณ"); a unit below ("บาท")
    // keeps the parent's role
    let hit = roleOf(b);
    for (const p of parents) hit ??= roleOf(`${p}${b}`) ?? roleOf(p);
    const written = [...parents].reverse().concat(b).join(" ");
    if (!hit) continue;
    const { role } = hit;
    if (role === "satang") {
      satangAt.push(c);
      h.headers[c] = written;
      continue;
    }
    if (role === "monthAmount") {
      const m =
        monthHeader(b) ?? parents.map((p) => monthHeader(p)).find(Boolean);
      if (!m) continue;
      const year = m.year ?? parents.map(yearIn).find((y) => y !== undefined);
      months.push({
        col: c,
        index: m.index,
        ...(year !== undefined ? { year } : {}),
      });
      h.headers[c] = written;
      continue;
    }
    if (role === "classAmount") {
      if (hit.cls && h.classCols[hit.cls] === undefined)
        h.classCols[hit.cls] = c;
      h.headers[c] = written;
      continue;
    }
    if (h.cols[role] === undefined) {
      h.cols[role] = c;
      h.headers[c] = written;
    } else if (role === "quantity" || role === "times") {
      h.extraFactors.push(c);
      h.headers[c] = written;
    } else if (role === "item") (h.descCols ??= []).push(c);
  }
  // a satang column belongs to the money column on its left (บาท | สต.)
  if (satangAt.length) {
    const money = [
      h.cols.unitCost,
      h.cols.amount,
      ...Object.values(h.classCols),
    ].filter((x): x is number => x !== undefined);
    for (const c of satangAt) {
      const left = money.filter((m) => m < c).sort((a, b) => b - a)[0];
      if (left !== undefined && (h.satang ??= {})[left] === undefined)
        h.satang[left] = c;
    }
  }
  if (months.length >= 3) h.monthCols = months;
  const classes = Object.keys(h.classCols).length;
  if (h.cols.item === undefined || (h.cols.amount === undefined && classes < 2))
    return null;
  let score = 0;
  for (const [role] of Object.entries(h.cols))
    score += WEIGHT[role as Role] ?? 0.5;
  score +=
    h.extraFactors.length * 0.5 +
    classes +
    (h.monthCols ? 1.5 : 0) +
    (h.satang ? 0.5 : 0);
  // a header row is mostly header texts: penalise rows with many texts that map to nothing
  const mapped = Object.keys(h.headers).length;
  score -= Math.max(0, texts - mapped - 2) * 0.5;
  h.score = score;
  return h;
}

/** True when the row has a number (or formula) in some cell: header rows have none. */
function hasNumbers(s: SheetSnapshot, r: number): boolean {
  const w = rowWidth(s, r);
  for (let c = 1; c <= w; c++)
    if (typeof cellValue(s, r, c) === "number") return true;
  return false;
}

/** The best budget-table header of a sheet (score ≥ 4.5: item, amount and a factor at least), or null. */
export function findHandHeader(
  s: SheetSnapshot,
  maxRows = 200,
  skipRows: Set<number> = new Set(),
  onlyRow?: number,
  range?: { from: number; to: number },
): HandHeader | null {
  let best: HandHeader | null = null;
  const n = Math.min(rowCount(s), maxRows, range?.to ?? Infinity);
  const textRow = (r: number) => r <= n && !hasNumbers(s, r);
  for (let r = onlyRow ?? range?.from ?? 1; r <= (onlyRow ?? n); r++) {
    if (skipRows.has(r) || hasNumbers(s, r)) continue;
    let onlyEmpty = true;
    for (let c = 1; c <= rowWidth(s, r) && onlyEmpty; c++)
      if (!isEmpty(cellValue(s, r, c))) onlyEmpty = false;
    if (onlyEmpty) continue;
    const one = candidate(s, r, 1);
    const two = textRow(r + 1) ? candidate(s, r, 2) : null;
    const three = two && textRow(r + 2) ? candidate(s, r, 3) : null;
    // more rows only when the lower rows add to the header (not a data row above a shorter header)
    const score = (c: HandHeader | null) => c?.score ?? 0;
    const below = two ? score(candidate(s, r + 1, 1)) : 0;
    const twoBetter =
      !!two && (!one || two.score > one.score + 0.4) && two.score > below + 0.4;
    const below3 = three
      ? Math.max(score(candidate(s, r + 1, 2)), score(candidate(s, r + 2, 1)))
      : 0;
    const threeBetter =
      !!three &&
      three.score > Math.max(score(one), twoBetter ? score(two) : 0) + 0.4 &&
      three.score > below3 + 0.4;
    for (const c of [one, twoBetter ? two : null, threeBetter ? three : null]) {
      if (!c || c.score < 4.5) continue;
      if (!best || c.score > best.score + 0.01) best = c;
    }
  }
  return best ? checkWithData(s, best) : null;
}

/**
 * Checks the roles against the data below the header: a "unit" column that holds numbers is a factor
 * ("หน่วย" under a "จำนวน" parent), a factor column that holds words is the unit of its neighbour.
 */
export function checkWithData(
  s: SheetSnapshot,
  h: HandHeader,
  rows = 40,
): HandHeader {
  const from = h.rows[h.rows.length - 1] + 1;
  const to = Math.min(rowCount(s), from + rows);
  // rows that look like budget lines: a number in the amount column (or an amount-by-class column)
  const amountCols = [h.cols.amount, ...Object.values(h.classCols)].filter(
    (x): x is number => x !== undefined,
  );
  const lineRows: number[] = [];
  for (let r = from; r <= to; r++)
    if (amountCols.some((c) => typeof cellValue(s, r, c) === "number"))
      lineRows.push(r);
  const kinds = (c: number) => {
    let nums = 0;
    let words = 0;
    for (const r of lineRows) {
      const v = cellValue(s, r, c);
      if (
        typeof v === "number" ||
        (typeof v === "string" && (isFigureWithUnit(v) || combinedCounts(v)))
      )
        nums++;
      else if (
        typeof v === "string" &&
        v.trim() &&
        !/^[\s\d๐-๙,.()-]+$/.test(v)
      )
        words++;
    }
    return { nums, words };
  };
  const out: HandHeader = {
    ...h,
    cols: { ...h.cols },
    extraFactors: [...h.extraFactors],
  };
  // amounts typed as text ("๓,๕๐๐") count too for finding a calculation column
  const moneyRows: number[] = [];
  for (let r = from; r <= to; r++)
    if (
      amountCols.some((c) => {
        const v = cellValue(s, r, c);
        return (
          typeof v === "number" || (typeof v === "string" && isNumericText(v))
        );
      })
    )
      moneyRows.push(r);
  calcColumn(s, out, moneyRows);
  const unit = out.cols.quantityUnit;
  if (unit !== undefined) {
    const k = kinds(unit);
    if (k.nums >= 1 && k.nums > k.words * 2) {
      delete out.cols.quantityUnit;
      if (out.cols.quantity === undefined) out.cols.quantity = unit;
      else if (out.cols.times === undefined) out.cols.times = unit;
      else out.extraFactors.push(unit);
    }
  }
  // a month grid of marks (✓, a schedule) is not a spending plan: its months need numbers
  if (
    out.monthCols &&
    !out.monthCols.some((m) => kinds(m.col).nums > 0) &&
    lineRows.length
  )
    delete out.monthCols;
  for (const role of ["quantity", "times"] as const) {
    const c = out.cols[role];
    if (c === undefined) continue;
    const k = kinds(c);
    if (k.words >= 2 && k.words > k.nums * 2) {
      delete out.cols[role];
      if (out.cols.quantityUnit === undefined) out.cols.quantityUnit = c;
      if (out.extraFactors.length) out.cols[role] = out.extraFactors.shift();
    }
  }
  return out;
}

/**
 * The calculation written as text in a description column when the table has no factor columns: a
 * "รายละเอียด" / "คำอธิบาย" beside the item ("30 คน x 35 บาท x 2 มื้อ"), or the item cell itself
 * ("ค่าอาหารว่าง 30 คน × 35 บาท × 2 มื้อ"). Taken when most of its filled line cells are calculations
 * read for sure (a unit cost in baht and a count); the lines are then read as a "วิธีคำนวณ" column is.
 */
function calcColumn(s: SheetSnapshot, h: HandHeader, lineRows: number[]): void {
  if (
    h.cols.calcText !== undefined ||
    h.cols.unitCost !== undefined ||
    h.cols.quantity !== undefined ||
    h.cols.times !== undefined
  )
    return;
  const candidates = [
    ...(h.descCols ?? []),
    ...(h.cols.item !== undefined ? [h.cols.item] : []),
  ];
  for (const c of candidates) {
    let filled = 0;
    let calc = 0;
    for (const r of lineRows) {
      const v = cellValue(s, r, c);
      if (typeof v !== "string" || !v.trim()) continue;
      filled++;
      if (readCalc(v)) calc++;
    }
    if (calc >= 1 && calc * 2 >= filled) {
      h.cols.calcText = c;
      h.headers[c] ??= text(s, h.rows[h.rows.length - 1], c);
      return;
    }
  }
}

/** Applies stored column choices (role → column, null: none) to a found header, or builds one from them. */
export function applyChoices(
  h: HandHeader | null,
  s: SheetSnapshot,
  choice: { cols: Record<string, number | null>; headerRow?: number },
): HandHeader | null {
  const base: HandHeader = h
    ? {
        ...h,
        cols: { ...h.cols },
        extraFactors: [...h.extraFactors],
        classCols: { ...h.classCols },
        headers: { ...h.headers },
      }
    : {
        sheet: s.name,
        rows: [choice.headerRow ?? 1],
        cols: {},
        extraFactors: [],
        classCols: {},
        headers: {},
        score: 0,
      };
  if (choice.headerRow && (!h || !h.rows.includes(choice.headerRow)))
    base.rows = [choice.headerRow];
  for (const [given, col] of Object.entries(choice.cols)) {
    const role: string = ROLE_ALIASES[given] ?? given;
    if (!(MAPPABLE_ROLES as readonly string[]).includes(role)) continue;
    if (role === "days") {
      // a further factor column: leaves any other role it had
      if (col === null) continue;
      for (const k of Object.keys(base.cols) as Role[]) if (base.cols[k] === col) delete base.cols[k];
      if (!base.extraFactors.includes(col)) base.extraFactors.push(col);
      base.headers[col] = text(s, base.rows[base.rows.length - 1], col) || text(s, base.rows[0], col);
      continue;
    }
    // the column taken for this role leaves any other role it had
    if (col !== null) {
      for (const k of Object.keys(base.cols) as Role[])
        if (base.cols[k] === col) delete base.cols[k];
      base.extraFactors = base.extraFactors.filter((c) => c !== col);
      base.cols[role as Role] = col;
      base.headers[col] =
        text(s, base.rows[base.rows.length - 1], col) ||
        text(s, base.rows[0], col);
    } else delete base.cols[role as Role];
  }
  if (
    base.cols.item === undefined ||
    (base.cols.amount === undefined && Object.keys(base.classCols).length < 2)
  )
    return h;
  return base;
}
