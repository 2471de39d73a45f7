/**
 * Date columns of a hand-made budget table (วันที่จัด, วันที่ดำเนินการ, ว/ด/ป, date): Excel dates or dates written
 * as text ("15 ก.พ. 2569", "15/02/2569", Thai digits), read like a month column: the month of each line, or of the
 * activity on a heading row. A second date column (the table has one month already: "วันที่สิ้นสุด" after
 * "วันที่เริ่ม") is not read, and an info note says so rather than listing it silently as unused.
 */
import { cellValue, isEmpty, ref } from "../cells";
import type { SheetSnapshot } from "../types";
import { normHeader, type HandHeader } from "./handHeader";
import { DATE_HEADER } from "./dateHeader";
import type { RowInfo } from "./handRows";
import { problem, type Ctx } from "./values";

/** Info notes for date columns the table does not read (another column gives the months), each with dates in it. */
export function sayUnusedDateColumns(ctx: Ctx, s: SheetSnapshot, h: HandHeader, rows: RowInfo[]): void {
  const used = h.cols.month;
  if (used === undefined) return;
  const width = Math.max(...h.rows.map((r) => (s.values[r - 1] ?? []).length));
  for (let col = 1; col <= width; col++) {
    if (col === used) continue;
    const header = h.rows.map((r) => cellValue(s, r, col)).find((v): v is string => typeof v === "string" && DATE_HEADER.test(normHeader(v)));
    if (!header) continue;
    const dated = rows.filter((x) => x.kind === "line" && !isEmpty(cellValue(s, x.row, col))).length;
    if (!dated) continue;
    const usedHeader = h.headers[used] ?? "";
    problem(
      ctx,
      {
        th: `คอลัมน์ "${header.trim()}" (${s.name}) มีวันที่ ${dated} แถว แต่ไม่ได้ใช้ เพราะเดือนของรายการอ่านจากคอลัมน์ "${usedHeader}" แล้ว`,
        en: `The column "${header.trim()}" (${s.name}) has dates in ${dated} row${dated === 1 ? "" : "s"} but is not used: the lines' months are read from the column "${usedHeader}"`,
      },
      ref(s, h.rows[h.rows.length - 1], col),
      "info",
    );
  }
}
