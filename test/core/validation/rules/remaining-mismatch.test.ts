import { remainingMismatch } from "../../../../src/core/validation/rules/results";
import { B, plan, run } from "../helpers";

describe("remaining-mismatch", () => {
  it("reports a remaining amount that is not received − spent", () => {
    const p = plan({ results: { received: B(120000), spent: B(20000), remaining: B(10000), cells: { remaining: { sheet: "ผล", cell: "C6" } } } });
    const f = run(remainingMismatch, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "remaining-mismatch", severity: "error", expected: B(100000), actual: B(10000), sheet: "ผล", cell: "C6" });
    expect(f[0].message.th).toBe("ยอดคงเหลือไม่ถูกต้อง: ได้รับ 120,000 บาท − ใช้จ่าย 20,000 บาท = 100,000 บาท แต่ระบุคงเหลือ 10,000 บาท");
  });

  it("is silent when it adds up (the seed: 120,000 − 20,000 = 100,000) or a value is missing", () => {
    expect(run(remainingMismatch, plan({ results: { received: B(120000), spent: B(20000), remaining: B(100000) } }))).toEqual([]);
    expect(run(remainingMismatch, plan({ results: { received: B(120000), spent: B(20000) } }))).toEqual([]);
    expect(run(remainingMismatch, plan({ results: { received: B(120000), remaining: B(1) } }))).toEqual([]);
  });
});
