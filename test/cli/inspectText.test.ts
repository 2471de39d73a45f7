/**
 * budget-plan inspect on a project text (.txt), run as a user runs it: read the way a Word document is (what
 * was read and on which line), not refused as "not an Excel file"; an unknown ceiling in a text says to import
 * it first (a text has no rates sheet); inspect of an imported workbook names the import-notes sheet for what it is.
 */
import { mkdtempSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { runCli, type CliRun } from "../helpers/cli";

const dir = mkdtempSync(join(tmpdir(), "budget-plan-inspect-text-"));

const run = (...args: string[]): CliRun => runCli(dir, args);

const TEXT = [
  "โครงการค่ายวิทยาศาสตร์", // 1
  "ผู้รับผิดชอบโครงการ  นางรัชนี มีสุข  กลุ่มสาระการเรียนรู้วิทยาศาสตร์", // 2
  "ระยะเวลาดำเนินการ  1 ธันวาคม 2568 – 31 มีนาคม 2569", // 3
  "งบประมาณ  20,000 บาท", // 4
  "", // 5
  "รายละเอียดการใช้งบประมาณ", // 6
  "กิจกรรมที่ 1 ค่ายวิทยาศาสตร์", // 7
  "1. ค่าอาหารกลางวันค่ายวิทยาศาสตร์ จำนวน 40 คน คนละ 2 มื้อ มื้อละ 80 บาท เป็นเงิน 6,400 บาท", // 8
  "2. ค่าบีกเกอร์ขนาด 250 มล. จำนวน 20 ใบ ใบละ 85 บาท เป็นเงิน 1,700 บาท", // 9
  "รวมเป็นเงินทั้งสิ้น 8,100 บาท", // 10
].join("\n");

beforeAll(() => {
  writeFileSync(join(dir, "camp.txt"), TEXT);
  writeFileSync(join(dir, "notes"), TEXT); // no extension: a text by its content
});

test("inspect reads a .txt as a project document: the shape, and each part on its line", () => {
  const r = run("inspect", "camp.txt", "--lang", "en");
  expect(r.code).toBe(0);
  expect(r.stderr).not.toMatch(/Excel/);
  expect(r.stdout).toMatch(/Shape: a project text: 10 lines/);
  expect(r.stdout).toMatch(/Allocation: 20,000 baht {2}\[line 4\]/);
  expect(r.stdout).toMatch(/250 มล\. = 1,700 baht {2}\[line 9\]/);
  // the project's people and year as read (the owner and the work group written after the person on line 2)
  expect(r.stdout).toMatch(/\n {2}Owner: นางรัชนี มีสุข\n/);
  expect(r.stdout).toMatch(/\n {2}Department: กลุ่มสาระการเรียนรู้วิทยาศาสตร์\n/);
  expect(r.stdout).toMatch(/\n {2}Fiscal year: 2569 BE\n/);
  const th = run("inspect", "camp.txt");
  expect(th.stdout).toMatch(/แบบ: ไฟล์ข้อความโครงการ — 10 บรรทัด/);
  expect(th.stdout).toMatch(/\[บรรทัด 8\]/);
  expect(th.stdout).toMatch(/\n {2}ผู้รับผิดชอบ: นางรัชนี มีสุข\n {2}กลุ่มงาน\/หน่วยงาน: กลุ่มสาระการเรียนรู้วิทยาศาสตร์\n {2}ปีงบประมาณ: 2569\n/);
  const j = JSON.parse(run("inspect", "notes", "--format", "json").stdout) as { kind: string; budgetLines: { place: string; amount: number }[] };
  expect(j.kind).toBe("text");
  expect(j.budgetLines.map((l) => [l.place, l.amount])).toEqual([
    ["บรรทัด 8", 6400],
    ["บรรทัด 9", 1700],
  ]);
});

test("an unknown ceiling in a text says to import it first, not to fill a rates sheet it does not have", () => {
  const r = run("validate", "camp.txt", "--lang", "en");
  const unknown = r.stdout.split("\n").filter((l) => /not known/.test(l));
  expect(unknown.length).toBeGreaterThan(0);
  for (const l of unknown) {
    expect(l).toMatch(/import it first \(budget-plan import/);
    expect(l).not.toMatch(/Enter the rate in force on the "Rates" sheet/);
  }
});

test("inspect of an imported workbook names the import-notes sheet as notes, not as column choices", () => {
  const withNote = TEXT.replace("รวมเป็นเงินทั้งสิ้น", "3. ค่าวัสดุ จำนวน abc ชุด\nรวมเป็นเงินทั้งสิ้น");
  writeFileSync(join(dir, "noted.txt"), withNote);
  const imp = run("import", "noted.txt", "-o", "noted.xlsx");
  expect(imp.code).toBe(0);
  const r = run("inspect", "noted.xlsx", "--lang", "en");
  const line = r.stdout.split("\n").find((l) => l.includes("_budgetplan_import"));
  expect(line).toMatch(/notes of the import from a project document/);
  expect(line).not.toMatch(/column choices/);
});

test("inspect shortens a long item at a word boundary and says so with '…' (never 'ประชุ' cut from 'ประชุม')", () => {
  const item = "ค่าอาหารว่างและเครื่องดื่ม คณะกรรมการตัดสินการประกวด (ประชุมพิจารณาผลงานนักเรียน)";
  writeFileSync(join(dir, "long.txt"), TEXT.replace("ค่าบีกเกอร์ขนาด 250 มล.", item));
  const line = run("inspect", "long.txt").stdout.split("\n").find((l) => l.includes("[บรรทัด 9]") && l.includes("="))!;
  const shown = /กิจกรรม 1: (.*) = 1,700 บาท/.exec(line)![1];
  expect(shown.endsWith("…")).toBe(true);
  const kept = shown.slice(0, -1);
  expect(item.startsWith(kept)).toBe(true);
  expect(kept.length).toBeLessThan(50);
  // the cut is where a word ends: the next character starts a word (a space, or a consonant that is not a mark)
  expect(item[kept.length]).toMatch(/[\s(ก-ฮเ-ไ]/);
  expect(kept.endsWith("ประชุ")).toBe(false);
});

test("inspect of a memo shows what its paragraph stated, each at its line, and each activity's months and owner", () => {
  const memo = [
    "บันทึกข้อความ", // 1
    "เรื่อง ขออนุมัติโครงการแข่งขันทักษะวิชาการ ประจำปีงบประมาณ 2569", // 2
    "เรียน ผู้อำนวยการโรงเรียน", // 3
    "ด้วยกลุ่มสาระการเรียนรู้คณิตศาสตร์ มีความประสงค์จะนำนักเรียนเข้าร่วมการแข่งขัน ซึ่งได้รับจัดสรรงบประมาณ 15,000 บาท ผู้รับผิดชอบโครงการ นายธนากร บุญมา ระยะเวลาดำเนินการ พฤศจิกายน 2568 – ธันวาคม 2568 โดยมีกิจกรรมดังนี้", // 4
    "1. คัดเลือกนักเรียนตัวแทน พฤศจิกายน 2568 นายธนากร บุญมา", // 5
    "2. นำนักเรียนเข้าร่วมการแข่งขัน พฤศจิกายน – ธันวาคม 2568", // 6
    "", // 7
    "ในการนี้ จึงขออนุมัติใช้งบประมาณ รายละเอียดดังนี้", // 8
    "1. ค่าอาหารนักเรียน จำนวน 12 คน คนละ 3 มื้อ มื้อละ 60 บาท เป็นเงิน 2,160 บาท", // 9
    "รวมเป็นเงินทั้งสิ้น 2,160 บาท", // 10
  ].join("\n");
  writeFileSync(join(dir, "memo.txt"), memo);
  const th = run("inspect", "memo.txt").stdout;
  expect(th).toMatch(/\n {2}ผู้รับผิดชอบ: นายธนากร บุญมา {2}\[บรรทัด 4\]\n/);
  expect(th).toMatch(/\n {2}ระยะเวลา: พ\.ย\. 2568 – ธ\.ค\. 2568 {2}\[บรรทัด 4\]\n/);
  expect(th).toMatch(/\n {2}งบประมาณที่ได้รับ: 15,000 บาท {2}\[บรรทัด 4\]\n/);
  expect(th).toMatch(/\n {4}1 คัดเลือกนักเรียนตัวแทน — พ\.ย\. 2568 — นายธนากร บุญมา {2}\[บรรทัด 5\]\n/);
  expect(th).toMatch(/\n {4}2 นำนักเรียนเข้าร่วมการแข่งขัน — พ\.ย\. 2568 – ธ\.ค\. 2568 {2}\[บรรทัด 6\]\n/);
  const j = JSON.parse(run("inspect", "memo.txt", "--format", "json", "--lang", "en").stdout) as { activities: { months?: string; owners?: string[] }[] };
  expect(j.activities.map((a) => [a.months, a.owners])).toEqual([
    ["Nov 2025", ["นายธนากร บุญมา"]],
    ["Nov 2025 – Dec 2025", undefined],
  ]);
});
