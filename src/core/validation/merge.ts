/**
 * One finding per cell. Several checks can look at the same cell (a typed amount is both different from
 * its computation and a number where a formula belongs); a planner should see one item there that says
 * everything, not two. Findings without a cell are left as they are.
 */
import type { Finding, RuleId } from "../findings";
import { severityOrder } from "../findings";

/** Phrases that finish a merged message when a secondary rule adds only its reason to the primary one. */
const REASON: Partial<Record<RuleId, { th: string; en: string }>> = {
  "line-amount-hardcoded": {
    th: "ตัวเลขนี้พิมพ์ไว้แทนสูตร จึงไม่เปลี่ยนตามอัตรา × จำนวน × ครั้ง",
    en: "the number is typed where the formula belongs, so it does not follow unit cost × quantity × times",
  },
};

/**
 * Merges findings at the same sheet and cell into one: the most severe (then the earliest in `order`)
 * keeps its rule, severity and numbers; the others' rule ids go into `also`, their messages (or their
 * short reasons) into the message.
 */
export function mergeFindingsByCell(findings: Finding[], order: (rule: RuleId) => number = () => 0): Finding[] {
  const groups = new Map<string, Finding[]>();
  const out: (Finding | string)[] = [];
  for (const f of findings) {
    if (!f.sheet || !f.cell) {
      out.push(f);
      continue;
    }
    const k = `${f.sheet}!${f.cell}`;
    const g = groups.get(k);
    if (g) g.push(f);
    else {
      groups.set(k, [f]);
      out.push(k);
    }
  }
  return out.map((x) => (typeof x === "string" ? mergeGroup(groups.get(x)!, order) : x));
}

function mergeGroup(group: Finding[], order: (rule: RuleId) => number): Finding {
  if (group.length === 1) return group[0];
  const sorted = group
    .map((f, i) => ({ f, i }))
    .sort((a, b) => severityOrder[a.f.severity] - severityOrder[b.f.severity] || order(a.f.rule) - order(b.f.rule) || a.i - b.i)
    .map((x) => x.f);
  const [primary, ...rest] = sorted;
  const also: RuleId[] = [...(primary.also ?? [])];
  let th = primary.message.th;
  let en = primary.message.en;
  for (const f of rest) {
    for (const r of [f.rule, ...(f.also ?? [])]) if (r !== primary.rule && !also.includes(r)) also.push(r);
    const reason = REASON[f.rule];
    if (reason && f.lineId === primary.lineId) {
      th += ` — ${reason.th}`;
      en += `; ${reason.en}`;
    } else {
      th += ` · ${f.message.th}`;
      en += ` · ${f.message.en}`;
    }
  }
  const merged: Finding = { ...primary, message: { th, en } };
  // a formula one of them suggests (the primary's first)
  const formula = primary.formula ?? rest.find((f) => f.formula)?.formula;
  if (formula) merged.formula = formula;
  if (also.length) merged.also = also;
  return merged;
}
