/**
 * Budget line shapes: the role of each number comes from the units around it, not its position.
 */
import type { Satang } from "../../src/core/model";
import { bahtToSatang } from "../../src/core/money";
import fc from "fast-check";
import { parseBudgetLine } from "../../src/import/budgetLine";
import { toThaiDigits } from "../../src/core/thaiDigits";
import { normaliseLine } from "../../src/import/lines";

const parse = (s: string) => parseBudgetLine(normaliseLine(s));
const baht = (n: number): Satang => bahtToSatang(n);

describe("budget line shapes", () => {
  test("a count alone in parentheses that the amount leaves out describes the price: คนละ 260 บาท (2 วัน) = 7,800", () => {
    const p = parse("ค่าอาหารและอาหารว่าง 30 คน คนละ 260 บาท (2 วัน) เป็นเงิน 7,800 บาท")!;
    expect(p).toMatchObject({ unitCost: baht(260), quantity: 30, times: null, statedAmount: baht(7800), unused: [] });
    expect(p.note).toContain("2");
    // the amount includes it: then it is a factor, and a wrong amount stays wrong
    expect(parse("ค่าอาหาร 30 คน คนละ 130 บาท (2 วัน) เป็นเงิน 7,800 บาท")).toMatchObject({ unitCost: baht(130), quantity: 30, times: 2 });
    expect(parse("ค่าอาหาร 30 คน คนละ 260 บาท (2 วัน) เป็นเงิน 10,000 บาท")).toMatchObject({ unitCost: baht(260), quantity: 30, times: 2, statedAmount: baht(10000) });
  });

  test("unit/people/meals separated by slashes: 35 บาท/20 คน/4 มื้อ เป็นเงิน 2,800 บาท", () => {
    expect(parse("ค่าอาหารว่าง 35 บาท/20 คน/4 มื้อ เป็นเงิน 2,800 บาท")).toMatchObject({
      item: "ค่าอาหารว่าง",
      unitCost: baht(35),
      quantity: 20,
      quantityUnit: "คน",
      times: 4,
      timesUnit: "มื้อ",
      statedAmount: baht(2800),
    });
  });

  test("ๆ ละ repeats the previous unit: จำนวน 12 คน ๆ ละ 2 มื้อ ๆ ละ 35 บาท เป็นเงิน 840 บาท", () => {
    expect(parse("ค่าอาหารว่างและเครื่องดื่ม จำนวน 12 คน ๆ ละ 2 มื้อ ๆ ละ 35 บาท เป็นเงิน 840 บาท")).toMatchObject({
      item: "ค่าอาหารว่างและเครื่องดื่ม",
      unitCost: baht(35),
      quantity: 12,
      times: 2,
      timesUnit: "มื้อ",
      statedAmount: baht(840),
    });
    // glued "ๆละ"
    expect(parse("ค่าอาหาร 12 คนๆละ 2 มื้อๆละ 35 บาท เป็นเงิน 840 บาท")).toMatchObject({
      unitCost: baht(35),
      quantity: 12,
      times: 2,
      statedAmount: baht(840),
    });
  });

  test("a price after the multiplication is its unit cost: '55 คน x 2 มื้อ @ 35 บาท', 'มื้อละ 35', '(@35)', 'รวม 3,850.-'", () => {
    const want = { item: "ค่าอาหารว่าง", unitCost: baht(35), quantity: 55, quantityUnit: "คน", times: 2, timesUnit: "มื้อ" };
    expect(parse("- ค่าอาหารว่าง 55 คน x 2 มื้อ @ 35 บาท = 3,580 บาท")).toMatchObject({ ...want, statedAmount: baht(3580) });
    expect(parse("ค่าอาหารว่าง 55 คน × 2 มื้อ มื้อละ 35 บาท เป็นเงิน 3,850 บาท")).toMatchObject({ ...want, statedAmount: baht(3850) });
    expect(parse("ค่าอาหารว่าง 55 คน x 2 มื้อ (@35) = 3,850")).toMatchObject({ ...want, statedAmount: baht(3850) });
    expect(parse("ค่าอาหารว่าง 55 คน * 2 มื้อ @35.- รวม 3,850.-")).toMatchObject({ ...want, statedAmount: baht(3850) });
    expect(parse("ค่าเช่ารถตู้ 2 คัน × 1 วัน @ 1,800.- = 3,600.-")).toMatchObject({ unitCost: baht(1800), quantity: 2, times: 1, statedAmount: baht(3600) });
    // no price anywhere: a lump sum with its counts, nothing reported
    expect(parse("ค่าอาหาร 20 คน x 2 วัน เป็นเงิน 4,000 บาท")).toMatchObject({ unitCost: null, quantity: 20, times: 2, statedAmount: baht(4000), unused: [] });
    // counts between the multiplication and its price are factors too
    expect(parse("ค่าอาหารว่าง 55 คน x 2 มื้อ จำนวน 3 ครั้ง @ 35 บาท = 11,550 บาท")).toMatchObject({ unitCost: baht(35), quantity: 55, statedAmount: baht(11550), unused: [] });
    expect(parse("ค่าอาหารว่าง 55 คน x 2 มื้อ จำนวน 3 ครั้ง @ 35 บาท = 11,550 บาท")?.times).toBe(6);
    // a price the multiplication could not take is reported, never dropped in silence
    expect(parse("ค่าอาหารว่าง 55 คน x 2 มื้อ (3 ครั้ง) 35 บาทต่อคน @ 35 บาท = 11,550 บาท")?.unused.length).toBeGreaterThan(0);
  });

  test("explicit multiplication in parentheses: (80 คน x 35 บาท x 2 มื้อ) เป็นเงิน 5,600 บาท", () => {
    expect(parse("- ค่าอาหารว่าง (80 คน x 35 บาท x 2 มื้อ) เป็นเงิน 5,600 บาท")).toMatchObject({
      item: "ค่าอาหารว่าง",
      unitCost: baht(35),
      quantity: 80,
      times: 2,
      statedAmount: baht(5600),
    });
  });

  test("Thai digits and '=': ๑๕ คน x ๒ มื้อ x ๓๕ บาท = ๑,๐๕๐ บาท", () => {
    expect(parse("ค่าอาหารว่าง ๑๕ คน x ๒ มื้อ x ๓๕ บาท = ๑,๐๕๐ บาท")).toMatchObject({
      item: "ค่าอาหารว่าง",
      unitCost: baht(35),
      quantity: 15,
      times: 2,
      statedAmount: baht(1050),
    });
    // the multiplication sign × and no spaces
    expect(parse("ค่าอาหารว่าง ๑๕คน×๒มื้อ×๓๕บาท=๑,๐๕๐บาท")).toMatchObject({ unitCost: baht(35), quantity: 15, times: 2, statedAmount: baht(1050) });
  });

  test("no stated amount: 45 คน x 200 บาท x 4 วัน", () => {
    expect(parse("ค่าพาหนะ 45 คน x 200 บาท x 4 วัน")).toMatchObject({
      item: "ค่าพาหนะ",
      unitCost: baht(200),
      quantity: 45,
      quantityUnit: "คน",
      times: 4,
      timesUnit: "วัน",
      statedAmount: null,
    });
  });

  test("X ละ N บาท is the unit cost: จำนวน 200 ชุด ชุดละ 80 บาท เป็นเงิน 13,000 บาท (stated amount kept)", () => {
    expect(parse("- ค่าสำเนา เครื่องมือแนวทางการพัฒนาระบบประกันคุณภาพจำนวน 200 ชุด ชุดละ 80 บาท เป็นเงิน....13,000.....บาท")).toMatchObject({
      item: "ค่าสำเนา เครื่องมือแนวทางการพัฒนาระบบประกันคุณภาพ",
      unitCost: baht(80),
      quantity: 200,
      quantityUnit: "ชุด",
      times: null,
      statedAmount: baht(13000),
    });
  });

  test("unit cost before the quantity: โล่ละ 1,000 บาท จำนวน 5 โล่", () => {
    expect(parse("- ค่าจัดจ้างทำโล่ โล่ละ 1,000 บาท จำนวน 5 โล่ เป็นเงิน... .5,000..... .บาท")).toMatchObject({
      item: "ค่าจัดจ้างทำโล่",
      unitCost: baht(1000),
      quantity: 5,
      quantityUnit: "โล่",
      statedAmount: baht(5000),
    });
  });

  test("lump sums: ค่าวัสดุ เป็นเงิน 1,000 บาท / ค่าวัสดุ 5,000 บาท", () => {
    expect(parse("- ค่าวัสดุ เป็นเงิน....1,000.....บาท")).toEqual({
      item: "ค่าวัสดุ",
      unitCost: null,
      quantity: null,
      times: null,
      statedAmount: baht(1000),
      unused: [],
    });
    expect(parse("ค่าวัสดุ 5,000 บาท")).toMatchObject({ item: "ค่าวัสดุ", unitCost: null, statedAmount: baht(5000) });
    expect(parse("ค่าวัสดุ 120,000.-บาท")).toMatchObject({ statedAmount: baht(120000) });
  });

  test("noise: dots around numbers, 'เป็นเงิน' glued to units, '100.คน'", () => {
    expect(parse("- ค่าเครื่องดื่มและอาหารว่าง 35 บาท/...20...คน/4 มื้อ เป็นเงิน....2,800.....บาท")).toMatchObject({
      unitCost: baht(35),
      quantity: 20,
      times: 4,
      statedAmount: baht(2800),
    });
    expect(parse("- ค่าอาหารกลางวัน 100 บาท/....20...คน/2 มื้อเป็นเงิน....4,000.....บาท")).toMatchObject({
      unitCost: baht(100),
      quantity: 20,
      times: 2,
      timesUnit: "มื้อ",
      statedAmount: baht(4000),
    });
    expect(parse("- ค่าอาหารกลางวัน 100 บาท/100.คน/1 มื้อ เป็นเงิน....10,000.....บาท")).toMatchObject({
      unitCost: baht(100),
      quantity: 100,
      times: 1,
      statedAmount: baht(10000),
    });
    expect(parse("- ค่าอาหารว่าง 35 บาท/..100..คน/2 มื้อ เป็นเงิน... .7,000.....บาท")).toMatchObject({ statedAmount: baht(7000) });
  });

  test("several candidates: the explicit multiplication in parentheses wins", () => {
    const l = parse(
      "- ค่าพาหนะคณะกรรมการฯ 9 ชุด ชุดละ 5 คน ชุดละ 4 วัน ชุดละ 7-8 โรงเรียน (45 คน x 200 บาท x 4 วัน) เป็นเงิน..36,000....บาท",
    );
    expect(l).toMatchObject({
      item: "ค่าพาหนะคณะกรรมการฯ",
      unitCost: baht(200),
      quantity: 45,
      times: 4,
      statedAmount: baht(36000),
    });
    expect(l!.note).toBe("9 ชุด ชุดละ 5 คน ชุดละ 4 วัน ชุดละ 7-8 โรงเรียน");
  });

  test("position does not decide: the same figures in any order", () => {
    const variants = [
      "ค่าอาหาร 20 คน x 2 มื้อ x 100 บาท = 4,000 บาท",
      "ค่าอาหาร 100 บาท x 20 คน x 2 มื้อ = 4,000 บาท",
      "ค่าอาหาร 2 มื้อ x 100 บาท x 20 คน = 4,000 บาท",
      "ค่าอาหาร มื้อละ 100 บาท จำนวน 20 คน 2 มื้อ เป็นเงิน 4,000 บาท",
      "ค่าอาหาร คนละ 100 บาท 2 มื้อ 20 คน เป็นเงิน 4,000 บาท",
    ];
    for (const v of variants) {
      expect(parse(v)).toMatchObject({ item: "ค่าอาหาร", unitCost: baht(100), quantity: 20, times: 2, statedAmount: baht(4000) });
    }
  });

  test("other units: people (ท่าน, รูป), sets (เล่ม, แผ่น, อัน, ชิ้น), times (วัน, ครั้ง, คืน, ชั่วโมง/ชม., เดือน, รุ่น), คัน, รางวัล", () => {
    expect(parse("ค่าตอบแทนวิทยากร 3 ชม. x 600 บาท x 2 ท่าน = 3,600 บาท")).toMatchObject({
      unitCost: baht(600),
      quantity: 2,
      quantityUnit: "ท่าน",
      times: 3,
      timesUnit: "ชั่วโมง",
      statedAmount: baht(3600),
    });
    expect(parse("ค่าจัดทำเอกสาร 100 เล่ม x 50 บาท เป็นเงิน 5,000 บาท")).toMatchObject({ quantity: 100, quantityUnit: "เล่ม", unitCost: baht(50) });
    expect(parse("ค่าไวนิล 2 แผ่น แผ่นละ 750 บาท เป็นเงิน 1,500 บาท")).toMatchObject({ quantity: 2, quantityUnit: "แผ่น", unitCost: baht(750) });
    expect(parse("ค่าเช่าที่พัก 10 คน x 3 คืน x 900 บาท = 27,000 บาท")).toMatchObject({ quantity: 10, times: 3, timesUnit: "คืน", unitCost: baht(900) });
    expect(parse("ค่าเช่ารถตู้ 2 คัน x 1,800 บาท x 3 วัน = 10,800 บาท")).toMatchObject({
      quantity: 2,
      quantityUnit: "คัน",
      times: 3,
      timesUnit: "วัน",
      unitCost: baht(1800),
      statedAmount: baht(10800),
    });
    expect(parse("ค่าเงินรางวัล 3 รางวัล รางวัลละ 500 บาท เป็นเงิน 1,500 บาท")).toMatchObject({ quantity: 3, quantityUnit: "รางวัล", unitCost: baht(500) });
    expect(parse("ค่าจ้างเหมาบริการ 1 คน x 9,000 บาท x 12 เดือน = 108,000 บาท")).toMatchObject({
      quantity: 1,
      times: 12,
      timesUnit: "เดือน",
      unitCost: baht(9000),
    });
    expect(parse("ค่าอาหารว่าง 2 รุ่น x 50 คน x 35 บาท x 2 มื้อ = 7,000 บาท")).toMatchObject({
      quantity: 50,
      times: 4,
      timesUnit: "รุ่น×มื้อ",
      unitCost: baht(35),
      statedAmount: baht(7000),
    });
    expect(parse("ค่าตอบแทนพระสงฆ์ 9 รูป รูปละ 500 บาท = 4,500 บาท")).toMatchObject({ quantity: 9, quantityUnit: "รูป", unitCost: baht(500) });
    expect(parse("ค่าของที่ระลึก 5 ชิ้น ชิ้นละ 300 บาท เป็นเงิน 1,500 บาท")).toMatchObject({ quantity: 5, quantityUnit: "ชิ้น", unitCost: baht(300) });
    expect(parse("ค่าถ่ายเอกสาร 2 ครั้ง ครั้งละ 1,000 บาท เป็นเงิน 2,000 บาท")).toMatchObject({ times: 2, timesUnit: "ครั้ง", unitCost: baht(1000) });
  });

  test("numbers that are not figures are ignored: ordinals, years, dates, times of day", () => {
    expect(parse("ค่าอาหารว่าง ครั้งที่ 2 วันที่ 15 มิถุนายน 2560 เวลา 09.00 น. จำนวน 30 คน คนละ 35 บาท เป็นเงิน 1,050 บาท")).toMatchObject({
      unitCost: baht(35),
      quantity: 30,
      times: null,
      statedAmount: baht(1050),
    });
    expect(parse("ค่าวัสดุ ปีงบประมาณ 2560 เป็นเงิน 3,000 บาท")).toMatchObject({ unitCost: null, statedAmount: baht(3000) });
  });

  test("numbers without units in a multiplication are read in order (unit cost, quantity, times)", () => {
    expect(parse("ค่าอาหาร 35 x 20 x 2 = 1,400")).toMatchObject({ unitCost: baht(35), quantity: 20, times: 2, statedAmount: baht(1400) });
  });

  test("satang and huge numbers", () => {
    expect(parse("ค่าน้ำมัน 30.50 บาท x 10 ลิตร = 305 บาท")).toMatchObject({ unitCost: 3050, quantity: 10, statedAmount: 30500 });
    const huge = parse("ค่าอาหาร 99999999999999999999 บาท x 3 คน");
    expect(huge).toMatchObject({ unitCost: null, quantity: 3, invalid: { unitCost: "99999999999999999999" } });
  });

  test("more ways of writing the amount: รวม, a bare amount after a multiplication, @, รวมเป็นเงิน", () => {
    const food = { item: "ค่าอาหาร", unitCost: baht(100), quantity: 20, times: 2, statedAmount: baht(4000) };
    expect(parse("ค่าอาหาร 20 คน x 100 บาท x 2 มื้อ รวม 4,000 บาท")).toMatchObject(food);
    expect(parse("ค่าอาหาร (20 คน*100 บาท*2 มื้อ) 4,000 บาท")).toMatchObject(food);
    expect(parse("ค่าอาหาร 20 คน คนละ 2 มื้อ มื้อละ 100 บาท รวมเป็นเงิน 4,000 บาท")).toMatchObject(food);
    expect(parse("ค่าอาหาร 100 บาท/คน/มื้อ จำนวน 20 คน 2 มื้อ รวม 4,000 บาท")).toMatchObject(food);
    expect(parse("ค่าจ้างเหมารถ 1 คัน @ 1,500 บาท 2 วัน เป็นเงิน 3,000 บาท")).toMatchObject({
      unitCost: baht(1500),
      quantity: 1,
      times: 2,
      statedAmount: baht(3000),
    });
  });

  test("sizes are not factors; list markers are not figures; 'กิจกรรม' counts things", () => {
    expect(parse("ค่าป้ายไวนิล ขนาด 1.2 x 2.4 เมตร จำนวน 1 ป้าย ป้ายละ 500 บาท เป็นเงิน 500 บาท")).toMatchObject({
      unitCost: baht(500),
      quantity: 1,
      quantityUnit: "ป้าย",
      times: null,
      statedAmount: baht(500),
    });
    expect(parse("1) ค่าอาหารว่าง 35 x 20 = 700 บาท")).toMatchObject({ item: "ค่าอาหารว่าง", unitCost: baht(35), quantity: 20, statedAmount: baht(700) });
    expect(parse("ค่าวัสดุ 2 กิจกรรม ๆ ละ 500 บาท = 1,000 บาท")).toMatchObject({ unitCost: baht(500), quantity: 2, statedAmount: baht(1000), unused: [] });
  });

  test("words where a figure belongs are kept as invalid values (for the bad-number check)", () => {
    expect(parse("ค่าอาหารว่าง 35 x abc คน = 700 บาท")).toMatchObject({
      item: "ค่าอาหารว่าง",
      unitCost: baht(35),
      quantity: null,
      quantityUnit: "คน",
      statedAmount: baht(700),
      invalid: { quantity: "abc" },
      notNumbers: ["abc"],
    });
    expect(parse("ค่าอาหาร ? คน x 35 บาท x 2 มื้อ = 700 บาท")).toMatchObject({
      item: "ค่าอาหาร",
      unitCost: baht(35),
      quantity: null,
      times: 2,
      invalid: { quantity: "?" },
    });
    expect(parse("ค่าอาหาร 20 คน x 35 บาท x - มื้อ")).toMatchObject({ quantity: 20, times: null, invalid: { times: "-" }, timesUnit: "มื้อ" });
    expect(parse("ค่าอาหาร 35 x abc = 700")).toMatchObject({ unitCost: baht(35), invalid: { quantity: "abc" }, statedAmount: baht(700) });
    // a paper size is not a bad factor
    expect(parse("ค่ากระดาษ A4 x 5 รีม = 500 บาท")).toMatchObject({ item: "ค่ากระดาษ A4", quantity: 5, statedAmount: baht(500) });
    expect(parse("ค่ากระดาษ A4 x 5 รีม = 500 บาท")!.invalid).toBeUndefined();
  });

  test("a line without numbers is not a budget line", () => {
    expect(parse("- ค่าใช้สอย")).toBeNull();
    expect(parse("")).toBeNull();
  });
});

describe("units decide, not position (property)", () => {
  const group = (n: number) => n.toLocaleString("en-US");
  test("any order of unit cost, quantity and times, any connector, Thai or Arabic digits, dotted noise", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom("คน", "ท่าน", "ชุด", "เล่ม", "โล่", "อัน", "ชิ้น", "แผ่น", "คัน", "รางวัล", "รูป"),
        fc.constantFrom("มื้อ", "วัน", "ครั้ง", "คืน", "ชั่วโมง", "เดือน", "รุ่น"),
        fc.constantFrom(" x ", " × ", "/", " * ", " "),
        fc.constantFrom([0, 1, 2], [0, 2, 1], [1, 0, 2], [1, 2, 0], [2, 0, 1], [2, 1, 0]),
        fc.boolean(),
        fc.boolean(),
        fc.constantFrom("ค่าอาหาร", "ค่าเช่ารถ", "ค่าตอบแทนวิทยากร", "- ค่าจัดทำเอกสาร", "ค่าของรางวัล"),
        (cost, qty, times, qu, tu, sep, order, thai, dots, item) => {
          const d = (n: number) => (dots ? `...${group(n)}..` : group(n));
          const segs = [`${d(cost)} บาท`, `${d(qty)} ${qu}`, `${d(times)} ${tu}`];
          const body = order.map((i) => segs[i]).join(sep);
          let line = `${item} ${body} เป็นเงิน ${d(cost * qty * times)} บาท`;
          if (thai) line = toThaiDigits(line);
          const p = parse(line);
          expect(p).not.toBeNull();
          expect(p!.unitCost).toBe(baht(cost));
          expect(p!.quantity).toBe(qty);
          expect(p!.quantityUnit).toBe(qu);
          expect(p!.times).toBe(times);
          expect(p!.timesUnit).toBe(tu === "ชั่วโมง" ? "ชั่วโมง" : tu);
          expect(p!.statedAmount).toBe(baht(cost * qty * times));
          expect(p!.item).toBe(item.replace(/^- /, ""));
        },
      ),
      { numRuns: 500 },
    );
  });

  test("per-unit phrasing: ๆ ละ and X ละ in any of their usual orders", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.integer({ min: 1, max: 500 }),
        fc.integer({ min: 1, max: 10 }),
        fc.constantFrom("คน", "ชุด", "เล่ม", "โล่", "ชิ้น"),
        fc.constantFrom("มื้อ", "วัน", "ครั้ง", "คืน"),
        fc.integer({ min: 0, max: 2 }),
        (cost, qty, times, qu, tu, shape) => {
          const body = [
            `จำนวน ${qty} ${qu} ๆ ละ ${times} ${tu} ๆ ละ ${group(cost)} บาท`,
            `${qu}ละ ${group(cost)} บาท จำนวน ${qty} ${qu} ${times} ${tu}`,
            `${qty} ${qu} ${qu}ละ ${times} ${tu} ${tu}ละ ${group(cost)} บาท`,
          ][shape];
          const p = parse(`ค่าใช้จ่าย ${body} เป็นเงิน ${group(cost * qty * times)} บาท`);
          expect(p).toMatchObject({
            item: "ค่าใช้จ่าย",
            unitCost: baht(cost),
            quantity: qty,
            times,
            statedAmount: baht(cost * qty * times),
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});
