/**
 * The fiscal year of a plan when no fiscal-year field gives it: from a title ("ประจำปีงบประมาณ 2567",
 * "ปีงบประมาณ พ.ศ. ๒๕๖๗", "Fiscal year 2024"), else the project period, else the months of the
 * activities and lines. Whatever is assumed is said in a read-problem finding (info), and a guess of
 * the current year (nothing found) is a warning: the year selects the rate rules and the months.
 */
import type { CellRef, MonthRef, Plan } from "../../core/model";
import { fiscalYearOf, monthOfDate } from "../../core/calendar";
import { toArabicDigits } from "../../core/thaiDigits";
import { isEmpty, ref, rowCount } from "../cells";
import type { Located } from "../located";
import type { SheetSnapshot } from "../types";
import { problem, type Ctx } from "./values";
import { cellRef } from "../../core/cellRef";
import { cutAt, startAllowed } from "../../core/clipCut";

const TITLE_YEAR = /(?:ปีงบประมาณ|ปีงบ\.?|ปีการศึกษา|fiscal\s*year|fy)\s*(?:พ\.?\s*ศ\.?)?\s*[:：]?\s*(\d{4})/i;

/** A fiscal year written in a title or label text, or undefined. Christian-era years are converted. */
export function yearInText(text: string): number | undefined {
  const t = toArabicDigits(text);
  const m = TITLE_YEAR.exec(t);
  if (!m || /ปีการศึกษา/.test(m[0])) return undefined;
  let y = Number(m[1]);
  if (y >= 1950 && y < 2200) y += 543;
  return y >= 2450 && y <= 2700 ? y : undefined;
}

/** A title quoted in a note: whole when short, else the part that ends with the year (never cut before it). */
export function quoteAround(text: string, max = 60): string {
  const t = text.replace(/\s+/g, " ").trim();
  if (t.length <= max) return t;
  const m = TITLE_YEAR.exec(toArabicDigits(t));
  const end = m ? m.index + m[0].length : max;
  if (end <= max) return `${cutAt(t, end)}…`;
  // the window that ends with the year starts where a reader may start (not on a vowel or tone mark)
  return `…${t.slice(startAllowed(t, end - max + 1), end)}${end < t.length ? "…" : ""}`;
}

/** The first title-like cell that names a fiscal year, searching the sheets in order (top rows first). */
export function findTitleYear(sheets: SheetSnapshot[], maxRows = 60): { year: number; at: CellRef; text: string } | undefined {
  for (const s of sheets) {
    const n = Math.min(rowCount(s), maxRows);
    for (let r = 1; r <= n; r++) {
      const row = s.values[r - 1] ?? [];
      for (let c = 1; c <= row.length; c++) {
        const v = row[c - 1];
        if (isEmpty(v) || typeof v !== "string") continue;
        const y = yearInText(v);
        if (y !== undefined) return { year: y, at: ref(s, r, c), text: v.trim() };
      }
    }
  }
  return undefined;
}

/** The fiscal year in which most of the given months fall. */
function yearOfMonths(months: MonthRef[]): number | undefined {
  const votes = new Map<number, number>();
  for (const m of months) votes.set(fiscalYearOf(m), (votes.get(fiscalYearOf(m)) ?? 0) + 1);
  let best: number | undefined;
  let n = 0;
  for (const [y, k] of votes) if (k > n || (k === n && best !== undefined && y < best)) [best, n] = [y, k];
  return best;
}

/** Sets plan.project.fiscalYear when no field gave it, and says how (loc.fiscalYearSource + a finding). */
export function inferFiscalYear(ctx: Ctx, sheets: SheetSnapshot[], plan: Plan, loc: Located, today = new Date()): void {
  const p = plan.project;
  if (p.fiscalYear) {
    loc.fiscalYearSource ??= { how: "field", cell: p.cells?.fiscalYear };
    return;
  }
  const title = findTitleYear(sheets);
  if (title) {
    p.fiscalYear = title.year;
    loc.fiscalYearSource = { how: "title", cell: title.at, text: title.text };
    problem(
      ctx,
      {
        th: `ไม่มีช่องปีงบประมาณ ใช้ปีงบประมาณ ${title.year} ตามข้อความ "${quoteAround(title.text)}" (${cellRef(title.at.sheet, title.at.cell)})`,
        en: `No fiscal-year field; using fiscal year ${title.year} from the text "${quoteAround(title.text)}" (${cellRef(title.at.sheet, title.at.cell)})`,
      },
      title.at,
      "info",
    );
    return;
  }
  if (p.periodStart) {
    p.fiscalYear = fiscalYearOf(p.periodStart);
    const at = p.cells?.periodStart;
    loc.fiscalYearSource = { how: "period", cell: at };
    problem(
      ctx,
      {
        th: `ไม่มีช่องปีงบประมาณ ใช้ปีงบประมาณ ${p.fiscalYear} ตามวันเริ่มโครงการ`,
        en: `No fiscal-year field; using fiscal year ${p.fiscalYear} from the project's start`,
      },
      at,
      "info",
    );
    return;
  }
  const months: MonthRef[] = [];
  for (const a of plan.activities) for (const m of [a.start, a.end]) if (m) months.push(m);
  for (const l of plan.budgetLines) if (l.month) months.push(l.month);
  const y = yearOfMonths(months);
  if (y !== undefined) {
    p.fiscalYear = y;
    loc.fiscalYearSource = { how: "months" };
    problem(
      ctx,
      {
        th: `ไม่มีช่องปีงบประมาณ ใช้ปีงบประมาณ ${y} ตามเดือนของกิจกรรม (${months.length} เดือนที่ระบุ)`,
        en: `No fiscal-year field; using fiscal year ${y} from the activities' months (${months.length} months given)`,
      },
      undefined,
      "info",
    );
    return;
  }
  p.fiscalYear = fiscalYearOf(monthOfDate(today));
  loc.fiscalYearSource = { how: "current" };
  problem(ctx, {
    th: `ไม่พบปีงบประมาณ (ไม่พบ "ปีงบประมาณ" พร้อมปีในช่องหรือหัวเรื่องใด ไม่พบระยะเวลาดำเนินการที่อ่านเดือนและปีได้ และกิจกรรมไม่มีเดือน) จึงใช้ปีงบประมาณปัจจุบัน ${p.fiscalYear} ในการเลือกอัตราและเดือน — ระบุปีงบประมาณในแผ่นงาน`,
    en: `No fiscal year found (no "ปีงบประมาณ" with a year in any cell or title, no project period with a readable month and year, no activity months), so the current fiscal year ${p.fiscalYear} is used for rates and months; state the fiscal year in the sheet`,
  });
}
