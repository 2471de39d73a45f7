import { findCount, findSubject, targetMismatch } from "../../../../src/core/validation/rules/targets";
import { plan, run } from "../helpers";

const evaluatorsTarget = "จัดการประชุมปฏิบัติการพัฒนาศักยภาพผู้ประเมินคุณภาพสถานศึกษาตามมาตรฐานผู้ประเมิน จำนวน 200 คน";
const evaluatorsIndicator = {
  kind: "output" as const,
  text: "จำนวนผู้ประเมินคุณภาพสถานศึกษาที่ได้รับการพัฒนาตามมาตรฐานผู้ประเมิน",
  targetText: "ผู้ประเมินคุณภาพสถานศึกษาจำนวน 100 คน ได้รับการพัฒนาตามมาตรฐานผู้ประเมิน",
};

describe("target-mismatch helpers", () => {
  it("finds the first number with a counting unit, Thai digits too", () => {
    expect(findCount("ครู จำนวน ๑,๒๐๐ คน และผู้บริหาร 30 คน")).toEqual({ value: 1200, unit: "คน" });
    expect(findCount("สถานศึกษาทั้ง 71 โรง")).toEqual({ value: 71, unit: "โรง" });
    expect(findCount("ร้อยละ 80")).toBeUndefined();
  });
  it("takes the earliest subject word in the text", () => {
    expect(findSubject(["ผู้ประเมินคุณภาพสถานศึกษาจำนวน 100 คน"], ["สถานศึกษา", "ผู้ประเมิน"])).toBe("ผู้ประเมิน");
    expect(findSubject([undefined, "ครูผู้สอน"], ["ผู้ประเมิน", "ครู"])).toBe("ครู");
  });
});

describe("target-mismatch", () => {
  it("notes 200 evaluators in the targets against 100 in the indicator table (text only)", () => {
    const p = plan({ targets: [{ kind: "quantitative", text: evaluatorsTarget }], indicators: [evaluatorsIndicator] });
    const f = run(targetMismatch, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: "target-mismatch", severity: "info", item: "ผู้ประเมิน", expected: 200, actual: 100, valueKind: "number" });
    expect(f[0].message.th).toContain("จำนวนผู้ประเมิน ไม่ตรงกัน: เป้าหมายเชิงปริมาณระบุ 200 คน");
    expect(f[0].message.th).toContain("แต่ตัวชี้วัดระบุ 100 คน");
  });

  it("uses structured values and points at the indicator's cell", () => {
    const p = plan({
      targets: [{ kind: "quantitative", text: "พัฒนาครู", value: 50, unit: "คน" }],
      indicators: [{ kind: "output", text: "จำนวนครูที่ได้รับการพัฒนา", targetValue: 40, targetUnit: "คน", cells: { targetValue: { sheet: "ตัวชี้วัด", cell: "C5" } } }],
    });
    const f = run(targetMismatch, p);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ item: "ครู", expected: 50, actual: 40, sheet: "ตัวชี้วัด", cell: "C5" });
  });

  it("is silent for equal counts, different subjects, different units and qualitative targets", () => {
    const p = plan({
      targets: [
        { kind: "quantitative", text: "ประชุมปฏิบัติการคณะทำงาน 20 คน จัดทำสื่อ 200 ชุด" },
        { kind: "quantitative", text: "ขยายผลสถานศึกษาทุกแห่งในสังกัด (71 โรงเรียน)", value: 71, unit: "โรงเรียน" },
        { kind: "qualitative", text: "ผู้ประเมินจำนวน 300 คน มีคุณภาพ" },
        { kind: "quantitative", text: evaluatorsTarget.replace("200", "100") },
      ],
      indicators: [
        evaluatorsIndicator,
        { kind: "output", text: "จำนวนสถานศึกษา", targetText: "สถานศึกษาทั้ง 71 โรง", targetValue: 71, targetUnit: "โรง" },
        { kind: "output", text: "จำนวนสถานศึกษาที่มีวิธีปฏิบัติที่ดี", targetText: "สถานศึกษาร้อยละ 80", targetValue: 80, targetUnit: "ร้อยละ" },
        { kind: "output", text: "จำนวนครูที่เข้าร่วม", targetText: "ครู 30 คน" },
      ],
    });
    expect(run(targetMismatch, p)).toEqual([]);
  });
});
