/**
 * Whether an imported text holds a project plan at all (a CSV, a letter or a picture renamed .txt does not):
 * the signals the import looks for, and the shape of comma-separated values.
 */
import type { Plan } from "../core/model";
import type { SourceLine } from "./text";

/**
 * Whether the text holds a project plan: activities or budget lines, or a project name with a plan's
 * other parts (allocation, objectives, targets, period). A table of comma-separated values is not a plan.
 */
export function isPlan(plan: Plan, lines: SourceLine[]): boolean {
  if (csvLike(lines)) return false;
  const p = plan.project;
  const signals = [
    plan.activities.length > 0,
    plan.budgetLines.length > 0,
    p.name !== "",
    p.allocation !== undefined,
    (p.objectives?.length ?? 0) > 0,
    plan.targets.length > 0,
    p.periodStart !== undefined,
    plan.indicators.length > 0,
  ].filter(Boolean).length;
  return plan.budgetLines.length > 0 || plan.activities.length > 0 ? signals >= 2 : signals >= 3;
}

/**
 * Comma-separated values: most non-blank lines split into 3 or more fields on commas that are not
 * thousands separators ("1,000"), and there are several such lines.
 */
export function csvLike(lines: SourceLine[]): boolean {
  let rows = 0;
  let csv = 0;
  for (const l of lines) {
    if (!l.text) continue;
    rows++;
    let fields = 1;
    const t = l.text;
    for (let i = 0; i < t.length; i++) {
      if (t[i] !== ",") continue;
      const thousands = isDigitChar(t[i - 1]) && isDigitChar(t[i + 1]) && isDigitChar(t[i + 2]) && isDigitChar(t[i + 3]) && !isDigitChar(t[i + 4]);
      if (!thousands) fields++;
    }
    if (fields >= 3) csv++;
  }
  return csv >= 3 && csv * 10 >= rows * 6;
}

function isDigitChar(c: string | undefined): boolean {
  return c !== undefined && c >= "0" && c <= "9";
}
