/**
 * The venue cell of a hand-made project form ("สถานที่จัดกิจกรรม" beside a place name, the sixth blind
 * tester's f01/f09/f10): the place's kind words set the venue with one read note; a place of no known kind
 * is one warning that states the assumption, not "unknown" followed by the venue it was judged at.
 */
import { readPlan, validateWorkbook } from "../../src/workbook";
import type { WorkbookSnapshot } from "../../src/workbook/types";
import { book, sheet, type Row } from "../helpers/snapshots";

const TODAY = { year: 2569, month: 1 };

const form = (place: string, snack: number): WorkbookSnapshot =>
  book(
    sheet("โครงการประชุมผู้ปกครอง", [
      ["ชื่อโครงการ", "ประชุมผู้ปกครองนักเรียน"],
      ["ผู้รับผิดชอบ", "นางสาวสมพร ใจดี"],
      ["ปีงบประมาณ", 2569],
      ["ระยะเวลาดำเนินการ", "พฤศจิกายน 2568"],
      ["สถานที่จัดกิจกรรม", place],
      ["งบประมาณที่ได้รับจัดสรร", 5000],
      [],
      ["ที่", "รายการ", "จำนวน (คน)", "มื้อ", "ราคา/หน่วย", "รวมเงิน (บาท)"],
      [1, "ค่าอาหารว่างและเครื่องดื่ม ผู้เข้าร่วมประชุม", 40, 1, snack, 40 * snack],
      [2, "ค่าวัสดุ อุปกรณ์ในการประชุม", 1, 1, 1000, 1000],
      ["", "รวมทั้งสิ้น", "", "", "", 1000 + 40 * snack],
    ] as Row[]),
  );

const findings = (snap: WorkbookSnapshot) => validateWorkbook(snap, { today: TODAY }).findings;
const atVenue = (snap: WorkbookSnapshot) => findings(snap).filter((f) => f.cell === "B5");

describe("a place name in the venue cell", () => {
  test.each([
    ["หอประชุมโรงเรียนบ้านหนองบัว", "gov", "สถานที่ราชการ"],
    ["ห้องประชุมโรงเรียนบ้านหนองบัว", "gov", "สถานที่ราชการ"],
    ["ห้องประชุม สพป.ขอนแก่น เขต 1", "gov", "สถานที่ราชการ"],
    ["ศาลาประชาคมบ้านโนนสูง ต.โนนสูง", "gov", "สถานที่ราชการ"],
    ["โรงแรมริเวอร์ไซด์ อำเภอเมือง", "private", "สถานที่เอกชน"],
    ["ห้องประชุมของโรงแรมเจริญธานี จังหวัดขอนแก่น", "private", "สถานที่เอกชน"],
  ])("%s: venue %s, one info note, no warning", (place, venue, th) => {
    const snap = form(place, 35);
    const { plan } = readPlan(snap);
    expect(plan.project.venue).toBe(venue);
    expect(plan.project.place).toBe(place);
    const f = atVenue(snap);
    expect(f.map((x) => x.severity)).toEqual(["info"]);
    expect(f[0].message.th).toContain(`ตรวจอัตราแบบจัดใน${th} ตามสถานที่ "${place}"`);
    expect(f[0].message.th).not.toContain("ไม่รู้จัก");
  });

  test("the venue read decides the snack ceiling: 50 is over 35 at a school hall, within 50 at a hotel", () => {
    const school = findings(form("หอประชุมโรงเรียนบ้านหนองบัว", 50)).filter((f) => f.rule === "rate-over-ceiling");
    expect(school.map((f) => f.cell)).toEqual(["E9"]);
    expect(school[0].message.th).not.toMatch(/สมมติ: จัดในสถานที่ราชการ/);
    expect(findings(form("โรงแรมริเวอร์ไซด์ อำเภอเมือง", 50)).filter((f) => f.rule === "rate-over-ceiling")).toEqual([]);
  });

  test("a place of no known kind: one warning stating the assumption (government venue) and why", () => {
    const snap = form("บ้านผู้ใหญ่บ้าน หมู่ 5 ต.หนองบัว", 50);
    expect(readPlan(snap).plan.project.venue).toBe("unknown");
    const f = atVenue(snap);
    expect(f.map((x) => [x.rule, x.severity])).toEqual([["read-problem", "warning"]]);
    expect(f[0].message.th).toMatch(/ไม่บอกว่าเป็นสถานที่ราชการหรือเอกชน .*สมมติว่าจัดในสถานที่ราชการ/);
    expect(f[0].message.th).not.toMatch(/ไม่รู้จัก|ตามสถานที่/);
    expect(f[0].message.en).toMatch(/does not say whether it is a government or a private place/);
    // the rate finding repeats the assumption, as a warning
    const over = findings(snap).find((x) => x.rule === "rate-over-ceiling");
    expect(over?.severity).toBe("warning");
    expect(over?.message.th).toMatch(/สมมติ: จัดในสถานที่ราชการ/);
  });
});
