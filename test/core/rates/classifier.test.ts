import fc from "fast-check";
import * as fs from "node:fs";
import * as path from "node:path";
import { RATE_CATEGORIES, classifyItem, rateCategory } from "../../../src/core/rates/classifier";

describe("RATE_CATEGORIES", () => {
  test("ids unique, labels in both languages, expense classes from the budget framework", () => {
    const ids = RATE_CATEGORIES.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids).toEqual(
      expect.arrayContaining([
        "snack", "meal", "training-meals", "speaker-gov", "speaker-ext", "per-diem", "lodging", "training-lodging",
        "private-car", "transport", "materials", "printing", "award", "hire", "venue-rent", "fuel", "utilities", "other",
      ]),
    );
    for (const c of RATE_CATEGORIES) {
      expect(c.th).toMatch(/[\u0E00-\u0E7F]/);
      expect(c.en).toMatch(/^[A-Z]/);
      expect(c.unit.th && c.unit.en).toBeTruthy();
      if (c.aliasOf) expect(rateCategory(c.aliasOf)).toBeDefined();
    }
    expect(new Set(RATE_CATEGORIES.map((c) => c.th)).size).toBe(ids.length);
    expect(new Set(RATE_CATEGORIES.map((c) => c.en)).size).toBe(ids.length);
    expect(rateCategory("speaker-gov")?.expenseClass).toBe("compensation");
    expect(rateCategory("materials")?.expenseClass).toBe("materials");
    expect(rateCategory("utilities")?.expenseClass).toBe("utilities");
    expect(rateCategory("snack")?.expenseClass).toBe("services");
  });
});

describe("classifyItem", () => {
  test.each([
    ["ค่าเครื่องดื่มและอาหารว่าง 35 บาท/...20...คน/4 มื้อ", "snack", "services"],
    ["ค่าอาหารว่างและเครื่องดื่ม", "snack", "services"],
    ["ค่าอาหารกลางวัน 100 บาท/....20...คน/2 มื้อ", "meal", "services"],
    ["ค่าอาหารเย็น", "meal", "services"],
    ["ค่าอาหาร 2 มื้อ", "meal", "services"],
    ["ค่าอาหาร วันละ 600 บาท", "training-meals", "services"],
    ["ค่าอาหาร (ฝึกอบรม) คนละ 400 บาท/วัน", "training-meals", "services"],
    ["ค่าวัสดุ", "materials", "materials"],
    ["ค่าวัสดุสำนักงาน", "materials", "materials"],
    ["ค่าสำเนา เครื่องมือแนวทางการพัฒนาระบบประกันคุณภาพจำนวน 200 ชุด", "printing", "services"],
    ["ค่าถ่ายเอกสาร", "printing", "services"],
    ["ค่าจัดพิมพ์รายงาน", "printing", "services"],
    ["ค่าจัดจ้างทำโล่ โล่ละ 1,000 บาท", "award", "services"],
    ["ค่าเกียรติบัตร", "award", "services"],
    ["ค่าพาหนะคณะกรรมการฯ 9 ชุด", "transport", "services"],
    ["ค่าพาหนะวิทยากร", "transport", "services"],
    ["ค่าเดินทาง", "transport", "services"],
    ["ค่าวิทยากร (บุคคลภายนอก)", "speaker-ext", "compensation"],
    ["ค่าสมนาคุณวิทยากร ข้าราชการ", "speaker-gov", "compensation"],
    ["ค่าตอบแทนวิทยากร (บุคลากรภาครัฐ)", "speaker-gov", "compensation"],
    ["ค่าตอบแทนวิทยากร", "speaker", "compensation"],
    ["ค่าเบี้ยเลี้ยง", "per-diem", "services"],
    ["ค่าเช่าที่พัก", "lodging", "services"],
    ["ค่าที่พักผู้เข้ารับการอบรม", "training-lodging", "services"],
    ["ค่าพาหนะส่วนตัว", "private-car", "services"],
    ["ค่าน้ำมันเชื้อเพลิง", "fuel", "materials"],
    ["ค่าเช่าสถานที่", "venue-rent", "services"],
    ["ค่าไฟฟ้า", "utilities", "utilities"],
    ["ค่าโทรศัพท์", "utilities", "utilities"],
    ["ค่าจ้างเหมาบริการ", "hire", "services"],
    ["ค่าจ้างเหมาถ่ายเอกสาร", "printing", "services"],
    ["Snacks and drinks", "snack", "services"],
    ["Lunch", "meal", "services"],
    ["Speaker fee (external)", "speaker-ext", "compensation"],
    ["Materials", "materials", "materials"],
    ["Printing and copying", "printing", "services"],
    ["Transport", "transport", "services"],
    ["Awards and plaques", "award", "services"],
  ])("%s → %s", (text, category, expenseClass) => {
    expect(classifyItem(text)).toEqual({ category, expenseClass });
  });

  test("unknown text → undefined", () => {
    expect(classifyItem("")).toBeUndefined();
    expect(classifyItem("   ")).toBeUndefined();
    expect(classifyItem("รายการอื่น")).toBeUndefined();
    expect(classifyItem("xyz")).toBeUndefined();
  });

  test("each category's own labels classify to that category", () => {
    for (const c of RATE_CATEGORIES) {
      if (c.id === "other") continue;
      expect([c.id, classifyItem(c.th)?.category]).toEqual([c.id, c.id]);
      expect([c.id, classifyItem(c.en)?.category]).toEqual([c.id, c.id]);
    }
  });

  test("every budget line of the seed document is classified", () => {
    const text = fs.readFileSync(path.join(__dirname, "../../fixtures/seed-project-2560.txt"), "utf8");
    const items = text
      .split(/\r?\n/)
      .filter((l) => /^\s*-\s*ค่า/.test(l))
      .map((l) => l.replace(/^\s*-\s*/, ""));
    expect(items.length).toBeGreaterThanOrEqual(15);
    for (const item of items) expect([item, classifyItem(item)]).toEqual([item, expect.objectContaining({ category: expect.any(String) })]);
  });

  test("never throws; categories are known and the class is the category's", () => {
    const ids = new Map(RATE_CATEGORIES.map((c) => [c.id, c.expenseClass]));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."ค่าอาหารว่างวิทยากรภายนอกพาหนะวัสดุ โล่ abc/0123".split("")) }), (s) => {
        const r = classifyItem(s);
        if (r) expect(ids.get(r.category)).toBe(r.expenseClass);
      }),
    );
  });
});
