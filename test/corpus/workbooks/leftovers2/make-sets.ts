/**
 * Template workbooks holding several plan sets (the template's sheets, then "โครงการ (2)", "กิจกรรม (2)", …
 * inserted beside them as the pane's "เพิ่มชุดใหม่" does), each with its key: every set is checked on its own.
 * Written through the preview host's insertion and the .xlsx writer the CLI uses.
 *   npx tsx test/corpus/workbooks/leftovers2/make-sets.ts
 */
import { writeFileSync } from "fs";
import { join } from "path";
import { PreviewWorkbookHost } from "../../../../src/adapters/preview";
import { previewXlsxBytes } from "../../../../src/adapters/preview/download";
import { bahtToSatang } from "../../../../src/core/money";
import { emptyPlan, type Plan } from "../../../../src/core/model";
import { buildWorkbookSpec } from "../../../../src/workbook";
import { readPlan } from "../../../../src/workbook/readPlan";
import { planSets, snapshotOfSet } from "../../../../src/workbook/planSets";

const D = "A template workbook holding several plan sets, made by the developers; ";

function plan(name: string, allocation: number, lines: [string, number, number, number][], month: number): Plan {
  const p = emptyPlan(2568);
  p.project.name = name;
  p.project.owner = "นางสาวสมใจ ใจดี";
  p.project.allocation = bahtToSatang(allocation);
  p.project.periodStart = { year: 2568, month };
  p.project.periodEnd = { year: 2568, month };
  p.activities = [{ id: "1", name: `ดำเนินงาน${name}`, start: { year: 2568, month }, end: { year: 2568, month }, owners: ["นางสาวสมใจ ใจดี"] }];
  p.budgetLines = lines.map(([item, unit, qty, times], i) => ({ id: `L${i + 1}`, activityId: "1", item, unitCost: bahtToSatang(unit), quantity: qty, times, statedAmount: null, expenseClass: "materials" }));
  return p;
}

async function make(name: string, plans: Plan[], key: (where: (set: number, what: "allocation" | "line", line?: number) => string) => object): Promise<void> {
  const host = new PreviewWorkbookHost();
  for (const [i, p] of plans.entries()) await host.insertTemplate(buildWorkbookSpec(p, { lang: "th" }), i === 0 ? "fail" : "suffix");
  const bytes = Buffer.from(await previewXlsxBytes(host.workbook));
  writeFileSync(join(__dirname, `${name}.xlsx`), bytes);
  // where each set's cells are, as its reader finds them
  const snap = await host.loadSnapshot();
  const sets = planSets(snap);
  const where = (set: number, what: "allocation" | "line", line = 0): string => {
    const r = readPlan(snapshotOfSet(snap, sets, sets[set]));
    const c = what === "allocation" ? r.plan.project.cells?.allocation : r.plan.budgetLines[line].cells?.unitCost;
    return `${c!.sheet}!${c!.cell}`;
  };
  writeFileSync(join(__dirname, `${name}.key.json`), JSON.stringify({ ...key(where), unusable: false }, null, 2) + "\n");
  console.log("wrote", name);
}

(async () => {
  await make(
    "ps01-two-sets-second-over",
    [
      plan("ส่งเสริมการอ่าน", 5000, [["หนังสือนิทาน", 150, 20, 1], ["กระดาษ A4", 120, 10, 1]], 1),
      plan("ปรับปรุงห้องวิทยาศาสตร์", 8000, [["อุปกรณ์การทดลอง", 450, 12, 1], ["สารเคมี", 350, 10, 1]], 2),
    ],
    (where) => ({
      description: D + "two sets: the first (reading, 4,200 of 5,000) is right; the second (science room, 8,900) is over its own allocation of 8,000. Read as one plan only the first would be checked.",
      planted: [{ rule: "over-allocation", at: where(1, "allocation"), note: "8,900 > 8,000 in the second set" }],
      correct: [
        { at: where(0, "allocation"), note: "first set within its allocation" },
        { at: where(0, "line", 0), note: "first set line" },
      ],
    }),
  );
  await make(
    "ps02-three-sets-first-and-third-over",
    [
      plan("กีฬาสี", 3000, [["ธงและอุปกรณ์", 400, 5, 1], ["ถ้วยรางวัล", 300, 4, 1]], 12),
      plan("ทัศนศึกษา", 10000, [["ค่าเช่ารถ", 4500, 2, 1]], 1),
      plan("วันวิทยาศาสตร์", 2000, [["วัสดุจัดนิทรรศการ", 1200, 2, 1]], 8),
    ],
    (where) => ({
      description: D + "three sets, each checked against its own allocation: the first (3,200 > 3,000) and the third (2,400 > 2,000) are over, the second (9,000 of 10,000) is not; one set's spare money never covers another's.",
      planted: [
        { rule: "over-allocation", at: where(0, "allocation"), note: "3,200 > 3,000" },
        { rule: "over-allocation", at: where(2, "allocation"), note: "2,400 > 2,000" },
      ],
      correct: [{ at: where(1, "allocation"), note: "second set within its allocation" }],
    }),
  );
})();
