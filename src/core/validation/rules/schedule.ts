/**
 * Schedule checks: activity months against the project period, activities without months, and
 * money scheduled before the funds arrive.
 */
import type { Finding } from "../../findings";
import { at } from "../../findings";
import type { MonthRef } from "../../model";
import { compareMonths } from "../../calendar";
import type { Rule } from "../context";
import { activityFields } from "../context";
import { activityLabel, cap, month, monthValue, periodValue, short } from "../messages";
import { formatBaht, ZERO_SATANG } from "../../money";

function outside(m: MonthRef, start: MonthRef, end: MonthRef): boolean {
  return compareMonths(m, start) < 0 || compareMonths(m, end) > 0;
}

/** schedule-outside-period: an activity (or a line's own month) falls outside the project period. */
export const scheduleOutsidePeriod: Rule = {
  id: "schedule-outside-period",
  severity: "warning",
  title: { th: "กิจกรรมอยู่นอกระยะเวลาดำเนินโครงการ", en: "Activity month outside the project period" },
  run(ctx) {
    const out: Finding[] = [];
    const { periodStart: ps, periodEnd: pe } = ctx;
    // no period stated: the range is the fiscal year, and the message says so
    const fyOnly = !ctx.plan.project.periodStart && !ctx.plan.project.periodEnd;
    const fy = ctx.plan.project.fiscalYear;
    const whereTh = fyOnly
      ? `นอกปีงบประมาณ ${fy} (${month(ps, "th")} – ${month(pe, "th")})`
      : `นอกระยะเวลาดำเนินโครงการ (${month(ps, "th")} – ${month(pe, "th")})`;
    const whereEn = fyOnly
      ? `outside fiscal year ${fy} (${month(ps, "en")} – ${month(pe, "en")})`
      : `outside the project period (${month(ps, "en")} – ${month(pe, "en")})`;
    for (const a of ctx.plan.activities) {
      for (const [field, m] of [["start", a.start], ["end", a.end]] as const) {
        if (!m || !outside(m, ps, pe)) continue;
        if (field === "end" && a.start && a.end && compareMonths(a.start, a.end) === 0) continue; // one month, reported once
        out.push({
          rule: "schedule-outside-period",
          severity: "warning",
          message: {
            th: `${activityLabel(a.id, "th")} กำหนดไว้เดือน ${month(m, "th")} ซึ่งอยู่${whereTh}`,
            en: `${cap(activityLabel(a.id, "en"))} is scheduled in ${month(m, "en")}, ${whereEn}`,
          },
          activityId: a.id,
          activityName: a.name,
          expected: periodValue(ps, pe),
          actual: monthValue(m),
          valueKind: "month",
          ...at(a.cells?.[field]),
        });
      }
    }
    for (const line of ctx.plan.budgetLines) {
      if (!line.month || !outside(line.month, ps, pe)) continue;
      out.push({
        rule: "schedule-outside-period",
        severity: "warning",
        message: {
          th: `รายการ "${short(line.item)}" ใช้จ่ายเดือน ${month(line.month, "th")} ซึ่งอยู่${whereTh}`,
          en: `Line "${short(line.item)}" is spent in ${month(line.month, "en")}, ${whereEn}`,
        },
        ...activityFields(ctx, line.activityId),
        lineId: line.id,
        item: line.item,
        expected: periodValue(ps, pe),
        actual: monthValue(line.month),
        valueKind: "month",
      });
    }
    return out;
  },
};

/** schedule-missing: an activity has no month at all. */
export const scheduleMissing: Rule = {
  id: "schedule-missing",
  severity: "warning",
  title: { th: "กิจกรรมไม่ได้ระบุระยะเวลาดำเนินงาน", en: "Activity without months" },
  run(ctx) {
    const out: Finding[] = [];
    for (const a of ctx.plan.activities) {
      if (a.start || a.end) continue;
      out.push({
        rule: "schedule-missing",
        severity: "warning",
        message: {
          th: `${activityLabel(a.id, "th")} "${short(a.name)}" ไม่ได้ระบุระยะเวลาดำเนินงาน`,
          en: `${cap(activityLabel(a.id, "en"))} "${short(a.name)}" has no months`,
        },
        activityId: a.id,
        activityName: a.name,
        ...at(a.cells?.start),
      });
    }
    return out;
  },
};

/** spend-before-funds: an activity with money ends before the month the funds become available. */
export const spendBeforeFunds: Rule = {
  id: "spend-before-funds",
  severity: "warning",
  title: { th: "กิจกรรมใช้เงินก่อนได้รับงบประมาณ", en: "Spending scheduled before the funds arrive" },
  run(ctx) {
    const funds = ctx.plan.project.fundsAvailableFrom;
    if (!funds) return [];
    const out: Finding[] = [];
    for (const a of ctx.plan.activities) {
      const end = a.end ?? a.start;
      if (!end || compareMonths(end, funds) >= 0) continue;
      const amount = ctx.computedByActivity.get(a.id) ?? ZERO_SATANG;
      if (amount <= 0) continue;
      const when = a.start && compareMonths(a.start, end) !== 0 ? `${month(a.start, "th")} – ${month(end, "th")}` : month(end, "th");
      const whenEn = a.start && compareMonths(a.start, end) !== 0 ? `${month(a.start, "en")} – ${month(end, "en")}` : month(end, "en");
      out.push({
        rule: "spend-before-funds",
        severity: "warning",
        message: {
          th: `${activityLabel(a.id, "th")} ใช้เงิน ${formatBaht(amount, "th")} ในเดือน ${when} แต่งบประมาณจะได้รับตั้งแต่ ${month(funds, "th")}`,
          en: `${cap(activityLabel(a.id, "en"))} spends ${formatBaht(amount, "en")} in ${whenEn}, but the funds arrive from ${month(funds, "en")}`,
        },
        activityId: a.id,
        activityName: a.name,
        expected: monthValue(funds),
        actual: monthValue(end),
        valueKind: "month",
        ...at(a.cells?.end ?? a.cells?.start),
      });
    }
    return out;
  },
};
