import { spentOverReceived } from "../../../../src/core/validation/rules/results";
import { B, plan, run } from "../helpers";

describe("spent-over-received", () => {
  it("reports spending above the money received", () => {
    const p = plan({ results: { received: B(120000), spent: B(125000), cells: { spent: { sheet: "ผลการดำเนินงาน", cell: "C5" } } } });
    const f = run(spentOverReceived, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "spent-over-received", severity: "error", expected: B(120000), actual: B(125000), valueKind: "money", cell: "C5" });
    expect(f[0].message.th).toBe("ใช้จ่ายเกินงบประมาณที่ได้รับ: ได้รับ 120,000 บาท ใช้จ่าย 125,000 บาท (เกิน 5,000 บาท)");
  });

  it("is silent when spending is within what was received, or values are missing", () => {
    expect(run(spentOverReceived, plan({ results: { received: B(120000), spent: B(20000) } }))).toEqual([]);
    expect(run(spentOverReceived, plan({ results: { received: B(100), spent: B(100) } }))).toEqual([]);
    expect(run(spentOverReceived, plan({ results: { spent: B(100) } }))).toEqual([]);
    expect(run(spentOverReceived, plan())).toEqual([]);
  });
});
