/**
 * A memo (บันทึกข้อความ ขออนุมัติโครงการ) that states the project's facts in its sentences: the allocation
 * ("ซึ่งได้รับจัดสรรงบประมาณ 15,000 บาท"), the person responsible ("ผู้รับผิดชอบโครงการ นายธนากร บุญมา", up to the
 * next field word), the period ("ระยะเวลาดำเนินการ พฤศจิกายน 2568 – ธันวาคม 2568", "ตั้งแต่ … ถึง …", "ภายในเดือน …"),
 * then numbered activity lines with their months and owners, then the budget as numbered prose lines for the
 * whole project. (Seventh blind test, f02: none of it was read, the over-allocation was missed and a made-up
 * activity was said to have no months.)
 */
import { importProjectText } from "../../src/import";
import { checkProjectText } from "../../src/import/check";
import { allocatedInSentence, namesAt, ownerInSentence, subjectBudget } from "../../src/import/proseFields";
import { isActivityLine, listsActivities } from "../../src/import/memoActivities";
import { prosePeriod } from "../../src/import/prose";
import { bahtToSatang } from "../../src/core/money";

const baht = (n: number) => bahtToSatang(n);

function memo(opening: string[], activities: string[], lines: string[], total: string, subject = "เรื่อง ขออนุมัติโครงการแข่งขันทักษะวิชาการ ประจำปีงบประมาณ 2569") {
  return [
    "บันทึกข้อความ",
    "ส่วนราชการ โรงเรียนบ้านหนองบัววิทยา",
    subject,
    "เรียน ผู้อำนวยการโรงเรียนบ้านหนองบัววิทยา",
    ...opening,
    ...activities,
    "",
    "ในการนี้ จึงขออนุมัติใช้งบประมาณ รายละเอียดดังนี้",
    ...lines,
    total,
    "จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ",
  ].join("\n");
}

const OPENING =
  "ด้วยกลุ่มสาระการเรียนรู้คณิตศาสตร์ มีความประสงค์จะนำนักเรียนเข้าร่วมการแข่งขัน ซึ่งได้รับจัดสรรงบประมาณ 15,000 บาท ผู้รับผิดชอบโครงการ นายธนากร บุญมา ระยะเวลาดำเนินการ พฤศจิกายน 2568 – ธันวาคม 2568 โดยมีกิจกรรมดังนี้";
const ACTIVITIES = ["1. คัดเลือกนักเรียนตัวแทน พฤศจิกายน 2568 นายธนากร บุญมา", "2. ฝึกซ้อมนักเรียน พฤศจิกายน 2568 นายธนากร บุญมา", "3. นำนักเรียนเข้าร่วมการแข่งขัน ธันวาคม 2568 นางสาวสุดา ใจดี"];
const LINES = ["1. ค่าเบี้ยเลี้ยงครูผู้ควบคุม จำนวน 4 คน คนละ 2 วัน วันละ 240 บาท เป็นเงิน 1,920 บาท", "2. ค่าอาหารนักเรียน จำนวน 12 คน คนละ 3 มื้อ มื้อละ 60 บาท เป็นเงิน 2,160 บาท"];

describe("a memo's sentences", () => {
  test("allocation, owner and period in one paragraph; activities with months; lines for the whole project", () => {
    const r = importProjectText(memo([OPENING], ACTIVITIES, LINES, "รวมเป็นเงินทั้งสิ้น 4,080 บาท"));
    const p = r.plan.project;
    expect(p.allocation).toBe(baht(15000));
    expect(p.owner).toBe("นายธนากร บุญมา");
    expect([p.periodStart, p.periodEnd]).toEqual([
      { year: 2568, month: 11 },
      { year: 2568, month: 12 },
    ]);
    expect(p.statedTotal).toBe(baht(4080));
    expect(r.sources.allocation).toBe(5);
    expect(r.sources.owner).toBe(5);
    expect(r.sources.period).toBe(5);
    expect(r.plan.activities.map((a) => [a.name, a.start, a.end, a.owners])).toEqual([
      ["คัดเลือกนักเรียนตัวแทน", { year: 2568, month: 11 }, { year: 2568, month: 11 }, ["นายธนากร บุญมา"]],
      ["ฝึกซ้อมนักเรียน", { year: 2568, month: 11 }, { year: 2568, month: 11 }, ["นายธนากร บุญมา"]],
      ["นำนักเรียนเข้าร่วมการแข่งขัน", { year: 2568, month: 12 }, { year: 2568, month: 12 }, ["นางสาวสุดา ใจดี"]],
    ]);
    const codes = r.problems.map((x) => [x.code, x.line]);
    expect(codes).toEqual(
      expect.arrayContaining([
        ["allocation-from-prose", 5],
        ["owner-from-prose", 5],
        ["period-from-prose", 5],
        ["lines-for-project", 11],
      ]),
    );
    // no activity is made up from the subject
    expect(r.problems.map((x) => x.code)).not.toContain("activities-from-blocks");
    expect(r.problems.map((x) => x.code)).not.toContain("activity-from-project");
  });

  test("lines over the allocation stated in prose: over-allocation at the sentence's line, nothing else above a note", () => {
    const lines = [...LINES, "3. ค่าเช่าที่พัก (เดินทางไปราชการ) ห้องพักคู่ จำนวน 8 ห้อง ห้องละ 1,200 บาท จำนวน 1 คืน เป็นเงิน 9,600 บาท", "4. ค่าจ้างเหมารถตู้ไป-กลับ วันละ 1,800 บาท จำนวน 2 วัน เป็นเงิน 3,600 บาท"];
    const c = checkProjectText(memo([OPENING], ACTIVITIES, lines, "รวมเป็นเงินทั้งสิ้น 17,280 บาท"));
    const serious = c.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.line]);
    expect(serious).toEqual([["over-allocation", 5]]);
  });

  test("the amount requested is not the allocation when the allocation is said as such", () => {
    const opening = ["ด้วยงานห้องสมุดได้รับจัดสรรงบประมาณ 20,000 บาท เพื่อจัดกิจกรรมส่งเสริมการอ่าน ระยะเวลาดำเนินการ มกราคม – กุมภาพันธ์ 2569"];
    const r = importProjectText(memo(opening, [], LINES, "รวมเป็นเงินทั้งสิ้น 4,080 บาท").replace("จึงขออนุมัติใช้งบประมาณ รายละเอียดดังนี้", "จึงขออนุมัติใช้งบประมาณ จำนวน 4,080 บาท รายละเอียดดังนี้"));
    expect(r.plan.project.allocation).toBe(baht(20000));
    expect(r.problems.filter((p) => p.code === "allocation-from-prose").map((p) => p.line)).toEqual([5, 7]);
  });

  test("a prose total is the stated total, not the allocation; with no allocation anywhere a note says none was found", () => {
    const opening = ["ด้วยงานกิจการนักเรียนจะจัดกิจกรรมวันครู ในวันที่ 16 มกราคม 2569 ณ หอประชุมโรงเรียน โดยมีนางสาวปราณี รักดี เป็นผู้รับผิดชอบโครงการ"];
    const c = checkProjectText(memo(opening, [], LINES, "รวมเป็นเงินทั้งสิ้น 4,080 บาท"));
    expect(c.plan.project.allocation).toBeUndefined();
    expect(c.plan.project.statedTotal).toBe(baht(4080));
    expect(c.plan.project.owner).toBe("นางสาวปราณี รักดี");
    expect(c.findings.map((f) => f.rule)).not.toContain("over-allocation");
    expect(c.problems.find((p) => p.code === "no-allocation")?.line).toBe(10);
    expect(c.findings.filter((f) => f.severity !== "info")).toEqual([]);
  });

  test("the subject line's budget is the allocation and leaves the name", () => {
    const r = importProjectText(memo([], [], LINES, "รวมเป็นเงินทั้งสิ้น 4,080 บาท", "เรื่อง ขออนุมัติโครงการค่ายคณิตศาสตร์ ประจำปีงบประมาณ 2569 งบประมาณ 12,000 บาท"));
    expect(r.plan.project.name).toBe("ค่ายคณิตศาสตร์ ประจำปีงบประมาณ 2569");
    expect(r.plan.project.allocation).toBe(baht(12000));
    expect(r.plan.project.fiscalYear).toBe(2569);
  });

  test("a deadline ('ภายในเดือนธันวาคม 2568') is the end of a period from the start of its fiscal year", () => {
    const opening = ["ด้วยกลุ่มบริหารวิชาการจะนำนักเรียนเข้าร่วมการแข่งขัน ให้แล้วเสร็จภายในเดือนธันวาคม 2568"];
    const r = importProjectText(memo(opening, [], LINES, "รวมเป็นเงินทั้งสิ้น 4,080 บาท"));
    expect([r.plan.project.periodStart, r.plan.project.periodEnd]).toEqual([
      { year: 2568, month: 10 },
      { year: 2568, month: 12 },
    ]);
  });

  test("a paragraph wrapped over two lines: the allocation line that also names the owner and announces the activities is read as a sentence", () => {
    const opening = ["ด้วยงานอาคารสถานที่ มีความประสงค์จะปรับปรุงภูมิทัศน์ของโรงเรียน ระยะเวลา พ.ย. – ธ.ค. 2568", "โดยใช้งบประมาณที่ได้รับจัดสรร 10,000 บาท ผู้รับผิดชอบโครงการ นายก้องภพ มั่นคง และนางวิไล แสงทอง มีกิจกรรมดังนี้"];
    const r = importProjectText(memo(opening, ["1. สำรวจจุดที่ต้องปรับปรุง พ.ย. 2568 นายก้องภพ มั่นคง", "2. รณรงค์ทำความสะอาด พ.ย. – ธ.ค. 2568"], LINES, "รวมเป็นเงินทั้งสิ้น 4,080 บาท"));
    expect(r.plan.project.allocation).toBe(baht(10000));
    expect(r.plan.project.owner).toBe("นายก้องภพ มั่นคง, นางวิไล แสงทอง");
    expect(r.plan.activities.map((a) => [a.name, a.start, a.end])).toEqual([
      ["สำรวจจุดที่ต้องปรับปรุง", { year: 2568, month: 11 }, { year: 2568, month: 11 }],
      ["รณรงค์ทำความสะอาด", { year: 2568, month: 11 }, { year: 2568, month: 12 }],
    ]);
  });

  test("Thai digits and short dates with 2-digit years", () => {
    const opening = ["ด้วยกลุ่มสาระการเรียนรู้ภาษาไทย ได้รับจัดสรรงบประมาณจากเงินอุดหนุนรายหัว จำนวน ๘,๐๐๐ บาท ผู้รับผิดชอบ นางสาวสุดา ใจดี ระยะเวลาดำเนินการ ๑ พ.ย. ๖๘ – ๓๑ ม.ค. ๖๙ โดยมีกิจกรรมดังนี้"];
    const r = importProjectText(memo(opening, ["๑. ประชุมชี้แจงครูผู้สอน ๕ พ.ย. ๖๘ นางสาวสุดา ใจดี", "๒. ประเมินการอ่าน ๒๐ ม.ค. ๖๙"], LINES, "รวมเป็นเงินทั้งสิ้น ๔,๐๘๐ บาท"));
    expect(r.plan.project.allocation).toBe(baht(8000));
    expect(r.plan.project.owner).toBe("นางสาวสุดา ใจดี");
    expect(r.plan.activities.map((a) => [a.start, a.end])).toEqual([
      [{ year: 2568, month: 11 }, { year: 2568, month: 11 }],
      [{ year: 2569, month: 1 }, { year: 2569, month: 1 }],
    ]);
  });
});

describe("other ways memos write the same facts", () => {
  test("bulleted activities with a labelled owner after 'กิจกรรมดังนี้'; the budget 'set in the plan'", () => {
    const opening = ["ด้วยงานเกษตร ตามแผนปฏิบัติการประจำปีงบประมาณ 2569 ได้ตั้งงบประมาณไว้ 6,000 บาท มีกิจกรรมดังนี้"];
    const acts = ["- เตรียมแปลงปลูกผัก ระหว่างวันที่ 1-5 ธ.ค. 2568 ผู้รับผิดชอบ นายสมหมาย ดีงาม", "- ปลูกและดูแลผัก ธ.ค. 2568 – ก.พ. 2569"];
    const r = importProjectText(memo(opening, acts, LINES, "รวมเป็นเงินทั้งสิ้น 4,080 บาท"));
    expect(r.plan.project.allocation).toBe(baht(6000));
    expect(r.plan.activities.map((a) => [a.id, a.name, a.start, a.end, a.owners])).toEqual([
      ["1", "เตรียมแปลงปลูกผัก", { year: 2568, month: 12 }, { year: 2568, month: 12 }, ["นายสมหมาย ดีงาม"]],
      ["2", "ปลูกและดูแลผัก", { year: 2568, month: 12 }, { year: 2569, month: 2 }, []],
    ]);
  });

  test("the allocation stated only in the closing request, after the budget lines", () => {
    const text = memo(["ด้วยกลุ่มบริหารวิชาการจะจัดงานวันวิชาการ ในวันที่ 16 มกราคม 2569"], [], LINES, "รวมเป็นเงินทั้งสิ้น 4,080 บาท").replace("จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ", "จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ ทั้งนี้โครงการนี้ได้รับจัดสรรงบประมาณ 4,000 บาท");
    const c = checkProjectText(text);
    expect(c.plan.project.allocation).toBe(baht(4000));
    expect(c.findings.filter((f) => f.severity !== "info").map((f) => [f.rule, f.line])).toEqual([["over-allocation", 11]]);
  });
});

describe("a paragraph typed with hard line breaks", () => {
  test("phrases cut at a line's end are read across the break, at the line that holds the value", () => {
    const opening = [
      "ด้วยกลุ่มสาระการเรียนรู้สุขศึกษาและพลศึกษา มีความประสงค์จะนำนักเรียนเข้าร่วมการแข่งขันกีฬา ซึ่งได้รับจัดสรร", // 5
      "งบประมาณ 15,000 บาท ผู้รับผิดชอบโครงการ นางสาวกมลา ทองดี ระยะเวลาดำเนินการ", // 6
      "พฤศจิกายน 2568 – ธันวาคม 2568", // 7
      "โดยมีกิจกรรมดังนี้", // 8
    ];
    const r = importProjectText(memo(opening, ["1. คัดเลือกนักกีฬา พฤศจิกายน 2568"], LINES, "รวมเป็นเงินทั้งสิ้น 4,080 บาท"));
    expect([r.plan.project.allocation, r.sources.allocation]).toEqual([baht(15000), 6]);
    expect([r.plan.project.owner, r.sources.owner]).toEqual(["นางสาวกมลา ทองดี", 6]);
    expect([r.plan.project.periodStart, r.plan.project.periodEnd, r.sources.period]).toEqual([{ year: 2568, month: 11 }, { year: 2568, month: 12 }, 7]);
    expect(r.plan.activities.map((a) => a.name)).toEqual(["คัดเลือกนักกีฬา"]);
  });
});

describe("the sentence readers", () => {
  test.each([
    ["ซึ่งได้รับจัดสรรงบประมาณ 15,000 บาท ผู้รับผิดชอบ", 15000],
    ["ได้รับการจัดสรรงบประมาณจากเงินอุดหนุน ปีงบประมาณ 2569 จำนวน 8,500.50 บาท", 8500.5],
    ["งบประมาณที่ได้รับ 9,000.- บาท ระยะเวลา", 9000],
    ["ภายในวงเงิน 5,000 บาท", 5000],
    ["ตามแผนปฏิบัติการ ได้ตั้งงบประมาณไว้ 6,000 บาท มีกิจกรรมดังนี้", 6000],
  ])("allocated: %s", (s, v) => expect(allocatedInSentence(s)).toBe(baht(v)));

  test.each([
    "ขออนุมัติใช้งบประมาณ 15,000 บาท",
    "ได้รับจัดสรรงบประมาณ ผู้รับผิดชอบโครงการ นายก ข เป็นเงิน 3,000 บาท",
    "รวมเป็นเงินทั้งสิ้น 17,280 บาท",
    "ได้รับจัดสรรงบประมาณรายหัว คนละ 500 บาท",
    "ได้รับจัดสรรงบประมาณ 500 บาท/คน",
  ])("no allocation: %s", (s) => expect(allocatedInSentence(s)).toBeUndefined());

  test.each([
    ["ผู้รับผิดชอบโครงการ นายธนากร บุญมา ระยะเวลาดำเนินการ พ.ย. 2568", "นายธนากร บุญมา"],
    ["ผู้รับผิดชอบ นาย ธนากร บุญมา โดยมีกิจกรรมดังนี้", "นาย ธนากร บุญมา"],
    ["ผู้รับผิดชอบโครงการ นางรัชนี มีสุข ระยะเวลา", "นางรัชนี มีสุข"],
    ["ผู้รับผิดชอบ ว่าที่ร้อยตรี ดร.สมชาย ใจดี และนางสาวกิตติยา งามยิ่ง ระยะเวลา", "ว่าที่ร้อยตรี ดร.สมชาย ใจดี, นางสาวกิตติยา งามยิ่ง"],
    ["โดยมีนายกิตติ ศรีสุข เป็นผู้รับผิดชอบโครงการ", "นายกิตติ ศรีสุข"],
  ])("owner: %s", (s, owner) => expect(ownerInSentence(s)).toBe(owner));

  test.each(["ผู้รับผิดชอบโครงการ กลุ่มสาระการเรียนรู้คณิตศาสตร์", "ครูผู้รับผิดชอบโครงการ ได้ดำเนินการ", "นายกเทศมนตรีเป็นผู้รับผิดชอบ"])("no owner: %s", (s) => expect(ownerInSentence(s)).toBeUndefined());

  test("a name ends at the next field word, not at a surname that starts like one", () => {
    expect(namesAt("นางสาวอร งานดี ระยะเวลา")).toBe("นางสาวอร งานดี");
    expect(namesAt("ผู้อำนวยการ")).toBe("");
  });

  test.each([
    ["ระยะเวลาดำเนินการ พฤศจิกายน 2568 – ธันวาคม 2568 โดยมีกิจกรรมดังนี้", "พฤศจิกายน 2568 – ธันวาคม 2568", false],
    ["ตั้งแต่ 1 ธันวาคม 2568 ถึง 28 กุมภาพันธ์ 2569 ณ โรงเรียน", "1 ธันวาคม 2568 ถึง 28 กุมภาพันธ์ 2569", false],
    ["ให้แล้วเสร็จภายในเดือนมีนาคม 2569", "มีนาคม 2569", true],
    ["ระยะเวลา พ.ย. – ธ.ค. 2568 ผู้รับผิดชอบ นายก ข รายงานผลภายใน ม.ค. 2569", "พ.ย. – ธ.ค. 2568", false],
  ])("period: %s", (s, text, by) => expect(prosePeriod(s)).toEqual({ text, by }));

  test("a subject's budget", () => {
    expect(subjectBudget("ขออนุมัติโครงการค่าย ประจำปีงบประมาณ 2569 (งบประมาณ 12,000 บาท)")?.amount).toBe(baht(12000));
    expect(subjectBudget("ขออนุมัติโครงการค่าย ประจำปีงบประมาณ 2569")).toBeUndefined();
  });

  test.each([
    ["โดยมีกิจกรรมดังนี้", true],
    ["กิจกรรมที่จะดำเนินการ มีดังนี้", true],
    ["ขั้นตอนการดำเนินงาน ได้แก่", true],
    ["จึงขออนุมัติดำเนินกิจกรรม งบประมาณดังนี้", false],
    ["รายละเอียดค่าใช้จ่ายดังนี้", false],
  ])("announces activities: %s", (s, yes) => expect(listsActivities(s)).toBe(yes));

  test.each([
    ["คัดเลือกนักเรียนตัวแทน พฤศจิกายน 2568 นายธนากร บุญมา", true],
    ["ฝึกซ้อม (พ.ย. – ธ.ค. 2568)", true],
    ["ค่าอาหาร 20 คน คนละ 50 บาท พฤศจิกายน 2568", false],
    ["พฤศจิกายน 2568 ประชุม", false],
    ["เพื่อให้นักเรียนได้ฝึกทักษะ ภายในเดือนพฤศจิกายน 2568 อย่างต่อเนื่อง", false],
  ])("an activity line: %s", (s, yes) => expect(isActivityLine(s)).toBe(yes));
});
