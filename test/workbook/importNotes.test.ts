// import keeps its reading problems in the workbook it writes (a hidden add-in sheet): every later check of the
// workbook shows them again; workbooks without the sheet (older templates, hand-made) read as before.
import { checkProjectText } from "../../src/import/check";
import { buildWorkbookSpec } from "../../src/workbook";
import { IMPORT_NOTES } from "../../src/workbook/layout";
import { readImportNotes } from "../../src/workbook/importNotes";
import { isAddinSheet } from "../../src/workbook/mapping";
import { validateWorkbook } from "../../src/workbook/validateWorkbook";
import { specToBuffer } from "../../src/adapters/xlsx/write";
import { readXlsxBytes } from "../../src/adapters/xlsx/read";

const TEXT = [
  "โครงการ ประชุมผู้ปกครอง",
  "ระยะเวลาดำเนินการ พฤศจิกายน 2567",
  "งบประมาณ 5,000 บาท",
  "กิจกรรม",
  "1. ประชุมผู้ปกครอง พฤศจิกายน 2567",
  "งบประมาณ",
  "- ค่าอาหารว่าง 50 คน x 35 บาท x 2 มื้อ เป็นเงิน 3,500 บาท",
  "- ค่าเอกสาร 20 บาท x สองร้อย ชุด = 4,000 บาท",
  "- ค่าตกแต่งสถานที่",
  "รวมทั้งสิ้น 5,000 บาท",
].join("\n");

async function roundTrip(withNotes: boolean) {
  const c = checkProjectText(TEXT);
  const importNotes = c.problems.map((p) => ({ line: p.line, severity: p.severity, code: p.code, message: p.message, text: p.text }));
  const spec = buildWorkbookSpec(c.plan, withNotes ? { importNotes } : {});
  const bytes = await specToBuffer(spec);
  return { c, spec, snapshot: readXlsxBytes(bytes, { label: "t.xlsx", evaluate: "checks" }).snapshot };
}

describe("import notes kept in the workbook", () => {
  it("are written to a hidden add-in sheet and read back with line, severity and both languages", async () => {
    const { c, spec, snapshot } = await roundTrip(true);
    expect(c.problems.length).toBeGreaterThanOrEqual(2);
    const sheet = spec.sheets.find((s) => s.name === IMPORT_NOTES.sheet);
    expect(sheet?.hidden).toBe(true);
    expect(isAddinSheet(IMPORT_NOTES.sheet)).toBe(true);
    const notes = readImportNotes(snapshot);
    expect(notes.map((n) => [n.line, n.severity, n.code])).toEqual(c.problems.map((p) => [p.line, p.severity, p.code]));
    expect(notes[0].message).toEqual(c.problems[0].message);
  });

  it("come back as read-problem findings of the workbook, with the severity they had on the text", async () => {
    const { c, snapshot } = await roundTrip(true);
    const v = validateWorkbook(snapshot);
    expect(v.isPlan).toBe(true);
    const kept = v.findings.filter((f) => f.rule === "read-problem" && f.message.th.startsWith("ตอนนำเข้าจากข้อความ"));
    expect(kept.map((f) => f.severity).sort()).toEqual(c.problems.map((p) => p.severity).sort());
    expect(kept.some((f) => f.message.th.includes("บรรทัด 9") && f.message.en.includes("Line 9"))).toBe(true);
    // the notes sheet is never read as a plan sheet
    expect(v.located.sheets.budget).not.toBe(IMPORT_NOTES.sheet);
  });

  it("are absent from a workbook written without them (older templates read as before)", async () => {
    const { snapshot } = await roundTrip(false);
    expect(snapshot.sheets.some((s) => s.name === IMPORT_NOTES.sheet)).toBe(false);
    expect(readImportNotes(snapshot)).toEqual([]);
    expect(validateWorkbook(snapshot).findings.some((f) => f.message.th.startsWith("ตอนนำเข้าจากข้อความ"))).toBe(false);
  });
});
