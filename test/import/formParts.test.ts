/**
 * The parts of a document the printed form carries (template version 3): risk analysis, problems and
 * suggestions, signatures, the place and the strategy of each level — from the real seed and from
 * written variants.
 */
import { readFileSync } from "fs";
import { join } from "path";
import { importProjectText } from "../../src/import";
import { seedPlan } from "../../src/core/examples/seed2560";

const SEED = readFileSync(join(__dirname, "../fixtures/seed-project-2560.txt"), "utf8");

describe("the seed keeps its risk analysis, place and strategies", () => {
  const { plan } = importProjectText(SEED);
  const p = plan.project;
  test("risk factors (1.1, 1.2) and the response, as the hand-made example has them", () => {
    expect(p.risks).toHaveLength(2);
    expect(p.risks![0]).toMatch(/^ระยะเวลาในการดำเนินกิจกรรมมีจำกัด.*ไตรมาสที่ 2/);
    expect(p.riskResponses).toEqual(["จัดทำปฏิทินการปฏิบัติการที่ชัดเจนและแจ้งให้ทุกโรงเรียนทราบ"]);
    expect(p.risks).toEqual(seedPlan().project.risks);
  });
  test("the place from the captions (ณ …), apart from the government/private switch", () => {
    expect(p.place).toBe(seedPlan().project.place);
    expect(p.place).toContain("ห้องประชุมโรงเรียนคลองบางน้ำจืด");
    expect(p.venue).toBe("unknown");
  });
  test("the strategy of each level from the สนอง lines; จุดเน้น lines stay alignment only", () => {
    expect(p.strategyObec).toBe(seedPlan().project.strategyObec);
    expect(p.strategyArea).toBe(seedPlan().project.strategyArea);
    expect(p.strategySchool).toBeUndefined();
    expect(p.alignment).toHaveLength(4);
  });
  test("the report's empty ปัญหา/อุปสรรค and ข้อเสนอแนะ (written '-') give nothing", () => {
    expect(plan.results?.problems).toBeUndefined();
    expect(plan.results?.suggestions).toBeUndefined();
  });
});

describe("written variants", () => {
  test("signature blocks: role on the ลงชื่อ line or after the position; a block without a role takes the next one", () => {
    const text = [
      "ลงชื่อ ...................... ผู้เสนอโครงการ",
      "(นางสาวพรพิมล ธนะศรี)",
      "ตำแหน่ง ศึกษานิเทศก์",
      "",
      "ลงชื่อ ......................",
      "( นายวิษุทธิ์ เพ็ชรเมือง )",
      "ตำแหน่ง รองผู้อำนวยการ",
      "",
      "ลงชื่อ ......................",
      "( นายสมชาย ใจดี )",
      "ตำแหน่ง ผู้อำนวยการโรงเรียน",
      "ผู้อนุมัติโครงการ",
    ].join("\n");
    expect(importProjectText(text).plan.project.signers).toEqual({
      proposer: { name: "นางสาวพรพิมล ธนะศรี", position: "ศึกษานิเทศก์" },
      endorser: { name: "นายวิษุทธิ์ เพ็ชรเมือง", position: "รองผู้อำนวยการ" },
      approver: { name: "นายสมชาย ใจดี", position: "ผู้อำนวยการโรงเรียน" },
    });
  });
  test("problems and suggestions of a report, numbered or bulleted; สถานที่ดำเนินการ as written wins over captions", () => {
    const text = [
      "โครงการ พัฒนาห้องสมุด",
      "สถานที่ดำเนินการ ห้องสมุดโรงเรียนบ้านนา",
      "ปีงบประมาณ 2567",
      "ปัญหา/อุปสรรค",
      "1. งบประมาณโอนล่าช้า",
      "2. ครูติดภารกิจ",
      "ข้อเสนอแนะ",
      "- ควรวางแผนล่วงหน้า",
      "ภาพกิจกรรม ณ ห้องประชุมโรงเรียนบ้านนา",
    ].join("\n");
    const { plan } = importProjectText(text);
    expect(plan.results?.problems).toEqual(["งบประมาณโอนล่าช้า", "ครูติดภารกิจ"]);
    expect(plan.results?.suggestions).toEqual(["ควรวางแผนล่วงหน้า"]);
    expect(plan.project.place).toBe("ห้องสมุดโรงเรียนบ้านนา");
  });
  test("'ณ วันที่ …' is not a place", () => {
    const { plan } = importProjectText("โครงการ ทดสอบ\nปีงบประมาณ 2567\nข้อมูล ณ วันที่ 1 ตุลาคม 2566\n");
    expect(plan.project.place).toBeUndefined();
  });
});
