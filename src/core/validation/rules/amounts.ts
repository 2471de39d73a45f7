/**
 * Arithmetic checks: each line's amount, each activity's stated subtotal, the stated grand total.
 * All compare against COMPUTED amounts (unit × qty × times) — the one model every total uses — and
 * say so; where the amounts as written add up to something else, the message names that sum too.
 *
 * One mistake, one finding: a stated subtotal or total that equals the sheet's own sum of the amounts
 * AS WRITTEN is consistent with its lines (a SUM over the amount column, or a document whose author added
 * up the figures typed). Where that sum differs from the computed one, the difference is exactly the lines
 * whose written amount differs from their computation, and each of those is a line-amount-mismatch of its
 * own; the subtotal and the total are reported only when they match neither sum (they are wrong themselves).
 */
import type { Finding } from "../../findings";
import { at } from "../../findings";
import type { Subtotal } from "../../model";
import type { Rule } from "../context";
import { activityFields } from "../context";
import { AS_COMPUTED, activityLabel, asWrittenNote, lineFormula } from "../messages";
import { absMoney, addMoney, formatBaht, subMoney, ZERO_SATANG } from "../../money";
import { lineAmount } from "../../budget";

/** line-amount-mismatch: a stated amount differs from unit cost × quantity × times. */
export const lineAmountMismatch: Rule = {
  id: "line-amount-mismatch",
  severity: "error",
  title: { th: "จำนวนเงินในรายการไม่ตรงกับราคาต่อหน่วย × จำนวน × ครั้ง", en: "Line amount differs from unit cost × quantity × times" },
  run(ctx) {
    const out: Finding[] = [];
    const lines = ctx.plan.budgetLines;
    for (const i of ctx.roundedLines) {
      const line = lines[i];
      const exact = lineAmount(line)!;
      out.push({
        rule: "line-amount-mismatch",
        severity: "info",
        message: {
          th: `จำนวนเงินปัดเศษ: ${lineFormula(line, "th")} = ${formatBaht(exact, "th")} เขียนไว้ ${formatBaht(line.statedAmount!, "th")} — เป็นการปัดเศษ ไม่ใช่ข้อผิดพลาด`,
          en: `Amount rounded: ${lineFormula(line, "en")} = ${formatBaht(exact, "en")}, written ${formatBaht(line.statedAmount!, "en")}; a rounding, not a mistake`,
        },
        ...activityFields(ctx, line.activityId),
        lineId: line.id,
        item: line.item,
        expected: exact,
        actual: line.statedAmount!,
        valueKind: "money",
        ...at(line.cells?.statedAmount),
      });
    }
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line.unitCost === null || line.statedAmount === null || !Number.isFinite(line.statedAmount)) continue;
      if (line.invalid && (line.invalid.unitCost !== undefined || line.invalid.quantity !== undefined || line.invalid.times !== undefined)) continue;
      const expected = ctx.computed[i];
      if (expected === null || expected === line.statedAmount || ctx.roundedLines.has(i)) continue;
      out.push({
        rule: "line-amount-mismatch",
        severity: "error",
        // a unit price with no count or times is no calculation: never "60 บาท = 60 บาท แต่ระบุ 9,600 บาท"
        message:
          line.quantity === null && line.times === null
            ? {
                th: `จำนวนเงินไม่ตรงกับราคาต่อหน่วย: ราคาต่อหน่วย ${formatBaht(line.unitCost, "th")} ไม่ได้ระบุจำนวน แต่ระบุจำนวนเงิน ${formatBaht(line.statedAmount, "th")} — ใส่จำนวน (และจำนวนครั้ง) ของรายการนี้`,
                en: `Amount does not match the unit price: a unit price of ${formatBaht(line.unitCost, "en")} with no count, but ${formatBaht(line.statedAmount, "en")} is stated — enter this line's count (and times)`,
              }
            : {
                th: `จำนวนเงินไม่ตรงกับการคำนวณ: ${lineFormula(line, "th")} = ${formatBaht(expected, "th")} แต่ระบุ ${formatBaht(line.statedAmount, "th")}`,
                en: `Amount does not match the calculation: ${lineFormula(line, "en")} = ${formatBaht(expected, "en")}, but ${formatBaht(line.statedAmount, "en")} is stated`,
              },
        ...activityFields(ctx, line.activityId),
        lineId: line.id,
        item: line.item,
        expected,
        actual: line.statedAmount,
        valueKind: "money",
        ...at(line.cells?.statedAmount),
      });
    }
    return out;
  },
};

/**
 * A stated sum that differs from the computed one by no more than the rounding its lines carry: a line
 * written rounded by what it was rounded, any other line whose amount has satang by under 1 baht. The sum
 * of amounts written rounded is not a mistake.
 */
function withinRounding(ctx: Parameters<Rule["run"]>[0], idx: number[], diff: number): boolean {
  let tolerance = 0;
  for (const i of idx) {
    const c = ctx.computed[i];
    if (c === null || c % 100 === 0) continue;
    const stated = ctx.plan.budgetLines[i].statedAmount;
    tolerance += ctx.roundedLines.has(i) && stated !== null ? Math.abs(stated - c) : 99;
  }
  return tolerance > 0 && Math.abs(diff) <= tolerance;
}

/** A group's stated sum (an item over its sub-items) against the sum of its lines' computed amounts. */
function groupMismatch(ctx: Parameters<Rule["run"]>[0], s: Subtotal, ids: string[], indexById: Map<string, number>): Finding[] {
  let expected = ZERO_SATANG;
  let written = ZERO_SATANG;
  for (const id of ids) {
    const i = indexById.get(id);
    if (i === undefined) continue;
    const c = ctx.computed[i];
    const line = ctx.plan.budgetLines[i];
    if (c === null && (line.statedAmount === null || !Number.isFinite(line.statedAmount))) return []; // a line not read: no sum to compare
    expected = addMoney(expected, c ?? line.statedAmount!);
    written = addMoney(written, Number.isFinite(line.statedAmount) && line.statedAmount !== null ? line.statedAmount : (c ?? ZERO_SATANG));
  }
  // right by either sum, as for an activity's subtotal
  if (expected === s.statedAmount || written === s.statedAmount || !Number.isFinite(s.statedAmount)) return [];
  const name = s.title ?? "";
  const diff = subMoney(s.statedAmount, expected);
  return [
    {
      rule: "subtotal-mismatch",
      severity: "error",
      message: {
        th: `ยอดรวมของ "${name}" ไม่ตรงกับรายการย่อย: ${ids.length} รายการย่อยรวมได้ ${formatBaht(expected, "th")} ${AS_COMPUTED.th} แต่ระบุ ${formatBaht(s.statedAmount, "th")} (ต่างกัน ${formatBaht(absMoney(diff), "th")})${asWrittenNote(expected, written, "th")}`,
        en: `The amount of "${name}" does not match its sub-items: ${ids.length} sub-item${ids.length === 1 ? "" : "s"} add up to ${formatBaht(expected, "en")} ${AS_COMPUTED.en}, but ${formatBaht(s.statedAmount, "en")} is stated (a difference of ${formatBaht(absMoney(diff), "en")})${asWrittenNote(expected, written, "en")}`,
      },
      ...activityFields(ctx, s.activityId),
      ...(name ? { item: name } : {}),
      expected,
      actual: s.statedAmount,
      valueKind: "money",
      ...at(s.cell),
      ...(s.line !== undefined ? { line: s.line } : {}),
    },
  ];
}

/** subtotal-mismatch: an activity's stated subtotal differs from the sum of its lines, computed and as written. */
export const subtotalMismatch: Rule = {
  id: "subtotal-mismatch",
  severity: "error",
  title: { th: "ยอดรวมกิจกรรมไม่ตรงกับผลรวมของรายการ", en: "Activity subtotal differs from the sum of its lines" },
  run(ctx) {
    const out: Finding[] = [];
    const indexById = new Map(ctx.plan.budgetLines.map((l, i) => [l.id, i]));
    for (const s of ctx.plan.subtotals) {
      if (s.lineIds) {
        out.push(...groupMismatch(ctx, s, s.lineIds, indexById));
        continue;
      }
      const expected = ctx.computedByActivity.get(s.activityId) ?? ZERO_SATANG;
      const written = ctx.writtenByActivity.get(s.activityId) ?? expected;
      // right by either sum: the lines written apart from their computation carry the mistake
      if (expected === s.statedAmount || written === s.statedAmount || !Number.isFinite(s.statedAmount)) continue;
      if (withinRounding(ctx, ctx.lineIndexesByActivity.get(s.activityId) ?? [], s.statedAmount - expected)) continue;
      const act = ctx.activityById.get(s.activityId);
      const count = ctx.lineIndexesByActivity.get(s.activityId)?.length ?? 0;
      const diff = subMoney(s.statedAmount, expected);
      const who = act ? activityLabel(s.activityId, "th") : `รายการงบประมาณ "${s.title ?? s.activityId}"`;
      const whoEn = act ? activityLabel(s.activityId, "en") : `budget block "${s.title ?? s.activityId}"`;
      out.push({
        rule: "subtotal-mismatch",
        severity: "error",
        message: {
          th: `ยอดรวม${who} ไม่ตรงกับผลรวมของรายการ: ${count} รายการรวมได้ ${formatBaht(expected, "th")} ${AS_COMPUTED.th} แต่ระบุ ${formatBaht(s.statedAmount, "th")} (ต่างกัน ${formatBaht(absMoney(diff), "th")})${asWrittenNote(expected, written, "th")}`,
          en: `The subtotal of ${whoEn} does not match its lines: ${count} line${count === 1 ? "" : "s"} add up to ${formatBaht(expected, "en")} ${AS_COMPUTED.en}, but ${formatBaht(s.statedAmount, "en")} is stated (a difference of ${formatBaht(absMoney(diff), "en")})${asWrittenNote(expected, written, "en")}`,
        },
        ...activityFields(ctx, s.activityId),
        ...(s.title ? { item: s.title } : {}),
        expected,
        actual: s.statedAmount,
        valueKind: "money",
        ...at(s.cell),
      });
    }
    return out;
  },
};

/**
 * The activities whose stated subtotal is wrong when the stated grand total is exactly what those stated
 * subtotals make (each other activity counted at its computed sum): the total is wrong only because it adds a
 * wrong subtotal — one typo, which the total's finding names. Empty when the total is wrong on its own.
 */
function wrongSubtotalsBehind(ctx: Parameters<Rule["run"]>[0], stated: number): string[] {
  const byActivity = new Map<string, number[]>();
  for (const s of ctx.plan.subtotals) {
    if (s.lineIds || !Number.isFinite(s.statedAmount)) continue;
    byActivity.set(s.activityId, [...(byActivity.get(s.activityId) ?? []), s.statedAmount]);
  }
  const wrong: string[] = [];
  let total: number = ctx.computedTotal;
  for (const [id, amounts] of byActivity) {
    if (amounts.length !== 1) return []; // several subtotals for one activity: which one the total adds is not known
    const computed = ctx.computedByActivity.get(id) ?? ZERO_SATANG;
    const written = ctx.writtenByActivity.get(id) ?? computed;
    if (amounts[0] === computed || amounts[0] === written) continue;
    wrong.push(id);
    total += amounts[0] - computed;
  }
  return wrong.length && total === stated ? wrong : [];
}

/** total-mismatch: the project's stated grand total differs from the sum of all lines, computed and as written. */
export const totalMismatch: Rule = {
  id: "total-mismatch",
  severity: "error",
  title: { th: "ยอดรวมทั้งโครงการไม่ตรงกับผลรวมของรายการ", en: "Stated plan total differs from the sum of all lines" },
  run(ctx) {
    const stated = ctx.plan.project.statedTotal;
    // as for subtotals: a total equal to the lines as written is consistent; the wrong lines are reported each
    if (stated === undefined || stated === ctx.computedTotal || stated === ctx.writtenTotal || !Number.isFinite(stated)) return [];
    if (withinRounding(ctx, ctx.plan.budgetLines.map((_, i) => i), stated - ctx.computedTotal)) return [];
    const expected = ctx.computedTotal;
    const diff = subMoney(stated, expected);
    const from = wrongSubtotalsBehind(ctx, stated);
    const followsTh = from.length
      ? ` — ยอดนี้เท่ากับผลรวมของยอดรวมกิจกรรมที่ระบุไว้ จึงผิดตามยอดรวม${from.map((id) => activityLabel(id, "th")).join(", ")} ที่ผิด: แก้ยอดรวมกิจกรรมนั้นแล้ว ยอดนี้ควรเป็น ${formatBaht(expected, "th")}`
      : "";
    const followsEn = from.length
      ? `; this total is the sum of the stated activity subtotals, so it follows the wrong subtotal of ${from.map((id) => activityLabel(id, "en")).join(", ")}: correct that subtotal and this total becomes ${formatBaht(expected, "en")}`
      : "";
    return [
      {
        rule: "total-mismatch",
        severity: "error",
        message: {
          th: `ยอดรวมงบประมาณทั้งโครงการไม่ตรงกับผลรวมของรายการ: รายการทั้งหมดรวมได้ ${formatBaht(expected, "th")} ${AS_COMPUTED.th} แต่ระบุ ${formatBaht(stated, "th")} (ต่างกัน ${formatBaht(absMoney(diff), "th")})${asWrittenNote(expected, ctx.writtenTotal, "th")}${followsTh}`,
          en: `The plan total does not match its lines: all lines add up to ${formatBaht(expected, "en")} ${AS_COMPUTED.en}, but ${formatBaht(stated, "en")} is stated (a difference of ${formatBaht(absMoney(diff), "en")})${asWrittenNote(expected, ctx.writtenTotal, "en")}${followsEn}`,
        },
        expected,
        actual: stated,
        valueKind: "money",
        ...at(ctx.plan.project.cells?.statedTotal),
      },
    ];
  },
};
