/**
 * The travellers' level written in a document's line (ninth blind test, f14): "ผู้เดินทาง ครูระดับชำนาญการพิเศษ"
 * sets the plan's staff level for the per diem and lodging ceilings, as a workbook's field does; the owner's
 * own position does not, two lines stating different levels set none, and the line is not a budget line.
 */
import { importProjectText } from "../../src/import";
import { checkProjectText } from "../../src/import/check";
import { isTravellersText } from "../../src/core/rates/staffLevel";

function plan(level: string | undefined, perDiem: number, owner = "นายทดสอบ ใจดี") {
  return [
    "เรื่อง ขออนุมัติโครงการศึกษาดูงาน",
    "ชื่อโครงการ ศึกษาดูงานโรงเรียนต้นแบบ",
    `ผู้รับผิดชอบโครงการ ${owner}`,
    "ระยะเวลาดำเนินการ มกราคม 2568",
    "งบประมาณที่ได้รับจัดสรร 10,000 บาท",
    ...(level ? [level] : []),
    "งบประมาณ",
    `1. ค่าเบี้ยเลี้ยงเดินทางไปราชการ 2 คน x 1 วัน x ${perDiem} บาท = ${2 * perDiem} บาท`,
  ].join("\n");
}
const rate = (text: string) => checkProjectText(text).findings.filter((f) => f.rule === "rate-over-ceiling").map((f) => f.severity);

describe("travellers' level from a line of text", () => {
  test.each([
    ["ผู้เดินทาง ครูชำนาญการพิเศษ จำนวน 2 คน", "standard"],
    ["ระดับตำแหน่ง ชำนาญการ", "standard"],
    ["ผู้ศึกษาดูงาน ครูเชี่ยวชาญ 2 คน", "senior"],
    ["คณะครูผู้เดินทาง ข้าราชการครู ซี 9", "senior"],
  ])("%s → %s", (line, level) => {
    const r = importProjectText(plan(line, 240));
    expect(r.plan.project.staffLevel).toBe(level);
    expect(r.problems.find((p) => p.code === "staff-level-from-text")?.line).toBe(6);
    expect(r.plan.budgetLines).toHaveLength(1);
    expect(r.problems.filter((p) => p.severity === "warning")).toEqual([]);
  });

  test("a stated level makes a per diem above its ceiling an error; without it, a warning that assumes one", () => {
    expect(rate(plan("ผู้เดินทาง ครูชำนาญการ จำนวน 2 คน", 270))).toEqual(["error"]);
    expect(rate(plan(undefined, 270))).toEqual(["warning"]);
    expect(rate(plan("ผู้เดินทาง ครูเชี่ยวชาญ จำนวน 2 คน", 270))).toEqual([]);
  });

  test("the owner's own position is not the travellers' level", () => {
    const r = importProjectText(plan(undefined, 240, "นายทดสอบ ใจดี ครูชำนาญการพิเศษ"));
    expect(r.plan.project.staffLevel ?? "unknown").toBe("unknown");
  });

  test("two lines stating different levels set none", () => {
    const text = plan("ผู้เดินทาง ครูชำนาญการ 1 คน", 270).replace("งบประมาณ\n", "ผู้เดินทาง ครูเชี่ยวชาญ 1 คน\nงบประมาณ\n");
    expect(importProjectText(text).plan.project.staffLevel ?? "unknown").toBe("unknown");
    expect(rate(text)).toEqual(["warning"]);
  });

  test("isTravellersText", () => {
    expect(isTravellersText("ผู้เดินทาง ครูระดับชำนาญการพิเศษ จำนวน 2 คน")).toBe(true);
    expect(isTravellersText("ผู้รับผิดชอบโครงการ นายก ครูชำนาญการ")).toBe(false);
    expect(isTravellersText("ลงชื่อ ผู้เสนอโครงการ")).toBe(false);
  });
});
