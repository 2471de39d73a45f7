import { parseArgs, UsageError } from "../args";
import { refusesOverwrite, writeSafely, samePath, type Context } from "../io";
import { failureMessage, validatePlanWorkbook } from "../load";
import { loadForEdit, readXlsxBytes, readXlsxFile, type ReadResult } from "../../adapters/xlsx/read";
import { applyEdits } from "../../adapters/xlsx/edit";
import { LIMITS } from "../../adapters/xlsx/limits";
import { fromModel } from "../../adapters/xlsx/evaluateMode";
import { PatchRefusal, patchWorkbook } from "../../adapters/xlsx/patchWorkbook";
import { parseAddr } from "../../workbook/a1";
import type { CellEdit } from "../../workbook/host";
import type { CellScalar, WorkbookSnapshot } from "../../workbook/types";
import type { WorkbookValidation } from "../../workbook/validateWorkbook";
import { replaceSheet } from "../../adapters/xlsx/write";
import { proposalOf, proposalStale, relaidProposal } from "../../workbook/proposal/relayout";
import { addCharts, readCharts, type ChartSpec } from "../../adapters/xlsx/chart";
import { fixesFor, unreadableForFixes, type PlannedFix } from "../workbookApi";
import { combinedFixEdits } from "../../workbook/fixes";
import { countBySeverity } from "../report";
import { count } from "../../core/plural";
import { cellRef } from "../../core/cellRef";

/**
 * Parts of the input that ExcelJS does not write back (zip entry names are plain text in the file), and
 * the charts `fix` writes again itself (those the template writer makes: they are not reported lost).
 */
async function partsExcelJsDrops(buf: Buffer): Promise<{ lost: string[]; charts: ChartSpec[] }> {
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

/** What each edited cell held (formula with "=", or value), from the cells as read. */
function previousContents(snapshot: WorkbookSnapshot, edits: CellEdit[]): Map<string, CellScalar> {
  const out = new Map<string, CellScalar>();
  for (const e of edits) {
    const sheet = snapshot.sheets.find((s) => s.name === e.sheet);
    const at = parseAddr(e.cell);
    const r = at ? at.row - 1 : -1;
    const c = at ? at.col - 1 : -1;
    out.set(`${e.sheet}!${e.cell}`, sheet?.formulas[r]?.[c] ?? sheet?.values[r]?.[c] ?? null);
  }
  return out;
}

/**
 * The cells as read with the edits applied and every formula's value computed again from the plan model
 * (reading mode "checks" on a file without cached results); undefined when that is not exact (then the
 * file written is read again). Changes `snapshot`.
 */
function withEdits(snapshot: WorkbookSnapshot, edits: CellEdit[]): WorkbookSnapshot | undefined {
  let formulas = 0;
  for (const s of snapshot.sheets) {
    s.formulas.forEach((row, r) =>
      row.forEach((f, c) => {
        if (!f) return;
        s.values[r][c] = null;
        formulas++;
      }),
    );
  }
  for (const e of edits) {
    const sheet = snapshot.sheets.find((s) => s.name === e.sheet);
    const at = parseAddr(e.cell);
    if (!sheet || !at || at.row > sheet.values.length || at.col > (sheet.values[at.row - 1]?.length ?? 0)) return undefined;
    const f = e.formula ? e.formula : null;
    sheet.formulas[at.row - 1][at.col - 1] = f;
    sheet.values[at.row - 1][at.col - 1] = f ? null : (e.value ?? null);
    if (f) formulas++;
  }
  return fromModel(snapshot, { cached: 0, missing: formulas }, "checks");
}

function showValue(v: unknown, lang: "th" | "en"): string {
  if (v === null || v === undefined || v === "") return lang === "th" ? "(ว่าง)" : "(empty)";
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
  let read: ReadResult;
  let validation: WorkbookValidation;
  try {
    read = await readXlsxFile(input, { evaluate: "checks" });
    ({ validation } = validatePlanWorkbook(read.snapshot, input, read.notes)); // throws when it is not a plan
    fixes = fixesFor(read.snapshot, validation);
  } catch (e) {
    ctx.io.err(`budget-plan: ${failureMessage(e, input).messages[ctx.lang]}`);
    return 2;
  }
  // Never write a figure derived from a table that could not be read.
  const missing = unreadableForFixes(read.snapshot, fixes, validation);
  if (missing.length && validation.located.budget?.handMade) {
    // the school's own layout, not the template: automatic fixes write into the template's tables only
    ctx.io.err(
      ctx.lang === "th"
        ? `budget-plan: ไม่ได้แก้ ${input} (ไฟล์ไม่ถูกเปลี่ยน) — ตารางในไฟล์นี้เป็นรูปแบบที่ทำเอง ส่วนการแก้อัตโนมัติเขียนได้เฉพาะในตารางของแม่แบบ — แก้เองได้ตามผลตรวจ: budget-plan validate ${input} บอกเซลล์ที่ต้องแก้และสูตรที่แนะนำให้พิมพ์`
        : `budget-plan: ${input} was not changed: its tables are in its own layout, and automatic fixes write only into the template's tables. You can fix it by hand: budget-plan validate ${input} names each cell to correct and the formula to type.`,
    );
    return 2;
  }
  if (missing.length) {
    const th = ctx.lang === "th";
    ctx.io.err(
      th
        ? `budget-plan: ไม่แก้ ${input} — อ่านส่วนที่ต้องใช้คำนวณไม่ได้: ${missing.map((m) => m.th).join("; ")} — แก้ตารางให้อ่านได้ (หัวตารางตามแม่แบบ ไม่ผสานช่อง) แล้วลองใหม่`
        : `budget-plan: not fixing ${input}: what the fixes would be computed from cannot be read: ${missing.map((m) => m.en).join("; ")}; make the table readable (template header row, no merged header cells) and try again`,
    );
    return 2;
  }
  // several fixes together: a total typed from the old amounts moves by all their lines at once
  const edits = combinedFixEdits(fixes);
  // the printable proposal, laid out again when its data changed since (its flags), from the cells as read
  const proposal = proposalOf(read.snapshot);
  let relaid = proposal && proposalStale(read.snapshot, validation) ? relaidProposal(validation, proposal.name) : undefined;
  const th = ctx.lang === "th";
  const fitsExcelJs = read.cells <= LIMITS.cellsForEdit;
  if (relaid && !fitsExcelJs) {
    ctx.io.err(
      th
        ? `budget-plan: หมายเหตุ — ไม่ได้จัดหน้า "${relaid.name}" ใหม่ (สมุดงานใหญ่เกิน ${LIMITS.cellsForEdit.toLocaleString("en-US")} ช่องสำหรับการจัดหน้าใหม่) — ใช้ปุ่มจัดหน้าใหม่ใน Excel add-in`
        : `budget-plan: note: "${relaid.name}" was not laid out again (the workbook has more than ${LIMITS.cellsForEdit.toLocaleString("en-US")} cells for a new layout); lay it out again in the Excel add-in`,
    );
    relaid = undefined;
  }
  let before: Map<string, CellScalar> | undefined;
  let written: Buffer | undefined;
  let produce: (() => Promise<Buffer>) | undefined;
  if (!relaid) {
    // the patch writer: only the fixed cells change in the file, every other part is kept as it was
    try {
      const patched = patchWorkbook(read.bytes, edits, input).bytes;
      before = previousContents(read.snapshot, edits);
      produce = async () => (written = patched);
    } catch (e) {
      if (!(e instanceof PatchRefusal) || !fitsExcelJs) {
        const why = e instanceof PatchRefusal ? { th: `ไม่แก้ ${input} — ${e.reason.th}`, en: `not fixing ${input}: ${e.reason.en}` } : failureMessage(e, input).messages;
        ctx.io.err(`budget-plan: ${why[ctx.lang]}`);
        return 2;
      }
      ctx.io.err(th ? `budget-plan: หมายเหตุ — ${e.reason.th}: เขียนทั้งสมุดงานใหม่แทนการแก้เฉพาะช่อง` : `budget-plan: note: ${e.reason.en}; the whole workbook is written again instead of the fixed cells only`);
    }
  }
  if (!produce) {
    try {
      wb = await loadForEdit(read, input);
    } catch (e) {
      ctx.io.err(`budget-plan: ${failureMessage(e, input).messages[ctx.lang]}`);
      return 2;
    }
    const { lost, charts } = await partsExcelJsDrops(read.bytes);
    if (lost.length) {
      ctx.io.err(
        th
          ? `budget-plan: หมายเหตุ — ${input} มี ${lost.join(", ")} ซึ่งจะไม่ถูกคัดลอกไปยัง ${out} (ใช้ปุ่มแก้ไขใน Excel add-in ถ้าต้องการเก็บไว้)`
          : `budget-plan: note: ${input} holds ${lost.join(", ")}, which will not be carried over to ${out} (use the fixes in the Excel add-in to keep them)`,
      );
    }
    before = applyEdits(wb, edits);
    if (relaid) replaceSheet(wb, relaid);
    const book = wb;
    produce = async () => {
      const buf = Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer);
      written = charts.length ? await addCharts(buf, charts) : buf;
      return written;
    };
  }
  if (!(await writeSafely(ctx, out, produce))) return 2;
  // A big workbook is checked again from the cells as read with the fixes applied (what reading the file
  // written gives: its formulas carry no cached result), not read again; a small one is read again.
  const inMemory = read.cells > LIMITS.cellsForEdit ? withEdits(read.snapshot, edits) : undefined;
  // what was read goes before the written file is read again (a 50,000-line plan takes hundreds of MB)
  read = undefined!;
  validation = undefined!;
  wb = undefined;
  produce = undefined;

  // Check what was written again: what is left for the user to decide.
  const after = validatePlanWorkbook(inMemory ?? readXlsxBytes(written!, { label: out, evaluate: "checks" }).snapshot, out);
  const counts = countBySeverity(after.findings);
  const lines: string[] = [];
  lines.push(th ? `แก้ ${input} → ${out}: ${edits.length} ช่อง` : `Fixed ${input} → ${out}: ${count(edits.length, "cell", "cells")}`);
  fixes.forEach((fix) => {
    const companions = new Set((fix.companions ?? []).map((k) => `${k.sheet}!${k.cell}`));
    for (const e of fix.edits.filter((x) => !companions.has(`${x.sheet}!${x.cell}`))) {
      const old = before!.get(`${e.sheet}!${e.cell}`);
      const now = e.formula ?? showValue(e.value, ctx.lang);
      lines.push(`  - ${cellRef(e.sheet, e.cell)}: ${showValue(old, ctx.lang)} → ${now}${fix.label ? `  (${fix.label[ctx.lang]})` : ""}`);
    }
  });
  for (const e of edits) {
    if (!fixes.some((f) => f.companions?.some((k) => k.sheet === e.sheet && k.cell === e.cell))) continue;
    const old = before!.get(`${e.sheet}!${e.cell}`);
    lines.push(`  - ${cellRef(e.sheet, e.cell)}: ${showValue(old, ctx.lang)} → ${showValue(e.value, ctx.lang)}  (${th ? "ยอดรวมที่พิมพ์ตามจำนวนเงินเดิม ตามรายการที่แก้" : "a total typed from the old amounts, moved with the lines fixed"})`);
  }
  if (relaid) lines.push(th ? `  - ${relaid.name}: จัดหน้าใหม่ตามข้อมูลปัจจุบัน` : `  - ${relaid.name}: laid out again for the current data`);
  else if (!edits.length) lines.push(th ? "  ไม่มีช่องที่ต้องแก้" : "  Nothing to fix");
  lines.push(
    th
      ? `  เหลือ: ข้อผิดพลาด ${counts.error}, คำเตือน ${counts.warning} (ต้องตัดสินใจเอง เช่น งบเกินวงเงิน) — ดู budget-plan validate ${out}`
      : `  Left: ${count(counts.error, "error", "errors")}, ${count(counts.warning, "warning", "warnings")} for you to decide (e.g. over-allocation); see budget-plan validate ${out} --lang en`,
  );
  ctx.io.out(lines.join("\n"));
  return 0;
}
