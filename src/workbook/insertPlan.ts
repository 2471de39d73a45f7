import type { ConflictMode } from "./host";

/** Excel's limit on sheet names. */
export const MAX_SHEET_NAME = 31;

/** "งบประมาณ" → "งบประมาณ (2)", "(3)", … — the first name not in `taken` (case-insensitive, as Excel compares). */
export function suffixedName(base: string, taken: Iterable<string>): string {
  const lower = new Set([...taken].map((t) => t.toLowerCase()));
  for (let k = 2; ; k++) {
    const suffix = ` (${k})`;
    const candidate = base.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
    if (!lower.has(candidate.toLowerCase())) return candidate;
  }
}

export interface InsertPlan {
  /** Requested names that already exist (case-insensitive, as Excel compares). */
  conflicts: string[];
  /** Template name → name to create (only the suffixed ones). */
  renames: Map<string, string>;
  /** Final name of each template sheet, in order. */
  names: string[];
  /** Existing sheet (its stored spelling) that a template sheet takes the place of, per conflict, in "replace" mode. */
  replaced: string[];
  /**
   * "replace": each replaced sheet → the name it is kept under ("งบประมาณ (เดิม)", "Budget (old)"). Excel cannot
   * undo a sheet deletion, so the live workbook never deletes: the old sheet is renamed and stays.
   */
  keptAs: Map<string, string>;
  /** "fail" with conflicts: write nothing. */
  abort: boolean;
}

/** "งบประมาณ" → "งบประมาณ (เดิม)", "Budget" → "Budget (old)"; "(เดิม 2)" … when taken; ≤ 31 characters. */
export function keptName(name: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  const word = /[\u0E00-\u0E7F]/.test(name) ? "เดิม" : "old";
  for (let i = 1; ; i++) {
    const tag = ` (${word}${i > 1 ? ` ${i}` : ""})`;
    const candidate = name.slice(0, MAX_SHEET_NAME - tag.length) + tag;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** How a template's sheets are named against the sheets a workbook already has. Pure; shared by both hosts. */
export function planInsert(
  templateNames: string[],
  existing: string[],
  mode: ConflictMode,
  keepAs: (old: string, taken: Iterable<string>) => string = keptName,
): InsertPlan {
  const existingLower = new Map(existing.map((n) => [n.toLowerCase(), n]));
  const conflicts = templateNames.filter((n) => existingLower.has(n.toLowerCase()));
  const renames = new Map<string, string>();
  const taken = new Set([...existing, ...templateNames]);
  if (mode === "suffix") {
    for (const name of conflicts) {
      const next = suffixedName(name, taken);
      taken.add(next);
      renames.set(name, next);
    }
  }
  const replaced = mode === "replace" ? conflicts.map((n) => existingLower.get(n.toLowerCase())!) : [];
  const keptAs = new Map<string, string>();
  for (const old of replaced) {
    const to = keepAs(old, taken);
    taken.add(to);
    keptAs.set(old, to);
  }
  return {
    conflicts,
    renames,
    names: templateNames.map((n) => renames.get(n) ?? n),
    replaced,
    keptAs,
    abort: mode === "fail" && conflicts.length > 0,
  };
}
