/** Comparing plans across a workbook round trip (test helper). */
import { satang } from "../../src/core/money";
import type { Plan } from "../../src/core/model";
import { seedPlan } from "../../src/core/examples/seed2560";
import { classifyItem } from "../../src/core/rates/classifier";
import { sheetRateCategory } from "../../src/core/rates/lineCategory";

function clean<T>(x: T): T {
  return JSON.parse(JSON.stringify(x)) as T;
}

/** The parts of a plan a workbook must carry (cells, titles and generated defaults aside). */
export function comparable(plan: Plan) {
  const p = plan.project;
  return clean({
    project: {
      name: p.name || undefined,
      owner: p.owner,
      department: p.department,
      fiscalYear: p.fiscalYear,
      periodStart: p.periodStart,
      periodEnd: p.periodEnd,
      allocation: p.allocation,
      budgetSource: p.budgetSource,
      fundsAvailableFrom: p.fundsAvailableFrom,
      venue: p.venue,
      trainingType: p.trainingType,
      staffLevel: p.staffLevel,
      character: p.character,
      alignment: p.alignment?.length ? p.alignment : undefined,
      objectives: p.objectives?.length ? p.objectives : undefined,
      rationale: p.rationale,
      expectedResults: p.expectedResults?.length ? p.expectedResults : undefined,
      statedTotal: p.statedTotal,
      workPlan: p.workPlan,
      strategyObec: p.strategyObec,
      strategyArea: p.strategyArea,
      strategySchool: p.strategySchool,
      standards: p.standards?.length ? p.standards : undefined,
      place: p.place,
      risks: p.risks?.length ? p.risks : undefined,
      riskResponses: p.riskResponses?.length ? p.riskResponses : undefined,
      signers: p.signers,
    },
    activities: plan.activities.map((a) => ({ id: a.id, name: a.name, start: a.start, end: a.end, owners: a.owners, status: a.status, note: a.note, pdca: a.pdca })),
    lines: plan.budgetLines.map((l) => {
      const guess = classifyItem(l.item);
      return {
        activityId: l.activityId,
        item: l.item,
        expenseClass: l.expenseClass ?? guess?.expenseClass,
        rateCategory: sheetRateCategory(l, plan),
        unitCost: l.unitCost,
        quantity: l.quantity,
        quantityUnit: l.quantityUnit,
        times: l.times,
        timesUnit: l.timesUnit,
        statedAmount: l.statedAmount,
        invalid: l.invalid,
        month: l.month,
        note: l.note,
      };
    }),
    // in activity-table order when read back; the order carries no meaning
    subtotals: plan.subtotals
      .map((s) => ({ activityId: s.activityId, statedAmount: s.statedAmount }))
      .sort((a, b) => a.activityId.localeCompare(b.activityId)),
    targets: plan.targets.map((t) => ({ kind: t.kind, text: t.text, value: t.value, unit: t.unit })),
    indicators: plan.indicators.map((i) => ({
      kind: i.kind,
      text: i.text,
      targetValue: i.targetValue,
      targetUnit: i.targetUnit,
      targetText: i.targetText,
      method: i.method,
      tool: i.tool,
      achievedValue: i.achievedValue,
    })),
    results: plan.results
      ? { received: plan.results.received, spent: plan.results.spent, remaining: plan.results.remaining, problems: plan.results.problems, suggestions: plan.results.suggestions }
      : undefined,
  });
}

/** The seed with the optional parts filled in too. */
export function richPlan(): Plan {
  const p = seedPlan();
  p.project.staffLevel = "standard";
  p.activities[1].status = "done";
  p.activities[2].note = "ร่วมกับ ก.ต.ป.น.";
  p.activities[3].start = { year: 2560, month: 4 };
  p.activities[3].end = { year: 2560, month: 5 };
  p.budgetLines[10].month = { year: 2560, month: 7 };
  p.budgetLines[0].expenseClass = "services";
  p.budgetLines[0].rateCategory = "snack";
  p.indicators[2].achievedValue = 95;
  p.indicators[2].method = "นับจำนวนผู้ผ่านการอบรม";
  p.indicators[2].tool = "แบบลงทะเบียน";
  p.results = { received: satang(12000000), spent: satang(2000000), remaining: satang(9000000), problems: ["งบประมาณมาล่าช้า", "ผู้เข้าประชุมไม่ครบ"], suggestions: ["จัดทำปฏิทินให้ชัดเจน"] }; // remaining stated wrongly: written as typed
  p.project.workPlan = "บริหารวิชาการ";
  p.project.strategySchool = "กลยุทธ์ที่ 2 พัฒนาระบบประกันคุณภาพ";
  p.project.standards = ["มาตรฐานที่ 2 ตัวบ่งชี้ที่ 2.1", "มาตรฐานที่ 3"];
  p.project.signers = {
    proposer: { name: "นางสาวพรพิมล ธนะศรี", position: "ศึกษานิเทศก์" },
    endorser: { position: "รองผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา" },
    approver: { name: "นายสมชาย ใจดี", position: "ผู้อำนวยการสำนักงานเขตพื้นที่การศึกษา" },
  };
  p.activities[0].pdca = "P";
  p.activities[1].pdca = "D";
  p.activities[6].pdca = "C";
  return p;
}

