// Misreadings of project texts left over from blind tests, each read as a class: an indicator table whose
// header row starts with the section's word, an allocation stated in a memo's prose, a period in prose,
// an activity written as a header field, and quotes cut at a character a Thai reader would not cut at.
import { importProjectText } from "../../src/import/index";
import { checkProjectText } from "../../src/import/check";

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
