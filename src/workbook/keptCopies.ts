/**
 * Copies kept of a sheet laid out again (the printable proposal): dated names, and their place after the sheet
 * in the order they were made. Its own module so that what Excel loads first does not carry it.
 */
import { MAX_SHEET_NAME } from "./insertPlan";

/** The day in a kept copy's name: "30/11/69" (Buddhist era) for a Thai sheet, "2026-11-30" for another. */
export function copyDay(name: string, at: Date): string {
  const p2 = (n: number) => String(n).padStart(2, "0");
  return /[\u0E00-\u0E7F]/.test(name)
    ? `${p2(at.getDate())}/${p2(at.getMonth() + 1)}/${p2((at.getFullYear() + 543) % 100)}`
    : `${at.getFullYear()}-${p2(at.getMonth() + 1)}-${p2(at.getDate())}`;
}

/** "แบบเสนอโครงการ" → "แบบเสนอโครงการ (เดิม 30/11/69)", then "(เดิม 30/11-2)" … the same day; ≤ 31 characters. */
export function datedKeptName(name: string, taken: Iterable<string>, at: Date): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const word = /[\u0E00-\u0E7F]/.test(name) ? "เดิม" : "old";
  const day = copyDay(name, at);
  for (let i = 1; ; i++) {
    let tag = ` (${word} ${day}${i > 1 ? `-${i}` : ""})`;
    // the name kept whole: a later copy of the same day drops the year ("(เดิม 30/11-2)") rather than a letter of it
    if (name.length + tag.length > MAX_SHEET_NAME && i > 1) tag = ` (${word} ${day.replace(/\/\d\d$/, "")}-${i})`;
    const candidate = name.slice(0, MAX_SHEET_NAME - tag.length) + tag;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** Whether `other` is a copy kept of the sheet `name` ("… (เดิม)", "… (เดิม 2)", "… (เดิม 30/11/69)"). */
export function isCopyOf(name: string, other: string): boolean {
  const m = /^(.*) \((เดิม|old)( [0-9/-]+)?\)$/i.exec(other);
  return !!m && m[1].length >= Math.min(name.length, 20) && name.toLowerCase().startsWith(m[1].toLowerCase());
}

/**
 * The tab order after `name` was laid out again: the new sheet where the old one was, the old one (`keptAs`)
 * after it and after the copies kept before, so copies stay in the order they were made.
 */
export function replacedOrder(names: string[], name: string, keptAs: string): string[] {
  const at = names.indexOf(keptAs);
  if (at < 0) return names;
  const rest = names.filter((n) => n !== name && n !== keptAs);
  let end = at;
  while (end < rest.length && isCopyOf(name, rest[end])) end++;
  return [...rest.slice(0, at), name, ...rest.slice(at, end), keptAs, ...rest.slice(end)];
}
