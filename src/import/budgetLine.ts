/**
 * One budget line of a Thai project document → item, unit cost, quantity, times, stated amount.
 *
 * The role of each number comes from the units around it (บาท = money; คน/ชุด/โล่ … = quantity;
 * มื้อ/วัน/ครั้ง … = times; "X ละ N บาท" = unit cost; "ๆ ละ" repeats the previous unit), not from
 * its position. Among several candidates an explicit multiplication in parentheses wins, then a
 * chain of numbers linked by x or /, then the whole line.
 */
import type { LineField, Satang } from "../core/model";
import { bahtToSatang } from "../core/money";
import { NumTok, scanNumbers } from "./tokens";
import { collapseSpaces, isDigit, isSpace, stripNumbering } from "./text";
import { unitAt, unitEndingAt } from "./units";

export interface ParsedBudgetLine {
  item: string;
  unitCost: Satang | null;
  quantity: number | null;
  quantityUnit?: string;
  times: number | null;
  timesUnit?: string;
  statedAmount: Satang | null;
  invalid?: Partial<Record<LineField, string>>;
  /** Numbers whose role could not be decided, as written. */
  unused: string[];
  /** Text with figures that was not used for the amount (the explanation before a multiplication). */
  note?: string;
  /** Words written where a figure belongs ("abc" in "35 x abc คน"); they are also in `invalid`. */
  notNumbers?: string[];
}

function toSatang(t: NumTok): Satang | null {
  if (t.huge || !Number.isFinite(t.value)) return null;
  return bahtToSatang(t.value);
}

const LEAD_WORDS = ["จำนวนเงิน", "เป็นเงิน", "จำนวน", "ราคา", "รวม", "โดย", "คือ", "ได้แก่", "เป็นค่า", "อัตรา"];

/** Trims the item text: trailing lead-in words, brackets, colons, runs of dots, dashes. */
export function cleanItem(s: string): string {
  let t = collapseSpaces(s);
  const trailing = " \t(:=-,/@[";
  for (let guard = 0; guard < 10; guard++) {
    const before = t;
    let e = t.length;
    while (e > 0 && trailing.includes(t[e - 1])) e--;
    t = t.slice(0, e);
    if (t.endsWith(" x") || t.endsWith(" X") || t.endsWith(" *")) t = t.slice(0, -2);
    if (t.endsWith("..")) {
      while (e > 0 && t[e - 1] === ".") e--;
      t = t.slice(0, e);
    }
    for (const w of LEAD_WORDS) if (t.endsWith(w) && t.length > w.length) t = t.slice(0, -w.length);
    if (t === before) break;
  }
  // leading bullets
  let a = 0;
  while (a < t.length && " \t-•*●○▪►·".includes(t[a])) a++;
  return t.slice(a).trim();
}

/** "1)", "2.", "(3)", "- 1)", "1.1)" at the start of a line (a number followed by a space is not enough). */
function isListMarker(s: string): boolean {
  let i = 0;
  while (i < s.length && " \t-•*".includes(s[i])) i++;
  if (s[i] === "(") i++;
  const start = i;
  while (i < s.length && (isDigit(s[i]) || (s[i] === "." && isDigit(s[i + 1])))) i++;
  return i > start && (s[i] === "." || s[i] === ")");
}

type FactorRole = "unitCost" | "quantity" | "times";

const isLatinChar = (c: string | undefined) => !!c && ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
const isMul = (s: string, i: number) => (s[i] === "x" || s[i] === "X" || s[i] === "*") && !isLatinChar(s[i - 1]) && !isLatinChar(s[i + 1]);
const roleOfUnit = (role: string | undefined): FactorRole | undefined =>
  role === "money" ? "unitCost" : role === "quantity" ? "quantity" : role === "times" ? "times" : undefined;

const THAI_NUMBER_PARTS = ["หนึ่ง", "สอง", "สาม", "สี่", "ห้า", "หก", "เจ็ด", "แปด", "เก้า", "สิบ", "ยี่", "เอ็ด", "ร้อย", "พัน", "หมื่น", "แสน", "ล้าน"];

/** "สองร้อย", "ยี่สิบห้า": a number written in Thai words. */
export function isThaiNumberWord(w: string): boolean {
  let i = 0;
  while (i < w.length) {
    const p = THAI_NUMBER_PARTS.find((x) => w.startsWith(x, i));
    if (!p) return false;
    i += p.length;
  }
  return w.length > 0;
}

/** A word that cannot be a figure: Latin letters, "?", "-", a number in Thai words … and no digit. */
function isBadWord(w: string): boolean {
  if (!w || w.length > 20) return false;
  if (isThaiNumberWord(w)) return true;
  if (w === "/") return false; // "3,500 บาท / คัน / วัน x 2 วัน": the price's unit, not a figure
  for (const c of w) if (isDigit(c) || (c >= "\u0e00" && c <= "\u0e7f") || c === "(" || c === ")") return false;
  return true;
}

/**
 * Non-numbers written as factors of a multiplication: "35 x abc คน", "? คน x 35 บาท", "35 บาท x - วัน".
 * The unit next to the word gives its role; without a unit the role is left to the caller.
 */
function badFactors(s: string): { raw: string; role?: FactorRole; unit?: string; start: number }[] {
  const out: { raw: string; role?: FactorRole; unit?: string; start: number }[] = [];
  const starts = new Set<number>();
  for (let i = 0; i < s.length; i++) {
    if (!isMul(s, i)) continue;
    // after the sign: "x abc คน"
    let j = i + 1;
    while (j < s.length && j - i < 40 && isSpace(s[j])) j++;
    let e = j;
    while (e < s.length && e - j <= 20 && !isSpace(s[e]) && !isMul(s, e) && s[e] !== "=" && !unitAt(s, e)) e++;
    const after = s.slice(j, e);
    if (isBadWord(after) && !unitAt(s, j)) {
      let k = e;
      while (k < s.length && k - e < 40 && isSpace(s[k])) k++;
      const u = unitAt(s, k);
      if (u || isMul(s, k) || s[k] === "=" || k >= s.length) {
        starts.add(j);
        out.push({ raw: after, role: roleOfUnit(u?.role), unit: u?.canonical, start: j });
      }
    }
    // before the sign: "abc คน x"
    let b = i;
    while (b > 0 && i - b < 40 && isSpace(s[b - 1])) b--;
    const u = unitEndingAt(s, b);
    if (u) {
      let w = b - u.word.length;
      while (w > 0 && b - w < 40 && isSpace(s[w - 1])) w--;
      let ws = w;
      while (ws > 0 && w - ws <= 20 && !isSpace(s[ws - 1])) ws--;
      const before = s.slice(ws, w);
      if (isBadWord(before) && !starts.has(ws)) {
        starts.add(ws);
        out.push({ raw: before, role: roleOfUnit(u.role), unit: u.canonical, start: ws });
      }
    }
  }
  return out;
}

function product(ts: NumTok[]): number {
  let p = 1;
  for (const t of ts) p *= t.value;
  return p;
}

function joinUnits(ts: NumTok[]): string | undefined {
  const units: string[] = [];
  for (const t of ts) if (t.unit && !units.includes(t.unit.canonical)) units.push(t.unit.canonical);
  return units.length ? units.join("×") : undefined;
}

/** The longest run of tokens linked by x or /. */
function longestChain(toks: NumTok[]): NumTok[] {
  let best: NumTok[] = [];
  let cur: NumTok[] = [];
  for (let i = 0; i < toks.length; i++) {
    cur.push(toks[i]);
    if (!toks[i].linkNext) {
      if (cur.length > best.length) best = cur;
      cur = [];
    }
  }
  if (cur.length > best.length) best = cur;
  return best.length >= 2 ? best : [];
}

const isMoney = (t: NumTok) => t.unit?.role === "money";

/**
 * Parses a budget line. Returns null when the line holds no usable number at all.
 * `text` must be a prepared line (Arabic digits; see normaliseLine).
 */
export function parseBudgetLine(input: string): ParsedBudgetLine | null {
  // a list marker "1)" or "2." before the item is not a figure
  const num = stripNumbering(input);
  const text = num.number && isListMarker(input) ? num.rest : input;
  const all = scanNumbers(text);
  const toks = all.filter((t) => !t.ignore);
  if (toks.length === 0) return null;
  const invalid: Partial<Record<LineField, string>> = {};

  // 1. the stated amount: the last number after a stated marker (เป็นเงิน, =, …)
  let stated: NumTok | undefined;
  for (const t of toks) if ((t.stated && (isMoney(t) || !t.unit)) || (t.total && isMoney(t))) stated = t;
  // "… x 35 บาท รวม 3,850.-": a unitless figure after "รวม" that ends the line is the amount
  const lastTok = toks[toks.length - 1];
  if (!stated && lastTok.total && !lastTok.unit && lastTok.per === undefined && toks.length > 1) stated = lastTok;

  // 2. the factor candidates
  const groups = new Map<number, NumTok[]>();
  for (const t of toks) {
    if (t.group < 0 || t === stated) continue;
    const g = groups.get(t.group) ?? [];
    g.push(t);
    groups.set(t.group, g);
  }
  let factors: NumTok[] | undefined;
  let explicit = false;
  for (const g of groups.values()) {
    const linked = g.filter((t, i) => t.linkNext || (i > 0 && g[i - 1].linkNext));
    if (linked.length >= 2 && (!factors || linked.length > factors.length)) factors = linked;
  }
  // words written where a figure belongs ("35 x abc คน") make the line a multiplication with a bad factor
  const bad = badFactors(text);
  const badRoles = new Set<FactorRole>();
  const markBad = (role: FactorRole, raw: string) => {
    const had = badRoles.has(role);
    badRoles.add(role);
    if (!had) invalid[role] = raw;
    else if (invalid[role]!.length < 100) invalid[role] = `${invalid[role]} x ${raw}`;
  };
  for (const b of bad) if (b.role) markBad(b.role, b.raw);
  if (factors) explicit = true;
  else {
    const chain = longestChain(toks.filter((t) => t !== stated));
    if (chain.length >= 2) {
      factors = chain;
      explicit = true;
      // "55 คน x 2 มื้อ @ 35 บาท", "… มื้อละ 35 บาท": a price right after a multiplication without one is its unit cost
      if (!chain.some(isMoney)) {
        // counts written between them ("55 คน x 2 มื้อ จำนวน 3 ครั้ง @ 35 บาท") are factors too
        const between: NumTok[] = [];
        let k = toks.indexOf(chain[chain.length - 1]) + 1;
        while (k < toks.length && toks[k] !== stated && toks[k].per === undefined && (toks[k].unit?.role === "quantity" || toks[k].unit?.role === "times")) between.push(toks[k++]);
        const next = toks[k];
        if (next && next !== stated && next.per !== undefined && next.per !== "repeat" && (isMoney(next) || !next.unit)) factors = [...chain, ...between, next];
      }
    } else {
      factors = toks.filter((t) => t !== stated);
      if (bad.length) explicit = true;
    }
  }

  // counts with a unit word outside the multiplication ("30 คน x 450 บาท/วัน 2 วัน", "… x 50 บาท จำนวน 2 มื้อ")
  // are factors too, wherever they stand; they only describe the item when the stated amount leaves them out
  let outside: NumTok[] = [];
  if (explicit && factors.length >= 2) {
    const fs = factors;
    const grp = fs[0].group;
    outside = toks.filter(
      (t) =>
        !fs.includes(t) &&
        t !== stated &&
        t.group === grp &&
        t.per === undefined &&
        !t.total &&
        !t.stated &&
        (t.unit?.role === "quantity" || t.unit?.role === "times") &&
        !fs.some((f) => f.unit && t.unit && f.unit.canonical === t.unit.canonical) &&
        (!stated || t.start < stated.start),
    );
  }
  if (outside.length) factors = [...factors, ...outside].sort((a, b) => a.start - b.start);

  // 3. unit cost
  const factorSet = new Set(factors);
  const linkedFrom = new Set<NumTok>();
  for (let i = 1; i < factors.length; i++) if (factors[i - 1].linkNext) linkedFrom.add(factors[i]);
  const money = factors.filter(isMoney);
  let unitCostTok: NumTok | undefined;
  if (money.length) {
    unitCostTok =
      money.find((t) => t.per !== undefined) ??
      money.find((t) => t.price) ??
      money.find((t) => t.slashAfter || t.linkNext) ??
      money.find((t) => linkedFrom.has(t));
    if (!unitCostTok) {
      const others = factors.filter((t) => !isMoney(t) && t.unit?.role !== "percent");
      if (stated) unitCostTok = money[0];
      else if (money.length >= 2) {
        // "35 บาท 20 คน 2 มื้อ 1,400 บาท": first is the unit cost, the last the amount
        unitCostTok = money[0];
        stated = money[money.length - 1];
      } else if (others.length > 0) unitCostTok = money[0];
      else stated = money[0]; // a lump sum: "ค่าวัสดุ 1,000 บาท"
    }
    if (!stated && !explicit) {
      // a second money figure that is neither per-unit nor linked is the amount
      const rest = money.filter((t) => t !== unitCostTok && t.per === undefined && !t.linkNext);
      if (rest.length) stated = rest[rest.length - 1];
    }
  }
  if (!stated && explicit) {
    // "(20 คน*100 บาท*2 มื้อ) 4,000 บาท": a money figure after the multiplication is its amount
    const lastFactor = factors[factors.length - 1];
    const after = toks.filter((t) => isMoney(t) && !factorSet.has(t) && t.start > lastFactor.end && t.per === undefined && !t.price);
    if (after.length) stated = after[after.length - 1];
  }

  // 4. quantity and times by unit; numbers without a unit fill the gaps in a multiplication
  const qty: NumTok[] = [];
  const times: NumTok[] = [];
  const unitless: NumTok[] = [];
  const unused: string[] = [];
  for (const t of factors) {
    if (t === unitCostTok || t === stated) continue;
    const role = t.unit?.role;
    if (role === "quantity") qty.push(t);
    else if (role === "times") times.push(t);
    else if (!t.unit) unitless.push(t);
    else if (role === "money") unused.push(t.raw);
  }
  if (explicit || unitless.length) {
    for (const t of unitless) {
      if (explicit || t.per !== undefined || t.count) {
        if (!unitCostTok && !badRoles.has("unitCost") && (explicit || t.price)) unitCostTok = t;
        else if (qty.length === 0 && !badRoles.has("quantity") && (t.count || explicit)) qty.push(t);
        else if (times.length === 0 && !badRoles.has("times")) times.push(t);
        else if (!badRoles.has("quantity")) qty.push(t);
        else unused.push(t.raw);
      } else unused.push(t.raw);
    }
  }
  // bad words without a unit take the roles the numbers left free ("35 x abc = 700": abc is the quantity)
  for (const b of bad) {
    if (b.role) continue;
    const free = (["unitCost", "quantity", "times"] as const).find(
      (r) => !badRoles.has(r) && !(r === "unitCost" ? unitCostTok : r === "quantity" ? qty.length : times.length),
    );
    if (free) markBad(free, b.raw);
  }
  // a "รวม N คน" figure replaces the factors of its kind written before it
  const settle = (list: NumTok[]): NumTok[] => {
    const totalIdx = list.map((t) => t.total).lastIndexOf(true);
    return totalIdx >= 0 ? [list[totalIdx]] : list;
  };
  const qSettled = settle(qty);
  const tmSettled = settle(times);
  let q = qSettled;
  let tm = tmSettled;
  // "30 คน คนละ 260 บาท (2 วัน) เป็นเงิน 7,800 บาท": a count alone in parentheses that the stated amount
  // leaves out describes the price (260 for the two days), it is not one more factor
  const described: NumTok[] = [];
  /** Counts that the stated amount leaves out (it equals the price times the others) describe the item. */
  const dropDescribing = (picked: (t: NumTok) => boolean): void => {
    const side = [...q, ...tm].filter(picked);
    const unitS = unitCostTok ? toSatang(unitCostTok) : null;
    const statedS = stated ? toSatang(stated) : null;
    if (!side.length || unitS === null || statedS === null) return;
    const all = unitS * product([...q, ...tm]);
    const without = unitS * product([...q, ...tm].filter((t) => !side.includes(t)));
    if (Math.round(all) !== statedS && Math.round(without) === statedS) {
      described.push(...side);
      q = q.filter((t) => !side.includes(t));
      tm = tm.filter((t) => !side.includes(t));
    }
  };
  if (!explicit && stated && unitCostTok) dropDescribing((t) => t.group >= 0 && toks.filter((x) => x.group === t.group).length === 1);
  if (outside.length && stated && unitCostTok) dropDescribing((t) => outside.includes(t));

  // 5. a stated amount with no unit ("= 1,050") when nothing else claims it
  if (!stated) {
    const lastStated = [...toks].reverse().find((t) => t.stated);
    if (lastStated && lastStated !== unitCostTok && !qty.includes(lastStated) && !times.includes(lastStated)) stated = lastStated;
  }

  // 6. item: the text before the first figure we used
  const used = [unitCostTok, stated, ...q, ...tm, ...described].filter((t): t is NumTok => !!t);
  let cutUsed = text.length;
  for (const t of used) cutUsed = Math.min(cutUsed, t.leadStart);
  for (const t of factors) cutUsed = Math.min(cutUsed, t.leadStart);
  for (const b of bad) cutUsed = Math.min(cutUsed, b.start);
  let cut = cutUsed;
  for (const t of toks) cut = Math.min(cut, t.leadStart);
  let item = cleanItem(text.slice(0, cut));
  // figures written before the multiplication that was used ("9 ชุด ชุดละ 5 คน … (45 คน x 200 บาท x 4 วัน)")
  const note = cut < cutUsed ? cleanItem(text.slice(cut, cutUsed)) : "";
  if (!item || !/[^\d\s.,]/.test(item)) {
    // the item may follow the figures: "35 บาท x 20 คน ค่าอาหารว่าง"
    const last = used.reduce((m, t) => Math.max(m, t.unitEnd), 0);
    item = cleanItem(text.slice(last));
    if (isDigit(item[0])) item = "";
  }

  // 7. values, huge numbers are kept as invalid text
  let unitCost: Satang | null = null;
  if (unitCostTok && !badRoles.has("unitCost")) {
    unitCost = toSatang(unitCostTok);
    if (unitCost === null) invalid.unitCost = unitCostTok.raw;
  }
  let statedAmount: Satang | null = null;
  if (stated) {
    statedAmount = toSatang(stated);
    if (statedAmount === null) invalid.statedAmount = stated.raw;
  }
  const factorValue = (list: NumTok[], field: "quantity" | "times"): number | null => {
    if (!list.length) return null;
    if (list.some((t) => t.huge)) {
      invalid[field] = list.map((t) => t.raw).join(" x ");
      return null;
    }
    const v = product(list);
    if (!Number.isFinite(v) || v > 1e12) {
      invalid[field] = list.map((t) => t.raw).join(" x ");
      return null;
    }
    return v;
  };
  const quantity = badRoles.has("quantity") ? null : factorValue(q, "quantity");
  const timesV = badRoles.has("times") ? null : factorValue(tm, "times");
  if (qSettled !== qty) for (const t of qty) if (t !== qSettled[0]) unused.push(t.raw);
  if (tmSettled !== times) for (const t of times) if (t !== tmSettled[0]) unused.push(t.raw);
  if (unitCost === null && !badRoles.has("unitCost") && (quantity !== null || timesV !== null)) {
    // factors without a unit cost and a price left out of them ("55 คน x 2 มื้อ … 35 บาท = 3,580"): the
    // line would become a lump sum; the price is reported, never dropped in silence
    const firstUsed = used.reduce((m, t) => Math.min(m, t.start), text.length);
    for (const t of toks)
      if (!t.ignore && isMoney(t) && !used.includes(t) && t.start > firstUsed && t.per !== undefined && !unused.includes(t.raw)) unused.push(t.raw);
  }

  const out: ParsedBudgetLine = {
    item,
    unitCost,
    quantity,
    times: timesV,
    statedAmount,
    unused,
  };
  const qu = q.length ? (q[q.length - 1].unit?.canonical ?? undefined) : undefined;
  if (qu) out.quantityUnit = qu;
  const tu = joinUnits(tm);
  if (tu) out.timesUnit = tu;
  if (Object.keys(invalid).length) out.invalid = invalid;
  if (bad.length) out.notNumbers = bad.slice(0, 10).map((b) => b.raw);
  for (const b of bad) {
    if (b.role === "quantity" && b.unit && !out.quantityUnit) out.quantityUnit = b.unit;
    if (b.role === "times" && b.unit && !out.timesUnit) out.timesUnit = b.unit;
  }
  const notes = [note, ...described.map((t) => `(${t.raw}${t.unit ? ` ${t.unit.canonical ?? ""}`.trimEnd() : ""})`)].filter(Boolean);
  if (notes.length) out.note = notes.join(" ");
  return out;
}
