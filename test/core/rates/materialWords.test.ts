/**
 * Ordinary goods are materials (no "unknown rate category" note), by the kinds of materials of the
 * budget classification, not by a list of the tester's examples (issue 9, fourth blind test §3).
 */
import { classifyItem } from "../../../src/core/rates/classifier";

describe("goods of every kind of materials are materials", () => {
  test.each([
    // office and computer
    "ค่าเมาส์", "ค่าแฟลชไดรฟ์", "ค่าแฟลชไดร์ฟ 32 GB", "ค่าคีย์บอร์ด", "ค่าหมึกพิมพ์", "ค่าตลับหมึกเครื่องพิมพ์", "ค่ากระดาษถ่ายเอกสาร",
    "ค่าปากกาไวท์บอร์ด", "ค่ากาวลาเท็กซ์", "ค่าเทปกาวสองหน้า", "ค่าแฟ้มเอกสาร", "ค่าลวดเย็บกระดาษ", "ค่าถ่านไฟฉาย",
    // electrical, household, sports
    "ค่าหลอดไฟ LED", "ค่าปลั๊กพ่วง", "ค่าไม้กวาด", "ค่าน้ำยาล้างจาน", "ค่าถุงขยะ", "ค่าลูกฟุตบอล", "ค่านกหวีด",
    // science and medical, farming, building, art and teaching, clothing
    "ค่าสารเคมี", "ค่าหลอดทดลอง", "ค่าหน้ากากอนามัย", "ค่ากระถางต้นไม้", "ค่าดินปลูก", "ค่าปูนซีเมนต์", "ค่าตะปู",
    "ค่าสีไม้", "ค่าดินน้ำมัน", "ค่าฟิวเจอร์บอร์ด", "ค่าเสื้อกีฬา",
    // English
    "USB flash drive", "Printer toner", "Glue and tape",
  ])("%s", (item) => expect(classifyItem(item)).toEqual({ category: "materials", expenseClass: "materials" }));
});

describe("services and meals stay what they are", () => {
  test.each([
    ["ค่าถ่ายเอกสาร", "printing"],
    ["ค่าจ้างถ่ายเอกสารพร้อมเข้าเล่ม", "printing"],
    ["ค่าจ้างเหมาทาสีอาคาร", "hire"],
    ["ค่าเช่าเต็นท์", "hire"],
    ["ค่าอาหารกลางวันผู้เข้าอบรม", "meal"],
    ["ค่าตอบแทนวิทยากรภายนอก", "speaker-ext"],
    ["ค่าโล่รางวัล", "award"],
  ])("%s → %s", (item, category) => expect(classifyItem(item)?.category).toBe(category));
});
