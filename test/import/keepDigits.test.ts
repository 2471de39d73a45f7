/**
 * Names and texts keep the digits the document was written with: "ป.๔-๖" stays "ป.๔-๖" (it became "ป.4-6",
 * and the workbook then looked like holding a second plan set). Figures are still read as numbers.
 */
import { importProjectText } from "../../src/import";
import { planTotal } from "../../src/core/budget";

const doc = (name: string, digits: (s: string) => string) =>
  [
    `โครงการ ${name}`,
    `ผู้รับผิดชอบโครงการ นางสาวอรุณี ปัญญาดี`,
    digits(`ระยะเวลาดำเนินการ พฤศจิกายน 2568 - สิงหาคม 2569`),
    digits(`งบประมาณที่ได้รับจัดสรร 9,500 บาท`),
    `กิจกรรมและระยะเวลา`,
    digits(`1.\tอบรมครูแกนนำชั้น ป.4-6\tพฤศจิกายน 2568\tนางสาวอรุณี ปัญญาดี`),
    digits(`2.\tค่ายอ่านเขียน ม.1\tกุมภาพันธ์ 2569\tนายประเสริฐ ชัยมงคล`),
    `รายละเอียดการใช้งบประมาณ`,
    digits(`1. อบรมครูแกนนำชั้น ป.4-6`),
    digits(`- ค่าอาหารว่าง 40 คน x 35 บาท x 2 มื้อ เป็นเงิน 2,800 บาท`),
    digits(`รวม 2,800 บาท`),
    digits(`2. ค่ายอ่านเขียน ม.1`),
    digits(`- ค่าวัสดุ ชุดที่ 1-3 เป็นเงิน 6,700 บาท`),
    digits(`รวม 6,700 บาท`),
  ].join("\n");

const thai = (s: string) => s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
const same = (s: string) => s;

describe("digits in names and texts", () => {
  test("a document written with Thai digits keeps them in names, activities and items; figures are numbers", () => {
    const r = importProjectText(doc(thai("ค่ายพัฒนาทักษะการอ่าน ป.4-6"), thai));
    expect(r.planFound).toBe(true);
    expect(r.plan.project.name).toBe("ค่ายพัฒนาทักษะการอ่าน ป.๔-๖");
    expect(r.plan.activities.map((a) => a.name)).toEqual(["อบรมครูแกนนำชั้น ป.๔-๖", "ค่ายอ่านเขียน ม.๑"]);
    expect(r.plan.budgetLines.map((l) => l.item)).toEqual(expect.arrayContaining([expect.stringContaining("ชุดที่ ๑-๓")]));
    expect(r.plan.activities.map((a) => a.id)).toEqual(["1", "2"]);
    expect(planTotal(r.plan)).toBe(950000);
    expect(r.plan.project.allocation).toBe(950000);
  });

  test("a document written with Arabic digits keeps Arabic ones", () => {
    const r = importProjectText(doc("ค่ายพัฒนาทักษะการอ่าน ป.4-6", same));
    expect(r.plan.project.name).toBe("ค่ายพัฒนาทักษะการอ่าน ป.4-6");
    expect(r.plan.activities[0].name).toBe("อบรมครูแกนนำชั้น ป.4-6");
    expect(planTotal(r.plan)).toBe(950000);
  });

  test("a name written with Arabic digits in a Thai-digit document stays Arabic", () => {
    const text = doc(thai("ค่ายพัฒนาทักษะการอ่าน รุ่น 2"), thai).replace(thai("ค่ายพัฒนาทักษะการอ่าน รุ่น 2"), "ค่ายพัฒนาทักษะการอ่าน รุ่น 2");
    const r = importProjectText(text);
    expect(r.plan.project.name).toBe("ค่ายพัฒนาทักษะการอ่าน รุ่น 2");
    expect(r.plan.activities[0].name).toBe("อบรมครูแกนนำชั้น ป.๔-๖");
  });

  test("a day range before a month is still the period, not part of the name", () => {
    const r = importProjectText(doc("ค่ายพัฒนาทักษะการอ่าน", same).replace("\tพฤศจิกายน 2568", " 4-6 พฤศจิกายน 2568").replace("1.\t", "1. "));
    expect(r.plan.activities[0].name).toBe("อบรมครูแกนนำชั้น ป.4-6");
    expect(r.plan.activities[0].start).toEqual({ year: 2568, month: 11 });
  });
});
