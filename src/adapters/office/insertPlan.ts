import type { ConflictMode } from "../../workbook/host";
import { suffixedName } from "./a1";

export interface InsertPlan {
  /** Requested names that already exist (case-insensitive, as Excel compares). */
  conflicts: string[];
  /** Template name → name to create (only the suffixed ones). */
  renames: Map<string, string>;
  /** Final name of each template sheet, in order. */
  names: string[];
  /** Existing sheet (its stored spelling) to delete, per conflict, in "replace" mode. */
  replaced: string[];
  /** "fail" with conflicts: write nothing. */
  abort: boolean;
}

/** How a template's sheets are named against the sheets a workbook already has. Pure; shared by both hosts. */
export function planInsert(templateNames: string[], existing: string[], mode: ConflictMode): InsertPlan {
  const existingLower = new Map(existing.map((n) => [n.toLowerCase(), n]));
  const conflicts = templateNames.filter((n) => existingLower.has(n.toLowerCase()));
  const renames = new Map<string, string>();
  if (mode === "suffix") {
    const taken = new Set([...existing, ...templateNames]);
    for (const name of conflicts) {
      const next = suffixedName(name, taken);
      taken.add(next);
      renames.set(name, next);
    }
  }
  return {
    conflicts,
    renames,
    names: templateNames.map((n) => renames.get(n) ?? n),
    replaced: mode === "replace" ? conflicts.map((n) => existingLower.get(n.toLowerCase())!) : [],
    abort: mode === "fail" && conflicts.length > 0,
  };
}
