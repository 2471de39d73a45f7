/**
 * Carry-forward rows where a budget table breaks over a page (ninth blind test, f12): "ยอดยกไป"/"ยอดยกมา",
 * "รวมยกไป", "carried/brought forward" rows and page markers are neither budget lines nor subtotals, in a
 * tabbed table and in plain budget blocks; words that only start like them ("ยกมาตรฐาน…") are items.
 */
import { isCarryForward, isPageMarker } from "../../src/import/carryForward";
import { importProjectText } from "../../src/import";
import { checkProjectText } from "../../src/import/check";

describe("isCarryForward", () => {
  test.each(["ยอดยกไป\t\t7,200", "\tยอดยกมา\t\t\t\t7,200", "ยกไป 4,500 บาท", "ยกมา 4,500", "รวมยกไป 6,000 บาท", "ยอดรวมยกมาจากหน้า 1 6,000", "ยอดยกไปหน้า 2", "Carried forward 1,200", "Brought forward\t1,200", "Balance brought forward 500", "c/f 300", "(ยอดยกมา) 7,200"])(
    "%s is a carry row",
    (t) => expect(isCarryForward(t)).toBe(true),
  );
  test.each(["ยกมาตรฐานการอ่าน 1 ชุด 500 บาท", "ค่ายกระดับผลสัมฤทธิ์ 2,000", "1\tค่าอาหารกลางวัน\t30\tคน\t100\t3,000", "รวม 9,000 บาท", "ยอดรวม 9,000", "forward planning 200"])("%s is not", (t) =>
    expect(isCarryForward(t)).toBe(false),
  );
});

describe("isPageMarker", () => {
  test.each(["(หน้า 2)", "หน้า 2/3", "หน้าที่ 3 จาก 4", "Page 2 of 3", "- 2 -", "(ต่อ)", "ต่อหน้าถัดไป", "continued"])("%s", (t) => expect(isPageMarker(t)).toBe(true));
  test.each(["หน้ากากอนามัย 50 ชิ้น", "2,000 บาท", "ต่อเติมห้อง 5,000 บาท"])("%s is not", (t) => expect(isPageMarker(t)).toBe(false));
});

const HEAD = ["โครงการ ทดสอบยอดยก", "ระยะเวลาดำเนินการ ธันวาคม 2567", "งบประมาณที่ได้รับจัดสรร 9,500 บาท", "กิจกรรม", "1. อบรมครู ธันวาคม 2567 นายทดสอบ ใจดี", "งบประมาณ"];
const errorsAndWarnings = (lines: string[]) =>
  checkProjectText(lines.join("\n")).findings.filter((f) => f.severity !== "info").map((f) => f.rule);

describe("a budget broken over pages reads as the same budget in one piece", () => {
  const H = "ที่\tรายการ\tจำนวน\tหน่วย\tราคาต่อหน่วย\tจำนวนเงิน";
  const rows = ["1\tค่าอาหารกลางวัน\t30\tคน\t100\t3,000", "2\tค่าอาหารว่าง\t60\tมื้อ\t35\t2,100", "3\tค่าวัสดุ\t1\tชุด\t2,100\t2,100", "4\tค่าเอกสาร\t200\tชุด\t10\t2,000", "5\tค่าเกียรติบัตร\t30\tใบ\t10\t300"];
  const whole = [...HEAD, H, ...rows, "\tรวมทั้งสิ้น\t\t\t\t9,500"];
  test.each([
    ["Thai carry rows and a retyped header", ["\tยอดยกไป\t\t\t\t7,200", "- 2 -", H, "\tยอดยกมา\t\t\t\t7,200"]],
    ["English carry rows", ["\tCarried forward\t\t\t\t7,200", "Page 2 of 2", H, "\tBrought forward\t\t\t\t7,200"]],
    ["short Thai words", ["\tยกไป\t\t\t\t7,200", "(ต่อ)", "\tยกมา\t\t\t\t7,200"]],
  ])("%s", (_name, carry) => {
    const broken = [...HEAD, H, ...rows.slice(0, 3), ...carry, ...rows.slice(3), "\tรวมทั้งสิ้น\t\t\t\t9,500"];
    const a = importProjectText(whole.join("\n")).plan;
    const b = importProjectText(broken.join("\n")).plan;
    expect(b.budgetLines.map((l) => [l.item, l.statedAmount])).toEqual(a.budgetLines.map((l) => [l.item, l.statedAmount]));
    expect(b.budgetLines).toHaveLength(5);
    expect(errorsAndWarnings(broken)).toEqual([]);
  });

  test("plain blocks: 'รวมยกไป' is not the block's subtotal", () => {
    const lines = [...HEAD, "กิจกรรมที่ 1 อบรมครู", "1) ค่าอาหารกลางวัน 30 คน x 100 บาท เป็นเงิน 3,000 บาท", "รวมยกไป 3,000 บาท", "ยอดยกมา 3,000 บาท", "2) ค่าวัสดุ เป็นเงิน 6,500 บาท", "รวม 9,500 บาท"];
    const plan = importProjectText(lines.join("\n")).plan;
    expect(plan.budgetLines.map((l) => l.statedAmount)).toEqual([300000, 650000]);
    expect(errorsAndWarnings(lines)).toEqual([]);
  });
});

describe("an activity table with a budget column broken over a page", () => {
  const lines = [
    "โครงการ ทดสอบยอดยกในตารางกิจกรรม",
    "ระยะเวลาดำเนินการ 1 ธันวาคม 2567 - 31 มีนาคม 2568",
    "งบประมาณที่ได้รับจัดสรร 9,000 บาท",
    "ที่\tกิจกรรม\tระยะเวลา\tงบประมาณ\tผู้รับผิดชอบ",
    "1\tอบรมครู\tธันวาคม 2567\t4,000\tนายก ใจดี",
    "2\tผลิตสื่อ\tมกราคม 2568\t3,000\tนายข ใจดี",
    "\tยอดยกไป\t\t7,000\t",
    "ที่\tกิจกรรม\tระยะเวลา\tงบประมาณ\tผู้รับผิดชอบ",
    "\tยอดยกมา\t\t7,000\t",
    "3\tรวมพลังจิตอาสา\tมีนาคม 2568\t2,000\tนายค ใจดี",
    "\tรวม\t\t9,000\t",
  ];
  test("carry rows and the total row are no activities; an activity named รวมพลัง… is one", () => {
    const plan = importProjectText(lines.join("\n")).plan;
    expect(plan.activities.map((a) => a.name)).toEqual(["อบรมครู", "ผลิตสื่อ", "รวมพลังจิตอาสา"]);
    expect(plan.budgetLines.map((l) => l.statedAmount)).toEqual([400000, 300000, 200000]);
    expect(errorsAndWarnings(lines)).toEqual([]);
  });
});
