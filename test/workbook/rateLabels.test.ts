import fc from "fast-check";
import { loadRateBook } from "../../src/core/rates/rateBook";
import type { RateConditions } from "../../src/core/rates/schema";
import { emptyPlan } from "../../src/core/model";
import { buildWorkbookSpec } from "../../src/workbook/writeTemplate";
import { readPlan } from "../../src/workbook/readPlan";
import { otherConditionsText, readOtherCondition } from "../../src/workbook/rateLabels";
import { specSnapshot } from "../helpers/hfSnapshot";

describe("the rates sheet's other-conditions cell", () => {
  test("every bundled rule's conditions and approval margin read back, in Thai and English", () => {
    for (const rule of loadRateBook().rules) {
      for (const lang of ["th", "en"] as const) {
        const text = otherConditionsText(rule, lang);
        const conditions: RateConditions = {};
        const extra: { approvalMarginPercent?: number } = {};
        for (const token of text.split(";").map((t) => t.trim()).filter(Boolean)) expect([token, readOtherCondition(token, conditions, extra)]).toEqual([token, true]);
        const rest: RateConditions = { ...rule.conditions };
        delete rest.venue;
        delete rest.trainingType;
        delete rest.staffLevel;
        expect([rule.id, conditions, extra.approvalMarginPercent]).toEqual([rule.id, rest, rule.approvalMarginPercent]);
      }
    }
  });

  test("travel lodging shows the +25% on the sheet and reads it back from the workbook", () => {
    for (const lang of ["th", "en"] as const) {
      const spec = buildWorkbookSpec(emptyPlan(2569), { lang });
      const read = readPlan(specSnapshot(spec));
      const lodging = read.rateBookFromSheet!.rules.filter((r) => r.category === "lodging");
      expect(lodging).toHaveLength(4);
      for (const r of lodging) expect(r.approvalMarginPercent).toBe(25);
      const texts = JSON.stringify(spec.sheets.find((s) => s.key === "rates"));
      expect(texts).toContain(lang === "th" ? "เกินได้ 25% เมื่อได้รับอนุมัติ" : "+25% with approval");
    }
  });

  test("a margin written by hand in other words is read; nonsense is not (property)", () => {
    for (const [text, p] of [["+25%", 25], ["เพิ่มได้ 25% เมื่ออนุมัติ", 25], ["up to 10% with approval", 10], ["๒๕%", 25], ["ห้องพักคู่", undefined]] as const) {
      const extra: { approvalMarginPercent?: number } = {};
      readOtherCondition(text, {}, extra);
      expect([text, extra.approvalMarginPercent]).toEqual([text, p]);
    }
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."abcxyzกขค ".split("")) }), (s) => {
        const c: RateConditions = {};
        const ok = readOtherCondition(s, c, {});
        if (!ok) expect(c).toEqual({});
      }),
    );
  });
});
