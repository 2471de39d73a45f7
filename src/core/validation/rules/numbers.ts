/**
 * bad-number: values that should be non-negative numbers but are text, negative or not finite.
 */
import type { Finding } from "../../findings";
import { at } from "../../findings";
import type { BudgetLine, CellRef, LineField, Satang } from "../../model";
import type { Rule, RuleContext } from "../context";
import { activityFields } from "../context";
import { FIELD_NAMES, activityLabel, num, short } from "../messages";
import { addMoney, formatBaht, satang, subMoney } from "../../money";
import { lineAmountIfNumbers } from "../../budget";

const LINE_FIELDS: LineField[] = ["unitCost", "quantity", "times", "statedAmount"];
const MONEY_FIELDS = new Set<LineField>(["unitCost", "statedAmount"]);

function where(item: string): string {
  return `"${short(item, 40)}"`;
}

function isBad(n: number): boolean {
  return !Number.isFinite(n) || n < 0;
}

export const badNumber: Rule = {
  id: "bad-number",
  severity: "error",
  title: { th: "ค่าที่ต้องเป็นตัวเลขไม่ใช่ตัวเลขหรือติดลบ", en: "A value that must be a number is not, or is negative" },
  run(ctx) {
    const out: Finding[] = [];
    ctx.plan.budgetLines.forEach((line, i) => {
      if (line.asText) out.push(...textFigures(ctx, line, ctx.computed[i]));
    });
    for (const line of ctx.plan.budgetLines) {
      if (line.invalid) {
        for (const field of LINE_FIELDS) {
          const raw = line.invalid[field];
          if (raw === undefined) continue;
          const f = FIELD_NAMES[field];
          out.push({
            rule: "bad-number",
            severity: "error",
            message: {
              th: `รายการ ${where(line.item)}: ${f.th} "${raw}" ไม่ใช่ตัวเลข`,
              en: `Line ${where(line.item)}: ${f.en} "${raw}" is not a number`,
            },
            ...activityFields(ctx, line.activityId),
            lineId: line.id,
            item: line.item,
            actual: raw,
            valueKind: "text",
            ...at(line.cells?.[field]),
          });
        }
      }
      if (!(isBad(line.unitCost ?? 0) || isBad(line.quantity ?? 0) || isBad(line.times ?? 0) || isBad(line.statedAmount ?? 0))) continue;
      for (const field of LINE_FIELDS) {
        const v = line[field];
        if (v === null || !isBad(v)) continue;
        const f = FIELD_NAMES[field];
        const finite = Number.isFinite(v);
        const shownTh = MONEY_FIELDS.has(field) ? formatBaht(satang(v), "th") : num(v);
        const shownEn = MONEY_FIELDS.has(field) ? formatBaht(satang(v), "en") : num(v);
        out.push({
          rule: "bad-number",
          severity: "error",
          message: finite
            ? { th: `รายการ ${where(line.item)}: ${f.th} ${shownTh} ติดลบ`, en: `Line ${where(line.item)}: ${f.en} ${shownEn} is negative` }
            : { th: `รายการ ${where(line.item)}: ${f.th} ไม่ใช่ตัวเลข`, en: `Line ${where(line.item)}: ${f.en} is not a number` },
          ...activityFields(ctx, line.activityId),
          lineId: line.id,
          item: line.item,
          actual: finite ? v : String(v),
          valueKind: finite ? (MONEY_FIELDS.has(field) ? "money" : "number") : "text",
          ...at(line.cells?.[field]),
        });
      }
    }
    const money = (label: { th: string; en: string }, v: Satang | undefined, cell?: CellRef, activityId?: string): void => {
      if (v === undefined || !isBad(v)) return;
      out.push({
        rule: "bad-number",
        severity: "error",
        message: {
          th: `${label.th} ${Number.isFinite(v) ? `${formatBaht(v, "th")} ติดลบ` : "ไม่ใช่ตัวเลข"}`,
          en: `${label.en} ${Number.isFinite(v) ? `${formatBaht(v, "en")} is negative` : "is not a number"}`,
        },
        ...(activityId !== undefined ? activityFields(ctx, activityId) : {}),
        actual: v,
        valueKind: "money",
        ...at(cell),
      });
    };
    const p = ctx.plan.project;
    money({ th: "งบประมาณที่ได้รับจัดสรร", en: "The allocation" }, p.allocation, p.cells?.allocation);
    money({ th: "ยอดรวมงบประมาณที่ระบุ", en: "The stated total" }, p.statedTotal, p.cells?.statedTotal);
    for (const s of ctx.plan.subtotals) {
      money({ th: `ยอดรวม${activityLabel(s.activityId, "th")}`, en: `The subtotal of ${activityLabel(s.activityId, "en")}` }, s.statedAmount, s.cell, s.activityId);
    }
    // A negative remaining amount is not checked here: spent-over-received and remaining-mismatch cover it.
    const r = ctx.plan.results;
    if (r) {
      money({ th: "งบประมาณที่ได้รับ", en: "Money received" }, r.received, r.cells?.received);
      money({ th: "งบประมาณที่ใช้จ่าย", en: "Money spent" }, r.spent, r.cells?.spent);
    }
    return out;
  },
};

/**
 * Figures typed as text in a sheet ("2,500 บาท", "๓๐"): a warning at each such cell that says what the sheet
 * counts instead (its formulas skip text) and what the totals will be once it is typed as a number — the
 * plan's totals everywhere else are the sheet's (docs/rules.md, "Figures typed as text"). The bad-number fix
 * (src/workbook/fixes.ts) types the number.
 */
function textFigures(ctx: RuleContext, line: BudgetLine, now: Satang | null): Finding[] {
  const out: Finding[] = [];
  const counted = now ?? (0 as Satang);
  for (const field of LINE_FIELDS) {
    const raw = line.asText?.[field];
    if (raw === undefined) continue;
    const after = lineAmountIfNumbers(line, field) ?? (0 as Satang);
    const total = addMoney(subMoney(ctx.computedTotal, counted), after);
    const f = FIELD_NAMES[field];
    const effect = textEffect(field, counted, after, total, ctx.plan.project.allocation);
    out.push({
      rule: "bad-number",
      severity: "warning",
      message: {
        th: `รายการ ${where(line.item)}: ${f.th} "${raw}" เป็นข้อความ ${effect.th}`,
        en: `Line ${where(line.item)}: the ${f.en} "${raw}" is text; ${effect.en}`,
      },
      ...activityFields(ctx, line.activityId),
      lineId: line.id,
      item: line.item,
      actual: raw,
      valueKind: "text",
      ...at(line.cells?.[field]),
    });
  }
  return out;
}

function textEffect(field: LineField, counted: Satang, after: Satang, total: Satang, allocation: Satang | undefined): { th: string; en: string } {
  const b = (v: Satang, lang: "th" | "en") => formatBaht(v, lang);
  const same = counted === after;
  // what the sheet does with it: an amount is left out of the sums; a factor is skipped by the formulas
  const th =
    field === "statedAmount"
      ? same ? "จึงไม่ถูกนับในผลรวมของคอลัมน์จำนวนเงิน" : "จึงไม่ถูกนับในยอดรวมของแผ่นงาน"
      : same ? "สูตรของแผ่นงานจะไม่นำไปคำนวณ" : `สูตรของแผ่นงานจึงข้ามช่องนี้ รายการนี้นับเป็น ${b(counted, "th")} แทน ${b(after, "th")}`;
  const en =
    field === "statedAmount"
      ? same ? "the amount column's sum leaves it out" : "the sheet's totals leave it out"
      : same ? "the sheet's formulas skip it" : `the sheet's formulas skip it, so this line counts ${b(counted, "en")} instead of ${b(after, "en")}`;
  const over = allocation !== undefined && total > allocation ? subMoney(total, allocation) : undefined;
  return {
    th: `${th} — ถ้าแก้เป็นตัวเลข ยอดรวมจะเป็น ${b(total, "th")}${over !== undefined ? ` เกินจัดสรร ${b(over, "th")}` : ""}`,
    en: `${en}. Typed as a number, the total will be ${b(total, "en")}${over !== undefined ? `, ${b(over, "en")} over the allocation` : ""}`,
  };
}
