/**
 * Lists inside text: splitting "1. … 2. … 3.…" written on one line (indicator cells), and reading the
 * value of a target ("ร้อยละ 80", "จำนวน 100 คน", "ทั้ง 71 โรง").
 */
import { scanNumbers } from "./tokens";
import { collapseSpaces, isDigit } from "./text";

/**
 * Splits inline numbered items: markers must count up from 1 ("1." then "2." …), so "พ.ศ. 2553" or
 * "ร้อยละ 100" never split. Text before "1." is kept as a first item when not empty.
 */
export function splitInlineItems(text: string): string[] {
  return splitInlineSequences(text, false)[0] ?? [];
}

/**
 * Like splitInlineItems, but a list that starts again at "1." after "1. … 2. …" starts a second list
 * (an indicator table whose columns lost their tabs: the targets follow the indicators).
 */
export function splitInlineSequences(text: string, allowRestart = true): string[][] {
  const s = text;
  const cuts: { at: number; body: number }[] = [];
  let restartAt = -1;
  let expected = 1;
  let i = 0;
  while (i < s.length) {
    if (isDigit(s[i]) && !isDigit(s[i - 1]) && s[i - 1] !== "." && s[i - 1] !== ",") {
      let j = i;
      while (j < s.length && isDigit(s[j])) j++;
      const n = Number(s.slice(i, j));
      const marker = (s[j] === "." || s[j] === ")") && !isDigit(s[j + 1]);
      if (marker && n === 1 && expected > 2 && allowRestart && restartAt < 0) {
        restartAt = cuts.length;
        expected = 1;
      }
      if (marker && n === expected) {
        cuts.push({ at: i, body: j + 1 });
        expected++;
        i = j + 1;
        continue;
      }
      i = j;
      continue;
    }
    i++;
  }
  if (restartAt > 0) {
    const first = splitCuts(s.slice(0, cuts[restartAt].at), cuts.slice(0, restartAt));
    const second = splitCuts(s, cuts.slice(restartAt));
    return [first, second.slice(second.length - (cuts.length - restartAt))];
  }
  return [splitCuts(s, cuts)];
}

function splitCuts(s: string, cuts: { at: number; body: number }[]): string[] {
  if (cuts.length < 2) {
    const one = collapseSpaces(cuts.length === 1 ? s.slice(0, cuts[0].at) + s.slice(cuts[0].body) : s);
    return one ? [one] : [];
  }
  const out: string[] = [];
  const head = collapseSpaces(s.slice(0, cuts[0].at));
  if (head) out.push(head);
  for (let k = 0; k < cuts.length; k++) {
    let body = collapseSpaces(s.slice(cuts[k].body, k + 1 < cuts.length ? cuts[k + 1].at : s.length));
    // "… พ.ศ.2559 และ4. ร้อยละ 100": the joining word belongs to neither item
    for (const w of [" และ", "และ", ","]) if (body.endsWith(w) && body.length > w.length) body = body.slice(0, -w.length).trimEnd();
    out.push(body);
  }
  return out;
}

export interface Quantity {
  value: number;
  unit: string;
}

/**
 * The value a target or indicator states: "ร้อยละ 80" / "80 %" (unit "ร้อยละ"), "จำนวน 100 คน",
 * "รวม 6 โรงเรียน", else the first number with a known unit. Years, ordinals and dates are skipped.
 */
export function extractQuantity(text: string): Quantity | undefined {
  const s = text;
  const pct = s.indexOf("ร้อยละ");
  if (pct >= 0) {
    let k = pct + 6;
    while (k < s.length && (s[k] === " " || s[k] === "\t")) k++;
    let e = k;
    while (e < s.length && (isDigit(s[e]) || (s[e] === "." && isDigit(s[e + 1])))) e++;
    if (e > k) return { value: Number(s.slice(k, e)), unit: "ร้อยละ" };
  }
  const toks = scanNumbers(s).filter((t) => !t.huge && (t.ignore === undefined || t.ignore === "percent"));
  const percent = toks.find((t) => t.unit?.role === "percent");
  if (percent) return { value: percent.value, unit: "ร้อยละ" };
  const withUnit = toks.filter((t) => t.unit && t.unit.role !== "money" && t.ignore === undefined);
  const pick = withUnit.find((t) => t.total) ?? withUnit.find((t) => t.count) ?? withUnit[0];
  if (pick && pick.unit) return { value: pick.value, unit: pick.unit.canonical };
  return undefined;
}
