import { rateUnknownCategory } from "../../../../src/core/validation/rules/rates";
import { B, line, plan, run } from "../helpers";

describe("rate-unknown-category", () => {
  it("notes an item the classifier cannot place", () => {
    const p = plan({ budgetLines: [line({ id: "Q", item: "รายการทดสอบ qwerty", unitCost: B(10), quantity: 1, cells: { item: { sheet: "งบ", cell: "B9" } } })] });
    const f = run(rateUnknownCategory, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "rate-unknown-category", severity: "info", lineId: "Q", item: "รายการทดสอบ qwerty", cell: "B9" });
    expect(f[0].message.th).toBe('ไม่ทราบหมวดอัตราของรายการ "รายการทดสอบ qwerty" จึงตรวจเพดานราคาไม่ได้ (เลือกหมวดอัตราเองได้)');
  });

  it("notes a user-set category that is not in the rate table", () => {
    const p = plan({ budgetLines: [line({ item: "ค่าเครื่องดื่มและอาหารว่าง", rateCategory: "no-such-category", unitCost: B(10), quantity: 1 })] });
    const f = run(rateUnknownCategory, p);
    expect(f).toHaveLength(1);
    expect(f[0].actual).toBe("no-such-category");
  });

  it("is silent for classified items, known user categories and empty items", () => {
    const p = plan({
      budgetLines: [
        line({ item: "ค่าเครื่องดื่มและอาหารว่าง", unitCost: B(35), quantity: 1 }),
        line({ item: "รายการทดสอบ qwerty", rateCategory: "snack", unitCost: B(35), quantity: 1 }),
        line({ item: "  ", statedAmount: B(5) }),
        // a lump sum has no unit cost to check: no note whatever its words
        line({ item: "ค่าใช้สอย", unitCost: null, quantity: null, times: null, statedAmount: B(3000) }),
      ],
    });
    expect(run(rateUnknownCategory, p)).toEqual([]);
  });
});
