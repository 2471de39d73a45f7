/**
 * Sizes and specifications are part of an item's name, never a factor of its cost nor an unused figure:
 * "บีกเกอร์ขนาด 250 มล.", "Flash drive 32 GB", "ขนาด 2 ลิตร", "ขนาด A4", "เบอร์ 5", "60 x 90 ซม.".
 */
import type { Satang } from "../../src/core/model";
import { bahtToSatang } from "../../src/core/money";
import { parseBudgetLine } from "../../src/import/budgetLine";
import { normaliseLine } from "../../src/import/lines";

const parse = (s: string) => parseBudgetLine(normaliseLine(s));
const baht = (n: number): Satang => bahtToSatang(n);

describe("sizes and specifications are not counts", () => {
  test.each([
    ["ค่าบีกเกอร์ขนาด ๒๕๐ มล. จำนวน ๒๐ ใบ ๆ ละ ๘๕ บาท เป็นเงิน ๑,๗๐๐.- บาท", 85, 20, 1700],
    ["บีกเกอร์ขนาด 250 มล. 20 ใบ ใบละ 85 บาท เป็นเงิน 1,700 บาท", 85, 20, 1700],
    ["แอลกอฮอล์ 500 ml จำนวน 10 ขวด ขวดละ 60 บาท เป็นเงิน 600 บาท", 60, 10, 600],
    ["ค่า Flash drive 32 GB จำนวน 30 อัน อันละ 150 บาท เป็นเงิน 4,500 บาท", 150, 30, 4500],
    ["ฮาร์ดดิสก์ภายนอก 2 TB จำนวน 2 ลูก ลูกละ 2,500 บาท เป็นเงิน 5,000 บาท", 2500, 2, 5000],
    ["น้ำยาล้างจานขนาด 3.8 ลิตร จำนวน 4 แกลลอน แกลลอนละ 120 บาท เป็นเงิน 480 บาท", 120, 4, 480],
    ["ผงซักฟอกขนาด 900 กรัม จำนวน 6 ถุง ถุงละ 75 บาท เป็นเงิน 450 บาท", 75, 6, 450],
    ["จอมอนิเตอร์ขนาด 24 นิ้ว 3 เครื่อง เครื่องละ 4,000 บาท เป็นเงิน 12,000 บาท", 4000, 3, 12000],
    ["ลูกฟุตบอลเบอร์ 5 จำนวน 10 ลูก ลูกละ 450 บาท เป็นเงิน 4,500 บาท", 450, 10, 4500],
    ["กระดาษถ่ายเอกสารขนาด A4 70 แกรม จำนวน 20 รีม รีมละ 125 บาท เป็นเงิน 2,500 บาท", 125, 20, 2500],
    ["แฟ้มขนาด 2 นิ้ว จำนวน 40 เล่ม เล่มละ 65 บาท เป็นเงิน 2,600 บาท", 65, 40, 2600],
    ["ป้ายไวนิล 120 x 240 ซม. 2 ป้าย ป้ายละ 540 บาท เป็นเงิน 1,080 บาท", 540, 2, 1080],
    ["ป้ายไวนิล 60x90 ซม. จำนวน 2 ป้าย ป้ายละ 250 บาท เป็นเงิน 500 บาท", 250, 2, 500],
    ["ถ่านไฟฉายขนาด AA จำนวน 24 ก้อน ก้อนละ 15 บาท เป็นเงิน 360 บาท", 15, 24, 360],
    ["หลอดทดลองขนาด 16 x 150 มม. จำนวน 100 หลอด หลอดละ 8 บาท เป็นเงิน 800 บาท", 8, 100, 800],
    ["เมมโมรีการ์ด 64GB จำนวน 5 อัน อันละ 250 บาท เป็นเงิน 1,250 บาท", 250, 5, 1250],
  ])("%s", (line, unitCost, quantity, amount) => {
    const p = parse(line)!;
    expect(p).toMatchObject({ unitCost: baht(unitCost), quantity, statedAmount: baht(amount), unused: [] });
    expect(p.times ?? 1).toBe(1);
  });

  test("a size with no count written: the size is still no factor", () => {
    const p = parse("ค่าน้ำดื่มขนาด 600 มล. เป็นเงิน 1,200 บาท")!;
    expect(p).toMatchObject({ quantity: null, statedAmount: baht(1200), unused: [] });
    expect(p.item).toContain("600 มล.");
  });

  test("the size stays in the item's name", () => {
    expect(parse("ค่า Flash drive 32 GB จำนวน 30 อัน อันละ 150 บาท เป็นเงิน 4,500 บาท")!.item).toContain("32 GB");
    expect(parse("ค่าบีกเกอร์ขนาด 250 มล. จำนวน 20 ใบ ๆ ละ 85 บาท เป็นเงิน 1,700 บาท")!.item).toContain("250 มล.");
  });

  test("a measure bought by that measure is still a quantity: น้ำมัน 50 ลิตร ลิตรละ 35 บาท", () => {
    expect(parse("ค่าน้ำมันเชื้อเพลิง 50 ลิตร ลิตรละ 35 บาท เป็นเงิน 1,750 บาท")).toMatchObject({ unitCost: baht(35), quantity: 50, statedAmount: baht(1750) });
    expect(parse("ปุ๋ยคอก 20 กระสอบ กระสอบละ 60 บาท เป็นเงิน 1,200 บาท")).toMatchObject({ unitCost: baht(60), quantity: 20 });
  });
});
