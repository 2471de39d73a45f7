/**
 * Budget items broken over two lines as a PDF copy breaks them (seventh blind test, f08): the second line
 * goes on with the first when it has no marker of its own and starts with a factor or the amount, or when the
 * first has figures and no amount. Never a calculation without factors ("60 บาท = 60 บาท แต่ระบุ 9,600 บาท"):
 * a unit price alone beside another amount is said to be unreadable, and its amount is kept.
 */
import { importProjectText } from "../../src/import";
import { checkProjectText } from "../../src/import/check";

const HEAD = [
  "โครงการ ทดสอบบรรทัดที่ขาด",
  "ระยะเวลาดำเนินการ ธ.ค. 68 – ม.ค. 69",
  "งบประมาณที่ได้รับจัดสรร 20,000 บาท",
  "กิจกรรมและระยะเวลา",
  "1. อบรมครู ธันวาคม 2568 นางสาวทดสอบ ใจดี",
  "งบประมาณ",
  "กิจกรรมที่ 1 อบรมครู",
];

function check(items: string[], total?: string) {
  const text = [...HEAD, ...items, ...(total ? [total] : [])].join("\n");
  const r = importProjectText(text);
  const c = checkProjectText(text);
  return { r, findings: c.findings, codes: r.problems.map((p) => p.code) };
}

describe("an item wrapped over two lines is one line, at the line with its amount", () => {
  test.each([
    ["after the counts", ["4.1 ค่าอาหารกลางวัน จำนวน 80 คน คนละ 2 มื้อ", "มื้อละ 60 บาท เป็นเงิน 9,600 บาท"], [80, 2, 6000, 960000]],
    ["after 'มื้อละ'", ["4.2 ค่าอาหารว่าง จำนวน 80 คน คนละ 2 มื้อ มื้อละ", "25 บาท เป็นเงิน 4,000 บาท"], [80, 2, 2500, 400000]],
    ["after the unit cost, counts on the next line", ["- ค่าตอบแทนวิทยากร จำนวน 1 คน ชั่วโมงละ 600 บาท", "จำนวน 6 ชั่วโมง เป็นเงิน 3,600 บาท"], [1, 6, 60000, 360000]],
    ["before a multiplication sign", ["1) ค่าวัสดุฝึก 30 ชุด", "x 150 บาท = 4,500 บาท"], [30, null, 15000, 450000]],
  ])("%s", (_label, items, [quantity, times, unitCost, amount]) => {
    const { r, findings, codes } = check(items as string[]);
    expect(r.plan.budgetLines).toHaveLength(1);
    const l = r.plan.budgetLines[0];
    expect([l.quantity, l.times ?? null, l.unitCost, l.statedAmount]).toEqual([quantity, times, unitCost, amount]);
    expect(r.sources.lines[`L1`]).toBe(HEAD.length + 2);
    expect(codes).not.toContain("budget-line-unreadable");
    expect(findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("a wrapped item's wrong amount is reported at the line with the amount, with its factors", () => {
    const { findings } = check(["- ค่าอาหารว่าง จำนวน 60 คน คนละ 2 มื้อ", "มื้อละ 25 บาท เป็นเงิน 3,500 บาท"]);
    const f = findings.find((x) => x.rule === "line-amount-mismatch");
    expect(f?.line).toBe(HEAD.length + 2);
    expect(f?.message.th).toContain("× 60 คน × 2 มื้อ = 3,000 บาท");
  });

  test("with every line read, the grand total is checked", () => {
    const { findings } = check(
      ["4.1 ค่าอาหารกลางวัน จำนวน 80 คน คนละ 2 มื้อ", "มื้อละ 60 บาท เป็นเงิน 9,600 บาท", "4.2 ค่าป้ายไวนิล เป็นเงิน 800 บาท"],
      "รวมทั้งสิ้น 11,400 บาท",
    );
    const total = findings.find((f) => f.rule === "total-mismatch");
    expect(total?.line).toBe(HEAD.length + 4);
    expect(total?.message.th).toContain("10,400");
  });
});

describe("lines that do not go on with the line above", () => {
  test("counts and no amount, then a new item: the first could not be read", () => {
    const { r, codes, findings } = check(["- ค่าชุดอุปกรณ์ จำนวน 10 ชุด", "- ค่าเกียรติบัตร 60 แผ่น แผ่นละ 10 บาท เป็นเงิน 600 บาท"]);
    expect(r.plan.budgetLines.map((l) => l.statedAmount)).toEqual([60000]);
    expect(codes).toContain("budget-line-unreadable");
    expect(findings.find((f) => f.rule === "read-problem" && f.severity === "warning")?.line).toBe(HEAD.length + 1);
  });

  test("counts and no amount, then the block's total: not joined", () => {
    const { r, codes } = check(["- ค่าชุดอุปกรณ์ จำนวน 10 ชุด", "รวม 500 บาท"]);
    expect(r.plan.budgetLines).toHaveLength(0);
    expect(codes).toContain("budget-line-unreadable");
  });

  test("a unit price and another amount with no factor between them: unreadable factors, never '60 บาท = 60 บาท'", () => {
    const { r, findings, codes } = check(["- ค่าป้าย 1 ป้าย เป็นเงิน 500 บาท", "- ค่าจ้างเหมาทำอาหาร มื้อละ 60 บาท เป็นเงิน 9,600 บาท"]);
    expect(findings.some((f) => f.rule === "line-amount-mismatch")).toBe(false);
    expect(codes).toContain("budget-line-factors-unread");
    const lump = r.plan.budgetLines[1];
    expect([lump.unitCost, lump.statedAmount]).toEqual([null, 960000]);
    const note = findings.find((f) => f.rule === "read-problem" && f.line === HEAD.length + 2);
    expect(note?.severity).toBe("warning");
    expect(note?.message.th).toContain("60 บาท");
  });
});
