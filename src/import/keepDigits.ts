/**
 * The importer reads figures with Arabic digits, but names and texts are the planner's own: a project
 * "ค่ายพัฒนาทักษะการอ่าน ป.๔-๖" must stay as written, not become "ป.4-6" (which also made the workbook look
 * like a second plan set beside the first). After a plan is built, each word with digits in its text fields
 * gets its Thai digits back when the document wrote that word with Thai digits and never with Arabic ones.
 */
import { toThaiDigits } from "../core/thaiDigits";
import type { Plan } from "../core/model";
import { normaliseLine } from "./lines";
import type { SourceLine } from "./text";

type Restore = (s: string) => string;

function restorer(lines: SourceLine[]): Restore | null {
  let haystack = "";
  for (const l of lines) if (/[\u0E50-\u0E59]/.test(l.raw)) haystack += normaliseLine(l.raw, true) + "\n";
  if (!haystack) return null;
  let arabic = "";
  for (const l of lines) if (/[0-9]/.test(l.raw)) arabic += normaliseLine(l.raw, true) + "\n";
  const cache = new Map<string, string>();
  const word = (w: string): string => {
    let r = cache.get(w);
    if (r === undefined) {
      const thai = toThaiDigits(w);
      r = haystack.includes(thai) && !arabic.includes(w) ? thai : w;
      cache.set(w, r);
    }
    return r;
  };
  return (s) => (/[0-9]/.test(s) ? s.replace(/[^\s]*[0-9][^\s]*/g, word) : s);
}

/** Gives the plan's text fields (names, items, targets, indicators, narrative) the digits the document used. */
export function keepThaiDigits(plan: Plan, lines: SourceLine[]): void {
  const r = restorer(lines);
  if (!r) return;
  const list = (xs: string[] | undefined) => xs?.map(r);
  const p = plan.project;
  p.name = r(p.name);
  for (const k of ["owner", "department", "budgetSource", "character", "rationale", "workPlan", "strategyObec", "strategyArea", "strategySchool", "place"] as const) {
    const v = p[k];
    if (typeof v === "string") p[k] = r(v);
  }
  for (const k of ["alignment", "objectives", "expectedResults", "standards", "risks", "riskResponses"] as const) {
    const v = list(p[k]);
    if (v) p[k] = v;
  }
  for (const a of plan.activities) {
    a.name = r(a.name);
    a.owners = a.owners.map(r);
    if (a.note) a.note = r(a.note);
  }
  for (const l of plan.budgetLines) {
    l.item = r(l.item);
    if (l.note) l.note = r(l.note);
  }
  for (const s of plan.subtotals) if (s.title) s.title = r(s.title);
  for (const t of plan.targets) t.text = r(t.text);
  for (const i of plan.indicators) {
    i.text = r(i.text);
    if (i.targetText) i.targetText = r(i.targetText);
    if (i.method) i.method = r(i.method);
    if (i.tool) i.tool = r(i.tool);
  }
  if (plan.results) {
    if (plan.results.problems) plan.results.problems = plan.results.problems.map(r);
    if (plan.results.suggestions) plan.results.suggestions = plan.results.suggestions.map(r);
  }
}
