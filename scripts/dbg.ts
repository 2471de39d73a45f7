import { readXlsx } from "/work/wt/wbread/src/adapters/xlsx/read";
import { readFileSync } from "fs";
import { readPlan } from "/work/wt/wbread/src/workbook/readPlan";
(async () => {
  const f = process.argv[2];
  const snap = await readXlsx(readFileSync(f), { label: f });
  for (const s of snap.sheets) { console.log("==", s.name); s.values.forEach((r, i) => console.log(i + 1, JSON.stringify(r), JSON.stringify(s.formulas[i]?.filter(Boolean)))); }
  const r = readPlan(snap);
  console.log(JSON.stringify(r.located.budget?.handMade?.rowKinds), r.located.budget?.cols, r.located.budget?.handMade?.headers);
  console.log(JSON.stringify(r.plan.activities), JSON.stringify(r.plan.subtotals));
  console.log(r.problems);
})();
