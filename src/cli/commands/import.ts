import { extname } from "path";
import { parseArgs, UsageError } from "../args";
import { refusesOverwrite, writeSafely, samePath, type Context } from "../io";
import { decodeText, DOCX_EXT, failureMessage, noPlanError } from "../load";
import { isDocxPackage, placeProblems, readDocx, type DocxText } from "../docx";
import { problemLine } from "../report";
import { checkProjectText } from "../../import/check";
import { buildWorkbookSpec } from "../../workbook";
import { specToBuffer } from "../../adapters/xlsx/write";
import { XlsxReadError } from "../../adapters/xlsx/errors";
import { readInputBytes } from "../../adapters/xlsx/read";
import { planTotal } from "../../core/budget";
import { formatBaht } from "../../core/money";
import { count } from "../../core/plural";

export async function importCommand(argv: string[], ctx: Context): Promise<number> {
  const args = parseArgs(argv, [
    { name: "output", short: "o", value: true },
    { name: "force", value: false },
  ]);
  if (args.positional.length !== 1) {
    throw new UsageError("ต้องระบุไฟล์ข้อความโครงการหนึ่งไฟล์", "Give one project text file to import");
  }
  const input = args.positional[0];
  const out = args.options.output as string | undefined;
  if (!out) throw new UsageError("ต้องระบุไฟล์ผลลัพธ์ด้วย -o plan.xlsx", "Give the output file with -o plan.xlsx");
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`ไฟล์ผลลัพธ์ต้องลงท้ายด้วย .xlsx: ${out}`, `The output must end in .xlsx: ${out}`);
  if (samePath(input, out)) throw new UsageError("ไฟล์ผลลัพธ์ต้องไม่ใช่ไฟล์ต้นฉบับ", "The output must not be the input file");

  let text: string;
  let doc: DocxText | undefined;
  try {
    const buf = await readInputBytes(input, input);
    if (buf.length === 0) throw new XlsxReadError("empty", input);
    if (DOCX_EXT.has(extname(input).toLowerCase()) || isDocxPackage(buf)) {
      // a Word document: read as text, its places kept for what is reported
      doc = readDocx(buf, input);
      text = doc.text;
    } else if (buf[0] === 0x50 && buf[1] === 0x4b) {
      throw new XlsxReadError("unreadable", input, { th: "เป็นไฟล์ zip/Office ไม่ใช่ข้อความหรือเอกสาร Word; บันทึกเป็น .docx หรือ .txt ก่อน", en: "a zip/Office file, not text or a Word document; save it as .docx or .txt first" });
    } else text = decodeText(buf);
    if (!text.trim()) throw new XlsxReadError("empty", input);
  } catch (e) {
    ctx.io.err(`budget-plan: ${failureMessage(e, input).messages[ctx.lang]}`);
    return 2;
  }
  const checked = checkProjectText(text);
  const { plan, findings, planFound } = checked;
  // in a Word document, a problem names its paragraph or table row, not a line of the text it was read as
  const problems = doc ? placeProblems(checked.problems, doc.lines) : checked.problems;
  if (!planFound) {
    ctx.io.err(`budget-plan: ${noPlanError(input).messages[ctx.lang]}`);
    return 2;
  }
  if (await refusesOverwrite(ctx, out, args.options.force)) return 2;
  // what could not be read is kept in the workbook (a hidden sheet): validate and the task pane show it again
  const importNotes = problems.map((p) => ({ line: p.line, severity: p.severity, code: p.code, message: p.message, text: p.text }));
  const spec = buildWorkbookSpec(plan, { lang: ctx.lang, importNotes });
  if (!(await writeSafely(ctx, out, () => specToBuffer(spec)))) return 2;
  const errors = findings.filter((f) => f.severity === "error").length;
  const warnings = findings.filter((f) => f.severity === "warning").length;
  const lines: string[] = [];
  if (ctx.lang === "th") {
    lines.push(`นำเข้า ${input} → ${out}`);
    lines.push(
      `  โครงการ: ${plan.project.name || "(ไม่พบชื่อ)"}; กิจกรรม ${plan.activities.length}; รายการงบประมาณ ${plan.budgetLines.length}; รวม ${formatBaht(planTotal(plan), "th")}`,
    );
    lines.push(problems.length ? `  อ่านไม่ได้หรือไม่แน่ใจ ${problems.length} จุด:` : "  อ่านได้ครบทุกส่วน");
  } else {
    lines.push(`Imported ${input} → ${out}`);
    lines.push(
      `  Project: ${plan.project.name || "(no name found)"}; ${plan.activities.length} activities; ${plan.budgetLines.length} budget lines; total ${formatBaht(planTotal(plan), "en")}`,
    );
    lines.push(problems.length ? `  ${count(problems.length, "place", "places")} not read or uncertain:` : "  Every part was read");
  }
  for (const p of problems) lines.push(`    - ${problemLine(doc ? { message: p.message, text: p.text } : p, ctx.lang)}`);
  for (const n of doc?.notes ?? []) lines.push(`    - ${n[ctx.lang]}`);
  if (plan.budgetLines.length === 0) {
    // said plainly: a workbook without any budget line checks nothing about money
    lines.push(
      ctx.lang === "th"
        ? "  คำเตือน: สมุดงานที่สร้างไม่มีรายการงบประมาณเลย จึงยังตรวจจำนวนเงินไม่ได้ — แก้บรรทัดที่อ่านไม่ได้แล้วนำเข้าใหม่ หรือกรอกรายการงบประมาณในสมุดงานเอง"
        : "  Warning: the workbook written holds no budget line at all, so no amount can be checked yet — fix the lines that could not be read and import again, or enter the budget lines in the workbook",
    );
  }
  if (problems.length) {
    lines.push(
      ctx.lang === "th"
        ? "  (สิ่งที่อ่านไม่ได้ข้างบนบันทึกไว้ในสมุดงาน (แผ่นงานซ่อน _budgetplan_import) การตรวจสมุดงานจะแสดงอีก)"
        : "  (what could not be read, listed above, is kept in the workbook (hidden sheet _budgetplan_import): checking the workbook shows it again)",
    );
  }
  lines.push(
    ctx.lang === "th"
      ? `  ผลตรวจ: ข้อผิดพลาด ${errors}, คำเตือน ${warnings} (ดูรายละเอียด: budget-plan validate ${out})`
      : `  Checks: ${count(errors, "error", "errors")}, ${count(warnings, "warning", "warnings")} (details: budget-plan validate ${out} --lang en)`,
  );
  ctx.io.out(lines.join("\n"));
  return 0;
}
