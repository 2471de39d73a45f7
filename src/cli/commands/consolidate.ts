import { parseArgs, UsageError } from "../args";
import { refusesOverwrite, writeSafely, samePath, type Context } from "../io";
import { progressFor } from "../progress";
import { loadAll } from "../pool";
import { countBySeverity, type Lang } from "../report";
import {
  classTotals,
  planTotal,
  quarterTotals,
  EXPENSE_CLASSES,
} from "../../core/budget";
import { bahtToSatang, formatBaht, satangToBaht } from "../../core/money";
import type { ExpenseClass } from "../../core/model";
import type { Finding } from "../../core/findings";
import type { CellSpec, SheetSpec, WorkbookSpec } from "../../workbook/types";
import { specToBuffer } from "../../adapters/xlsx/write";
import { basename } from "path";
import { cleanInline } from "../sanitize";
import { count } from "../../core/plural";
import { cellRef } from "../../core/cellRef";

export interface ProjectRow {
  file: string;
  name?: string;
  owner?: string;
  fiscalYear?: number;
  allocation?: number;
  planned?: number;
  classes?: Record<ExpenseClass, number>;
  quarters?: [number, number, number, number];
  unscheduled?: number;
  /** Money in months outside the project's fiscal year: counted in no quarter of this year. */
  outsideYear?: number;
  errors?: number;
  warnings?: number;
  /** Why the file could not be used. */
  failure?: string;
  /** Errors and warnings, for the findings sheet. */
  findings?: Finding[];
}

const CLASS_LABEL: Record<ExpenseClass, { th: string; en: string }> = {
  compensation: { th: "ค่าตอบแทน", en: "Compensation" },
  services: { th: "ค่าใช้สอย", en: "Services" },
  materials: { th: "ค่าวัสดุ", en: "Materials" },
  utilities: { th: "ค่าสาธารณูปโภค", en: "Utilities" },
  other: { th: "อื่น ๆ", en: "Other" },
};

const COLS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ".split("");

/** Column headers of the summary, in order. */
function headers(lang: Lang): string[] {
  const th = lang === "th";
  return [
    th ? "ลำดับ" : "No.",
    th ? "ไฟล์" : "File",
    th ? "ชื่อโครงการ" : "Project",
    th ? "ผู้รับผิดชอบ" : "Owner",
    th ? "ปีงบประมาณ" : "Fiscal year",
    th ? "งบประมาณที่ได้รับจัดสรร (บาท)" : "Allocation (baht)",
    th ? "งบประมาณตามแผน (บาท)" : "Planned (baht)",
    th ? "คงเหลือ (+) / เกิน (−)" : "Left (+) / over (−)",
    ...EXPENSE_CLASSES.map((c) => CLASS_LABEL[c][lang]),
    th ? "ไตรมาส 1 (ต.ค.–ธ.ค.)" : "Q1 (Oct–Dec)",
    th ? "ไตรมาส 2 (ม.ค.–มี.ค.)" : "Q2 (Jan–Mar)",
    th ? "ไตรมาส 3 (เม.ย.–มิ.ย.)" : "Q3 (Apr–Jun)",
    th ? "ไตรมาส 4 (ก.ค.–ก.ย.)" : "Q4 (Jul–Sep)",
    th ? "ไม่ระบุเดือน" : "No month",
    th ? "นอกปีงบประมาณ" : "Outside the fiscal year",
    th ? "ข้อผิดพลาด" : "Errors",
    th ? "คำเตือน" : "Warnings",
    th ? "หมายเหตุ" : "Note",
  ];
}

/** The summary workbook for consolidated project rows. */
export function consolidationSpec(
  rows: ProjectRow[],
  lang: Lang,
): WorkbookSpec {
  const th = lang === "th";
  const head = headers(lang);
  const cells: CellSpec[] = [];
  const HEADER_ROW = 4;
  const first = HEADER_ROW + 1;
  const last = HEADER_ROW + rows.length;
  const totalRow = last + 1;
  const lastCol = COLS[head.length - 1];
  cells.push({
    address: "A1",
    value: th
      ? "สรุปแผนปฏิบัติการ: งบประมาณรายโครงการ"
      : "Action plan summary: budget by project",
    style: "title",
  });
  const usable = rows.filter((r) => !r.failure).length;
  cells.push({
    address: "A2",
    value: th
      ? `จำนวน ${rows.length} ไฟล์ (ใช้ได้ ${usable} ไฟล์)`
      : `${count(rows.length, "file", "files")}, ${usable} usable`,
    style: "note",
  });
  head.forEach((h, i) =>
    cells.push({
      address: `${COLS[i]}${HEADER_ROW}`,
      value: h,
      style: "header",
    }),
  );
  // money columns F..S (allocation … no month, outside the fiscal year), count columns T..U, note V
  const moneyCols = COLS.slice(5, 19);
  const countCols = COLS.slice(19, 21);
  const noteCol = COLS[21];
  rows.forEach((r, i) => {
    const row = first + i;
    const put = (
      col: string,
      value: string | number | undefined,
      style: CellSpec["style"],
    ) => {
      cells.push({ address: `${col}${row}`, value: value ?? null, style });
    };
    put("A", i + 1, "label");
    put("B", cleanInline(basename(r.file)), "formula");
    put("C", r.name, "formula");
    put("D", r.owner, "formula");
    put("E", r.fiscalYear, "formulaNumber");
    if (r.failure) {
      for (const c of moneyCols) put(c, undefined, "formulaMoney");
      for (const c of countCols) put(c, undefined, "formulaNumber");
      put(noteCol, r.failure, "note");
      return;
    }
    put("F", r.allocation, "formulaMoney");
    put("G", r.planned, "formulaMoney");
    cells.push({
      address: `H${row}`,
      formula: `=IF(F${row}="","",F${row}-G${row})`,
      style: "formulaMoney",
    });
    EXPENSE_CLASSES.forEach((c, k) =>
      put(COLS[8 + k], r.classes?.[c] ?? 0, "formulaMoney"),
    );
    (r.quarters ?? [0, 0, 0, 0]).forEach((q, k) =>
      put(COLS[13 + k], q, "formulaMoney"),
    );
    put("R", r.unscheduled ?? 0, "formulaMoney");
    put("S", r.outsideYear ?? 0, "formulaMoney");
    put("T", r.errors ?? 0, "formulaNumber");
    put("U", r.warnings ?? 0, "formulaNumber");
    put(noteCol, rowNote(r, lang), "note");
  });
  cells.push({
    address: `A${totalRow}`,
    value: th ? "รวม" : "Total",
    style: "total",
  });
  for (const c of ["B", "C", "D", "E", noteCol])
    cells.push({ address: `${c}${totalRow}`, value: null, style: "total" });
  for (const c of [...moneyCols, ...countCols]) {
    const formula = rows.length ? `=SUM(${c}${first}:${c}${last})` : "=0";
    cells.push({
      address: `${c}${totalRow}`,
      formula,
      style: countCols.includes(c) ? "total" : "totalMoney",
    });
  }
  const widths: Record<string, number> = {
    A: 7,
    B: 24,
    C: 40,
    D: 24,
    E: 11,
    [noteCol]: 48,
  };
  for (const c of moneyCols) widths[c] = 16;
  for (const c of countCols) widths[c] = 11;
  return {
    sheets: [
      {
        key: "consolidated",
        name: th ? "สรุปรายโครงการ" : "Projects",
        cells,
        columnWidths: widths,
        merges: [`A1:${lastCol}1`, `A2:${lastCol}2`],
        conditionalFormats: rows.length
          ? [
              {
                range: `H${first}:H${last}`,
                formula: `=AND(ISNUMBER(H${first}),H${first}<0)`,
                fill: "#FFC7CE",
                fontColor: "#9C0006",
              },
              {
                range: `S${first}:S${last}`,
                formula: `=S${first}>0`,
                fill: "#FFEB9C",
              },
              {
                range: `T${first}:T${last}`,
                formula: `=T${first}>0`,
                fill: "#FFC7CE",
                fontColor: "#9C0006",
              },
              {
                range: `U${first}:U${last}`,
                formula: `=U${first}>0`,
                fill: "#FFEB9C",
              },
            ]
          : [],
        freezeRows: HEADER_ROW,
        landscape: true,
        printTitleRows: `${HEADER_ROW}:${HEADER_ROW}`,
        tabColor: "#4472C4",
      },
      findingsSheet(rows, lang),
    ],
  };
}

/** What a reviewer must know about a row's quarters: money with no month, money outside the fiscal year. */
function rowNote(r: ProjectRow, lang: Lang): string | undefined {
  const th = lang === "th";
  const parts: string[] = [];
  const baht = (n: number) => formatBaht(bahtToSatang(n), lang);
  if (r.outsideYear)
    parts.push(
      th
        ? `${baht(r.outsideYear)} อยู่ในเดือนนอกปีงบประมาณ${r.fiscalYear ? ` ${r.fiscalYear}` : ""} จึงไม่นับในไตรมาสของปีนี้`
        : `${baht(r.outsideYear)} falls in months outside fiscal year${r.fiscalYear ? ` ${r.fiscalYear}` : ""}, so it is in no quarter of this year`,
    );
  if (r.unscheduled)
    parts.push(
      th
        ? `${baht(r.unscheduled)} ไม่ระบุเดือนดำเนินการ จึงไม่อยู่ในไตรมาสใด`
        : `${baht(r.unscheduled)} has no month, so it is in no quarter`,
    );
  return parts.length ? parts.join("; ") : undefined;
}

/**
 * Where a finding is, as `validate` shows it: a workbook's cell, a Word document's paragraph or table row, a
 * text's line ("บรรทัด 12" / "line 12").
 */
export function findingPlace(f: Finding, lang: Lang): string | null {
  if (f.sheet && f.cell) return cellRef(f.sheet, f.cell);
  if (f.cell) return f.cell;
  if (f.place) return cleanInline(f.place[lang]);
  if (f.line !== undefined) return lang === "th" ? `บรรทัด ${f.line}` : `line ${f.line}`;
  return f.sheet ?? null;
}

/** Second sheet: every error and warning of every project, one row each, with the cell to look at. */
function findingsSheet(rows: ProjectRow[], lang: Lang): SheetSpec {
  const th = lang === "th";
  const cells: CellSpec[] = [];
  cells.push({
    address: "A1",
    value: th
      ? "ข้อผิดพลาดและคำเตือนรายโครงการ"
      : "Errors and warnings by project",
    style: "title",
  });
  const head = th
    ? ["ไฟล์", "ชื่อโครงการ", "ระดับ", "ตำแหน่ง", "ข้อความ", "รหัสกฎ"]
    : ["File", "Project", "Severity", "Cell", "Message", "Rule"];
  head.forEach((h, i) =>
    cells.push({ address: `${COLS[i]}3`, value: h, style: "header" }),
  );
  const severity = {
    error: th ? "ข้อผิดพลาด" : "error",
    warning: th ? "คำเตือน" : "warning",
    info: th ? "ข้อสังเกต" : "note",
  };
  let r = 3;
  for (const row of rows) {
    for (const f of row.findings ?? []) {
      if (f.severity === "info") continue;
      r++;
      const values: (string | null)[] = [
        cleanInline(basename(row.file)),
        row.name ?? null,
        severity[f.severity],
        findingPlace(f, lang),
        f.message[lang],
        f.rule,
      ];
      values.forEach((v, i) =>
        cells.push({
          address: `${COLS[i]}${r}`,
          value: v,
          style: i === 4 ? "note" : "formula",
        }),
      );
    }
  }
  if (r === 3)
    cells.push({
      address: "A4",
      value: th ? "ไม่พบข้อผิดพลาดหรือคำเตือน" : "No errors or warnings",
      style: "note",
    });
  return {
    key: "findings",
    name: th ? "ข้อค้นพบ" : "Findings",
    cells,
    columnWidths: { A: 24, B: 36, C: 12, D: 16, E: 90, F: 22 },
    merges: ["A1:F1"],
    conditionalFormats:
      r > 3
        ? [
            {
              range: `C4:C${r}`,
              formula: `=$C4="${severity.error}"`,
              fill: "#FFC7CE",
              fontColor: "#9C0006",
            },
          ]
        : [],
    freezeRows: 3,
    landscape: true,
    printTitleRows: "3:3",
    tabColor: "#C00000",
  };
}

export async function consolidateCommand(
  argv: string[],
  ctx: Context,
): Promise<number> {
  const args = parseArgs(argv, [
    { name: "output", short: "o", value: true },
    { name: "force", value: false },
  ]);
  const files = args.positional;
  const out = args.options.output as string | undefined;
  if (!files.length)
    throw new UsageError(
      "ต้องระบุไฟล์แผนอย่างน้อยหนึ่งไฟล์",
      "Give at least one plan file",
    );
  if (!out)
    throw new UsageError(
      "ต้องระบุไฟล์สรุปด้วย -o summary.xlsx",
      "Give the summary file with -o summary.xlsx",
    );
  if (!/\.xlsx$/i.test(out))
    throw new UsageError(
      `ไฟล์สรุปต้องลงท้ายด้วย .xlsx: ${out}`,
      `The summary must end in .xlsx: ${out}`,
    );
  if (files.some((f) => samePath(f, out)))
    throw new UsageError(
      "ไฟล์สรุปต้องไม่ใช่ไฟล์ที่นำมารวม",
      "The summary must not be one of the input files",
    );
  if (await refusesOverwrite(ctx, out, args.options.force)) return 2;
  const progress = progressFor(ctx.io, files.length, ctx.lang);
  const rows: ProjectRow[] = [];
  let unusable = 0;
  let withErrors = 0;
  const outcomes = await loadAll(files, (done) => progress?.tick(done));
  for (const o of outcomes) {
    const file = o.file;
    if (!o.ok) {
      unusable++;
      rows.push({ file, failure: cleanInline(o.messages[ctx.lang]) });
      ctx.io.err(`budget-plan: ${o.messages[ctx.lang]}`);
      if (ctx.debug && o.stack) ctx.io.err(o.stack);
      continue;
    }
    // a workbook of several projects (a sheet each) gives a row per project
    const parts = o.projects ?? [{ plan: o.plan, findings: o.findings }];
    for (const { plan, findings } of parts) {
      const counts = countBySeverity(findings);
      const q = quarterTotals(plan);
      const cls = classTotals(plan);
      if (counts.error) withErrors++;
      rows.push({
        file,
        name: plan.project.name ? cleanInline(plan.project.name) : undefined,
        owner:
          plan.project.owner !== undefined
            ? cleanInline(plan.project.owner)
            : undefined,
        fiscalYear: plan.project.fiscalYear,
        allocation:
          plan.project.allocation !== undefined
            ? satangToBaht(plan.project.allocation)
            : undefined,
        planned: satangToBaht(planTotal(plan)),
        classes: Object.fromEntries(
          EXPENSE_CLASSES.map((c) => [c, satangToBaht(cls[c])]),
        ) as Record<ExpenseClass, number>,
        quarters: [
          satangToBaht(q[1]),
          satangToBaht(q[2]),
          satangToBaht(q[3]),
          satangToBaht(q[4]),
        ],
        unscheduled: satangToBaht(q.unscheduled),
        outsideYear: satangToBaht(q.outsideYear),
        errors: counts.error,
        warnings: counts.warning,
        findings: findings.map((f) => ({
          ...f,
          item: f.item && cleanInline(f.item),
          message: {
            th: cleanInline(f.message.th),
            en: cleanInline(f.message.en),
          },
        })),
      });
    }
  }
  if (
    !(await writeSafely(ctx, out, () =>
      specToBuffer(consolidationSpec(rows, ctx.lang)),
    ))
  )
    return 2;
  ctx.io.out(
    ctx.lang === "th"
      ? `เขียนสรุป ${out} แล้ว: ${rows.length - unusable} โครงการ${unusable ? `, ใช้ไม่ได้ ${unusable} ไฟล์` : ""}, มีข้อผิดพลาด ${withErrors} โครงการ`
      : `Wrote ${out}: ${count(rows.length - unusable, "project", "projects")}${unusable ? `, ${count(unusable, "unusable file", "unusable files")}` : ""}, ${withErrors} with errors`,
  );
  return unusable ? 2 : withErrors ? 1 : 0;
}
