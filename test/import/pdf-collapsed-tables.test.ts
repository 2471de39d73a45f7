// Tables collapsed to single spaces (text copied out of a PDF): an activity table with no number column and
// one-word names, and budget rows whose amount does not fit their factors.
import { checkProjectText } from "../../src/import/check";
import { readSpaceRow, spaceTableHeader } from "../../src/import/spaceTable";

const doc = (header: string, rows: string[]) =>
  [
    "โครงการ กีฬาภายใน",
    "ผู้รับผิดชอบ นายประเสริฐ ใจกล้า",
    "ระยะเวลา ตุลาคม 2568 - มีนาคม 2569",
    "งบประมาณ 5,000 บาท",
    "1. หลักการและเหตุผล",
    "นักเรียนควรออกกำลังกาย",
    "2. กิจกรรมดำเนินการ",
    header,
    ...rows,
    "3. งบประมาณ",
    "กิจกรรมที่ 2 แข่งขัน",
    "- ค่าอุปกรณ์กีฬา 10 ชุด x 500 บาท เป็นเงิน 5,000 บาท",
    "รวมทั้งสิ้น 5,000 บาท",
  ].join("\n");

describe("an unnumbered activity table collapsed to spaces", () => {
  it.each([
    ["กิจกรรม ระยะเวลา ผู้รับผิดชอบ", ["ประชุม พฤศจิกายน 2568 นายประเสริฐ ใจกล้า", "แข่งขัน ธ.ค. 2568 คณะครู"]],
    ["กิจกรรม ระยะเวลา", ["ประชุม พ.ย. 68", "แข่งขัน ธันวาคม 2568"]],
    ["ขั้นตอน/กิจกรรม ระยะเวลาดำเนินการ งบประมาณ ผู้รับผิดชอบ", ["ประชุม พ.ย. 2568 - นายประเสริฐ", "แข่งขัน ธ.ค. 2568 5,000 คณะครู"]],
  ])("%s: one-word names get their months, no 'no period' warning", (header, rows) => {
    const c = checkProjectText(doc(header, rows));
    expect(c.plan.activities.map((a) => [a.id, a.name, a.start?.month])).toEqual([
      ["1", "ประชุม", 11],
      ["2", "แข่งขัน", 12],
    ]);
    expect(c.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  it("a sentence that starts with กิจกรรม is not a header", () => {
    const c = checkProjectText(doc("กิจกรรม ที่จัดขึ้นตลอดปีการศึกษา ระยะเวลา ผู้รับผิดชอบ ครูพละ", ["1 ประชุม พฤศจิกายน 2568", "2 แข่งขัน ธ.ค. 2568"]));
    expect(c.plan.activities.map((a) => a.name)).toEqual(["ประชุม", "แข่งขัน"]);
  });
});

describe("a collapsed budget row whose amount does not fit its factors", () => {
  const cols = spaceTableHeader("ที่ รายการ จำนวน หน่วย ราคา/หน่วย จำนวนเงิน")!;
  it("is read when its shape is exact (a unit word in the unit column), so the amount is checked", () => {
    expect(readSpaceRow("2 ค่าเหรียญรางวัล 20 เหรียญ 150 3,500", cols)).toMatchObject({ number: "2", item: "ค่าเหรียญรางวัล", quantity: 20, quantityUnit: "เหรียญ", unitCost: 15000, amount: 350000 });
  });
  it("is left to the line reader when the unit cell is empty and it does not fit", () => {
    expect(readSpaceRow("2 ค่าเหรียญรางวัล 20 150 3,500", cols)).toBeUndefined();
    expect(readSpaceRow("2 ค่าเหรียญรางวัล 20 150 3,000", cols)).toMatchObject({ amount: 300000 });
  });
});

describe("a collapsed budget table with no unit-cost column", () => {
  const cols = spaceTableHeader("ที่ รายการ จำนวน หน่วย จำนวนเงิน (บาท)")!;
  it("reads rows of exact shape as counts and an amount (the unit cost is derived by the checks)", () => {
    expect(cols).toEqual(["no", "item", "quantity", "unit", "amount"]);
    expect(readSpaceRow("1 ค่าอาหารกลางวันผู้ปกครอง 60 คน 9,000", cols)).toEqual({ number: "1", item: "ค่าอาหารกลางวันผู้ปกครอง", quantity: 60, quantityUnit: "คน", unitCost: null, times: null, amount: 900000 });
    expect(readSpaceRow("1 ค่าอาหารกลางวันผู้ปกครอง 60 9,000", cols)).toBeUndefined();
  });
});
