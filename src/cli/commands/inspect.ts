/**
 * budget-plan inspect <plan.xlsx>: what was read — which sheet and rows form each table, which column
 * was taken for each plan column, which rows were headings, subtotals and totals, which columns and
 * sheets were left out, where the project fields and the fiscal year came from.
 *
 * Correcting a reading: `--columns unitCost=E,quantity=D,times=F [--sheet S] [--header-row 7] -o out.xlsx`
 * stores the choice in the workbook's hidden mapping sheet (src/workbook/mapping.ts), which every later
 * check (CLI and add-in) reads.
 */
import ExcelJS from "exceljs";
import { FORMAT_OPTION, parseArgs, UsageError } from "../args";
import { refusesOverwrite, samePath, writeSafely, type Context } from "../io";
import { DOCX_EXT, failureMessage, isTextInput } from "../load";
import { isDocxPackage } from "../docx";
import { documentText, inspectDocx, inspectText } from "./inspectDocument";
import { IMPORT_NOTES } from "../../workbook/layout";
import { readInputBytes } from "../../adapters/xlsx/read";
import { extname } from "path";
import { loadForEdit, readXlsxFile, type ReadResult as FileRead } from "../../adapters/xlsx/read";
import { readPlan } from "../../workbook/readPlan";
import { TABLE_LABEL, explainReading, fieldLabel, roleLabel, type Explanation } from "../../workbook/explain";
import { MAPPING_SHEET, mappingEdits, readMapping, type ColumnChoice } from "../../workbook/mapping";
import { MAPPABLE_ROLES, ROLE_ALIASES } from "../../workbook/read/handHeader";
import { colIndex } from "../../workbook/a1";
import { isEmptyPlan, planSets, snapshotOfSet } from "../../workbook/planSets";
import type { WorkbookSnapshot } from "../../workbook/types";
import { clip } from "../../core/clip";

const KIND: Record<string, { th: string; en: string }> = {
  line: { th: "รายการ", en: "line" },
  heading: { th: "หัวข้อกิจกรรม", en: "activity heading" },
  classHead: { th: "หัวข้อหมวดรายจ่าย (ไม่ใช่กิจกรรม รายการใต้หัวข้อเป็นหมวดนี้)", en: "expense-class heading (not an activity; the lines below are of this class)" },
  subtotal: { th: "รวมย่อย", en: "subtotal" },
  total: { th: "รวมทั้งสิ้น", en: "grand total" },
  amountInWords: { th: "จำนวนเงินตัวอักษร", en: "amount in words" },
  note: { th: "หมายเหตุ/ข้อความ (ไม่นำมาคิด)", en: "note (not counted)" },
  blank: { th: "ว่าง", en: "blank" },
  hidden: { th: "แถวที่ซ่อนไว้ (ไม่ได้อ่าน)", en: "hidden row (not read)" },
};
const HOW: Record<string, { th: string; en: string }> = {
  field: { th: "ช่องปีงบประมาณ", en: "the fiscal-year field" },
  title: { th: "ข้อความหัวเรื่อง", en: "a title" },
  period: { th: "ระยะเวลาโครงการ", en: "the project period" },
  months: { th: "เดือนของกิจกรรม", en: "the activities' months" },
  current: { th: "ปีงบประมาณปัจจุบัน (ไม่พบในไฟล์)", en: "the current fiscal year (none found in the file)" },
};

export function explanationText(file: string, e: Explanation, lang: "th" | "en"): string {
  const th = lang === "th";
  const out: string[] = [file];
  out.push(th ? `  แบบ: ${e.template ? "แม่แบบของโปรแกรม" : "ตารางที่ทำเอง (อ่านจากหัวตาราง)"}` : `  Shape: ${e.template ? "the add-in's template" : "a hand-made table (read by its headers)"}`);
  out.push(
    th
      ? `  ปีงบประมาณ ${e.fiscalYear.year} จาก${HOW[e.fiscalYear.how]?.th ?? e.fiscalYear.how}${e.fiscalYear.cell ? ` (${e.fiscalYear.cell})` : ""}`
      : `  Fiscal year ${e.fiscalYear.year} from ${HOW[e.fiscalYear.how]?.en ?? e.fiscalYear.how}${e.fiscalYear.cell ? ` (${e.fiscalYear.cell})` : ""}`,
  );
  for (const f of e.fields) out.push(`  ${fieldLabel(f.field, lang)}: ${f.value}  [${f.cell}]`);
  for (const t of e.tables) {
    out.push(
      th
        ? `  ${TABLE_LABEL[t.table].th}: แผ่นงาน ${t.sheet} หัวตารางแถว ${t.headerRows.join("–")}${t.corrected ? " (ตามที่ผู้ใช้กำหนด)" : ""}`
        : `  ${TABLE_LABEL[t.table].en}: sheet ${t.sheet}, header row ${t.headerRows.join("–")}${t.corrected ? " (as corrected by the user)" : ""}`,
    );
    for (const c of t.columns) out.push(`    ${c.column}: ${roleLabel(c.role, lang, t.table)}${c.header ? `  ← "${c.header}"` : ""}`);
    for (const c of t.ignoredColumns) {
      if (c.hidden) out.push(th ? `    ${c.column}: ไม่ใช้ ("${c.header}" เป็นคอลัมน์ที่ซ่อนไว้)` : `    ${c.column}: not used ("${c.header}" is a hidden column)`);
      else out.push(th ? `    ${c.column}: ไม่ใช้ ("${c.header}" ไม่ตรงกับคอลัมน์ใดของแผน)` : `    ${c.column}: not used ("${c.header}" matches no plan column)`);
    }
    if (t.handMade) {
      for (const r of t.rows) {
        if (r.kind === "blank") continue;
        const k = KIND[r.kind]?.[lang] ?? r.kind;
        const act = r.activityId ? (th ? ` กิจกรรม ${r.activityId}` : ` activity ${r.activityId}`) : "";
        out.push(`    ${th ? "แถว" : "row"} ${r.row}: ${k}${act}${r.text ? `  "${clip(r.text, 50)}"` : ""}`);
      }
    } else out.push(th ? `    ${t.rows.length} แถว` : `    ${t.rows.length} rows`);
  }
  for (const s of e.sheets) {
    if (s.use === "read") continue;
    const why =
      s.use === "old-copy"
        ? { th: "สำเนาแผ่นงานเดิม ไม่อ่าน", en: "a kept copy of an old sheet; not read" }
        : s.use === "mapping"
          ? s.name === IMPORT_NOTES.sheet
            ? { th: "บันทึกการนำเข้าจากเอกสารโครงการ (หมายเหตุการอ่าน) ไม่ใช่ส่วนของแผน", en: "notes of the import from a project document (reading notes); not part of the plan" }
            : { th: "การจับคู่คอลัมน์ที่ผู้ใช้กำหนด", en: "the user's column choices" }
          : { th: "ไม่พบตารางของแผน", en: "no plan table found" };
    out.push(`  ${th ? "แผ่นงาน" : "Sheet"} ${s.name}: ${why[lang]}`);
  }
  for (const p of e.problems) out.push(`  ${th ? "หมายเหตุการอ่าน" : "Reading note"}: ${p[lang]}`);
  return out.join("\n");
}

/**
 * The reading of each plan of a workbook that holds several (planSets.ts: template plan sets, or hand-made
 * projects a sheet each), as `validate` checks them; a template set with nothing in it yet is left out.
 * Undefined for a workbook of one plan.
 */
export function projectReadings(snapshot: WorkbookSnapshot): { sheet: string; name: string; explanation: Explanation }[] | undefined {
  const sets = planSets(snapshot);
  if (sets.length < 2) return undefined;
  const parts: { sheet: string; name: string; explanation: Explanation }[] = [];
  for (const set of sets) {
    const snap = snapshotOfSet(snapshot, sets, set);
    const r = readPlan(snap);
    if (!set.hand && isEmptyPlan(r.plan)) continue;
    const sheet = set.projectSheet ?? set.sheets[0];
    parts.push({ sheet, name: set.hand?.name ?? (r.plan.project.name?.trim() || sheet), explanation: explainReading(snap, r) });
  }
  return parts.length >= 2 ? parts : undefined;
}

/** "unitCost=E,quantity=D,times=none" → choices for a sheet. */
export function parseColumns(spec: string, sheet: string, headerRow?: number): ColumnChoice[] {
  const out: ColumnChoice[] = [];
  for (const part of spec.split(",").map((x) => x.trim()).filter(Boolean)) {
    const m = /^([A-Za-z]+)\s*=\s*([A-Za-z]{1,3}|none|-)$/.exec(part);
    if (!m || !(MAPPABLE_ROLES as readonly string[]).includes(ROLE_ALIASES[m[1]] ?? m[1])) {
      throw new UsageError(
        `กำหนดคอลัมน์ไม่ถูกต้อง "${part}" — ใช้ บทบาท=คอลัมน์ เช่น unitCost=E (บทบาท: ${MAPPABLE_ROLES.join(", ")})`,
        `Bad column choice "${part}"; use role=COLUMN such as unitCost=E (roles: ${MAPPABLE_ROLES.join(", ")})`,
      );
    }
    const col = m[2] === "none" || m[2] === "-" ? null : colIndex(m[2].toUpperCase());
    out.push({ sheet, role: ROLE_ALIASES[m[1]] ?? m[1], col, ...(headerRow ? { headerRow } : {}) });
  }
  return out;
}

/** inspect of a Word document (.docx) or a project text (.txt): what was read and where; undefined when the input is neither. */
async function inspectWordDocument(input: string, options: Record<string, unknown>, ctx: Context): Promise<number | undefined> {
  const ext = extname(input).toLowerCase();
  if (ext === ".xlsx" || ext === ".xlsm") return undefined; // read once, by the workbook path
  let buf: Buffer;
  try {
    buf = await readInputBytes(input, input);
  } catch {
    return undefined; // the workbook path reports it
  }
  const text = isTextInput(input, buf);
  if (!text && !DOCX_EXT.has(ext) && !isDocxPackage(buf)) return undefined;
  if (options.columns || options.output) throw new UsageError("--columns ใช้กับสมุดงาน .xlsx เท่านั้น", "--columns applies to .xlsx workbooks only");
  let r: ReturnType<typeof inspectDocx>;
  try {
    r = text ? inspectText(buf, ctx.lang) : inspectDocx(buf, input, ctx.lang);
  } catch (e) {
    ctx.io.err(`budget-plan: ${failureMessage(e, input).messages[ctx.lang]}`);
    return 2;
  }
  if (options.format === "json") ctx.io.out(JSON.stringify({ file: input, ...r.explanation }, null, 2));
  else ctx.io.out(documentText(input, r.explanation, ctx.lang));
  if (!r.planFound) {
    ctx.io.err(ctx.lang === "th" ? `budget-plan: ไม่พบแผนโครงการใน ${input}` : `budget-plan: no project plan found in ${input}`);
    return 2;
  }
  return 0;
}

export async function inspectCommand(argv: string[], ctx: Context): Promise<number> {
  const args = parseArgs(argv, [
    FORMAT_OPTION,
    { name: "columns", value: true },
    { name: "sheet", value: true },
    { name: "header-row", value: true },
    { name: "output", short: "o", value: true },
    { name: "force", value: false },
  ]);
  if (args.positional.length !== 1) throw new UsageError("ต้องระบุไฟล์ .xlsx, .docx หรือ .txt หนึ่งไฟล์", "Give one .xlsx, .docx or .txt file to inspect");
  const input = args.positional[0];
  const docx = await inspectWordDocument(input, args.options, ctx);
  if (docx !== undefined) return docx;
  const columns = args.options.columns as string | undefined;
  const out = args.options.output as string | undefined;
  if (columns && !out) throw new UsageError("การกำหนดคอลัมน์ต้องระบุไฟล์ผลลัพธ์ด้วย -o", "Storing column choices needs an output file (-o out.xlsx)");
  if (out && !columns) throw new UsageError("-o ใช้คู่กับ --columns", "-o goes with --columns");
  const headerRow = args.options["header-row"] !== undefined ? Number(args.options["header-row"]) : undefined;
  if (headerRow !== undefined && !(Number.isInteger(headerRow) && headerRow > 0)) throw new UsageError("--header-row ต้องเป็นเลขแถว", "--header-row must be a row number");
  let read: FileRead;
  try {
    read = await readXlsxFile(input);
  } catch (e) {
    ctx.io.err(`budget-plan: ${failureMessage(e, input).messages[ctx.lang]}`);
    return 2;
  }
  if (columns && out) {
    if (samePath(input, out)) throw new UsageError(`ไม่เขียนทับไฟล์ต้นฉบับ ${input}`, `Will not write over the input ${input}`);
    const first = readPlan(read.snapshot);
    const sheet = (args.options.sheet as string | undefined) ?? first.located.budget?.sheet ?? read.snapshot.sheets[0]?.name;
    if (!sheet || !read.snapshot.sheets.some((s) => s.name === sheet)) throw new UsageError(`ไม่มีแผ่นงาน ${sheet}`, `No sheet named ${sheet}`);
    const choices = parseColumns(columns, sheet, headerRow);
    if (await refusesOverwrite(ctx, out, args.options.force)) return 2;
    let wb: ExcelJS.Workbook;
    try {
      wb = await loadForEdit(read, input);
    } catch (e) {
      ctx.io.err(`budget-plan: ${failureMessage(e, input).messages[ctx.lang]}`);
      return 2;
    }
    const ws = wb.getWorksheet(MAPPING_SHEET) ?? wb.addWorksheet(MAPPING_SHEET, { state: "hidden" });
    ws.state = "hidden";
    for (const e of mappingEdits(readMapping(read.snapshot), choices)) ws.getCell(e.cell).value = (e.value ?? null) as ExcelJS.CellValue;
    const produce = async () => Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
    if (!(await writeSafely(ctx, out, produce))) return 2;
    read = await readXlsxFile(out);
  }
  const r = readPlan(read.snapshot);
  const e = explainReading(read.snapshot, r);
  const parts = projectReadings(read.snapshot);
  if (parts) {
    // several plans in one file (template plan sets, or hand-made projects a sheet each): each its own reading
    if (args.options.format === "json") ctx.io.out(JSON.stringify({ file: out ?? input, ...parts[0].explanation, projects: parts.map((p) => ({ sheet: p.sheet, name: p.name, ...p.explanation })) }, null, 2));
    else {
      const th = ctx.lang === "th";
      ctx.io.out(th ? `${out ?? input}: ${parts.length} โครงการ แต่ละโครงการอ่านแยกกัน` : `${out ?? input}: ${parts.length} projects, each read on its own`);
      parts.forEach((p, i) => ctx.io.out(explanationText(th ? `[${i + 1}/${parts.length}] ${p.name} (${p.sheet})` : `[${i + 1}/${parts.length}] ${p.name} (${p.sheet})`, p.explanation, ctx.lang)));
    }
  } else if (args.options.format === "json") ctx.io.out(JSON.stringify({ file: out ?? input, ...e }, null, 2));
  else ctx.io.out(explanationText(out ?? input, e, ctx.lang));
  if (!r.isPlan) {
    ctx.io.err(ctx.lang === "th" ? `budget-plan: ไม่พบแผนโครงการใน ${input}` : `budget-plan: no project plan found in ${input}`);
    return 2;
  }
  return 0;
}
