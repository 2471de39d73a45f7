// Amounts in words beside their figures in a project text: words that say another amount are a warning at the line.
import { amountWordsProblems } from "../../src/import/amountWords";
import { splitLines } from "../../src/import/lines";

const check = (text: string) => amountWordsProblems(splitLines(text)).map((p) => [p.line, p.severity, p.code]);

describe("amounts in words in a text", () => {
  it("reports words that say another amount, on the line or alone on the next line, Thai digits too", () => {
    const text = [
      "งบประมาณ ๔๕,๖๐๐ บาท (สี่หมื่นห้าพันหกร้อยบาทถ้วน)",
      "- ค่าหนังสือ 200 เล่ม x 150 บาท เป็นเงิน 30,000 บาท (สามหมื่นบาทถ้วน)",
      "รวม 15,600 บาท",
      "(ตัวอักษร หนึ่งหมื่นหกพันห้าร้อยบาทถ้วน)",
      "รวมทั้งสิ้น 45,600.- (สี่หมื่นห้าพันหกร้อยห้าสิบบาทถ้วน)",
    ].join("\n");
    expect(check(text)).toEqual([
      [4, "warning", "amount-words-mismatch"],
      [5, "warning", "amount-words-mismatch"],
    ]);
  });

  it("accepts the readings people use (หนึ่งร้อยหนึ่ง / หนึ่งร้อยเอ็ด, บาท without ถ้วน) and leaves other brackets alone", () => {
    expect(check("รวม 101 บาท (หนึ่งร้อยหนึ่งบาทถ้วน)\nรวม 2,000 บาท (สองพันบาท)\nค่าอาหาร 35 บาท (มื้อละ 35 บาท)\nรวม 500 บาท\n(ห้าร้อยบาทถ้วน)")).toEqual([]);
  });
});
