// Issue 17: rate rules with the right scope. Each point has a line from a realistic plan that is lawful
// (no finding) and one that must be flagged, judged with the bundled rate book.
import fc from "fast-check";
import type { BudgetLine, MonthRef, Project } from "../../../../src/core/model";
import type { Finding } from "../../../../src/core/findings";
import { defaultRateBook, validatePlan } from "../../../../src/core/validation/engine";
import { B, activity, line, plan } from "../helpers";

const RATE_RULES = ["rate-over-ceiling", "rate-ceiling-unknown", "rate-unknown-category"] as const;
const feb60: MonthRef = { year: 2560, month: 2 };

interface Case {
  activityName: string;
  lines: Partial<BudgetLine>[];
  project?: Partial<Project>;
  month?: MonthRef;
}

function check(c: Case): Finding[] {
  const m = c.month ?? feb60;
  const p = plan({
    project: { name: "โครงการพัฒนาคุณภาพการศึกษา", venue: "gov", trainingType: "unknown", staffLevel: "standard", ...c.project },
    activities: [activity({ id: "1", name: c.activityName, start: m, end: m })],
    budgetLines: c.lines.map((l) => line({ activityId: "1", ...l })),
  });
  return validatePlan(p, { rateBook: defaultRateBook(), only: [...RATE_RULES] });
}

const over = (f: Finding[]) => f.filter((x) => x.rule === "rate-over-ceiling");

describe("1. meetings vs training: training food per person per day, all meals together", () => {
  const TRAINING = "อบรมเชิงปฏิบัติการการจัดการเรียนรู้เชิงรุก (Active Learning) ครูผู้สอน";

  it("passes a 150-baht lunch in a training (under 400 a day, not all meals), which the meeting rule would flag", () => {
    const lines = [
      { item: "ค่าอาหารกลางวัน ผู้เข้ารับการอบรม", unitCost: B(150), quantity: 60, quantityUnit: "คน", times: 2, timesUnit: "มื้อ" },
      { item: "ค่าอาหารว่างและเครื่องดื่ม", unitCost: B(35), quantity: 60, quantityUnit: "คน", times: 4, timesUnit: "มื้อ" },
    ];
    expect(check({ activityName: TRAINING, lines })).toEqual([]);
    // the same lunch at a meeting is over the 120-baht meal (a warning: the head of the agency may allow more)
    const atMeeting = [{ ...lines[0], item: "ค่าอาหารกลางวัน" }, lines[1]];
    const meeting = over(check({ activityName: "ประชุมคณะกรรมการสถานศึกษาขั้นพื้นฐาน ครั้งที่ 1/2560", lines: atMeeting }));
    expect(meeting).toHaveLength(1);
    expect(meeting[0]).toMatchObject({ severity: "warning", expected: B(120), actual: B(150) });
  });

  it("flags lunch + dinner of 550 a day in a type ข training at a government venue (not all meals: 400) as an error", () => {
    const f = over(
      check({
        activityName: TRAINING,
        project: { trainingType: "b" },
        lines: [
          { item: "ค่าอาหารกลางวัน", unitCost: B(250), quantity: 60, quantityUnit: "คน", times: 2, timesUnit: "มื้อ" },
          { item: "ค่าอาหารเย็น", unitCost: B(300), quantity: 60, quantityUnit: "คน", times: 2, timesUnit: "มื้อ" },
          { item: "ค่าอาหารว่างและเครื่องดื่ม", unitCost: B(35), quantity: 60, quantityUnit: "คน", times: 4, timesUnit: "มื้อ" },
        ],
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ severity: "error", expected: B(400), actual: B(550), activityId: "1" });
    expect(f[0].message.th).toContain("ต่อคนต่อวันรวมทุกมื้อ");
    expect(f[0].message.th).toContain("กค 0406.4/ว 5");
    expect(f[0].message.en).toContain("per person per day");
  });

  it("names lines under no activity as such (a hand-made table with no headings), never a blank activity number", () => {
    const p = plan({
      project: { name: "โครงการประชุมเชิงปฏิบัติการพัฒนาหลักสูตร", venue: "gov", trainingType: "b", staffLevel: "standard", periodStart: feb60, periodEnd: feb60 },
      activities: [],
      budgetLines: [
        line({ activityId: "", item: "ค่าอาหารกลางวัน", unitCost: B(250), quantity: 40, quantityUnit: "คน", times: 3, timesUnit: "มื้อ", month: feb60 }),
        line({ activityId: "", item: "ค่าอาหารเย็น", unitCost: B(300), quantity: 40, quantityUnit: "คน", times: 3, timesUnit: "มื้อ", month: feb60 }),
      ],
    });
    const f = validatePlan(p, { rateBook: defaultRateBook() });
    const food = over(f).filter((x) => x.message.th.includes("ค่าอาหารการฝึกอบรม"));
    expect(food).toHaveLength(1);
    expect(food[0].message.th).toContain("รายการที่ไม่ได้แยกกิจกรรม");
    expect(food[0].message.en).toContain("the lines under no activity");
    for (const x of f) {
      expect(x.message.th).not.toMatch(/กิจกรรมที่\s*(?![\s\d๐-๙])|กิจกรรมที่\s+(?=[\s:]|$)/);
      expect(x.message.en).not.toMatch(/activity\s+(?=[\s:]|$)/);
    }
  });

  it("counts a 3-day residential training by the day (breakfast, lunch, dinner → all meals: 600)", () => {
    const lines = (dinner: number) => [
      { item: "ค่าอาหารเช้า", unitCost: B(100), quantity: 40, quantityUnit: "คน", times: 2, timesUnit: "มื้อ" },
      { item: "ค่าอาหารกลางวัน", unitCost: B(200), quantity: 40, quantityUnit: "คน", times: 3, timesUnit: "มื้อ" },
      { item: "ค่าอาหารเย็น", unitCost: B(dinner), quantity: 40, quantityUnit: "คน", times: 2, timesUnit: "มื้อ" },
    ];
    const name = "ค่ายพัฒนาศักยภาพครูแกนนำ (พักค้างคืน 3 วัน 2 คืน) สัมมนา";
    expect(check({ activityName: name, project: { trainingType: "b" }, lines: lines(300) })).toEqual([]);
    const f = over(check({ activityName: name, project: { trainingType: "b" }, lines: lines(600) }));
    expect(f).toHaveLength(1);
    // per day: 100×2/3 + 200 + 600×2/3 = 666.67 > 600
    expect(f[0]).toMatchObject({ expected: B(600), actual: 66667 });
  });

  it("reads the training from the item, the activity, the project or the training-type field", () => {
    const lunch = [{ item: "ค่าอาหารกลางวัน ผู้เข้ารับการอบรม", unitCost: B(200), quantity: 30, times: 1 }];
    expect(check({ activityName: "ดำเนินงานตามแผน", lines: lunch })).toEqual([]);
    const plain = [{ item: "ค่าอาหารกลางวัน", unitCost: B(200), quantity: 30, times: 1 }];
    expect(check({ activityName: "ดำเนินงานตามแผน", project: { name: "โครงการสัมมนาวิชาการ" }, lines: plain })).toEqual([]);
    expect(check({ activityName: "ดำเนินงานตามแผน", project: { trainingType: "b" }, lines: plain })).toEqual([]);
    // a workshop (ประชุมปฏิบัติการ) is a training even when the item says ผู้เข้าร่วมประชุม
    const ws = [{ item: "ค่าอาหารกลางวันผู้เข้าร่วมประชุม", unitCost: B(200), quantity: 30, times: 1 }];
    expect(check({ activityName: "ประชุมปฏิบัติการจัดทำแผนปฏิบัติการประจำปี", lines: ws })).toEqual([]);
    // nothing says training: judged per meal, a warning that says how to state the training
    const f = over(check({ activityName: "ดำเนินงานตามแผน", lines: plain }));
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message.th).toContain("ถ้าเป็นการฝึกอบรม");
  });

  it("judges a per-day food price as it is (ค่าอาหาร วันละ …)", () => {
    const day = (baht: number) => [{ item: `ค่าอาหาร ๓ มื้อ วันละ ${baht} บาท`, unitCost: B(baht), quantity: 30, quantityUnit: "คน", times: 2, timesUnit: "วัน" }];
    expect(check({ activityName: "อบรมครูปฐมวัย", project: { trainingType: "b" }, lines: day(600) })).toEqual([]);
    expect(over(check({ activityName: "อบรมครูปฐมวัย", project: { trainingType: "b" }, lines: day(700) }))).toMatchObject([
      { severity: "error", expected: B(600), actual: B(700) },
    ]);
  });

  it("is a warning when the training type had to be assumed (type ก allows more)", () => {
    const f = over(
      check({
        activityName: "อบรมผู้บริหารสถานศึกษา",
        lines: [{ item: "ค่าอาหารกลางวัน", unitCost: B(500), quantity: 30, times: 1, timesUnit: "มื้อ" }],
      }),
    );
    expect(f).toHaveLength(1);
    expect(f[0].severity).toBe("warning");
    expect(f[0].message.th).toContain("ฝึกอบรมประเภท ข");
  });

  it("property: a training's lunch + snacks pass exactly when the lunch is within the day ceiling", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 900 }), fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 200 }), (lunch, days, people) => {
        const f = over(
          check({
            activityName: "ประชุมเชิงปฏิบัติการพัฒนาหลักสูตรสถานศึกษา",
            project: { trainingType: "b" },
            lines: [
              { item: "ค่าอาหารกลางวัน", unitCost: B(lunch), quantity: people, quantityUnit: "คน", times: days, timesUnit: "มื้อ" },
              { item: "ค่าอาหารว่างและเครื่องดื่ม", unitCost: B(35), quantity: people, quantityUnit: "คน", times: days * 2, timesUnit: "มื้อ" },
            ],
          }),
        );
        expect(f.length).toBe(lunch > 400 ? 1 : 0);
      }),
      { numRuns: 60 },
    );
  });
});

describe("2. shared rooms priced per room are compared per person; travel lodging +25% band", () => {
  const TRAINING = "อบรมพัฒนาครูแกนนำ (พักค้างคืน)";

  it("reads ห้องพักคู่ … ห้องละ 1,800 as 900 a person (training ข shared: 900)", () => {
    const room = (price: number) => [
      { item: `ค่าที่พัก (ห้องพักคู่) ห้องละ ${price.toLocaleString("en-US")} บาท`, unitCost: B(price), quantity: 30, quantityUnit: "ห้อง", times: 2, timesUnit: "คืน" },
    ];
    expect(check({ activityName: TRAINING, project: { trainingType: "b" }, lines: room(1800) })).toEqual([]);
    const f = over(check({ activityName: TRAINING, project: { trainingType: "b" }, lines: room(2000) }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ expected: B(900), actual: B(1000) });
    expect(f[0].message.th).toContain("ห้องพักคู่ ราคาห้องละ 2,000 บาท = คนละ 1,000 บาท");
  });

  it("travel: a shared room at 1,700 a room is 850 a person (lawful)", () => {
    const lines = [{ item: "ค่าเช่าที่พักเดินทางไปราชการ ห้องพักคู่ ห้องละ 1,700 บาท", unitCost: B(1700), quantity: 2, times: 1 }];
    expect(check({ activityName: "นิเทศ ติดตาม การดำเนินงานของสถานศึกษา", lines })).toEqual([]);
  });

  it("travel: up to 125% of the ceiling is a warning (approval in high-cost areas), above it an error", () => {
    const lodging = (baht: number) => [{ item: "ค่าเช่าที่พัก", unitCost: B(baht), quantity: 2, quantityUnit: "คน", times: 2, timesUnit: "คืน" }];
    const name = "นิเทศ ติดตาม การดำเนินงานของสถานศึกษา";
    expect(check({ activityName: name, lines: lodging(1500) })).toEqual([]);
    const band = over(check({ activityName: name, lines: lodging(1800) }));
    expect(band).toMatchObject([{ severity: "warning", expected: B(1500), actual: B(1800) }]);
    expect(band[0].message.th).toContain("ไม่เกิน 25%");
    expect(over(check({ activityName: name, lines: lodging(1875) }))[0].severity).toBe("warning");
    const beyond = over(check({ activityName: name, lines: lodging(1876) }));
    expect(beyond).toMatchObject([{ severity: "error", expected: B(1500), actual: B(1876) }]);
    expect(beyond[0].message.en).toContain("beyond the 25%");
  });

  it("property: a shared room priced per room is flagged exactly when half the price is over 900", () => {
    fc.assert(
      fc.property(fc.integer({ min: 100, max: 4000 }), (price) => {
        const f = over(
          check({
            activityName: TRAINING,
            project: { trainingType: "b" },
            lines: [{ item: "ค่าที่พักผู้เข้าอบรม ห้องคู่ ห้องละ", unitCost: B(price), quantity: 10, quantityUnit: "ห้อง", times: 1 }],
          }),
        );
        expect(f.length).toBe(Math.round(B(price) / 2) > B(900) ? 1 : 0);
      }),
      { numRuns: 80 },
    );
  });
});

describe("3. speaker fees", () => {
  const TRAINING = "อบรมเชิงปฏิบัติการการวัดและประเมินผลการเรียนรู้";

  it("a speaker of unstated type is judged against the outside-speaker rate: 1,200 passes, 1,500 is flagged", () => {
    const fee = (baht: number) => [{ item: "ค่าตอบแทนวิทยากร", unitCost: B(baht), quantity: 1, quantityUnit: "คน", times: 6, timesUnit: "ชั่วโมง" }];
    expect(check({ activityName: TRAINING, project: { trainingType: "b" }, lines: fee(1200) })).toEqual([]);
    const f = over(check({ activityName: TRAINING, project: { trainingType: "b" }, lines: fee(1500) }));
    expect(f).toMatchObject([{ severity: "warning", expected: B(1200), actual: B(1500) }]);
    expect(f[0].message.th).toContain("ไม่ระบุประเภทวิทยากร");
  });

  it("a government speaker at 800 in a type ข training is flagged (600)", () => {
    const lines = [{ item: "ค่าสมนาคุณวิทยากร (ข้าราชการ)", unitCost: B(800), quantity: 1, times: 3 }];
    expect(over(check({ activityName: TRAINING, project: { trainingType: "b" }, lines }))).toMatchObject([{ expected: B(600) }]);
  });

  it("a training for outside people (a student camp) uses the ข rates even in a type ก project", () => {
    const fee = (baht: number) => [{ item: "ค่าตอบแทนวิทยากรภายนอก", unitCost: B(baht), quantity: 2, quantityUnit: "คน", times: 6, timesUnit: "ชั่วโมง" }];
    const camp = "ค่ายวิชาการพัฒนาทักษะการอ่านนักเรียนชั้นประถมศึกษาปีที่ 6";
    expect(check({ activityName: camp, project: { trainingType: "a" }, lines: fee(1200) })).toEqual([]);
    const f = over(check({ activityName: camp, project: { trainingType: "a" }, lines: fee(1600) }));
    expect(f).toMatchObject([{ expected: B(1200), actual: B(1600) }]);
    expect(f[0].message.th).toContain("ฝึกอบรมบุคคลภายนอก ใช้อัตราประเภท ข");
    // the same fee in a type ก training of executives is lawful
    expect(check({ activityName: "อบรมผู้บริหารสถานศึกษา", project: { trainingType: "a" }, lines: fee(1600) })).toEqual([]);
  });
});

describe("4. snacks 35 / 50 are warnings, sourced to the Cabinet resolution of 5 Feb 2556", () => {
  it("35 at a government venue passes; 50 is a warning citing the resolution", () => {
    const snack = (baht: number) => [{ item: "ค่าอาหารว่างและเครื่องดื่ม", unitCost: B(baht), quantity: 50, quantityUnit: "คน", times: 2, timesUnit: "มื้อ" }];
    const name = "ประชุมผู้ปกครองนักเรียน ภาคเรียนที่ 2";
    expect(check({ activityName: name, lines: snack(35) })).toEqual([]);
    const f = over(check({ activityName: name, lines: snack(50) }));
    expect(f).toMatchObject([{ severity: "warning", expected: B(35), actual: B(50) }]);
    // the number that matters first, the source short; the rule id leads to the full source
    expect(f[0].message.th).toMatch(/^ราคาต่อหน่วยเกินอัตรา: "ค่าอาหารว่างและเครื่องดื่ม" 50 บาท\/คน\/มื้อ เกินเพดาน 35 บาท/);
    expect(f[0].message.th).toContain("ตาม มติ ครม. 5 ก.พ. 2556 ");
    expect(f[0].message.th).toContain("ความเชื่อมั่นปานกลาง");
    expect(f[0].message.th.length).toBeLessThan(300);
    expect(f[0].rateRule).toBe("snack-gov");
    expect(check({ activityName: name, project: { venue: "private" }, lines: snack(50) })).toEqual([]);
  });
});

describe("5. the 2568 change: ว 5 in force 14 Jan 2556 – 31 Oct 2568, no food/lodging ceiling guessed after", () => {
  const TRAINING = "อบรมเชิงปฏิบัติการพัฒนาครูด้านการจัดการเรียนรู้";
  const food = [{ item: "ค่าอาหารกลางวัน", unitCost: B(500), quantity: 40, quantityUnit: "คน", times: 1, timesUnit: "มื้อ" }];

  it("October 2568 is still judged by ว 5", () => {
    expect(over(check({ activityName: TRAINING, project: { trainingType: "b" }, lines: food, month: { year: 2568, month: 10 } }))).toHaveLength(1);
  });

  it("December 2568: no over-ceiling finding, an info saying the ceiling is not known and how to enter it", () => {
    const f = check({ activityName: TRAINING, project: { trainingType: "b" }, lines: food, month: { year: 2568, month: 12 } });
    expect(over(f)).toEqual([]);
    const unknown = f.filter((x) => x.rule === "rate-ceiling-unknown");
    expect(unknown).toHaveLength(1);
    expect(unknown[0].severity).toBe("info");
    expect(unknown[0].message.th).toContain("ธ.ค. 2568");
    expect(unknown[0].message.th).toContain("ว 246");
    expect(unknown[0].message.th).toContain('แผ่นงาน "อัตรา"');
    expect(unknown[0].message.en).toContain('"Rates" sheet');
  });

  it("training lodging after October 2568 is not guessed either", () => {
    const lines = [{ item: "ค่าที่พักผู้เข้ารับการอบรม (ห้องพักคู่)", unitCost: B(2000), quantity: 40, times: 2 }];
    const f = check({ activityName: TRAINING, project: { trainingType: "b" }, lines, month: { year: 2569, month: 1 } });
    expect(over(f)).toEqual([]);
    expect(f.map((x) => x.rule)).toEqual(["rate-ceiling-unknown"]);
  });

  it("speaker fees stand after 31 Oct 2568", () => {
    const lines = [{ item: "ค่าตอบแทนวิทยากรภายนอก", unitCost: B(1500), quantity: 1, times: 6 }];
    expect(over(check({ activityName: TRAINING, project: { trainingType: "b" }, lines, month: { year: 2569, month: 2 } }))).toHaveLength(1);
  });

  it("a rate the user enters from 1 Nov 2568 is used", () => {
    const book = defaultRateBook().withRules([
      {
        id: "office-training-meals-b-gov-partial-2569",
        category: "training-meals",
        label: { th: "ค่าอาหารฝึกอบรม ข ไม่ครบทุกมื้อ (ว 246)", en: "Training meals B, not all meals (W246)" },
        unit: { th: "คน/วัน", en: "person/day" },
        ceiling: B(450),
        conditions: { venue: "gov", trainingType: "b", allMeals: false },
        effectiveFrom: "2025-11-01",
        source: { th: "หนังสือ กค 0408.4/ว 246 ลงวันที่ 31 ต.ค. 2568", en: "MoF letter 0408.4/W246 of 31 Oct 2025" },
        confidence: "high",
      },
    ]);
    const p = plan({
      project: { trainingType: "b", venue: "gov" },
      activities: [activity({ id: "1", name: TRAINING, start: { year: 2568, month: 12 }, end: { year: 2568, month: 12 } })],
      budgetLines: food.map((l) => line({ activityId: "1", ...l })),
    });
    const f = validatePlan(p, { rateBook: book, only: [...RATE_RULES] });
    expect(f).toMatchObject([{ rule: "rate-over-ceiling", severity: "error", expected: B(450), actual: B(500) }]);
  });
});

describe("6. overtime, taxi across provinces, per diem with meals provided, student lunch, actual-cost items", () => {
  it("overtime: 200 on a working day, 420 on a holiday", () => {
    const ot = (item: string, baht: number) => [{ item, unitCost: B(baht), quantity: 5, quantityUnit: "คน", times: 10, timesUnit: "วัน" }];
    const name = "จัดทำข้อมูลสารสนเทศโรงเรียน";
    expect(check({ activityName: name, lines: ot("ค่าตอบแทนการปฏิบัติงานนอกเวลาราชการ (วันทำการ)", 200) })).toEqual([]);
    expect(over(check({ activityName: name, lines: ot("ค่าตอบแทนการปฏิบัติงานนอกเวลาราชการ (วันทำการ)", 300) }))).toMatchObject([
      { severity: "warning", expected: B(200), actual: B(300) },
    ]);
    expect(check({ activityName: name, lines: ot("ค่าตอบแทนนอกเวลาราชการ วันหยุดราชการ", 420) })).toEqual([]);
    expect(over(check({ activityName: name, lines: ot("ค่าตอบแทนนอกเวลาราชการ วันหยุดราชการ", 500) }))).toMatchObject([{ expected: B(420) }]);
    // per hour: 50 on a working day
    const hourly = (baht: number) => [{ item: "ค่าตอบแทนนอกเวลาราชการ (วันทำการ)", unitCost: B(baht), quantity: 4, quantityUnit: "ชั่วโมง", times: 10, timesUnit: "วัน" }];
    expect(check({ activityName: name, lines: hourly(50) })).toEqual([]);
    expect(over(check({ activityName: name, lines: hourly(80) }))).toMatchObject([{ expected: B(50) }]);
  });

  it("taxi across provinces: 600 a trip to or through Bangkok, 500 otherwise", () => {
    const name = "ประชุมสัมมนาทางวิชาการ ณ กระทรวงศึกษาธิการ";
    const taxi = (item: string, baht: number) => [{ item, unitCost: B(baht), quantity: 2, quantityUnit: "เที่ยว", times: 1 }];
    expect(check({ activityName: name, lines: taxi("ค่ารถรับจ้างข้ามเขตจังหวัด ไป-กลับ กรุงเทพฯ", 600) })).toEqual([]);
    expect(over(check({ activityName: name, lines: taxi("ค่ารถรับจ้างข้ามเขตจังหวัด ไป-กลับ กรุงเทพฯ", 700) }))).toMatchObject([{ expected: B(600) }]);
    expect(over(check({ activityName: name, lines: taxi("ค่ารถรับจ้างข้ามเขตจังหวัด (ไม่ผ่านกรุงเทพฯ)", 550) }))).toMatchObject([{ expected: B(500) }]);
  });

  it("per diem in a training that provides lunch: 2/3 of 240 = 160", () => {
    const name = "อบรมปฏิบัติการการใช้เทคโนโลยีเพื่อการเรียนการสอน";
    const lines = (perDiem: number) => [
      { item: "ค่าอาหารกลางวัน", unitCost: B(120), quantity: 50, quantityUnit: "คน", times: 2, timesUnit: "มื้อ" },
      { item: "ค่าเบี้ยเลี้ยงผู้เข้ารับการอบรม", unitCost: B(perDiem), quantity: 50, quantityUnit: "คน", times: 2, timesUnit: "วัน" },
    ];
    expect(check({ activityName: name, project: { trainingType: "b" }, lines: lines(160) })).toEqual([]);
    const f = over(check({ activityName: name, project: { trainingType: "b" }, lines: lines(240) }));
    expect(f).toMatchObject([{ severity: "warning", expected: B(160), actual: B(240) }]);
    // a meeting without meals: the full rate
    expect(check({ activityName: "ประชุมชี้แจงแนวทางการดำเนินงาน", lines: [lines(240)[1]] })).toEqual([]);
  });

  it("student lunch: 20 a pupil a day in FY2560, 22–36 by school size from FY2566", () => {
    const name = "จัดอาหารกลางวันให้นักเรียนชั้นอนุบาล–ประถมศึกษาปีที่ 6";
    const lunch = (baht: number) => [{ item: "ค่าอาหารกลางวันนักเรียน", unitCost: B(baht), quantity: 120, quantityUnit: "คน", times: 200, timesUnit: "วัน" }];
    expect(check({ activityName: name, lines: lunch(20) })).toEqual([]);
    expect(over(check({ activityName: name, lines: lunch(25) }))).toMatchObject([{ severity: "warning", expected: B(20) }]);
    expect(check({ activityName: name, lines: lunch(22), month: { year: 2567, month: 6 } })).toEqual([]);
  });

  it("a pupils' lunch in a field trip, sports day or camp is the activity's meal, not the school-lunch subsidy", () => {
    const at2568: MonthRef = { year: 2568, month: 1 };
    for (const [activityName, item] of [
      ["ทัศนศึกษาแหล่งเรียนรู้ภายนอกโรงเรียน", "ค่าอาหารกลางวันนักเรียนและครู"],
      ["ทัศนศึกษาพิพิธภัณฑ์", "ค่าอาหารกลางวันนักเรียน"],
      ["แข่งขันกีฬาสีภายใน", "ค่าอาหารกลางวันสำหรับนักเรียน"],
      ["ทัศนศึกษา", "ค่าอาหารกลางวันเด็กนักเรียนและผู้ปกครอง"],
    ]) {
      const lines = [{ item, unitCost: B(70), quantity: 50, quantityUnit: "คน", times: 1, timesUnit: "วัน" }];
      expect(check({ activityName, lines, month: at2568 })).toEqual([]);
    }
    // the programme itself keeps its rate (36 a pupil a day from FY2566)
    const programme = { item: "ค่าอาหารกลางวันนักเรียน", unitCost: B(40), quantity: 120, quantityUnit: "คน", times: 200, timesUnit: "วัน" };
    expect(over(check({ activityName: "บริการอาหารกลางวันนักเรียน", lines: [programme], month: at2568 }))).toMatchObject([{ expected: B(36) }]);
    expect(over(check({ activityName: "ส่งเสริมสุขภาพ", project: { name: "โครงการอาหารกลางวัน" }, lines: [programme], month: at2568 }))).toHaveLength(1);
  });

  it("vehicle hire, fuel, venue rent and photocopying are recognised and never flagged", () => {
    const lines = [
      { item: "ค่าเช่ารถตู้ พร้อมน้ำมันเชื้อเพลิง", unitCost: B(2500), quantity: 3, quantityUnit: "คัน", times: 2, timesUnit: "วัน" },
      { item: "ค่าเช่าเหมารถบัสปรับอากาศ", unitCost: B(18000), quantity: 2, quantityUnit: "คัน", times: 1 },
      { item: "ค่าน้ำมันเชื้อเพลิง", unitCost: B(35), quantity: 400, quantityUnit: "ลิตร", times: 1 },
      { item: "ค่าเช่าห้องประชุม โรงแรม", unitCost: B(15000), quantity: 1, times: 2, timesUnit: "วัน" },
      { item: "ค่าถ่ายเอกสารประกอบการอบรม", unitCost: B(150), quantity: 60, quantityUnit: "ชุด", times: 1 },
    ];
    expect(check({ activityName: "ศึกษาดูงานโรงเรียนต้นแบบ", project: { trainingType: "b" }, lines })).toEqual([]);
  });
});

describe("7. every rate finding cites its source, dates in force and confidence in Thai and English", () => {
  it("over-ceiling messages", () => {
    const f = over(
      check({
        activityName: "ประชุมคณะกรรมการ",
        lines: [
          { item: "ค่าอาหารว่างและเครื่องดื่ม", unitCost: B(50), quantity: 10, times: 1 },
          { item: "ค่าตอบแทนนอกเวลาราชการ (วันทำการ)", unitCost: B(300), quantity: 1, times: 1 },
        ],
      }),
    );
    expect(f).toHaveLength(2);
    for (const x of f) {
      expect(x.message.th).toMatch(/ตาม .+ (ใช้บังคับ|ไม่ระบุวันที่ใช้บังคับ).* ความเชื่อมั่น(สูง|ปานกลาง|ต่ำ|ยังไม่ยืนยัน)/);
      expect(x.message.en).toMatch(/under .+, (in force|no in-force dates).*, confidence (high|medium|low|unconfirmed)/);
    }
  });

  it("unconfirmed and low-confidence rules only warn", () => {
    const f = over(
      check({
        activityName: "อบรมครูที่โรงแรม",
        project: { venue: "private", trainingType: "b" },
        lines: [{ item: "ค่าอาหาร วันละ", unitCost: B(1000), quantity: 10, times: 1 }],
      }),
    );
    expect(f).toMatchObject([{ severity: "warning", expected: B(950) }]);
  });
});

describe("issue 9, item 5: food that is not a meal", () => {
  it("chicken feed at 450 a sack is never checked against a meal ceiling", () => {
    const lines = [{ item: "ค่าอาหารไก่ไข่", unitCost: B(450), quantity: 12, quantityUnit: "กระสอบ", times: 1 }];
    expect(check({ activityName: "เลี้ยงไก่ไข่เพื่ออาหารกลางวัน", lines })).toEqual([]);
  });

  it("an unsure food item is an info (rate-unknown-category), never an error", () => {
    const f = check({ activityName: "ประชุมคณะทำงาน", lines: [{ item: "ค่าอาหารหมักชีวภาพ", unitCost: B(900), quantity: 2, times: 1 }] });
    expect(f.map((x) => [x.rule, x.severity])).toEqual([["rate-unknown-category", "info"]]);
  });

  it("a meal and snacks priced together at a meeting: info, not an over-ceiling warning", () => {
    const f = check({ activityName: "ประชุมคณะทำงาน", lines: [{ item: "ค่าอาหารกลางวันและอาหารว่าง", unitCost: B(170), quantity: 20, times: 1 }] });
    expect(f.map((x) => [x.rule, x.severity])).toEqual([["rate-unknown-category", "info"]]);
  });
});
