/**
 * A memo whose budget lines are for the whole project (one list, no activity heading): the activities then have no
 * lines of their own. Said once (the lines-for-project note names them), not once per activity; `inspect` labels
 * such lines as the whole project's, not "activity ?".
 */
import { checkProjectText } from "../../src/import/check";
import { documentText, inspectText } from "../../src/cli/commands/inspectDocument";

const memo = [
  "บันทึกข้อความ",
  "ส่วนราชการ โรงเรียนบ้านหนองบัววิทยา",
  "เรื่อง ขออนุมัติโครงการส่งเสริมสุขภาพนักเรียน ประจำปีงบประมาณ 2569",
  "เรียน ผู้อำนวยการโรงเรียนบ้านหนองบัววิทยา",
  "ด้วยงานอนามัยโรงเรียน มีความประสงค์จะส่งเสริมสุขภาพนักเรียน ซึ่งได้รับจัดสรรงบประมาณ 9,000 บาท ผู้รับผิดชอบโครงการ นางบุษบา ทองคำ ระยะเวลาดำเนินการ พฤศจิกายน 2568 – กันยายน 2569 โดยมีกิจกรรมดังนี้",
  "1. ตรวจสุขภาพนักเรียน พฤศจิกายน 2568 นางบุษบา ทองคำ",
  "2. อบรมแกนนำสุขภาพ กุมภาพันธ์ 2569 นางบุษบา ทองคำ",
  "3. สรุปและรายงานผล สิงหาคม 2569 นางบุษบา ทองคำ",
  "",
  "ในการนี้ จึงขออนุมัติใช้งบประมาณ รายละเอียดดังนี้",
  "1. ค่าเวชภัณฑ์และอุปกรณ์ปฐมพยาบาล เป็นเงิน 3,000 บาท",
  "2. ค่าป้ายรณรงค์ จำนวน 4 ป้าย ป้ายละ 1,000 บาท เป็นเงิน 4,000 บาท",
  "รวมเป็นเงินทั้งสิ้น 7,000 บาท",
  "จึงเรียนมาเพื่อโปรดพิจารณาอนุมัติ",
].join("\n");

test("activities without lines of their own are named in the one note, not one note each", () => {
  const r = checkProjectText(memo);
  expect(r.plan.activities.map((a) => a.id)).toEqual(["1", "2", "3"]);
  expect(r.findings.filter((f) => f.rule === "activity-without-budget")).toEqual([]);
  const note = r.problems.find((p) => p.code === "lines-for-project");
  expect(note?.message.th).toMatch(/เป็นของทั้งโครงการ .* กิจกรรมที่ 1, 2, 3 จึงไม่มีรายการงบประมาณของตนเอง ซึ่งไม่ต้องแก้ไข$/);
  expect(note?.message.en).toMatch(/activities 1, 2, 3 therefore have no lines of their own, which needs no change$/);
});

test("with budget blocks per activity, an activity without one is still its own note", () => {
  const blocks = memo.replace("2. ค่าป้ายรณรงค์", "กิจกรรมที่ 2 อบรมแกนนำสุขภาพ\n- ค่าป้ายรณรงค์");
  const r = checkProjectText(blocks);
  expect(r.problems.some((p) => p.code === "lines-for-project")).toBe(false);
  expect(r.findings.filter((f) => f.rule === "activity-without-budget").map((f) => f.activityId)).toEqual(["1", "3"]);
  // a line above every activity heading is under none of them (not the whole project's)
  const text = documentText("memo.txt", inspectText(Buffer.from(blocks, "utf8"), "en").explanation, "en");
  expect(text).toContain("under no activity heading: ค่าเวชภัณฑ์และอุปกรณ์ปฐมพยาบาล");
  expect(text).toContain("activity 2: ค่าป้ายรณรงค์");
});

test("inspect labels the lines as the whole project's", () => {
  for (const lang of ["th", "en"] as const) {
    const { explanation } = inspectText(Buffer.from(memo, "utf8"), lang);
    const text = documentText("memo.txt", explanation, lang);
    expect(text).toContain(lang === "th" ? "ทั้งโครงการ (ไม่แยกกิจกรรม): ค่าเวชภัณฑ์และอุปกรณ์ปฐมพยาบาล" : "whole project (no activity): ค่าเวชภัณฑ์และอุปกรณ์ปฐมพยาบาล");
    expect(text).not.toMatch(/(กิจกรรม|activity) \?/);
  }
});
