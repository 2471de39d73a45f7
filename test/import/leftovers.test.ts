// Misreadings of project texts left over from blind tests, each read as a class: an indicator table whose
// header row starts with the section's word, an allocation stated in a memo's prose, a period in prose,
// an activity written as a header field, and quotes cut at a character a Thai reader would not cut at.
import { importProjectText } from "../../src/import/index";
import { checkProjectText } from "../../src/import/check";
import { proseAmount, prosePeriodText } from "../../src/import/prose";

const flagged = (text: string) =>
  checkProjectText(text)
    .findings.filter((f) => f.severity === "error" || f.severity === "warning")
    .map((f) => `${f.rule}@${f.line ?? "?"}`);

describe("indicator tables whose header starts with ตัวชี้วัด", () => {
  const rows = (header: string, ...body: string[]) =>
    importProjectText(["โครงการ ทดสอบ", "ระยะเวลาดำเนินการ พฤศจิกายน 2568", "", "6. การประเมินผล", header, ...body].join("\n")).plan.indicators.map((i) => [
      i.text,
      i.targetText ?? "",
      i.targetValue ?? null,
      i.method ?? "",
      i.tool ?? "",
    ]);

  it.each([
    ["tabs", "ตัวชี้วัดความสำเร็จ\tวิธีการวัดและประเมินผล\tเครื่องมือที่ใช้", (a: string, b: string, c: string) => `${a}\t${b}\t${c}`],
    ["bars", "ตัวชี้วัด | วิธีการ | เครื่องมือ", (a: string, b: string, c: string) => `${a} | ${b} | ${c}`],
    ["framed bars", "| ตัวชี้วัด | วิธีการ | เครื่องมือ |", (a: string, b: string, c: string) => `| ${a} | ${b} | ${c} |`],
  ])("reads one indicator per row with its method and tool (%s)", (_kind, header, row) => {
    expect(
      rows(
        header,
        row("ร้อยละ 80 ของนักเรียนมีนิสัยรักการอ่าน", "สังเกต สอบถาม", "แบบบันทึกการอ่าน"),
        row("นักเรียนเข้าร่วมกิจกรรมร้อยละ 90", "ตรวจสอบรายชื่อ", "แบบลงทะเบียน"),
        row("ความพึงพอใจของนักเรียน", "สอบถาม", "แบบสอบถามความพึงพอใจ"),
      ),
    ).toEqual([
      ["ร้อยละ 80 ของนักเรียนมีนิสัยรักการอ่าน", "", 80, "สังเกต สอบถาม", "แบบบันทึกการอ่าน"],
      ["นักเรียนเข้าร่วมกิจกรรมร้อยละ 90", "", 90, "ตรวจสอบรายชื่อ", "แบบลงทะเบียน"],
      ["ความพึงพอใจของนักเรียน", "", null, "สอบถาม", "แบบสอบถามความพึงพอใจ"],
    ]);
  });

  it("keeps a target column when there is one, and a row wrapped onto a line with an empty indicator cell", () => {
    expect(
      rows(
        "ตัวชี้วัดความสำเร็จ\tค่าเป้าหมาย\tวิธีการวัด\tเครื่องมือ",
        "คะแนน O-NET คณิตศาสตร์\tเพิ่มขึ้นร้อยละ 3\tทดสอบ\tแบบทดสอบ O-NET",
        "\t\t\tระดับชาติ",
        "ความพึงพอใจของนักเรียน\tร้อยละ 80\tสอบถาม\tแบบสอบถาม",
      ),
    ).toEqual([
      ["คะแนน O-NET คณิตศาสตร์", "เพิ่มขึ้นร้อยละ 3", 3, "ทดสอบ", "แบบทดสอบ O-NET ระดับชาติ"],
      ["ความพึงพอใจของนักเรียน", "ร้อยละ 80", 80, "สอบถาม", "แบบสอบถาม"],
    ]);
  });
});

describe("an activity written as a header field", () => {
  const plan = (...lines: string[]) => importProjectText(["โครงการ อบรมครู", "ผู้รับผิดชอบ นางสาวสมศรี ใจดี", ...lines].join("\n")).plan;

  it.each([
    ["after the allocation", ["งบประมาณ 5,000 บาท", "กิจกรรม: อบรมเชิงปฏิบัติการ ระยะเวลา พ.ย. 2567"]],
    ["before the allocation", ["กิจกรรม : อบรมเชิงปฏิบัติการ ในวันที่ 20 พฤศจิกายน 2567", "งบประมาณ 5,000 บาท"]],
    ["as the main activity", ["งบประมาณ 5,000 บาท", "กิจกรรมหลัก: อบรมเชิงปฏิบัติการ (พฤศจิกายน 2567)"]],
  ])("gives the plan its activity and month (%s)", (_where, head) => {
    const p = plan(...head, "ค่าอาหารว่าง 20 คน คนละ 25 บาท 2 มื้อ เป็นเงิน 1,000 บาท", "ค่าวัสดุ 4,000 บาท", "รวม 5,000 บาท");
    expect(p.activities.map((a) => [a.name, a.start, a.end])).toEqual([["อบรมเชิงปฏิบัติการ", { year: 2567, month: 11 }, { year: 2567, month: 11 }]]);
    expect(p.project.fiscalYear).toBe(2568);
    expect(p.project.allocation).toBe(500000);
    expect(p.budgetLines.map((l) => l.activityId)).toEqual([p.activities[0].id, p.activities[0].id]);
  });

  it("no schedule-missing for such a plan; a field without a month is not an activity", () => {
    const text = ["โครงการ อบรมครู", "งบประมาณ 1,000 บาท", "กิจกรรม: อบรมเชิงปฏิบัติการ ระยะเวลา พ.ย. 2567", "ค่าอาหารว่าง 20 คน คนละ 25 บาท 2 มื้อ เป็นเงิน 1,000 บาท"].join("\n");
    expect(flagged(text)).toEqual([]);
    const noMonth = plan("กิจกรรม: อบรมเชิงปฏิบัติการ", "ระยะเวลา พฤศจิกายน 2567", "งบประมาณ 1,000 บาท", "ค่าวัสดุ 1,000 บาท");
    // the field without a month is not read as an activity: the one activity is the project, over its period
    expect(noMonth.activities.map((a) => [a.name, a.start?.month])).toEqual([["อบรมครู", 11]]);
  });

  it("a budget block heading after the budget heading stays a block heading", () => {
    const p = importProjectText(
      [
        "โครงการ อบรมครู",
        "กิจกรรม",
        "1. อบรม พฤศจิกายน 2567",
        "2. นิเทศ มกราคม 2568",
        "งบประมาณ 3,000 บาท",
        "กิจกรรมที่ 1 อบรม (พฤศจิกายน 2567)",
        "ค่าวัสดุ 1,000 บาท",
        "กิจกรรมที่ 2 นิเทศ (มกราคม 2568)",
        "ค่าวัสดุ 2,000 บาท",
      ].join("\n"),
    ).plan;
    expect(p.activities.map((a) => a.name)).toEqual(["อบรม", "นิเทศ"]);
    expect(p.budgetLines.map((l) => [l.activityId, l.statedAmount])).toEqual([
      [p.activities[0].id, 100000],
      [p.activities[1].id, 200000],
    ]);
  });
});

describe("a memo's allocation stated in a sentence", () => {
  it.each([
    ["ด้วยงานห้องสมุดจะจัดทำมุมหนังสือ โดยใช้งบประมาณ 3,000 บาท จากเงินอุดหนุนรายหัว ดังนี้", 300000, "use"],
    ["จึงขออนุมัติดำเนินโครงการ โดยใช้เงินงบประมาณจำนวน 3,000 บาท (สามพันบาทถ้วน)", 300000, "use"],
    ["จึงขออนุมัติใช้เงินจำนวน 2,500.50 บาท", 250050, "use"],
    ["งบประมาณที่ขออนุมัติ จำนวน 12,000.- บาท", 1200000, "use"],
    ["จึงขออนุมัติดำเนินโครงการดังกล่าว เป็นเงินทั้งสิ้น 5,000 บาท (ห้าพันบาทถ้วน)", 500000, "total"],
  ])("%s", (sentence, amount, kind) => {
    expect(proseAmount(sentence)).toEqual({ amount, kind });
  });

  it("a total without a request, a cost item or an amount not in baht is no allocation", () => {
    expect(proseAmount("ค่าใช้จ่ายในการเดินทาง 500 บาท")).toBeUndefined();
    expect(proseAmount("นักเรียนเข้าร่วมเป็นเงินรางวัลรวม")).toBeUndefined();
    expect(proseAmount("รวมเป็นเงินทั้งสิ้น 3,000 บาท")).toBeUndefined();
    expect(proseAmount("โดยใช้งบประมาณจากเงินอุดหนุนรายหัว")).toBeUndefined();
  });

  const memo = (...body: string[]) =>
    importProjectText(["บันทึกข้อความ", "ส่วนราชการ โรงเรียนบ้านโคกสูง", "เรื่อง ขออนุมัติโครงการมุมหนังสือ ปีงบประมาณ 2567", "เรียน ผู้อำนวยการโรงเรียน", ...body].join("\n"));
  const lines = ["ค่าชั้นวางหนังสือ จำนวน 6 ชุด ชุดละ 350 บาท เป็นเงิน 2,100 บาท", "ค่าป้าย จำนวน 6 ป้าย ป้ายละ 150 บาท เป็นเงิน 900 บาท", "รวมเป็นเงินทั้งสิ้น 3,000 บาท (สามพันบาทถ้วน)"];
  const notes = (r: ReturnType<typeof importProjectText>) => r.problems.filter((p) => p.code === "allocation-from-prose").map((p) => [p.line, p.severity, p.message.en]);

  it("takes the sentence's amount as the allocation when nothing else states one, and says so", () => {
    const r = memo("ด้วยงานห้องสมุดจะจัดทำมุมหนังสือ 6 ห้อง โดยใช้งบประมาณ 3,000 บาท จากเงินอุดหนุนรายหัว ดังนี้", ...lines);
    expect(r.plan.project.allocation).toBe(300000);
    expect(r.sources.allocation).toBe(5);
    expect(r.plan.budgetLines.map((l) => l.statedAmount)).toEqual([210000, 90000]);
    expect(notes(r)).toEqual([[5, "info", "No allocation field: the budget the sentence asks for, 3,000 baht, is taken as the project's allocation"]]);
  });

  it("a use phrase before a request's total; the other figure is said in a note", () => {
    const r = memo("ด้วยงานห้องสมุดจะจัดทำมุมหนังสือ โดยใช้งบประมาณ 3,000 บาท", ...lines, "จึงขออนุมัติดำเนินโครงการ เป็นเงินทั้งสิ้น 3,200 บาท");
    expect(r.plan.project.allocation).toBe(300000);
    expect(r.plan.budgetLines).toHaveLength(2);
    expect(notes(r).map((n) => n[0])).toEqual([5, 9]);
    expect(notes(r)[1][2]).toBe("This sentence states 3,200 baht; the allocation taken is 3,000 baht (line 5)");
  });

  it("a stated allocation stands: the sentence's total is neither the allocation nor a budget line", () => {
    const r = memo("งบประมาณที่ได้รับจัดสรร 4,000 บาท", "ด้วยงานห้องสมุดจะจัดทำมุมหนังสือ จึงขออนุมัติดำเนินโครงการ เป็นเงินทั้งสิ้น 3,000 บาท ดังนี้", ...lines);
    expect(r.plan.project.allocation).toBe(400000);
    expect(r.sources.allocation).toBe(5);
    expect(r.plan.budgetLines.map((l) => l.statedAmount)).toEqual([210000, 90000]);
    expect(notes(r)).toEqual([[6, "info", "This sentence states 3,000 baht; the allocation taken is 4,000 baht (line 5)"]]);
    expect(flagged(["บันทึกข้อความ", "เรื่อง ขออนุมัติโครงการมุมหนังสือ ปีงบประมาณ 2567", "งบประมาณที่ได้รับจัดสรร 4,000 บาท", "ด้วยงานห้องสมุดจะจัดทำมุมหนังสือ ในเดือนมิถุนายน 2567 จึงขออนุมัติดำเนินโครงการ เป็นเงินทั้งสิ้น 3,000 บาท ดังนี้", ...lines].join("\n"))).toEqual([]);
  });

  it("a sentence amount that is over what the lines add up to is checked as the allocation", () => {
    const text = ["บันทึกข้อความ", "เรื่อง ขออนุมัติโครงการมุมหนังสือ ปีงบประมาณ 2567", "ด้วยงานห้องสมุดจะจัดทำมุมหนังสือในเดือนมิถุนายน 2567 โดยใช้งบประมาณ 2,500 บาท", ...lines].join("\n");
    expect(flagged(text)).toEqual(["over-allocation@3"]);
  });
});

describe("a memo's period stated in a sentence", () => {
  it.each([
    ["ด้วยงานกิจการนักเรียนจะจัดประชุมผู้ปกครอง ในวันที่ 15 พฤศจิกายน 2568 ณ หอประชุมโรงเรียน", "15 พฤศจิกายน 2568"],
    ["จะจัดอบรม ระหว่างวันที่ 1 - 3 ธันวาคม 2568 ณ ห้องประชุม", "1 - 3 ธันวาคม 2568"],
    ["จัดค่ายในวันที่ 1 พฤศจิกายน 2568 ถึง 31 มกราคม 2569 โดยใช้งบประมาณ", "1 พฤศจิกายน 2568 ถึง 31 มกราคม 2569"],
    ["สอนซ่อมเสริม ตั้งแต่เดือน พ.ย. 2567 - ส.ค. 2568 เพื่อ", "พ.ย. 2567 - ส.ค. 2568"],
    ["ดำเนินการในภาคเรียนที่ 1/2568 ให้แก่นักเรียน", "ภาคเรียนที่ 1/2568"],
  ])("%s", (sentence, period) => {
    expect(prosePeriodText(sentence)).toBe(period);
  });

  it("no period without a lead-in word right before the months", () => {
    expect(prosePeriodText("ผลการประเมินปีการศึกษา 2567 พบว่านักเรียนอ่านไม่คล่อง")).toBeUndefined();
    expect(prosePeriodText("ในห้องเรียน 6 ห้อง ธันวาคม")).toBeUndefined();
  });

  const memo = (...body: string[]) =>
    importProjectText(
      ["บันทึกข้อความ", "ที่ ศธ 04xxx/ พิเศษ   วันที่ 20 ตุลาคม 2568", "เรื่อง ขออนุมัติโครงการประชุมผู้ปกครอง ปีงบประมาณ 2569", "เรียน ผู้อำนวยการโรงเรียน", ...body, "ค่าอาหารว่าง 120 คน คนละ 25 บาท 1 มื้อ เป็นเงิน 3,000 บาท"].join("\n"),
    );

  it("takes the first sentence's period when no field states one, not the memo's own date, with a note", () => {
    const r = memo("ตามหนังสือ สพฐ. ลงวันที่ 1 ตุลาคม 2568 เรื่อง การประชุมผู้ปกครอง", "ด้วยงานกิจการนักเรียนมีความประสงค์จะจัดประชุมผู้ปกครองนักเรียน ในวันที่ 15 พฤศจิกายน 2568 ณ หอประชุมโรงเรียน");
    expect([r.plan.project.periodStart, r.plan.project.periodEnd]).toEqual([
      { year: 2568, month: 11 },
      { year: 2568, month: 11 },
    ]);
    expect(r.sources.period).toBe(6);
    expect(r.problems.filter((p) => p.code === "period-from-prose").map((p) => [p.line, p.severity, p.message.en])).toEqual([
      [6, "info", "No period field: the time this sentence states (Nov 2025) is taken as the project's period"],
    ]);
  });

  it("a period field stands over a sentence; a semester in a sentence gives the semester's months and says so", () => {
    const field = memo("ระยะเวลาดำเนินการ ธันวาคม 2568", "ด้วยงานกิจการนักเรียนจะจัดประชุมผู้ปกครองนักเรียน ในวันที่ 15 พฤศจิกายน 2568");
    expect(field.plan.project.periodStart).toEqual({ year: 2568, month: 12 });
    expect(field.problems.map((p) => p.code)).not.toContain("period-from-prose");
    const semester = memo("ด้วยงานกิจการนักเรียนจะจัดประชุมผู้ปกครองนักเรียนทุกห้อง ในภาคเรียนที่ 2/2568 เพื่อชี้แจงผลการเรียน");
    expect([semester.plan.project.periodStart, semester.plan.project.periodEnd]).toEqual([
      { year: 2568, month: 11 },
      { year: 2569, month: 3 },
    ]);
    expect(semester.problems.filter((p) => p.code === "months-from-semester").map((p) => p.line)).toEqual([5]);
  });
});
