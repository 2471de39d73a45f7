import { activitiesLabel, activityLabel, cap, inForce, isoDate, lineFormula, monthValue, num, periodValue, qty, short, shortSource } from "../../../src/core/validation/messages";
import { B, line } from "./helpers";

describe("message pieces", () => {
  it("formats counts and units in Thai and English", () => {
    expect(num(1000)).toBe("1,000");
    expect(num(2.5)).toBe("2.5");
    expect(num(-12345)).toBe("-12,345");
    expect(qty(200, "ชุด", "th")).toBe("200 ชุด");
    expect(qty(200, "ชุด", "en")).toBe("200 sets");
    expect(qty(1, "มื้อ", "en")).toBe("1 meal");
    expect(qty(3, "กระถาง", "en")).toBe("3 กระถาง");
    expect(qty(3, undefined, "en")).toBe("3");
  });

  it("writes the formula with the factors that are present", () => {
    expect(lineFormula(line({ unitCost: B(35), quantity: 20, quantityUnit: "คน", times: 4, timesUnit: "มื้อ" }), "th")).toBe("35 บาท × 20 คน × 4 มื้อ");
    expect(lineFormula(line({ unitCost: B(12.5), quantity: 2 }), "en")).toBe("12.50 baht × 2");
  });

  it("writes ISO dates and in-force ranges as people read them", () => {
    expect(isoDate("2013-03-04", "th")).toBe("4 มี.ค. 2556");
    expect(isoDate("2013-03-04", "en")).toBe("4 Mar 2013");
    expect(inForce("2013-03-04", "2025-10-31", "th")).toBe("ใช้บังคับ 4 มี.ค. 2556 – 31 ต.ค. 2568");
    expect(inForce(undefined, "2025-10-31", "en")).toBe("in force until 31 Oct 2025");
    expect(inForce(undefined, undefined, "th")).toBe("ไม่ระบุวันที่ใช้บังคับ");
  });

  it("writes month values as Gregorian YYYY-MM", () => {
    expect(monthValue({ year: 2559, month: 11 })).toBe("2016-11");
    expect(periodValue({ year: 2559, month: 10 }, { year: 2560, month: 9 })).toBe("2016-10/2017-09");
  });

  it("labels, capitalises and shortens", () => {
    expect(activitiesLabel(["1", "2"], "th")).toBe("กิจกรรมที่ 1, 2");
    expect(activitiesLabel(["1", "2"], "en")).toBe("activities 1, 2");
    expect(activitiesLabel(["3"], "en")).toBe("activity 3");
    // lines under no activity have an empty id: named as such, never "กิจกรรมที่ " with nothing after it
    expect(activityLabel("", "th")).toBe("รายการที่ไม่ได้แยกกิจกรรม");
    expect(activityLabel(" ", "en")).toBe("the lines under no activity");
    expect(activitiesLabel([""], "th")).toBe("รายการที่ไม่ได้แยกกิจกรรม");
    expect(cap("activity 2")).toBe("Activity 2");
    expect(short("x".repeat(80), 10)).toBe(`${"x".repeat(9)}…`);
    // a Thai text is cut between words (core/clip.ts), never inside one
    expect(short("ค่าอาหารว่าง และเครื่องดื่ม", 16)).toBe("ค่าอาหารว่าง…");
    expect(short("  a   b  ")).toBe("a b");
  });
});

describe("shortSource: the document a rate finding cites, without the chain it came through", () => {
  it("cuts 'ตามที่…', 'under …', notes in brackets; abbreviates มติ ครม. and กค.", () => {
    expect(shortSource("มติคณะรัฐมนตรี 5 ก.พ. 2556 ตามที่สำนักงานจังหวัดสรุป (ยังไม่พบเลขที่หนังสือสั่งการ)", "th")).toBe("มติ ครม. 5 ก.พ. 2556");
    expect(shortSource("หนังสือกระทรวงการคลัง ด่วนที่สุด กค 0406.4/ว 5 ลงวันที่ 14 ม.ค. 2556 ตามระเบียบกระทรวงการคลังว่าด้วยค่าใช้จ่ายในการฝึกอบรม", "th")).toBe(
      "หนังสือ กค 0406.4/ว 5 ลงวันที่ 14 ม.ค. 2556",
    );
    expect(shortSource("MoF circular 0406.4/W5 of 14 Jan 2013 under the training regulation 2006 as amended", "en")).toBe("MoF circular 0406.4/W5 of 14 Jan 2013");
    expect(shortSource("Cabinet resolution of 5 Feb 2013 as summarised by provincial offices; circular number not seen", "en")).toBe("Cabinet resolution of 5 Feb 2013");
    // a short source a user typed stays as it is
    expect(shortSource("ประกาศ สพท. (2567)", "th")).toBe("ประกาศ สพท. (2567)");
  });
});
