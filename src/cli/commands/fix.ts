import { promises as fs } from "fs";
import { parseArgs, UsageError } from "../args";
import { refusesOverwrite, writeSafely, samePath, type Context } from "../io";
import { failureMessage, validatePlanWorkbook } from "../load";
import { loadWorkbook, snapshotOf } from "../../adapters/xlsx/read";
import { applyEdits } from "../../adapters/xlsx/edit";
import { addCharts, readCharts, type ChartSpec } from "../../adapters/xlsx/chart";
import { fixesFor, type PlannedFix } from "../workbookApi";
import { countBySeverity } from "../report";

/**
 * Parts of the input that ExcelJS does not write back (zip entry names are plain text in the file), and
 * the charts `fix` writes again itself (those the template writer makes: they are not reported lost).
 */
async function partsExcelJsDrops(file: string): Promise<{ lost: string[]; charts: ChartSpec[] }> {
  const buf = await fs.readFile(file);
  let charts: ChartSpec[] = [];
  let others = 0;
  if (buf.includes("xl/charts/")) {
    try {
      ({ charts, others } = await readCharts(buf));
    } catch {
      others = 1;
    }
  }
  const parts: [string, string][] = [
    ["xl/charts/", "charts"],
    ["xl/pivotTables/", "pivot tables"],
    ["xl/vbaProject.bin", "macros"],
    ["xl/slicers/", "slicers"],
  ];
  const lost = parts.filter(([entry]) => buf.includes(entry) && (entry !== "xl/charts/" || others > 0)).map(([, name]) => name);
  return { lost, charts };
}

function showValue(v: unknown): string {
  if (v === null || v === undefined || v === "") return "(ว่าง)";
  if (typeof v === "number") return v.toLocaleString("en-US", { maximumFractionDigits: 2 });
  return String(v);
}

export async function fixCommand(argv: string[], ctx: Context): Promise<number> {
  const args = parseArgs(argv, [
    { name: "output", short: "o", value: true },
    { name: "force", value: false },
  ]);
  if (args.positional.length !== 1) throw new UsageError("ต้องระบุไฟล์แผน .xlsx หนึ่งไฟล์", "Give one plan .xlsx file to fix");
  const input = args.positional[0];
  const out = args.options.output as string | undefined;
  if (!out) throw new UsageError("ต้องระบุไฟล์ผลลัพธ์ด้วย -o fixed.xlsx", "Give the output file with -o fixed.xlsx");
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`ไฟล์ผลลัพธ์ต้องลงท้ายด้วย .xlsx: ${out}`, `The output must end in .xlsx: ${out}`);
  if (samePath(input, out)) {
    throw new UsageError(
      `ไม่เขียนทับไฟล์ต้นฉบับ ${input} — ระบุไฟล์ผลลัพธ์อื่นด้วย -o`,
      `Will not write over the input ${input}; give a different output file with -o`,
    );
  }
  if (await refusesOverwrite(ctx, out, args.options.force)) return 2;
  let fixes: PlannedFix[];
  let wb;
  try {
    wb = await loadWorkbook(input);
    const snapshot = snapshotOf(wb);
    validatePlanWorkbook(snapshot, input); // throws when it is not a plan
    fixes = fixesFor(snapshot);
  } catch (e) {
    ctx.io.err(`budget-plan: ${failureMessage(e, input).messages[ctx.lang]}`);
    return 2;
  }
  const { lost, charts } = await partsExcelJsDrops(input);
  if (lost.length) {
    ctx.io.err(
      ctx.lang === "th"
        ? `budget-plan: หมายเหตุ — ${input} มี ${lost.join(", ")} ซึ่งจะไม่ถูกคัดลอกไปยัง ${out} (ใช้ปุ่มแก้ไขใน Excel add-in ถ้าต้องการเก็บไว้)`
        : `budget-plan: note: ${input} holds ${lost.join(", ")}, which will not be carried over to ${out} (use the fixes in the Excel add-in to keep them)`,
    );
  }
  const edits = fixes.flatMap((f) => f.edits);
  const before = applyEdits(wb, edits);
  const book = wb;
  const write = async () => {
    if (!charts.length) return book.xlsx.writeFile(out);
    const buf = Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer);
    await fs.writeFile(out, await addCharts(buf, charts));
  };
  if (!(await writeSafely(ctx, out, write))) return 2;

  // Check the written file again: what is left for the user to decide.
  const after = validatePlanWorkbook(snapshotOf(await loadWorkbook(out)), out);
  const counts = countBySeverity(after.findings);
  const lines: string[] = [];
  const th = ctx.lang === "th";
  lines.push(th ? `แก้ ${input} → ${out}: ${edits.length} ช่อง` : `Fixed ${input} → ${out}: ${edits.length} cell(s)`);
  fixes.forEach((fix) => {
    for (const e of fix.edits) {
      const old = before.get(`${e.sheet}!${e.cell}`);
      const now = e.formula ?? showValue(e.value);
      lines.push(`  - ${e.sheet}!${e.cell}: ${showValue(old)} → ${now}${fix.label ? `  (${fix.label[ctx.lang]})` : ""}`);
    }
  });
  if (!edits.length) lines.push(th ? "  ไม่มีช่องที่ต้องแก้" : "  Nothing to fix");
  lines.push(
    th
      ? `  เหลือ: ข้อผิดพลาด ${counts.error}, คำเตือน ${counts.warning} (ต้องตัดสินใจเอง เช่น งบเกินวงเงิน) — ดู budget-plan validate ${out}`
      : `  Left: ${counts.error} error(s), ${counts.warning} warning(s) for you to decide (e.g. over-allocation); see budget-plan validate ${out} --lang en`,
  );
  ctx.io.out(lines.join("\n"));
  return 0;
}
