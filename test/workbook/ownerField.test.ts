/**
 * The owner of a hand-made sheet: written after its label with other fields in the same cell, or after
 * other text in a shared cell (the third blind tester's f02, f03, f06, f12).
 */
import { readPlan } from "../../src/workbook/readPlan";
import { book, sheet } from "../helpers/snapshots";

const table = [
  ["รายการ", "จำนวน", "ราคาต่อหน่วย", "จำนวนเงิน"],
  ["ค่ากระดาษ A4", 10, 120, 1200],
];

describe("owner field on a hand-made sheet", () => {
  test("the owner ends where the next field of the cell starts", () => {
    const s = sheet("โครงการ1", [["โครงการซ่อมบำรุงอาคาร"], ["ผู้รับผิดชอบ นายสมศักดิ์ ช่างดี   ระยะเวลา ธ.ค. 2568   งบประมาณ 12,000 บาท"], [], ...table]);
    const p = readPlan(book(s)).plan.project;
    expect(p.owner).toBe("นายสมศักดิ์ ช่างดี");
    expect(p.allocation).toBe(1_200_000);
  });
  test("an owner after other text in a shared cell is read when it names a person", () => {
    const s = sheet("งบประมาณ", [["โครงการส่งเสริมความร่วมมือ ปีงบประมาณ 2569"], ["โรงเรียนหนองบัววิทยายน   ผู้รับผิดชอบ นายประเสริฐ ทองดี"], ["งบประมาณที่ได้รับจัดสรร", 1200], [], ...table]);
    expect(readPlan(book(s)).plan.project.owner).toBe("นายประเสริฐ ทองดี");
  });
  test("a label that is not followed by a person is no owner", () => {
    const s = sheet("งบประมาณ", [["โครงการส่งเสริมความร่วมมือ ปีงบประมาณ 2569"], ["กลุ่มงานที่มี ผู้รับผิดชอบ ร่วมกัน"], ["งบประมาณที่ได้รับจัดสรร", 1200], [], ...table]);
    expect(readPlan(book(s)).plan.project.owner).toBeUndefined();
  });
});
