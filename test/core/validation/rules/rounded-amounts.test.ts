/**
 * Amounts written rounded: unit × quantity × times with satang, written to whole baht or to 10 baht as
 * offices round, is a note, not an error; the written amount is what the sums use. Whole-baht products
 * must match exactly, and a difference beyond the rounding is still an error.
 */
import { lineAmountMismatch, subtotalMismatch, totalMismatch } from "../../../../src/core/validation/rules/amounts";
import { roundedFrom } from "../../../../src/core/validation/context";
import { B, line, plan, run } from "../helpers";

describe("amounts rounded from satang", () => {
  test.each([
    [B(512.5), B(513), true],
    [B(512.5), B(512), true],
    [B(1133.22), B(1133), true],
    [B(586.25), B(590), true],
    [B(586.25), B(580), true],
    [B(586.25), B(600), false],
    [B(512.5), B(512.6), false],
    [B(495), B(500), false],
    [B(495), B(495), false],
  ])("%d satang written %d → rounded %s", (exact, stated, want) => {
    expect(roundedFrom(exact, stated)).toBe(want);
  });

  const lines = (third: number) => [
    line({ id: "L1", item: "ค่าถ่ายเอกสาร", unitCost: B(12.5), quantity: 41, statedAmount: B(513) }),
    line({ id: "L2", item: "ค่าซองเอกสาร", unitCost: B(8.75), quantity: 67, statedAmount: B(590) }),
    line({ id: "L3", item: "ค่าแฟ้ม", unitCost: B(12.5), quantity: 13, statedAmount: B(third) }),
  ];

  test("a rounded line is a note; the sum of the amounts as written is consistent", () => {
    const p = plan({ budgetLines: lines(163), subtotals: [{ activityId: "1", statedAmount: B(1266) }], project: { statedTotal: B(1266) } });
    const f = run(lineAmountMismatch, p);
    expect(f.map((x) => [x.lineId, x.severity, x.expected, x.actual])).toEqual([
      ["L1", "info", B(512.5), B(513)],
      ["L2", "info", B(586.25), B(590)],
      ["L3", "info", B(162.5), B(163)],
    ]);
    expect(f[0].message.en).toBe("Amount rounded: 12.50 baht × 41 = 512.50 baht, written 513 baht; a rounding, not a mistake");
    expect(run(subtotalMismatch, p)).toEqual([]);
    expect(run(totalMismatch, p)).toEqual([]);
  });

  test("a wrong amount is still an error; sums may differ from it by the rounding of that line only", () => {
    const p = plan({ budgetLines: lines(263), subtotals: [{ activityId: "1", statedAmount: B(1266) }], project: { statedTotal: B(1270) } });
    const errors = run(lineAmountMismatch, p).filter((x) => x.severity === "error");
    expect(errors.map((x) => [x.lineId, x.expected, x.actual])).toEqual([["L3", B(162.5), B(263)]]);
    // exact: 512.50 + 586.25 + 162.50 = 1,261.25; the roundings carried (0.50 + 3.75) and under 1 baht for the
    // wrong line make 1,266 a sum written rounded; 1,270 is not
    expect(run(subtotalMismatch, p)).toEqual([]);
    expect(run(totalMismatch, p).map((x) => [x.expected, x.actual])).toEqual([[B(1261.25), B(1270)]]);
  });
});
