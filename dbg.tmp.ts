import { importProjectText } from "./src/import";
const t = process.argv[2].replace(/\\n/g, "\n").replace(/\\t/g, "\t");
const r = importProjectText(t);
console.log(JSON.stringify({ name: r.plan.project.name, acts: r.plan.activities, lines: r.plan.budgetLines, subs: r.plan.subtotals, alloc: r.plan.project.allocation }, null, 0));
for (const p of r.problems) console.log(p.line, p.code, p.severity, p.text);
