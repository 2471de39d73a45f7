/**
 * Validation benchmark: median time of validatePlan over generated plans of 1,000, 10,000 and 50,000
 * budget lines (deterministic generator: same plan every run), and the cost per line.
 * Target: 10,000 lines in under 20 ms. The machine's load average is printed: on a shared machine the
 * median rises with other work; the minimum is the cost of the code itself.
 */
import { satang } from "../src/core/money";
import { performance } from "node:perf_hooks";
import { cpus, loadavg } from "node:os";
import type { Activity, BudgetLine, Plan } from "../src/core/model";
import { validatePlan, defaultRateBook } from "../src/core/validation/engine";
import { rng as prng } from "./rng";


const ITEMS: { item: string; unit: number; qtyUnit?: string; timesUnit?: string; lump?: boolean }[] = [
  { item: "ค่าเครื่องดื่มและอาหารว่าง", unit: 35, qtyUnit: "คน", timesUnit: "มื้อ" },
  { item: "ค่าอาหารกลางวัน", unit: 100, qtyUnit: "คน", timesUnit: "มื้อ" },
  { item: "ค่าวัสดุ", unit: 0, lump: true },
  { item: "ค่าพาหนะคณะกรรมการฯ", unit: 200, qtyUnit: "คน", timesUnit: "วัน" },
  { item: "ค่าสมนาคุณวิทยากร", unit: 600, qtyUnit: "คน", timesUnit: "ชั่วโมง" },
  { item: "ค่าเช่าที่พัก", unit: 900, qtyUnit: "คน", timesUnit: "คืน" },
  { item: "ค่าจัดจ้างทำโล่", unit: 1000, qtyUnit: "โล่" },
  { item: "ค่าถ่ายเอกสาร", unit: 80, qtyUnit: "ชุด" },
];

const OWNERS = ["นางสาวพรพิมล ชนะศรี", "นายวิษุทธิ์ เพ็ชรเมือง", "นางสาวนวลฉวี คนเที่ยง", "นางสาวพรพิมล ธานีศรี", "นายสมชาย ใจดี"];

/** A FY2560 plan with `lines` budget lines spread over lines/20 activities; ~5 % of amounts are wrong. */
export function generatePlan(lines: number, seed = 2560): Plan {
  const rnd = prng(seed + lines);
  const nAct = Math.max(1, Math.round(lines / 20));
  const activities: Activity[] = [];
  for (let i = 0; i < nAct; i++) {
    const m = ((9 + Math.floor(rnd() * 12)) % 12) + 1;
    const month = { year: m >= 10 ? 2559 : 2560, month: m };
    activities.push({
      id: String(i + 1),
      name: `กิจกรรมทดสอบที่ ${i + 1}`,
      start: month,
      end: month,
      owners: [OWNERS[Math.floor(rnd() * OWNERS.length)], OWNERS[Math.floor(rnd() * OWNERS.length)]],
    });
  }
  const budgetLines: BudgetLine[] = [];
  const sums = new Map<string, number>();
  let total = 0;
  for (let i = 0; i < lines; i++) {
    const spec = ITEMS[Math.floor(rnd() * ITEMS.length)];
    const activityId = String(1 + Math.floor(rnd() * nAct));
    let line: BudgetLine;
    if (spec.lump) {
      const amount = (1 + Math.floor(rnd() * 50)) * 10000;
      line = { id: `L${i + 1}`, activityId, item: spec.item, unitCost: null, quantity: null, times: null, statedAmount: satang(amount) };
    } else {
      const unitCost = (spec.unit + (rnd() < 0.02 ? 15 : 0)) * 100;
      const quantity = 1 + Math.floor(rnd() * 100);
      const times = spec.timesUnit ? 1 + Math.floor(rnd() * 4) : null;
      const right = unitCost * quantity * (times ?? 1);
      const statedAmount = rnd() < 0.05 ? right + 100000 : right;
      line = {
        id: `L${i + 1}`,
        activityId,
        item: spec.item,
        unitCost: satang(unitCost),
        quantity,
        quantityUnit: spec.qtyUnit,
        times,
        timesUnit: spec.timesUnit,
        statedAmount: satang(statedAmount),
      };
    }
    budgetLines.push(line);
    const amount = line.unitCost === null ? line.statedAmount! : line.unitCost * (line.quantity ?? 1) * (line.times ?? 1);
    sums.set(activityId, (sums.get(activityId) ?? 0) + amount);
    total += amount;
  }
  const subtotals = [...sums].map(([activityId, s]) => ({ activityId, statedAmount: satang(rnd() < 0.1 ? s - 50000 : s) }));
  return {
    project: {
      name: "โครงการทดสอบความเร็ว",
      owner: OWNERS[0],
      fiscalYear: 2560,
      periodStart: { year: 2559, month: 10 },
      periodEnd: { year: 2560, month: 9 },
      allocation: satang(Math.round(total * 0.98)),
      statedTotal: satang(total),
      fundsAvailableFrom: { year: 2560, month: 1 },
      venue: "gov",
      trainingType: "b",
    },
    activities,
    budgetLines,
    subtotals,
    targets: [{ kind: "quantitative", text: "พัฒนาผู้ประเมิน จำนวน 200 คน" }],
    indicators: [{ kind: "output", text: "จำนวนผู้ประเมิน", targetText: "ผู้ประเมินจำนวน 100 คน" }],
    results: { received: satang(total), spent: satang(Math.round(total / 3)), remaining: satang(total - Math.round(total / 3)) },
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export async function benchValidation(): Promise<void> {
  const rateBook = defaultRateBook();
  const [l1] = loadavg();
  console.log(`validatePlan (median of N runs after warm-up; ${cpus().length} CPUs, load average ${l1.toFixed(1)})`);
  for (const [size, runs] of [
    [1_000, 101],
    [10_000, 51],
    [50_000, 15],
  ] as const) {
    const plan = generatePlan(size);
    let findings = 0;
    for (let i = 0; i < 5; i++) findings = validatePlan(plan, { rateBook }).length;
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      validatePlan(plan, { rateBook });
      times.push(performance.now() - t0);
    }
    const med = median(times);
    console.log(
      `  ${String(size).padStart(6)} lines: median ${med.toFixed(2)} ms over ${runs} runs` +
        ` (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)}),` +
        ` ${((med * 1000) / size).toFixed(2)} µs/line, ${findings} findings`,
    );
  }
}
