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
