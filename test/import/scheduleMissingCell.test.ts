/**
 * An imported workbook whose activities have no months (made up from the budget blocks, or a table without a
 * period): schedule-missing points at the activity's month cell, as the text's finding points at its line
 * (seventh blind test, f10: the workbook's findings had no cell address).
 */
import { checkProjectText } from "../../src/import/check";
import { buildWorkbookSpec, validateWorkbook } from "../../src/workbook";
import { specToBuffer } from "../../src/adapters/xlsx/write";
import { readXlsx } from "../../src/adapters/xlsx/read";

jest.setTimeout(120_000);

const TEXTS: [string, string[]][] = [
  [
    "activities made up from the budget blocks",
    [
      "โครงการ ทดสอบเดือนกิจกรรม",
      "ปีงบประมาณ 2569",
      "งบประมาณ",
      "กิจกรรมที่ 1 ประชุมครู",
      "- ค่าอาหารว่าง 20 คน 1 มื้อ มื้อละ 35 บาท เป็นเงิน 700 บาท",
      "กิจกรรมที่ 2 อบรมนักเรียน",
      "- ค่าวัสดุ 10 ชุด ชุดละ 50 บาท เป็นเงิน 500 บาท",
      "กิจกรรมที่ 3 สรุปผล",
      "- ค่าถ่ายเอกสาร 100 แผ่น แผ่นละ 1 บาท เป็นเงิน 100 บาท",
    ],
  ],
  [
    "an activity table row without a month",
    [
      "โครงการ ทดสอบเดือนกิจกรรม",
      "ระยะเวลาดำเนินการ พ.ย. 2568 – มี.ค. 2569",
      "กิจกรรม\tระยะเวลา\tผู้รับผิดชอบ",
      "1. ประชุมครู\tพ.ย. 2568\tนางสาวทดสอบ ใจดี",
      "2. อบรมนักเรียน\t\tนางสาวทดสอบ ใจดี",
      "",
      "งบประมาณ",
      "กิจกรรมที่ 1 ประชุมครู",
      "- ค่าอาหารว่าง 20 คน 1 มื้อ มื้อละ 35 บาท เป็นเงิน 700 บาท",
    ],
  ],
];

test.each(TEXTS)("%s: every schedule-missing finding of the workbook names the activity's month cell", async (_label, lines) => {
  const checked = checkProjectText(lines.join("\n"));
  const onText = checked.findings.filter((f) => f.rule === "schedule-missing");
  expect(onText.length).toBeGreaterThan(0);
  const spec = buildWorkbookSpec(checked.plan, { lang: "th" });
  const snapshot = await readXlsx(await specToBuffer(spec));
  const missing = validateWorkbook(snapshot).findings.filter((f) => f.rule === "schedule-missing");
  expect(missing.map((f) => f.activityId).sort()).toEqual(onText.map((f) => f.activityId).sort());
  for (const f of missing) {
    expect(f.sheet).toBeTruthy();
    expect(f.cell).toMatch(/^[A-Z]+\d+$/);
    // the cell is on the activity's row of the activity sheet, in its month column (empty)
    const sheet = snapshot.sheets.find((s) => s.name === f.sheet)!;
    const row = Number(/\d+$/.exec(f.cell!)![0]);
    const col = f.cell!.charCodeAt(0) - 65;
    expect(sheet.values[row - 1].map(String)).toContain(f.activityId!);
    expect(sheet.values[row - 1][col] ?? null).toBeNull();
  }
});
