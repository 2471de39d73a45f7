/**
 * What a cell of the plan holds, as a short name ("จำนวนเงิน" / "Amount"): the header of its table column,
 * or the label of its form field. Used to tell apart buttons that act on different cells ("แก้ไข จำนวนเงิน J8").
 */
import { parseAddr } from "./a1";
import type { Text } from "./i18n";
import { PROJECT_FIELDS, RESULTS_FIELDS, TABLES } from "./layout";
import type { FormPos, FoundTable, Located } from "./located";

/** "จำนวนเงิน (บาท)" → "จำนวนเงิน": units in brackets make a name long and add nothing to tell cells apart. */
function shortName(text: string): string {
  const s = text.replace(/\s*\([^)]*\)\s*$/, "").trim();
  return s || text.trim();
}

function short(t: Text): Text {
  return { th: shortName(t.th), en: shortName(t.en) };
}

function tableField(t: FoundTable, tableKey: string, row: number, col: number): Text | undefined {
  const def = TABLES[tableKey];
  if (row === t.totalRow) return def.totalLabel ? short(def.totalLabel) : undefined;
  if (row < t.firstRow || row > t.lastRow) return undefined;
  const key = Object.keys(t.cols).find((k) => t.cols[k] === col);
  if (!key) return undefined;
  const written = t.handMade?.headers[key];
  if (written) return short({ th: written, en: written });
  const column = def.columns.find((c) => c.key === key);
  return column && (column.header.th || column.header.en) ? short(column.header) : undefined;
}

function formField(f: FormPos, fields: typeof PROJECT_FIELDS, row: number, col: number): Text | undefined {
  if (col !== f.valueCol) return undefined;
  const field = fields.find((d) => f.rows[d.key] === row);
  return field ? short(field.label) : undefined;
}

/** The short name of what `sheet!cell` holds in the located plan, or undefined when it is not a known place. */
export function cellFieldName(loc: Located, sheet: string, cell: string): Text | undefined {
  const pos = parseAddr(cell);
  if (!pos) return undefined;
  const { row, col } = pos;
  for (const key of ["budget", "activities", "indicators", "targets", "rates"] as const) {
    const t = loc[key];
    if (t && t.sheet === sheet) {
      const name = tableField(t, key, row, col);
      if (name) return name;
    }
  }
  if (loc.project && loc.project.sheet === sheet) return formField(loc.project, PROJECT_FIELDS, row, col);
  if (loc.results && loc.results.sheet === sheet) return formField(loc.results, RESULTS_FIELDS, row, col);
  return undefined;
}
