import { parseArgs, UsageError } from "../args";
import { refusesOverwrite, writeSafely, type Context } from "../io";
import { emptyPlan } from "../../core/model";
import { fiscalYearOf, monthOfDate } from "../../core/calendar";
import { toArabicDigits } from "../../core/thaiDigits";
import { seedPlan } from "../../core/examples/seed2560";
import { buildWorkbookSpec } from "../../workbook";
import { specToBuffer } from "../../adapters/xlsx/write";
import { count } from "../../core/plural";

/** "2569", "๒๕๖๙", or a Gregorian year (2026 → 2569). */
export function parseFiscalYear(raw: string): number {
  const n = Number(toArabicDigits(raw.trim()));
  if (!Number.isInteger(n)) throw new UsageError(`ปีงบประมาณไม่ถูกต้อง: "${raw}"`, `Not a fiscal year: "${raw}"`);
  const be = n >= 1900 && n < 2400 ? n + 543 : n;
  if (be < 2500 || be > 2700) {
    throw new UsageError(`ปีงบประมาณ ${raw} อยู่นอกช่วงที่รับได้ (2500–2700)`, `Fiscal year ${raw} is out of range (2500–2700 BE)`);
  }
  return be;
}

export async function newCommand(argv: string[], ctx: Context): Promise<number> {
  const args = parseArgs(argv, [
    { name: "fiscal-year", short: "y", value: true },
    { name: "example", value: false },
    { name: "force", value: false },
  ]);
  if (args.positional.length !== 1) {
    throw new UsageError("ต้องระบุชื่อไฟล์ที่จะสร้างหนึ่งไฟล์ เช่น budget-plan new แผน.xlsx", "Give one file to create, e.g. budget-plan new plan.xlsx");
  }
  const out = args.positional[0];
  if (!/\.xlsx$/i.test(out)) throw new UsageError(`ชื่อไฟล์ต้องลงท้ายด้วย .xlsx: ${out}`, `The file name must end in .xlsx: ${out}`);
  if (args.options.example && args.options["fiscal-year"]) {
    throw new UsageError("--example ใช้ปีงบประมาณของตัวอย่าง (2560) จึงใช้ร่วมกับ --fiscal-year ไม่ได้", "--example uses the sample's fiscal year (2560); it cannot be combined with --fiscal-year");
  }
  if (await refusesOverwrite(ctx, out, args.options.force)) return 2;
  const fy = args.options["fiscal-year"] ? parseFiscalYear(String(args.options["fiscal-year"])) : fiscalYearOf(monthOfDate(new Date()));
  const plan = args.options.example ? seedPlan() : emptyPlan(fy);
  const spec = buildWorkbookSpec(plan, { lang: ctx.lang });
  if (!(await writeSafely(ctx, out, () => specToBuffer(spec)))) return 2;
  ctx.io.out(
    ctx.lang === "th"
      ? `สร้าง ${out} แล้ว (${args.options.example ? "ตัวอย่างโครงการ" : "แม่แบบเปล่า"} ปีงบประมาณ ${plan.project.fiscalYear}; ${spec.sheets.length} แผ่นงาน: ${spec.sheets.map((s) => s.name).join(", ")})`
      : `Wrote ${out} (${args.options.example ? "sample project" : "blank template"}, fiscal year ${plan.project.fiscalYear}; ${count(spec.sheets.length, "sheet", "sheets")}: ${spec.sheets.map((s) => s.name).join(", ")})`,
  );
  return 0;
}
